/** Reads story clusters for the portal and editors: a summary per item, and one cluster in full. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { ClusterSummary } from './present-item';

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

async function loadMembers(db: Kysely<Database>, clusterIds: readonly number[]) {
  return db
    .selectFrom('items as i')
    .innerJoin('sources as s', 's.id', 'i.source_id')
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

/** One cluster with its members, or undefined. */
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
  return {
    id: c.id,
    size: items.length,
    representative_item_id: c.representative_item_id,
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
