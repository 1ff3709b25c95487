/** The audit log: who did what to which item, when, with before and after. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';

export interface AuditEntry {
  actor: string;
  action: string;
  itemId?: number | null;
  clusterId?: number | null;
  sourceId?: string | null;
  feedId?: number | null;
  before?: unknown;
  after?: unknown;
  detail?: string | null;
  at: Date;
}

/** Appends one entry. */
export async function writeAudit(db: Kysely<Database> | Transaction<Database>, e: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: e.at,
      actor: e.actor,
      action: e.action,
      item_id: e.itemId ?? null,
      cluster_id: e.clusterId ?? null,
      source_id: e.sourceId ?? null,
      feed_id: e.feedId ?? null,
      before: JSON.stringify(e.before ?? null),
      after: JSON.stringify(e.after ?? null),
      detail: e.detail ?? null,
    })
    .execute();
}
