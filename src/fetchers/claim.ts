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
  return result.rows.map((r) => ({ id: Number(r.id), slot: new Date(r.slot).getTime() }));
}
