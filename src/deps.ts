/**
 * Deps: everything a shell function needs, built once at start-up and passed down as the first
 * argument. Postgres or embedded PGlite; BullMQ or the in-process queue.
 */
import type { Kysely } from 'kysely';
import { openDatabase, type DbKind } from '../db/connect';
import { migrateToLatest, pendingMessage, pendingMigrations } from '../db/migrate';
import type { Database } from '../db/schema';
import { UserError } from './errors';
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
  /** Run migrations before returning (embedded start, WIREROOM_AUTO_MIGRATE=1); other roles expect them done. */
  migrate?: boolean;
  /** Refuse (UserError, exit 2) when migrations are pending, instead of failing later on a missing table. */
  requireCurrentSchema?: boolean;
  /** Embedded database only: a PGlite dump a new database starts from (db/connect.ts `PgliteOptions`). */
  pgliteSeed?: Blob;
}

/**
 * Opens the queue and the database the settings name; closes what it opened if a later step fails. The queue comes
 * first: an unreachable Redis is reported within its connect timeout, before an embedded database is created or migrated.
 */
export async function buildDeps(settings: Settings, opts: BuildOptions): Promise<Deps> {
  const queue = await openQueue(settings, opts.log);
  let handle: Awaited<ReturnType<typeof openDatabase>> | undefined;
  try {
    handle = await openDatabase(settings, { seed: opts.pgliteSeed });
    await prepareSchema(handle.db as Kysely<unknown>, handle.location, opts);
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
    await handle?.close();
    await queue.close(0).catch(() => undefined);
    throw err;
  }
}

/** Migrates, or checks that nothing is pending, as the options ask; throws UserError naming the missing migrations. */
async function prepareSchema(db: Kysely<unknown>, location: string, opts: BuildOptions): Promise<void> {
  if (opts.migrate) {
    const applied = await migrateToLatest(db);
    if (applied.length) opts.log.info({ migrations: applied }, 'migrations applied');
    return;
  }
  if (!opts.requireCurrentSchema) return;
  const pending = await pendingMigrations(db);
  if (pending.length) throw new UserError(pendingMessage(location, pending), 2);
}

/** Drains the queue (up to `graceMs`), then closes the extraction threads the drained jobs used, HTTP and the database. */
export async function closeDeps(deps: Deps, graceMs = 10_000): Promise<void> {
  await deps.queue.close(graceMs).catch((err: unknown) => deps.log.warn({ err }, 'queue close failed'));
  await deps.articleTools.close().catch((err: unknown) => deps.log.warn({ err }, 'closing extraction threads failed'));
  await deps.http.close().catch(() => undefined);
  await deps.closeDatabase();
}
