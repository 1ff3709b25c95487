/**
 * `npm run bench [-- name …]`: the performance harness. Each benchmark prints its figures and a
 * ratio against a baseline measured in the same run (the machine is shared and noisy: medians and
 * ratios, never absolute targets in tests). With no names, every benchmark runs in turn. Flags after
 * the names go to each named benchmark (`npm run bench -- api-list --items 20000`).
 */
import { API_LIST_DEFAULT_ITEMS, main as apiListMain } from './api-list';
import { splitBenchArgs, withDefaults, type BenchFlags } from './args';
import { main as dedupeMain } from './dedupe';
import { main as dedupeStoreMain } from './dedupe-store';
import { main as editorQueueMain } from './editor-queue';
import { runExtractBench } from './extract';
import { runFeedParseBench } from './feeds-parse';
import { main as loginFloodMain } from './login-flood';
import { main as startupMain } from './startup';
import { main as feedsPollMain } from './feeds-poll';
import { runWireParseBench } from './wire-parse';
import { main as throughputMain } from './throughput';

/** One benchmark: what it measures, the flags it reads, and its runner (given the flags typed after the names). */
interface Benchmark {
  what: string;
  flags: BenchFlags;
  run: (flags: string[]) => Promise<void>;
}

const none: BenchFlags = { values: [], switches: [] };

/** name → benchmark. Add new benchmarks here. */
export const BENCHMARKS: Record<string, Benchmark> = {
  'api-list': {
    what: `portal /api/items: bytes per page of 50 (identity, gzip, br); p50/p99 and server CPU/request at 500 req/s without and with gzip/br vs /healthz at 500 req/s; at max, uncached, 304 rate, deep keyset vs OFFSET (${API_LIST_DEFAULT_ITEMS.toLocaleString('en')} items by default; --items N --seconds S --keep --reuse)`,
    flags: { values: ['--items', '--seconds'], switches: ['--keep', '--reuse'] },
    run: (flags) => apiListMain(flags),
  },
  'feeds-poll': {
    what: 'polling 10,000 loopback feeds (80% 304) through scheduler, queue and fetchFeed: polls/min and CPU vs no conditional GET and bare fetch() (--feeds N --postgres)',
    flags: { values: ['--feeds'], switches: ['--postgres'] },
    run: (flags) => feedsPollMain(flags),
  },
  'feeds-parse': {
    what: 'feed parse throughput and peak memory vs rss-parser (1 MB and 50 MB feeds)',
    flags: none,
    run: () => runFeedParseBench(),
  },
  extract: {
    what: 'article extraction CPU per page vs Readability on linkedom and the bare htmlparser2 parse, in the built dist/ code that production runs (--source: the TypeScript source under tsx instead; --compiled, the default, is still accepted)',
    flags: { values: [], switches: ['--compiled', '--source'] },
    run: (flags) => runExtractBench(!flags.includes('--source')),
  },
  dedupe: {
    what: 'near-duplicate precision/recall, CPU per article, lookup time vs SimHash (100k stored; --docs 1000000 --postgres for the 1M run; --eval N --sweep)',
    flags: { values: ['--docs', '--eval'], switches: ['--sweep', '--postgres'] },
    run: (flags) => dedupeMain(withDefaults(flags, { '--docs': '100000' })),
  },
  'dedupe-store': {
    what: 'store path with de-duplication on Postgres: wall ms per article (2,000 stored) and the share taken by fingerprint + band lookup (--stored N --measured N)',
    flags: { values: ['--stored', '--measured'], switches: [] },
    run: (flags) => dedupeStoreMain(withDefaults(flags, { '--stored': '2000', '--measured': '300' })),
  },
  'editor-queue': {
    what: 'review desk GET /editor with 10,000 queued (+50,000 published) items: median ms vs GET /api/items?limit=50 (--queued N)',
    flags: { values: ['--queued'], switches: [] },
    run: (flags) => editorQueueMain(flags),
  },
  'login-flood': {
    what: 'review desk logins: 30 wrong passwords at once; answers by status, reply times vs one lone login, peak RSS above idle (--logins N)',
    flags: { values: ['--logins'], switches: [] },
    run: (flags) => loginFloodMain(flags),
  },
  startup: {
    what: '`wireroom start` start-up time and RSS: embedded fresh / reopened data dir vs Postgres + Redis (median of 3; --runs N)',
    flags: { values: ['--runs'], switches: [] },
    run: (flags) => startupMain(flags),
  },
  throughput: {
    what: 'end-to-end articles/s and CPU ms per article through BullMQ `work` processes on an own Postgres + Redis (2,000 articles, median of 3), the store path in combined statements vs one statement per row (--articles N --runs N --workers N --concurrency N --only NAME --page-delay MS --profile DIR --statements --in-process)',
    flags: {
      values: ['--articles', '--runs', '--workers', '--concurrency', '--only', '--page-delay', '--profile'],
      switches: ['--in-process', '--statements'],
    },
    run: (flags) => throughputMain(flags),
  },
  'wire-parse': {
    what: 'wire document parse µs (NITF 3.6, NewsML-G2 2.33, ninjs 2.0, a 200-item newsMessage) vs parseFeed on RSS with the same stories',
    flags: none,
    run: () => runWireParseBench(),
  },
};

/** `npm run bench -- [name …] [--flag value …]`: the named benchmarks (all when none), each given the flags. */
export async function main(argv: string[]): Promise<void> {
  if (argv.includes('--list') || argv.includes('--help')) {
    for (const [name, b] of Object.entries(BENCHMARKS)) process.stdout.write(`${name.padEnd(14)} ${b.what}\n`);
    return;
  }
  const known = Object.fromEntries(Object.entries(BENCHMARKS).map(([n, b]) => [n, b.flags]));
  const args = splitBenchArgs(argv, known);
  if (!args.ok) {
    process.stderr.write(`${args.problem}\n`);
    process.exitCode = 2;
    return;
  }
  for (const name of args.names) {
    const b = BENCHMARKS[name]!;
    process.stdout.write(`\n### ${name}: ${b.what}\n`);
    await b.run(args.flags);
  }
}
