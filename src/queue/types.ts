/**
 * The queue every role uses: BullMQ on Redis in production, an in-process queue with the same
 * behaviour (concurrency, retries with backoff, job-id de-duplication) when REDIS_URL is unset.
 * Durable de-duplication lives in Postgres; job ids only save work.
 */
import type { Logger } from '../log';

export const QUEUE_NAMES = ['feed-fetch', 'article-fetch', 'webhook'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobOptions {
  /** De-duplicates: a job with an id that is still waiting, delayed or active is not added again. */
  jobId?: string;
  delayMs?: number;
  /** Total tries including the first (default DEFAULT_ATTEMPTS). */
  attempts?: number;
  /** Lower runs first. */
  priority?: number;
  /**
   * Check before add: a job with this id that already completed (and is still remembered) is not
   * added again. For sweeps that re-add work from a snapshot that may be older than the job's end.
   */
  skipIfCompleted?: boolean;
}

export interface Job<T> {
  id: string;
  queue: QueueName;
  data: T;
  /** 1 on the first try. */
  attempt: number;
  maxAttempts: number;
  /** When the job was added (ms since the epoch, the queue's clock); absent in hand-built jobs (taken as now). */
  queuedAt?: number;
}

export type JobHandler<T> = (job: Job<T>, log: Logger) => Promise<void>;

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
}

export interface JobQueue {
  readonly kind: 'bullmq' | 'memory';
  /** Adds a job; resolves false when a job with the same id already exists. */
  add<T>(queue: QueueName, data: T, opts?: JobOptions): Promise<boolean>;
  /** Starts processing a queue in this process. */
  process<T>(queue: QueueName, handler: JobHandler<T>, opts: { concurrency: number }): void;
  counts(queue: QueueName): Promise<QueueCounts>;
  /** Throws when the backend does not answer. */
  ping(): Promise<void>;
  /** Stops this process's workers from taking new jobs (jobs in flight run on); the database watch calls it during an outage. */
  pauseWorkers(): Promise<void>;
  /** Lets this process's workers take jobs again. */
  resumeWorkers(): void;
  /** Stops taking jobs, waits up to `graceMs` for jobs in flight, closes connections. */
  close(graceMs?: number): Promise<void>;
}

export const DEFAULT_ATTEMPTS = 5;
/** First retry after 2 s, doubling, capped at 10 min: a flapping source is not hammered. */
export const BACKOFF_BASE_MS = 2000;
export const BACKOFF_MAX_MS = 10 * 60 * 1000;

/** Delay before retry number `attemptsMade` (1-based), honouring a server's Retry-After. */
export function retryDelayMs(attemptsMade: number, err: unknown): number {
  const asked = (err as { retryAfterMs?: unknown } | null)?.retryAfterMs;
  if (typeof asked === 'number' && asked > 0) return Math.min(asked, BACKOFF_MAX_MS);
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attemptsMade - 1), BACKOFF_MAX_MS);
}

/**
 * Thrown by a handler to put its job back, delayed by `deferMs`, without using one of its tries: the
 * source asked us to wait (429/503, a paused host), which says nothing about the job's own health.
 */
export class JobDeferred extends Error {
  readonly deferMs: number;
  readonly code: string;
  constructor(deferMs: number, code: string, message: string) {
    super(message);
    this.name = 'JobDeferred';
    this.deferMs = Math.max(0, Math.round(deferMs));
    this.code = code;
  }
}

/** Whether a failed job should be tried again. */
export function isRetryable(err: unknown): boolean {
  const r = (err as { retryable?: unknown } | null)?.retryable;
  return r === undefined ? true : Boolean(r);
}
