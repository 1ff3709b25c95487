/**
 * Runs extractArticle in a small pool of worker threads with a deadline per item. Extraction is
 * synchronous CPU: a pathological page would otherwise hold the event loop (and every other job
 * of the process). A thread that overruns its deadline is terminated and replaced; the caller gets
 * EXTRACT_TIMEOUT. Threads start on first use, so roles that never extract pay nothing.
 * The worker loads the extractor the way src/fetchers/parse/worker.ts loads the parser: the
 * compiled `.js` under dist/, or the `.ts` source through tsx (jest, tsx).
 */
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { PipelineError } from '../errors';
import type { ExtractOptions, ExtractedArticle } from './extract/types';

/**
 * A thread that has not loaded the extractor after this long is stuck (its load never returned): it is replaced and its
 * task moves to the new thread. Without this, the task's deadline (armed only once the thread is ready) never starts,
 * and the stuck thread holds its slot for good. Compiled, a thread loads in about 0.2 s; under tsx, a few seconds.
 */
const STARTUP_TIMEOUT_MS = 10_000;
/** A task moves to a fresh thread at most this often before it fails (transient: the job is retried later). */
const MAX_STARTUP_RETRIES = 2;

/** Heap cap per thread: a 5 MB page needs well under this; a runaway one must not take the process down. */
const WORKER_MAX_OLD_GENERATION_MB = 256;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
if (workerData.entry.endsWith('.ts')) require('tsx/cjs/api').register();
const { extractArticle } = require(workerData.entry);
parentPort.postMessage({ ready: true });
parentPort.on('message', (m) => {
  try { parentPort.postMessage({ id: m.id, article: extractArticle(m.html, m.url, m.options) }); }
  catch (err) { parentPort.postMessage({ id: m.id, error: String(err && err.stack || err) }); }
});
`;

export interface ExtractPoolOptions {
  size: number;
  /** A module exporting `extractArticle`; defaults to ./extract (tests substitute a slow one). */
  entry?: string;
  /** How long a new thread may take to load the extractor (STARTUP_TIMEOUT_MS). */
  startupTimeoutMs?: number;
}

export interface ExtractPool {
  /** Extracts `html` in a thread; rejects with EXTRACT_TIMEOUT after `timeoutMs` of extraction. */
  extract(html: string, url: string, options: ExtractOptions, timeoutMs: number): Promise<ExtractedArticle | null>;
  /** Terminates every thread; pending extractions reject. */
  close(): Promise<void>;
}

type Reply = { id: number; article: ExtractedArticle | null } | { id: number; error: string } | { ready: true };

interface Task {
  id: number;
  message: { id: number; html: string; url: string; options: ExtractOptions };
  timeoutMs: number;
  resolve: (a: ExtractedArticle | null) => void;
  reject: (e: unknown) => void;
  /** Threads that did not load in time while holding this task. */
  stalls?: number;
}

/** The extractor module a thread loads: extract/index.ts next to this file, or index.js when compiled. */
export function defaultExtractEntry(): string {
  const ext = path.extname(__filename) === '.ts' ? '.ts' : '.js';
  return path.join(__dirname, 'extract', 'index' + ext);
}

/** Builds the pool; `size` threads at most, each doing one extraction at a time. */
export function createExtractPool(opts: ExtractPoolOptions): ExtractPool {
  const entry = opts.entry ?? defaultExtractEntry();
  const idle: Worker[] = [];
  const busy = new Map<Worker, { task: Task; timer?: NodeJS.Timeout }>();
  const ready = new WeakSet<Worker>();
  const startups = new Map<Worker, NodeJS.Timeout>();
  const startupTimeoutMs = opts.startupTimeoutMs ?? STARTUP_TIMEOUT_MS;
  const waiting: Task[] = [];
  let nextId = 1;
  let closed = false;

  function spawn(): Worker {
    const w = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { entry },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_MAX_OLD_GENERATION_MB },
    });
    w.on('message', (m: Reply) => finish(w, m));
    w.once('error', (err) => discard(w, err));
    w.once('exit', (code) => discard(w, new Error(`extract worker exited with code ${code}`)));
    const startup = setTimeout(() => stalled(w), startupTimeoutMs);
    startup.unref();
    startups.set(w, startup);
    return w;
  }

  /** The thread did not load in time: its task goes back to the front of the queue (or fails after MAX_STARTUP_RETRIES), the thread is cut off. */
  function stalled(w: Worker): void {
    startups.delete(w);
    if (ready.has(w) || closed) return;
    const run = busy.get(w);
    busy.delete(w);
    const i = idle.indexOf(w);
    if (i >= 0) idle.splice(i, 1);
    if (run) {
      const task = run.task;
      task.stalls = (task.stalls ?? 0) + 1;
      if (task.stalls > MAX_STARTUP_RETRIES)
        task.reject(new PipelineError('EXTRACT_TIMEOUT', `the extractor did not load within ${startupTimeoutMs} ms, ${task.stalls} times`));
      else waiting.unshift(task);
    }
    void w.terminate();
    pump();
  }

  function finish(w: Worker, m: Reply): void {
    if ('ready' in m) {
      ready.add(w);
      clearTimeout(startups.get(w));
      startups.delete(w);
      armDeadline(w);
      return;
    }
    const run = busy.get(w);
    if (!run || run.task.id !== m.id) return;
    clearTimeout(run.timer);
    busy.delete(w);
    if ('error' in m) run.task.reject(new Error(m.error));
    else run.task.resolve(m.article);
    w.unref();
    idle.push(w);
    pump();
  }

  /** A thread died or was cut off: fail its task, forget it; the next task spawns a fresh one. */
  function discard(w: Worker, err: unknown): void {
    clearTimeout(startups.get(w));
    startups.delete(w);
    const run = busy.get(w);
    busy.delete(w);
    const i = idle.indexOf(w);
    if (i >= 0) idle.splice(i, 1);
    if (run) {
      clearTimeout(run.timer);
      run.task.reject(err);
    }
    pump();
  }

  /** Starts the task's clock once the thread has loaded the extractor (start-up is not the page's fault). */
  function armDeadline(w: Worker): void {
    const run = busy.get(w);
    if (!run || run.timer || !ready.has(w)) return;
    const { task } = run;
    run.timer = setTimeout(() => {
      discard(w, new PipelineError('EXTRACT_TIMEOUT', `extraction took longer than ${task.timeoutMs} ms`, { retryable: false }));
      void w.terminate();
    }, task.timeoutMs);
  }

  function start(w: Worker, task: Task): void {
    busy.set(w, { task });
    w.ref();
    w.postMessage(task.message);
    armDeadline(w);
  }

  function pump(): void {
    while (!closed && waiting.length && (idle.length || busy.size + idle.length < opts.size)) {
      start(idle.pop() ?? spawn(), waiting.shift()!);
    }
  }

  return {
    extract(html, url, options, timeoutMs) {
      if (closed) return Promise.reject(new Error('extract pool is closed'));
      return new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.push({ id, message: { id, html, url, options }, timeoutMs, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const t of waiting.splice(0)) t.reject(new Error('extract pool is closed'));
      const all = [...idle.splice(0), ...busy.keys()];
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
