/**
 * The editor's actions on items, each in one transaction with an audit entry: approve (through
 * `publishItem`, the single publish path), reject with a reason, unpublish, edit.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { PipelineError } from '../../errors';
import type { ItemStatus } from '../../policy/item-status';
import { writeAudit } from '../../store/audit';
import { publishItem } from '../../store/publish-item';
import { guardApproval } from './approval-facts';
import { planEdit, transitionProblem, type EditForm, type EditorAction } from './edit-plan';

async function lockStatus(tx: Kysely<Database>, id: number, action: EditorAction): Promise<ItemStatus> {
  const row = await tx.selectFrom('items').select('status').where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw new PipelineError('NOT_FOUND', `no item ${id}`, { retryable: false });
  const problem = transitionProblem(action, row.status);
  if (problem) throw new PipelineError('REVIEW_BAD_TRANSITION', `item ${id}: ${problem}`, { retryable: false });
  return row.status;
}

/**
 * Approves (publishes) an item; publishItem writes the audit entry and enforces credit and rights.
 * `confirmed` is the approve form's token of the warnings the editor approves over (approval-facts).
 */
export function approveItem(db: Kysely<Database>, id: number, actor: string, now: Date, confirmed?: string): Promise<void> {
  return db.transaction().execute(async (tx) => {
    await lockStatus(tx, id, 'approve');
    await guardApproval(tx, id, confirmed, actor, now);
    await publishItem(tx, id, actor, now);
  });
}

/** Rejects a queued or held item with a reason. */
export function rejectItem(db: Kysely<Database>, id: number, reason: string, actor: string, now: Date): Promise<void> {
  return changeStatus(db, id, 'reject', 'rejected', reason, actor, now);
}

/** Takes a published item off the portal. */
export function unpublishItem(db: Kysely<Database>, id: number, reason: string, actor: string, now: Date): Promise<void> {
  return changeStatus(db, id, 'unpublish', 'unpublished', reason, actor, now);
}

function changeStatus(
  db: Kysely<Database>,
  id: number,
  action: EditorAction,
  status: ItemStatus,
  reason: string,
  actor: string,
  now: Date,
): Promise<void> {
  return db.transaction().execute(async (tx) => {
    const before = await lockStatus(tx, id, action);
    await tx
      .updateTable('items')
      .set({ status, status_reason: reason || null, updated_at: now })
      .where('id', '=', id)
      .execute();
    await writeAudit(tx, {
      actor,
      action,
      itemId: id,
      before: { status: before },
      after: { status, status_reason: reason || null },
      detail: reason || null,
      at: now,
    });
  });
}

/** Applies an edit form; returns the problems (nothing saved) or the changed field names. */
export function editItem(
  db: Kysely<Database>,
  id: number,
  form: EditForm,
  actor: string,
  now: Date,
): Promise<{ problems: string[]; changed: string[] }> {
  return db.transaction().execute(async (tx) => {
    const cur = await tx
      .selectFrom('items')
      .select(['title', 'summary', 'content_html', 'credit_override', 'url', 'status'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!cur) throw new PipelineError('NOT_FOUND', `no item ${id}`, { retryable: false });
    const plan = planEdit(cur, form, cur.url);
    const changed = Object.keys(plan.after);
    if (plan.problems.length || !changed.length) return { problems: plan.problems, changed };
    await tx
      .updateTable('items')
      .set({ ...plan.set, updated_at: now })
      .where('id', '=', id)
      .execute();
    await writeAudit(tx, { actor, action: 'edit', itemId: id, before: plan.before, after: plan.after, at: now });
    // A published item's credit line is fixed at publication; re-run the publish path to apply the new one.
    if (cur.status === 'published' && 'credit_override' in plan.after) await publishItem(tx, id, actor, now);
    return { problems: [], changed };
  });
}
