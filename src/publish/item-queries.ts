/** Reads published items for the portal with keyset pagination (never OFFSET). */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { ItemStatus } from '../policy/item-status';
import type { Cursor, ListSort } from './cursor';
import type { ItemForOutput } from './present-item';
import { effectiveRightsSql, visibleSearchSql } from './rights-sql';

export interface ItemFilters {
  source?: string[];
  category?: string;
  lang?: string;
  since?: Date;
  until?: Date;
  cluster?: number;
  q?: string;
  status?: ItemStatus;
  /** Items changed (published, updated, re-credited) at or after this time. */
  updatedSince?: Date;
  /** The list's order: newest published (default) or newest change first. */
  sort?: ListSort;
}

/** updated_at in whole microseconds since the epoch, as text: the exact key of `sort=updated` cursors. */
const UPDATED_US = sql<string>`(extract(epoch from i.updated_at) * 1000000)::bigint::text`.as('updated_us');

const OUTPUT_COLUMNS = [
  'i.id',
  'i.title',
  'i.url',
  'i.canonical_url',
  'i.byline',
  'i.authors',
  'i.summary',
  'i.content_html',
  'i.text',
  'i.lead_image',
  'i.original_source',
  'i.site_name',
  'i.lang',
  'i.categories',
  'i.status',
  'i.credit_line',
  'i.published_at',
  'i.modified_at',
  'i.published_on',
  'i.updated_at',
  'i.cluster_id',
  'i.version',
  'i.source_id',
  'i.sort_at',
  's.name as source_name',
  's.homepage as source_homepage',
  's.excerpt_words',
  'c.updated_at as cluster_updated_at',
] as const;

/**
 * Characters of `text` a lean list fetches per excerpt word: ten times an average word and its
 * space, so only text with absurdly long "words" yields a shorter excerpt (never a longer one).
 */
export const PREFIX_CHARS_PER_WORD = 64;

/**
 * The lean list's content columns: only what applyRights keeps for each rights mode, so a page of
 * 50 long articles does not pull every body through the driver to throw most of it away.
 * `full`: content_html, and a text prefix only when there is no summary to show; `excerpt`: a text
 * prefix (applyRights cuts it to N words); `headline`/`none`: neither. applyRights stays the rule;
 * this only leaves out what it would discard (test/integration/api-lean-list.test.ts holds them equal).
 */
function leanContentColumns() {
  const prefixLen = sql<number>`s.excerpt_words * ${PREFIX_CHARS_PER_WORD}`;
  const rights = effectiveRightsSql();
  const wantsText = sql<boolean>`(${rights} = 'excerpt' OR (${rights} = 'full' AND i.summary IS NULL))`;
  return [
    sql<string | null>`CASE WHEN ${rights} = 'full' THEN i.content_html END`.as('content_html'),
    sql<string | null>`CASE WHEN ${wantsText} THEN left(i.text, ${prefixLen}) END`.as('text'),
    // octet_length reads the stored size without decompressing; more bytes than the prefix's
    // characters may mean more text (always so for single-byte text).
    sql<boolean | null>`CASE WHEN ${wantsText} THEN octet_length(i.text) > ${prefixLen} END`.as('text_is_prefix'),
  ] as const;
}

const LEAN_COLUMNS = OUTPUT_COLUMNS.filter((c) => c !== 'i.content_html' && c !== 'i.text');

/**
 * Newest first by (sort_at, id); `limit + 1` rows so the caller knows whether a next page exists.
 * Lean by default (content cut to what the rights let an output show); `fullText` for outputs that
 * carry the whole text of full-rights items (ninjs body_text).
 */
export async function listItems(
  db: Kysely<Database>,
  f: ItemFilters,
  after: Cursor | undefined,
  limit: number,
  opts: { fullText?: boolean } = {},
): Promise<(ItemForOutput & { sort_at: Date; updated_us: string })[]> {
  const q = filtered(db, f, after).select(effectiveRightsSql().as('rights'));
  const selected = opts.fullText ? q.select(OUTPUT_COLUMNS) : q.select(LEAN_COLUMNS).select(leanContentColumns());
  return selected
    .select(UPDATED_US)
    .orderBy(f.sort === 'updated' ? 'i.updated_at' : 'i.sort_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(limit + 1)
    .execute();
}

/**
 * The same rows as `listItems` (`limit + 1` of them), only the columns a page's ETag is built from:
 * the cheap first step of a list request (304s and cached pages need nothing more).
 */
export async function listItemKeys(db: Kysely<Database>, f: ItemFilters, after: Cursor | undefined, limit: number) {
  return filtered(db, f, after)
    .select([
      'i.id',
      'i.version',
      'i.updated_at',
      'i.credit_line',
      'i.sort_at',
      effectiveRightsSql().as('rights'),
      's.excerpt_words',
      's.name as source_name',
      's.homepage as source_homepage',
      'c.updated_at as cluster_updated_at',
      UPDATED_US,
    ])
    .orderBy(f.sort === 'updated' ? 'i.updated_at' : 'i.sort_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** The rows a list with these filters shows (published, rights above none), before columns and order. */
export function filtered(db: Kysely<Database>, f: ItemFilters, after: Cursor | undefined) {
  let q = fromItems(db)
    .where('i.status', '=', f.status ?? 'published')
    .where(effectiveRightsSql(), '<>', 'none');
  if (f.source?.length) q = q.where('i.source_id', 'in', f.source);
  if (f.category) q = q.where(sql<boolean>`i.categories @> ${JSON.stringify([f.category])}::jsonb`);
  if (f.lang) q = q.where('i.lang', '=', f.lang);
  if (f.since) q = q.where('i.sort_at', '>=', f.since);
  if (f.until) q = q.where('i.sort_at', '<', f.until);
  if (f.cluster) q = q.where('i.cluster_id', '=', f.cluster);
  if (f.q) q = q.where(searchMatches(f.q));
  if (f.updatedSince) q = q.where('i.updated_at', '>=', f.updatedSince);
  if (after?.sort === 'updated')
    q = q.where(
      sql<boolean>`(i.updated_at, i.id) < (timestamptz 'epoch' + ${after.updatedUs}::bigint * interval '1 microsecond', ${after.id})`,
    );
  else if (after) q = q.where(sql<boolean>`(i.sort_at, i.id) < (${after.sortAt}, ${after.id})`);
  return q;
}

/** One item by id, whatever its status (the caller decides what to show). */
export function findItemForOutput(db: Kysely<Database>, id: number): Promise<(ItemForOutput & { sort_at: Date }) | undefined> {
  return fromItems(db).select(OUTPUT_COLUMNS).select(effectiveRightsSql().as('rights')).where('i.id', '=', id).executeTakeFirst();
}

/** Items with their source, cluster and (for wire copy) wire entry: what effectiveRightsSql reads. */
function fromItems(db: Kysely<Database>) {
  return db
    .selectFrom('items as i')
    .innerJoin('sources as s', 's.id', 'i.source_id')
    .leftJoin('clusters as c', 'c.id', 'i.cluster_id')
    .leftJoin('entries as e', 'e.id', 'i.entry_id')
    .leftJoin('wire_entries as w', (j) => j.onRef('w.feed_id', '=', 'e.feed_id').onRef('w.guid', '=', 'e.guid'));
}

/**
 * `q` matched against only the text the item's rights let an output show (visibleSearchSql). The
 * indexed whole-item vector narrows the rows first: what is visible is part of it, so a match there
 * is needed, except under a negation ("-word"), where the visible text alone decides.
 */
function searchMatches(q: string) {
  const query = sql`websearch_to_tsquery('simple', ${q})`;
  const visible = sql<boolean>`${visibleSearchSql()} @@ ${query}`;
  return NEGATION.test(q) ? visible : sql<boolean>`(i.search @@ ${query} AND ${visible})`;
}

/** websearch syntax for "not": a word led by "-". */
const NEGATION = /(?:^|\s)-/;

/**
 * The newest change anything on a list or feed could show: an item of any status (a takedown
 * bumps the item's updated_at), a source (name, rights) or a cluster. Three index lookups.
 */
export async function findChangeWatermark(db: Kysely<Database>): Promise<Date> {
  const r = await sql<{ at: Date | null }>`SELECT greatest(
      (SELECT max(updated_at) FROM items), (SELECT max(updated_at) FROM sources), (SELECT max(updated_at) FROM clusters)) AS at`.execute(
    db,
  );
  return new Date(r.rows[0]?.at ?? 0);
}
