/**
 * Turns a stored wire entry into an item without fetching any page: load the entry, its source and
 * its wire facts, build under the effective rights, store (which publishes when review allows).
 * Called by the ingest funnel for channels that answer with the items (push, folder), and by the
 * wire-entry job (and jobs queued before job kinds) for the others.
 */
import type { Deps } from '../deps';
import type { Logger } from '../log';
import { sanitizeHtml } from '../core/sanitize';
import { loadEntryContext, type EntryContext } from './load-entry';
import { storeItem } from './store-item';
import type { ProcessedEntry } from './article-job';
import { buildWireItem } from './build-wire-item';
import { findWireEntry } from '../store/wire-store';

/** Stores the item for a wire entry; null when the entry is not a full-text wire entry. */
export async function processWireEntry(deps: Deps, entryId: number, log: Logger, loaded?: EntryContext): Promise<ProcessedEntry | null> {
  const wire = await findWireEntry(deps.db, entryId);
  if (!wire || !wire.full_text) return null;
  const ctx = loaded ?? (await loadEntryContext(deps.db, entryId));
  if (!ctx) return null;
  const src = await deps.db.selectFrom('sources').select('excerpt_words').where('id', '=', ctx.source.id).executeTakeFirstOrThrow();
  const html = ctx.entry.content_html || ctx.entry.summary;
  const built = buildWireItem({
    entry: ctx.entry,
    source: { ...ctx.source, excerpt_words: src.excerpt_words },
    wire,
    bodyHtml: html ? sanitizeHtml(html, ctx.entry.link ?? `urn:${ctx.source.id}`) : null,
    now: deps.clock.now(),
  });
  const stored = await storeItem(deps, built);
  log.info(
    { entry_id: entryId, item_id: stored.id, status: stored.status, format: wire.format, rights: built.effectiveRights },
    'wire item stored',
  );
  return { itemId: stored.id, status: stored.status, columns: stored.columns };
}
