/**
 * The database decides what is due. A claim moves each due feed's next_due_at forward by a lease
 * inside one statement with FOR UPDATE SKIP LOCKED, so two schedulers never take the same feed
 * for the same slot; the fetch then writes the real next due time.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export interface ClaimedFeed {
  id: number;
  /** The due time that was claimed: with the feed id, the job id of this slot. */
  slot: number;
  /** The lease the claim wrote (epoch ms); a release only undoes its own claim. */
  lease: number;
}

/** Claims up to `limit` due feeds, leasing them for `leaseS` seconds. */
export async function claimDueFeeds(db: Kysely<Database>, now: Date, limit: number, leaseS: number): Promise<ClaimedFeed[]> {
  const lease = new Date(now.getTime() + leaseS * 1000);
  const result = await sql<{ id: number; slot: Date }>`
    WITH due AS (
      SELECT id, next_due_at FROM feeds
      WHERE active AND NOT paused AND type <> 'push' AND next_due_at <= ${now}
      ORDER BY next_due_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE feeds f SET next_due_at = ${lease}
    FROM due WHERE f.id = due.id
    RETURNING f.id, due.next_due_at AS slot`.execute(db);
  return result.rows.map((r) => ({ id: Number(r.id), slot: new Date(r.slot).getTime(), lease: lease.getTime() }));
}

/**
 * Gives claimed feeds back (their job could not be enqueued): each is due again at its slot, so the
 * next tick takes it instead of waiting out the lease. A feed whose due time has moved since (it was
 * fetched, or claimed again) is left alone.
 */
export async function releaseClaims(db: Kysely<Database>, claims: readonly ClaimedFeed[]): Promise<number> {
  let released = 0;
  for (const c of claims) {
    const r = await db
      .updateTable('feeds')
      .set({ next_due_at: new Date(c.slot) })
      .where('id', '=', c.id)
      .where('next_due_at', '=', new Date(c.lease))
      .executeTakeFirst();
    released += Number(r.numUpdatedRows);
  }
  return released;
}
