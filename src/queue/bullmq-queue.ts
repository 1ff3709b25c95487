/** The production queue: BullMQ on Redis. Errors are translated once, here, at the job edge. */
import { DelayedError, Queue, UnrecoverableError, Worker, type ConnectionOptions } from 'bullmq';
import IORedis from 'ioredis';
import { PipelineError } from '../errors';
import type { Logger } from '../log';
import {
  DEFAULT_ATTEMPTS,
  JobDeferred,
  isRetryable,
  retryDelayMs,
  type JobHandler,
  type JobOptions,
  type JobQueue,
  type QueueName,
} from './types';

/** Completed jobs kept for the dashboard; older ones are trimmed so Redis stays small. */
const KEEP_COMPLETED = { count: 1000, age: 3600 };
const KEEP_FAILED = { count: 5000, age: 7 * 24 * 3600 };
/**
 * A job's lock lives this long without renewal (renewed every half of it). When a worker dies
 * (SIGKILL, OOM, lost host) its jobs go back to waiting once the lock has expired and another
 * worker's stalled check (every STALLED_INTERVAL_MS) finds them: ~15 s instead of BullMQ's ~60 s.
 * Only an event loop blocked for the whole lock duration causes a false stall; job effects are
 * idempotent (unique keys, ON CONFLICT), so that costs work, not correctness.
 */
const LOCK_DURATION_MS = 10_000;
const STALLED_INTERVAL_MS = 5_000;
/** A Redis that does not answer within this is reported as unreachable at start-up. */
const CONNECT_TIMEOUT_MS = 5000;

/** Connects to Redis (throws QUEUE_UNREACHABLE naming the URL) and returns the queue. */
export async function createBullQueue(redisUrl: string, prefix: string, log: Logger): Promise<JobQueue> {
  const connection = new IORedis(redisUrl, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: true, connectTimeout: 5000 });
  connection.on('error', (err: Error) => log.debug({ err: err.message }, 'redis connection error'));
  try {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise((_, rej) => (timer = setTimeout(() => rej(new Error('timed out after 5 s')), CONNECT_TIMEOUT_MS)));
    await Promise.race([connection.connect(), timeout]).finally(() => clearTimeout(timer));
    await connection.ping();
  } catch (err) {
    connection.disconnect();
    throw new PipelineError('QUEUE_UNREACHABLE', `cannot reach Redis at ${redactRedis(redisUrl)}: ${(err as Error).message}`, {
      cause: err,
    });
  }
  const queues = new Map<QueueName, Queue>();
  const workers: Worker[] = [];
  const workerConnections: IORedis[] = [];
  const queueOf = (name: QueueName): Queue => {
    let q = queues.get(name);
    if (!q) {
      queues.set(name, (q = new Queue(name, { connection: connection as ConnectionOptions, prefix })));
      // Without a listener BullMQ prints every reconnect error of a Redis outage to stderr.
      q.on('error', (err: Error) => log.debug({ queue: name, err: err.message }, 'queue error'));
    }
    return q;
  };

  // BullMQ does not close connections it was handed: we keep them and close them ourselves.
  const workerConnection = (): IORedis => {
    const c = connection.duplicate();
    c.on('error', (err: Error) => log.debug({ err: err.message }, 'redis connection error'));
    workerConnections.push(c);
    return c;
  };

  return {
    kind: 'bullmq',
    async add(name, data, opts: JobOptions = {}) {
      const q = queueOf(name);
      if (opts.jobId && (await q.getJob(opts.jobId))) {
        const existing = await q.getJobState(opts.jobId);
        if (existing !== 'completed' && existing !== 'failed' && existing !== 'unknown') return false;
        if (existing === 'completed' && opts.skipIfCompleted) return false;
        await q.remove(opts.jobId).catch(() => undefined);
      }
      await q.add(name, data, {
        jobId: opts.jobId,
        delay: opts.delayMs,
        priority: opts.priority,
        attempts: opts.attempts ?? DEFAULT_ATTEMPTS,
        backoff: { type: 'wireroom' },
        removeOnComplete: KEEP_COMPLETED,
        removeOnFail: KEEP_FAILED,
      });
      return true;
    },
    process(name, handler, { concurrency }) {
      const worker = new Worker(
        name,
        async (job, token) => {
          const jobLog = log.child({ queue: name, job_id: job.id, attempt: job.attemptsMade + 1 });
          try {
            await (handler as JobHandler<unknown>)(
              {
                id: job.id ?? '',
                queue: name,
                data: job.data,
                attempt: job.attemptsMade + 1,
                maxAttempts: job.opts.attempts ?? DEFAULT_ATTEMPTS,
                queuedAt: job.timestamp,
              },
              jobLog,
            );
          } catch (err) {
            if (err instanceof JobDeferred) {
              // Back to delayed without using a try (BullMQ's moveToDelayed skips the attempt count).
              await job.moveToDelayed(Date.now() + err.deferMs, token);
              jobLog.info({ code: err.code, defer_ms: err.deferMs }, 'job deferred');
              throw new DelayedError();
            }
            if (!isRetryable(err)) throw new UnrecoverableError(`${(err as { code?: string }).code ?? 'ERROR'}: ${(err as Error).message}`);
            throw err;
          }
        },
        {
          connection: workerConnection() as ConnectionOptions,
          prefix,
          concurrency,
          lockDuration: LOCK_DURATION_MS,
          stalledInterval: STALLED_INTERVAL_MS,
          settings: { backoffStrategy: (attemptsMade: number, _type?: string, err?: Error) => retryDelayMs(attemptsMade, err) },
        },
      );
      worker.on('failed', (job, err) =>
        log.warn({ queue: name, job_id: job?.id, code: (err as { code?: string }).code, err: err.message }, 'job attempt failed'),
      );
      worker.on('error', (err) => log.debug({ queue: name, err: err.message }, 'worker error'));
      workers.push(worker);
    },
    async counts(name) {
      const c = await queueOf(name).getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized');
      return {
        waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
        active: c.active ?? 0,
        delayed: c.delayed ?? 0,
        failed: c.failed ?? 0,
        completed: c.completed ?? 0,
      };
    },
    async ping() {
      await connection.ping();
    },
    async pauseWorkers() {
      // doNotWaitActive: the jobs in flight finish (or fail) on their own; no new one is fetched.
      await Promise.all(workers.map((w) => w.pause(true)));
    },
    resumeWorkers() {
      for (const w of workers) if (w.isPaused()) w.resume();
    },
    async close(graceMs = 10_000) {
      const closing = Promise.allSettled(workers.map((w) => w.close()));
      await Promise.race([closing, new Promise((r) => setTimeout(r, graceMs).unref())]);
      await Promise.allSettled(workers.map((w) => w.close(true)));
      await Promise.allSettled([...queues.values()].map((q) => q.close()));
      for (const c of workerConnections) c.disconnect();
      connection.disconnect();
    },
  };
}

/** A Redis URL with its password replaced by "***". */
export function redactRedis(url: string): string {
  return url.replace(/:\/\/([^:@/]*):[^@/]+@/, '://$1:***@');
}
