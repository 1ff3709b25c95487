/**
 * Story clusters in the database: every item belongs to one. A cluster knows its representative
 * item (the one published), its original publisher (the attribution extraction found, else the
 * source that published it first) and, through its items, every outlet that carried it.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema';

type Tx = Transaction<Database>;

/** Opens a cluster for a new story whose first item is `itemId`; returns its id. */
export async function insertCluster(tx: Tx, itemId: number, sourceId: string, original: { name: string | null; url: string | null } | null, now: Date): Promise<number> {
  const row = await tx
    .insertInto('clusters')
    .values({ representative_item_id: itemId, original: JSON.stringify(original?.name ? original : null), original_source_id: sourceId, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Recomputes what a cluster derives from its items: the attribution (first item that has one), the
 * earliest-publishing source, and the representative (kept while it is still a non-duplicate member,
 * else the oldest non-duplicate member, else the oldest member). Deletes a cluster left empty.
 */
export async function refreshCluster(tx: Tx, clusterId: number, now: Date): Promise<void> {
  const members = await tx
    .selectFrom('items')
    .select(['id', 'source_id', 'status', 'original_source', sql<Date>`coalesce(published_at, sort_at)`.as('first_at')])
    .where('cluster_id', '=', clusterId)
    .orderBy('id')
    .execute();
  if (members.length === 0) {
    await tx.deleteFrom('clusters').where('id', '=', clusterId).execute();
    return;
  }
  const cluster = await tx.selectFrom('clusters').select(['representative_item_id']).where('id', '=', clusterId).executeTakeFirstOrThrow();
  const heads = members.filter((m) => m.status !== 'duplicate');
  const keep = heads.find((m) => m.id === cluster.representative_item_id);
  const representative = keep ?? heads[0] ?? members[0]!;
  const attributed = members.find((m) => m.original_source?.name);
  const earliest = [...members].sort((a, b) => new Date(a.first_at).getTime() - new Date(b.first_at).getTime() || a.id - b.id)[0]!;
  await tx
    .updateTable('clusters')
    .set({ representative_item_id: representative.id, original: JSON.stringify(attributed?.original_source ?? null), original_source_id: earliest.source_id, updated_at: now })
    .where('id', '=', clusterId)
    .execute();
  // The representative's output (its cluster summary and credits) changed: new ETag for the portal.
  await tx.updateTable('items').set({ updated_at: now }).where('id', '=', representative.id).execute();
}

/** The item a duplicate finally points at (follows duplicate_of to the story's head). */
export async function findStoryHead(tx: Tx, itemId: number): Promise<{ id: number; cluster_id: number | null }> {
  let id = itemId;
  for (let hops = 0; hops < 10; hops++) {
    const row = await tx.selectFrom('items').select(['id', 'cluster_id', 'duplicate_of']).where('id', '=', id).executeTakeFirstOrThrow();
    if (row.duplicate_of === null) return { id: row.id, cluster_id: row.cluster_id };
    id = row.duplicate_of;
  }
  throw new Error(`duplicate_of chain from item ${itemId} is longer than 10`);
}

/** Credits an outlet that carried the story on the story's head item (merged credits; idempotent). */
export async function addCarrierCredit(tx: Tx, headId: number, carrier: { sourceId: string; sourceName: string; entryId: number; url: string }): Promise<void> {
  await tx
    .insertInto('credits')
    .values({ item_id: headId, source_id: carrier.sourceId, entry_id: carrier.entryId, role: 'carrier', name: carrier.sourceName, url: carrier.url })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
