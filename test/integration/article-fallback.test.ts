/**
 * The article job's edges, through the real job on Postgres and the real HTTP client against a
 * fixture web on 127.0.0.1: robots.txt, the per-item extraction deadline, the fallbacks (404/410,
 * network failure after retries, non-HTML, no article) and SSRF refusals. Every fallback stores
 * the feed's own content and says why (`content_from: 'feed'`, `extract_error`).
 */
import { buildDeps, closeDeps, type Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { silentLogger } from '../../src/log';
import { buildSettings } from '../../src/settings';
import { processArticle } from '../../src/workers/article-job';
import { setArticleTools } from '../../src/workers/article-tools';
import { createExtractPool } from '../../src/workers/extract-pool';
import { createRobotsCache } from '../../src/workers/robots-cache';
import { fixtureText } from '../support/fixtures';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { createPostgresDatabase, testQueuePrefix } from '../support/test-db';

const FEED_CONTENT = '<p>The feed says: harbour works finish early, officials confirm.</p>';
const HTML = { 'content-type': 'text/html; charset=utf-8' };
const feedsYaml = (origin: string) => `
sources:
  - id: edge-wire
    name: Edge Wire
    homepage: ${origin}/
    feeds:
      - url: ${origin}/feed.xml
    rights: full
    review: auto
    credit: "Source: {source}"
`;

async function openDeps(dbUrl: string, origin: string, allowPrivate: boolean): Promise<Deps> {
  const env = {
    DATABASE_URL: dbUrl,
    WIREROOM_ALLOW_PRIVATE_NETWORKS: allowPrivate ? '1' : '0',
    WIREROOM_DATA_DIR: ':memory:',
    WIREROOM_QUEUE_PREFIX: testQueuePrefix(),
    WIREROOM_LOG_LEVEL: 'silent',
    WIREROOM_FEEDS: 'test-feeds.yaml',
    WIREROOM_EXTRACT_TIMEOUT: '2s',
    WIREROOM_HTTP_BODY_TIMEOUT: '5s',
    WIREROOM_HTTP_HEADERS_TIMEOUT: '5s',
  };
  // Every name resolves to loopback, as a hostile feed's "intranet" link would.
  const resolver = async () => [{ address: '127.0.0.1', family: 4 }];
  return buildDeps(
    buildSettings(env, () => feedsYaml(origin)),
    { log: silentLogger(), migrate: true, resolver },
  );
}

describe('article job edges', () => {
  let web: FixtureServer;
  let down: FixtureServer;
  let deps: Deps;
  let guarded: Deps;
  let drop: () => Promise<void>;
  let seq = 0;

  beforeAll(async () => {
    web = await startFixtureServer();
    down = await startFixtureServer();
    const pg = await createPostgresDatabase();
    drop = pg.drop;
    deps = await openDeps(pg.url, web.origin, true);
    guarded = await openDeps(pg.url, web.origin, false);
    await syncSources(deps);
    web.set('/robots.txt', {
      body: 'User-agent: *\nDisallow: /admin/\n\nUser-agent: wireroom\nDisallow: /members/\nAllow: /members/free-$\n',
      headers: { 'content-type': 'text/plain' },
    });
    web.set('/news/harbour', { body: fixtureText('site/article-harbour.html', web.origin), headers: HTML });
    web.set('/members/story', { body: fixtureText('site/article-harbour.html', web.origin), headers: HTML });
    web.set('/gone', { status: 410, body: 'gone', headers: { 'content-type': 'text/plain' } });
    web.set('/report.pdf', { body: Buffer.from('%PDF-1.7 not a page'), headers: { 'content-type': 'application/pdf' } });
    web.set('/tag/harbour', {
      body: '<html><body><nav><a href="/a">Home</a> <a href="/b">World</a></nav><p>No results.</p></body></html>',
      headers: HTML,
    });
    web.set('/slow/spin', { body: '<html><body><article><p>SPIN-FOREVER</p></article></body></html>', headers: HTML });
    down.set('/robots.txt', { status: 500, body: 'broken' }); // a 503 pauses the host instead (fetch-publisher-politeness)
    down.set('/news/story', { body: fixtureText('site/article-harbour.html', down.origin), headers: HTML });
  });

  afterAll(async () => {
    for (const d of [deps, guarded]) if (d) await closeDeps(d, 1000);
    await drop?.();
    await web?.close();
    await down?.close();
  });

  /** An entry with feed content and `link`; returns its id. */
  async function addEntry(link: string | null): Promise<number> {
    const feed = await deps.db.selectFrom('feeds').select(['id', 'source_id']).executeTakeFirstOrThrow();
    seq += 1;
    const row = await deps.db
      .insertInto('entries')
      .values({
        feed_id: feed.id,
        source_id: feed.source_id,
        guid: `edge-${seq}`,
        link,
        link_norm: link ? `${link}#${seq}` : null,
        title: `Harbour works finish early (${seq})`,
        summary: null,
        content_html: FEED_CONTENT,
        content_hash: `hash-${seq}`,
        published_at: new Date('2026-11-27T10:00:00Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  }

  /** Runs the article job for a new entry at `attempt` of 5; returns the stored item. */
  async function run(d: Deps, link: string | null, attempt = 5) {
    const entryId = await addEntry(link);
    const job = { id: `t-${entryId}`, queue: 'article-fetch' as const, data: { entryId, version: 1 }, attempt, maxAttempts: 5 };
    const out = await processArticle(d, job, silentLogger());
    expect(out).not.toBeNull();
    return d.db.selectFrom('items').selectAll().where('id', '=', out!.itemId).executeTakeFirstOrThrow();
  }

  function expectFeedFallback(item: { content_from: string; extract_error: string | null; content_html: string | null }, code: string) {
    expect(item.content_from).toBe('feed');
    expect(item.extract_error).toBe(code);
    expect(item.content_html).toContain('harbour works finish early');
  }

  it('extracts a page robots.txt allows, asking robots.txt once per host', async () => {
    const item = await run(deps, web.url('/news/harbour'));
    expect(item.content_from).toBe('page');
    expect(item.extract_error).toBeNull();
    expect(item.content_html).toContain('north pier');
    await run(deps, web.url('/news/harbour?again=1'));
    expect(web.hits('/robots.txt')).toBe(1);
    const robotsRequest = web.requests.find((r) => r.path === '/robots.txt');
    expect(robotsRequest?.headers['user-agent']).toMatch(/^wireroom\//);
  });

  it('does not fetch a page our robots.txt group disallows, and keeps the feed content', async () => {
    const item = await run(deps, web.url('/members/story'), 1);
    expectFeedFallback(item, 'FETCH_ROBOTS_DISALLOWED');
    expect(web.hits('/members/story')).toBe(0);
  });

  it('treats a robots.txt 5xx as a temporary disallow: retried, then the feed content', async () => {
    const entryId = await addEntry(down.url('/news/story'));
    const job = { id: 'retry', queue: 'article-fetch' as const, data: { entryId, version: 1 }, attempt: 1, maxAttempts: 5 };
    await expect(processArticle(deps, job, silentLogger())).rejects.toMatchObject({ code: 'FETCH_ROBOTS_DISALLOWED', retryable: true });
    const item = await run(deps, down.url('/news/story?last=1'));
    expectFeedFallback(item, 'FETCH_ROBOTS_DISALLOWED');
    expect(down.hits('/news/story') + down.hits('/news/story?last=1')).toBe(0);
  });

  it.each([
    ['/nowhere', 'HTTP_404'],
    ['/gone', 'HTTP_410'],
    ['/report.pdf', 'EXTRACT_NOT_HTML'],
    ['/tag/harbour', 'EXTRACT_NO_ARTICLE'],
  ])('falls back to the feed content for %s (%s)', async (path, code) => {
    expectFeedFallback(await run(deps, web.url(path)), code);
  });

  it('retries a network failure, then uses the feed content on the last attempt', async () => {
    const closed = await startFixtureServer();
    const link = closed.url('/news/story');
    await closed.close();
    const entryId = await addEntry(link);
    const job = { id: 'net', queue: 'article-fetch' as const, data: { entryId, version: 1 }, attempt: 1, maxAttempts: 5 };
    await expect(processArticle(deps, job, silentLogger())).rejects.toMatchObject({ code: 'FETCH_NETWORK' });
    expectFeedFallback(await run(deps, link + '?last=1'), 'FETCH_NETWORK');
  });

  it('stores the feed content for an entry without a link', async () => {
    expectFeedFallback(await run(deps, null), 'NO_LINK');
  });

  it.each([
    ['a name that resolves to 127.0.0.1', (port: string) => `http://intranet.test:${port}/news/harbour`, 'FETCH_BLOCKED_ADDRESS'],
    ['a loopback address literal', (port: string) => `http://127.0.0.1:${port}/news/harbour`, 'FETCH_BLOCKED_ADDRESS'],
    ['a file: URL', () => 'file:///etc/passwd', 'FETCH_BAD_SCHEME'],
  ])('refuses %s with private networks off, without retrying', async (_what, link, code) => {
    const before = web.hits('/news/harbour');
    const item = await run(guarded, link(new URL(web.origin).port), 1);
    expectFeedFallback(item, code);
    expect(web.hits('/news/harbour')).toBe(before);
  });

  it('cuts off a runaway extraction at the item limit, keeps the event loop free and replaces the thread', async () => {
    await setArticleTools(deps, {
      robots: createRobotsCache(deps.http, deps.clock),
      extractor: createExtractPool({ size: 1, entry: require.resolve('./article-slow-extractor') }),
    });
    let ticks = 0;
    const timer = setInterval(() => {
      ticks += 1;
    }, 50);
    try {
      const item = await run(deps, web.url('/slow/spin'), 1);
      expectFeedFallback(item, 'EXTRACT_TIMEOUT');
      expect(ticks).toBeGreaterThan(3);
    } finally {
      clearInterval(timer);
    }
    const next = await run(deps, web.url('/news/harbour?after=spin'));
    expect(next.content_from).toBe('page');
    expect(next.content_html).toContain('north pier');
  });
});
