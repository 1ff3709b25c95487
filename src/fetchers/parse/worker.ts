/**
 * Runs parseFeedItems in a worker thread and streams the batches back with back-pressure: the worker
 * posts a batch only when the main thread asks for it, which it does after its consumer has handled
 * the previous one; meanwhile the worker parses one batch ahead. So the main thread deserializes one
 * batch at a time (a few ms) and never holds more than one. The worker is started from inline code
 * that loads this module's sibling index: the compiled `.js` under dist/, or the `.ts` source through
 * tsx when running from source (tsx, jest), so one code path serves both.
 */
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import type { FeedItem, ParseOptions, ParseResult } from './types';

/** Heap cap for one worker: a streamed parse needs tens of MB; a runaway parse must not take the process down. */
const WORKER_MAX_OLD_GENERATION_MB = 1024;

/** The worker's entry: load the parser (registering tsx for .ts sources); each 'next' gets the next batch or the result. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
if (workerData.entry.endsWith('.ts')) require('tsx/cjs/api').register();
const { parseFeedItems } = require(workerData.entry);
const d = workerData.body;
const body = typeof d === 'string' ? d : Buffer.from(d.buffer, d.byteOffset, d.byteLength);
const gen = parseFeedItems(body, workerData.opts);
let ready = gen.next();
parentPort.on('message', () => {
  if (ready.done) { parentPort.postMessage({ done: ready.value }); parentPort.close(); return; }
  parentPort.postMessage({ items: ready.value });
  ready = gen.next();
});
`;

/** A message from the worker: a batch of items, or the result (its feed's items left out). */
type WorkerMessage = { items: FeedItem[] } | { done: ParseResult };

/** The parser module the worker loads: index.ts next to this file, or index.js when compiled. */
function parserEntry(): string {
  const ext = path.extname(__filename) === '.ts' ? '.ts' : '.js';
  return path.join(__dirname, 'index' + ext);
}

/**
 * Parses `body` in a fresh worker thread, awaiting `onBatch` for each batch before asking for the
 * next; resolves with the result (`feed.items` empty). Rejects when the worker fails or the consumer throws.
 */
export function parseInWorker(
  body: Buffer | string,
  opts: ParseOptions & { batchItems?: number; windowChars?: number },
  onBatch: (items: FeedItem[]) => void | Promise<void>,
): Promise<ParseResult> {
  const data = typeof body === 'string' ? body : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      entry: parserEntry(),
      body: data,
      opts: { url: opts.url, contentType: opts.contentType, batchItems: opts.batchItems, windowChars: opts.windowChars },
    },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_MAX_OLD_GENERATION_MB },
  });
  return new Promise<ParseResult>((resolve, reject) => {
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(err instanceof Error ? err : new Error(String(err)));
    };
    worker.on('message', (m: WorkerMessage) => {
      if (settled) return;
      if ('items' in m) {
        new Promise<void>((done) => done(onBatch(m.items))).then(() => {
          if (!settled) worker.postMessage('next');
        }, fail);
        return;
      }
      settled = true;
      resolve(m.done);
      void worker.terminate();
    });
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`feed parser worker exited with code ${code}`)));
    worker.postMessage('next');
  });
}
