/**
 * Hostile feed bodies through the whole feed-fetch job: each ends as a recorded error on that
 * feed within seconds, the process alive, memory bounded, nothing stored.
 */
import zlib from 'node:zlib';
import type { Deps } from '../../src/deps';
import { fetchFeed } from '../../src/fetchers/fetch-feed';
import { syncSources } from '../../src/fetchers/sync-sources';
import { silentLogger } from '../../src/log';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { makeTestDeps } from '../support/test-deps';

const laughs = [
  '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
  ']><rss version="2.0"><channel><title>&lol9;</title></channel></rss>',
].join('');
const xxe =
  '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title></item></channel></rss>';
const quadratic = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${'a'.repeat(50_000)}">]><rss version="2.0"><channel><title>${'&a;'.repeat(50_000)}</title></channel></rss>`;
const deep = '<?xml version="1.0"?><rss version="2.0"><channel>' + '<x>'.repeat(100_000) + '</x>'.repeat(100_000) + '</channel></rss>';
const random = Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 2654435761) % 251));

/** path → [route, expected error code] */
const CASES: Record<string, [Parameters<FixtureServer['set']>[1], string]> = {
  '/laughs.xml': [{ body: laughs }, 'PARSE_ENTITY_EXPANSION'],
  '/quadratic.xml': [{ body: quadratic }, 'PARSE_ENTITY_EXPANSION'],
  '/random.bin': [{ body: random, headers: { 'content-type': 'application/octet-stream' } }, 'PARSE_NOT_A_FEED'],
  '/nolink.html': [
    {
      body: '<!doctype html><html><head><title>Home</title></head><body><p>No feed here.</p></body></html>',
      headers: { 'content-type': 'text/html' },
    },
    'PARSE_NOT_A_FEED',
  ],
  '/bomb.xml': [{ body: zlib.gzipSync(Buffer.alloc(32 * 1024 * 1024, 0x20)), headers: { 'content-encoding': 'gzip' } }, 'FETCH_TOO_LARGE'],
  '/drip.xml': [{ drip: { chunk: '<item>', intervalMs: 100, count: 10_000 } }, 'FETCH_TIMEOUT'],
};

const feedsYaml = (origin: string) => `
sources:
${[...Object.keys(CASES), '/xxe.xml', '/deep.xml'].map((p, i) => `  - id: h${i}\n    name: Hostile ${i}\n    feeds:\n      - url: ${origin}${p}`).join('\n')}
`;

const feedAt = (path: string) => deps.db.selectFrom('feeds').selectAll().where('url', '=', web.url(path)).executeTakeFirstOrThrow();

let web: FixtureServer;
let deps: Deps;
let close: () => Promise<void>;

beforeAll(async () => {
  web = await startFixtureServer();
  ({ deps, close } = await makeTestDeps({
    db: 'postgres',
    queue: 'memory',
    feedsYaml: feedsYaml(web.origin),
    env: { WIREROOM_HTTP_MAX_BODY: String(4 * 1024 * 1024), WIREROOM_HTTP_HEADERS_TIMEOUT: '1s', WIREROOM_HTTP_BODY_TIMEOUT: '1s' },
  }));
  for (const [path, [route]] of Object.entries(CASES)) web.set(path, route);
  await syncSources(deps);
});
afterAll(async () => {
  await close?.();
  await web?.close();
});

it.each(Object.entries(CASES).map(([path, [, code]]) => [path, code]))('%s ends as %s recorded on the feed', async (path, code) => {
  const feed = await feedAt(path);
  const started = Date.now();
  const rssBefore = process.memoryUsage().rss;
  const result = await fetchFeed(deps, Number(feed.id), silentLogger());
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(result).toMatchObject({ outcome: 'error', code });
  const row = await deps.db.selectFrom('feeds').selectAll().where('id', '=', feed.id).executeTakeFirstOrThrow();
  expect(row).toMatchObject({ error_code: code, error_count: 1, paused: false });
  expect(row.error_message).toBeTruthy();
  const entries = await deps.db.selectFrom('entries').select('id').where('feed_id', '=', feed.id).execute();
  expect(entries).toHaveLength(0);
  // What this fetch added, not the whole process: integration files run in one process, and what
  // earlier files left (PGlite instances, parsers) had pushed its RSS past a fixed 2 GB on its own.
  expect(process.memoryUsage().rss - rssBefore).toBeLessThan(MAX_GROWTH_BYTES);
});

/** An expansion bomb that got through would add gigabytes; a refused one adds next to nothing. */
const MAX_GROWTH_BYTES = 256 * 1024 ** 2;

it('never resolves an XXE external entity', async () => {
  web.set('/xxe.xml', { body: xxe });
  const feed = await feedAt('/xxe.xml');
  const result = await fetchFeed(deps, Number(feed.id), silentLogger());
  if (result.outcome === 'error') expect(result.code).toMatch(/^PARSE_/);
  const entries = await deps.db.selectFrom('entries').select(['title', 'summary', 'content_html']).where('feed_id', '=', feed.id).execute();
  for (const e of entries) expect(JSON.stringify(e)).not.toMatch(/root:/);
});

it('survives 100k-deep nesting within seconds and records the outcome', async () => {
  web.set('/deep.xml', { body: deep });
  const feed = await feedAt('/deep.xml');
  const started = Date.now();
  const result = await fetchFeed(deps, Number(feed.id), silentLogger());
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(result.newEntries).toBe(0); // no items anywhere in it
  expect(result).toMatchObject({ outcome: 'error', code: 'PARSE_TOO_DEEP' });
  const row = await deps.db.selectFrom('feeds').selectAll().where('id', '=', feed.id).executeTakeFirstOrThrow();
  expect(row.fetch_count).toBe(1);
  expect(row.error_code).toBe('PARSE_TOO_DEEP');
  expect(row.error_message).toMatch(/nested 100002 levels deep \(limit 1000\) and no items found/);
});
