/** Reads published items for the portal with keyset pagination (never OFFSET). */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Cursor } from './cursor';
import type { ItemForOutput } from './present-item';

export interface ItemFilters {
  source?: string[];
  category?: string;
  lang?: string;
  since?: Date;
  until?: Date;
  cluster?: number;
  q?: string;
  status?: string;
}

const OUTPUT_COLUMNS = [
  'i.id', 'i.title', 'i.url', 'i.canonical_url', 'i.byline', 'i.authors', 'i.summary', 'i.content_html', 'i.text', 'i.lead_image', 'i.original_source',
  'i.site_name', 'i.lang', 'i.categories', 'i.status', 'i.credit_line', 'i.published_at', 'i.modified_at', 'i.published_on', 'i.updated_at',
  'i.cluster_id', 'i.version', 'i.source_id', 'i.sort_at', 's.name as source_name', 's.homepage as source_homepage', 's.rights', 's.excerpt_words',
] as const;

/** Newest first by (sort_at, id); `limit + 1` rows so the caller knows whether a next page exists. */
export async function listItems(db: Kysely<Database>, f: ItemFilters, after: Cursor | undefined, limit: number): Promise<(ItemForOutput & { sort_at: Date })[]> {
  return filtered(db, f, after).select(OUTPUT_COLUMNS).orderBy('i.sort_at', 'desc').orderBy('i.id', 'desc').limit(limit + 1).execute();
}

/** The same page as `listItems`, only the columns its ETag is built from: a cheap revalidation (304) path. */
export async function listItemKeys(db: Kysely<Database>, f: ItemFilters, after: Cursor | undefined, limit: number) {
  return filtered(db, f, after)
    .select(['i.id', 'i.version', 'i.updated_at', 'i.credit_line', 's.rights', 's.excerpt_words'])
    .orderBy('i.sort_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(limit)
    .execute();
}

function filtered(db: Kysely<Database>, f: ItemFilters, after: Cursor | undefined) {
  let q = db
    .selectFrom('items as i')
    .innerJoin('sources as s', 's.id', 'i.source_id')
    .where('i.status', '=', f.status ?? 'published')
    .where('s.rights', '<>', 'none');
  if (f.source?.length) q = q.where('i.source_id', 'in', f.source);
  if (f.category) q = q.where(sql<boolean>`i.categories @> ${JSON.stringify([f.category])}::jsonb`);
  if (f.lang) q = q.where('i.lang', '=', f.lang);
  if (f.since) q = q.where('i.sort_at', '>=', f.since);
  if (f.until) q = q.where('i.sort_at', '<', f.until);
  if (f.cluster) q = q.where('i.cluster_id', '=', f.cluster);
  if (f.q) q = q.where(sql<boolean>`i.search @@ websearch_to_tsquery('simple', ${f.q})`);
  if (after) q = q.where(sql<boolean>`(i.sort_at, i.id) < (${after.sortAt}, ${after.id})`);
  return q;
}

/** One item by id, whatever its status (the caller decides what to show). */
export function findItemForOutput(db: Kysely<Database>, id: number): Promise<(ItemForOutput & { sort_at: Date }) | undefined> {
  return db.selectFrom('items as i').innerJoin('sources as s', 's.id', 'i.source_id').select(OUTPUT_COLUMNS).where('i.id', '=', id).executeTakeFirst();
}
