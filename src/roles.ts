/**
 * The process roles. `start` runs all of them in one process (embedded default); `fetch`, `work`
 * and `serve` run one each for scale-out on Postgres + Redis.
 */
import type { Deps } from './deps';
import { fetchFeed } from './fetchers/fetch-feed';
import { startScheduler, type FeedFetchJob } from './fetchers/scheduler';
import { syncSources } from './fetchers/sync-sources';
import { buildServer } from './publish/server';
import { processArticle } from './workers/article-job';
import { enqueueOrphanEntries, type ArticleJob } from './workers/enqueue';

export type Role = 'fetch' | 'work' | 'serve';
export type Stop = () => Promise<void>;

/** Scheduler + feed-fetch workers. Syncs feeds.yaml into the database first. */
export async function startFetchRole(deps: Deps): Promise<Stop> {
  const report = await syncSources(deps);
  deps.log.info({ sources: report.sources, feeds: report.feeds, deactivated_feeds: report.deactivatedFeeds }, 'sources synced from config');
  deps.queue.process<FeedFetchJob>('feed-fetch', async (job, log) => {
    await fetchFeed(deps, job.data.feedId, log);
  }, { concurrency: deps.settings.fetch.concurrency });
  const stop = startScheduler(deps);
  return async () => stop();
}

/** Article workers; re-enqueues entries left without an item by a crash. */
export async function startWorkRole(deps: Deps): Promise<Stop> {
  deps.queue.process<ArticleJob>('article-fetch', async (job, log) => {
    await processArticle(deps, job, log);
  }, { concurrency: deps.settings.work.concurrency });
  const orphans = await enqueueOrphanEntries(deps);
  if (orphans) deps.log.info({ entries: orphans }, 're-enqueued entries that had no item yet');
  return async () => undefined;
}

/** The HTTP server on settings.host:port. */
export async function startServeRole(deps: Deps): Promise<Stop> {
  const app = await buildServer(deps);
  await app.listen({ port: deps.settings.port, host: deps.settings.host });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : deps.settings.port;
  deps.log.info({ url: `http://localhost:${port}` }, 'serving the portal API');
  return () => app.close();
}

/** Starts the given roles in this process; returns one function that stops them all. */
export async function startRoles(deps: Deps, roles: readonly Role[]): Promise<Stop> {
  const stops: Stop[] = [];
  for (const role of roles) {
    if (role === 'serve') stops.push(await startServeRole(deps));
    if (role === 'fetch') stops.push(await startFetchRole(deps));
    if (role === 'work') stops.push(await startWorkRole(deps));
  }
  return async () => {
    for (const s of stops.reverse()) await s();
  };
}
