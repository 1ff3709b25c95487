/** Enqueues article jobs: one per entry version, de-duplicated by job id (and by Postgres). */
import type { Deps } from '../deps';

export interface ArticleJob {
  entryId: number;
  version: number;
}

/** Adds an article-fetch job for each entry version. */
export async function enqueueArticleJobs(deps: Pick<Deps, 'queue'>, entries: readonly { id: number; version: number }[]): Promise<void> {
  for (const e of entries) {
    await deps.queue.add<ArticleJob>('article-fetch', { entryId: e.id, version: e.version }, { jobId: `article-${e.id}-v${e.version}` });
  }
}

/**
 * Re-enqueues entries that have no item yet (or an item older than the entry): after a crash of
 * the embedded process or a Redis that lost its data, nothing accepted is lost.
 */
export async function enqueueOrphanEntries(deps: Pick<Deps, 'db' | 'queue'>, limit = 10_000): Promise<number> {
  const rows = await deps.db
    .selectFrom('entries as e')
    .leftJoin('items as i', 'i.entry_id', 'e.id')
    .select(['e.id', 'e.version'])
    .where((eb) => eb.or([eb('i.id', 'is', null), eb('i.version', '<', eb.ref('e.version'))]))
    .orderBy('e.id')
    .limit(limit)
    .execute();
  await enqueueArticleJobs(deps, rows);
  return rows.length;
}
