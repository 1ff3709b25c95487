/**
 * Stores an article's item, once per entry (UNIQUE entry_id + ON CONFLICT), with its credits;
 * publishes it through the single publish path when review allows. An entry that changed at the
 * source updates its item and keeps the previous version for editors.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { Deps } from '../deps';
import { writeAudit } from '../publish/audit';
import { publishItem } from '../publish/publish-item';
import { decideUpdateStatus, type ItemStatus } from '../publish/review';
import { contentHashOf } from './content-hash';
import type { BuiltItem } from './build-item';

export interface StoredItem {
  id: number;
  status: string;
  created: boolean;
}

/** Inserts or updates the item for an entry and publishes it when its review mode says so. */
export async function storeItem(deps: Pick<Deps, 'db' | 'clock'>, item: BuiltItem): Promise<StoredItem> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('items').selectAll().where('entry_id', '=', item.entryId).forUpdate().executeTakeFirst();
    if (existing && existing.version >= item.version) return { id: existing.id, status: existing.status, created: false };
    const values = itemColumns(item, now);
    if (!existing) {
      const inserted = await tx.insertInto('items').values({ ...values, entry_id: item.entryId, status: 'queued', status_reason: item.decision.reason, created_at: now }).returning('id').executeTakeFirstOrThrow();
      await addCredits(tx, inserted.id, item);
      await writeAudit(tx, { actor: 'pipeline', action: 'ingest', itemId: inserted.id, sourceId: item.sourceId, after: { status: item.decision.status, content_from: item.contentFrom }, at: now });
      return { id: inserted.id, status: await settle(tx, inserted.id, item.decision.status, item.decision.reason, now), created: true };
    }
    const next = decideUpdateStatus(existing.status as ItemStatus, item.decision);
    const previous = { version: existing.version, title: existing.title, text: existing.text, content_html: existing.content_html, summary: existing.summary };
    await tx.updateTable('items').set({ ...values, previous_version: JSON.stringify(previous), status: existing.status, status_reason: next.reason }).where('id', '=', existing.id).execute();
    await writeAudit(tx, { actor: 'pipeline', action: 'source-update', itemId: existing.id, before: { version: existing.version, status: existing.status }, after: { version: item.version, status: next.status }, at: now });
    return { id: existing.id, status: await settle(tx, existing.id, next.status, next.reason, now), created: false };
  });
}

async function settle(tx: Transaction<Database>, id: number, status: string, reason: string | null, now: Date): Promise<string> {
  if (status === 'published') {
    await publishItem(tx, id, 'pipeline', now);
    return 'published';
  }
  await tx.updateTable('items').set({ status, status_reason: reason }).where('id', '=', id).execute();
  return status;
}

function itemColumns(item: BuiltItem, now: Date) {
  return {
    source_id: item.sourceId,
    url: item.url,
    url_norm: item.urlNorm,
    canonical_url: item.canonicalUrl,
    title: item.title,
    byline: item.byline,
    authors: JSON.stringify(item.authors),
    summary: item.summary,
    content_html: item.contentHtml,
    text: item.text,
    word_count: item.wordCount,
    lead_image: JSON.stringify(item.leadImage ?? null),
    original_source: JSON.stringify(item.originalSource),
    rights_notice: item.rightsNotice,
    site_name: item.siteName,
    lang: item.lang,
    categories: JSON.stringify(item.categories),
    content_from: item.contentFrom,
    content_hash: contentHashOf(item.text ?? item.title),
    extract_error: item.extractError,
    published_at: item.publishedAt,
    modified_at: item.modifiedAt,
    sort_at: item.sortAt,
    credit_line: item.creditLine,
    version: item.version,
    flags: JSON.stringify([]),
    updated_at: now,
  };
}

async function addCredits(tx: Transaction<Database>, itemId: number, item: BuiltItem): Promise<void> {
  const rows: { item_id: number; source_id: string | null; entry_id: number | null; role: string; name: string; url: string | null }[] = [];
  rows.push({ item_id: itemId, source_id: item.sourceId, entry_id: item.entryId, role: 'carrier', name: item.sourceId, url: item.url });
  if (item.originalSource?.name) rows.push({ item_id: itemId, source_id: null, entry_id: null, role: 'origin', name: item.originalSource.name, url: item.originalSource.url });
  await tx.insertInto('credits').values(rows).onConflict((oc) => oc.doNothing()).execute();
}
