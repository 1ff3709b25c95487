/** planEntries over batches with shared SeenKeys plans what one plan over the whole document would; recent counts add up. */
import {
  countRecentItems,
  entriesPerDay,
  newSeenKeys,
  perDayFromRecent,
  planEntries,
  type StoredEntryKey,
} from '../../../src/fetchers/entry-plan';
import type { FeedItem } from '../../../src/fetchers/parse/types';

const item = (guid: string, link: string, title: string, published_at: string | null = null): FeedItem => ({
  guid,
  link,
  title,
  published_at,
  updated_at: null,
  authors: [],
  summary: null,
  content_html: null,
  enclosures: [],
  categories: [],
  media: [],
  source: null,
  comments_url: null,
  lang: null,
});

const items = [
  item('a', 'https://ex.com/a', 'A', '2026-11-27T10:00:00Z'),
  item('b', 'https://ex.com/b', 'B changed', '2026-11-26T10:00:00Z'),
  item('c', 'https://ex.com/c', 'C', '2026-10-01T10:00:00Z'),
  item('a', 'https://ex.com/a', 'A again'), // same guid as the first: counts once
  item('d', 'https://ex.com/c?utm_source=x', 'C by link'), // same normalized link as c
  item('e', 'https://ex.com/e', 'E', '2026-11-28T09:00:00Z'),
];
const stored: StoredEntryKey[] = [{ id: 7, guid: 'b', link_norm: 'https://ex.com/b', content_hash: 'old', version: 1 }];
const now = new Date('2026-11-28T10:00:00Z');

it.each([1, 2, 4])('batches of %p plan as the whole document does', (size) => {
  const whole = planEntries(items, stored);
  const seen = newSeenKeys();
  const merged = { inserts: [] as unknown[], updates: [] as unknown[], unchanged: [] as number[] };
  for (let i = 0; i < items.length; i += size) {
    const p = planEntries(items.slice(i, i + size), stored, seen);
    merged.inserts.push(...p.inserts);
    merged.updates.push(...p.updates);
    merged.unchanged.push(...p.unchanged);
  }
  expect(merged).toEqual(whole);
  expect(whole.inserts.map((x) => x.item.guid)).toEqual(['a', 'c', 'e']);
});

it('counts recent items per batch to the same entries per day', () => {
  const recent = countRecentItems(items.slice(0, 3), now) + countRecentItems(items.slice(3), now);
  expect(perDayFromRecent(recent)).toBe(entriesPerDay(items, now));
  expect(recent).toBe(3);
});
