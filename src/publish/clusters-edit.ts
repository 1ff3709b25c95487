/**
 * Editors' cluster operations: split items off into a new story, merge one story into another.
 * Each runs in one transaction, keeps the duplicate links and merged credits consistent, and writes
 * the audit log. Bad requests come back as problems (values), not exceptions.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { splitProblems } from '../policy/cluster-facts';
import { addCarrierCredit, insertCluster, refreshCluster } from '../store/cluster-store';
import { writeAudit } from '../store/audit';

type Tx = Transaction<Database>;

export type EditResult = { ok: true; clusterId: number; moved: number[] } | { ok: false; status: 400 | 404; problems: string[] };

async function lockCluster(tx: Tx, id: number) {
  return tx.selectFrom('clusters').select(['id', 'representative_item_id']).where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * Moves `itemIds` of cluster `clusterId` into a new cluster. The oldest moved item heads it: a
 * duplicate that becomes a head goes to the editors' queue (it was never reviewed as a story).
 */
export async function splitCluster(
  db: Kysely<Database>,
  clusterId: number,
  itemIds: readonly number[],
  actor: string,
  now: Date,
): Promise<EditResult> {
  return db.transaction().execute(async (tx) => {
    const cluster = await lockCluster(tx, clusterId);
    if (!cluster) return { ok: false, status: 404, problems: [`no cluster ${clusterId}`] };
    const members = await tx
      .selectFrom('items')
      .select(['id', 'entry_id', 'source_id', 'url', 'status', 'duplicate_of', 'original_source'])
      .where('cluster_id', '=', clusterId)
      .orderBy('id')
      .forUpdate()
      .execute();
    const problems = splitProblems(
      members.map((m) => m.id),
      cluster.representative_item_id,
      itemIds,
    );
    if (problems.length) return { ok: false, status: 400, problems };
    const moving = new Set(itemIds);
    const moved = members.filter((m) => moving.has(m.id));
    const head = moved[0]!;
    const newId = await insertCluster(tx, head.id, head.source_id, head.original_source, now);
    await tx
      .updateTable('items')
      .set({ cluster_id: newId, updated_at: now })
      .where('id', 'in', [...moving])
      .execute();
    if (head.status === 'duplicate')
      await tx
        .updateTable('items')
        .set({ status: 'queued', status_reason: `split from cluster ${clusterId}; review as its own story`, duplicate_of: null })
        .where('id', '=', head.id)
        .execute();
    else await tx.updateTable('items').set({ duplicate_of: null }).where('id', '=', head.id).execute();
    const rest = moved.slice(1).map((m) => m.id);
    if (rest.length)
      await tx
        .updateTable('items')
        .set({ status: 'duplicate', duplicate_of: head.id, status_reason: `duplicate of item ${head.id} (split by an editor)` })
        .where('id', 'in', rest)
        .execute();
    const staying = members.filter((m) => !moving.has(m.id)).map((m) => m.id);
    await tx
      .updateTable('items')
      .set({ duplicate_of: cluster.representative_item_id })
      .where('id', 'in', staying)
      .where('duplicate_of', 'in', [...moving])
      .execute();
    await moveCarrierCredits(tx, moved, head.id);
    await refreshCluster(tx, clusterId, now);
    await refreshCluster(tx, newId, now);
    await writeAudit(tx, {
      actor,
      action: 'cluster-split',
      clusterId,
      before: { cluster_id: clusterId, items: members.map((m) => m.id) },
      after: { cluster_id: newId, items: [...moving] },
      at: now,
    });
    return { ok: true, clusterId: newId, moved: [...moving] };
  });
}

/** The outlets of moved items stop being credited on the old head and are credited on the new one. */
async function moveCarrierCredits(
  tx: Tx,
  moved: readonly { entry_id: number; source_id: string; url: string }[],
  headId: number,
): Promise<void> {
  const entryIds = moved.map((m) => m.entry_id);
  await tx
    .deleteFrom('credits')
    .where('entry_id', 'in', entryIds)
    .where('role', '=', 'carrier')
    .where('item_id', '!=', headId)
    .where('item_id', 'not in', tx.selectFrom('items').select('id').where('entry_id', 'in', entryIds))
    .execute();
  const names = await tx
    .selectFrom('sources')
    .select(['id', 'name'])
    .where(
      'id',
      'in',
      moved.map((m) => m.source_id),
    )
    .execute();
  for (const m of moved) {
    const name = names.find((n) => n.id === m.source_id)?.name ?? m.source_id;
    await addCarrierCredit(tx, headId, { sourceId: m.source_id, sourceName: name, entryId: m.entry_id, url: m.url });
  }
}

/**
 * Merges cluster `from` into `into`: every item moves; the heads of `from` become duplicates of the
 * representative of `into` (taken off the portal: one story, one item) and their outlets are credited there.
 */
export async function mergeClusters(db: Kysely<Database>, from: number, into: number, actor: string, now: Date): Promise<EditResult> {
  if (from === into) return { ok: false, status: 400, problems: ['from, into: must be two different clusters'] };
  return db.transaction().execute(async (tx) => {
    const [a, b] =
      from < into
        ? [await lockCluster(tx, from), await lockCluster(tx, into)]
        : [await lockCluster(tx, into), await lockCluster(tx, from)].reverse();
    const missing = [
      [from, a],
      [into, b],
    ]
      .filter(([, c]) => !c)
      .map(([id]) => `no cluster ${String(id)}`);
    if (missing.length || !b) return { ok: false, status: 404, problems: missing };
    const rep = b.representative_item_id!;
    const moved = await tx
      .selectFrom('items')
      .select(['id', 'entry_id', 'source_id', 'url', 'status', 'duplicate_of'])
      .where('cluster_id', '=', from)
      .orderBy('id')
      .forUpdate()
      .execute();
    const ids = moved.map((m) => m.id);
    if (ids.length) {
      await tx.updateTable('items').set({ cluster_id: into, updated_at: now }).where('id', 'in', ids).execute();
      await tx
        .updateTable('items')
        .set({ status: 'duplicate', duplicate_of: rep, status_reason: `merged into cluster ${into} by an editor` })
        .where('id', 'in', ids)
        .where('duplicate_of', 'is', null)
        .execute();
      await tx.updateTable('items').set({ duplicate_of: rep }).where('id', 'in', ids).where('duplicate_of', '!=', rep).execute();
      await moveCarrierCredits(tx, moved, rep);
    }
    await tx.updateTable('clusters').set({ representative_item_id: null }).where('id', '=', from).execute();
    await refreshCluster(tx, from, now);
    await refreshCluster(tx, into, now);
    await writeAudit(tx, {
      actor,
      action: 'cluster-merge',
      clusterId: into,
      before: { from, into, from_items: ids, from_statuses: moved.map((m) => m.status) },
      after: { cluster_id: into, representative_item_id: rep },
      at: now,
    });
    return { ok: true, clusterId: into, moved: ids };
  });
}
