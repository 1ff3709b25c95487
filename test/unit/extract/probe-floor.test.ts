/**
 * CI floor on the probe pages (test/fixtures/probe-pages/README.md): the dev set's figures, printed by `npm run
 * conformance:extract`, must not fall below floors set a little under those of 2026-12-06. Wrong bylines and chrome
 * left in the text have ceilings instead: a wrong name is worse than none.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractArticle } from '../../../src/workers/extract';
import { ProbeTally, emptyTally, loadProbePages, probeGot, scoreProbePage, scoreProbeSet } from '../../../scripts/lib/probe-score';

const DEV = path.join(__dirname, '../../fixtures/probe-pages/dev');

/** Today (2026-12-08, the thirty-first session): headline 532/534, bylines 353 right and 1 wrong of 387 (cee-agencies/pl-pap-most-kosowice: the "oprac." web editor, also the structured author, over the writer named after the text), dates 520/531 (8 wrong: two republished stories given their original's day, a wire's event day, a Korean draft's stale structured day, a Drupal node's stale creation day, three others a few days off), sources 195/217, sentences 3555/3562, chrome 128/5136 (five of them on a WAP page's comments and name-day line, others on old table layouts' headers and comments). */
const FLOOR = { titleRight: 523, bylineRight: 345, dateRight: 511, sourceRight: 188, mustHaveFound: 3513 };
const CEILING = { bylineWrong: 1, dateWrong: 9, sourceWrong: 0, chromeLeaked: 130 };

describe('probe pages, dev set', () => {
  let tally: ProbeTally;
  beforeAll(() => {
    tally = scoreProbeSet(loadProbePages(DEV), (html, url) => probeGot(extractArticle(html, url))).tally;
  });

  it('holds all 534 pages', () => expect(tally.pages).toBe(534));
  it.each(Object.entries(FLOOR))('%s stays at or above %d', (key, floor) =>
    expect(tally[key as keyof ProbeTally]).toBeGreaterThanOrEqual(floor),
  );
  it.each(Object.entries(CEILING))('%s stays at or below %d', (key, ceiling) =>
    expect(tally[key as keyof ProbeTally]).toBeLessThanOrEqual(ceiling),
  );
});

describe('scoreProbePage', () => {
  const label = {
    url: 'https://x.example/a',
    title: 'Harbour wall repairs begin',
    byline: 'Anna Dunst',
    authors: ['Anna Dunst'],
    date: '2026-12-05',
    original_source: 'dpa',
    must_have: ['The council voted on Tuesday.'],
    must_not_have: ['Share this story'],
  };

  it('counts a right page as right', () => {
    const got = {
      title: 'Harbour wall repairs begin',
      authors: ['Anna Dunst'],
      published_at: '2026-12-05T10:00:00Z',
      source: 'dpa',
      text: 'The council voted on Tuesday.',
    };
    expect(scoreProbePage(label, got)).toEqual({
      tally: {
        ...emptyTally(),
        pages: 1,
        titleRight: 1,
        bylineStated: 1,
        bylineGiven: 1,
        bylineRight: 1,
        dateStated: 1,
        dateRight: 1,
        sourceStated: 1,
        sourceRight: 1,
        mustHave: 1,
        mustHaveFound: 1,
        chrome: 1,
      },
      misses: [],
    });
  });

  it('counts a name labelled with an academic title as the same person, and another name as wrong', () => {
    const titled = { ...label, authors: ['Dr. Anna Dunst'] };
    const got = (authors: string[]) => ({ title: label.title, authors, published_at: null, source: null, text: '' });
    expect(scoreProbePage(titled, got(['Anna Dunst'])).tally).toMatchObject({ bylineRight: 1, bylineWrong: 0 });
    expect(scoreProbePage(label, got(['Prof. Anna Dunst'])).tally).toMatchObject({ bylineRight: 1, bylineWrong: 0 });
    expect(scoreProbePage({ ...label, authors: ['mr. Anna Dunst'] }, got(['Anna Dunst'])).tally).toMatchObject({ bylineRight: 1 });
    expect(scoreProbePage({ ...label, authors: ['د. فهد العنزي'] }, got(['فهد العنزي'])).tally).toMatchObject({ bylineRight: 1 });
    expect(scoreProbePage(titled, got(['Anna Drost'])).tally).toMatchObject({ bylineRight: 0, bylineWrong: 1 });
  });

  it('counts a wrong name, a wrong day, a lost sentence and leaked chrome as such', () => {
    const got = { title: 'Site', authors: ['Max Muster'], published_at: '2026-12-04T10:00:00Z', source: null, text: 'Share this story' };
    const { tally, misses } = scoreProbePage(label, got);
    expect(tally).toMatchObject({
      titleRight: 0,
      bylineWrong: 1,
      bylineRight: 0,
      dateWrong: 1,
      sourceRight: 0,
      mustHaveFound: 0,
      chromeLeaked: 1,
    });
    expect(misses).toHaveLength(6);
  });

  it('counts no article as nothing found', () => {
    expect(scoreProbePage(label, null).tally).toMatchObject({ pages: 1, titleRight: 0, bylineGiven: 0, mustHaveFound: 0, chromeLeaked: 0 });
  });
});

describe('loadProbePages', () => {
  it('reads a page through the decoding layer, so a page in a legacy charset its <meta> declares keeps its letters (round 28: an ISO-8859-2 page)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-'));
    fs.mkdirSync(path.join(dir, 'old-sites'));
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><body><p>Wydział Chemiczny</p></body></html>';
    // "ł" is 0xB3 in ISO-8859-2 (a superscript three in windows-1252, and no UTF-8 at all)
    fs.writeFileSync(path.join(dir, 'old-sites', 'pl.html'), Buffer.from(html.replace('ł', '\u00b3'), 'latin1'));
    fs.writeFileSync(path.join(dir, 'old-sites', 'labels.json'), JSON.stringify({ 'pl.html': { url: 'https://chem.example/a' } }));
    expect(loadProbePages(dir)[0]?.html).toContain('Wydział Chemiczny');
    fs.rmSync(dir, { recursive: true });
  });
});
