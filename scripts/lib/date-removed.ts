/**
 * A precision probe for dates, the counterpart of byline-removed.ts: each labelled page with its own publication date
 * taken out — structured data (JSON-LD, <meta>, microdata), every <time>, the canonical and short links, the printed
 * dates within two days of the label, and the date in the URL — so that a date the extractor still gives is another
 * day's: a comment's, a related story's, a quoted statement's, a copyright year's. It asks how the date finder behaves
 * where the story's own date is missing, on pages it was not tuned for. withoutOwnDate is pure; dateWithoutOwnDate runs
 * the extractor.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Text } from 'domhandler';
import { extractArticle } from '../../src/workers/extract';
import { findTextDates } from '../../src/workers/extract/date-text';
import { perturb } from './perturb';
import { sameCalendarDay } from './meta-score';

/** Printed dates this close to the label are the page's own (a local day, an update the same week): taken out. */
const OWN_DATE_MS = 2 * 86_400_000;
/** What follows a printed day up to its year ("Nov 19, 2019", "19. November 2019"): taken out with it. */
const REST_OF_DATE = /^[\p{L}\d.,/ -]{0,30}?\d{4}/u;
/** /2019/11/19/, /2019/nov/19/, /2019/11/, 2019-11-19 and 20191119 in a path. */
const URL_DATES = [
  /\/(?:19|20)\d{2}\/[a-z0-9]{2,3}\/\d{1,2}(?=\/)/giu,
  /\/(?:19|20)\d{2}\/\d{1,2}(?=\/)/gu,
  /(?:19|20)\d{2}-?\d{2}-?\d{2}/gu,
];

/** The page and its URL with the publication date `label` (an ISO date) taken out. */
export function withoutOwnDate(html: string, url: string, label: string): { html: string; url: string } {
  const $ = cheerio.load(perturb(html, 'no-structured'));
  $('time, link[rel=canonical], link[rel=amphtml], link[rel=shortlink]').remove();
  const own = Date.parse(label);
  $('*')
    .contents()
    .each((_, n: AnyNode) => {
      if (n.type !== 'text') return;
      const t = n as unknown as Text;
      const found = [...findTextDates(t.data, true), ...findTextDates(t.data, false)];
      // Last first, so the earlier indexes stay right.
      for (const d of found.sort((a, b) => b.index - a.index)) {
        if (Math.abs(Date.parse(d.day) - own) <= OWN_DATE_MS)
          t.data = t.data.slice(0, d.index) + t.data.slice(d.index).replace(REST_OF_DATE, '');
      }
    });
  return { html: $.html(), url: URL_DATES.reduce((u, re) => u.replace(re, ''), url) };
}

/** Pages on which a date is still given once their own is taken out: `other` names another day, `missed` the same one (a form the probe did not take out). */
export interface DatesWithoutOwn {
  probed: number;
  other: string[];
  missed: string[];
}

/** Runs the probe over the pages with a labelled date (`dateOf`); `after` changes the page further (a perturbation). */
export function dateWithoutOwnDate(
  pages: ReadonlyArray<{ id: string; html: string; url: string }>,
  dateOf: (id: string) => string | null | undefined,
  after: (html: string) => string = (html) => html,
): DatesWithoutOwn {
  const out: DatesWithoutOwn = { probed: 0, other: [], missed: [] };
  for (const p of pages) {
    const label = dateOf(p.id);
    if (!label) continue;
    out.probed++;
    const page = withoutOwnDate(p.html, p.url, label);
    const got = extractArticle(after(page.html), page.url)?.published_at;
    if (got) (sameCalendarDay(label, got) ? out.missed : out.other).push(p.id);
  }
  return out;
}
