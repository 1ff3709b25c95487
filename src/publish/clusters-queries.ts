/**
 * Reads story clusters for the portal: a summary per item, and one cluster in full. The portal sees
 * only the members it may see as items: published ones, and copies credited on a published head,
 * whose effective rights are not `none`; held, queued, rejected, taken-down and `none` members are
 * left out (editors see every member on their desk).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Rights } from '../settings/feeds-schema';
import type { ClusterSummary } from './present-item';
import { effectiveRightsSql } from './rights-sql';

/** One line per outlet that carried a story. */
export interface ClusterMember {
  item_id: number;
  source_id: string;
  source_name: string;
  url: string;
  title: string;
  status: string;
  duplicate_of: number | null;
  published_at: Date | null;
  /** The member's effective rights (its source's, narrowed by its wire document's terms). */
  rights: Rights;
}

/** A whole cluster: its representative, original publisher and members (oldest first). */
export interface ClusterDetail {
  id: number;
  size: number;
  representative_item_id: number | null;
  original: { name: string | null; url: string | null; source_id: string | null; source_name: string | null };
  sources: ClusterSummary['sources'];
  items: ClusterMember[];
  created_at: Date;
  updated_at: Date;
}

/** The members the portal may see: published, or a copy credited on a published head; rights not none. */
async function loadMembers(db: Kysely<Database>, clusterIds: readonly number[]) {
  return db
    .selectFrom('items as i')
    .innerJoin('sources as s', 's.id', 'i.source_id')
    .leftJoin('items as h', 'h.id', 'i.duplicate_of')
    .leftJoin('entries as e', 'e.id', 'i.entry_id')
    .leftJoin('wire_entries as w', (j) => j.onRef('w.feed_id', '=', 'e.feed_id').onRef('w.guid', '=', 'e.guid'))
    .select(effectiveRightsSql().as('rights'))
    .select([
      'i.cluster_id',
      'i.id as item_id',
      'i.source_id',
      's.name as source_name',
      'i.url',
      'i.title',
      'i.status',
      'i.duplicate_of',
      'i.published_at',
    ])
    .where('i.cluster_id', 'in', [...clusterIds])
    .where(sql<boolean>`(i.status = 'published' OR (i.status = 'duplicate' AND h.status = 'published'))`)
    .where(effectiveRightsSql(), '<>', 'none')
    .orderBy('i.id')
    .execute();
}

/** Distinct outlets of the members, in the order they carried the story. */
function sourcesOf(members: readonly { source_id: string; source_name: string; url: string }[]): ClusterSummary['sources'] {
  const seen = new Map<string, ClusterSummary['sources'][number]>();
  for (const m of members) if (!seen.has(m.source_id)) seen.set(m.source_id, { id: m.source_id, name: m.source_name, url: m.url });
  return [...seen.values()];
}

/** Summaries `{id, size, sources}` for the clusters of a page of items (one query for the page). */
export async function findClusterSummaries(
  db: Kysely<Database>,
  clusterIds: readonly (number | null)[],
): Promise<Map<number, ClusterSummary>> {
  const ids = [...new Set(clusterIds.filter((id): id is number => id !== null))];
  const out = new Map<number, ClusterSummary>();
  if (ids.length === 0) return out;
  const members = await loadMembers(db, ids);
  for (const id of ids) {
    const mine = members.filter((m) => m.cluster_id === id);
    out.set(id, { id, size: mine.length, sources: sourcesOf(mine) });
  }
  return out;
}

/** One cluster with the members the portal may see, or undefined when it has no published member. */
export async function findClusterDetail(db: Kysely<Database>, id: number): Promise<ClusterDetail | undefined> {
  const c = await db
    .selectFrom('clusters as c')
    .leftJoin('sources as s', 's.id', 'c.original_source_id')
    .select([
      'c.id',
      'c.representative_item_id',
      'c.original',
      'c.original_source_id',
      's.name as source_name',
      'c.created_at',
      'c.updated_at',
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!c) return undefined;
  const members = await loadMembers(db, [id]);
  const items = members.map(({ cluster_id: _c, ...m }) => m);
  if (!items.some((m) => m.status === 'published')) return undefined;
  return {
    id: c.id,
    size: items.length,
    representative_item_id: items.some((m) => m.item_id === c.representative_item_id) ? c.representative_item_id : null,
    original: {
      name: c.original?.name ?? c.source_name,
      url: c.original?.url ?? null,
      source_id: c.original_source_id,
      source_name: c.source_name,
    },
    sources: sourcesOf(items),
    items,
    created_at: c.created_at,
    updated_at: c.updated_at,
  };
}
