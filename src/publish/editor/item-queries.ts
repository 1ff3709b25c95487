/** Reads for the item view: the item with its source's rights, the cluster's outlets, the audit trail. */
import type { Kysely } from 'kysely';
import type { AuditRow, Database } from '../../../db/schema';
import type { ItemStatus } from '../../policy/item-status';
import type { PendingUpdate, SourceFields } from '../../policy/source-update';
import { findItemForOutput } from '../item-queries';
import type { ItemForOutput } from '../present-item';
import type { Rights } from '../../settings/feeds-schema';

export interface EditorItem extends ItemForOutput {
  /** The source's own rights (`rights` is the item's effective rights). */
  source_rights: Rights;
  status_reason: string | null;
  credit_override: string | null;
  rights_notice: string | null;
  previous_version: unknown;
  content_from: string;
  extract_error: string | null;
  created_at: Date;
  revision: number;
  source_fields: SourceFields | null;
  pending_update: PendingUpdate | null;
}

export interface Outlet {
  item_id: number;
  source_id: string;
  source_name: string;
  url: string;
  status: ItemStatus;
}

/** The item with everything the editor shows; undefined when there is no such item. */
export async function findEditorItem(db: Kysely<Database>, id: number): Promise<EditorItem | undefined> {
  const base = await findItemForOutput(db, id);
  if (!base) return undefined;
  const extra = await db
    .selectFrom('items as i')
    .innerJoin('sources as s', 's.id', 'i.source_id')
    .select(['i.status_reason', 'i.credit_override', 'i.rights_notice', 'i.previous_version', 'i.content_from', 'i.extract_error'])
    .select(['i.created_at', 'i.revision', 'i.source_fields', 'i.pending_update', 's.rights as source_rights'])
    .where('i.id', '=', id)
    .executeTakeFirstOrThrow();
  return { ...base, ...extra };
}

/** The other items of the same cluster (other outlets carrying the story). */
export async function listClusterOutlets(db: Kysely<Database>, clusterId: number | null, exceptId: number): Promise<Outlet[]> {
  if (!clusterId) return [];
  return db
    .selectFrom('items as i')
    .innerJoin('sources as s', 's.id', 'i.source_id')
    .select(['i.id as item_id', 'i.source_id', 's.name as source_name', 'i.url', 'i.status'])
    .where('i.cluster_id', '=', clusterId)
    .where('i.id', '<>', exceptId)
    .orderBy('i.id')
    .limit(50)
    .execute();
}

/** The item's audit trail, newest first. */
export function listItemAudit(db: Kysely<Database>, itemId: number): Promise<AuditRow[]> {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
}

/** The neighbours of an item in its status list (newer and older by import order), for j/k on the item view. */
export async function findQueueNeighbours(
  db: Kysely<Database>,
  item: { id: number; status: ItemStatus },
): Promise<{ newer?: number; older?: number }> {
  const older = await db
    .selectFrom('items')
    .select('id')
    .where('status', '=', item.status)
    .where('id', '<', item.id)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const newer = await db
    .selectFrom('items')
    .select('id')
    .where('status', '=', item.status)
    .where('id', '>', item.id)
    .orderBy('id', 'asc')
    .limit(1)
    .executeTakeFirst();
  return { older: older?.id, newer: newer?.id };
}

/**
 * The item an editor meets next after acting on `id`: the next older one in the status the item
 * has now (the queue lists newest first), else the next newer one; undefined when none is left.
 */
export async function findNextToReview(db: Kysely<Database>, id: number): Promise<number | undefined> {
  const row = await db.selectFrom('items').select('status').where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const n = await findQueueNeighbours(db, { id, status: row.status });
  return n.older ?? n.newer;
}
