/** Picks the queue backend from settings: BullMQ when REDIS_URL is set, else in-process. */
import type { Logger } from '../log';
import { createBullQueue } from './bullmq-queue';
import { createMemoryQueue } from './memory-queue';
import type { JobQueue } from './types';

export * from './types';

/** Opens the queue the settings ask for. */
export function openQueue(s: { redisUrl: string | null; queuePrefix: string }, log: Logger): Promise<JobQueue> {
  return s.redisUrl ? createBullQueue(s.redisUrl, s.queuePrefix, log) : Promise.resolve(createMemoryQueue(log));
}
