/**
 * Article fetches respect the publisher (issue 17, point 2), on Postgres + BullMQ with the
 * Redis-shared host limiter: a host that answers 500 for a while, then 429 with Retry-After, then
 * 200. No item goes out as a feed-summary stub meanwhile, no page request reaches the host inside a
 * Retry-After pause it asked for, nor inside the pause a run of 500s from distinct pages imposes,
 * and every item ends published with its page's full text.
 * Retries run on a short WIREROOM_PAGE_RETRY_BASE so the file takes seconds.
 */
import type http from 'node:http';
import type { Deps } from '../../src/deps';
import { HOST_ERROR_RUN, HOST_PAUSE_BASE_MS } from '../../src/http/host-limiter';
import { fetchFeed } from '../../src/fetchers/fetch-feed';
import { silentLogger } from '../../src/log';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { reliabilityFeedsYaml, syntheticArticle, syntheticFeed } from '../support/processes';
import { startStack, type TestStack } from '../support/stack';
import { waitFor } from '../support/test-deps';

const PATHS = ['/news/a', '/news/b', '/news/c', '/news/d'];
/**
 * Phases, from the first page request: 500 until ERROR_MS, 429 (Retry-After: 1) until LIMIT_MS, then
 * 200. The run of 500s pauses the host for HOST_PAUSE_BASE_MS from its first ms, so the 429 phase
 * is met for LIMIT_MS - HOST_PAUSE_BASE_MS after that pause.
 */
const ERROR_MS = 900;
const LIMIT_MS = HOST_PAUSE_BASE_MS + 1700;
const RETRY_AFTER_S = 1;
/** Page requests the worker may have in flight on one host at once. */
const PER_HOST = 2;

describe('a publisher answering 500, then 429 with Retry-After, then 200', () => {
  let web: FixtureServer;
  let stack: TestStack;
  let deps: Deps;
  let startedAt = 0;
  const pageRequests: { path: string; at: number; status: number }[] = [];

  const answer = (path: string) => (req: http.IncomingMessage, res: http.ServerResponse) => {
    const now = Date.now();
    startedAt ||= now;
    const t = now - startedAt;
    const status = t < ERROR_MS ? 500 : t < LIMIT_MS ? 429 : 200;
    pageRequests.push({ path, at: now, status });
    if (status === 500) return void res.writeHead(500, { 'content-type': 'text/plain' }).end('upstream broke');
    if (status === 429)
      return void res.writeHead(429, { 'content-type': 'text/plain', 'retry-after': String(RETRY_AFTER_S) }).end('slow down');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(syntheticArticle(path));
  };

  beforeAll(async () => {
    web = await startFixtureServer();
    web.set('/feed.xml', { body: syntheticFeed(web.origin, PATHS), headers: { 'content-type': 'application/rss+xml' } });
    for (const p of PATHS) web.set(p, { handler: answer(p) });
    stack = await startStack({
      db: 'postgres',
      queue: 'bullmq',
      roles: ['work'],
      sync: true,
      feedsYaml: reliabilityFeedsYaml([web.url('/feed.xml')], web.origin + '/'),
      env: { WIREROOM_PAGE_RETRY_BASE: '0.3', WIREROOM_PER_HOST_CONCURRENCY: String(PER_HOST) },
    });
    deps = stack.deps;
  });
  afterAll(async () => {
    await stack?.close();
    await web?.close();
  });

  it('publishes no stub, keeps out of every Retry-After pause, and publishes every full text in the end', async () => {
    const feed = await deps.db.selectFrom('feeds').select('id').executeTakeFirstOrThrow();
    await fetchFeed(deps, feed.id, silentLogger());

    const stubs: unknown[] = [];
    const items = await waitFor(
      async () => {
        const rows = await deps.db.selectFrom('items').select(['id', 'status', 'content_from', 'extract_error']).execute();
        stubs.push(...rows.filter((r) => r.content_from !== 'page'));
        return rows.length === PATHS.length ? rows : undefined;
      },
      30_000,
      'every item',
    );
    expect(stubs).toEqual([]);
    expect(items.map((i) => [i.status, i.content_from, i.extract_error])).toEqual(PATHS.map(() => ['published', 'page', null]));

    // Each item went out once: published with its full text, never a stub updated later.
    const events = await deps.db.selectFrom('publish_events').select(['item_id', 'type']).execute();
    expect(events.filter((e) => e.type === 'item.published')).toHaveLength(PATHS.length);
    expect(events.filter((e) => e.type === 'item.updated')).toEqual([]);

    // The 500s were retried, the 429 window was met, and the pages came in the end.
    const by = (s: number) => pageRequests.filter((r) => r.status === s);
    expect(by(429).length).toBeGreaterThanOrEqual(1);
    expect(new Set(by(200).map((r) => r.path))).toEqual(new Set(PATHS));
    // Retry-After honoured for the host by every worker: after a 429, no request starts until the pause
    // is over. A request another slot had already sent when the 429 went out may still land inside it
    // (late under load), so at most PER_HOST - 1 of them, and none from the refused page's own retry.
    const keptOut = (refusal: { at: number; path: string }, pauseMs: number) => {
      const inside = pageRequests.filter((r) => r.at > refusal.at && r.at < refusal.at + pauseMs - 50);
      return inside.length <= PER_HOST - 1 && !inside.some((r) => r.path === refusal.path);
    };
    // A run of 500s from HOST_ERROR_RUN distinct pages paused the host for every worker.
    const errors = by(500);
    const runEnd = errors.find((_, i) => new Set(errors.slice(0, i + 1).map((r) => r.path)).size === HOST_ERROR_RUN);
    expect(runEnd).toBeDefined();
    expect(keptOut(runEnd!, HOST_PAUSE_BASE_MS)).toBe(true);
    for (const refusal of by(429)) {
      expect({
        refusalAt: refusal.at - startedAt,
        inside: keptOut(refusal, RETRY_AFTER_S * 1000),
      }).toEqual({
        refusalAt: refusal.at - startedAt,
        inside: true,
      });
    }
    // A handful of 429s (at most the per-host limit per pause window), not a stream.
    const windows = Math.ceil((LIMIT_MS - HOST_PAUSE_BASE_MS) / (RETRY_AFTER_S * 1000)) + 1;
    expect(by(429).length).toBeLessThanOrEqual(2 * windows);
  }, 40_000);
});
