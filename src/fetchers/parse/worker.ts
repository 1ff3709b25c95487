/**
 * Runs parseFeed in a worker thread. The worker is started from inline code that loads this
 * module's sibling index: the compiled `.js` under dist/, or the `.ts` source through tsx when
 * running from source (tsx, jest), so one code path serves both.
 */
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import type { FeedItem, ParseOptions, ParseResult } from './types';

/** Heap cap for one worker: a 50 MB feed needs ~300 MB; a runaway parse must not take the process down. */
const WORKER_MAX_OLD_GENERATION_MB = 1024;

/** Items per message back from the worker: each message is deserialized in its own event-loop turn. */
const ITEMS_PER_MESSAGE = 2_000;

/** The worker's entry: load the parser (registering tsx for .ts sources), parse, post the result in chunks. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
if (workerData.entry.endsWith('.ts')) require('tsx/cjs/api').register();
const { parseFeed } = require(workerData.entry);
const d = workerData.body;
const body = typeof d === 'string' ? d : Buffer.from(d.buffer, d.byteOffset, d.byteLength);
const result = parseFeed(body, workerData.opts);
if (result.ok) {
  const items = result.feed.items;
  result.feed.items = [];
  for (let i = 0; i < items.length; i += workerData.chunk) parentPort.postMessage({ items: items.slice(i, i + workerData.chunk) });
}
parentPort.postMessage({ done: result });
`;

/** A message from the worker: a chunk of items, or the result (its feed's items left out). */
type WorkerMessage = { items: FeedItem[] } | { done: ParseResult };

/** The parser module the worker loads: index.ts next to this file, or index.js when compiled. */
function parserEntry(): string {
  const ext = path.extname(__filename) === '.ts' ? '.ts' : '.js';
  return path.join(__dirname, 'index' + ext);
}

/** Parses `body` in a fresh worker thread; rejects only when the worker itself fails. */
export function parseInWorker(body: Buffer | string, opts: ParseOptions): Promise<ParseResult> {
  const data = typeof body === 'string' ? body : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { entry: parserEntry(), chunk: ITEMS_PER_MESSAGE, body: data, opts: { url: opts.url, contentType: opts.contentType } },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_MAX_OLD_GENERATION_MB },
  });
  return new Promise<ParseResult>((resolve, reject) => {
    let settled = false;
    const items: FeedItem[] = [];
    worker.on('message', (m: WorkerMessage) => {
      if ('items' in m) { for (const it of m.items) items.push(it); return; }
      settled = true;
      if (m.done.ok) m.done.feed.items = items;
      resolve(m.done);
      void worker.terminate();
    });
    worker.once('error', (err) => { if (!settled) { settled = true; reject(err); } });
    worker.once('exit', (code) => { if (!settled) { settled = true; reject(new Error(`feed parser worker exited with code ${code}`)); } });
  });
}
