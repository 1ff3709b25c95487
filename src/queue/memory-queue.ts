/** The in-process queue for embedded mode: same contract as BullMQ, nothing outside the process. */
import type { Logger } from '../log';
import {
  DEFAULT_ATTEMPTS,
  JobDeferred,
  isRetryable,
  retryDelayMs,
  type Job,
  type JobHandler,
  type JobOptions,
  type JobQueue,
  type QueueCounts,
  type QueueName,
} from './types';

interface Pending {
  id: string;
  data: unknown;
  attempt: number;
  maxAttempts: number;
  readyAt: number;
  priority: number;
  seq: number;
  queuedAt: number;
}

/** Completed job ids remembered for `skipIfCompleted` (like BullMQ's kept completed jobs). */
const REMEMBER_COMPLETED = 10_000;

interface Lane {
  pending: Pending[];
  ids: Set<string>;
  active: number;
  concurrency: number;
  handler?: JobHandler<unknown>;
  timer?: NodeJS.Timeout;
  counts: { failed: number; completed: number };
  /** Recently completed ids, oldest first (insertion order). */
  completed: Set<string>;
}

/** Creates an in-process queue; `log` receives one line per failed attempt. */
export function createMemoryQueue(log: Logger): JobQueue {
  const lanes = new Map<QueueName, Lane>();
  const inFlight = new Set<Promise<void>>();
  let closed = false;
  let paused = false;
  let seq = 0;

  const lane = (q: QueueName): Lane => {
    let l = lanes.get(q);
    if (!l)
      lanes.set(
        q,
        (l = { pending: [], ids: new Set(), active: 0, concurrency: 1, counts: { failed: 0, completed: 0 }, completed: new Set() }),
      );
    return l;
  };

  const schedule = (q: QueueName, l: Lane): void => {
    if (closed || paused || !l.handler) return;
    const now = Date.now();
    while (l.active < l.concurrency) {
      const next = takeReady(l.pending, now);
      if (!next) break;
      run(q, l, next);
    }
    armTimer(q, l, now);
  };

  const armTimer = (q: QueueName, l: Lane, now: number): void => {
    if (l.timer) clearTimeout(l.timer);
    l.timer = undefined;
    if (!l.pending.length || l.active >= l.concurrency) return;
    const soonest = Math.min(...l.pending.map((p) => p.readyAt));
    l.timer = setTimeout(() => schedule(q, l), Math.max(0, soonest - now));
    l.timer.unref?.();
  };

  const run = (q: QueueName, l: Lane, p: Pending): void => {
    l.active++;
    const job: Job<unknown> = { id: p.id, queue: q, data: p.data, attempt: p.attempt, maxAttempts: p.maxAttempts, queuedAt: p.queuedAt };
    const jobLog = log.child({ queue: q, job_id: p.id, attempt: p.attempt });
    const task = (async () => {
      try {
        await l.handler!(job, jobLog);
        l.counts.completed++;
        l.ids.delete(p.id);
        rememberCompleted(l, p.id);
      } catch (err) {
        if (!closed && err instanceof JobDeferred) {
          l.pending.push({ ...p, readyAt: Date.now() + err.deferMs, seq: seq++ });
        } else if (!closed && isRetryable(err) && p.attempt < p.maxAttempts) {
          l.pending.push({ ...p, attempt: p.attempt + 1, readyAt: Date.now() + retryDelayMs(p.attempt, err), seq: seq++ });
        } else {
          l.counts.failed++;
          l.ids.delete(p.id);
          jobLog.warn({ err, code: (err as { code?: string }).code }, 'job failed for good');
        }
      } finally {
        l.active--;
      }
    })();
    inFlight.add(task);
    void task.finally(() => {
      inFlight.delete(task);
      schedule(q, l);
    });
  };

  return {
    kind: 'memory',
    async add(q, data, opts: JobOptions = {}) {
      if (closed) throw new Error('queue is closed');
      const l = lane(q);
      const id = opts.jobId ?? `m${++seq}`;
      if (l.ids.has(id) || (opts.skipIfCompleted && l.completed.has(id))) return false;
      l.ids.add(id);
      l.completed.delete(id);
      l.pending.push({
        id,
        data,
        attempt: 1,
        maxAttempts: opts.attempts ?? DEFAULT_ATTEMPTS,
        readyAt: Date.now() + (opts.delayMs ?? 0),
        priority: opts.priority ?? 0,
        seq: seq++,
        queuedAt: Date.now(),
      });
      queueMicrotask(() => schedule(q, l));
      return true;
    },
    process(q, handler, { concurrency }) {
      const l = lane(q);
      l.handler = handler as JobHandler<unknown>;
      l.concurrency = concurrency;
      schedule(q, l);
    },
    async counts(q): Promise<QueueCounts> {
      const l = lane(q);
      const now = Date.now();
      const delayed = l.pending.filter((p) => p.readyAt > now).length;
      return { waiting: l.pending.length - delayed, delayed, active: l.active, failed: l.counts.failed, completed: l.counts.completed };
    },
    async ping() {
      if (closed) throw new Error('queue is closed');
    },
    async pauseWorkers() {
      paused = true;
      for (const l of lanes.values()) if (l.timer) clearTimeout(l.timer);
    },
    resumeWorkers() {
      if (!paused) return;
      paused = false;
      for (const [q, l] of lanes) schedule(q, l);
    },
    async close(graceMs = 10_000) {
      closed = true;
      for (const l of lanes.values()) if (l.timer) clearTimeout(l.timer);
      const all = Promise.allSettled([...inFlight]);
      await Promise.race([all, new Promise((r) => setTimeout(r, graceMs).unref())]);
    },
  };
}

/** Remembers a completed id, forgetting the oldest past REMEMBER_COMPLETED. */
function rememberCompleted(l: Lane, id: string): void {
  l.completed.add(id);
  if (l.completed.size > REMEMBER_COMPLETED) l.completed.delete(l.completed.values().next().value!);
}

/** Removes and returns the ready job with the lowest priority, then the oldest. */
function takeReady(pending: Pending[], now: number): Pending | undefined {
  let best = -1;
  for (let i = 0; i < pending.length; i++) {
    const p = pending[i]!;
    if (p.readyAt > now) continue;
    const b = best >= 0 ? pending[best]! : undefined;
    if (!b || p.priority < b.priority || (p.priority === b.priority && p.seq < b.seq)) best = i;
  }
  return best >= 0 ? pending.splice(best, 1)[0] : undefined;
}
