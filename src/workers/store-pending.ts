/**
 * Source updates of a published item under review (store-plan's `pending-update`, `drop-pending`,
 * `keep-pending`): the approved columns stay live, the source's version waits in
 * `items.pending_update` until an editor approves it (src/store/pending-update.ts).
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { countChangedParagraphs, type PendingUpdate } from '../policy/source-update';
import { writeAudit } from '../store/audit';
import { versionDiff } from '../store/item-version';
import type { BuiltItem } from './build-item';
import type { Fingerprint } from './dedupe/fingerprint';
import { insertDedupeBands } from './dedupe/pg-index';
import { bumpEntryVersion, itemColumns, storedResult, WITHOUT_GONE, type StoredItem } from './store-apply';
import { sourceHeadline, type ItemRow } from './store-facts';
import type { StoreAction } from './store-plan';

type Tx = Transaction<Database>;
type Act<K extends StoreAction['kind']> = Extract<StoreAction, { kind: K }>;

/** The source's version as JSON-safe columns (the MinHash signature as hex). */
function pendingColumns(item: BuiltItem, fp: Fingerprint, now: Date): Record<string, unknown> {
  const { minhash, updated_at: _updated, ...rest } = itemColumns(item, fp, now);
  return { ...rest, minhash: minhash.toString('hex') };
}

/** Keeps the source's new version beside the live one, for an editor to approve. */
export async function applyPendingUpdate(
  tx: Tx,
  existing: ItemRow,
  fetched: BuiltItem,
  fp: Fingerprint,
  action: Act<'pending-update'>,
  now: Date,
): Promise<StoredItem> {
  const item = action.correction ? { ...fetched, version: await bumpEntryVersion(tx, fetched.entryId) } : fetched;
  const diff = versionDiff(existing, { version: item.version, title: item.title, text: item.text });
  const pending: PendingUpdate = {
    version: item.version,
    received_at: now.toISOString(),
    audit: action.audit,
    title: item.title,
    summary: item.summary,
    text: item.text,
    content_html: item.contentHtml,
    paragraphs_changed: countChangedParagraphs(existing.text, item.text),
    headlines: item.headlines,
    diff,
    columns: pendingColumns(item, fp, now),
  };
  // updated_at stays: the portal's copy did not change.
  await tx
    .updateTable('items')
    .set({ pending_update: JSON.stringify(pending), flags: WITHOUT_GONE })
    .where('id', '=', existing.id)
    .execute();
  await insertDedupeBands(tx, existing.id, fp.bandKeys);
  await writeAudit(tx, {
    actor: 'pipeline',
    action: action.audit,
    itemId: existing.id,
    clusterId: existing.cluster_id,
    before: { version: existing.version, status: existing.status },
    after: {
      version: item.version,
      status: existing.status,
      pending: true,
      paragraphs_changed: pending.paragraphs_changed,
      headline_changed: sourceHeadline(existing) !== item.title,
    },
    detail: diff.slice(0, 20000),
    at: now,
  });
  return storedResult(existing);
}

/** The source is back at the live version: the waiting update is dropped. */
export async function applyDropPending(tx: Tx, existing: ItemRow, item: BuiltItem, now: Date): Promise<StoredItem> {
  await tx
    .updateTable('items')
    .set({ pending_update: null, version: item.version, flags: WITHOUT_GONE })
    .where('id', '=', existing.id)
    .execute();
  await writeAudit(tx, {
    actor: 'pipeline',
    action: 'update-dropped',
    itemId: existing.id,
    clusterId: existing.cluster_id,
    before: { pending_version: existing.pending_update?.version ?? null },
    after: { version: item.version },
    at: now,
  });
  return storedResult(existing);
}
