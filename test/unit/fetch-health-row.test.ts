/** The `feeds status` row: what an operator reads for each feed. Pure. */
import { healthRow, relativeTime } from '../../src/cli/feeds-health';
import type { FeedRow } from '../../db/schema';

const NOW = new Date('2026-11-28T10:00:00Z');
const ago = (s: number) => new Date(NOW.getTime() - s * 1000);

const feed = (over: Partial<FeedRow>): FeedRow =>
  ({
    id: 7,
    source_id: 'gazette',
    url: 'https://g.test/feed',
    config_url: 'https://g.test/feed',
    type: 'rss',
    title: null,
    site_url: null,
    poll_interval_s: 900,
    etag: null,
    last_modified: null,
    next_due_at: ago(-600),
    last_fetched_at: ago(120),
    last_success_at: ago(120),
    last_status: 200,
    last_duration_ms: 35,
    last_new_entries: 4,
    error_code: null,
    error_message: null,
    error_count: 0,
    fetch_count: 3,
    paused: false,
    paused_reason: null,
    active: true,
    poll_state: {},
    created_at: ago(86400),
    updated_at: ago(120),
    ...over,
  }) as FeedRow;

describe('relativeTime', () => {
  it.each([
    [null, '-'],
    [ago(30), '30s ago'],
    [ago(0), '0s ago'],
    [ago(-600), 'in 10m'],
    [ago(3 * 3600), '3h ago'],
    [ago(-5 * 86400), 'in 5d'],
  ])('%p → %p', (t, s) => expect(relativeTime(t, NOW)).toBe(s));
});

describe('healthRow', () => {
  it('shows a healthy feed', () => {
    expect(healthRow(feed({}), NOW)).toEqual({
      id: '7',
      source: 'gazette',
      state: 'ok',
      last_fetch: '2m ago',
      status: '200',
      ms: '35',
      new: '4',
      error: '-',
      next_due: 'in 10m',
      url: 'https://g.test/feed',
    });
  });
  it('flags a failing feed with its error code and count', () => {
    expect(healthRow(feed({ error_code: 'FETCH_TIMEOUT', error_count: 3 }), NOW)).toMatchObject({
      state: 'failing',
      error: 'FETCH_TIMEOUT ×3',
    });
  });
  it('shows why a paused feed is paused instead of a due time', () => {
    expect(healthRow(feed({ paused: true, paused_reason: 'FETCH_HTTP_ERROR 10 time(s) in a row: 500' }), NOW)).toMatchObject({
      state: 'PAUSED',
      next_due: 'paused: FETCH_HTTP_ERROR 10 time(s) in a row: 500',
    });
  });
  it('marks a feed never fetched as new', () => {
    expect(
      healthRow(feed({ last_fetched_at: null, last_status: null, last_duration_ms: null, last_new_entries: null }), NOW),
    ).toMatchObject({ state: 'new', last_fetch: '-', status: '-', ms: '-', new: '-' });
  });
});
