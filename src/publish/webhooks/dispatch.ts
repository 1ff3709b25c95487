/**
 * Turns new publish_events into webhook deliveries, per endpoint, from each endpoint's cursor,
 * and enqueues one `webhook` job per delivery. The cursor is a place in commit order (event-log.ts),
 * so an event whose transaction commits after later ids were dispatched is still sent, once.
 * Safe to run from several processes: the cursor row is locked, and (endpoint, event) is unique.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Deps } from '../../deps';
import { readEventsAfter } from './event-log';

/** Events turned into deliveries per endpoint per run. */
export const DISPATCH_BATCH = 500;

export interface WebhookJob {
  deliveryId: number;
}

/** Dispatches pending events to every configured endpoint; returns the deliveries enqueued. */
export async function dispatchWebhookEvents(deps: Deps): Promise<number> {
  let total = 0;
  for (const ep of deps.settings.webhooks) {
    const ids = await deps.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('webhook_cursors')
        .values({ endpoint: ep.url })
        .onConflict((oc) => oc.column('endpoint').doNothing())
        .execute();
      const cur = await tx
        .selectFrom('webhook_cursors')
        .select(['last_txid', 'last_event_id'])
        .where('endpoint', '=', ep.url)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const events = await readEventsAfter(tx, { txid: Number(cur.last_txid), id: Number(cur.last_event_id) }, DISPATCH_BATCH);
      const last = events[events.length - 1];
      if (!last) return [];
      await tx
        .updateTable('webhook_cursors')
        .set({ last_txid: last.txid, last_event_id: last.id })
        .where('endpoint', '=', ep.url)
        .execute();
      const wanted = events.filter((e) => ep.events.includes(e.type));
      if (!wanted.length) return [];
      const rows = await tx
        .insertInto('webhook_deliveries')
        .values(wanted.map((e) => ({ endpoint: ep.url, event_id: e.id })))
        .onConflict((oc) => oc.columns(['endpoint', 'event_id']).doNothing())
        .returning('id')
        .execute();
      return rows.map((r) => Number(r.id));
    });
    total += ids.length;
  }
  return total + (await enqueuePending(deps));
}

/**
 * Enqueues every pending delivery under its one job id: new ones, replayed ones, and any whose job
 * was lost (an in-process queue at a crash). A job still waiting or in backoff is not added twice.
 */
export async function enqueuePending(deps: Deps): Promise<number> {
  const rows = await deps.db
    .selectFrom('webhook_deliveries')
    .select(['id', 'attempts'])
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', deps.clock.now())]))
    .orderBy('id')
    .limit(DISPATCH_BATCH)
    .execute();
  let added = 0;
  for (const r of rows) if (await enqueueDelivery(deps, Number(r.id), r.attempts)) added++;
  return added;
}

/** Replays deliveries to `endpoint` of events after `afterEventId`: back to pending; the next dispatch sends them. */
export async function replayDeliveries(db: Kysely<Database>, endpoint: string, afterEventId: number): Promise<number> {
  const rows = await db
    .updateTable('webhook_deliveries')
    .set(REPLAYED)
    .where('endpoint', '=', endpoint)
    .where('event_id', '>', afterEventId)
    .returning('id')
    .execute();
  return rows.length;
}

/** Replays dead letters (one by id, else all, or all of one endpoint): back to pending with a fresh schedule. */
export async function replayDeadLetters(db: Kysely<Database>, which: { id?: number; endpoint?: string }): Promise<number[]> {
  let q = db.updateTable('webhook_deliveries').set(REPLAYED).where('status', '=', 'dead');
  if (which.id !== undefined) q = q.where('id', '=', which.id);
  if (which.endpoint !== undefined) q = q.where('endpoint', '=', which.endpoint);
  const rows = await q.returning('id').execute();
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

/** A replayed delivery: due now, with every try of the schedule ahead of it. */
const REPLAYED = { status: 'pending', attempts: 0, last_error: null, next_attempt_at: null } as const;

/**
 * One job per try: the id names the delivery and the tries made, so a try waiting or running is not
 * added twice, and the next try (a new count) is a new job. The queue does not retry it: a failed
 * try waits in the database for its time (deliver.ts).
 */
function enqueueDelivery(deps: Deps, id: number, triesDone: number) {
  return deps.queue.add<WebhookJob>('webhook', { deliveryId: id }, { jobId: `wh-${id}-${triesDone}`, attempts: 1 });
}
