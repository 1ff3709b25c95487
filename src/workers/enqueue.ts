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
async function addEntryJob(
  deps: Pick<Deps, 'queue'>,
  kind: 'article' | 'wire-entry',
  e: EntryVersion,
  skipIfCompleted = false,
): Promise<boolean> {
  return deps.queue.add<ArticleJob | WireEntryJob>(
    'article-fetch',
    { kind, entryId: e.id, version: e.version },
    { jobId: `article-${e.id}-v${e.version}`, skipIfCompleted },
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

/** An entry the orphan sweep found without a (current) item. */
export interface OrphanEntry {
  id: number;
  version: number;
  full_text: boolean | null;
}

/** Entries to re-check per query before adding their jobs: the snapshot a job may complete after stays short. */
const ORPHAN_BATCH = 200;

/**
 * Re-enqueues entries that have no item yet (or an item older than the entry): after a crash of
 * the embedded process or a Redis that lost its data, nothing accepted is lost. Full-text wire
 * entries go back as wire-entry jobs, the others as article jobs. Only entries still without an
 * item and whose job did not complete are added (see requeueOrphans): a sweep never fetches a page
 * again because a job finished after its snapshot.
 */
export async function enqueueOrphanEntries(deps: Pick<Deps, 'db' | 'queue'>, limit = 10_000): Promise<number> {
  return requeueOrphans(deps, await findOrphanEntries(deps.db, limit));
}

/** The sweep's snapshot: entries without an item at their version, oldest first. */
export async function findOrphanEntries(db: Deps['db'], limit = 10_000, ids?: readonly number[]): Promise<OrphanEntry[]> {
  let q = db
    .selectFrom('entries as e')
    .leftJoin('items as i', 'i.entry_id', 'e.id')
    .leftJoin('wire_entries as w', (j) => j.onRef('w.feed_id', '=', 'e.feed_id').onRef('w.guid', '=', 'e.guid'))
    .select(['e.id', 'e.version', 'w.full_text'])
    .where((eb) => eb.or([eb('i.id', 'is', null), eb('i.version', '<', eb.ref('e.version'))]));
  if (ids) q = q.where('e.id', 'in', ids.length ? [...ids] : [-1]);
  return q.orderBy('e.id').limit(limit).execute();
}

/**
 * Adds the jobs of a snapshot's entries, a batch at a time: each batch is looked up again right
 * before its jobs are added (a job that stored its item since the snapshot drops out), and a job
 * id that already completed is not added again (check before add). Returns the jobs added.
 */
export async function requeueOrphans(deps: Pick<Deps, 'db' | 'queue'>, snapshot: readonly OrphanEntry[]): Promise<number> {
  let added = 0;
  for (let at = 0; at < snapshot.length; at += ORPHAN_BATCH) {
    const batch = snapshot.slice(at, at + ORPHAN_BATCH);
    const still = await findOrphanEntries(
      deps.db,
      batch.length,
      batch.map((e) => e.id),
    );
    for (const e of still) if (await addEntryJob(deps, e.full_text === true ? 'wire-entry' : 'article', e, true)) added++;
  }
  return added;
}
