/** The desk's lock rows and the version check inside an action's transaction. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { PipelineError } from '../../errors';
import type { ItemLock } from './lock-plan';
import { checkVersion, snapshotOf, type Change, type DeskSnapshot } from './version-check';

/** What a form sent for the version check: its revision (undefined = no check) and snapshot. */
export interface Expected {
  rev: number | undefined;
  base: Partial<DeskSnapshot> | null;
}

/** A save or approve against a newer revision; `changes` says what changed since the form was opened. */
export class StaleEditError extends PipelineError {
  constructor(
    id: number,
    readonly rev: number,
    readonly changes: Change[],
  ) {
    super('REVIEW_STALE', `item ${id} changed since you opened it (now revision ${rev}); nothing was saved`, { retryable: false });
  }
}

/** Locks the item's row and refuses (StaleEditError) when it moved past the form's revision. */
export async function assertFresh(tx: Kysely<Database>, id: number, expected: Expected | undefined): Promise<void> {
  if (!expected || expected.rev === undefined) return;
  const row = await tx
    .selectFrom('items')
    .select(['revision', 'title', 'summary', 'credit_override', 'status', 'version', 'content_html', 'pending_update'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new PipelineError('NOT_FOUND', `no item ${id}`, { retryable: false });
  const check = checkVersion(expected.rev, row.revision, snapshotOf(row), expected.base);
  if (!check.ok) throw new StaleEditError(id, check.rev, check.changes);
}

/** The item's lock, or null. */
export async function findLock(db: Kysely<Database>, itemId: number): Promise<ItemLock | null> {
  const row = await db.selectFrom('item_locks').selectAll().where('item_id', '=', itemId).executeTakeFirst();
  return row ? { username: row.username, since: new Date(row.since), expiresAt: new Date(row.expires_at) } : null;
}

/** Writes the item's lock (one per item). */
export async function saveLock(db: Kysely<Database>, itemId: number, lock: ItemLock): Promise<void> {
  await db
    .insertInto('item_locks')
    .values({ item_id: itemId, username: lock.username, since: lock.since, expires_at: lock.expiresAt })
    .onConflict((oc) => oc.column('item_id').doUpdateSet({ username: lock.username, since: lock.since, expires_at: lock.expiresAt }))
    .execute();
}

/** Frees the item when `username` holds it (the editor is done with it). */
export async function releaseLock(db: Kysely<Database>, itemId: number, username: string): Promise<void> {
  await db.deleteFrom('item_locks').where('item_id', '=', itemId).where('username', '=', username).execute();
}
