/**
 * CI floor on the shared extraction corpora (../shared/corpus/extraction beside the clone): body F1
 * on scrapinghub and readability, byline precision on readability, and byline and date on scrapinghub's
 * hand labels, dev and hold-out apart, must
 * not drop below floors set a little under the figures of 2026-12-05 (printed by
 * `npm run conformance:extract`). A missing corpus fails: CI always has ../shared beside the clone.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ExtractedArticle } from '../../../src/workers/extract';
import { bylineNames } from '../../../src/workers/extract/person-name';
import {
  scoreAuthors,
  scoreBylines as labelledBylines,
  scoreDates,
  scoreHeadlines,
  scoreNameLists,
  titleAgrees,
} from '../../../scripts/lib/meta-score';
import { perturb } from '../../../scripts/lib/perturb';
import { givenWithoutOwnByline } from '../../../scripts/lib/byline-removed';
import { CorpusName, CorpusPage, extractAll, isHeldOut, loadCorpus, scoreBodies, scoreBylines } from './corpus';

/** Extracting a whole corpus (perturbed, too) takes over jest's 30 s on a loaded two-core machine (seen: 38 s at load 6). */
const CORPUS_TIMEOUT_MS = 120_000;

/** Floors: today's figure minus a margin (body F1 ~0.02–0.03, byline precision ~0.07). */
const FLOORS: Record<CorpusName, Record<'dev' | 'hold-out', { body: number; bylinePrecision?: number; title?: number }>> = {
  // today: dev 0.984, hold-out 0.979
  scrapinghub: { dev: { body: 0.96 }, 'hold-out': { body: 0.955 } },
  // today: body dev 0.938, hold-out 0.946; byline precision dev 0.878, hold-out 1.000; headline (meta-fair) dev 0.811, hold-out 0.865.
  // The 5 dev bylines counted wrong are the labels' (read on the pages, issue 15): herald-sun-1 and salon-1 label a teaser's byline
  // (we give the story's: Laurie Oakes, Richard Eskow), seattletimes-1 labels a date, folha keeps a nickname in parentheses,
  // ietf-1 labels the last of two DC.Creator tags (we give both authors).
  readability: {
    dev: { body: 0.91, bylinePrecision: 0.85, title: 0.78 },
    'hold-out': { body: 0.91, bylinePrecision: 0.9, title: 0.8 },
  },
};

/**
 * Floors on scrapinghub's hand labels (test/fixtures/bylines, test/fixtures/dates). Today: byline
 * recall 0.939 / 0.958 and precision 1.000 / 0.958 (dev / hold-out); date recall 0.986 / 1.000 (same calendar day).
 * Precision counts a byline given on a page that states none as wrong: a wrong name is worse than none.
 */
const LABEL_FLOORS = {
  dev: { headline: 0.95, bylineRecall: 0.85, bylinePrecision: 0.95, authorPrecision: 0.95, dateRecall: 0.94 },
  'hold-out': { headline: 0.92, bylineRecall: 0.85, bylinePrecision: 0.9, authorPrecision: 0.9, dateRecall: 0.9 },
};
const BYLINE_LABELS = path.join(__dirname, '../../fixtures/bylines/scrapinghub.json');
const DATE_LABELS = path.join(__dirname, '../../fixtures/dates/scrapinghub.json');
const FEED_AUTHOR_LABELS = path.join(__dirname, '../../fixtures/bylines/feed-authors.json');
const HEADLINE_LABELS = path.join(__dirname, '../../fixtures/headlines/scrapinghub.json');

/**
 * Body F1 with every class and id name replaced by a hash (`npm run conformance:extract -- --perturb hashed-classes`): sites
 * whose class words the rules do not know (generated names, other languages). Today: scrapinghub 0.982 / 0.977, readability
 * 0.939 / 0.947 (dev / hold-out).
 */
const HASHED_FLOORS: Record<CorpusName, Record<'dev' | 'hold-out', number>> = {
  scrapinghub: { dev: 0.96, 'hold-out': 0.955 },
  readability: { dev: 0.92, 'hold-out': 0.92 },
};

/** Each corpus is extracted once for the whole file (every describe below reads the same answers). */
const runs = new Map<string, { pages: CorpusPage[]; got: Map<string, ExtractedArticle | null> }>();
function extracted(
  name: CorpusName,
  bare = false,
  kind: 'no-structured' | 'hashed-classes' = 'no-structured',
): { pages: CorpusPage[]; got: Map<string, ExtractedArticle | null> } {
  const key = `${name}${bare ? `:${kind}` : ''}`;
  let run = runs.get(key);
  if (!run) {
    const pages = loadCorpus(name).map((p) => (bare ? { ...p, html: perturb(p.html, kind) } : p));
    run = { pages, got: extractAll(pages) };
    runs.set(key, run);
  }
  return run;
}

describe('feed author strings floor (test/fixtures/bylines/feed-authors.json: a development set)', () => {
  it('names given are people, name by name (today: precision 0.993, recall 0.867)', () => {
    const labels = (JSON.parse(fs.readFileSync(FEED_AUTHOR_LABELS, 'utf8')) as { pages: Record<string, { names: string[] }> }).pages;
    const s = scoreNameLists(labels, (raw) => bylineNames(raw));
    expect(s.stated).toBeGreaterThan(150);
    expect(s.precision).toBeGreaterThanOrEqual(0.97);
    expect(s.recall).toBeGreaterThanOrEqual(0.8);
  });
});

describe('scrapinghub hand labels floor (headline, byline, author names, date)', () => {
  let pages: CorpusPage[] = [];
  let got = new Map<string, ExtractedArticle | null>();
  beforeAll(() => {
    ({ pages, got } = extracted('scrapinghub'));
  }, CORPUS_TIMEOUT_MS);

  it.each(['dev', 'hold-out'] as const)('%s: byline recall and precision, date recall stay above the floor', (split) => {
    const bylines = (JSON.parse(fs.readFileSync(BYLINE_LABELS, 'utf8')) as { pages: Record<string, { byline: string | null }> }).pages;
    const dates = (JSON.parse(fs.readFileSync(DATE_LABELS, 'utf8')) as { pages: Record<string, { date: string | null }> }).pages;
    const part = pages.filter((p) => isHeldOut(p.id) === (split === 'hold-out') && p.id in bylines && p.id in dates);
    expect(part.length).toBeGreaterThan(30);
    const b = labelledBylines(part.map((p) => ({ id: p.id, expected: bylines[p.id]!.byline, got: got.get(p.id)?.byline ?? null })));
    const d = scoreDates(part.map((p) => ({ id: p.id, expected: dates[p.id]!.date, got: got.get(p.id)?.published_at ?? null })));
    // Name by name: an outlet or a desk among the authors ("CNN Business") is a wrong person. Today 1.000 / 1.000.
    const n = scoreAuthors(part.map((p) => ({ id: p.id, expected: bylines[p.id]!.byline, got: got.get(p.id)?.authors ?? [] })));
    expect(n.precision).toBeGreaterThanOrEqual(LABEL_FLOORS[split].authorPrecision);
    // Headlines labelled blind to the extractor (test/fixtures/headlines/README.md). Today 1.000 / 1.000.
    const heads = (JSON.parse(fs.readFileSync(HEADLINE_LABELS, 'utf8')) as { pages: Record<string, { headline: string | null }> }).pages;
    const h = scoreHeadlines(part.map((p) => ({ expected: heads[p.id]?.headline ?? null, got: got.get(p.id)?.title ?? null })));
    expect(h.stated).toBeGreaterThan(30);
    expect(h.share).toBeGreaterThanOrEqual(LABEL_FLOORS[split].headline);
    expect(b.recall).toBeGreaterThanOrEqual(LABEL_FLOORS[split].bylineRecall);
    expect(b.precision).toBeGreaterThanOrEqual(LABEL_FLOORS[split].bylinePrecision);
    expect(d.recall).toBeGreaterThanOrEqual(LABEL_FLOORS[split].dateRecall);
  });
});

/**
 * The same scrapinghub labels on the pages with their structured data taken out (JSON-LD, <meta>, microdata,
 * rel=author: `npm run conformance:extract -- --perturb no-structured`), as on sites that publish none: the visible
 * byline and date alone. Today (2026-12-06): byline recall 0.908 / 0.875, precision 1.000 / 1.000; date recall
 * 0.936 / 0.895 and precision 0.978 / 0.944 (dev / hold-out), counted by calendar day: a printed day without a
 * time agrees with a UTC label that falls on that day somewhere (meta-score.ts sameCalendarDay).
 */
const BARE_FLOORS = {
  dev: { bylineRecall: 0.85, bylinePrecision: 0.95, dateRecall: 0.9, datePrecision: 0.95 },
  'hold-out': { bylineRecall: 0.8, bylinePrecision: 0.9, dateRecall: 0.85, datePrecision: 0.9 },
};

describe('scrapinghub hand labels floor without structured data', () => {
  let pages: CorpusPage[] = [];
  let got = new Map<string, ExtractedArticle | null>();
  beforeAll(() => {
    ({ pages, got } = extracted('scrapinghub', true));
  }, CORPUS_TIMEOUT_MS);

  it.each(['dev', 'hold-out'] as const)('%s: visible byline precision and recall, visible date recall stay above the floor', (split) => {
    const bylines = (JSON.parse(fs.readFileSync(BYLINE_LABELS, 'utf8')) as { pages: Record<string, { byline: string | null }> }).pages;
    const dates = (JSON.parse(fs.readFileSync(DATE_LABELS, 'utf8')) as { pages: Record<string, { date: string | null }> }).pages;
    const part = pages.filter((p) => isHeldOut(p.id) === (split === 'hold-out') && p.id in bylines && p.id in dates);
    const b = labelledBylines(part.map((p) => ({ id: p.id, expected: bylines[p.id]!.byline, got: got.get(p.id)?.byline ?? null })));
    const d = scoreDates(part.map((p) => ({ id: p.id, expected: dates[p.id]!.date, got: got.get(p.id)?.published_at ?? null })));
    expect(b.given).toBeGreaterThan(15);
    expect(b.precision).toBeGreaterThanOrEqual(BARE_FLOORS[split].bylinePrecision);
    expect(b.recall).toBeGreaterThanOrEqual(BARE_FLOORS[split].bylineRecall);
    expect(d.recall).toBeGreaterThanOrEqual(BARE_FLOORS[split].dateRecall);
    expect(d.precision).toBeGreaterThanOrEqual(BARE_FLOORS[split].datePrecision);
  });
});

/**
 * Readability's pages labelled by hand, blind to the extractor (test/fixtures/headlines and bylines, readability.json):
 * headline on real pages (its unit-test pages apart), byline precision. Today: headline 0.908 / 0.846, byline
 * precision 0.929 / 0.900 (dev / hold-out). Of the 3 dev bylines counted wrong, 2 are synthetic placeholders
 * ("Creator Name") and 1 names the right people in another form (authors in another order without a middle initial).
 */
const READABILITY_LABEL_FLOORS = { dev: { headline: 0.87, bylinePrecision: 0.86 }, 'hold-out': { headline: 0.8, bylinePrecision: 0.85 } };

describe('readability hand labels floor (headline on real pages, byline precision)', () => {
  let pages: CorpusPage[] = [];
  let got = new Map<string, ExtractedArticle | null>();
  const read = <T>(kind: string) =>
    (JSON.parse(fs.readFileSync(path.join(__dirname, `../../fixtures/${kind}/readability.json`), 'utf8')) as { pages: Record<string, T> })
      .pages;
  beforeAll(() => {
    ({ pages, got } = extracted('readability'));
  }, CORPUS_TIMEOUT_MS);

  it.each(['dev', 'hold-out'] as const)('%s: headline and byline precision stay above the floor', (split) => {
    const heads = read<{ headline: string | null; synthetic?: boolean }>('headlines');
    const bylines = read<{ byline: string | null }>('bylines');
    const part = pages.filter((p) => isHeldOut(p.id) === (split === 'hold-out'));
    const real = part.filter((p) => p.id in heads && !heads[p.id]!.synthetic);
    const h = scoreHeadlines(real.map((p) => ({ expected: heads[p.id]!.headline, got: got.get(p.id)?.title ?? null })));
    expect(h.stated).toBeGreaterThan(20);
    expect(h.share).toBeGreaterThanOrEqual(READABILITY_LABEL_FLOORS[split].headline);
    const b = labelledBylines(
      part.filter((p) => p.id in bylines).map((p) => ({ id: p.id, expected: bylines[p.id]!.byline, got: got.get(p.id)?.byline ?? null })),
    );
    expect(b.given).toBeGreaterThan(15);
    expect(b.precision).toBeGreaterThanOrEqual(READABILITY_LABEL_FLOORS[split].bylinePrecision);
  });
});

/**
 * The same readability hand labels with structured data taken out (`--perturb no-structured`): the visible byline alone, on
 * real pages (Readability's unit-test pages apart). Today (2026-12-06): recall 0.813 / 0.667, precision 0.975 / 0.875 (dev /
 * hold-out). The hold-out figure rose from 0.429 this session with rules written on dev pages (zone words on a page wrapper
 * that holds the headline too; a name over its date line): this floor keeps most of it.
 */
const READABILITY_BARE_FLOORS = { dev: { recall: 0.75, precision: 0.9 }, 'hold-out': { recall: 0.5, precision: 0.8 } };

describe('readability hand labels floor without structured data (byline on real pages)', () => {
  let pages: CorpusPage[] = [];
  let got = new Map<string, ExtractedArticle | null>();
  beforeAll(() => {
    ({ pages, got } = extracted('readability', true));
  }, CORPUS_TIMEOUT_MS);

  it.each(['dev', 'hold-out'] as const)('%s: visible byline recall and precision stay above the floor', (split) => {
    const bylines = (
      JSON.parse(fs.readFileSync(path.join(__dirname, '../../fixtures/bylines/readability.json'), 'utf8')) as {
        pages: Record<string, { byline: string | null; synthetic?: boolean }>;
      }
    ).pages;
    const real = pages.filter((p) => isHeldOut(p.id) === (split === 'hold-out') && p.id in bylines && !bylines[p.id]!.synthetic);
    const b = labelledBylines(real.map((p) => ({ id: p.id, expected: bylines[p.id]!.byline, got: got.get(p.id)?.byline ?? null })));
    expect(b.stated).toBeGreaterThan(15);
    expect(b.recall).toBeGreaterThanOrEqual(READABILITY_BARE_FLOORS[split].recall);
    expect(b.precision).toBeGreaterThanOrEqual(READABILITY_BARE_FLOORS[split].precision);
  });
});

describe.each(['scrapinghub', 'readability'] as CorpusName[])('%s corpus floor', (name) => {
  let pages: CorpusPage[] = [];
  let got = new Map<string, ExtractedArticle | null>();
  beforeAll(() => {
    ({ pages, got } = extracted(name));
  }, CORPUS_TIMEOUT_MS);

  it.each(['dev', 'hold-out'] as const)('%s: body F1, byline precision and headline stay above the floor', (split) => {
    const part = pages.filter((p) => isHeldOut(p.id) === (split === 'hold-out'));
    expect(part.length).toBeGreaterThan(20);
    const body = scoreBodies(part.map((p) => [p.truth.articleBody, got.get(p.id)?.text ?? '']));
    expect(body.f1).toBeGreaterThanOrEqual(FLOORS[name][split].body);
    const floor = FLOORS[name][split].bylinePrecision;
    if (floor !== undefined)
      expect(scoreBylines(part.map((p) => [p.truth.byline, got.get(p.id)?.byline])).precision).toBeGreaterThanOrEqual(floor);
    const titleFloor = FLOORS[name][split].title;
    if (titleFloor === undefined) return;
    const titled = part.filter((p) => p.truth.headline);
    const right = titled.filter((p) => titleAgrees(p.truth.headline!, got.get(p.id)?.title ?? null)).length;
    expect(right / titled.length).toBeGreaterThanOrEqual(titleFloor);
  });
});

describe.each(['scrapinghub', 'readability'] as CorpusName[])('%s body floor with hashed class names', (name) => {
  let pages: CorpusPage[] = [];
  let got = new Map<string, ExtractedArticle | null>();
  beforeAll(() => {
    ({ pages, got } = extracted(name, true, 'hashed-classes'));
  }, CORPUS_TIMEOUT_MS);

  it.each(['dev', 'hold-out'] as const)('%s: body F1 stays above the floor', (split) => {
    const part = pages.filter((p) => isHeldOut(p.id) === (split === 'hold-out'));
    expect(part.length).toBeGreaterThan(20);
    expect(scoreBodies(part.map((p) => [p.truth.articleBody, got.get(p.id)?.text ?? ''])).f1).toBeGreaterThanOrEqual(
      HASHED_FLOORS[name][split],
    );
  });
});

describe("byline precision probe: scrapinghub pages with their own author's name taken out", () => {
  // Any byline given then names the wrong person (scripts/lib/byline-removed.ts). Today 1 of 122 (dev and hold-out).
  const MAX_GIVEN = 3;
  it(
    `gives a byline on at most ${MAX_GIVEN} of the labelled pages`,
    () => {
      const labels = (JSON.parse(fs.readFileSync(BYLINE_LABELS, 'utf8')) as { pages: Record<string, { byline: string | null }> }).pages;
      const pages = loadCorpus('scrapinghub').filter((p) => labels[p.id]?.byline);
      expect(pages.length).toBeGreaterThan(100);
      const given = givenWithoutOwnByline(pages, (id) => labels[id]!.byline);
      expect(given.length).toBeLessThanOrEqual(MAX_GIVEN);
    },
    CORPUS_TIMEOUT_MS,
  );
});

describe('the in-process scorers agree with score.mjs and meta-fair.mjs on small cases', () => {
  const text = 'one two three four five six seven eight';
  it('body: identical text 1, disjoint 0, 3 of 5 shingles found gives recall 0.6', () => {
    expect(scoreBodies([[text, text]]).f1).toBe(1);
    expect(scoreBodies([[text, 'alpha beta gamma delta']]).f1).toBe(0);
    const half = scoreBodies([[text, 'one two three four five six']]); // 3 of 5 true shingles, none false
    expect(half.precision).toBe(1);
    expect(half.recall).toBeCloseTo(0.6);
  });

  it('bylines: prefixes dropped, containment agrees, an empty guess is no precision miss', () => {
    const s = scoreBylines([
      ['Anna Dunst', 'By Anna Dunst'],
      ['John C. Welch', 'Games Editor'],
      ['Jane Roe', null],
      [undefined, 'Someone'],
    ]);
    expect(s).toMatchObject({ gold: 3, given: 2, right: 1 });
  });

  it('hold-out: sha256(id) starting with 0–3', () => {
    expect(isHeldOut('001')).toBe(false); // sha256("001") = 7a3e6b16…
    expect(isHeldOut('lazy-image-3')).toBe(true); // 25095194…
  });
});
