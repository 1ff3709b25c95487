/**
 * The rows of a new item in fewer round trips (issue 17, throughput): the item, its dedupe bands and
 * its credits go in one statement, and a new story's cluster, the item's cluster id and the ingest
 * audit entry in another (data-modifying CTEs: one snapshot, foreign keys checked at the end of the
 * statement). Same rows as insertNewItem + settleNewStory's first steps (store-apply.ts) write one
 * statement at a time; `WIREROOM_STORE_COMBINED=0` keeps that path for comparison
 * (`npm run bench -- throughput`), and test/integration/store-combined.test.ts compares the two.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { BuiltItem } from './build-item';
import type { Fingerprint } from './dedupe/fingerprint';
import { newItemValues } from './store-apply';
import type { ItemStatus } from '../policy/item-status';
import type { NewItemRow } from './store-plan';

type Tx = Transaction<Database>;

/** Inserts the item with its band keys, carrier credit and origin credit; returns its id. */
export async function insertNewItemCombined(tx: Tx, item: BuiltItem, fp: Fingerprint, row: NewItemRow, now: Date): Promise<number> {
  const origin = item.originalSource?.name ? { name: item.originalSource.name, url: item.originalSource.url ?? null } : null;
  const inserted = await tx
    .with('new_item', (db) =>
      db
        .insertInto('items')
        .values(newItemValues(item, fp, row, now))
        .returning('id'),
    )
    .with(
      'bands',
      () =>
        sql`(INSERT INTO dedupe_bands (band_key, item_id)
        SELECT k, new_item.id FROM new_item, unnest(${fp.bandKeys}::bigint[]) AS k ON CONFLICT DO NOTHING)`,
    )
    .with(
      'carrier',
      () =>
        sql`(INSERT INTO credits (item_id, source_id, entry_id, role, name, url)
        SELECT new_item.id, ${item.sourceId}, ${item.entryId}::int, 'carrier', ${item.sourceName}, ${item.url} FROM new_item
        ON CONFLICT DO NOTHING RETURNING item_id)`,
    )
    // Reads the carrier credit's RETURNING, so the origin credit is written after it (ids in the stepwise order).
    .with(
      'origin',
      () =>
        sql`(INSERT INTO credits (item_id, source_id, entry_id, role, name, url)
        SELECT carrier.item_id, NULL, NULL, 'origin', ${origin?.name ?? null}::text, ${origin?.url ?? null}::text FROM carrier
        WHERE ${origin !== null} ON CONFLICT DO NOTHING)`,
    )
    .selectFrom('new_item')
    .select('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** Opens the cluster of a new story led by `itemId`, points the item at it and writes the ingest audit entry; returns the cluster id. */
export async function openStoryCombined(tx: Tx, itemId: number, item: BuiltItem, now: Date): Promise<number> {
  const original = JSON.stringify(item.originalSource?.name ? item.originalSource : null);
  const after = JSON.stringify({ status: item.decision.status, content_from: item.contentFrom });
  const row = await sql<{ id: number }>`WITH c AS (
      INSERT INTO clusters (representative_item_id, original, original_source_id, created_at, updated_at)
      VALUES (${itemId}, ${original}::jsonb, ${item.sourceId}, ${now}, ${now}) RETURNING id
    ), moved AS (
      UPDATE items SET cluster_id = c.id FROM c WHERE items.id = ${itemId} RETURNING items.id
    ), audit AS (
      INSERT INTO audit_log (at, actor, action, item_id, cluster_id, source_id, feed_id, before, after, detail)
      SELECT ${now}, 'pipeline', 'ingest', ${itemId}, c.id, ${item.sourceId}, NULL, 'null'::jsonb, ${after}::jsonb, NULL FROM c
    )
    SELECT c.id FROM c, moved`.execute(tx);
  const id = row.rows[0]?.id;
  if (id === undefined) throw new Error(`item ${itemId} vanished while its story was opened`);
  return Number(id);
}

/**
 * A new story in one statement: its cluster, the item already in its final state (in the cluster,
 * settled by its review decision: published with its re-check due, or queued/held with the
 * reason), its bands and credits, and the audit entries (ingest, then publish). The stepwise path
 * writes the item three times (insert, cluster id, publish); each write of an items row recomputes
 * its search vector and touches a dozen indexes. The caller has asked publishRefusal first: a new
 * item the publish guard would refuse goes the stepwise way, which raises publishItem's error.
 * Returns the item and cluster ids.
 */
export async function insertNewStoryAtOnce(
  tx: Tx,
  item: BuiltItem,
  fp: Fingerprint,
  row: NewItemRow,
  settle: { status: ItemStatus; reason: string | null },
  now: Date,
): Promise<{ id: number; clusterId: number }> {
  const published = settle.status === 'published';
  const credit = item.creditLine.trim();
  const values: Record<string, unknown> = {
    ...newItemValues(item, fp, row, now),
    ...(published
      ? {
          status: 'published',
          status_reason: null,
          credit_line: credit,
          published_on: now,
          recheck_at: now,
          recheck_step: 0,
          recheck_pending: false,
        }
      : { status: settle.status, status_reason: settle.reason }),
  };
  delete values.cluster_id;
  const columns = sql.join(Object.keys(values).map((c) => sql.id(c)));
  const original = JSON.stringify(item.originalSource?.name ? item.originalSource : null);
  const origin = item.originalSource?.name ? { name: item.originalSource.name, url: item.originalSource.url ?? null } : null;
  const ingestAfter = JSON.stringify({ status: item.decision.status, content_from: item.contentFrom });
  const publishAfter = JSON.stringify({ status: 'published', credit_line: credit });
  const result = await sql<{ id: number; cluster_id: number }>`WITH ids AS (
      SELECT nextval(pg_get_serial_sequence('items', 'id')) AS item_id
    ), c AS (
      INSERT INTO clusters (representative_item_id, original, original_source_id, created_at, updated_at)
      SELECT item_id, ${original}::jsonb, ${item.sourceId}, ${now}, ${now} FROM ids RETURNING id
    ), new_item AS (
      INSERT INTO items (id, cluster_id, ${columns}) OVERRIDING SYSTEM VALUE
      VALUES ((SELECT item_id FROM ids), (SELECT id FROM c), ${sql.join(Object.values(values))}) RETURNING id, cluster_id
    ), bands AS (
      INSERT INTO dedupe_bands (band_key, item_id)
      SELECT k, new_item.id FROM new_item, unnest(${fp.bandKeys}::bigint[]) AS k ON CONFLICT DO NOTHING
    ), carrier AS (
      INSERT INTO credits (item_id, source_id, entry_id, role, name, url)
      SELECT new_item.id, ${item.sourceId}, ${item.entryId}::int, 'carrier', ${item.sourceName}, ${item.url} FROM new_item
      ON CONFLICT DO NOTHING RETURNING item_id
    ), origin AS (
      INSERT INTO credits (item_id, source_id, entry_id, role, name, url)
      SELECT carrier.item_id, NULL, NULL, 'origin', ${origin?.name ?? null}::text, ${origin?.url ?? null}::text FROM carrier
      WHERE ${origin !== null} ON CONFLICT DO NOTHING
    ), audit AS (
      INSERT INTO audit_log (at, actor, action, item_id, cluster_id, source_id, feed_id, before, after, detail)
      SELECT ${now}::timestamptz, 'pipeline', a.action, new_item.id, CASE WHEN a.ord = 1 THEN new_item.cluster_id END,
        a.source_id, NULL, a.before::jsonb, a.after::jsonb, NULL
      FROM new_item, (VALUES (1, 'ingest', ${item.sourceId}::text, 'null'::text, ${ingestAfter}::text),
        (2, 'publish', NULL, ${JSON.stringify({ status: row.status })}, ${publishAfter})) AS a(ord, action, source_id, before, after)
      WHERE a.ord = 1 OR ${published}
      ORDER BY a.ord
    )
    SELECT id, cluster_id FROM new_item`.execute(tx);
  const inserted = result.rows[0];
  if (!inserted) throw new Error(`entry ${item.entryId}: the new story's item was not inserted`);
  return { id: Number(inserted.id), clusterId: Number(inserted.cluster_id) };
}
