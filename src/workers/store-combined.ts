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
