/**
 * What a story cluster derives from its items, and which editor splits make sense. Pure: members in,
 * facts or problems out (the database shell is store/cluster-store.ts and publish/clusters-edit.ts).
 */

/** The member columns the rules read. */
export interface ClusterMemberFacts {
  id: number;
  source_id: string;
  status: string;
  original_source: { name: string | null; url: string | null } | null;
  published_at: Date | null;
}

/** A cluster's derived columns. */
export interface ClusterFacts {
  representativeId: number;
  original: { name: string | null; url: string | null } | null;
  originalSourceId: string;
}

/**
 * Representative: a published head (the current one first, else the oldest), else the current one while
 * it is still a head, else the oldest head, else the oldest member. Original: the first attribution extraction found, and the source that published
 * first by the sources' own dates (a member without a date never displaces the representative:
 * arrival order is not publication order when two workers race). `members` must be oldest first.
 */
export function deriveClusterFacts(members: readonly ClusterMemberFacts[], currentRepresentative: number | null): ClusterFacts | null {
  if (members.length === 0) return null;
  const heads = members.filter((m) => m.status !== 'duplicate');
  const published = heads.filter((m) => m.status === 'published');
  const representative =
    published.find((m) => m.id === currentRepresentative) ??
    published[0] ??
    heads.find((m) => m.id === currentRepresentative) ??
    heads[0] ??
    members[0]!;
  const attributed = members.find((m) => m.original_source?.name);
  let earliest = representative;
  for (const m of members) {
    if (!m.published_at || !earliest.published_at) continue;
    if (new Date(m.published_at).getTime() < new Date(earliest.published_at).getTime()) earliest = m;
  }
  return { representativeId: representative.id, original: attributed?.original_source ?? null, originalSourceId: earliest.source_id };
}

/** Problems with splitting `itemIds` off a cluster of `memberIds` (each names the field and the fix); empty when fine. */
export function splitProblems(memberIds: readonly number[], representative: number | null, itemIds: readonly number[]): string[] {
  const problems: string[] = [];
  const members = new Set(memberIds);
  const strangers = itemIds.filter((id) => !members.has(id));
  if (strangers.length) problems.push(`item_ids: ${strangers.join(', ')} not in this cluster; list items of this cluster only`);
  if (representative !== null && itemIds.includes(representative))
    problems.push(`item_ids: ${representative} is the cluster's representative; split off the other items instead`);
  if (itemIds.length >= memberIds.length) problems.push('item_ids: leave at least one item in the cluster; to move all, merge instead');
  return problems;
}
