/**
 * An editor's answer to a source update waiting for review: approve it (the source's version goes
 * live, the editor's headline, summary and credit kept unless taken from the source) or keep the
 * published version and drop the update. Each in the caller's transaction, with an audit entry.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { PipelineError } from '../errors';
import { mergeSourceUpdate, type EditorField, type PendingUpdate } from '../policy/source-update';
import { writeAudit } from './audit';
import { keepPreviousVersion } from './item-version';
import { publishItem } from './publish-item';

type Tx = Transaction<Database>;

async function lockPending(tx: Tx, id: number) {
  const row = await tx.selectFrom('items').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw new PipelineError('NOT_FOUND', `no item ${id}`, { retryable: false });
  if (!row.pending_update)
    throw new PipelineError('REVIEW_BAD_TRANSITION', `item ${id} has no source update waiting for review`, { retryable: false });
  return { row, pending: row.pending_update };
}

/** The pending columns back as column values (the MinHash signature from hex). */
function liveColumns(p: PendingUpdate): Record<string, unknown> {
  const { minhash, ...rest } = p.columns;
  return { ...rest, minhash: typeof minhash === 'string' ? Buffer.from(minhash, 'hex') : null };
}

/** Puts the waiting source update live and re-runs the publish path; returns the overrides kept and taken. */
export async function approvePendingUpdate(
  tx: Tx,
  id: number,
  take: readonly EditorField[],
  actor: string,
  now: Date,
): Promise<{ kept: EditorField[]; taken: EditorField[] }> {
  const { row, pending } = await lockPending(tx, id);
  const fresh = { title: pending.title, summary: pending.summary, ...(pending.headlines ? { headlines: pending.headlines } : {}) };
  const merged = mergeSourceUpdate(row, fresh, take);
  const next = { version: pending.version, title: merged.title, text: pending.text };
  const { previous } = await keepPreviousVersion(tx, row, next, now);
  await tx
    .updateTable('items')
    .set({
      ...(liveColumns(pending) as object),
      title: merged.title,
      summary: merged.summary,
      credit_override: merged.credit_override,
      source_fields: JSON.stringify(merged.source_fields),
      previous_version: previous,
      pending_update: null,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
  await writeAudit(tx, {
    actor,
    action: 'approve-update',
    itemId: id,
    clusterId: row.cluster_id,
    before: { version: row.version, title: row.title },
    after: { version: pending.version, title: merged.title, kept: merged.kept, taken: merged.taken },
    at: now,
  });
  if (row.status === 'published') await publishItem(tx, id, actor, now);
  return { kept: merged.kept, taken: merged.taken };
}

/** Keeps the published version and drops the waiting update. */
export async function dismissPendingUpdate(tx: Tx, id: number, actor: string, now: Date): Promise<void> {
  const { row, pending } = await lockPending(tx, id);
  await tx.updateTable('items').set({ pending_update: null }).where('id', '=', id).execute();
  await writeAudit(tx, {
    actor,
    action: 'dismiss-update',
    itemId: id,
    clusterId: row.cluster_id,
    before: { pending_version: pending.version },
    after: { version: row.version },
    at: now,
  });
}
