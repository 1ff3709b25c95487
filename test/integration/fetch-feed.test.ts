/**
 * The feed-fetch job end to end on Postgres against a scripted web: conditional GET, permanent
 * moves, feed discovery, wrong charsets, what servers and feeds ask of the schedule
 * (Retry-After, max-age, <ttl>, skipHours), backoff, pausing after N failures and resuming.
 */
import iconv from 'iconv-lite';
import type { Deps } from '../../src/deps';
import { fixedClock } from '../../src/clock';
import { claimDueFeeds } from '../../src/fetchers/claim';
import { resumeFeed } from '../../src/fetchers/feed-control';
import { fetchFeed } from '../../src/fetchers/fetch-feed';
import { syncSources } from '../../src/fetchers/sync-sources';
import { silentLogger } from '../../src/log';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { makeTestDeps } from '../support/test-deps';

const PATHS = [
  '/ok.xml',
  '/old.xml',
  '/page.html',
  '/cp1251-wrong.xml',
  '/cp1251-none.xml',
  '/cached.xml',
  '/ttl.xml',
  '/skip.xml',
  '/failing.xml',
];
const feedsYaml = (origin: string) => `
defaults:
  poll_interval: 10m
  min_poll_interval: 1m
  max_poll_interval: 1d
sources:
${urls(origin)
  .map((u, i) => `  - id: s${i}\n    name: Source ${i}\n    feeds:\n      - url: ${u}`)
  .join('\n')}
`;
/** A 429/503 pauses its whole host (every worker): the two refusing feeds live on hosts of their own. */
const urls = (origin: string) => [...PATHS.map((p) => origin + p), limitedWeb.url('/limited.xml'), busyWeb.url('/busy.xml')];

const rss = (title: string, items: string[], extra = '') =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${title}</title><link>http://site.test/</link>${extra}` +
  items
    .map(
      (t, i) => `<item><title>${t}</title><link>http://site.test/${encodeURIComponent(title)}/${i}</link><guid>${title}-${i}</guid></item>`,
    )
    .join('') +
  '</channel></rss>';

const START = '2026-11-28T10:00:00Z';
const log = silentLogger();
let web: FixtureServer;
let limitedWeb: FixtureServer;
let busyWeb: FixtureServer;
let deps: Deps;
let close: () => Promise<void>;
const clock = fixedClock(START);

const serverOf = (path: string) => (path === '/limited.xml' ? limitedWeb : path === '/busy.xml' ? busyWeb : web);
const feedRow = (path: string) =>
  deps.db.selectFrom('feeds').selectAll().where('config_url', '=', serverOf(path).url(path)).executeTakeFirstOrThrow();
const fetchPath = async (path: string) => fetchFeed(deps, Number((await feedRow(path)).id), log);
const dueInS = async (path: string) => ((await feedRow(path)).next_due_at.getTime() - clock.now().getTime()) / 1000;

beforeAll(async () => {
  web = await startFixtureServer();
  limitedWeb = await startFixtureServer();
  busyWeb = await startFixtureServer();
  const made = await makeTestDeps({
    db: 'postgres',
    queue: 'memory',
    feedsYaml: feedsYaml(web.origin),
    env: { WIREROOM_MAX_FEED_ERRORS: '3' },
  });
  close = made.close;
  deps = { ...made.deps, clock, random: () => 0.5 }; // jitter factor exactly 1
  await syncSources(deps);
});
afterAll(async () => {
  await close?.();
  await web?.close();
  await limitedWeb?.close();
  await busyWeb?.close();
});
beforeEach(() => clock.set(START));

describe('conditional GET and health', () => {
  it('stores entries, keeps the ETag, and answers the next poll with a 304', async () => {
    web.set('/ok.xml', { body: rss('ok', ['one', 'two']), etag: '"ok-1"', headers: { 'content-type': 'application/rss+xml' } });
    const first = await fetchPath('/ok.xml');
    expect(first).toMatchObject({ outcome: 'ok', status: 200, newEntries: 2 });
    const row = await feedRow('/ok.xml');
    expect(row).toMatchObject({ etag: '"ok-1"', last_status: 200, last_new_entries: 2, error_count: 0, fetch_count: 1 });
    expect(row.last_duration_ms).not.toBeNull();
    const second = await fetchPath('/ok.xml');
    expect(second.outcome).toBe('not-modified');
    expect(web.requests.filter((r) => r.path === '/ok.xml').at(-1)?.headers['if-none-match']).toBe('"ok-1"');
    expect(await feedRow('/ok.xml')).toMatchObject({ last_status: 304, fetch_count: 2 });
    const due = await dueInS('/ok.xml');
    expect(due).toBeGreaterThanOrEqual(60);
    expect(due).toBeLessThanOrEqual(600);
  });
});

describe('redirects and discovery', () => {
  it('stores the new URL of a permanently moved feed and writes a `moved` event', async () => {
    web.set('/old.xml', { status: 301, headers: { location: '/new.xml' } });
    web.set('/new.xml', { body: rss('moved', ['a']) });
    expect((await fetchPath('/old.xml')).outcome).toBe('ok');
    const row = await feedRow('/old.xml'); // config_url still names the configured URL
    expect(row.url).toBe(web.url('/new.xml'));
    const events = await deps.db.selectFrom('feed_events').selectAll().where('feed_id', '=', row.id).where('kind', '=', 'moved').execute();
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).toMatchObject({ from: web.url('/old.xml'), to: web.url('/new.xml') });
  });

  it('follows an HTML page advertising its feed with <link rel="alternate"> once', async () => {
    web.set('/page.html', {
      body: `<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/alt.xml"></head><body>news</body></html>`,
      headers: { 'content-type': 'text/html' },
    });
    web.set('/alt.xml', { body: rss('alt', ['x', 'y', 'z']) });
    const r = await fetchPath('/page.html');
    expect(r).toMatchObject({ outcome: 'ok', newEntries: 3 });
    expect(web.hits('/alt.xml')).toBe(1);
    const row = await feedRow('/page.html');
    const kinds = (await deps.db.selectFrom('feed_events').select('kind').where('feed_id', '=', row.id).execute()).map((e) => e.kind);
    expect(kinds).toContain('discovered');
  });
});

describe('charsets', () => {
  const body = iconv.encode(
    '<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Новости</title><item><title>Привет, мир</title><guid>cp-1</guid></item></channel></rss>',
    'windows-1251',
  );
  it.each([
    ['/cp1251-wrong.xml', 'application/rss+xml; charset=utf-8'],
    ['/cp1251-none.xml', 'text/xml'],
  ])('decodes a windows-1251 feed served as %s with content type %s', async (path, contentType) => {
    web.set(path, { body, headers: { 'content-type': contentType } });
    expect((await fetchPath(path)).outcome).toBe('ok');
    const row = await feedRow(path);
    const entry = await deps.db.selectFrom('entries').select('title').where('feed_id', '=', row.id).executeTakeFirstOrThrow();
    expect(entry.title).toBe('Привет, мир');
  });
});

describe('what servers and feeds ask of the schedule', () => {
  it('honours Retry-After seconds on 429', async () => {
    limitedWeb.set('/limited.xml', { status: 429, headers: { 'retry-after': '7200' } });
    expect(await fetchPath('/limited.xml')).toMatchObject({ outcome: 'error', code: 'FETCH_RATE_LIMITED', status: 429 });
    expect(await dueInS('/limited.xml')).toBeGreaterThanOrEqual(7200);
  });

  it('honours Retry-After as an HTTP date on 503 (RFC 9110 §10.2.3)', async () => {
    busyWeb.set('/busy.xml', { status: 503, headers: { 'retry-after': new Date(Date.parse(START) + 3 * 3600_000).toUTCString() } });
    expect((await fetchPath('/busy.xml')).code).toBe('FETCH_RATE_LIMITED');
    expect(await dueInS('/busy.xml')).toBeGreaterThanOrEqual(3 * 3600);
  });

  it('waits at least Cache-Control max-age', async () => {
    web.set('/cached.xml', { body: rss('cached', ['c']), headers: { 'cache-control': 'public, max-age=5400' } });
    await fetchPath('/cached.xml');
    expect(await dueInS('/cached.xml')).toBeGreaterThanOrEqual(5400);
  });

  it('waits at least the RSS <ttl>', async () => {
    web.set('/ttl.xml', { body: rss('ttl', ['t'], '<ttl>180</ttl>') });
    await fetchPath('/ttl.xml');
    expect(await dueInS('/ttl.xml')).toBeGreaterThanOrEqual(180 * 60);
  });

  it('skips the hours the feed lists in <skipHours>', async () => {
    web.set('/skip.xml', { body: rss('skip', ['s'], '<skipHours><hour>10</hour><hour>11</hour><hour>12</hour></skipHours>') });
    await fetchPath('/skip.xml');
    const due = (await feedRow('/skip.xml')).next_due_at;
    expect(due.getUTCHours()).toBe(13);
    expect(due.getTime()).toBeGreaterThan(Date.parse(START));
  });
});

describe('failures', () => {
  it('backs off exponentially, pauses and flags after N failures, keeps the feed, and resumes', async () => {
    web.set('/failing.xml', { status: 500, body: 'oops' });
    const waits: number[] = [];
    for (let i = 0; i < 2; i++) {
      expect(await fetchPath('/failing.xml')).toMatchObject({ outcome: 'error', code: 'FETCH_HTTP_ERROR' });
      waits.push(await dueInS('/failing.xml'));
    }
    expect(waits).toEqual([600, 1200]);
    await fetchPath('/failing.xml');
    const paused = await feedRow('/failing.xml');
    expect(paused).toMatchObject({ paused: true, error_count: 3, error_code: 'FETCH_HTTP_ERROR', active: true });
    expect(paused.paused_reason).toMatch(/FETCH_HTTP_ERROR 3 time/);
    const events = await deps.db.selectFrom('feed_events').select(['kind', 'detail']).where('feed_id', '=', paused.id).execute();
    expect(events.map((e) => e.kind)).toContain('paused');

    clock.advance(30 * 24 * 3600_000);
    expect((await claimDueFeeds(deps.db, clock.now(), 100, 60)).map((c) => c.id)).not.toContain(Number(paused.id));
    expect((await fetchPath('/failing.xml')).outcome).toBe('skipped');

    web.set('/failing.xml', { body: rss('back', ['b']) });
    await resumeFeed(deps.db, web.url('/failing.xml'), clock.now());
    expect(await feedRow('/failing.xml')).toMatchObject({ paused: false, paused_reason: null, error_count: 0 });
    expect((await claimDueFeeds(deps.db, clock.now(), 100, 60)).map((c) => c.id)).toContain(Number(paused.id));
    expect(await fetchPath('/failing.xml')).toMatchObject({ outcome: 'ok', newEntries: 1 });
  });
});
