/**
 * Reading publish events in commit order. Event ids are taken from a sequence mid-transaction, so
 * id order is not commit order: a reader paging by id alone can pass id 10 while its transaction
 * is still open and never see it. Each event carries its transaction's id (`txid`); only events
 * whose transaction is older than every transaction still running (the snapshot's xmin) are read,
 * in (txid, id) order. Past that horizon nothing new can appear, so a cursor never skips an event.
 * Transactions of other databases on the same server do not hold the horizon back (HORIZON).
 * Works the same on Postgres 15 and PGlite (pg_current_snapshot, Postgres 13+).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/** A place in the commit-ordered event log: after the event (txid, id). */
export interface EventPosition {
  txid: number;
  id: number;
}

/** Before the first event. */
export const LOG_START: EventPosition = { txid: 0, id: 0 };

export interface LoggedEvent {
  id: number;
  txid: number;
  type: 'item.published' | 'item.updated' | 'item.withdrawn';
  item_id: number;
  item_version: number;
  at: Date;
}

/**
 * The oldest transaction still running that may write to this database, as a bigint txid: events
 * below it are final. Transaction ids are cluster-wide, so a long transaction in another database of
 * a shared server (a dump, a report, another service) would hold the plain snapshot xmin back and stall
 * webhooks and the events feed for as long as it runs. A running id is left out only when its
 * transaction is positively seen in another database (a backend serves one database, so it cannot
 * write here); an id whose owner is not found (it just ended, or a prepared transaction) still counts.
 * With nothing running here the horizon is the snapshot's xmax.
 */
const HORIZON = sql<number>`coalesce(
  (select min(x::text::bigint) from pg_snapshot_xip(pg_current_snapshot()) as x
    where not exists (
      select 1 from pg_locks l join pg_stat_activity a on a.pid = l.pid
      where l.locktype = 'transactionid' and l.granted
        and l.transactionid::text::bigint = x::text::bigint % 4294967296
        and a.datname is distinct from current_database()
        and a.datname is not null)),
  pg_snapshot_xmax(pg_current_snapshot())::text::bigint)`;

/** Up to `limit` committed events after `from`, in commit order. */
export async function readEventsAfter(db: Kysely<Database>, from: EventPosition, limit: number): Promise<LoggedEvent[]> {
  const rows = await db
    .selectFrom('publish_events')
    .select(['id', 'txid', 'type', 'item_id', 'item_version', 'at'])
    .where(sql<boolean>`(txid, id) > (${from.txid}::bigint, ${from.id}::bigint)`)
    .where('txid', '<', HORIZON)
    .orderBy('txid')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), txid: Number(r.txid), item_id: Number(r.item_id) }));
}

/**
 * The position just after event `eventId`, for a reader that kept only the last event id it saw
 * (the events endpoint's `after`, cursors written before commit order). An id that is not there
 * (never written, rolled back) counts from the last event before it.
 */
export async function positionAfterEvent(db: Kysely<Database>, eventId: number): Promise<EventPosition> {
  if (eventId <= 0) return LOG_START;
  const row = await db
    .selectFrom('publish_events')
    .select(['txid'])
    .where('id', '<=', eventId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { txid: Number(row.txid), id: eventId } : LOG_START;
}
