/**
 * Wire kills: a `canceled` or `withheld` item in a wire document takes back the story stored under
 * the same guid from the same source, through the withdrawal path (audit entry, `item.withdrawn`
 * webhook, 410 on the API). A kill for a guid never stored stores nothing.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { STATUS_MOVES } from '../policy/item-status';
import { withdrawItem } from '../store/withdraw-item';
import { isKill, type WireDocument, type WireFormat, type WireItem } from './parse/wire/types';
import { saveWireEntries } from '../store/wire-store';

/** Withdraws the stored items the kills name; returns their ids. */
export async function applyWireKills(
  db: Kysely<Database>,
  sourceId: string,
  format: WireFormat,
  kills: readonly WireItem[],
  now: Date,
): Promise<number[]> {
  if (!kills.length) return [];
  const byGuid = new Map(kills.map((k) => [k.entry.guid, k.pub_status] as const));
  const rows = await db
    .selectFrom('items as i')
    .innerJoin('entries as e', 'e.id', 'i.entry_id')
    .select(['i.id', 'e.guid'])
    .where('e.source_id', '=', sourceId)
    .where('e.guid', 'in', [...byGuid.keys()])
    .execute();
  const withdrawn: number[] = [];
  for (const r of rows) {
    const reason = `withdrawn at the source: the ${format} wire marked ${r.guid} ${byGuid.get(r.guid) ?? 'canceled'}`;
    const done = await db
      .transaction()
      .execute((tx) => withdrawItem(tx, Number(r.id), reason, 'wire', now, STATUS_MOVES['wire-kill'].from));
    if (done) withdrawn.push(Number(r.id));
  }
  return withdrawn;
}

/**
 * What every wire channel does with a parsed document before storing entries: its kills withdraw
 * the stored items they name, and the wire facts of the other items are saved. Returns the document
 * without its kills, and the withdrawn ids.
 */
export async function recordWireDocument(
  db: Kysely<Database>,
  feed: { id: number; source_id: string },
  doc: WireDocument,
  now: Date,
): Promise<{ live: WireDocument; withdrawn: number[] }> {
  const live = { ...doc, items: doc.items.filter((i) => !isKill(i.pub_status)) };
  const withdrawn = await applyWireKills(
    db,
    feed.source_id,
    doc.format,
    doc.items.filter((i) => isKill(i.pub_status)),
    now,
  );
  await saveWireEntries(db, feed.id, live, now);
  return { live, withdrawn };
}
