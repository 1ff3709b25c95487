/**
 * Sweeps and outages (issue 17, point 4), on Postgres behind a TCP proxy the test can cut, with
 * BullMQ and with the in-process queue: the orphan sweep, racing a job that completes after its
 * snapshot, does not fetch the page again; while the database is unreachable the work role's
 * workers pause (a handful of failed attempts, not one per job) and resume when it is back.
 */
import type { Deps } from '../../src/deps';
import { buildDeps, closeDeps } from '../../src/deps';
import { fetchFeed } from '../../src/fetchers/fetch-feed';
import { syncSources } from '../../src/fetchers/sync-sources';
import { createLogger, silentLogger } from '../../src/log';
import { startRoles } from '../../src/roles';
import { buildSettings } from '../../src/settings';
import { findOrphanEntries, requeueOrphans } from '../../src/workers/enqueue';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { reliabilityFeedsYaml, startTcpProxy, syntheticArticle, syntheticFeed, type TcpProxy } from '../support/processes';
import { createPostgresDatabase, testQueuePrefix } from '../support/test-db';
import { TEST_REDIS_URL, waitFor } from '../support/test-deps';

/** The page answers slowly enough for the sweep to take its snapshot while the job is in flight. */
const SLOW_MS = 700;
/** How long the database stays cut, with jobs arriving all along. */
const OUTAGE_MS = 3000;
/** Jobs added every ADD_EVERY_MS during the test: up to ~100 a second, each needing the database. */
const ADD_BATCH = 5;
const ADD_EVERY_MS = 50;
/** Connections in the Postgres pool (db/connect.ts): each dead one fails the first query put on it after the outage. */
const POOL_CLIENTS = 10;
/**
 * A handful, not one per job (about 300 arrive during the outage): the jobs in flight when the cut came (up to the work
 * concurrency) and the first query on each of the pool's dead clients after it; the probe pauses the workers at the first
 * failure, so few others start. The bound was 20: at load 8 a run counted 24.
 */
const maxFailedAttempts = (deps: Deps) => deps.settings.work.concurrency + POOL_CLIENTS;

interface LogLine {
  msg?: string;
  result?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(['bullmq', 'memory'] as const)('outages on postgres + %s', (queueKind) => {
  let pg: { url: string; drop: () => Promise<void> };
  let proxy: TcpProxy;
  let web: FixtureServer;
  let deps: Deps;
  let stop: () => Promise<void>;
  const lines: LogLine[] = [];

  beforeAll(async () => {
    web = await startFixtureServer();
    web.set('/feed.xml', { body: syntheticFeed(web.origin, ['/news/slow']), headers: { 'content-type': 'application/rss+xml' } });
    web.set('/news/slow', { body: syntheticArticle('/news/slow'), headers: { 'content-type': 'text/html' }, delayMs: SLOW_MS });
    pg = await createPostgresDatabase();
    proxy = await startTcpProxy(Number(new URL(pg.url).port || 5432));
    const url = new URL(pg.url);
    url.port = String(proxy.port);
    const env: Record<string, string> = {
      DATABASE_URL: url.href,
      WIREROOM_ALLOW_PRIVATE_NETWORKS: '1',
      WIREROOM_DATA_DIR: ':memory:',
      WIREROOM_QUEUE_PREFIX: testQueuePrefix(),
      WIREROOM_FEEDS: 'test-feeds.yaml',
      ...(queueKind === 'bullmq' ? { REDIS_URL: TEST_REDIS_URL } : {}),
    };
    const settings = buildSettings(env, () => reliabilityFeedsYaml([web.url('/feed.xml')], web.origin + '/'));
    const log = createLogger('debug', false, { write: (s: string) => void lines.push(JSON.parse(s) as LogLine) });
    deps = await buildDeps(settings, { log, migrate: true });
    await syncSources(deps);
    stop = await startRoles(deps, ['work']);
  });
  afterAll(async () => {
    proxy?.restore();
    await stop?.();
    if (deps) await closeDeps(deps, 1000);
    await proxy?.close();
    await pg?.drop();
    await web?.close();
  });

  it('does not fetch a page again when a sweep races the job that completes it', async () => {
    const feed = await deps.db.selectFrom('feeds').select('id').executeTakeFirstOrThrow();
    await fetchFeed(deps, feed.id, silentLogger());
    await waitFor(async () => (web.hits('/news/slow') === 1 ? true : undefined), 10_000, 'the page request');
    const snapshot = await findOrphanEntries(deps.db); // taken while the job is in flight
    expect(snapshot).toHaveLength(1);
    const entry = snapshot[0]!;
    await waitFor(
      async () => deps.db.selectFrom('items').select('id').where('entry_id', '=', entry.id).executeTakeFirst(),
      15_000,
      'the item',
    );
    expect(await requeueOrphans(deps, snapshot)).toBe(0);
    // Check before add on its own: the completed job id is not added again either.
    const again = await deps.queue.add(
      'article-fetch',
      { kind: 'article', entryId: entry.id, version: entry.version },
      { jobId: `article-${entry.id}-v${entry.version}`, skipIfCompleted: true },
    );
    expect(again).toBe(false);
    await sleep(500);
    expect(web.hits('/news/slow')).toBe(1);
  }, 30_000);

  it('pauses the workers while the database is down and resumes them when it is back', async () => {
    let next = 1_000_000; // entry ids that do not exist: each job reads the database, finds nothing, is done
    let added = 0;
    let adding = true;
    const feeder = (async () => {
      while (adding) {
        for (let i = 0; i < ADD_BATCH; i++) {
          await deps.queue.add('article-fetch', { kind: 'article', entryId: next++, version: 1 }, { jobId: `outage-${next}` });
          added++;
        }
        await sleep(ADD_EVERY_MS);
      }
    })();
    const finished = (result: string) => lines.filter((l) => l.msg === 'job finished' && l.result === result).length;
    await waitFor(async () => (finished('done') >= 20 ? true : undefined), 10_000, 'jobs running before the outage');

    const failedBefore = finished('failed');
    const addedAtCut = added;
    proxy.cut();
    await waitFor(async () => (lines.some((l) => l.msg?.startsWith('database unreachable')) ? true : undefined), 10_000, 'the pause');
    const doneAtPause = finished('done');
    await sleep(OUTAGE_MS);
    expect(finished('done')).toBe(doneAtPause); // nothing is taken while paused
    const addedInOutage = added - addedAtCut;
    proxy.restore();
    await waitFor(async () => (lines.some((l) => l.msg?.startsWith('database answers again')) ? true : undefined), 10_000, 'the resume');
    adding = false;
    await feeder;

    await waitFor(
      async () => {
        const c = await deps.queue.counts('article-fetch');
        return c.waiting + c.active + c.delayed === 0 ? true : undefined;
      },
      30_000,
      'the queue drained after the outage',
    );
    const failed = finished('failed') - failedBefore;
    // Jobs kept coming while the database was down (Redis took them). Counted over the outage itself, not against the
    // feeder's full rate: on a loaded machine each add is slower, and a rate-based count failed there (125 of 150).
    expect(addedInOutage).toBeGreaterThanOrEqual(2 * ADD_BATCH);
    expect(failed).toBeLessThanOrEqual(maxFailedAttempts(deps));
    expect(finished('done')).toBeGreaterThanOrEqual(added);
  }, 60_000);
});
