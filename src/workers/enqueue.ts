/**
 * Enqueues entry jobs on the `article-fetch` queue: one per entry version, de-duplicated by job id
 * (and by Postgres). Two kinds: `article` fetches the entry's page; `wire-entry` builds the item of a
 * full-text wire entry from its wire facts, with no page. A job queued before kinds existed carries
 * no `kind`; it is still processed, by looking the entry's wire facts up as every job did then.
 */
import type { Deps } from '../deps';

export interface ArticleJob {
  /** `article`, or absent on a job queued by an older release (see LegacyEntryJob). */
  kind?: 'article';
  entryId: number;
  version: number;
}

/** The item of a full-text wire entry, built from the wire facts saved at ingest. */
export interface WireEntryJob {
  kind: 'wire-entry';
  entryId: number;
  version: number;
}

/** A job queued before job kinds: a wire entry or an article, found out by a lookup. */
export interface LegacyEntryJob {
  kind?: undefined;
  entryId: number;
  version: number;
}

/** What the `article-fetch` queue carries. */
export type EntryJob = ArticleJob | WireEntryJob | LegacyEntryJob;

type EntryVersion = { id: number; version: number };

/**
 * Adds one job of `kind` for an entry version. The job id names the entry version, not the kind: an
 * entry re-queued by the orphan sweep while a job an older release queued for it still waits is
 * one job, not two racing to insert the same item.
 */
async function addEntryJob(deps: Pick<Deps, 'queue'>, kind: 'article' | 'wire-entry', e: EntryVersion): Promise<void> {
  await deps.queue.add<ArticleJob | WireEntryJob>(
    'article-fetch',
    { kind, entryId: e.id, version: e.version },
    { jobId: `article-${e.id}-v${e.version}` },
  );
}

/** Adds an article job for each entry version. */
export async function enqueueArticleJobs(deps: Pick<Deps, 'queue'>, entries: readonly EntryVersion[]): Promise<void> {
  for (const e of entries) await addEntryJob(deps, 'article', e);
}

/** Adds a wire-entry job for each full-text wire entry version. */
export async function enqueueWireEntryJobs(deps: Pick<Deps, 'queue'>, entries: readonly EntryVersion[]): Promise<void> {
  for (const e of entries) await addEntryJob(deps, 'wire-entry', e);
}

/**
 * Re-enqueues entries that have no item yet (or an item older than the entry): after a crash of
 * the embedded process or a Redis that lost its data, nothing accepted is lost. Full-text wire
 * entries go back as wire-entry jobs, the others as article jobs.
 */
export async function enqueueOrphanEntries(deps: Pick<Deps, 'db' | 'queue'>, limit = 10_000): Promise<number> {
  const rows = await deps.db
    .selectFrom('entries as e')
    .leftJoin('items as i', 'i.entry_id', 'e.id')
    .leftJoin('wire_entries as w', (j) => j.onRef('w.feed_id', '=', 'e.feed_id').onRef('w.guid', '=', 'e.guid'))
    .select(['e.id', 'e.version', 'w.full_text'])
    .where((eb) => eb.or([eb('i.id', 'is', null), eb('i.version', '<', eb.ref('e.version'))]))
    .orderBy('e.id')
    .limit(limit)
    .execute();
  for (const r of rows) await addEntryJob(deps, r.full_text === true ? 'wire-entry' : 'article', r);
  return rows.length;
}
