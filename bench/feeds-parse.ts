/**
 * Bench (b): feed parse throughput and peak memory, wireroom's parser against rss-parser, on a
 * generated 1 MB and 50 MB RSS feed (written to .bench/, not committed). Each parser runs in its own
 * child process so that its peak RSS is its own. Run: npm run bench -- feeds-parse
 * Rows: `wireroom` (parseFeed, all items kept in an array), `wireroom-stream` (parseFeedItems on the
 * main thread, the consumer counts items and keeps none), `wireroom-worker` (parseFeedAsync: worker,
 * all items kept), `wireroom-worker-stream` (parseFeedStream through the worker, counting: what
 * fetch-feed does), `rss-parser`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import RssParser from 'rss-parser';
import { parseFeed, parseFeedAsync, parseFeedItems, parseFeedStream } from '../src/fetchers/parse/index';

const BENCH_DIR = '.bench';
/** Feed sizes: a typical large feed, and the 50 MB / 100k-item case. */
const SIZES = [
  { name: '1MB', items: 2_000, runs: 15 },
  { name: '50MB', items: 100_000, runs: 3 },
] as const;
const PARSERS = ['rss-parser', 'wireroom', 'wireroom-stream', 'wireroom-worker', 'wireroom-worker-stream'] as const;
/** Rows measured on the 50 MB feed only: the worker is for large bodies. */
const LARGE_ONLY: ReadonlySet<ParserName> = new Set(['wireroom-worker', 'wireroom-worker-stream']);
/** What each wireroom row keeps, for the ratio lines. */
const KEEPS: Readonly<Record<ParserName, string>> = {
  'rss-parser': 'all items',
  wireroom: 'all items in an array',
  'wireroom-stream': 'items counted, none kept',
  'wireroom-worker': 'worker thread, all items kept',
  'wireroom-worker-stream': 'worker thread, batches counted, none kept',
};
type ParserName = (typeof PARSERS)[number];

interface ChildResult {
  parser: ParserName;
  bytes: number;
  items: number;
  msMedian: number;
  mbPerS: number;
  baseRssMb: number;
  peakRssMb: number;
  maxLoopDelayMs: number | null;
}

/** One generated item (~500 bytes) with the usual fields, an entity and a CDATA body. */
function itemXml(i: number): string {
  return (
    `<item><title>Item ${i}: markets &amp; more</title><link>https://example.com/news/${i}</link>` +
    `<guid isPermaLink="false">id-${i}</guid><pubDate>Mon, 06 Jan 2025 10:${String(i % 60).padStart(2, '0')}:00 GMT</pubDate>` +
    `<author>desk@example.com (News Desk)</author><category>World</category>` +
    `<description><![CDATA[<p>Paragraph ${i} with <b>markup</b> and some text to make the item a realistic size for a news feed.</p>]]></description>` +
    `<enclosure url="https://example.com/img/${i}.jpg" type="image/jpeg" length="12345"/></item>\n`
  );
}

/** Writes the feed with `items` items to .bench/ unless it is already there; returns its path. */
function generateFeed(name: string, items: number): string {
  const file = path.resolve(BENCH_DIR, `feed-${name}.xml`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const fd = fs.openSync(file, 'w');
  fs.writeSync(
    fd,
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Bench</title><link>https://example.com/</link>\n',
  );
  for (let i = 0; i < items; i++) fs.writeSync(fd, itemXml(i));
  fs.writeSync(fd, '</channel></rss>\n');
  fs.closeSync(fd);
  return file;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** Parses `file` once with `parser`; returns the item count. */
async function parseOnce(parser: ParserName, buf: Buffer): Promise<number> {
  if (parser === 'rss-parser') {
    const feed = await new RssParser().parseString(buf.toString('utf8'));
    return feed.items.length;
  }
  if (parser === 'wireroom-stream') return countStreamed(buf);
  if (parser === 'wireroom-worker-stream') {
    let n = 0;
    const r = await parseFeedStream(buf, {}, (items) => {
      n += items.length;
    });
    return r.ok ? n : -1;
  }
  const r = parser === 'wireroom' ? parseFeed(buf, {}) : await parseFeedAsync(buf, {});
  return r.ok ? r.feed.items.length : -1;
}

/**
 * The file in shared memory, as the HTTP client hands a large body to the parser (read-body.ts
 * concatBody), so the worker reads it without a copy. Read straight in: no second copy on the way.
 */
function readShared(file: string): Buffer {
  const size = fs.statSync(file).size;
  const buf = Buffer.from(new SharedArrayBuffer(size));
  const fd = fs.openSync(file, 'r');
  try {
    for (let at = 0; at < size;) at += fs.readSync(fd, buf, at, size - at, at);
  } finally {
    fs.closeSync(fd);
  }
  return buf;
}

/** The streaming core on this thread: counts the items of each batch and drops them. */
function countStreamed(buf: Buffer): number {
  const gen = parseFeedItems(buf, {});
  let n = 0;
  let step = gen.next();
  for (; !step.done; step = gen.next()) n += step.value.length;
  return step.value.ok ? n : -1;
}

/** Child-process side: runs one parser `runs` times and prints a ChildResult as JSON. */
async function runChild(parser: ParserName, file: string, runs: number): Promise<void> {
  const buf = LARGE_ONLY.has(parser) ? readShared(file) : fs.readFileSync(file);
  await parseOnce(parser, Buffer.from('<rss version="2.0"><channel><item><title>warm</title></item></channel></rss>'));
  const baseRssMb = process.resourceUsage().maxRSS / 1024;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const times: number[] = [];
  let items = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    items = await parseOnce(parser, buf);
    times.push(performance.now() - t0);
  }
  loop.disable();
  const ms = median(times);
  const out: ChildResult = {
    parser,
    bytes: buf.length,
    items,
    msMedian: ms,
    mbPerS: buf.length / 1e6 / (ms / 1000),
    baseRssMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    maxLoopDelayMs: loop.max / 1e6,
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

/** Spawns a child for one parser and size. */
function measure(parser: ParserName, file: string, runs: number): ChildResult {
  const r = spawnSync(process.execPath, ['bin/run-ts.js', __filename, '--child', parser, file, String(runs)], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
    maxBuffer: 1 << 20,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`bench child ${parser} failed: ${r.stderr.slice(-2000)}`);
  return JSON.parse(line) as ChildResult;
}

/** Runs the parse benchmark and prints a table with the ratios against rss-parser. */
export async function runFeedParseBench(): Promise<void> {
  const rows: string[] = [
    '| feed | parser | items | median ms | MB/s | peak RSS MB (base) | max loop delay ms |',
    '|---|---|---|---|---|---|---|',
  ];
  const ratios: string[] = [];
  for (const size of SIZES) {
    const file = generateFeed(size.name, size.items);
    const res = PARSERS.filter((p) => !LARGE_ONLY.has(p) || size.name === '50MB').map((p) => measure(p, file, size.runs));
    for (const r of res)
      rows.push(
        `| ${size.name} | ${r.parser} | ${r.items} | ${r.msMedian.toFixed(0)} | ${r.mbPerS.toFixed(1)} | ${r.peakRssMb.toFixed(0)} (${r.baseRssMb.toFixed(0)}) | ${r.maxLoopDelayMs?.toFixed(0) ?? '-'} |`,
      );
    const theirs = res.find((r) => r.parser === 'rss-parser');
    for (const ours of res) {
      if (!theirs || ours === theirs) continue;
      ratios.push(
        `${size.name} ${ours.parser} (${KEEPS[ours.parser]}) vs rss-parser: throughput ×${(ours.mbPerS / theirs.mbPerS).toFixed(2)}, peak RSS ${(ours.peakRssMb / theirs.peakRssMb).toFixed(2)} of rss-parser's (above base: ${((ours.peakRssMb - ours.baseRssMb) / (theirs.peakRssMb - theirs.baseRssMb)).toFixed(2)})`,
      );
    }
  }
  process.stdout.write(rows.join('\n') + '\n\n' + ratios.join('\n') + '\n');
}

/** CLI: the bench itself, or one measurement when called as a child. */
export async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child') return runChild(argv[1] as ParserName, argv[2] as string, Number(argv[3]));
  return runFeedParseBench();
}
