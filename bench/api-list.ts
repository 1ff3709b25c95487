/**
 * Portal list-endpoint bench (issues 6 and 20): loads N published items (default 20,000: a few minutes
 * on 2 cores; `--items 1000000` for issue 6's deep-paging figure) into its own
 * Postgres database on 127.0.0.1 (`wireroom_bench_api`, created and dropped by the run), serves the
 * real Fastify app on loopback and drives it with autocannon in a separate process (so the load
 * generator never shares the server's event loop): /api/items at a fixed 500 req/s and at max,
 * revalidation with If-None-Match (304 rate), a deep keyset page, and the baseline in the same run:
 * the same deep page by OFFSET (what keyset replaces) and /healthz. Compression (issue 20): bytes of a
 * page of 50 items as identity, gzip and br, and p50/p99 and server CPU per request at 500 req/s for
 * each encoding next to the uncompressed page and /healthz at the same rate, on the cached server
 * (each encoding kept once per page version) and the uncached one (compressed per request).
 * Run: `npm run bench -- api-list [--items 20000] [--seconds 10] [--keep] [--reuse]`.
 * `--keep` leaves the loaded database behind; `--reuse` uses it when it already holds N items.
 */
import { sql } from 'kysely';
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { buildDeps, closeDeps, type Deps } from '../src/deps';
import { syncSources } from '../src/fetchers/sync-sources';
import { silentLogger } from '../src/log';
import { encodeCursor } from '../src/publish/cursor';
import { buildServer } from '../src/server';
import { buildSettings } from '../src/settings';

/** The slice of autocannon's JSON result used here. */
interface AutocannonResult {
  latency: { p50: number; p99: number };
  requests: { average: number };
  statusCodeStats?: Record<string, { count: number }>;
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** The bench's own database; never any other. */
const DB_NAME = 'wireroom_bench_api';
const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Rows per INSERT … SELECT generate_series while loading. */
const LOAD_CHUNK = 50_000;
const SOURCES = 20;
/** Paragraphs of 26 words per article: ~650 words, a typical news story, so full-rights pages carry real weight. */
const PARAGRAPHS = 25;
const WORDS_PER_PARAGRAPH = 26;
/**
 * Distinct paragraphs the articles are drawn from. Text repeated inside a page would compress to a
 * few per cent and flatter gzip and br; drawn from this many, a page of 50 articles (1,250
 * paragraphs) repeats few within a compression window, as real pages do not.
 */
const DISTINCT_PARAGRAPHS = 20_000;
/** Words the paragraphs are drawn from (hashed picks): text with the variety of plain news prose. */
const VOCABULARY = `the a of to and in on for with at by from as that was were is are said says will would after before
  over under about into during against between while since until harbour port ship ships quay storm week month year day
  council minister mayor police court judge union workers strike election vote voters party government parliament budget
  tax prices market shares bank rates inflation energy power grid water river flood rain wind coast road rail station
  train bus airport flight school teachers pupils hospital doctors nurses patients health care city town village region
  north south east west spokesman spokeswoman residents families children officials report reports figures data survey
  plan plans project projects repair repairs damage cost costs million billion percent first second third last next new
  old local national regional public private early late morning evening night tuesday wednesday thursday friday saturday
  opened closed announced confirmed denied warned expected reported added told asked agreed rejected approved delayed
  returned arrived left began ended rose fell cut raised paid owed lost won held kept made took gave found called`
  .split(/\s+/)
  .filter(Boolean);
/** Fixed-rate run: the issue's target load. */
const FIXED_RATE = 500;
const CONNECTIONS = 10;
/** Items loaded when no --items is given: the 500 req/s figures hold at any size (a page is cached), the load takes seconds. */
export const API_LIST_DEFAULT_ITEMS = 20_000;
/** The issue's target for the cached list at 500 req/s. */
const P99_TARGET_MS = 20;

export interface ApiListBenchOptions {
  items?: number;
  seconds?: number;
  /** Leave the database behind for a later `reuse`. */
  keep?: boolean;
  /** Use the database a `keep` run left when it holds `items` published items. */
  reuse?: boolean;
}

const out = (line: string) => process.stdout.write(line + '\n');
const progress = (line: string) => {
  if (process.stderr.isTTY) process.stderr.write(`\r${line}   `);
};

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

const feedsYaml = () =>
  'sources:\n' +
  Array.from(
    { length: SOURCES },
    (_, i) =>
      `  - { id: bench-${i}, name: Bench Wire ${i}, homepage: "https://bench-${i}.test/", feeds: [{ url: "https://bench-${i}.test/feed.xml" }], rights: ${['full', 'excerpt', 'headline'][i % 3]} }`,
  ).join('\n') +
  '\n';

/** The table of DISTINCT_PARAGRAPHS paragraphs of hashed picks from VOCABULARY that articles are made of. */
async function loadParagraphs(deps: Deps): Promise<void> {
  await sql`CREATE TABLE bench_paragraphs (id int PRIMARY KEY, body text NOT NULL)`.execute(deps.db);
  await sql`INSERT INTO bench_paragraphs
    SELECT i, initcap(v.w[1]) || ' ' || (SELECT string_agg(v.w[1 + (hashint8(i::bigint * 64 + k) & 2147483647) % array_length(v.w, 1)], ' ')
      FROM generate_series(1, ${WORDS_PER_PARAGRAPH - 1}::int) k) || '.'
    FROM generate_series(1, ${DISTINCT_PARAGRAPHS}::int) i, (SELECT ${VOCABULARY}::text[] AS w) v`.execute(deps.db);
}

/** Inserts `n` published items (with their entries) by INSERT … SELECT over generate_series. */
async function load(deps: Deps, n: number): Promise<void> {
  const t = performance.now();
  await loadParagraphs(deps);
  for (let from = 1; from <= n; from += LOAD_CHUNK) {
    const to = Math.min(n, from + LOAD_CHUNK - 1);
    await sql`INSERT INTO entries (feed_id, source_id, guid, link, link_norm, title, content_hash)
      SELECT f.id, f.source_id, 'g' || g, 'https://' || f.source_id || '.test/s/' || g, 'https://' || f.source_id || '.test/s/' || g, 'Story ' || g, 'h' || g
      FROM generate_series(${from}::int, ${to}::int) g JOIN feeds f ON f.source_id = 'bench-' || (g % ${SOURCES})`.execute(deps.db);
    await sql`INSERT INTO items (entry_id, source_id, url, url_norm, title, byline, authors, summary, content_html, text, word_count, lang, categories,
        content_from, content_hash, published_at, sort_at, status, credit_line, published_on)
      SELECT e.id, e.source_id, e.link, e.link_norm, 'Harbour story number ' || g, 'Reporter ' || (g % 97), jsonb_build_array('Reporter ' || (g % 97)),
        'Ships returned to the quay on day ' || g, c.html, c.text, ${PARAGRAPHS * WORDS_PER_PARAGRAPH}, 'en', jsonb_build_array(CASE WHEN g % 2 = 0 THEN 'world' ELSE 'sport' END),
        'page', 'h' || g, timestamptz '2024-01-01' + g * interval '30 seconds', timestamptz '2024-01-01' + g * interval '30 seconds', 'published',
        'Source: Bench Wire ' || (g % ${SOURCES}), timestamptz '2024-01-01' + g * interval '30 seconds'
      FROM generate_series(${from}::int, ${to}::int) g JOIN entries e ON e.guid = 'g' || g
      CROSS JOIN LATERAL (SELECT string_agg('<p>' || b.body || '</p>', '' ORDER BY p) AS html, string_agg(b.body, ' ' ORDER BY p) AS text
        FROM generate_series(1, ${PARAGRAPHS}::int) p
        JOIN bench_paragraphs b ON b.id = 1 + (hashint8(g::bigint * 64 + p) & 2147483647) % ${DISTINCT_PARAGRAPHS}) c`.execute(deps.db);
    progress(`loaded ${to.toLocaleString()} / ${n.toLocaleString()} items`);
  }
  await sql`ANALYZE`.execute(deps.db);
  if (process.stderr.isTTY) process.stderr.write('\n');
  out(`loaded ${n.toLocaleString()} published items in ${((performance.now() - t) / 1000).toFixed(0)} s`);
}

interface Run {
  label: string;
  url: string;
  rate?: number;
  headers?: Record<string, string>;
}

/** Runs the autocannon CLI in its own process (its JSON result on stdout) against `url`. */
function autocannon(
  url: string,
  seconds: number,
  rate: number | undefined,
  headers: Record<string, string> = {},
): Promise<AutocannonResult> {
  const args = [require.resolve('autocannon/autocannon.js'), '--json', '-c', String(CONNECTIONS), '-d', String(seconds)];
  if (rate) args.push('-R', String(rate));
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}=${v}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`autocannon exited ${code}: ${stderr.slice(-500)}`));
      else resolve(JSON.parse(line) as AutocannonResult);
    });
  });
}

interface Driven {
  res: AutocannonResult;
  /** Server process CPU (user + system) per answered request, ms. */
  cpuPerReq: number;
}

async function drive(origin: string, r: Run, seconds: number): Promise<Driven> {
  const cpu0 = process.cpuUsage();
  const res = await autocannon(origin + r.url, seconds, r.rate, r.headers);
  const cpu = process.cpuUsage(cpu0);
  const codes = res.statusCodeStats ?? {};
  const total = Object.values(codes).reduce((a, c) => a + c.count, 0);
  // This process is the server (and its Postgres client); autocannon runs in its own process.
  const cpuPerReq = total ? (cpu.user + cpu.system) / 1000 / total : NaN;
  const share = (code: string) => (total ? ((codes[code]?.count ?? 0) / total) * 100 : 0);
  out(
    `${r.label.padEnd(34)} p50 ${String(res.latency.p50).padStart(5)} ms  p99 ${String(res.latency.p99).padStart(5)} ms  ${res.requests.average.toFixed(0).padStart(6)} req/s  200 ${share('200').toFixed(0)}%  304 ${share('304').toFixed(0)}%  errors ${res.errors + res.timeouts}  server CPU ${cpuPerReq.toFixed(2)} ms/req`,
  );
  return { res, cpuPerReq };
}

const ENCODINGS = ['identity', 'gzip', 'br'] as const;

/** Prints the bytes of the default page (50 items) as sent without compression, with gzip and with br. */
async function pageBytes(app: Awaited<ReturnType<typeof buildServer>>): Promise<void> {
  const sizes: string[] = [];
  let identity = 0;
  for (const encoding of ENCODINGS) {
    const res = await app.inject({ method: 'GET', url: '/api/items', headers: { 'accept-encoding': encoding } });
    const sent = res.headers['content-encoding'] ?? 'identity';
    if (sent !== encoding) throw new Error(`asked for ${encoding}, the server sent ${sent}`);
    const bytes = res.rawPayload.length;
    if (encoding === 'identity') identity = bytes;
    const ratio = encoding === 'identity' ? 'baseline' : `${((bytes / identity) * 100).toFixed(1)}% of identity`;
    sizes.push(`${encoding} ${bytes.toLocaleString('en')} B (${ratio})`);
  }
  out(`bytes per page of 50 items (/api/items): ${sizes.join(', ')}`);
}

const signed = (v: number) => (v < 0 ? `- ${(-v).toFixed(2)}` : `+ ${v.toFixed(2)}`);

/** The p99 target judged against the baseline: when /healthz itself misses it at the same rate, the machine is too busy to judge. */
function targetVerdict(p99: number, healthP99: number): string {
  if (p99 <= P99_TARGET_MS) return `meets p99 <= ${P99_TARGET_MS} ms`;
  if (healthP99 > P99_TARGET_MS) return `not judged: /healthz alone has p99 ${healthP99} ms > ${P99_TARGET_MS} ms, the machine is loaded`;
  return `MISSES p99 <= ${P99_TARGET_MS} ms`;
}

/**
 * At 500 req/s: each encoding of the page next to the uncompressed page and /healthz (`health`),
 * the p99 target and the CPU each encoding adds. The cached server keeps each encoding's body
 * (compressed once per page version); the uncached one renders and compresses on every request.
 */
async function compressionAtFixedRate(origin: string, server: string, health: Driven, seconds: number): Promise<void> {
  const rate = FIXED_RATE;
  const runs = new Map<string, Driven>();
  for (const encoding of ENCODINGS) {
    const label = `${server} ${encoding} at ${rate} req/s`;
    runs.set(encoding, await drive(origin, { label, url: '/api/items', rate, headers: { 'accept-encoding': encoding } }, seconds));
  }
  const base = runs.get('identity')!;
  for (const [encoding, d] of runs) {
    // The issue's target is for the cached path; the uncached server is the cost without the cache.
    const verdict = server === 'cached' ? targetVerdict(d.res.latency.p99, health.res.latency.p99) : 'no target: uncached';
    const cpu =
      encoding === 'identity'
        ? `CPU ${d.cpuPerReq.toFixed(2)} ms/req (baseline)`
        : `CPU ${d.cpuPerReq.toFixed(2)} ms/req = identity ${signed(d.cpuPerReq - base.cpuPerReq)} ms (${(d.cpuPerReq / base.cpuPerReq).toFixed(2)}x)`;
    out(
      `${`${server} ${encoding}`.padEnd(17)} at ${rate} req/s: p50 ${d.res.latency.p50} ms p99 ${d.res.latency.p99} ms (${verdict}; /healthz p99 ${health.res.latency.p99} ms, CPU ${health.cpuPerReq.toFixed(2)} ms/req); ${cpu}`,
    );
  }
}

/** Runs the bench; prints one line per load shape and the keyset/OFFSET ratio. */
export async function runApiListBench(o: ApiListBenchOptions = {}): Promise<void> {
  const items = o.items ?? API_LIST_DEFAULT_ITEMS;
  const seconds = o.seconds ?? 10;
  const reused = o.reuse === true && (await loadedItems()) === items;
  if (!reused) await admin([`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`, `CREATE DATABASE ${DB_NAME}`]);
  const settings = buildSettings(
    {
      DATABASE_URL: dbUrl(),
      WIREROOM_LOG_LEVEL: 'silent',
      WIREROOM_API_RATE_LIMIT: '0',
      WIREROOM_FEEDS: 'bench-feeds.yaml',
      WIREROOM_DATA_DIR: ':memory:',
    },
    () => feedsYaml(),
  );
  const deps = await buildDeps(settings, { log: silentLogger(), migrate: true });
  try {
    await syncSources(deps);
    if (reused) out(`reusing ${DB_NAME} with ${items.toLocaleString()} published items`);
    else await load(deps, items);
    const app = await buildServer(deps);
    const deepOffset = Math.floor(items / 2);
    app.get('/bench/offset', async () => {
      // The baseline: the same page as the deep keyset run, found by OFFSET.
      const rows = await sql`SELECT i.*, s.name FROM items i JOIN sources s ON s.id = i.source_id WHERE i.status = 'published'
        ORDER BY i.sort_at DESC, i.id DESC OFFSET ${deepOffset} LIMIT 50`.execute(deps.db);
      return { n: rows.rows.length };
    });
    const origin = await app.listen({ port: 0, host: '127.0.0.1' });
    // The same server without the rendered-page cache: every request loads and renders its page.
    const uncachedApp = await buildServer({ ...deps, settings: { ...deps.settings, api: { ...deps.settings.api, pageCacheBytes: 0 } } });
    const uncached = await uncachedApp.listen({ port: 0, host: '127.0.0.1' });
    const mid = await deps.db
      .selectFrom('items')
      .select(['id', 'sort_at'])
      .where('status', '=', 'published')
      .orderBy('sort_at', 'desc')
      .orderBy('id', 'desc')
      .offset(deepOffset)
      .limit(1)
      .executeTakeFirstOrThrow();
    const deepCursor = encodeCursor({ sortAt: new Date(mid.sort_at), id: Number(mid.id) });
    const first = await fetch(`${origin}/api/items`);
    const etag = first.headers.get('etag') ?? '';
    await drive(origin, { label: 'warm-up /api/items', url: '/api/items' }, 2);
    await drive(origin, { label: 'warm-up br /api/items', url: '/api/items', headers: { 'accept-encoding': 'br' } }, 2);
    out(
      `${items.toLocaleString()} items, ${seconds} s per run, ${CONNECTIONS} connections, loopback; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${cpus().length} cores`,
    );
    await pageBytes(app);
    const health = await drive(origin, { label: `baseline: /healthz at ${FIXED_RATE} req/s`, url: '/healthz', rate: FIXED_RATE }, seconds);
    await compressionAtFixedRate(origin, 'cached', health, seconds);
    await compressionAtFixedRate(uncached, 'uncached', health, seconds);
    const { res: max } = await drive(origin, { label: '/api/items at max', url: '/api/items' }, seconds);
    await drive(uncached, { label: 'uncached /api/items at max', url: '/api/items' }, seconds);
    await drive(origin, { label: 'br /api/items at max', url: '/api/items', headers: { 'accept-encoding': 'gzip, br' } }, seconds);
    await drive(origin, { label: '/api/items?source=bench-3 at max', url: '/api/items?source=bench-3' }, seconds);
    await drive(origin, { label: '/api/items If-None-Match at max', url: '/api/items', headers: { 'if-none-match': etag } }, seconds);
    const { res: deep } = await drive(
      origin,
      { label: `keyset page at ${deepOffset.toLocaleString()}`, url: `/api/items?cursor=${deepCursor}` },
      seconds,
    );
    const { res: off } = await drive(origin, { label: `baseline: OFFSET ${deepOffset.toLocaleString()}`, url: '/bench/offset' }, seconds);
    const { res: healthMax } = await drive(origin, { label: 'baseline: /healthz at max', url: '/healthz' }, seconds);
    out(
      `deep page: keyset p50 ${deep.latency.p50} ms vs OFFSET p50 ${off.latency.p50} ms (ratio ${(off.latency.p50 / Math.max(deep.latency.p50, 0.01)).toFixed(1)}x); /api/items max ${max.requests.average.toFixed(0)} req/s = ${(max.requests.average / healthMax.requests.average).toFixed(2)} of /healthz`,
    );
    await app.close();
    await uncachedApp.close();
  } finally {
    await closeDeps(deps, 2000);
    if (!o.keep) await admin([`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`]);
  }
}

/** Published items in the bench database, or -1 when it does not exist. */
async function loadedItems(): Promise<number> {
  const c = new pg.Client({ connectionString: dbUrl() });
  try {
    await c.connect();
    const r = await c.query<{ n: string }>(`SELECT count(*) AS n FROM items WHERE status = 'published'`);
    return Number(r.rows[0]?.n ?? -1);
  } catch {
    return -1;
  } finally {
    await c.end().catch(() => undefined);
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
  await runApiListBench({
    items: num('--items'),
    seconds: num('--seconds'),
    keep: argv.includes('--keep'),
    reuse: argv.includes('--reuse'),
  });
}
