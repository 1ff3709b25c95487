/**
 * The single publish path. Every way an item goes out (auto review, an editor's approval, a
 * re-publish after an update) calls `publishItem`; it refuses items without a credit line or of
 * sources with `rights: none`, and the database's CHECK constraint backs it. An item going out
 * gets its re-checks scheduled here, whichever path published it.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { PipelineError } from '../errors';
import { writeAudit } from './audit';

export interface PublishResult {
  id: number;
  status: 'published';
  publishedOn: Date;
}

/** What the publish guard looks at: the source's rights, a wire document's cap, the credit line (override first). */
export interface PublishFacts {
  rights: string;
  rightsCap: string | null;
  credit: string | null;
}

/**
 * Why item `itemId` may not go out (PUBLISH_RIGHTS_NONE, PUBLISH_NO_CREDIT), or null when it may.
 * Pure: publishItem asks it, and so does a new item's combined insert (store-combined.ts) before it
 * writes the item as published.
 */
export function publishRefusal(itemId: number | string, f: PublishFacts): PipelineError | null {
  if (f.rights === 'none')
    return new PipelineError(
      'PUBLISH_RIGHTS_NONE',
      `item ${itemId}: its source's rights are "none"; it is kept for reference and cannot be published`,
      { retryable: false },
    );
  if (f.rightsCap === 'none')
    return new PipelineError(
      'PUBLISH_RIGHTS_NONE',
      `item ${itemId}: its wire document's usage terms allow no republication; it is kept for reference and cannot be published`,
      { retryable: false },
    );
  if (!(f.credit ?? '').trim())
    return new PipelineError('PUBLISH_NO_CREDIT', `item ${itemId} has no credit line; set one before publishing`, { retryable: false });
  return null;
}

/** Publishes one item inside `tx`; throws PUBLISH_NO_CREDIT / PUBLISH_RIGHTS_NONE / NOT_FOUND. */
export async function publishItem(
  tx: Transaction<Database> | Kysely<Database>,
  itemId: number,
  actor: string,
  now: Date,
): Promise<PublishResult> {
  const row = await tx
    .selectFrom('items as i')
    .innerJoin('sources as s', 's.id', 'i.source_id')
    .leftJoin('entries as e', 'e.id', 'i.entry_id')
    .leftJoin('wire_entries as w', (j) => j.onRef('w.feed_id', '=', 'e.feed_id').onRef('w.guid', '=', 'e.guid'))
    .select(['i.id', 'i.status', 'i.credit_line', 'i.credit_override', 'i.published_on', 's.rights', 'w.rights_cap'])
    .where('i.id', '=', itemId)
    .forUpdate('i') // the item only: locking the shared sources row deadlocked concurrent publishes (FK KEY SHARE → UPDATE upgrade)
    .executeTakeFirst();
  if (!row) throw new PipelineError('NOT_FOUND', `no item ${itemId}`, { retryable: false });
  const refusal = publishRefusal(itemId, { rights: row.rights, rightsCap: row.rights_cap, credit: row.credit_override ?? row.credit_line });
  if (refusal) throw refusal;
  const credit = (row.credit_override ?? row.credit_line ?? '').trim();
  const publishedOn = row.published_on ?? now;
  // Going out (again): the first re-check is due at once, which only plans it (src/fetchers/recheck-claim.ts).
  const recheck = row.status === 'published' ? {} : { recheck_at: now, recheck_step: 0, recheck_pending: false };
  await tx
    .updateTable('items')
    .set({ status: 'published', status_reason: null, credit_line: credit, published_on: publishedOn, updated_at: now, ...recheck })
    .where('id', '=', itemId)
    .execute();
  await writeAudit(tx, {
    actor,
    action: 'publish',
    itemId,
    before: { status: row.status },
    after: { status: 'published', credit_line: credit },
    at: now,
  });
  return { id: itemId, status: 'published', publishedOn };
}
