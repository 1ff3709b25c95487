/**
 * The database decides which published items are re-checked. One transaction takes due items with
 * FOR UPDATE SKIP LOCKED (so two schedulers never claim the same re-check), moves each to its next
 * step or to none (planRecheck), marks the ones whose page is fetched again as pending, and returns
 * their entries for article jobs. Wire items have no page to fetch: their re-checks end here (a
 * wire withdraws with a kill message instead).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { planRecheck } from '../policy/recheck-plan';

export interface ClaimedRecheck {
  itemId: number;
  entryId: number;
  /** The entry's current version: the article job's version. */
  version: number;
  /** The step this claim moved to: with the item id, the job id of this re-check. */
  step: number;
}

interface DueRow {
  id: number;
  entry_id: number;
  version: number;
  status: string;
  published_on: Date | null;
  recheck_step: number;
  wire: boolean;
}

/** Claims up to `limit` due re-checks; returns those whose page is to be fetched again. */
export async function claimDueRechecks(
  db: Kysely<Database>,
  now: Date,
  scheduleS: readonly number[],
  limit: number,
): Promise<ClaimedRecheck[]> {
  return db.transaction().execute(async (tx) => {
    const due = await sql<DueRow>`
      SELECT i.id, i.entry_id, e.version, i.status, i.published_on, i.recheck_step,
        EXISTS (SELECT 1 FROM wire_entries w WHERE w.feed_id = e.feed_id AND w.guid = e.guid) AS wire
      FROM items i JOIN entries e ON e.id = i.entry_id
      WHERE i.recheck_at IS NOT NULL AND i.recheck_at <= ${now}
      ORDER BY i.recheck_at
      LIMIT ${limit}
      FOR UPDATE OF i SKIP LOCKED`.execute(tx);
    if (!due.rows.length) return [];
    const plans = due.rows.map((r) => ({
      row: r,
      plan: planRecheck(
        { status: r.wire ? 'wire' : r.status, publishedOn: r.published_on ? new Date(r.published_on) : null, step: Number(r.recheck_step) },
        scheduleS,
        now,
      ),
    }));
    await sql`
      UPDATE items AS i SET recheck_at = u.next_at, recheck_step = u.next_step, recheck_pending = i.recheck_pending OR u.refetch
      FROM unnest(${plans.map((p) => Number(p.row.id))}::bigint[], ${plans.map((p) => p.plan.at?.toISOString() ?? null)}::timestamptz[],
        ${plans.map((p) => p.plan.step)}::int[], ${plans.map((p) => p.plan.fetch)}::boolean[]) AS u(id, next_at, next_step, refetch)
      WHERE i.id = u.id`.execute(tx);
    return plans
      .filter((p) => p.plan.fetch)
      .map((p) => ({ itemId: Number(p.row.id), entryId: Number(p.row.entry_id), version: Number(p.row.version), step: p.plan.step }));
  });
}

/** Which published items an operator asks to re-check now; at least one field is set. */
export interface RecheckRequest {
  sourceId?: string;
  /** Published at or after this time. */
  publishedSince?: Date;
  itemIds?: number[];
}

/**
 * Makes the chosen published items due for a re-check now (`wireroom items recheck`): the next
 * scheduler ticks claim them as usual and fetch each page once (a claim at step ≥ 1 fetches). An
 * item whose schedule has run out, or that was published before re-checks existed, is fetched once
 * and then left; one still inside its schedule carries on with it. Wire items have no page and are
 * not counted. Returns how many items were made due.
 */
export async function requestRecheck(db: Kysely<Database>, req: RecheckRequest, now: Date): Promise<number> {
  let q = db
    .updateTable('items as i')
    .set({ recheck_at: now, recheck_step: sql<number>`greatest(i.recheck_step, 1)` })
    .where('i.status', '=', 'published')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('entries as e')
            .innerJoin('wire_entries as w', (j) => j.onRef('w.feed_id', '=', 'e.feed_id').onRef('w.guid', '=', 'e.guid'))
            .select(sql`1`.as('one'))
            .whereRef('e.id', '=', 'i.entry_id'),
        ),
      ),
    );
  if (req.sourceId !== undefined) q = q.where('i.source_id', '=', req.sourceId);
  if (req.publishedSince) q = q.where('i.published_on', '>=', req.publishedSince);
  if (req.itemIds) q = q.where('i.id', 'in', req.itemIds.length ? req.itemIds : [-1]);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}
