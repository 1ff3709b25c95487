/**
 * The process roles. `start` runs all of them in one process (embedded default); `fetch`, `work`
 * and `serve` run one each for scale-out on Postgres + Redis.
 */
import { countUsers } from './auth/accounts-admin';
import { createSetupGate, SETUP_TTL_MS, type SetupGate } from './auth/setup-token';
import type { Deps } from './deps';
import { startDbWatch } from './db-watch';
import { fetchFeed } from './fetchers/fetch-feed';
import { startScheduler, type FeedFetchJob } from './fetchers/scheduler';
import { syncSources } from './fetchers/sync-sources';
import { buildServer } from './server';
import { startWebhooks } from './publish/webhooks/webhook-role';
import { observeArticle, recordArticle, recordFeedFetch, type Metrics } from './metrics';
import { planMetricsExposure } from './metrics/exposure';
import { startMetricsServer } from './metrics/server';
import { JobDeferred, type JobHandler, type QueueName } from './queue';
import { enqueueOrphanEntries, type EntryJob } from './workers/enqueue';
import { processEntryJob } from './workers/entry-job';
import type { ProcessedEntry } from './workers/article-job';
import { startWireChannels } from './fetchers/channels';

export type Role = 'fetch' | 'work' | 'serve';
export type Stop = () => Promise<void>;

/** Scheduler + feed-fetch workers. Syncs feeds.yaml into the database first. */
export async function startFetchRole(deps: Deps, onJobFailed?: () => void): Promise<Stop> {
  const report = await syncSources(deps);
  deps.log.info({ sources: report.sources, feeds: report.feeds, deactivated_feeds: report.deactivatedFeeds }, 'sources synced from config');
  deps.queue.process<FeedFetchJob>(
    'feed-fetch',
    timed(deps, 'feed-fetch', onJobFailed, async (job, log) => {
      const started = performance.now();
      const result = await fetchFeed(deps, job.data.feedId, log);
      if (deps.metrics) recordFeedFetch(deps.metrics, result, (performance.now() - started) / 1000);
    }),
    { concurrency: deps.settings.fetch.concurrency },
  );
  const stop = startScheduler(deps);
  const stopWire = startWireChannels(deps);
  return async () => {
    await stop();
    await stopWire();
  };
}

/** Entry workers (article and wire-entry jobs); re-enqueues entries left without an item by a crash. */
export async function startWorkRole(deps: Deps, onJobFailed?: () => void): Promise<Stop> {
  deps.queue.process<EntryJob>(
    'article-fetch',
    timed(deps, 'article-fetch', onJobFailed, async (job, log) => {
      const startedAt = deps.clock.now();
      const result = await processEntryJob(deps, job, log);
      if (result && deps.metrics) await observeStoredArticle(deps, deps.metrics, result, startedAt);
    }),
    { concurrency: deps.settings.work.concurrency },
  );
  const orphans = await enqueueOrphanEntries(deps);
  if (orphans) deps.log.info({ entries: orphans }, 're-enqueued entries that had no item yet');
  const sweep = setInterval(
    () =>
      void enqueueOrphanEntries(deps).then(
        (n) => n && deps.log.info({ entries: n }, 're-enqueued entries that had no item yet'),
        (err: unknown) => deps.log.warn({ err: String(err) }, 'orphan sweep failed; will retry'),
      ),
    ORPHAN_SWEEP_MS,
  );
  sweep.unref();
  const stopWebhooks = startWebhooks(deps);
  return async () => {
    clearInterval(sweep);
    await stopWebhooks();
  };
}

/** Entries whose jobs a Redis restart lost are re-enqueued this often without a worker restart (job ids keep it idempotent). */
const ORPHAN_SWEEP_MS = 60_000;

/** The HTTP server on settings.host:port; `onListen` gets the URL it answers on. */
export async function startServeRole(deps: Deps, onListen?: (url: string) => void): Promise<Stop> {
  const setup = createSetupGate();
  const app = await buildServer(deps, { setup });
  await app.listen({ port: deps.settings.port, host: deps.settings.host });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : deps.settings.port;
  const url = serveUrl(deps.settings.host, port);
  deps.log.info({ url, host: deps.settings.host }, 'serving the portal API');
  await offerSetup(deps, setup, url);
  onListen?.(url);
  return () => app.close();
}

/** While no account exists, arms the one-time setup link and prints it (a fresh installation's way to its first operator). */
async function offerSetup(deps: Deps, setup: SetupGate, url: string): Promise<void> {
  if ((await countUsers(deps.db)) > 0) return;
  const token = setup.arm(deps.clock.now());
  const setupUrl = `${url}/editor/setup?token=${token}`;
  deps.log.info(
    { setup_url: setupUrl, expires_in_s: SETUP_TTL_MS / 1000 },
    `no account yet: open ${setupUrl} in a browser on this machine within 1 h to create the first operator (the link works once)`,
  );
}

/** A URL a local client can open for a bound address: wildcard binds are reached on localhost, IPv6 in brackets. */
export function serveUrl(host: string, port: number): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return `http://localhost:${port}`;
  return host.includes(':') ? `http://[${host}]:${port}` : `http://${host}:${port}`;
}

/** Wraps a job handler to record its run time per queue, done or failed, and log it at debug (the error is rethrown). */
function timed<T>(deps: Deps, queue: QueueName, onFailed: (() => void) | undefined, handler: JobHandler<T>): JobHandler<T> {
  return async (job, log) => {
    const started = performance.now();
    const finish = (result: 'done' | 'failed') => {
      const seconds = (performance.now() - started) / 1000;
      deps.metrics?.jobDuration.observe({ queue, result }, seconds);
      log.debug({ result, duration_ms: Math.round(seconds * 1000) }, 'job finished');
    };
    try {
      await handler(job, log);
      finish('done');
    } catch (err) {
      finish('failed');
      if (!(err instanceof JobDeferred)) onFailed?.();
      throw err;
    }
  };
}

/**
 * Counts extraction, failures, publication and source-to-portal latency from the stored item's
 * columns: those the store returned (a new story), else read back; never fails the job.
 */
async function observeStoredArticle(deps: Deps, metrics: Metrics, stored: ProcessedEntry, startedAt: Date): Promise<void> {
  const itemId = stored.itemId;
  try {
    const row =
      stored.columns ??
      (await deps.db
        .selectFrom('items')
        .select(['status', 'content_from', 'extract_error', 'published_at', 'published_on'])
        .where('id', '=', itemId)
        .executeTakeFirst());
    if (row) recordArticle(metrics, observeArticle(row, startedAt));
  } catch (err) {
    deps.log.warn({ err: String(err), item_id: itemId }, 'article metrics not recorded');
  }
}

/** Starts the given roles in this process; returns one function that stops them all (roles started before a failure are stopped). */
export async function startRoles(deps: Deps, roles: readonly Role[], onListen?: (url: string) => void): Promise<Stop> {
  const stops: Stop[] = [];
  const stopAll = async () => {
    for (const s of stops.reverse()) await s();
  };
  try {
    await startEach(deps, roles, stops, onListen);
  } catch (err) {
    await stopAll().catch(() => undefined);
    throw err;
  }
  return stopAll;
}

async function startEach(deps: Deps, roles: readonly Role[], stops: Stop[], onListen?: (url: string) => void): Promise<void> {
  // Workers pause while the database is down; a failing job makes the watch look at once.
  const watch = roles.includes('fetch') || roles.includes('work') ? startDbWatch(deps) : undefined;
  if (watch) stops.push(watch.stop);
  for (const role of roles) {
    if (role === 'serve') stops.push(await startServeRole(deps, onListen));
    if (role === 'fetch') stops.push(await startFetchRole(deps, watch?.nudge));
    if (role === 'work') stops.push(await startWorkRole(deps, watch?.nudge));
  }
  const { host, ops } = deps.settings;
  const metricsPort = planMetricsExposure({
    host,
    token: ops.metricsToken,
    port: ops.metricsPort,
    serves: roles.includes('serve'),
  }).separatePort;
  if (deps.metrics && metricsPort !== null) {
    const server = await startMetricsServer(deps.metrics, {
      port: metricsPort,
      host: deps.settings.host,
      token: deps.settings.ops.metricsToken,
      log: deps.log,
    });
    stops.push(server.close);
  }
}
