/**
 * Bench (a): polling 10,000 feeds on loopback, 80% answering 304. The whole fetch path runs —
 * scheduler claim → in-process queue → fetchFeed (conditional GET, parse, store, health row) — on
 * PGlite (or Postgres with DATABASE_URL). The web runs in a child process so this process's
 * CPU (process.cpuUsage) is the fetcher's own. Baselines in the same run: the same pass without
 * conditional GET, and bare global fetch() of the same URLs with no database.
 * Run: node bin/run-ts.js bench/feeds-poll.ts [--feeds 10000]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { sql } from 'kysely';
import { buildDeps, closeDeps, type Deps } from '../src/deps';
import { fetchFeed } from '../src/fetchers/fetch-feed';
import { schedulerTick, type FeedFetchJob } from '../src/fetchers/scheduler';
import { silentLogger } from '../src/log';
import { buildSettings } from '../src/settings';

/** Distinct host names: the per-host limit (2) applies per name, as on the real web. */
const HOSTS = 100;
/** Feed-fetch jobs in flight (WIREROOM_FETCH_CONCURRENCY). */
const CONCURRENCY = 50;

/** The scripted web: /f/<i>.xml; feeds with i % 5 != 0 carry an ETag and answer 304 to it. */
const SERVER = `
const http = require('node:http');
const body = (i) => '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ' + i + '</title><link>http://site.localhost/</link>' +
  [0, 1].map((k) => '<item><title>Story ' + k + ' of feed ' + i + '</title><link>http://site.localhost/' + i + '/' + k + '</link><guid>f' + i + '-' + k + '</guid><pubDate>Fri, 27 Nov 2026 0' + k + ':00:00 GMT</pubDate><description>Some text of a story, as feeds carry it.</description></item>').join('') + '</channel></rss>';
const server = http.createServer((req, res) => {
  const i = Number((/\\/f\\/(\\d+)\\.xml/.exec(req.url) || [])[1]);
  if (i % 5 === 0) return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body(i));
  const etag = '"e' + i + '"';
  if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
  res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(body(i));
});
server.keepAliveTimeout = 30000;
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
`;

async function startWeb(): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
    child.once('exit', (code) => reject(new Error(`fixture web exited with ${code}`)));
  });
  return { port, child };
}

const feedUrl = (port: number, i: number) => `http://h${i % HOSTS}.bench.localhost:${port}/f/${i}.xml`;

async function insertFeeds(deps: Deps, port: number, n: number): Promise<void> {
  await deps.db
    .insertInto('sources')
    .values({ id: 'bench', name: 'Bench', rights: 'full', review: 'auto', credit_template: 'Source: {source}', excerpt_words: 60 })
    .execute();
  for (let start = 0; start < n; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, n - start) }, (_, k) => {
      const url = feedUrl(port, start + k);
      return { source_id: 'bench', url, config_url: url, type: 'rss', poll_interval_s: 900, next_due_at: new Date(0) };
    });
    await deps.db.insertInto('feeds').values(rows).execute();
  }
}

interface PassResult {
  wallS: number;
  cpuS: number;
  polls: number;
  notModified: number;
}

/** Makes every feed due, then ticks the scheduler until the queue has run them all. */
async function runPass(deps: Deps, n: number, outcomes: Map<string, number>): Promise<PassResult> {
  await sql`UPDATE feeds SET next_due_at = ${new Date(0)}`.execute(deps.db);
  outcomes.clear();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let done: number;
  for (;;) {
    await schedulerTick(deps);
    done = [...outcomes.values()].reduce((a, b) => a + b, 0);
    if (done >= n) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const cpu = process.cpuUsage(cpu0);
  return {
    wallS: (performance.now() - t0) / 1000,
    cpuS: (cpu.user + cpu.system) / 1e6,
    polls: done,
    notModified: outcomes.get('not-modified') ?? 0,
  };
}

/** Bare global fetch() of every URL (no conditional GET, no database): the floor of HTTP cost. */
async function runFetchBaseline(port: number, n: number): Promise<PassResult> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      const res = await fetch(`http://127.0.0.1:${port}/f/${i}.xml`);
      await res.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const cpu = process.cpuUsage(cpu0);
  return { wallS: (performance.now() - t0) / 1000, cpuS: (cpu.user + cpu.system) / 1e6, polls: n, notModified: 0 };
}

function report(name: string, r: PassResult): string {
  const perMin = Math.round((r.polls / r.wallS) * 60);
  const cores = r.cpuS / r.wallS;
  const perCoreMin = Math.round((r.polls / r.cpuS) * 60); // what one saturated core sustains; robust to a loaded machine
  return `${name.padEnd(36)} ${String(r.polls).padStart(6)} polls  ${r.wallS.toFixed(1).padStart(6)} s wall  ${String(perMin).padStart(7)} polls/min  CPU ${r.cpuS.toFixed(1)} s = ${cores.toFixed(2)} cores  ${((r.cpuS * 1000) / r.polls).toFixed(2)} ms CPU/poll = ${perCoreMin} polls/min per core  304s ${r.notModified}`;
}

/** Runs the bench; `feeds` defaults to the 10,000. */
export async function runFeedPollBench(opts: { feeds?: number; databaseUrl?: string } = {}): Promise<void> {
  const n = opts.feeds ?? 10_000;
  const web = await startWeb();
  const env: Record<string, string> = {
    WIREROOM_ALLOW_PRIVATE_NETWORKS: '1',
    WIREROOM_DATA_DIR: ':memory:',
    WIREROOM_LOG_LEVEL: 'silent',
    WIREROOM_FEEDS: 'bench-feeds.yaml',
    WIREROOM_FETCH_CONCURRENCY: String(CONCURRENCY),
    ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
  };
  const settings = buildSettings(env, () => 'sources: []\n');
  const resolver = async () => [{ address: '127.0.0.1', family: 4 }];
  const deps = await buildDeps(settings, { log: silentLogger(), migrate: true, resolver });
  try {
    await insertFeeds(deps, web.port, n);
    const outcomes = new Map<string, number>();
    deps.queue.process<FeedFetchJob>(
      'feed-fetch',
      async (job, log) => {
        const r = await fetchFeed(deps, job.data.feedId, log);
        outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1);
      },
      { concurrency: CONCURRENCY },
    );
    process.stdout.write(
      `${n} feeds on ${HOSTS} loopback host names, ${deps.dbKind}, in-process queue, ${CONCURRENCY} fetches in flight\n`,
    );
    const first = await runPass(deps, n, outcomes);
    process.stdout.write(report('first poll (all 200, entries stored)', first) + '\n');
    const cond = await runPass(deps, n, outcomes);
    process.stdout.write(report('conditional GET (80% 304)', cond) + '\n');
    await sql`UPDATE feeds SET etag = NULL, last_modified = NULL`.execute(deps.db);
    const plain = await runPass(deps, n, outcomes);
    process.stdout.write(report('baseline: no conditional GET', plain) + '\n');
    const bare = await runFetchBaseline(web.port, n);
    process.stdout.write(report('baseline: bare fetch(), no database', bare) + '\n');
    process.stdout.write(
      `ratio conditional / no-conditional: ${(cond.polls / cond.wallS / (plain.polls / plain.wallS)).toFixed(2)}× polls/s, ${(plain.cpuS / plain.polls / (cond.cpuS / cond.polls)).toFixed(2)}× less CPU per poll\n`,
    );
  } finally {
    await closeDeps(deps, 1000);
    web.child.kill();
  }
}

/** CLI entry: --feeds N, --postgres (uses DATABASE_URL from the environment). */
export async function main(argv: string[]): Promise<void> {
  const i = argv.indexOf('--feeds');
  const feeds = i >= 0 ? Number(argv[i + 1]) : undefined;
  await runFeedPollBench({ feeds, databaseUrl: argv.includes('--postgres') ? process.env.DATABASE_URL : undefined });
}
