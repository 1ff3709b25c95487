/**
 * `npm run soak`: long reliability runs with real processes on the machine's Postgres and Redis,
 * reported, not part of `npm test`.
 *  1. scale-out curve: 1 fetch + 1, 2, 3 work processes; items/s for the same entries.
 *  2. faults: 2 fetch + 3 work processes, N entries in flight; Redis restarted (data lost), then
 *     Postgres restarted, then a worker SIGKILLed; counts entries in, stored, published,
 *     duplicates, lost; feeds fetched per slot; max requests in flight per host.
 *  3. embedded: `wireroom start` SIGKILLed mid-ingest and started again on the same data dir.
 * Restarting Redis and Postgres disturbs anyone else using them: run it when nobody is testing.
 * Flags: --entries N (faults, default 5000) --curve N (default 600) --only curve,faults,embedded
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { sql, type Kysely } from 'kysely';
import { openPglite, openPostgres } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import type { Database } from '../db/schema';
import { adminQuery, urlFor } from '../test/support/pg-admin';
import {
  killAllWireroom,
  makeTempDir,
  reliabilityFeedsYaml,
  spawnWireroom,
  syntheticArticle,
  syntheticFeed,
  type WireroomProcess,
} from '../test/support/processes';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const REDIS_START = `redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log`;
const PG_RESTART = 'pg_ctlcluster --skip-systemctl-redirect 15 main restart';
/** Distinct loopback addresses play distinct news sites (per-host politeness is per address). */
const HOSTS = 6;
const ITEMS_PER_FEED = 100;
/** Simulated network latency of an article page. */
const ARTICLE_DELAY_MS = 30;
const PER_HOST = 2;

interface SoakWeb {
  feedUrls(feeds: number): string[];
  feedHits: Map<string, number>;
  maxInFlight: Map<string, number>;
  resetStats(): void;
  close(): Promise<void>;
}

/** One HTTP server per loopback address; feeds list ITEMS_PER_FEED articles spread over the hosts. */
async function startSoakWeb(): Promise<SoakWeb> {
  const feedHits = new Map<string, number>();
  const inFlight = new Map<string, number>();
  const maxInFlight = new Map<string, number>();
  const origins: string[] = [];
  const servers: http.Server[] = [];
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const host = req.headers.host ?? '';
    const p = req.url ?? '/';
    inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
    maxInFlight.set(host, Math.max(maxInFlight.get(host) ?? 0, inFlight.get(host)!));
    res.on('close', () => inFlight.set(host, inFlight.get(host)! - 1));
    const feed = /^\/feeds\/f-(\d+)\.xml$/.exec(p);
    if (feed) {
      feedHits.set(p, (feedHits.get(p) ?? 0) + 1);
      const f = Number(feed[1]);
      const items = Array.from({ length: ITEMS_PER_FEED }, (_, n) => ({ origin: origins[(f + n) % HOSTS]!, path: `/a/${f}/${n}` }));
      const xml = syntheticFeed(
        '',
        items.map((i) => i.origin + i.path),
      );
      return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(xml);
    }
    if (p.startsWith('/a/'))
      return void setTimeout(
        () => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(syntheticArticle(p)),
        ARTICLE_DELAY_MS,
      );
    res.writeHead(404).end();
  };
  for (let h = 0; h < HOSTS; h++) {
    const server = http.createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, `127.0.0.${11 + h}`, resolve));
    origins.push(`http://127.0.0.${11 + h}:${(server.address() as AddressInfo).port}`);
    servers.push(server);
  }
  return {
    feedUrls: (n) => Array.from({ length: n }, (_, f) => `${origins[f % HOSTS]}/feeds/f-${f}.xml`),
    feedHits,
    maxInFlight,
    resetStats: () => (feedHits.clear(), maxInFlight.clear()),
    close: async () => {
      for (const s of servers) s.closeAllConnections();
      await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    },
  };
}

/** A fresh migrated Postgres database for one run. */
async function freshDatabase(tag: string): Promise<{ url: string; db: Kysely<Database>; drop: () => Promise<void> }> {
  const name = `wr_soak_${tag}_${process.pid}`;
  await adminQuery([`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, `CREATE DATABASE "${name}"`]);
  const h = await openPostgres(urlFor(name), { max: 3 });
  await migrateToLatest(h.db as Kysely<unknown>);
  return {
    url: urlFor(name),
    db: h.db,
    drop: async () => (await h.close(), await adminQuery([`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`])),
  };
}

interface Counts {
  entries: number;
  items: number;
  published: number;
  duplicateItems: number;
  doublePublished: number;
  entriesWithoutItem: number;
  /** status → count, with one reason each. */
  statuses: Record<string, string>;
}

async function countAll(db: Kysely<Database>): Promise<Counts> {
  const one = async (q: string) => Number((await sql<{ n: number }>`${sql.raw(q)}`.execute(db)).rows[0]?.n ?? 0);
  return {
    entries: await one('select count(*) as n from entries'),
    items: await one('select count(*) as n from items'),
    published: await one(`select count(*) as n from items where status = 'published'`),
    duplicateItems: await one('select count(*) - count(distinct entry_id) as n from items'),
    doublePublished: await one(
      `select count(*) as n from (select item_id from audit_log where action = 'publish' group by item_id having count(*) > 1) x`,
    ),
    entriesWithoutItem: await one('select count(*) as n from entries e where not exists (select 1 from items i where i.entry_id = e.id)'),
    statuses: Object.fromEntries(
      (
        await sql<{
          status: string;
          n: number;
          reason: string | null;
        }>`select status, count(*)::int as n, min(status_reason) as reason from items group by status`.execute(db)
      ).rows.map((r) => [r.status, `${r.n}${r.reason ? ` (${r.reason.slice(0, 80)})` : ''}`]),
    ),
  };
}

/** Polls `check` every second until it returns true or `timeoutMs` passes; prints progress. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs: number, progress?: () => Promise<string>): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  let last = 0;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return true;
    if (progress && Date.now() - last > 5000) {
      last = Date.now();
      process.stderr.write(`  … ${what}: ${await progress().catch((e: unknown) => String(e))}\n`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}

function roleEnv(dbUrl: string, feedsFile: string, prefix: string): Record<string, string> {
  return {
    DATABASE_URL: dbUrl,
    REDIS_URL,
    WIREROOM_QUEUE_PREFIX: prefix,
    WIREROOM_FEEDS: feedsFile,
    WIREROOM_ALLOW_PRIVATE_NETWORKS: '1',
    WIREROOM_SCHEDULER_TICK: '1s',
    WIREROOM_PER_HOST_CONCURRENCY: String(PER_HOST),
    WIREROOM_WORK_CONCURRENCY: '8',
    WIREROOM_LOG_LEVEL: 'warn',
    PORT: '0',
  };
}

async function spawnRoles(env: Record<string, string>, fetchers: number, workers: number): Promise<WireroomProcess[]> {
  const procs = [
    ...Array.from({ length: fetchers }, () => spawnWireroom(['fetch'], { ...env, WIREROOM_LOG_LEVEL: 'info' })),
    ...Array.from({ length: workers }, () => spawnWireroom(['work'], { ...env, WIREROOM_LOG_LEVEL: 'info' })),
  ];
  await Promise.all(procs.map((p) => p.waitForLog((l) => l.msg === 'wireroom started', 60_000, 'start-up')));
  return procs;
}

async function stopAll(procs: WireroomProcess[]): Promise<void> {
  for (const p of procs) p.kill('SIGTERM');
  await Promise.all(procs.map((p) => p.exited));
}

/** 1 fetch + `workers` work processes ingest `feeds × ITEMS_PER_FEED` entries; items per second. */
async function runScale(
  web: SoakWeb,
  tmp: string,
  workers: number,
  feeds: number,
): Promise<{ statuses: Record<string, string>; workers: number; items: number; seconds: number; perSecond: number; maxPerHost: number }> {
  web.resetStats();
  const pg = await freshDatabase(`scale${workers}`);
  const feedsFile = path.join(tmp, `scale-${workers}.yaml`);
  fs.writeFileSync(feedsFile, reliabilityFeedsYaml(web.feedUrls(feeds), 'http://127.0.0.11/'));
  const procs = await spawnRoles(roleEnv(pg.url, feedsFile, `wr-soak-s${workers}-${process.pid}`), 1, workers);
  const want = feeds * ITEMS_PER_FEED;
  if (!(await until('first item', async () => (await countAll(pg.db)).items > 0, 60_000))) dumpLogs(procs);
  const t0 = performance.now();
  await until(
    `scale ${workers}`,
    async () => (await countAll(pg.db)).items >= want,
    600_000,
    async () => `${(await countAll(pg.db)).items}/${want}`,
  );
  const seconds = (performance.now() - t0) / 1000;
  const { items, statuses } = await countAll(pg.db);
  await stopAll(procs);
  await pg.drop();
  return {
    statuses,
    workers,
    items,
    seconds: Math.round(seconds * 10) / 10,
    perSecond: Math.round((items / seconds) * 10) / 10,
    maxPerHost: Math.max(...web.maxInFlight.values()),
  };
}

/** Prints the last log lines of each process (a run that stalls). */
function dumpLogs(procs: WireroomProcess[]): void {
  for (const p of procs)
    process.stderr.write(`--- pid ${p.pid}\n${[...p.lines.slice(-6).map((l) => JSON.stringify(l)), ...p.text.slice(-6)].join('\n')}\n`);
}

function timedShell(cmd: string): number {
  const t0 = performance.now();
  execSync(cmd, { stdio: 'ignore' });
  return Math.round(performance.now() - t0);
}

/** The fault run: Redis restart, Postgres restart, a worker killed, with entries in flight. */
async function runFaults(web: SoakWeb, tmp: string, entries: number): Promise<Record<string, unknown>> {
  web.resetStats();
  const feeds = Math.ceil(entries / ITEMS_PER_FEED);
  const want = feeds * ITEMS_PER_FEED;
  const pg = await freshDatabase('faults');
  const feedsFile = path.join(tmp, 'faults.yaml');
  fs.writeFileSync(feedsFile, reliabilityFeedsYaml(web.feedUrls(feeds), 'http://127.0.0.11/'));
  const env = roleEnv(pg.url, feedsFile, `wr-soak-f-${process.pid}`);
  const procs = await spawnRoles(env, 2, 3);
  const t0 = performance.now();
  const progress = async () => `${(await countAll(pg.db)).items}/${want} items`;
  const events: Record<string, unknown> = {};
  await until('15% stored', async () => (await countAll(pg.db)).items >= want * 0.15, 600_000, progress);
  events.redis_restart_at_items = (await countAll(pg.db)).items;
  events.redis_down_ms = timedShell(`redis-cli shutdown nosave; sleep 0.5; ${REDIS_START}`);
  await until('40% stored', async () => (await countAll(pg.db)).items >= want * 0.4, 600_000, progress);
  events.postgres_restart_at_items = (await countAll(pg.db)).items;
  events.postgres_restart_ms = timedShell(PG_RESTART);
  await until('65% stored', async () => (await countAll(pg.db)).items >= want * 0.65, 600_000, progress);
  events.worker_killed_at_items = (await countAll(pg.db).catch(() => ({ items: -1 }))).items;
  procs[procs.length - 1]!.kill('SIGKILL');
  const done = await until(
    'all stored',
    async () => (await countAll(pg.db)).entriesWithoutItem === 0 && (await countAll(pg.db)).entries >= want,
    420_000,
    progress,
  );
  const seconds = Math.round((performance.now() - t0) / 100) / 10;
  await new Promise((r) => setTimeout(r, 3000)); // late doubles would show now
  const c = await countAll(pg.db);
  const fetchesPerFeed = [...web.feedHits.values()];
  await stopAll(procs.slice(0, -1));
  await pg.drop();
  return {
    entries_in: want,
    ...events,
    completed: done,
    seconds,
    entries_stored: c.entries,
    items_stored: c.items,
    statuses: c.statuses,
    published: c.published,
    duplicates: c.duplicateItems,
    published_twice: c.doublePublished,
    lost: want - (c.entries - c.entriesWithoutItem),
    feeds,
    max_fetches_per_feed: Math.max(...fetchesPerFeed),
    feeds_fetched: fetchesPerFeed.length,
    max_in_flight_per_host: Math.max(...web.maxInFlight.values()),
    per_host_limit: PER_HOST,
  };
}

/** Embedded mode: SIGKILL `wireroom start` mid-ingest, start it again, count what was kept. */
async function runEmbedded(web: SoakWeb, tmp: string): Promise<Record<string, unknown>> {
  web.resetStats();
  const feeds = 3;
  const want = feeds * ITEMS_PER_FEED;
  const dataDir = path.join(tmp, 'embedded-data');
  const feedsFile = path.join(tmp, 'embedded.yaml');
  fs.writeFileSync(feedsFile, reliabilityFeedsYaml(web.feedUrls(feeds), 'http://127.0.0.11/'));
  const env = {
    WIREROOM_DATA_DIR: dataDir,
    WIREROOM_FEEDS: feedsFile,
    WIREROOM_ALLOW_PRIVATE_NETWORKS: '1',
    WIREROOM_SCHEDULER_TICK: '1s',
    PORT: '0',
    HOST: '127.0.0.1',
  };
  const first = spawnWireroom(['start'], env);
  await first.waitForLog((l) => l.msg === 'wireroom started', 120_000, 'embedded start-up');
  await first.waitForLog((l) => l.msg === 'feed fetched', 60_000, 'a feed fetched');
  await new Promise((r) => setTimeout(r, 1500)); // some articles stored, most in flight or waiting
  first.kill('SIGKILL');
  await first.exited;
  const lockLeft = fs.existsSync(path.join(dataDir, 'wireroom.lock'));
  const second = spawnWireroom(['start'], env);
  const started = await second.waitForLog((l) => l.msg === 'wireroom started', 120_000, 'embedded restart');
  const orphanLine = second.lines.find((l) => l.msg === 're-enqueued entries that had no item yet');
  const url = String(second.lines.find((l) => l.msg === 'serving the portal API')?.url ?? '');
  const count = async () => {
    let n = 0;
    let cursor: string | null = null;
    do {
      const res = await fetch(`${url.replace('localhost', '127.0.0.1')}/api/items?limit=200${cursor ? `&cursor=${cursor}` : ''}`);
      const body = (await res.json()) as { items: unknown[]; next_cursor: string | null };
      n += body.items.length;
      cursor = body.next_cursor;
    } while (cursor);
    return n;
  };
  await until(
    'embedded items',
    async () => (await count()) >= want,
    180_000,
    async () => `${await count()}/${want}`,
  );
  second.kill('SIGTERM');
  const exit = await second.exited;
  const h = await openPglite(dataDir);
  const c = await countAll(h.db);
  await h.close();
  return {
    entries_in: want,
    stale_lock_left_by_kill: lockLeft,
    restart_ok: Boolean(started),
    orphans_reenqueued: orphanLine?.entries ?? 0,
    entries_stored: c.entries,
    items_stored: c.items,
    statuses: c.statuses,
    published: c.published,
    duplicates: c.duplicateItems,
    published_twice: c.doublePublished,
    lost: want - (c.entries - c.entriesWithoutItem),
    second_exit: exit,
  };
}

/** Runs the selected parts and prints one JSON report on stdout. */
export async function main(args: string[]): Promise<void> {
  const flag = (name: string, dflt: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
  };
  const only = new Set(flag('only', 'curve,faults,embedded').split(','));
  const web = await startSoakWeb();
  const tmp = makeTempDir('wr-soak');
  const report: Record<string, unknown> = { started_at: new Date().toISOString() };
  const cleanup = async () => (await killAllWireroom(), await web.close(), tmp.remove());
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  // node-postgres emits an unhandled 'error' on a checked-out client when Postgres restarts between
  // two queries; the soak's own monitoring connection must survive that (the next poll reconnects).
  process.on('uncaughtException', (err) => {
    if (/Connection terminated|ECONNRESET|terminating connection/.test(err.message))
      return void process.stderr.write(`  (soak monitor: ${err.message})\n`);
    throw err;
  });
  try {
    if (only.has('curve')) {
      const feeds = Math.ceil(Number(flag('curve', '600')) / ITEMS_PER_FEED);
      const curve = [];
      for (const w of [1, 2, 3]) {
        curve.push(await runScale(web, tmp.dir, w, feeds));
        process.stderr.write(`scale: ${JSON.stringify(curve[curve.length - 1])}\n`);
      }
      report.curve = curve;
    }
    if (only.has('faults')) report.faults = await runFaults(web, tmp.dir, Number(flag('entries', '5000')));
    if (only.has('embedded')) report.embedded = await runEmbedded(web, tmp.dir);
  } finally {
    await cleanup();
  }
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
}
