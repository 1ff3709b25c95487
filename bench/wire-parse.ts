/**
 * Wire parse cost: microseconds per document for the NITF 3.6, NewsML-G2 2.33 and ninjs 2.0
 * fixtures (strict XML: validate + parse), and a NewsML-G2 newsMessage of 200 items, against
 * parseFeed on an RSS document carrying the same stories (the feed path's lenient scanner) as the
 * baseline ratio. Medians of 15 runs. Run: node bin/run-ts.js bench/wire-parse.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFeed } from '../src/fetchers/parse/index';
import { parseWire } from '../src/fetchers/parse/wire/index';

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures', 'wire');
const RUNS = 15;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median microseconds per call of `fn` over RUNS runs of `reps` calls. */
function timeUs(fn: () => unknown, reps: number): number {
  for (let i = 0; i < 20; i++) fn();
  const runs: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    for (let i = 0; i < reps; i++) fn();
    runs.push(((performance.now() - t) * 1000) / reps);
  }
  return median(runs);
}

function newsMessage(items: number): string {
  const one = fs.readFileSync(path.join(FIXTURES, 'newsml-g2-2.33-item.xml'), 'utf8').replace(/^<\?xml[^>]*>\s*/, '');
  const body = Array.from({ length: items }, (_, i) => one.replace('exa-0002', `exa-${i}`)).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2026-11-27T10:06:00Z</sent></header><itemSet>${body}</itemSet></newsMessage>`;
}

function rssOf(items: number): string {
  const item = (i: number) =>
    `<item><guid>urn:newsml:wire.example.test:20261127:exa-${i}</guid><title>Ferry timetable changes for winter</title><author>Ben Okafor</author><category>transport</category><pubDate>Fri, 27 Nov 2026 10:00:00 GMT</pubDate><source url="http://wire.example.test/">Example Wire Agency</source><description><![CDATA[<p>Ferries will run hourly instead of every 40 minutes from December 1, the operator said.</p><p>The last crossing leaves at 22:00.</p>]]></description></item>`;
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${Array.from({ length: items }, (_, i) => item(i)).join('')}</channel></rss>`;
}

/** Prints one line per document and the ratio to the RSS baseline. */
export async function runWireParseBench(): Promise<void> {
  const rss1 = rssOf(1);
  const base1 = timeUs(() => parseFeed(rss1, {}), 200);
  process.stdout.write(`baseline parseFeed, RSS with 1 story (${rss1.length} B): median ${base1.toFixed(1)} µs\n`);
  for (const f of ['nitf-3.6-story.xml', 'newsml-g2-2.33-item.xml', 'ninjs-2.0.json']) {
    const doc = fs.readFileSync(path.join(FIXTURES, f));
    const r = parseWire(doc);
    if (!r.ok) throw new Error(`${f}: ${r.reason}`);
    const us = timeUs(() => parseWire(doc), 200);
    process.stdout.write(
      `${f.padEnd(26)} ${String(doc.length).padStart(6)} B  median ${us.toFixed(1).padStart(7)} µs  ×${(us / base1).toFixed(2)} of baseline\n`,
    );
  }
  const msg = newsMessage(200);
  const rss200 = rssOf(200);
  const base200 = timeUs(() => parseFeed(rss200, {}), 5);
  const us200 = timeUs(() => parseWire(msg), 5);
  process.stdout.write(
    `newsMessage, 200 items (${(msg.length / 1024).toFixed(0)} kB): median ${(us200 / 1000).toFixed(2)} ms = ${(us200 / 200).toFixed(1)} µs/item; RSS 200 items (${(rss200.length / 1024).toFixed(0)} kB): ${(base200 / 1000).toFixed(2)} ms; ×${(us200 / base200).toFixed(2)}\n`,
  );
}

/** Entry point for `node bin/run-ts.js bench/wire-parse.ts`. */
export const main = runWireParseBench;
