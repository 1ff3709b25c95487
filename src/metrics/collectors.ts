/**
 * Gauges read at scrape time: queue depth from the queue backend, item, feed and webhook
 * counts from the database. Reading the database keeps other stages free of metric hooks; one
 * scrape costs a few GROUP BY queries. A source that does not answer within COLLECT_TIMEOUT_MS
 * leaves its gauge unset for that scrape instead of hanging it.
 */
import { sql, type Kysely } from 'kysely';
import { Gauge } from 'prom-client';
import type { Database } from '../../db/schema';
import type { Logger } from '../log';
import { QUEUE_NAMES, type JobQueue, type QueueCounts } from '../queue';
import type { Metrics } from './registry';

/** A scrape that waits longer than Prometheus' default 10 s timeout is lost anyway. */
const COLLECT_TIMEOUT_MS = 3000;

export interface CollectSource {
  db: Kysely<Database>;
  queue: JobQueue;
  log: Logger;
}

/** Adds the scrape-time gauges to `m.registry`. */
export function registerCollectors(m: Metrics, src: CollectSource): void {
  const registers = [m.registry];
  new Gauge({
    name: 'wireroom_queue_jobs',
    help: 'Jobs per queue and state (waiting, active, delayed, failed, completed).',
    labelNames: ['queue', 'state'],
    registers,
    async collect() {
      for (const q of QUEUE_NAMES) {
        const c = await bounded(src, `queue ${q}`, () => src.queue.counts(q));
        if (c) for (const state of Object.keys(c) as (keyof QueueCounts)[]) this.set({ queue: q, state }, c[state]);
      }
    },
  });
  new Gauge({
    name: 'wireroom_items',
    help: 'Items by status (duplicate = a duplicate hit folded into a cluster).',
    labelNames: ['status'],
    registers,
    async collect() {
      const rows = await bounded(src, 'items', () =>
        src.db
          .selectFrom('items')
          .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
          .groupBy('status')
          .execute(),
      );
      this.reset();
      for (const r of rows ?? []) this.set({ status: r.status }, Number(r.n));
    },
  });
  new Gauge({
    name: 'wireroom_duplicate_items',
    help: 'Items found to duplicate an earlier story (status duplicate).',
    registers,
    async collect() {
      const r = await bounded(src, 'duplicates', () =>
        src.db
          .selectFrom('items')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('status', '=', 'duplicate')
          .executeTakeFirst(),
      );
      if (r) this.set(Number(r.n));
    },
  });
  new Gauge({
    name: 'wireroom_feeds',
    help: 'Active feeds: healthy, erroring (last fetch failed) or paused.',
    labelNames: ['state'],
    registers,
    async collect() {
      const rows = await bounded(src, 'feeds', () =>
        sql<{
          state: string;
          n: string;
        }>`select case when paused then 'paused' when error_count > 0 then 'erroring' else 'healthy' end as state, count(*) as n from feeds where active group by 1`.execute(
          src.db,
        ),
      );
      this.reset();
      for (const r of rows?.rows ?? []) this.set({ state: r.state }, Number(r.n));
    },
  });
  new Gauge({
    name: 'wireroom_webhook_deliveries',
    help: 'Webhook deliveries to portal endpoints by status (pending, delivered, dead).',
    labelNames: ['status'],
    registers,
    async collect() {
      const rows = await bounded(src, 'webhooks', () => countWebhookDeliveries(src.db));
      this.reset();
      for (const r of rows ?? []) this.set({ status: r.status }, r.n);
    },
  });
}

/** Counts webhook deliveries by status (pending, delivered, dead). */
async function countWebhookDeliveries(db: Kysely<Database>): Promise<{ status: string; n: number }[]> {
  const rows = await db
    .selectFrom('webhook_deliveries')
    .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy('status')
    .execute();
  return rows.map((r) => ({ status: r.status, n: Number(r.n) }));
}

async function bounded<T>(src: CollectSource, what: string, fn: () => Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, rej) => {
      timer = setTimeout(() => rej(new Error(`no answer within ${COLLECT_TIMEOUT_MS} ms`)), COLLECT_TIMEOUT_MS);
    });
    return await Promise.race([fn(), timeout]);
  } catch (err) {
    src.log.warn({ err, metric_source: what }, 'metrics collection failed');
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
