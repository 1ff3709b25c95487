/**
 * Scoring of the probe pages (test/fixtures/probe-pages/): pages written and labelled by labellers blind to the extractor,
 * each label giving the headline, the authors, the day, the original outlet, sentences the text must hold and strings of
 * page chrome it must not. Pure: labels and extracted articles in, figures and misses out.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ExtractedArticle } from '../../src/workers/extract';
import { canonicalOutlet } from '../../src/policy/outlets';
import { decodeHtml } from '../../src/text/charset';

export interface ProbeLabel {
  url: string;
  title: string;
  byline: string | null;
  authors: string[];
  date: string | null;
  original_source?: string | null;
  must_have: string[];
  must_not_have: string[];
  notes?: string;
}

/** What the extractor gave for one page (null: no article). */
export interface ProbeGot {
  title: string | null;
  authors: string[];
  published_at: string | null;
  source: string | null;
  text: string;
}

export interface ProbeTally {
  pages: number;
  titleRight: number;
  bylineStated: number;
  bylineGiven: number;
  bylineRight: number;
  bylineWrong: number;
  dateStated: number;
  dateRight: number;
  dateWrong: number;
  sourceStated: number;
  sourceRight: number;
  sourceWrong: number;
  mustHave: number;
  mustHaveFound: number;
  chrome: number;
  chromeLeaked: number;
}

export interface ProbePage {
  /** "family/file.html" under the set's folder. */
  id: string;
  html: string;
  label: ProbeLabel;
}

/** The pages of one probe set: every `<family>/labels.json` under `dir` with the pages it labels. */
export function loadProbePages(dir: string): ProbePage[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .sort()
    .filter((family) => fs.existsSync(path.join(dir, family, 'labels.json')))
    .flatMap((family) => {
      const labels = JSON.parse(fs.readFileSync(path.join(dir, family, 'labels.json'), 'utf8')) as Record<string, ProbeLabel>;
      return Object.entries(labels).map(([file, label]) => ({
        id: `${family}/${file}`,
        // through the decoding layer the fetcher uses: a page may declare a legacy charset ("ISO-8859-2" in its <meta>)
        html: decodeHtml(fs.readFileSync(path.join(dir, family, file))),
        label,
      }));
    });
}

/** Text as compared: NFKC, curly quotes straightened, whitespace collapsed, lower case. */
function norm(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/gu, "'")
    .replace(/[\u201c\u201d\u201e«»]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** One page against its label: what it adds to the tally, and its misses in words. */
export function scoreProbePage(label: ProbeLabel, got: ProbeGot | null): { tally: ProbeTally; misses: string[] } {
  const t = emptyTally();
  const misses: string[] = [];
  t.pages = 1;
  if (got && norm(got.title ?? '') === norm(label.title)) t.titleRight = 1;
  else misses.push(`title ${JSON.stringify(got?.title ?? null)}, labelled ${JSON.stringify(label.title)}`);
  scoreByline(label.authors, got?.authors ?? [], t, misses);
  scoreDate(label.date, got?.published_at?.slice(0, 10) ?? null, t, misses);
  scoreSource(label.original_source ?? null, got?.source ?? null, t, misses);
  const text = norm(got?.text ?? '');
  for (const s of label.must_have) {
    t.mustHave++;
    if (text.includes(norm(s))) t.mustHaveFound++;
    else misses.push(`text lacks "${s.slice(0, 70)}"`);
  }
  for (const s of label.must_not_have) {
    t.chrome++;
    if (text.includes(norm(s))) {
      t.chromeLeaked++;
      misses.push(`text holds chrome "${s.slice(0, 70)}"`);
    }
  }
  return { tally: t, misses };
}

/**
 * A writer's name as compared: academic titles before it left out ("Dr. Katharina X" and "Katharina X", the Dutch "mr. X",
 * the Arabic "د. X", the Czech "Mgr. X" name one person; the extractor leaves titles out, and a labeller may keep them).
 */
function personKey(name: string): string {
  return norm(name).replace(/^(?:(?:dr|dra|prof|profa|mag|ing|dipl\.-ing|mr|mgr|bc|phdr|rndr|mudr|judr|د)\.\s*)+/u, '');
}

function scoreByline(want: string[], got: string[], t: ProbeTally, misses: string[]): void {
  if (want.length) t.bylineStated = 1;
  if (!got.length) {
    if (want.length) misses.push(`no byline, labelled ${JSON.stringify(want)}`);
    return;
  }
  t.bylineGiven = 1;
  if (want.length && got.every((g) => want.some((w) => personKey(w) === personKey(g)))) t.bylineRight = 1;
  else {
    t.bylineWrong = 1;
    misses.push(`byline ${JSON.stringify(got)}, labelled ${JSON.stringify(want)}`);
  }
}

function scoreDate(want: string | null, got: string | null, t: ProbeTally, misses: string[]): void {
  if (want) t.dateStated = 1;
  if (!got) {
    if (want) misses.push(`no date, labelled ${want}`);
  } else if (got === want) t.dateRight = 1;
  else {
    t.dateWrong = 1;
    misses.push(`date ${got}, labelled ${want}`);
  }
}

function sameKnownOutlet(a: string, b: string): boolean {
  const known = canonicalOutlet(a);
  return known !== null && known === canonicalOutlet(b);
}

/** An outlet is right when one name holds the other ("AFP" in "Agence France-Presse (AFP)") or both are one known outlet ("AP", "Associated Press"). */
function scoreSource(want: string | null, got: string | null, t: ProbeTally, misses: string[]): void {
  if (want) t.sourceStated = 1;
  if (!got) {
    if (want) misses.push(`no original source, labelled ${want}`);
  } else if (want && (norm(got).includes(norm(want)) || norm(want).includes(norm(got)) || sameKnownOutlet(got, want))) t.sourceRight = 1;
  else {
    t.sourceWrong = 1;
    misses.push(`original source ${got}, labelled ${want}`);
  }
}

/** The fields the scorer reads of an extracted article. */
export function probeGot(a: ExtractedArticle | null): ProbeGot | null {
  return a && { title: a.title, authors: a.authors, published_at: a.published_at, source: a.original_source?.name ?? null, text: a.text };
}

/** What the extractor gives for a page, as the scorer reads it. */
export type ProbeExtract = (html: string, url: string) => ProbeGot | null;

/** Scores every page of a set: the summed tally and each page's misses, prefixed with its id. */
export function scoreProbeSet(pages: ProbePage[], extract: ProbeExtract): { tally: ProbeTally; misses: string[] } {
  let tally = emptyTally();
  const misses: string[] = [];
  for (const p of pages) {
    const scored = scoreProbePage(p.label, extract(p.html, p.label.url));
    tally = addTally(tally, scored.tally);
    misses.push(...scored.misses.map((m) => `${p.id}: ${m}`));
  }
  return { tally, misses };
}

export function emptyTally(): ProbeTally {
  return {
    pages: 0,
    titleRight: 0,
    bylineStated: 0,
    bylineGiven: 0,
    bylineRight: 0,
    bylineWrong: 0,
    dateStated: 0,
    dateRight: 0,
    dateWrong: 0,
    sourceStated: 0,
    sourceRight: 0,
    sourceWrong: 0,
    mustHave: 0,
    mustHaveFound: 0,
    chrome: 0,
    chromeLeaked: 0,
  };
}

export function addTally(a: ProbeTally, b: ProbeTally): ProbeTally {
  const out = { ...a };
  for (const k of Object.keys(out) as Array<keyof ProbeTally>) out[k] += b[k];
  return out;
}

/** The tally on one line: each figure as right/of, wrong ones counted apart. */
export function formatTally(t: ProbeTally): string {
  return [
    `headline ${t.titleRight}/${t.pages}`,
    `byline given ${t.bylineGiven} (right ${t.bylineRight}, wrong ${t.bylineWrong}) of ${t.bylineStated} stated`,
    `date right ${t.dateRight}/${t.dateStated} (wrong ${t.dateWrong})`,
    `original source right ${t.sourceRight}/${t.sourceStated} (wrong ${t.sourceWrong})`,
    `story sentences found ${t.mustHaveFound}/${t.mustHave}`,
    `chrome strings left in the text ${t.chromeLeaked}/${t.chrome}`,
  ].join('; ');
}
