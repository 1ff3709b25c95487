/** Golden folders: every test/fixtures/attribution/<case>/ page against its expected.json. */
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../../../src/workers/extract';
import type { ExtractOptions } from '../../../src/workers/extract';
import { FIELDS, FixtureExpected, compareFixture } from './fixture-compare';

const DIR = path.join(__dirname, '../../fixtures/attribution');
const CASES = fs
  .readdirSync(DIR)
  .filter((c) => fs.existsSync(path.join(DIR, c, 'expected.json')))
  .sort();

function load(name: string): { expected: FixtureExpected; html: string } {
  const expected = JSON.parse(fs.readFileSync(path.join(DIR, name, 'expected.json'), 'utf8')) as FixtureExpected;
  return { expected, html: fs.readFileSync(path.join(DIR, name, 'page.html'), 'utf8') };
}

describe('attribution fixtures', () => {
  it('has at least 30 labelled pages, each with its SOURCE.md', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    for (const c of CASES) expect(fs.existsSync(path.join(DIR, c, 'SOURCE.md'))).toBe(true);
  });

  it.each(CASES)('%s', (name) => {
    const { expected, html } = load(name);
    const got = extractArticle(html, expected.url, (expected.options ?? {}) as ExtractOptions);
    expect(got).not.toBeNull();
    const verdicts = compareFixture(expected, got);
    const wrong = FIELDS.filter((f) => !verdicts[f]).map((f) => ({ field: f, expected: expected[f], got: got?.[f] ?? null }));
    expect(wrong).toEqual([]);
    for (const phrase of expected.text_includes ?? []) expect(got!.text).toContain(phrase);
    for (const phrase of expected.text_excludes ?? []) expect(got!.text).not.toContain(phrase);
  });
});
