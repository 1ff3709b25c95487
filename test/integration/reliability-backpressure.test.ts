/**
 * Back-pressure and recovery: the fetch and work roles run against Postgres and Redis through TCP
 * proxies that the test cuts and restores (the shared servers stay up). While Postgres is
 * unreachable the scheduler's ticks fail and nothing is enqueued; while Redis is unreachable
 * nothing is fetched and ticks do not stack; when each comes back every due feed is fetched once,
 * with no duplicate items, without a restart.
 */
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { buildDeps, closeDeps, type Deps } from '../../src/deps';
import { createLogger } from '../../src/log';
import { startRoles, type Stop } from '../../src/roles';
import { buildSettings } from '../../src/settings';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { reliabilityFeedsYaml, startTcpProxy, syntheticArticle, syntheticFeed, type TcpProxy } from '../support/processes';
import { createPostgresDatabase, testQueuePrefix } from '../support/test-db';
import { TEST_REDIS_URL, waitFor } from '../support/test-deps';

const FEEDS = 6;
/** How long each outage lasts: several scheduler ticks (1 s). */
const OUTAGE_MS = 3500;
const DAY_MS = 86_400_000;
/** Recovery and test deadlines, generous for a machine shared with other test runs. */
const RECOVERY_MS = 30_000;
const TEST_MS = 60_000;

describe('back-pressure while Postgres or Redis is down', () => {
  let web: FixtureServer;
  let pg: { url: string; drop: () => Promise<void> };
  let pgProxy: TcpProxy;
  let redisProxy: TcpProxy;
  let deps: Deps;
  let stop: Stop;
  let offsetMs = 0;
  const logs: { msg: string; level: number }[] = [];
  const feedPath = (i: number) => `/feed-${i}.xml`;

  beforeAll(async () => {
    web = await startFixtureServer();
    for (let i = 0; i < FEEDS; i++) {
      web.set(feedPath(i), { body: syntheticFeed(web.origin, [`/bp/story-${i}`]), headers: { 'content-type': 'application/rss+xml' } });
      web.set(`/bp/story-${i}`, { body: syntheticArticle(`/bp/story-${i}`), headers: { 'content-type': 'text/html; charset=utf-8' } });
    }
    pg = await createPostgresDatabase();
    pgProxy = await startTcpProxy(Number(new URL(pg.url).port || 5432));
    redisProxy = await startTcpProxy(Number(new URL(TEST_REDIS_URL).port || 6379));
    const dbUrl = new URL(pg.url);
    dbUrl.port = String(pgProxy.port);
    const env = {
      DATABASE_URL: dbUrl.href,
      REDIS_URL: `redis://127.0.0.1:${redisProxy.port}`,
      WIREROOM_QUEUE_PREFIX: testQueuePrefix(),
      WIREROOM_ALLOW_PRIVATE_NETWORKS: '1',
      WIREROOM_SCHEDULER_TICK: '1s',
      WIREROOM_FEEDS: 'reliability.yaml',
    };
    const yaml = reliabilityFeedsYaml(
      Array.from({ length: FEEDS }, (_, i) => web.url(feedPath(i))),
      web.origin + '/',
    );
    const sink = new Writable({
      write: (chunk: Buffer, _e, cb) =>
        void (
          logs.push(
            ...chunk
              .toString()
              .split('\n')
              .filter(Boolean)
              .map((l) => JSON.parse(l) as { msg: string; level: number }),
          ),
          cb()
        ),
    });
    const clock = { now: () => new Date(Date.now() + offsetMs) };
    deps = await buildDeps(
      buildSettings(env, () => yaml),
      { log: createLogger('info', false, sink), clock, migrate: true },
    );
    stop = await startRoles(deps, ['fetch', 'work']);
  });
  afterAll(async () => {
    await stop?.();
    pgProxy?.restore();
    redisProxy?.restore();
    if (deps) await closeDeps(deps, 2000);
    await pgProxy?.close();
    await redisProxy?.close();
    await web?.close();
    await pg?.drop();
  });

  const feedHits = () => Array.from({ length: FEEDS }, (_, i) => web.hits(feedPath(i)));
  /**
   * Every feed requested `n` times and every fetch job finished. A hit is counted when the request
   * arrives; the job writes the feed's next due time after that. Moving the test clock between the two
   * would schedule that feed a day later than the others and the next phase would wait for it in vain.
   */
  const allFetched = (n: number) => async () => {
    if (!feedHits().every((h) => h === n)) return undefined;
    const c = await deps.queue.counts('feed-fetch');
    return c.waiting + c.active + c.delayed === 0 ? true : undefined;
  };
  const itemCount = async () => (await sql<{ n: number }>`select count(*)::int as n from items`.execute(deps.db)).rows[0]?.n;
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it(
    'ingests every feed while both are up',
    async () => {
      await waitFor(allFetched(1), RECOVERY_MS, 'first fetch of every feed');
      await waitFor(async () => ((await itemCount()) === FEEDS ? true : undefined), RECOVERY_MS, 'every item stored');
    },
    TEST_MS,
  );

  it(
    'pauses while Postgres is down (failed ticks, nothing enqueued) and catches up once it is back',
    async () => {
      pgProxy.cut();
      const failedBefore = logs.filter((l) => l.msg.startsWith('scheduler tick failed')).length;
      offsetMs += DAY_MS; // every feed is due again
      await pause(OUTAGE_MS);
      expect(logs.filter((l) => l.msg.startsWith('scheduler tick failed')).length).toBeGreaterThan(failedBefore);
      expect(feedHits()).toEqual(Array(FEEDS).fill(1));
      const c = await deps.queue.counts('feed-fetch');
      expect(c.waiting + c.delayed + c.active).toBe(0);

      pgProxy.restore();
      await waitFor(allFetched(2), RECOVERY_MS, 'every feed fetched again after Postgres returned');
    },
    TEST_MS,
  );

  it(
    'pauses while Redis is down (no fetches, ticks not stacked) and catches up once it is back',
    async () => {
      redisProxy.cut();
      offsetMs += DAY_MS;
      const heapBefore = process.memoryUsage().heapUsed;
      await pause(OUTAGE_MS);
      expect(feedHits()).toEqual(Array(FEEDS).fill(2));
      // Bounded: one blocked tick holds at most one batch; nothing grows per tick.
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);

      redisProxy.restore();
      await waitFor(allFetched(3), RECOVERY_MS, 'every feed fetched again after Redis returned');
      await pause(2000); // a doubled slot would show as a fourth fetch
      expect(feedHits()).toEqual(Array(FEEDS).fill(3));
      expect(await itemCount()).toBe(FEEDS);
      const c = await deps.queue.counts('feed-fetch');
      expect(c.waiting + c.delayed).toBe(0);
    },
    TEST_MS,
  );
});
