/**
 * Portal list-endpoint bench (issue 6): loads N published items (default 1,000,000) into its own
 * Postgres database on 127.0.0.1 (`wireroom_bench_api`, created and dropped by the run), serves the
 * real Fastify app on loopback and drives it with autocannon: /api/items at a fixed 500 req/s and at
 * max, revalidation with If-None-Match (304 rate), a deep keyset page, and the baseline in the same
 * run: the same deep page by OFFSET (what keyset replaces) and /healthz.
 * Run: `node bin/run-ts.js bench/api-list.ts [--items 1000000] [--seconds 10]`.
 */
import { sql } from 'kysely';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { buildDeps, closeDeps, type Deps } from '../src/deps';
import { syncSources } from '../src/fetchers/sync-sources';
import { silentLogger } from '../src/log';
import { encodeCursor } from '../src/publish/cursor';
import { buildServer } from '../src/publish/server';
import { buildSettings } from '../src/settings';

/** The slice of autocannon's API used here (the package ships no types). */
interface AutocannonResult {
  latency: { p50: number; p99: number };
  requests: { average: number };
  statusCodeStats: Record<string, { count: number }>;
  errors: number;
  timeouts: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (opts: Record<string, unknown>) => Promise<AutocannonResult>;

/** The bench's own database; never any other. */
const DB_NAME = 'wireroom_bench_api';
const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Rows per INSERT … SELECT generate_series while loading. */
const LOAD_CHUNK = 50_000;
const SOURCES = 20;
/** Fixed-rate run: the target load. */
const FIXED_RATE = 500;
const CONNECTIONS = 10;

export interface ApiListBenchOptions {
  items?: number;
  seconds?: number;
}

const out = (line: string) => process.stdout.write(line + '\n');
const progress = (line: string) => { if (process.stderr.isTTY) process.stderr.write(`\r${line}   `); };

async function admin(statements: string[]): Promise<void> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    for (const s of statements) await c.query(s);
  } finally {
    await c.end();
  }
}

function dbUrl(): string {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${DB_NAME}`;
  return u.href;
}

const feedsYaml = () => 'sources:\n' + Array.from({ length: SOURCES }, (_, i) =>
  `  - { id: bench-${i}, name: Bench Wire ${i}, homepage: "https://bench-${i}.test/", feeds: [{ url: "https://bench-${i}.test/feed.xml" }], rights: ${['full', 'excerpt', 'headline'][i % 3]} }`).join('\n') + '\n';

/** Inserts `n` published items (with their entries) by INSERT … SELECT over generate_series. */
async function load(deps: Deps, n: number): Promise<void> {
  const t = performance.now();
  for (let from = 1; from <= n; from += LOAD_CHUNK) {
    const to = Math.min(n, from + LOAD_CHUNK - 1);
    await sql`INSERT INTO entries (feed_id, source_id, guid, link, link_norm, title, content_hash)
      SELECT f.id, f.source_id, 'g' || g, 'https://' || f.source_id || '.test/s/' || g, 'https://' || f.source_id || '.test/s/' || g, 'Story ' || g, 'h' || g
      FROM generate_series(${from}::int, ${to}::int) g JOIN feeds f ON f.source_id = 'bench-' || (g % ${SOURCES})`.execute(deps.db);
    await sql`INSERT INTO items (entry_id, source_id, url, url_norm, title, byline, authors, summary, content_html, text, word_count, lang, categories,
        content_from, content_hash, published_at, sort_at, status, credit_line, published_on)
      SELECT e.id, e.source_id, e.link, e.link_norm, 'Harbour story number ' || g, 'Reporter ' || (g % 97), jsonb_build_array('Reporter ' || (g % 97)),
        'Ships returned to the quay on day ' || g, '<p>Ships returned to the quay on day ' || g || '. The storm had closed the port for a week.</p>',
        'Ships returned to the quay on day ' || g || '. The storm had closed the port for a week.', 20, 'en', jsonb_build_array(CASE WHEN g % 2 = 0 THEN 'world' ELSE 'sport' END),
        'page', 'h' || g, timestamptz '2024-01-01' + g * interval '30 seconds', timestamptz '2024-01-01' + g * interval '30 seconds', 'published',
        'Source: Bench Wire ' || (g % ${SOURCES}), timestamptz '2024-01-01' + g * interval '30 seconds'
      FROM generate_series(${from}::int, ${to}::int) g JOIN entries e ON e.guid = 'g' || g`.execute(deps.db);
    progress(`loaded ${to.toLocaleString()} / ${n.toLocaleString()} items`);
  }
  await sql`ANALYZE`.execute(deps.db);
  if (process.stderr.isTTY) process.stderr.write('\n');
  out(`loaded ${n.toLocaleString()} published items in ${((performance.now() - t) / 1000).toFixed(0)} s`);
}

interface Run { label: string; url: string; rate?: number; headers?: Record<string, string> }

async function drive(origin: string, r: Run, seconds: number) {
  const res = await autocannon({ url: origin + r.url, connections: CONNECTIONS, duration: seconds, headers: r.headers, ...(r.rate ? { overallRate: r.rate } : {}) });
  const codes = res.statusCodeStats;
  const total = Object.values(codes).reduce((a, c) => a + c.count, 0);
  const share = (code: string) => (total ? ((codes[code]?.count ?? 0) / total) * 100 : 0);
  out(`${r.label.padEnd(34)} p50 ${String(res.latency.p50).padStart(5)} ms  p99 ${String(res.latency.p99).padStart(5)} ms  ${res.requests.average.toFixed(0).padStart(6)} req/s  200 ${share('200').toFixed(0)}%  304 ${share('304').toFixed(0)}%  errors ${res.errors + res.timeouts}`);
  return res;
}

/** Runs the bench; prints one line per load shape and the keyset/OFFSET ratio. */
export async function runApiListBench(o: ApiListBenchOptions = {}): Promise<void> {
  const items = o.items ?? 1_000_000;
  const seconds = o.seconds ?? 10;
  await admin([`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`, `CREATE DATABASE ${DB_NAME}`]);
  const settings = buildSettings({ DATABASE_URL: dbUrl(), WIREROOM_LOG_LEVEL: 'silent', WIREROOM_API_RATE_LIMIT: '0', WIREROOM_FEEDS: 'bench-feeds.yaml', WIREROOM_DATA_DIR: ':memory:' }, () => feedsYaml());
  const deps = await buildDeps(settings, { log: silentLogger(), migrate: true });
  try {
    await syncSources(deps);
    await load(deps, items);
    const app = await buildServer(deps);
    const deepOffset = Math.floor(items / 2);
    app.get('/bench/offset', async () => {
      // The baseline: the same page as the deep keyset run, found by OFFSET.
      const rows = await sql`SELECT i.*, s.name FROM items i JOIN sources s ON s.id = i.source_id WHERE i.status = 'published'
        ORDER BY i.sort_at DESC, i.id DESC OFFSET ${deepOffset} LIMIT 50`.execute(deps.db);
      return { n: rows.rows.length };
    });
    const origin = await app.listen({ port: 0, host: '127.0.0.1' });
    const mid = await deps.db.selectFrom('items').select(['id', 'sort_at']).where('status', '=', 'published').orderBy('sort_at', 'desc').orderBy('id', 'desc').offset(deepOffset).limit(1).executeTakeFirstOrThrow();
    const deepCursor = encodeCursor({ sortAt: new Date(mid.sort_at), id: Number(mid.id) });
    const first = await fetch(`${origin}/api/items`);
    const etag = first.headers.get('etag') ?? '';
    await drive(origin, { label: 'warm-up /api/items', url: '/api/items' }, 2);
    out(`${items.toLocaleString()} items, ${seconds} s per run, ${CONNECTIONS} connections, loopback; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
    await drive(origin, { label: `/api/items at ${FIXED_RATE} req/s`, url: '/api/items', rate: FIXED_RATE }, seconds);
    const max = await drive(origin, { label: '/api/items at max', url: '/api/items' }, seconds);
    await drive(origin, { label: '/api/items?source=bench-3 at max', url: '/api/items?source=bench-3' }, seconds);
    await drive(origin, { label: '/api/items If-None-Match at max', url: '/api/items', headers: { 'if-none-match': etag } }, seconds);
    const deep = await drive(origin, { label: `keyset page at ${deepOffset.toLocaleString()}`, url: `/api/items?cursor=${deepCursor}` }, seconds);
    const off = await drive(origin, { label: `baseline: OFFSET ${deepOffset.toLocaleString()}`, url: '/bench/offset' }, seconds);
    const health = await drive(origin, { label: 'baseline: /healthz at max', url: '/healthz' }, seconds);
    out(`deep page: keyset p50 ${deep.latency.p50} ms vs OFFSET p50 ${off.latency.p50} ms (ratio ${(off.latency.p50 / Math.max(deep.latency.p50, 0.01)).toFixed(1)}x); /api/items max ${max.requests.average.toFixed(0)} req/s = ${(max.requests.average / health.requests.average).toFixed(2)} of /healthz`);
    await app.close();
  } finally {
    await closeDeps(deps, 2000);
    await admin([`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`]);
  }
}

/** `node bin/run-ts.js bench/api-list.ts [--items N] [--seconds S]` */
export async function main(argv: string[]): Promise<void> {
  const num = (flag: string) => {
    const i = argv.indexOf(flag);
    const v = i >= 0 ? Number(argv[i + 1]) : undefined;
    if (v !== undefined && (!Number.isSafeInteger(v) || v <= 0)) throw new Error(`${flag} must be a positive whole number`);
    return v;
  };
  await runApiListBench({ items: num('--items'), seconds: num('--seconds') });
}
