/**
 * feeds.yaml `max_body` end to end on Postgres: the config sync writes feeds.max_body_bytes (and
 * clears it when the key goes), and the feed fetch uses it instead of WIREROOM_HTTP_MAX_BODY, here
 * a small 64 KB so a ~200 KB feed is refused without `max_body` and read with it.
 */
import type { Deps } from '../../src/deps';
import { fixedClock } from '../../src/clock';
import { fetchFeed } from '../../src/fetchers/fetch-feed';
import { syncSources } from '../../src/fetchers/sync-sources';
import { silentLogger } from '../../src/log';
import { parseFeedsConfig } from '../../src/settings/feeds-config';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { makeTestDeps } from '../support/test-deps';

const MB = 1024 * 1024;
const feedsYaml = (origin: string, maxBody: { plainSource?: string; source?: string; override?: string }) => `
sources:
  - id: plain
    name: Plain
${maxBody.plainSource ? `    max_body: ${maxBody.plainSource}\n` : ''}    feeds:
      - url: ${origin}/plain.xml
  - id: big
    name: Big
${maxBody.source ? `    max_body: ${maxBody.source}\n` : ''}    feeds:
      - url: ${origin}/inherits.xml
      - url: ${origin}/page.html
      - url: ${origin}/override.xml
${maxBody.override ? `        max_body: ${maxBody.override}\n` : ''}`;

/** A generated RSS feed of `n` items, each ~200 bytes: 1000 items ≈ 200 KB. */
const bigRss = (n: number) =>
  '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>big</title><link>http://site.test/</link>' +
  Array.from(
    { length: n },
    (_, i) =>
      `<item><title>Item ${i} of a feed larger than the global cap</title><link>http://site.test/big/${i}</link><guid>big-${i}</guid><description>${'x'.repeat(80)}</description></item>`,
  ).join('') +
  '</channel></rss>';

const log = silentLogger();
const clock = fixedClock('2026-11-28T10:00:00Z');
let web: FixtureServer;
let deps: Deps;
let close: () => Promise<void>;

const feedRow = (path: string) => deps.db.selectFrom('feeds').selectAll().where('config_url', '=', web.url(path)).executeTakeFirstOrThrow();
const fetchPath = async (path: string) => fetchFeed(deps, Number((await feedRow(path)).id), log);
const caps = async () =>
  Object.fromEntries(
    (await deps.db.selectFrom('feeds').select(['config_url', 'max_body_bytes']).execute()).map((r) => [
      r.config_url.replace(web.origin, ''),
      r.max_body_bytes,
    ]),
  );
const syncYaml = async (yaml: string) => {
  const r = parseFeedsConfig(yaml, 'test-feeds.yaml');
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return syncSources(deps, r.config.sources);
};

beforeAll(async () => {
  web = await startFixtureServer();
  const body = bigRss(1000);
  expect(body.length).toBeGreaterThan(190_000);
  for (const p of ['/plain.xml', '/inherits.xml', '/override.xml', '/alt.xml'])
    web.set(p, { body, headers: { 'content-type': 'application/rss+xml' } });
  web.set('/page.html', {
    body: '<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/alt.xml"></head><body>news</body></html>',
    headers: { 'content-type': 'text/html' },
  });
  const made = await makeTestDeps({
    db: 'postgres',
    queue: 'memory',
    feedsYaml: feedsYaml(web.origin, { source: '1MB', override: '100KB' }),
    env: { WIREROOM_HTTP_MAX_BODY: '65536' },
  });
  close = made.close;
  deps = { ...made.deps, clock, random: () => 0.5 };
  await syncSources(deps);
});
afterAll(async () => {
  await close?.();
  await web?.close();
});

describe('feed fetch with max_body (global cap WIREROOM_HTTP_MAX_BODY=65536)', () => {
  it('sync writes each feed its cap: its own, else its source’s, else null', async () => {
    expect(await caps()).toEqual({ '/plain.xml': null, '/inherits.xml': MB, '/page.html': MB, '/override.xml': 100 * 1024 });
  });

  it('refuses a ~200 KB feed without max_body as FETCH_TOO_LARGE, and the message says what to raise', async () => {
    expect(await fetchPath('/plain.xml')).toMatchObject({ outcome: 'error', code: 'FETCH_TOO_LARGE', newEntries: 0 });
    const row = await feedRow('/plain.xml');
    expect(row).toMatchObject({ error_code: 'FETCH_TOO_LARGE', error_count: 1 });
    expect(row.error_message).toContain(
      `body of ${web.url('/plain.xml')} exceeds the cap of 65536 bytes (cap: WIREROOM_HTTP_MAX_BODY, 64KB)`,
    );
    expect(row.error_message).toContain(
      'To fetch it, set `max_body:` (e.g. "60MB", up to "1GB") on this feed or its source "plain" in feeds.yaml, or raise WIREROOM_HTTP_MAX_BODY for every feed and article page',
    );
  });

  it('reads the same feed on a feed whose source sets max_body: 1MB', async () => {
    expect(await fetchPath('/inherits.xml')).toMatchObject({ outcome: 'ok', status: 200, newEntries: 1000 });
    expect(await feedRow('/inherits.xml')).toMatchObject({ error_code: null, last_new_entries: 1000 });
  });

  it('fetches the feed an HTML page advertises with the page feed’s cap too', async () => {
    expect(await fetchPath('/page.html')).toMatchObject({ outcome: 'ok', newEntries: 1000 });
    expect(web.hits('/alt.xml')).toBe(1);
  });

  it('a feed’s own max_body overrides its source’s: 100KB refuses the feed, naming that cap', async () => {
    expect(await fetchPath('/override.xml')).toMatchObject({ outcome: 'error', code: 'FETCH_TOO_LARGE' });
    const row = await feedRow('/override.xml');
    expect(row.error_message).toContain(
      `exceeds the cap of ${100 * 1024} bytes (cap: max_body 100KB). To fetch it, set a larger \`max_body:\``,
    );
    expect(row.error_message).toContain('its source "big"');
  });

  it('sync changes the column with the file and clears it when the key is removed; the feed then gets the global cap again', async () => {
    await syncYaml(feedsYaml(web.origin, { plainSource: '512KB', source: '1MB', override: '2MB' }));
    expect(await caps()).toEqual({ '/plain.xml': 512 * 1024, '/inherits.xml': MB, '/page.html': MB, '/override.xml': 2 * MB });
    expect(await fetchPath('/plain.xml')).toMatchObject({ outcome: 'ok', newEntries: 1000 });

    await syncYaml(feedsYaml(web.origin, {}));
    expect(await caps()).toEqual({ '/plain.xml': null, '/inherits.xml': null, '/page.html': null, '/override.xml': null });
    expect(await fetchPath('/inherits.xml')).toMatchObject({ outcome: 'error', code: 'FETCH_TOO_LARGE' });
  });
});
