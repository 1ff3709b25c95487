/**
 * Wire kills: a `canceled` or `withheld` item in a wire document takes back the story stored under
 * the same guid from the same source, through the withdrawal path (audit entry, `item.withdrawn`
 * webhook, 410 on the API). A kill for a guid never stored stores nothing.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { withdrawItem } from '../publish/withdraw-item';
import type { WireFormat, WireItem } from './types';

/** A kill also stops an item still waiting for an editor: the agency has taken it back. */
const KILLABLE: readonly string[] = ['published', 'queued', 'held'];

/** Withdraws the stored items the kills name; returns their ids. */
export async function applyWireKills(db: Kysely<Database>, sourceId: string, format: WireFormat, kills: readonly WireItem[], now: Date): Promise<number[]> {
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
    const done = await db.transaction().execute((tx) => withdrawItem(tx, Number(r.id), reason, 'wire', now, KILLABLE));
    if (done) withdrawn.push(Number(r.id));
  }
  return withdrawn;
}
