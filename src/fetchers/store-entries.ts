/**
 * Writes a fetch's new and changed entries; returns their ids and versions for article jobs. A large
 * feed is written batch by batch (storeEntryBatch), each batch in its own transaction, with the keys
 * already seen in the document carried along so the batches together act as one plan.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { entryKeys, newSeenKeys, planEntries, type EntryKeys, type EntryPlan, type SeenKeys, type StoredEntryKey } from './entry-plan';
import type { FeedItem } from './parse/types';

/** Rows per statement: keeps parameter counts far below Postgres's 65535 limit. */
const CHUNK = 500;

export interface StoredEntries {
  created: { id: number; version: number }[];
  updated: { id: number; version: number }[];
  unchanged: number;
}

/** Plans against what is stored, then inserts and updates in one transaction. */
export async function storeEntries(
  db: Kysely<Database>,
  feed: { id: number; source_id: string },
  items: readonly FeedItem[],
  now: Date,
): Promise<StoredEntries> {
  return storeEntryBatch(db, feed, items, now, newSeenKeys());
}

/**
 * storeEntries for one batch of a document: items whose guid or link an earlier batch of the same
 * document had (`seen`, updated here) are skipped, as duplicates inside one document are.
 */
export async function storeEntryBatch(
  db: Kysely<Database>,
  feed: { id: number; source_id: string },
  items: readonly FeedItem[],
  now: Date,
  seen: SeenKeys,
): Promise<StoredEntries> {
  return db.transaction().execute(async (tx) => {
    const keys = items.map(entryKeys); // normalizing links (and hashing long keys) once per item
    const stored = await loadStoredKeys(tx, feed.id, keys);
    const plan = planEntries(items, stored, seen, keys);
    const created = await insertEntries(tx, feed, plan.inserts, now);
    const updated: StoredEntries['updated'] = [];
    for (const u of plan.updates) {
      // Relative to the row, not to what was read: a re-check may have moved the version meanwhile.
      const row = await tx
        .updateTable('entries')
        .set({ ...entryColumns(u.item), link_norm: u.linkNorm, content_hash: u.hash, version: sql<number>`version + 1`, last_seen_at: now })
        .where('id', '=', u.id)
        .returning('version')
        .executeTakeFirstOrThrow();
      updated.push({ id: u.id, version: row.version });
    }
    return { created, updated, unchanged: plan.unchanged.length };
  });
}

async function loadStoredKeys(db: Kysely<Database>, feedId: number, keys: readonly EntryKeys[]): Promise<StoredEntryKey[]> {
  const out: StoredEntryKey[] = [];
  const guids = [...new Set(keys.map((k) => k.guid))];
  for (let i = 0; i < guids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('entries')
      .select(['id', 'guid', 'link_norm', 'content_hash', 'version'])
      .where('feed_id', '=', feedId)
      .where('guid', 'in', guids.slice(i, i + CHUNK))
      .execute();
    out.push(...rows);
  }
  const links = [...new Set(keys.flatMap((k) => (k.linkNorm ? [k.linkNorm] : [])))];
  const known = new Set(out.map((r) => r.id));
  for (let i = 0; i < links.length; i += CHUNK) {
    const rows = await db
      .selectFrom('entries')
      .select(['id', 'guid', 'link_norm', 'content_hash', 'version'])
      .where('feed_id', '=', feedId)
      .where('link_norm', 'in', links.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) if (!known.has(r.id)) out.push(r);
  }
  return out;
}

async function insertEntries(db: Kysely<Database>, feed: { id: number; source_id: string }, inserts: EntryPlan['inserts'], now: Date) {
  const created: StoredEntries['created'] = [];
  for (let i = 0; i < inserts.length; i += CHUNK) {
    const rows = inserts.slice(i, i + CHUNK).map((x) => ({
      feed_id: feed.id,
      source_id: feed.source_id,
      guid: x.guid,
      link_norm: x.linkNorm,
      content_hash: x.hash,
      first_seen_at: now,
      last_seen_at: now,
      ...entryColumns(x.item),
    }));
    const res = await db
      .insertInto('entries')
      .values(rows)
      .onConflict((oc) => oc.doNothing())
      .returning(['id', 'version'])
      .execute();
    created.push(...res);
  }
  return created;
}

function entryColumns(item: FeedItem) {
  return {
    link: item.link,
    title: item.title,
    summary: item.summary,
    content_html: item.content_html,
    authors: JSON.stringify(item.authors),
    categories: JSON.stringify(item.categories),
    enclosures: JSON.stringify(item.enclosures),
    origin: JSON.stringify(item.source ?? null),
    published_at: item.published_at,
    updated_at: item.updated_at,
  };
}
