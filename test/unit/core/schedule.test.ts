import { nextPollAt, parseMaxAge, skipForbidden } from '../../../src/fetchers/schedule';
import { entriesPerDay, planEntries } from '../../../src/fetchers/entry-plan';
import { normalizeUrl, stripTracking } from '../../../src/core/url';
import type { FeedItem } from '../../../src/fetchers/parse/types';

const now = new Date('2026-11-28T10:00:00Z');
const base = { intervalS: 900, bounds: { minS: 300, maxS: 86400 }, now, errorCount: 0, random: 0.5 };
const secondsUntil = (d: Date) => (d.getTime() - now.getTime()) / 1000;

describe('next poll', () => {
  it('uses the interval, with jitter of at most 10%', () => {
    expect(secondsUntil(nextPollAt(base))).toBe(900);
    expect(secondsUntil(nextPollAt({ ...base, random: 0 }))).toBeCloseTo(810);
    expect(secondsUntil(nextPollAt({ ...base, random: 0.9999 }))).toBeCloseTo(990, 0);
  });
  it('backs off exponentially on errors, capped at a day', () => {
    expect(secondsUntil(nextPollAt({ ...base, errorCount: 1 }))).toBe(900);
    expect(secondsUntil(nextPollAt({ ...base, errorCount: 3 }))).toBe(3600);
    expect(secondsUntil(nextPollAt({ ...base, errorCount: 30 }))).toBe(86400);
  });
  it('honours Retry-After, max-age and ttl', () => {
    expect(secondsUntil(nextPollAt({ ...base, errorCount: 1, retryAfterMs: 7_200_000 }))).toBe(7200);
    expect(secondsUntil(nextPollAt({ ...base, maxAgeS: 3600 }))).toBe(3600);
    expect(secondsUntil(nextPollAt({ ...base, ttlMinutes: 60 }))).toBe(3600);
  });
  it('polls busy feeds more often, never below the minimum', () => {
    expect(secondsUntil(nextPollAt({ ...base, entriesPerDay: 400 }))).toBe(432);
    expect(secondsUntil(nextPollAt({ ...base, entriesPerDay: 100000 }))).toBe(300);
  });
  it('skips hours and days the feed asks to skip', () => {
    expect(skipForbidden(new Date('2026-11-28T10:15:00Z'), [10, 11], []).toISOString()).toBe('2026-11-28T12:00:00.000Z');
    expect(skipForbidden(new Date('2026-11-28T10:15:00Z'), [], ['Saturday']).toISOString()).toBe('2026-11-29T00:00:00.000Z');
  });
  it('reads max-age', () => {
    expect(parseMaxAge('public, max-age=600')).toBe(600);
    expect(parseMaxAge('no-cache')).toBeUndefined();
  });
});

const item = (over: Partial<FeedItem>): FeedItem => ({
  guid: 'g',
  link: null,
  title: 't',
  published_at: null,
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
  ...over,
});

describe('entry plan', () => {
  it('inserts new items once, updates changed ones, leaves the rest', () => {
    const a = item({ guid: 'a', link: 'https://x.com/a?utm_source=rss', title: 'A' });
    const b = item({ guid: 'b', link: 'https://x.com/b', title: 'B changed' });
    const c = item({ guid: 'c', link: 'https://x.com/c', title: 'C' });
    const stored = [
      { id: 2, guid: 'b', link_norm: 'x.com/b', content_hash: 'old', version: 1 },
      { id: 3, guid: 'other-guid', link_norm: 'x.com/c', content_hash: 'whatever', version: 4 },
    ];
    const plan = planEntries([a, a, b, c], stored);
    expect(plan.inserts.map((i) => i.item.guid)).toEqual(['a']);
    expect(plan.inserts[0]!.linkNorm).toBe('x.com/a');
    expect(plan.updates.map((u) => [u.id, u.version])).toEqual([
      [2, 2],
      [3, 5],
    ]);
  });
  it('counts entries per day over the last week', () => {
    const items = [item({ published_at: '2026-11-27T10:00:00Z' }), item({ published_at: '2026-10-01T10:00:00Z' })];
    expect(entriesPerDay(items, now)).toBeCloseTo(1 / 7);
  });
});

describe('URLs', () => {
  it('drops tracking parameters and normalizes', () => {
    expect(stripTracking('https://x.com/a?utm_source=rss&id=4&fbclid=z')).toBe('https://x.com/a?id=4');
    expect(normalizeUrl('https://WWW.X.com/a/?b=2&a=1#top')).toBe('x.com/a?a=1&b=2');
  });
});
