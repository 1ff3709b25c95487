/** planFetchOutcome: what one poll writes back to the feed row (health, validators, poll state, pause and back-off). Pure. */
import { PipelineError } from '../../src/errors';
import {
  isPollable,
  planFetchOutcome,
  type FetchAction,
  type FetchOutcome,
  type FetchPlanSettings,
  type PlanFeed,
  type ResponseFacts,
} from '../../src/fetchers/fetch-plan';
import type { ParsedFeed } from '../../src/fetchers/parse/types';

const NOW = new Date('2026-11-28T10:00:00Z'); // a Saturday
const SETTINGS: FetchPlanSettings = { bounds: { minS: 60, maxS: 86400 }, maxErrors: 5, maxBodyBytes: 20 * 1024 * 1024 };
/** random 0.5 = no jitter: due times are exact. */
const RANDOM = 0.5;

const feed = (over: Partial<PlanFeed> = {}): PlanFeed => ({
  url: 'https://g.test/feed',
  type: 'rss',
  source_id: 'gazette',
  title: null,
  site_url: null,
  etag: '"old"',
  last_modified: 'Fri, 27 Nov 2026 10:00:00 GMT',
  poll_state: {},
  poll_interval_s: 600,
  error_count: 0,
  fetch_count: 3,
  max_body_bytes: null,
  ...over,
});

const response = (over: Partial<ResponseFacts> = {}): ResponseFacts => ({
  status: 200,
  headers: {},
  durationMs: 35,
  permanentUrl: null,
  redirects: [],
  ...over,
});

const parsed = (over: Partial<ParsedFeed> = {}): Omit<ParsedFeed, 'items'> => ({
  format: 'rss',
  version: '2.0',
  title: 'Gazette',
  link: 'https://g.test/',
  description: null,
  lang: null,
  self_url: null,
  hubs: [],
  ttl_minutes: null,
  skip_hours: [],
  skip_days: [],
  image_url: null,
  ...over,
});

const stored = (created = 0, updated = 0, recent = 0) => ({ created, updated, recent });
const plan = (f: PlanFeed, o: FetchOutcome, settings = SETTINGS) => planFetchOutcome(f, o, NOW, settings, RANDOM);
const dueInS = (a: FetchAction) => ((a.update.next_due_at as Date).getTime() - NOW.getTime()) / 1000;

describe('isPollable', () => {
  const row = { active: true, paused: false, type: 'rss' };
  it.each([
    ['an active rss feed', row, true],
    ['no row', undefined, false],
    ['an inactive feed', { ...row, active: false }, false],
    ['a paused feed', { ...row, paused: true }, false],
    ['a push feed', { ...row, type: 'push' }, false],
    ['a folder feed', { ...row, type: 'folder' }, false],
    ['a declared NewsML-G2 feed', { ...row, type: 'newsml' }, true],
  ])('%s → %p', (_name, f, want) => expect(isPollable(f)).toBe(want));
});

describe('planFetchOutcome after an answer', () => {
  it.each<[string, PlanFeed, FetchOutcome, number]>([
    ['a 304 keeps the interval', feed(), { kind: 'not-modified', response: response({ status: 304 }) }, 600],
    [
      'a 304 honours the ttl the last document gave',
      feed({ poll_state: { ttl: 60 } }),
      { kind: 'not-modified', response: response({ status: 304 }) },
      3600,
    ],
    [
      'a 304 honours Cache-Control max-age',
      feed(),
      { kind: 'not-modified', response: response({ status: 304, headers: { 'cache-control': 'max-age=1800' } }) },
      1800,
    ],
    [
      'a success honours the new ttl',
      feed({ poll_state: { ttl: 60 } }),
      { kind: 'fetched', response: response(), feed: parsed({ ttl_minutes: 30 }), stored: stored() },
      1800,
    ],
    [
      'a busy feed (70 recent items: 10 a day) polls sooner',
      feed({ poll_interval_s: 86400 }),
      { kind: 'fetched', response: response(), feed: parsed(), stored: stored(0, 0, 70) },
      17280,
    ],
  ])('%s', (_name, f, outcome, seconds) => expect(dueInS(plan(f, outcome))).toBe(seconds));

  it('a 304 resets the error streak and keeps validators the server did not resend', () => {
    const a = plan(feed({ error_count: 2 }), { kind: 'not-modified', response: response({ status: 304 }) });
    expect(a).toMatchObject({
      kind: 'record-not-modified',
      result: { outcome: 'not-modified', status: 304, newEntries: 0, updatedEntries: 0, code: null },
    });
    expect(a.update).toMatchObject({
      fetch_count: 4,
      last_fetched_at: NOW,
      last_success_at: NOW,
      last_status: 304,
      error_count: 0,
      error_code: null,
      etag: '"old"',
      last_modified: 'Fri, 27 Nov 2026 10:00:00 GMT',
    });
    expect(a.update.poll_state).toBeUndefined();
  });

  it('a success writes the title once, the new validators and what the document taught, keeping the rest of the poll state', () => {
    const a = plan(feed({ poll_state: { path: null, hubs: ['https://old-hub.test/'] } }), {
      kind: 'fetched',
      response: response({ headers: { etag: '"new"' } }),
      feed: parsed({ ttl_minutes: 15, skip_hours: [1, 2], skip_days: ['sunday'], hubs: ['https://hub.test/'] }),
      stored: stored(4, 1, 14),
    });
    expect(a).toMatchObject({
      kind: 'record-success',
      moved: null,
      result: { outcome: 'ok', status: 200, newEntries: 4, updatedEntries: 1, code: null },
    });
    expect(a.update).toMatchObject({
      title: 'Gazette',
      site_url: 'https://g.test/',
      etag: '"new"',
      last_modified: null,
      last_new_entries: 4,
      error_count: 0,
    });
    expect(JSON.parse(a.update.poll_state as string)).toEqual({
      path: null,
      ttl: 15,
      skip_hours: [1, 2],
      skip_days: ['sunday'],
      per_day: 2,
      hubs: ['https://hub.test/'],
    });
    expect(
      plan(feed({ title: 'Operator title' }), { kind: 'fetched', response: response(), feed: parsed(), stored: stored() }).update.title,
    ).toBe('Operator title');
  });

  it('a permanent redirect moves the feed and says so', () => {
    const redirects = [{ from: 'https://g.test/feed', to: 'https://g.example/feed', status: 301 }];
    const a = plan(feed(), {
      kind: 'fetched',
      response: response({ permanentUrl: 'https://g.example/feed', redirects }),
      feed: parsed(),
      stored: stored(),
    });
    expect(a).toMatchObject({ kind: 'record-success', moved: { from: 'https://g.test/feed', to: 'https://g.example/feed', redirects } });
    expect(a.update.url).toBe('https://g.example/feed');
    const same = plan(feed(), {
      kind: 'fetched',
      response: response({ permanentUrl: 'https://g.test/feed' }),
      feed: parsed(),
      stored: stored(),
    });
    expect(same).toMatchObject({ moved: null });
    expect(same.update.url).toBeUndefined();
  });
});

describe('planFetchOutcome after a failure', () => {
  const failed = (error: unknown, s = stored()): FetchOutcome => ({ kind: 'failed', error, stored: s });
  const http = (status: number, retryAfterMs?: number) =>
    new PipelineError(status === 429 ? 'FETCH_RATE_LIMITED' : 'FETCH_HTTP_ERROR', `answered ${status}`, { status, retryAfterMs });

  it.each<[string, number, unknown, { paused: boolean; due: number; status: number | null; code: string }]>([
    ['a first failure backs off by the interval', 0, http(500), { paused: false, due: 600, status: 500, code: 'FETCH_HTTP_ERROR' }],
    ['a third failure backs off 4×', 2, http(500), { paused: false, due: 2400, status: 500, code: 'FETCH_HTTP_ERROR' }],
    [
      'Retry-After longer than the backoff wins',
      0,
      http(429, 7_200_000),
      { paused: false, due: 7200, status: 429, code: 'FETCH_RATE_LIMITED' },
    ],
    ['the maxErrors-th failure in a row pauses', 4, http(500), { paused: true, due: 9600, status: 500, code: 'FETCH_HTTP_ERROR' }],
    ['a 410 Gone pauses at once', 0, http(410), { paused: true, due: 600, status: 410, code: 'FETCH_HTTP_ERROR' }],
    [
      'an error without a code is INTERNAL, with no status',
      0,
      new Error('socket hang up'),
      { paused: false, due: 600, status: null, code: 'INTERNAL' },
    ],
    [
      'a first connection reset is retried in seconds, not a poll interval later',
      0,
      new PipelineError('FETCH_NETWORK', 'ECONNRESET'),
      { paused: false, due: 15, status: null, code: 'FETCH_NETWORK' },
    ],
    [
      'a first timeout is retried in seconds too',
      0,
      new PipelineError('FETCH_TIMEOUT', 'headers did not come'),
      { paused: false, due: 15, status: null, code: 'FETCH_TIMEOUT' },
    ],
    [
      'a second network error in a row backs off from the interval',
      1,
      new PipelineError('FETCH_NETWORK', 'ECONNRESET'),
      { paused: false, due: 1200, status: null, code: 'FETCH_NETWORK' },
    ],
    [
      'a first 500 is an answer, not a network error: the interval',
      0,
      new PipelineError('FETCH_HTTP_ERROR', 'answered 500', { status: 500 }),
      { paused: false, due: 600, status: 500, code: 'FETCH_HTTP_ERROR' },
    ],
    [
      'a refused wire document keeps its code',
      0,
      new PipelineError('WIRE_INVALID_XML', 'invalid XML at line 2', { retryable: false }),
      { paused: false, due: 600, status: null, code: 'WIRE_INVALID_XML' },
    ],
  ])('%s', (_name, errorCount, error, want) => {
    const a = plan(feed({ error_count: errorCount }), failed(error));
    if (a.kind !== 'record-failure') throw new Error(`expected a failure, got ${a.kind}`);
    expect(dueInS(a)).toBe(want.due);
    expect(a.paused).toEqual(want.paused ? { code: want.code, error_count: errorCount + 1 } : null);
    expect(a.update).toMatchObject({
      error_code: want.code,
      error_count: errorCount + 1,
      last_status: want.status,
      fetch_count: 4,
      last_fetched_at: NOW,
    });
    expect(a.update.paused).toBe(want.paused ? true : undefined);
    expect(a.update.last_success_at).toBeUndefined();
    expect(a.result).toEqual({ outcome: 'error', status: want.status, newEntries: 0, updatedEntries: 0, code: want.code });
  });

  it('says how many entries earlier batches stored, and quotes the message in the pause reason', () => {
    const a = plan(feed({ error_count: 4 }), failed(http(500), stored(250, 3)));
    expect(a.update.error_message).toBe('answered 500 (250 new and 3 updated entries stored before the failure)');
    expect(a.update.paused_reason).toBe(
      'FETCH_HTTP_ERROR 5 time(s) in a row: answered 500 (250 new and 3 updated entries stored before the failure)',
    );
    expect(a.result).toMatchObject({ newEntries: 250, updatedEntries: 3 });
  });

  it('keeps the stored message printable and at most 1000 characters', () => {
    const a = plan(feed(), failed(new Error(`bad\u0000byte ${'x'.repeat(2000)}`)));
    expect(a.update.error_message).toMatch(/^bad\?byte x+$/);
    expect((a.update.error_message as string).length).toBe(1000);
  });

  it('names the body cap that cut a feed, and how to raise it', () => {
    const tooLarge = new PipelineError('FETCH_TOO_LARGE', 'body over 1 MB', { retryable: false });
    const own = plan(feed({ max_body_bytes: 1024 * 1024 }), failed(tooLarge));
    expect(own.update).toMatchObject({ error_code: 'FETCH_TOO_LARGE', error_message: expect.stringContaining('(cap: max_body 1MB)') });
    const global = plan(feed(), failed(tooLarge));
    expect(global.update.error_message).toContain('(cap: WIREROOM_HTTP_MAX_BODY, 20MB)');
  });

  it('names the wire document cap for a wire feed that sets no max_body of its own', () => {
    const tooLarge = new PipelineError('FETCH_TOO_LARGE', 'body over 5 MB', { retryable: false });
    const caps = { ...SETTINGS, wireMaxBodyBytes: 5 * 1024 * 1024 };
    const wire = planFetchOutcome(feed({ type: 'nitf' }), failed(tooLarge), NOW, caps, RANDOM);
    expect(wire.update.error_message).toContain('wire document size cap of 5MB (WIREROOM_WIRE_MAX_BODY)');
    const own = planFetchOutcome(feed({ type: 'nitf', max_body_bytes: 1024 * 1024 }), failed(tooLarge), NOW, caps, RANDOM);
    expect(own.update.error_message).toContain('(cap: max_body 1MB)');
  });
});
