/**
 * Deps: everything a shell function needs, built once at start-up and passed down as the first
 * argument. Postgres or embedded PGlite; BullMQ or the in-process queue.
 */
import type { Kysely } from 'kysely';
import { openDatabase, type DbKind } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import type { Database } from '../db/schema';
import { systemClock, type Clock } from './clock';
import { createHttpClient, type HttpClient } from './http/client';
import type { Resolver } from './http/address-guard';
import { hostLimiterFor } from './http/redis-host-limiter';
import type { Logger } from './log';
import { createDepsMetrics, type Metrics } from './metrics';
import { openQueue, type JobQueue } from './queue';
import type { Settings } from './settings';
import { createArticleToolsSlot, type ArticleToolsSlot } from './workers/article-tools';

export interface Deps {
  settings: Settings;
  db: Kysely<Database>;
  dbKind: DbKind;
  dbLocation: string;
  queue: JobQueue;
  http: HttpClient;
  log: Logger;
  clock: Clock;
  /** Random numbers in [0, 1) (jitter), replaceable in tests. */
  random: () => number;
  /** Prometheus metrics of this process (see src/metrics); absent in hand-built test Deps. */
  metrics?: Metrics;
  /** The article job's robots.txt cache and extraction threads, built on first use; closed by closeDeps. */
  articleTools: ArticleToolsSlot;
  /** Closes the database connection (or the embedded instance and its lock); closeDeps calls it last. */
  closeDatabase: () => Promise<void>;
}

export interface BuildOptions {
  log: Logger;
  clock?: Clock;
  resolver?: Resolver;
  /** Run migrations before returning (start, migrate); other roles expect them done. */
  migrate?: boolean;
}

/** Opens the database and the queue the settings name; closes what it opened if a later step fails. */
export async function buildDeps(settings: Settings, opts: BuildOptions): Promise<Deps> {
  const handle = await openDatabase(settings);
  try {
    if (opts.migrate) {
      const applied = await migrateToLatest(handle.db as Kysely<unknown>);
      if (applied.length) opts.log.info({ migrations: applied }, 'migrations applied');
    }
    const queue = await openQueue(settings, opts.log);
    const http = createHttpClient({
      userAgent: settings.userAgent,
      allowPrivateNetworks: settings.allowPrivateNetworks,
      ...settings.http,
      resolver: opts.resolver,
      limiter: hostLimiterFor(settings),
    });
    const clock = opts.clock ?? systemClock;
    const articleTools = createArticleToolsSlot(http, clock, settings.work.concurrency);
    const deps: Deps = {
      settings,
      db: handle.db,
      dbKind: handle.kind,
      dbLocation: handle.location,
      queue,
      http,
      log: opts.log,
      clock,
      random: Math.random,
      articleTools,
      closeDatabase: handle.close,
    };
    deps.metrics = createDepsMetrics(deps);
    return deps;
  } catch (err) {
    await handle.close();
    throw err;
  }
}

/** Drains the queue (up to `graceMs`), then closes the extraction threads the drained jobs used, HTTP and the database. */
export async function closeDeps(deps: Deps, graceMs = 10_000): Promise<void> {
  await deps.queue.close(graceMs).catch((err: unknown) => deps.log.warn({ err }, 'queue close failed'));
  await deps.articleTools.close().catch((err: unknown) => deps.log.warn({ err }, 'closing extraction threads failed'));
  await deps.http.close().catch(() => undefined);
  await deps.closeDatabase();
}
