/**
 * End-to-end article throughput on real services (issue 17): `wireroom work` processes (BullMQ
 * workers) take article jobs from Redis, fetch each page from a loopback web, extract, de-duplicate
 * and store into Postgres. The bench starts its own Postgres cluster and Redis (temporary directory,
 * free ports), ingests the feeds in-process (entries stored, jobs queued), then starts the work
 * processes and times the articles: rate = items / (last created_at − first created_at), so process
 * start-up is not counted. Each run gets a fresh database and queue prefix; variants alternate run
 * by run and each prints its median. `baseline` is the store path with combined statements off
 * (WIREROOM_STORE_COMBINED=0: one statement per row, as before); `current` is the
 * default. Run: `node bin/run-ts.js bench/throughput.ts [--articles 2000] [--runs 3] [--workers 2] [--concurrency 8]
 * [--only current] [--page-delay MS] [--statements] [--profile DIR]` (`--page-delay`: article pages answer after MS, as a
 * publisher's would; `--statements`: pg_stat_statements on, the statements per article and the
 * heaviest ones after each run; `--profile DIR`: the work processes write CPU profiles there).
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { sql, type Kysely } from 'kysely';
import { openPostgres } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import type { Database } from '../db/schema';
import { buildDeps, closeDeps } from '../src/deps';
import { fetchFeed } from '../src/fetchers/fetch-feed';
import { syncSources } from '../src/fetchers/sync-sources';
import { silentLogger } from '../src/log';
import { loadSettings } from '../src/settings';
import { startRoles } from '../src/roles';
import {
  cpuSecondsOf,
  cpuSecondsOfTree,
  ensureBuilt,
  startOwnPostgres,
  startOwnRedis,
  type OwnPostgres,
} from '../scripts/lib/soak-services';
import { killAllWireroom, makeTempDir, spawnWireroom, syntheticArticle, syntheticFeed } from '../test/support/processes';

/** Distinct loopback sites, so per-host politeness is not what limits the figure. */
const HOSTS = 6;
/** Articles listed per feed. */
const PER_FEED = 250;
/** A run that has not stored everything by then is reported as stalled. */
const RUN_TIMEOUT_MS = 600_000;

interface Variant {
  name: string;
  env: Record<string, string>;
}

/** The same run twice: the path as it was (no batching) and as it is. */
const VARIANTS: Variant[] = [
  { name: 'baseline', env: { WIREROOM_STORE_COMBINED: '0' } },
  { name: 'current', env: {} },
];

const out = (line: string) => process.stdout.write(line + '\n');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

interface Web {
  origins: string[];
  feedPaths(feeds: number): string[];
  close(): Promise<void>;
}

/** Six loopback sites serving precomputed article pages (the web costs the bench process little CPU). */
async function startWeb(articles: number, pageDelayMs: number): Promise<Web> {
  const origins: string[] = [];
  const servers: http.Server[] = [];
  const pages = new Map<string, string>();
  for (let n = 0; n < articles; n++) pages.set(`/a/${n}`, syntheticArticle(`/bench/a/${n}`));
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const p = req.url ?? '/';
    const feed = /^\/feeds\/(\d+)\.xml$/.exec(p);
    if (feed) {
      const f = Number(feed[1]);
      const links = Array.from({ length: Math.min(PER_FEED, articles - f * PER_FEED) }, (_, i) => {
        const n = f * PER_FEED + i;
        return `${origins[n % HOSTS]!}/a/${n}`;
      });
      return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(syntheticFeed('', links));
    }
    const page = pages.get(p);
    const send = () => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    if (page) return void (pageDelayMs > 0 ? setTimeout(send, pageDelayMs) : send());
    res.writeHead(404).end();
  };
  for (let h = 0; h < HOSTS; h++) {
    const server = http.createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, `127.0.0.${31 + h}`, resolve));
    origins.push(`http://127.0.0.${31 + h}:${(server.address() as AddressInfo).port}`);
    servers.push(server);
  }
  return {
    origins,
    feedPaths: (feeds) => Array.from({ length: feeds }, (_, f) => `${origins[f % HOSTS]!}/feeds/${f}.xml`),
    close: async () => {
      for (const s of servers) s.closeAllConnections();
      await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    },
  };
}

function feedsYaml(feedUrls: string[]): string {
  const sources = feedUrls.map(
    (u, i) =>
      `  - id: bench-${i}\n    name: Bench Wire ${i}\n    homepage: http://127.0.0.31/\n    feeds:\n      - url: ${u}\n    rights: full\n    review: auto\n    credit: "Source: {source}"\n`,
  );
  return `sources:\n${sources.join('')}`;
}

interface RunResult {
  perSecond: number;
  items: number;
  /** CPU ms per article: the work processes (threads included), Postgres (every backend), Redis. */
  cpuMs: { work: number; postgres: number; redis: number };
}

interface RunSetup {
  redisPid: number;
  /** Run the work role in this process (to profile it: `node --cpu-prof bin/run-ts.js bench/throughput.ts --in-process`). */
  inProcess: boolean;
  pg: OwnPostgres;
  redisUrl: string;
  feedsFile: string;
  articles: number;
  workers: number;
  concurrency: number;
  /** Print the statements per article (pg_stat_statements) after each run. */
  statements: boolean;
  /** Write a CPU profile of each work process into this directory (node --cpu-prof). */
  profileDir?: string;
}

/** Stores the entries and queues their jobs with an in-process fetch (not timed). */
async function ingest(env: Record<string, string>, feeds: number): Promise<void> {
  const deps = await buildDeps(loadSettings(env), { log: silentLogger() });
  try {
    await syncSources(deps);
    const rows = await deps.db.selectFrom('feeds').select('id').orderBy('id').execute();
    if (rows.length !== feeds) throw new Error(`expected ${feeds} feeds, found ${rows.length}`);
    for (const r of rows) await fetchFeed(deps, r.id, silentLogger());
  } finally {
    await closeDeps(deps, 1000);
  }
}

/** The work role in this process; returns its stop. */
async function startLocalWorker(env: Record<string, string>): Promise<() => Promise<void>> {
  const deps = await buildDeps(loadSettings(env), { log: silentLogger() });
  const stop = await startRoles(deps, ['work']);
  return async () => (await stop(), await closeDeps(deps, 5000));
}

/** One timed run of `variant` on a fresh database: articles per second from the items' creation times. */
async function runOnce(s: RunSetup, variant: Variant, run: number): Promise<RunResult> {
  const dbName = `bench_${variant.name}_${run}`;
  const admin = new Client({ connectionString: s.pg.url('postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName} TEMPLATE tpl`);
  await admin.end();
  const env = {
    DATABASE_URL: s.pg.url(dbName),
    REDIS_URL: s.redisUrl,
    WIREROOM_QUEUE_PREFIX: `bench-${variant.name}-${run}`,
    WIREROOM_FEEDS: s.feedsFile,
    WIREROOM_ALLOW_PRIVATE_NETWORKS: '1',
    WIREROOM_PER_HOST_CONCURRENCY: '16',
    WIREROOM_WORK_CONCURRENCY: String(s.concurrency),
    WIREROOM_RECHECK_AFTER: 'off',
    WIREROOM_LOG_LEVEL: 'info', // as in production (and the start line says when a process is ready)
    PORT: '0',
    ...variant.env,
  };
  await ingest(env, Math.ceil(s.articles / PER_FEED));
  const h = await openPostgres(s.pg.url(dbName), { max: 1 });
  if (s.statements) await sql`select pg_stat_statements_reset()`.execute(h.db);
  const xacts0 = await committedTransactions(h.db);
  const procs = s.inProcess
    ? []
    : Array.from({ length: s.workers }, () =>
        spawnWireroom(['work'], env, s.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${s.profileDir}`] : []),
      );
  const self = () => (s.inProcess ? cpuSecondsOf(process.pid) : 0);
  const cpuNow = () => ({
    work: procs.reduce((a, p) => a + cpuSecondsOf(p.pid), self()),
    postgres: cpuSecondsOfTree(s.pg.pid()),
    redis: cpuSecondsOf(s.redisPid),
  });
  // CPU is counted from the first stored item, the start of the timed span (a work process may store
  // hundreds before its start line: its orphan sweep runs while its workers already take jobs).
  const atFirstItem = waitForItems(h.db, 1, 10).then((ok) => (ok ? cpuNow() : undefined));
  atFirstItem.catch(() => undefined);
  await Promise.all(procs.map((p) => p.waitForLog((l) => l.msg === 'wireroom started', RUN_TIMEOUT_MS, 'work start-up')));
  const local = s.inProcess ? await startLocalWorker(env) : null;
  try {
    const done = await waitForItems(h.db, s.articles);
    const cpu0 = await atFirstItem;
    if (!done || !cpu0) throw new Error(`${variant.name} run ${run}: not every article was stored within ${RUN_TIMEOUT_MS / 1000} s`);
    const cpu1 = cpuNow();
    const span = await sql<{ n: number; secs: number }>`select count(*)::int as n,
      extract(epoch from max(created_at) - min(created_at))::float8 as secs from items`.execute(h.db);
    const n = Number(span.rows[0]!.n);
    const perArticle = (sec: number) => Math.round((sec * 1000 * 10) / n) / 10;
    const cpuMs = {
      work: perArticle(cpu1.work - cpu0.work),
      postgres: perArticle(cpu1.postgres - cpu0.postgres),
      redis: perArticle(cpu1.redis - cpu0.redis),
    };
    if (s.statements) await printStatements(h.db, n, (await committedTransactions(h.db)) - xacts0);
    return { perSecond: Math.round(((n - 1) / Math.max(Number(span.rows[0]!.secs), 0.001)) * 10) / 10, items: n, cpuMs };
  } finally {
    await local?.();
    for (const p of procs) p.kill('SIGTERM');
    await Promise.all(procs.map((p) => p.exited));
    await h.close();
  }
}

/** Transactions committed in the current database so far (the bench's own polling included). */
async function committedTransactions(db: Kysely<Database>): Promise<number> {
  const r = await sql<{ n: string }>`select xact_commit::text as n from pg_stat_database where datname = current_database()`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/** The statements the run sent to its database (pg_stat_statements; the bench's own polling left out), per article. */
async function printStatements(db: Kysely<Database>, articles: number, xacts: number): Promise<void> {
  const r = await sql<{
    query: string;
    calls: string;
    total_ms: number;
    plan_ms: number;
    toplevel: boolean;
  }>`select query, calls::text, total_exec_time::float8 as total_ms, total_plan_time::float8 as plan_ms, toplevel
    from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
    and query not like '%pg_stat%' and query not like 'select count(*)::int as n from items%' order by total_exec_time desc`.execute(db);
  const calls = r.rows.reduce((a, x) => a + Number(x.calls), 0);
  const sent = r.rows.filter((x) => x.toplevel).reduce((a, x) => a + Number(x.calls), 0);
  const ms = r.rows.reduce((a, x) => a + x.total_ms, 0);
  const plan = r.rows.reduce((a, x) => a + x.plan_ms, 0);
  out(
    `    statements: ${(sent / articles).toFixed(1)} sent per article (BEGIN/COMMIT included), ${(calls / articles).toFixed(1)} with the ones foreign keys and triggers run, ${(xacts / articles).toFixed(2)} transactions per article, ${(ms / articles).toFixed(2)} ms executing + ${(plan / articles).toFixed(2)} ms planning per article`,
  );
  out('    (* = run by a foreign key or trigger)');
  for (const x of r.rows.slice(0, 25))
    out(
      `    ${x.toplevel ? ' ' : '*'}${(Number(x.calls) / articles).toFixed(2).padStart(6)}/article ${(x.total_ms / articles).toFixed(3).padStart(7)} + ${(x.plan_ms / articles).toFixed(3)} ms/article  ${x.query.replace(/\s+/g, ' ').slice(0, 150)}`,
    );
}

async function waitForItems(db: Kysely<Database>, want: number, pollMs = 250): Promise<boolean> {
  const end = Date.now() + RUN_TIMEOUT_MS;
  while (Date.now() < end) {
    const r = await sql<{ n: number }>`select count(*)::int as n from items`.execute(db);
    if (Number(r.rows[0]?.n) >= want) return true;
    await new Promise((res) => setTimeout(res, pollMs));
  }
  return false;
}

/** Runs the bench: every variant `runs` times, alternating; prints each run, the medians and the ratio. */
export async function runThroughputBench(
  o: {
    articles?: number;
    runs?: number;
    workers?: number;
    concurrency?: number;
    inProcess?: boolean;
    only?: string;
    statements?: boolean;
    profileDir?: string;
    pageDelayMs?: number;
  } = {},
): Promise<void> {
  const articles = o.articles ?? 2000;
  const runs = o.runs ?? 3;
  const workers = o.workers ?? 2;
  const concurrency = o.concurrency ?? 8;
  ensureBuilt((line) => out(line));
  const tmp = makeTempDir('wr-bench-tp');
  const web = await startWeb(articles, o.pageDelayMs ?? 0);
  const pg = await startOwnPostgres(
    tmp.dir,
    o.statements
      ? ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all', 'pg_stat_statements.track_planning=on']
      : [],
  );
  const redis = await startOwnRedis(tmp.dir);
  try {
    const admin = new Client({ connectionString: pg.url('postgres') });
    await admin.connect();
    await admin.query('CREATE DATABASE tpl');
    await admin.end();
    const tpl = await openPostgres(pg.url('tpl'), { max: 1 });
    await migrateToLatest(tpl.db as Kysely<unknown>);
    if (o.statements) await sql`create extension if not exists pg_stat_statements`.execute(tpl.db);
    await tpl.close();
    const feedsFile = path.join(tmp.dir, 'feeds.yaml');
    fs.writeFileSync(feedsFile, feedsYaml(web.feedPaths(Math.ceil(articles / PER_FEED))));
    const setup: RunSetup = {
      pg,
      redisUrl: redis.url,
      redisPid: redis.pid(),
      inProcess: o.inProcess ?? false,
      feedsFile,
      articles,
      workers,
      concurrency,
      statements: o.statements ?? false,
      profileDir: o.profileDir,
    };
    out(
      `${articles} articles, ${workers} work processes × concurrency ${concurrency}, pages answered after ${o.pageDelayMs ?? 0} ms, ${runs} runs per variant; ${os.cpus().length} cores, load ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    const results = new Map<string, RunResult[]>(VARIANTS.map((v) => [v.name, []]));
    for (let run = 0; run < runs; run++)
      for (const v of o.only ? VARIANTS.filter((x) => x.name === o.only) : VARIANTS) {
        const r = await runOnce(setup, v, run);
        results.get(v.name)!.push(r);
        const c = r.cpuMs;
        out(
          `  run ${run + 1} ${v.name.padEnd(8)} ${String(r.perSecond).padStart(7)} articles/s wall; CPU ms/article work ${c.work} + postgres ${c.postgres} + redis ${c.redis} (load ${os.loadavg()[0]!.toFixed(1)})`,
        );
      }
    printSummary(results);
  } finally {
    await killAllWireroom();
    await redis.stop();
    await pg.stop();
    await web.close();
    tmp.remove();
  }
}

/** CPU ms per article, all three services: what two cores of our own could carry is 2000 / this. */
const cpuTotal = (r: RunResult) => r.cpuMs.work + r.cpuMs.postgres + r.cpuMs.redis;

function printSummary(results: Map<string, RunResult[]>): void {
  const medians = new Map<string, { wall: number; cpu: number }>();
  for (const [name, rs] of results) {
    if (rs.length === 0) continue;
    const m = { wall: median(rs.map((r) => r.perSecond)), cpu: median(rs.map(cpuTotal)) };
    medians.set(name, m);
    out(
      `${name.padEnd(8)} median ${m.wall} articles/s wall [${rs.map((r) => r.perSecond).join(', ')}]; ${m.cpu.toFixed(1)} CPU ms/article → ${Math.round(2000 / m.cpu)} articles/s on 2 free cores`,
    );
  }
  const b = medians.get('baseline');
  const c = medians.get('current');
  if (b && c)
    out(
      `current / baseline: ${(c.wall / b.wall).toFixed(2)}× wall, ${(b.cpu / c.cpu).toFixed(2)}× less CPU per article  (target ≥ 150 articles/s on 2 cores; the machine is shared: wall figures follow its load)`,
    );
}

export async function main(args: string[]): Promise<void> {
  const flag = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : undefined;
  };
  const text = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  await runThroughputBench({
    articles: flag('articles'),
    runs: flag('runs'),
    workers: flag('workers'),
    concurrency: flag('concurrency'),
    inProcess: args.includes('--in-process'),
    only: text('only'),
    statements: args.includes('--statements'),
    profileDir: text('profile'),
    pageDelayMs: flag('page-delay'),
  });
}
