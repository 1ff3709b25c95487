/**
 * `npm run bench [-- name …]`: the performance harness. Each benchmark prints its figures and a
 * ratio against a baseline measured in the same run (the machine is shared and noisy: medians and
 * ratios, never absolute targets in tests). With no names, every benchmark runs in turn.
 */
import { runApiListBench } from './api-list';
import { runDedupeBench } from './dedupe';
import { runDedupeStoreBench } from './dedupe-store';
import { runEditorQueueBench } from './editor-queue';
import { runExtractBench } from './extract';
import { runFeedParseBench } from './feeds-parse';
import { runLoginFloodBench } from './login-flood';
import { runStartupBench } from './startup';
import { runFeedPollBench } from './feeds-poll';
import { runWireParseBench } from './wire-parse';
import { runThroughputBench } from './throughput';

/** name → [what it measures, runner]. Add new benchmarks here. */
export const BENCHMARKS: Record<string, [string, () => Promise<void>]> = {
  'api-list': [
    'portal /api/items p50/p99, req/s and server CPU/request at 500 req/s and at max, with and without the page cache; 304 rate; deep keyset vs OFFSET; vs /healthz (1M article-sized items; `node bin/run-ts.js bench/api-list.ts --items N [--keep] [--reuse]`)',
    () => runApiListBench(),
  ],
  'feeds-poll': [
    'polling 10,000 loopback feeds (80% 304) through scheduler, queue and fetchFeed: polls/min and CPU vs no conditional GET and bare fetch()',
    () => runFeedPollBench(),
  ],
  'feeds-parse': ['feed parse throughput and peak memory vs rss-parser (1 MB and 50 MB feeds)', runFeedParseBench],
  extract: ['article extraction CPU per page vs Readability on linkedom and the bare htmlparser2 parse', runExtractBench],
  dedupe: [
    'near-duplicate precision/recall, CPU per article, lookup time vs SimHash (100k stored; `node bin/run-ts.js bench/dedupe.ts --docs 1000000 --postgres` for the 1M run)',
    () => runDedupeBench({ docs: 100_000 }),
  ],
  'dedupe-store': [
    'store path with de-duplication on Postgres: wall ms per article (2,000 stored) and the share taken by fingerprint + band lookup',
    () => runDedupeStoreBench({ stored: 2000, measured: 300 }),
  ],
  'editor-queue': [
    'review desk GET /editor with 10,000 queued (+50,000 published) items: median ms vs GET /api/items?limit=50',
    () => runEditorQueueBench(),
  ],
  'login-flood': [
    'review desk logins: 30 wrong passwords at once; answers by status, reply times vs one lone login, peak RSS above idle (`node bin/run-ts.js bench/login-flood.ts --logins N`)',
    () => runLoginFloodBench(),
  ],
  startup: [
    '`wireroom start` start-up time and RSS: embedded fresh / reopened data dir vs Postgres + Redis (median of 3)',
    () => runStartupBench(3),
  ],
  throughput: [
    'end-to-end articles/s and CPU ms per article through BullMQ `work` processes on an own Postgres + Redis (2,000 articles, median of 3), the store path in combined statements vs one statement per row (`node bin/run-ts.js bench/throughput.ts --articles N --runs N [--page-delay MS] [--statements] [--profile DIR]`)',
    () => runThroughputBench(),
  ],
  'wire-parse': [
    'wire document parse µs (NITF 3.6, NewsML-G2 2.33, ninjs 2.0, a 200-item newsMessage) vs parseFeed on RSS with the same stories',
    runWireParseBench,
  ],
};

export async function main(argv: string[]): Promise<void> {
  const names = argv.filter((a) => !a.startsWith('-'));
  if (argv.includes('--list') || argv.includes('--help')) {
    for (const [name, [what]] of Object.entries(BENCHMARKS)) process.stdout.write(`${name.padEnd(14)} ${what}\n`);
    return;
  }
  const unknown = names.filter((n) => !BENCHMARKS[n]);
  if (unknown.length) {
    process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}; run \`npm run bench -- --list\`\n`);
    process.exitCode = 2;
    return;
  }
  for (const name of names.length ? names : Object.keys(BENCHMARKS)) {
    process.stdout.write(`\n### ${name}: ${BENCHMARKS[name]![0]}\n`);
    await BENCHMARKS[name]![1]();
  }
}
