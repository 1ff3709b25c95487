/**
 * The `article-fetch` queue's one handler: an `article` job fetches the entry's page; a `wire-entry`
 * job builds the item of a full-text wire entry from its wire facts. A job queued by a release
 * before job kinds (no `kind`) is treated as the wire-entry job was then treated by every job: the
 * wire facts are looked up, and an entry without full-text wire facts goes the article way.
 */
import type { Deps } from '../deps';
import type { Logger } from '../log';
import type { Job } from '../queue';
import { processWireEntry } from './process-wire-entry';
import { processArticle, type ProcessedEntry } from './article-job';
import type { EntryJob } from './enqueue';
import { loadEntryContext } from './load-entry';

/** Processes one entry job by its kind; returns the stored item's id and status (ProcessedEntry), or null when there was nothing to do. */
export async function processEntryJob(deps: Deps, job: Job<EntryJob>, log: Logger): Promise<ProcessedEntry | null> {
  const { kind, entryId, version } = job.data;
  if (kind === 'article') return processArticle(deps, { ...job, data: { kind, entryId, version } }, log);
  const ctx = await loadEntryContext(deps.db, entryId);
  if (!ctx || ctx.entry.version < version) return null;
  // An entry whose wire facts changed since it was queued (no longer full text) still gets its item, from its page.
  return (await processWireEntry(deps, entryId, log, ctx)) ?? processArticle(deps, { ...job, data: { entryId, version } }, log, ctx);
}
