/** Golden files: real feeds from the shared corpus, checked against feedparser's reading of them. */
import fs from 'node:fs';
import path from 'node:path';
import { parseFeed } from '../../../src/fetchers/parse/index';

const DIR = path.join(__dirname, '../../fixtures/feeds');
const cases = fs
  .readdirSync(DIR)
  .filter((f) => (!f.endsWith('.json') && !f.endsWith('.md')) || (f.endsWith('.json') && !f.endsWith('.expected.json')));

interface Expected {
  item_count: number;
  items: Array<{ title: string | null; link: string | null; published: string | null }>;
}

const strip = (s: string | null): string | null =>
  s === null
    ? null
    : s
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim();

describe.each(cases)('%s', (file) => {
  const expected = JSON.parse(fs.readFileSync(path.join(DIR, file + '.expected.json'), 'utf8')) as Expected;
  const result = parseFeed(fs.readFileSync(path.join(DIR, file)), {});
  it('parses with the same item count as feedparser', () => {
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.feed.items.length).toBe(expected.item_count);
  });
  it('agrees on links and dates of every item', () => {
    if (!result.ok) throw new Error(result.reason);
    expected.items.forEach((e, i) => {
      const it = result.feed.items[i];
      expect(it?.link).toBe(e.link);
      const ours = it?.published_at ?? it?.updated_at ?? null;
      expect(ours === null ? null : Date.parse(ours)).toBe(e.published === null ? null : Date.parse(e.published));
    });
  });
  it('has plain-text titles that match feedparser once its markup is removed', () => {
    if (!result.ok) throw new Error(result.reason);
    const titles = result.feed.items.map((x) => x.title);
    const agree = expected.items.filter((e, i) => strip(e.title) === titles[i]).length;
    // feedparser leaves windows-1252 mojibake unrepaired (LeFigaro); we repair it, so allow those.
    expect(agree / Math.max(1, expected.items.length)).toBeGreaterThan(0.75);
  });
});
