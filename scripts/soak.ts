/**
 * `npm run soak [-- --faults] [--entries N]`: production mode (1 fetch, W work, 1 serve process) on
 * the soak's OWN Postgres cluster and Redis server (temporary directory, free ports; the machine's
 * shared services are never touched) against a local web of N feeds × M unique articles that grow
 * over the run, with a webhook receiver. `--faults` adds, while entries arrive: kill -9 of a worker,
 * a window of 500s then of 429 + Retry-After on article pages, Redis killed and restarted (queue
 * lost), Postgres restarted fast then immediate (crash recovery), SIGTERM of every process and a
 * restart, and pages that hang on their first request. One JSON report on stdout: entries,
 * published, published twice, lost, webhook events missed/duplicated (received and paged),
 * page requests per article, stubs published while a page was only failing for a while, and per
 * fault its duration and recovery times. Progress goes to stderr.
 * Flags: --entries N (default 1000) --feeds N (10) --workers N (2) --spread S (seconds the feeds
 * take to grow; 45, or 150 with --faults) --timeout S (1200) --faults.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { Kysely } from 'kysely';
import { openPostgres } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import type { Database } from '../db/schema';
import { killAllWireroom, makeTempDir } from '../test/support/processes';
import { ensureBuilt, startOwnPostgres, startOwnRedis, type OwnPostgres, type OwnRedis } from './lib/soak-services';
import { startSoakWeb, type SoakWeb } from './lib/soak-web';
import { SOAK_SECRET_ENV, soakFeedsYaml, startRoleSet, writeLogTail, type RoleSet } from './lib/soak-roles';
import {
  articlesPublishedTwice,
  compareIds,
  countDb,
  eventFacts,
  pageEvents,
  pageRequestFigures,
  publishedStubPaths,
  startWebhookReceiver,
  type WebhookReceiver,
} from './lib/soak-report';

interface Options {
  entries: number;
  feeds: number;
  workers: number;
  spreadS: number;
  timeoutS: number;
  faults: boolean;
}

/** Each page-failure window lasts this long (the 20 s of 500 then 60 s of 429, shortened to fit a run of minutes). */
const WINDOW_MS = 15_000;
/** What the 429 window asks for. */
const RETRY_AFTER_S = 10;
/** With --faults, one article in this many hangs on its first request. */
const HANG_EVERY = 50;
/** A fault starts at least this long after the previous one ended (a slow restart does not bunch the rest together). */
const MIN_GAP_MS = 10_000;
/** A recovery tracker gives up after this long. */
const RECOVERY_TIMEOUT_MS = 300_000;

type FaultKind = 'kill-worker' | 'page-errors' | 'redis-restart' | 'postgres-fast' | 'postgres-immediate' | 'sigterm-all';
/** When each fault starts, as a share of the time the feeds take to grow. */
const FAULT_PLAN: [number, FaultKind][] = [
  [0.12, 'kill-worker'],
  [0.22, 'page-errors'],
  [0.5, 'redis-restart'],
  [0.62, 'postgres-fast'],
  [0.74, 'postgres-immediate'],
  [0.86, 'sigterm-all'],
];

const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function parseOptions(args: string[]): Options {
  const flag = (name: string, dflt: number) => {
    const i = args.indexOf(`--${name}`);
    if (i < 0) return dflt;
    const v = Number(args[i + 1]);
    if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} needs a positive number, e.g. --${name} ${dflt}`);
    return v;
  };
  const faults = args.includes('--faults');
  return {
    entries: flag('entries', 1000),
    feeds: flag('feeds', 10),
    workers: flag('workers', 2),
    spreadS: flag('spread', faults ? 150 : 45),
    timeoutS: flag('timeout', 1200),
    faults,
  };
}

interface Services {
  pg: OwnPostgres;
  redis: OwnRedis;
  db: Kysely<Database>;
  closeDb: () => Promise<void>;
}

/** Own cluster and Redis, a migrated `wireroom` database, and the soak's monitoring connection. */
async function startServices(dir: string): Promise<Services> {
  const pg = await startOwnPostgres(dir);
  const redis = await startOwnRedis(dir);
  const admin = new Client({ connectionString: pg.url('postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE wireroom');
  await admin.end();
  const h = await openPostgres(pg.url('wireroom'), { max: 3 });
  await migrateToLatest(h.db as Kysely<unknown>);
  return { pg, redis, db: h.db, closeDb: h.close };
}

/** From the end of a fault: ms until a new item is stored, and until the backlog is back to `backlogBefore`. */
async function trackRecovery(
  db: Kysely<Database>,
  backlogBefore: number,
): Promise<{ resumed_ms: number | null; caught_up_ms: number | null }> {
  const t0 = performance.now();
  const start = await countDb(db).catch(() => null);
  let resumed: number | null = null;
  while (performance.now() - t0 < RECOVERY_TIMEOUT_MS) {
    const c = await countDb(db).catch(() => null);
    const ms = Math.round(performance.now() - t0);
    if (c && resumed === null && (!start || c.items > start.items)) resumed = ms;
    if (c && resumed !== null && c.entriesWithoutItem <= Math.max(backlogBefore, 20)) return { resumed_ms: resumed, caught_up_ms: ms };
    await sleep(250);
  }
  return { resumed_ms: resumed, caught_up_ms: null };
}

interface FaultContext {
  web: SoakWeb;
  svc: Services;
  roles: RoleSet;
}

/** Carries out one fault; returns what it measured (durations in ms). */
async function injectFault(kind: FaultKind, ctx: FaultContext): Promise<Record<string, unknown>> {
  const t0 = performance.now();
  const ms = () => Math.round(performance.now() - t0);
  switch (kind) {
    case 'kill-worker':
      await ctx.roles.killWorker();
      return { replacement_started_ms: ms() };
    case 'page-errors':
      ctx.web.setFailure({ status: 500 });
      await sleep(WINDOW_MS);
      ctx.web.setFailure({ status: 429, retryAfterS: RETRY_AFTER_S });
      await sleep(WINDOW_MS);
      ctx.web.setFailure(null);
      return { window_500_ms: WINDOW_MS, window_429_ms: WINDOW_MS, retry_after_s: RETRY_AFTER_S };
    case 'redis-restart':
      return { down_ms: await ctx.svc.redis.restart() };
    case 'postgres-fast':
      return { down_ms: await ctx.svc.pg.restart('fast') };
    case 'postgres-immediate':
      return { down_ms: await ctx.svc.pg.restart('immediate') };
    case 'sigterm-all': {
      const codes = await ctx.roles.restartAll();
      return { exit_codes: codes, restarted_ms: ms() };
    }
  }
}

/** Runs FAULT_PLAN against the growing feeds; recovery trackers run on while the next faults happen (await `trackers` for their figures). */
async function runFaults(
  ctx: FaultContext,
  spreadMs: number,
  openedAt: number,
): Promise<{ results: Record<string, unknown>[]; trackers: Promise<unknown> }> {
  const results: Record<string, unknown>[] = [];
  const trackers: Promise<void>[] = [];
  let lastEnd = 0;
  for (const [share, kind] of FAULT_PLAN) {
    const wait = Math.max(openedAt + share * spreadMs, lastEnd + MIN_GAP_MS) - Date.now();
    if (wait > 0) await sleep(wait);
    const before = await countDb(ctx.svc.db).catch(() => null);
    log(`fault ${kind} at ${before?.items ?? '?'} items`);
    const result: Record<string, unknown> = { fault: kind, at_items: before?.items ?? null, ...(await injectFault(kind, ctx)) };
    results.push(result);
    lastEnd = Date.now();
    trackers.push(trackRecovery(ctx.svc.db, before?.entriesWithoutItem ?? 0).then((r) => void Object.assign(result, r)));
  }
  return { results, trackers: Promise.all(trackers) };
}

/** Waits until every article has an item and every webhook delivery went out (or the timeout). */
async function waitForDrain(svc: Services, web: SoakWeb, want: number, deadline: number): Promise<boolean> {
  let lastLog = 0;
  let stable = 0;
  while (Date.now() < deadline) {
    const c = await countDb(svc.db).catch(() => null);
    const done = c !== null && web.complete() && c.entries >= want && c.entriesWithoutItem === 0 && c.pendingDeliveries === 0;
    stable = done ? stable + 1 : 0;
    if (stable >= 3) return true;
    if (Date.now() - lastLog > 5000 && c) {
      lastLog = Date.now();
      log(`${c.items}/${want} items, ${c.published} published, ${c.entriesWithoutItem} waiting, ${c.pendingDeliveries} deliveries pending`);
    }
    await sleep(1000);
  }
  return false;
}

/** The final figures. */
async function report(
  svc: Services,
  web: SoakWeb,
  receiver: WebhookReceiver,
  roles: RoleSet,
  want: number,
): Promise<Record<string, unknown>> {
  const c = await countDb(svc.db);
  const events = await eventFacts(svc.db);
  const paged = await pageEvents(roles.serveUrl());
  const stubs = await publishedStubPaths(svc.db);
  const pages = pageRequestFigures(web.pageHits, want);
  const pushed = compareIds(events.ids, receiver.received);
  const listed = compareIds(events.ids, paged);
  return {
    entries: want,
    entries_stored: c.entries,
    items: c.items,
    published: c.published,
    statuses: c.statuses,
    published_twice: c.publishedTwice,
    articles_published_as_two_items: await articlesPublishedTwice(svc.db),
    lost: want - (c.entries - c.entriesWithoutItem),
    not_published: c.items - c.published,
    webhook_events: events.ids.length,
    webhook_missed: pushed.missed,
    webhook_duplicated: pushed.duplicated,
    events_feed_missed: listed.missed,
    events_feed_duplicated: listed.duplicated,
    published_without_event: events.publishedWithoutEvent,
    page_requests: pages.requests,
    page_requests_per_article: pages.perArticle,
    max_requests_one_article: pages.max,
    max_page_requests_in_flight_per_host: web.maxInFlightPerHost(),
    page_error_answers: Object.fromEntries(web.failureAnswers),
    stubs_published: stubs.length,
    stubs_published_while_temporarily_failing: stubs.filter((p) => web.temporarilyFailed.has(p)).length,
    pages_temporarily_failed: web.temporarilyFailed.size,
  };
}

/** Runs the soak and prints one JSON report on stdout. */
export async function main(args: string[]): Promise<void> {
  const o = parseOptions(args);
  const perFeed = Math.ceil(o.entries / o.feeds);
  const want = perFeed * o.feeds;
  const tmp = makeTempDir('wr-soak');
  const cleanups: (() => Promise<unknown>)[] = [async () => tmp.remove()];
  const cleanup = async () => {
    await killAllWireroom();
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  // node-postgres emits an unhandled 'error' on an idle client when Postgres restarts; the soak's
  // monitoring connection must survive that (the next poll reconnects).
  process.on('uncaughtException', (err) => {
    if (/Connection terminated|ECONNRESET|terminating connection|shutting down/.test(err.message))
      return void log(`(soak monitor: ${err.message})`);
    throw err;
  });
  const started = performance.now();
  let roles: RoleSet | undefined;
  try {
    ensureBuilt(log);
    const svc = await startServices(tmp.dir);
    cleanups.push(svc.pg.stop, svc.redis.stop, svc.closeDb);
    log(`own Postgres on port ${svc.pg.port}, own Redis on port ${svc.redis.port} (in ${tmp.dir})`);
    const web = await startSoakWeb({ feeds: o.feeds, perFeed, spreadMs: o.spreadS * 1000, hangEvery: o.faults ? HANG_EVERY : 0 });
    const receiver = await startWebhookReceiver();
    cleanups.push(web.close, receiver.close);
    const feedsFile = path.join(tmp.dir, 'feeds.yaml');
    fs.writeFileSync(feedsFile, soakFeedsYaml(web.feedUrls, receiver.url));
    const env = {
      DATABASE_URL: svc.pg.url('wireroom'),
      REDIS_URL: svc.redis.url,
      WIREROOM_QUEUE_PREFIX: 'soak',
      WIREROOM_FEEDS: feedsFile,
      WIREROOM_ALLOW_PRIVATE_NETWORKS: '1',
      WIREROOM_SCHEDULER_TICK: '1s',
      WIREROOM_LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: '0',
      [SOAK_SECRET_ENV]: 'soak-secret',
    };
    roles = await startRoleSet(env, o.workers);
    log(`roles up: 1 fetch, ${o.workers} work, 1 serve; ${o.feeds} feeds × ${perFeed} articles over ${o.spreadS} s`);
    const openedAt = Date.now();
    web.open();
    const faults = o.faults ? await runFaults({ web, svc, roles }, o.spreadS * 1000, openedAt) : { results: [], trackers: null };
    const drained = await waitForDrain(svc, web, want, openedAt + o.timeoutS * 1000);
    await faults.trackers; // a tracker still waiting for its catch-up gives up after RECOVERY_TIMEOUT_MS
    const seconds = Math.round((Date.now() - openedAt) / 100) / 10;
    await sleep(3000); // late doubles would show now
    const figures = await report(svc, web, receiver, roles, want);
    if (!drained) writeLogTail(path.join(os.tmpdir(), 'wireroom-soak-logs.txt'), roles.all);
    const out = {
      started_at: new Date(Date.now() - (performance.now() - started)).toISOString(),
      options: o,
      drained,
      seconds,
      ...figures,
      faults: faults.results,
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } finally {
    await roles?.stop().catch(() => undefined);
    await cleanup();
  }
}
