/**
 * Story clusters in the database: every item belongs to one. A cluster knows its representative
 * item (the one published), its original publisher (the attribution extraction found, else the
 * source that published it first) and, through its items, every outlet that carried it.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { ItemStatus } from '../policy/item-status';
import { writeAudit } from './audit';
import { renderCreditLine } from '../policy/credit-line';
import { deriveClusterFacts } from '../policy/cluster-facts';
import { mayMove } from '../policy/item-status';
import { sameOutlet } from '../policy/outlets';
import { sourceAliases } from './source-aliases';

type Tx = Transaction<Database>;

/** Opens a cluster for a new story whose first item is `itemId`; returns its id. */
export async function insertCluster(
  tx: Tx,
  itemId: number,
  sourceId: string,
  original: { name: string | null; url: string | null } | null,
  now: Date,
): Promise<number> {
  const row = await tx
    .insertInto('clusters')
    .values({
      representative_item_id: itemId,
      original: JSON.stringify(original?.name ? original : null),
      original_source_id: sourceId,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Recomputes what a cluster derives from its items (deriveClusterFacts); deletes a cluster left empty. */
export async function refreshCluster(tx: Tx, clusterId: number, now: Date): Promise<void> {
  const members = await tx
    .selectFrom('items')
    .select(['id', 'source_id', 'status', 'original_source', 'published_at'])
    .where('cluster_id', '=', clusterId)
    .orderBy('id')
    .execute();
  if (members.length === 0) {
    await tx.deleteFrom('clusters').where('id', '=', clusterId).execute();
    return;
  }
  const cluster = await tx.selectFrom('clusters').select(['representative_item_id']).where('id', '=', clusterId).executeTakeFirstOrThrow();
  const facts = deriveClusterFacts(members, cluster.representative_item_id)!;
  await tx
    .updateTable('clusters')
    .set({
      representative_item_id: facts.representativeId,
      original: JSON.stringify(facts.original),
      original_source_id: facts.originalSourceId,
      updated_at: now,
    })
    .where('id', '=', clusterId)
    .execute();
  // The representative's output (its cluster summary and credits) changed: new ETag for the portal.
  await tx.updateTable('items').set({ updated_at: now }).where('id', '=', facts.representativeId).execute();
}

/** The item a duplicate finally points at (follows duplicate_of to the story's head). */
export async function findStoryHead(tx: Tx, itemId: number): Promise<{ id: number; cluster_id: number | null; status: ItemStatus }> {
  let id = itemId;
  for (let hops = 0; hops < 10; hops++) {
    const row = await tx
      .selectFrom('items')
      .select(['id', 'cluster_id', 'duplicate_of', 'status'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (row.duplicate_of === null) return { id: row.id, cluster_id: row.cluster_id, status: row.status };
    id = row.duplicate_of;
  }
  throw new Error(`duplicate_of chain from item ${itemId} is longer than 10`);
}

/**
 * A story head yields to `newHeadId` (the take-over move of item-status.ts): it becomes the new head's
 * duplicate (the items_publish_event trigger emits `item.withdrawn` when it was published), its copies
 * point at the new head, and its credits move along. Returns false when its status may not yield.
 */
export async function yieldStoryHead(tx: Tx, oldHeadId: number, newHeadId: number, reason: string, now: Date): Promise<boolean> {
  const row = await tx.selectFrom('items').select(['status', 'cluster_id']).where('id', '=', oldHeadId).forUpdate().executeTakeFirst();
  if (!row || !mayMove('take-over', row.status)) return false;
  await tx
    .updateTable('items')
    .set({ status: 'duplicate', status_reason: reason, duplicate_of: newHeadId, recheck_at: null, recheck_pending: false, updated_at: now })
    .where('id', '=', oldHeadId)
    .execute();
  await tx.updateTable('items').set({ duplicate_of: newHeadId }).where('duplicate_of', '=', oldHeadId).execute();
  await tx
    .insertInto('credits')
    .columns(['item_id', 'source_id', 'entry_id', 'role', 'name', 'url'])
    .expression((eb) =>
      eb
        .selectFrom('credits')
        .select([sql<number>`${newHeadId}::int`.as('item_id'), 'source_id', 'entry_id', 'role', 'name', 'url'])
        .where('item_id', '=', oldHeadId),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
  await writeAudit(tx, {
    actor: 'pipeline',
    action: 'take-over',
    itemId: oldHeadId,
    clusterId: row.cluster_id,
    before: { status: row.status },
    after: { status: 'duplicate', duplicate_of: newHeadId },
    detail: reason,
    at: now,
  });
  return true;
}

/** Credits an outlet that carried the story on the story's head item (merged credits; idempotent). */
export async function addCarrierCredit(
  tx: Tx,
  headId: number,
  carrier: { sourceId: string; sourceName: string; entryId: number; url: string },
): Promise<void> {
  await tx
    .insertInto('credits')
    .values({
      item_id: headId,
      source_id: carrier.sourceId,
      entry_id: carrier.entryId,
      role: 'carrier',
      name: carrier.sourceName,
      url: carrier.url,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/**
 * When the story's head carries no attribution but its cluster now knows the original publisher (a
 * later copy's attribution, or another outlet that published first), the head's credit line names it:
 * "Source: RT, via 247 City News". Returns the new credit line, or null when nothing changed.
 */
export async function creditClusterOriginal(tx: Tx, headId: number, now: Date): Promise<string | null> {
  const head = await tx
    .selectFrom('items as i')
    .innerJoin('sources as s', 's.id', 'i.source_id')
    .innerJoin('clusters as c', 'c.id', 'i.cluster_id')
    .leftJoin('sources as o', 'o.id', 'c.original_source_id')
    .select([
      'i.id',
      'i.source_id',
      'i.original_source',
      'i.byline',
      'i.url',
      'i.credit_line',
      's.name as source_name',
      's.homepage as source_homepage',
      's.settings as source_settings',
      's.credit_template',
      'c.original',
      'c.original_source_id',
      'o.name as original_source_name',
      'o.homepage as original_homepage',
    ])
    .where('i.id', '=', headId)
    .executeTakeFirst();
  if (!head || head.original_source?.name) return null;
  const original = head.original?.name
    ? { name: head.original.name, url: head.original.url }
    : head.original_source_id && head.original_source_id !== head.source_id && head.original_source_name
      ? { name: head.original_source_name, url: head.original_homepage }
      : null;
  // An outlet is never credited via itself ("Source: WIRE, via Wire"): its own item keeps its own line.
  if (
    !original ||
    sameOutlet(
      { name: original.name, homepage: original.url },
      { id: head.source_id, name: head.source_name, homepage: head.source_homepage, aliases: sourceAliases(head.source_settings) },
    )
  )
    return null;
  const line = renderCreditLine(head.credit_template, {
    source: head.source_name,
    sourceId: head.source_id,
    sourceHomepage: head.source_homepage,
    sourceAliases: sourceAliases(head.source_settings),
    author: head.byline,
    original: original.name,
    originalUrl: original.url,
    url: head.url,
  });
  if (line === head.credit_line) return null;
  await tx
    .updateTable('items')
    .set({ original_source: JSON.stringify(original), credit_line: line, updated_at: now })
    .where('id', '=', headId)
    .execute();
  await tx
    .insertInto('credits')
    .values({ item_id: headId, source_id: null, entry_id: null, role: 'origin', name: original.name, url: original.url })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await writeAudit(tx, {
    actor: 'pipeline',
    action: 'credit-original',
    itemId: headId,
    before: { credit_line: head.credit_line },
    after: { credit_line: line },
    at: now,
  });
  return line;
}
