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
import { approvePendingUpdate, dismissPendingUpdate } from '../../store/pending-update';
import type { EditorField } from '../../policy/source-update';
import { assertFresh, type Expected } from './desk-store';
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
 * `expected` is the revision the form was opened at (a stale one answers REVIEW_STALE).
 */
export function approveItem(
  db: Kysely<Database>,
  id: number,
  actor: string,
  now: Date,
  confirmed?: string,
  expected?: Expected,
): Promise<void> {
  return db.transaction().execute(async (tx) => {
    await assertFresh(tx, id, expected);
    await lockStatus(tx, id, 'approve');
    await guardApproval(tx, id, confirmed, actor, now);
    await publishItem(tx, id, actor, now);
  });
}

/** Rejects a queued or held item with a reason. */
export function rejectItem(db: Kysely<Database>, id: number, reason: string, actor: string, now: Date, expected?: Expected): Promise<void> {
  return changeStatus(db, id, 'reject', 'rejected', reason, actor, now, expected);
}

/** Takes a published item off the portal. */
export function unpublishItem(
  db: Kysely<Database>,
  id: number,
  reason: string,
  actor: string,
  now: Date,
  expected?: Expected,
): Promise<void> {
  return changeStatus(db, id, 'unpublish', 'unpublished', reason, actor, now, expected);
}

function changeStatus(
  db: Kysely<Database>,
  id: number,
  action: EditorAction,
  status: ItemStatus,
  reason: string,
  actor: string,
  now: Date,
  expected?: Expected,
): Promise<void> {
  return db.transaction().execute(async (tx) => {
    await assertFresh(tx, id, expected);
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
  expected?: Expected,
): Promise<{ problems: string[]; changed: string[] }> {
  return db.transaction().execute(async (tx) => {
    await assertFresh(tx, id, expected);
    const cur = await tx
      .selectFrom('items')
      .select(['title', 'summary', 'content_html', 'credit_override', 'url', 'status', 'source_fields'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!cur) throw new PipelineError('NOT_FOUND', `no item ${id}`, { retryable: false });
    const plan = planEdit(cur, form, cur.url);
    const changed = Object.keys(plan.after);
    if (plan.problems.length || !changed.length) return { problems: plan.problems, changed };
    // The source's own headline and summary, kept the first time an editor overrides one (rows from before 0012).
    const keepSource = !cur.source_fields && ('title' in plan.set || 'summary' in plan.set);
    const sourceFields = keepSource ? { source_fields: JSON.stringify({ title: cur.title, summary: cur.summary }) } : {};
    await tx
      .updateTable('items')
      .set({ ...plan.set, ...sourceFields, updated_at: now })
      .where('id', '=', id)
      .execute();
    await writeAudit(tx, { actor, action: 'edit', itemId: id, before: plan.before, after: plan.after, at: now });
    // A published item's credit line is fixed at publication; re-run the publish path to apply the new one.
    if (cur.status === 'published' && 'credit_override' in plan.after) await publishItem(tx, id, actor, now);
    return { problems: [], changed };
  });
}

/** Puts a published item's waiting source update live, keeping the editor's overrides except those in `take`. */
export function approveUpdate(
  db: Kysely<Database>,
  id: number,
  take: readonly EditorField[],
  actor: string,
  now: Date,
  expected?: Expected,
): Promise<void> {
  return db.transaction().execute(async (tx) => {
    await assertFresh(tx, id, expected);
    await approvePendingUpdate(tx, id, take, actor, now);
  });
}

/** Keeps the published version and drops the waiting source update. */
export function dismissUpdate(db: Kysely<Database>, id: number, actor: string, now: Date, expected?: Expected): Promise<void> {
  return db.transaction().execute(async (tx) => {
    await assertFresh(tx, id, expected);
    await dismissPendingUpdate(tx, id, actor, now);
  });
}
