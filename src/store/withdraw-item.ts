/**
 * The withdrawal path beside the publish path: the source took an item down (410, a repeated 404,
 * a wire kill). Sets status `withdrawn` with its reason and writes the audit entry; the
 * items_publish_event trigger (0003) emits `item.withdrawn` when the item was published, the same
 * way an editor's unpublish does, so the API (410), the feeds and the webhooks follow.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { STATUS_MOVES } from '../policy/item-status';
import { writeAudit } from './audit';

/** Statuses the source can take back by default: what is out on the portal (a page gone at the source). */
const PUBLISHED_ONLY: readonly string[] = STATUS_MOVES.gone.from;

/**
 * Withdraws one item inside `tx` when its status is one of `from`; returns false (and changes
 * nothing) otherwise — an editor's rejection or unpublish, or an earlier withdrawal, stays.
 */
export async function withdrawItem(
  tx: Transaction<Database> | Kysely<Database>,
  itemId: number,
  reason: string,
  actor: string,
  now: Date,
  from: readonly string[] = PUBLISHED_ONLY,
): Promise<boolean> {
  const row = await tx.selectFrom('items').select(['status', 'cluster_id']).where('id', '=', itemId).forUpdate().executeTakeFirst();
  if (!row || !from.includes(row.status)) return false;
  await tx
    .updateTable('items')
    .set({ status: 'withdrawn', status_reason: reason, recheck_at: null, recheck_pending: false, updated_at: now })
    .where('id', '=', itemId)
    .execute();
  await writeAudit(tx, {
    actor,
    action: 'withdraw',
    itemId,
    clusterId: row.cluster_id,
    before: { status: row.status },
    after: { status: 'withdrawn', status_reason: reason },
    detail: reason,
    at: now,
  });
  return true;
}
