/**
 * Carries out a StoreAction (store-plan.ts) in the store transaction: rows, versions, dedupe
 * bands, clusters, credits, audit, and publishing through the review decision. No choices here
 * beyond what the action says.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { ItemStatus } from '../policy/item-status';
import { countChangedParagraphs, mergeSourceUpdate } from '../policy/source-update';
import { writeAudit } from '../store/audit';
import { keepPreviousVersion } from '../store/item-version';
import { publishItem } from '../store/publish-item';
import { withdrawItem } from '../store/withdraw-item';
import type { BuiltItem } from './build-item';
import { addCarrierCredit, creditClusterOriginal, insertCluster, refreshCluster, yieldStoryHead } from '../store/cluster-store';
import { serializeSignature, type Fingerprint } from './dedupe/fingerprint';
import { insertDedupeBands } from './dedupe/pg-index';
import { sourceHeadline, type ItemRow } from './store-facts';
import type { NewItemRow, StoreAction, TakeOverReason } from './store-plan';

type Tx = Transaction<Database>;
type Act<K extends StoreAction['kind']> = Extract<StoreAction, { kind: K }>;

/** Bumped when DEFAULT_PARAMS or the hash seeds change, so stored signatures can be recomputed. */
export const DEDUPE_VERSION = 1;

/** `flags` without `gone_at_source`: the page answered again. */
export const WITHOUT_GONE = sql<string>`flags - 'gone_at_source'`;

/** `flags` with `gone_at_source`, once. */
const WITH_GONE = sql<string>`(SELECT coalesce(jsonb_agg(DISTINCT f), '[]') FROM jsonb_array_elements(flags || '["gone_at_source"]'::jsonb) f)`;

export interface StoredItem {
  id: number;
  status: ItemStatus;
  created: boolean;
  duplicateOf: number | null;
  clusterId: number | null;
  /** The columns the article metrics read, when the store wrote them in one go (a new story): no read-back needed. */
  columns?: StoredColumns;
}

/** What a stored item's row holds for the article metrics (src/metrics/observe.ts ArticleRow). */
export interface StoredColumns {
  status: ItemStatus;
  content_from: string;
  extract_error: string | null;
  published_at: Date | null;
  published_on: Date | null;
}

/** What storing the stored row `row` leaves, before any change of status. */
export function storedResult(row: ItemRow): StoredItem {
  return { id: row.id, status: row.status, created: false, duplicateOf: row.duplicate_of, clusterId: row.cluster_id };
}

/** A new item's row: what was built, its place (status, duplicate, cluster) and its creation time (shared with store-combined.ts). */
export function newItemValues(item: BuiltItem, fp: Fingerprint, row: NewItemRow, now: Date) {
  return {
    ...itemColumns(item, fp, now),
    entry_id: item.entryId,
    status: row.status,
    status_reason: row.statusReason,
    duplicate_of: row.duplicateOf,
    cluster_id: row.clusterId,
    created_at: now,
  };
}

/** Inserts a new item with its bands and credits; returns its id. */
export async function insertNewItem(tx: Tx, item: BuiltItem, fp: Fingerprint, row: NewItemRow, now: Date): Promise<number> {
  const inserted = await tx
    .insertInto('items')
    .values(newItemValues(item, fp, row, now))
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertDedupeBands(tx, inserted.id, fp.bandKeys);
  await addCredits(tx, inserted.id, item);
  return inserted.id;
}

/** Opens a new story's cluster, points the item at it and writes the ingest audit entry in one statement (store-combined.ts). */
export type OpenStory = (tx: Tx, itemId: number, item: BuiltItem, now: Date) => Promise<number>;

/** A new story opens its cluster (in one statement when `openStory` is given); a head beside a story joins that one and the cluster is recomputed. */
export async function settleNewStory(
  tx: Tx,
  id: number,
  item: BuiltItem,
  action: Act<'insert-new'>,
  now: Date,
  openStory?: OpenStory,
): Promise<StoredItem> {
  const clusterId =
    action.joinCluster === null && openStory ? await openStory(tx, id, item, now) : await openStoryStepwise(tx, id, item, action, now);
  const status = await settle(tx, id, action.settle.status, action.settle.reason, now);
  if (action.joinCluster !== null) {
    await refreshCluster(tx, clusterId, now);
    await creditClusterOriginal(tx, id, now);
  }
  return { id, status, created: true, duplicateOf: null, clusterId };
}

/** insertCluster (or join), set the item's cluster, audit: one statement at a time; returns the cluster id. */
async function openStoryStepwise(tx: Tx, id: number, item: BuiltItem, action: Act<'insert-new'>, now: Date): Promise<number> {
  const clusterId = action.joinCluster ?? (await insertCluster(tx, id, item.sourceId, item.originalSource, now));
  if (action.joinCluster === null) await tx.updateTable('items').set({ cluster_id: clusterId }).where('id', '=', id).execute();
  await writeAudit(tx, {
    actor: 'pipeline',
    action: 'ingest',
    itemId: id,
    clusterId,
    sourceId: item.sourceId,
    after: { status: item.decision.status, content_from: item.contentFrom },
    at: now,
  });
  return clusterId;
}

/**
 * The new item leads its story: the old head (and its copies) become its duplicates first, so the
 * webhooks say `item.withdrawn` then `item.published`; it is settled by its own review decision, and
 * the cluster and the new head's credit line are recomputed.
 */
const TAKE_OVER_REASONS: Record<TakeOverReason, (id: number) => string> = {
  original: (id) => `the original's own copy, item ${id}, leads the story`,
  publishable: (id) => `item ${id} is publishable and leads the story`,
  rights: (id) => `item ${id} allows more and leads the story`,
};

export async function settleTakeOver(tx: Tx, id: number, item: BuiltItem, action: Act<'take-over'>, now: Date): Promise<StoredItem> {
  const { head, why } = action;
  const reason = TAKE_OVER_REASONS[why](id);
  await yieldStoryHead(tx, head.id, id, reason, now);
  await writeAudit(tx, {
    actor: 'pipeline',
    action: 'ingest',
    itemId: id,
    clusterId: head.clusterId,
    sourceId: item.sourceId,
    after: { status: item.decision.status, content_from: item.contentFrom, took_over: head.id, why },
    at: now,
  });
  const status = await settle(tx, id, action.settle.status, action.settle.reason, now);
  await refreshCluster(tx, head.clusterId, now);
  await creditClusterOriginal(tx, id, now);
  return { id, status, created: true, duplicateOf: null, clusterId: head.clusterId };
}

/** A copy credits its outlet (and its original) on the story's head, whose cluster is recomputed. */
export async function settleDuplicate(tx: Tx, id: number, item: BuiltItem, action: Act<'duplicate'>, now: Date): Promise<StoredItem> {
  const { head, match } = action;
  await addCredits(tx, head.id, item);
  if (head.clusterId !== null) {
    await refreshCluster(tx, head.clusterId, now);
    await creditClusterOriginal(tx, head.id, now);
  }
  await writeAudit(tx, {
    actor: 'pipeline',
    action: 'duplicate',
    itemId: id,
    clusterId: head.clusterId,
    sourceId: item.sourceId,
    after: { duplicate_of: head.id, kind: match.kind, similarity: match.similarity },
    at: now,
  });
  return { id, status: 'duplicate', created: true, duplicateOf: head.id, clusterId: head.clusterId };
}

/**
 * Same content: the version moves, the gone flag (and a re-check's error) clears, and the headlines
 * the version was built from are kept, so a later feed-only retitling is seen (store-facts.ts).
 */
export async function applyUnchanged(tx: Tx, existing: ItemRow, item: BuiltItem, action: Act<'unchanged'>, now: Date): Promise<StoredItem> {
  const cleared = action.clearExtractError ? { extract_error: null } : {};
  await tx
    .updateTable('items')
    .set({
      version: item.version,
      modified_at: item.modifiedAt,
      flags: WITHOUT_GONE,
      updated_at: now,
      source_fields: withHeadlines(item.headlines),
      ...cleared,
    })
    .where('id', '=', existing.id)
    .execute();
  return storedResult(existing);
}

/** `source_fields` with `headlines` set (NULL stays NULL: such a row never knew its source's fields). */
function withHeadlines(headlines: BuiltItem['headlines']) {
  return sql<string>`CASE WHEN source_fields IS NULL THEN NULL ELSE source_fields || jsonb_build_object('headlines', ${JSON.stringify(headlines)}::jsonb) END`;
}

/** Keeps the previous version with a diff, updates the item, and settles its status. */
export async function applyNewVersion(
  tx: Tx,
  existing: ItemRow,
  fetched: BuiltItem,
  fp: Fingerprint,
  action: Act<'new-version'>,
  now: Date,
): Promise<StoredItem> {
  // A correction found by a re-check: the entry did not change in the feed, so its version moves with the item's.
  const item = action.correction ? { ...fetched, version: await bumpEntryVersion(tx, fetched.entryId) } : fetched;
  const merged = mergeSourceUpdate(existing, { title: item.title, summary: item.summary });
  const { diff, previous } = await keepPreviousVersion(tx, existing, { version: item.version, title: merged.title, text: item.text }, now);
  const next = action.settle;
  await tx
    .updateTable('items')
    .set({
      ...itemColumns(item, fp, now),
      title: merged.title,
      summary: merged.summary,
      flags: WITHOUT_GONE,
      previous_version: previous,
      pending_update: null,
      status: existing.status,
      status_reason: next.reason,
    })
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
      status: next.status,
      paragraphs_changed: countChangedParagraphs(existing.text, item.text),
      headline_changed: sourceHeadline(existing) !== item.title,
      kept: merged.kept,
    },
    detail: diff.slice(0, 20000),
    at: now,
  });
  const status = await settle(tx, existing.id, next.status, next.reason, now);
  return { ...storedResult(existing), status };
}

/** Flags the stored copy gone at the source; withdraws it when the action says so. */
export async function applyGone(tx: Tx, existing: ItemRow, item: BuiltItem, action: Act<'gone'>, now: Date): Promise<StoredItem> {
  const confirm = action.confirmAt ? { recheck_at: action.confirmAt } : {};
  await tx
    .updateTable('items')
    .set({ version: item.version, extract_error: action.code, flags: WITH_GONE, updated_at: now, ...confirm })
    .where('id', '=', existing.id)
    .execute();
  await writeAudit(tx, {
    actor: 'pipeline',
    action: 'gone-at-source',
    itemId: existing.id,
    clusterId: existing.cluster_id,
    after: { code: action.code, status: existing.status },
    at: now,
  });
  if (action.withdrawReason === null || !(await withdrawItem(tx, existing.id, action.withdrawReason, 'pipeline', now)))
    return storedResult(existing);
  return { ...storedResult(existing), status: 'withdrawn' };
}

/** A failed re-check keeps the stored copy as it is and notes the failure. */
export async function applyRecheckFailed(tx: Tx, existing: ItemRow, action: Act<'recheck-failed'>, now: Date): Promise<StoredItem> {
  await writeAudit(tx, {
    actor: 'pipeline',
    action: 'recheck-failed',
    itemId: existing.id,
    clusterId: existing.cluster_id,
    after: { code: action.code, status: existing.status },
    at: now,
  });
  return storedResult(existing);
}

/** The scheduler's claim on the item is used up by this run. */
export async function clearRecheckPending(tx: Tx, itemId: number): Promise<void> {
  await tx.updateTable('items').set({ recheck_pending: false }).where('id', '=', itemId).execute();
}

/** Moves the entry to its next version and returns it (a re-check found the page changed). */
export async function bumpEntryVersion(tx: Tx, entryId: number): Promise<number> {
  const row = await tx
    .updateTable('entries')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', entryId)
    .returning('version')
    .executeTakeFirstOrThrow();
  return row.version;
}

/** Publishes the item, or sets the status and reason the review decided. */
async function settle(tx: Tx, id: number, status: ItemStatus, reason: string | null, now: Date): Promise<ItemStatus> {
  if (status === 'published') {
    await publishItem(tx, id, 'pipeline', now);
    return 'published';
  }
  await tx.updateTable('items').set({ status, status_reason: reason }).where('id', '=', id).execute();
  return status;
}

/** The item columns the source's version sets (the editor's headline and summary are merged by the caller). Shared with store-combined.ts. */
export function itemColumns(item: BuiltItem, fp: Fingerprint, now: Date) {
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
    content_hash: fp.hash,
    minhash: serializeSignature(fp.signature),
    dedupe_version: DEDUPE_VERSION,
    extract_error: item.extractError,
    published_at: item.publishedAt,
    modified_at: item.modifiedAt,
    sort_at: item.sortAt,
    credit_line: item.creditLine,
    version: item.version,
    source_fields: JSON.stringify({ title: item.title, summary: item.summary, headlines: item.headlines }),
    updated_at: now,
  };
}

/** Credits the outlet that carried `item` (and the original it names) on `itemId`; idempotent. */
async function addCredits(tx: Tx, itemId: number, item: BuiltItem): Promise<void> {
  await addCarrierCredit(tx, itemId, { sourceId: item.sourceId, sourceName: item.sourceName, entryId: item.entryId, url: item.url });
  if (item.originalSource?.name) {
    await tx
      .insertInto('credits')
      .values({
        item_id: itemId,
        source_id: null,
        entry_id: null,
        role: 'origin',
        name: item.originalSource.name,
        url: item.originalSource.url,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}
