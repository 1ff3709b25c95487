/**
 * Stores an article's item, once per entry, and decides what it is: a new story (a new cluster,
 * published or queued by its review mode), or a copy of a stored one — same canonical URL, same
 * global guid, same normalized text, or a near-duplicate through the Postgres band index — kept
 * with status `duplicate`, its outlet credited on the story's head item. An entry that changed at
 * the source updates its item and keeps the previous version with a diff. A re-check (claimed by the
 * scheduler, `recheck_pending`) runs the same path at the same entry version: a correction becomes a
 * new version; a page gone at the source withdraws a published item on 410, or on a second 404
 * (the first only flags it); any other failure keeps the stored copy as it is.
 */
import { createTwoFilesPatch } from 'diff';
import { sql, type Transaction } from 'kysely';
import type { Database, ItemsTable } from '../../db/schema';
import type { Selectable } from 'kysely';
import { normalizeUrl } from '../core/url';
import { scrubText } from '../text/scrub';
import type { Deps } from '../deps';
import { writeAudit } from '../store/audit';
import { publishItem } from '../store/publish-item';
import { withdrawItem } from '../store/withdraw-item';
import { GONE_CONFIRM_S, decideGone } from '../policy/recheck-plan';
import { decideUpdateStatus } from '../policy/review';
import { NEVER_OUT, type ItemStatus } from '../policy/item-status';
import type { BuiltItem } from './build-item';
import { addCarrierCredit, creditClusterOriginal, findStoryHead, insertCluster, refreshCluster } from '../store/cluster-store';
import { fingerprintText, serializeSignature, type Fingerprint } from './dedupe/fingerprint';
import { MIN_MATCH_WORDS, matchCandidates } from './dedupe/match';
import { exactLockKey, findDedupeCandidates, insertDedupeBands, lockDedupeKeys } from './dedupe/pg-index';

type Tx = Transaction<Database>;
type ItemRow = Selectable<ItemsTable>;

/** Bumped when DEFAULT_PARAMS or the hash seeds change, so stored signatures can be recomputed. */
export const DEDUPE_VERSION = 1;

/** Error codes of the article job that mean the page is gone at its source (RFC 9110 §15.5.5, §15.5.11). */
const GONE_CODES: ReadonlySet<string> = new Set(['HTTP_404', 'HTTP_410']);

export interface StoredItem {
  id: number;
  status: string;
  created: boolean;
  duplicateOf: number | null;
  clusterId: number | null;
}

type DuplicateKind = 'url' | 'guid' | 'text' | 'near';

/** Inserts or updates the item for an entry, de-duplicates it, and publishes it when its review mode says so. */
export async function storeItem(deps: Pick<Deps, 'db' | 'clock'>, built: BuiltItem): Promise<StoredItem> {
  const now = deps.clock.now();
  // Pages and wire documents can carry NUL and other controls XML forbids; Postgres refuses NUL. Cleans `built` in place.
  const item = scrubText(built);
  const fp = fingerprintText(item.text ?? item.title);
  return deps.db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('items').selectAll().where('entry_id', '=', item.entryId).forUpdate().executeTakeFirst();
    const recheck = existing?.recheck_pending === true;
    if (existing && existing.version >= item.version && !recheck) return result(existing, false);
    if (existing) return updateItem(tx, existing, item, fp, now, recheck);
    return insertItem(tx, item, fp, now);
  });
}

async function insertItem(tx: Tx, item: BuiltItem, fp: Fingerprint, now: Date): Promise<StoredItem> {
  const guid = await findGlobalGuid(tx, item.entryId);
  await lockDedupeKeys(tx, [...fp.bandKeys, ...exactKeys(item, fp, guid)]);
  const match = await findDuplicate(tx, item, fp, guid);
  const found = match ? await findStoryHead(tx, match.itemId) : null;
  // A story whose head can never go out does not swallow a copy that may: the copy joins the cluster as a head of its own.
  const head = found && !NEVER_OUT.has(found.status) ? found : null;
  const sibling = found && !head ? found : null;
  const inserted = await tx
    .insertInto('items')
    .values({
      ...itemColumns(item, fp, now),
      entry_id: item.entryId,
      status: head ? 'duplicate' : 'queued',
      status_reason: head ? `duplicate (${match!.kind}) of item ${head.id}` : item.decision.reason,
      duplicate_of: head?.id ?? null,
      cluster_id: head?.cluster_id ?? sibling?.cluster_id ?? null,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = inserted.id;
  await insertDedupeBands(tx, id, fp.bandKeys);
  await addCredits(tx, id, item);
  if (head) return storeDuplicate(tx, id, head, item, match!, now);
  const clusterId = sibling?.cluster_id ?? (await insertCluster(tx, id, item.sourceId, item.originalSource, now));
  if (!sibling) await tx.updateTable('items').set({ cluster_id: clusterId }).where('id', '=', id).execute();
  await writeAudit(tx, { actor: 'pipeline', action: 'ingest', itemId: id, clusterId, sourceId: item.sourceId, after: { status: item.decision.status, content_from: item.contentFrom }, at: now });
  const status = await settle(tx, id, item.decision.status, item.decision.reason, now);
  if (sibling) {
    await refreshCluster(tx, clusterId, now);
    await creditClusterOriginal(tx, id, now);
  }
  return { id, status, created: true, duplicateOf: null, clusterId };
}

async function storeDuplicate(tx: Tx, id: number, head: { id: number; cluster_id: number | null }, item: BuiltItem, match: { kind: DuplicateKind; similarity: number }, now: Date): Promise<StoredItem> {
  await addCarrierCredit(tx, head.id, { sourceId: item.sourceId, sourceName: item.sourceName, entryId: item.entryId, url: item.url });
  if (item.originalSource?.name) {
    await tx.insertInto('credits').values({ item_id: head.id, source_id: null, entry_id: null, role: 'origin', name: item.originalSource.name, url: item.originalSource.url }).onConflict((oc) => oc.doNothing()).execute();
  }
  if (head.cluster_id !== null) {
    await refreshCluster(tx, head.cluster_id, now);
    await creditClusterOriginal(tx, head.id, now);
  }
  await writeAudit(tx, { actor: 'pipeline', action: 'duplicate', itemId: id, clusterId: head.cluster_id, sourceId: item.sourceId, after: { duplicate_of: head.id, kind: match.kind, similarity: match.similarity }, at: now });
  return { id, status: 'duplicate', created: true, duplicateOf: head.id, clusterId: head.cluster_id };
}

/** The entry's guid when it is globally unique (a URL, tag: or urn: id); short feed-local ids like "123" are not compared across feeds. */
async function findGlobalGuid(tx: Tx, entryId: number): Promise<string | null> {
  const row = await tx.selectFrom('entries').select('guid').where('id', '=', entryId).executeTakeFirst();
  const guid = row?.guid ?? '';
  return /^(?:https?:\/\/|tag:|urn:)/i.test(guid) && guid.length >= 12 ? guid : null;
}

function exactKeys(item: BuiltItem, fp: Fingerprint, guid: string | null): number[] {
  return [...urlKeys(item).map((u) => exactLockKey('url', u)), ...(guid ? [exactLockKey('guid', guid)] : []), exactLockKey('text', fp.hash)];
}

function urlKeys(item: BuiltItem): string[] {
  const urls = [item.urlNorm, item.canonicalUrl ? normalizeUrl(item.canonicalUrl) : ''].filter((u) => u !== '');
  return [...new Set(urls)];
}

/** The stored item this one copies, checking the exact keys first, then the band index. */
async function findDuplicate(tx: Tx, item: BuiltItem, fp: Fingerprint, guid: string | null): Promise<{ itemId: number; kind: DuplicateKind; similarity: number } | null> {
  const urls = urlKeys(item);
  if (urls.length > 0) {
    const byUrl = await tx.selectFrom('items').select('id').where('url_norm', 'in', urls).where('entry_id', '!=', item.entryId).orderBy('id').executeTakeFirst();
    if (byUrl) return { itemId: byUrl.id, kind: 'url', similarity: 1 };
  }
  if (guid) {
    const byGuid = await tx.selectFrom('items as i').innerJoin('entries as e', 'e.id', 'i.entry_id').select('i.id').where('e.guid', '=', guid).where('e.id', '!=', item.entryId).orderBy('i.id').executeTakeFirst();
    if (byGuid) return { itemId: byGuid.id, kind: 'guid', similarity: 1 };
  }
  if (fp.words >= MIN_MATCH_WORDS) {
    const byText = await tx.selectFrom('items').select('id').where('content_hash', '=', fp.hash).orderBy('id').executeTakeFirst();
    if (byText) return { itemId: byText.id, kind: 'text', similarity: 1 };
  }
  const verdict = matchCandidates(fp, await findDedupeCandidates(tx, fp.bandKeys));
  if (verdict.kind === 'none') return null;
  return { itemId: Number(verdict.itemId), kind: verdict.kind === 'exact' ? 'text' : 'near', similarity: verdict.similarity };
}

async function updateItem(tx: Tx, existing: ItemRow, fetched: BuiltItem, fp: Fingerprint, now: Date, pending: boolean): Promise<StoredItem> {
  if (pending) await tx.updateTable('items').set({ recheck_pending: false }).where('id', '=', existing.id).execute();
  // A re-check proper: the page fetched again at the version already stored (a newer entry is an ordinary update).
  const recheck = pending && fetched.version <= existing.version;
  if (fetched.extractError && GONE_CODES.has(fetched.extractError)) return handleGone(tx, existing, fetched, now);
  if (recheck && fetched.extractError) return keepAfterFailedRecheck(tx, existing, fetched.extractError, now);
  if (fp.hash === existing.content_hash && fetched.title === existing.title) {
    await tx.updateTable('items').set({ version: fetched.version, modified_at: fetched.modifiedAt, flags: WITHOUT_GONE, updated_at: now, ...(recheck ? { extract_error: null } : {}) }).where('id', '=', existing.id).execute();
    return result(existing, false);
  }
  // A correction found by a re-check: the entry did not change in the feed, so its version moves with the item's.
  const item = recheck ? { ...fetched, version: await bumpEntryVersion(tx, fetched.entryId) } : fetched;
  const diff = createTwoFilesPatch(`version ${existing.version}`, `version ${item.version}`, versionText(existing.title, existing.text), versionText(item.title, item.text));
  await tx.insertInto('item_versions').values({ item_id: existing.id, version: existing.version, title: existing.title, text: existing.text, content_hash: existing.content_hash, diff, created_at: now }).onConflict((oc) => oc.doNothing()).execute();
  const next = decideUpdateStatus(existing.status, item.decision);
  const previous = { version: existing.version, title: existing.title, text: existing.text, content_html: existing.content_html, summary: existing.summary, diff };
  await tx.updateTable('items').set({ ...itemColumns(item, fp, now), flags: WITHOUT_GONE, previous_version: JSON.stringify(previous), status: existing.status, status_reason: next.reason }).where('id', '=', existing.id).execute();
  await insertDedupeBands(tx, existing.id, fp.bandKeys);
  await writeAudit(tx, { actor: 'pipeline', action: recheck ? 'recheck-update' : 'source-update', itemId: existing.id, clusterId: existing.cluster_id, before: { version: existing.version, status: existing.status }, after: { version: item.version, status: next.status }, detail: diff.slice(0, 20000), at: now });
  const status = await settle(tx, existing.id, next.status, next.reason, now);
  return { ...result(existing, false), status };
}

/** `flags` without `gone_at_source`: the page answered again. */
const WITHOUT_GONE = sql<string>`flags - 'gone_at_source'`;

/**
 * The page answered 404/410: keep the stored copy and flag it; withdraw a published item when
 * decideGone says so (410, or a 404 after an earlier one). A flagged published item with no
 * re-check left gets one more, so a second 404 can confirm the first.
 */
async function handleGone(tx: Tx, existing: ItemRow, item: BuiltItem, now: Date): Promise<StoredItem> {
  const code = item.extractError ?? '';
  const outcome = decideGone(code, existing.status, existing.flags.includes('gone_at_source'), existing.url);
  const confirm = outcome.action === 'flag' && existing.status === 'published' && existing.recheck_at === null;
  await tx
    .updateTable('items')
    .set({
      version: item.version,
      extract_error: code,
      flags: sql`(SELECT coalesce(jsonb_agg(DISTINCT f), '[]') FROM jsonb_array_elements(flags || '["gone_at_source"]'::jsonb) f)`,
      updated_at: now,
      ...(confirm ? { recheck_at: new Date(now.getTime() + GONE_CONFIRM_S * 1000) } : {}),
    })
    .where('id', '=', existing.id)
    .execute();
  await writeAudit(tx, { actor: 'pipeline', action: 'gone-at-source', itemId: existing.id, clusterId: existing.cluster_id, after: { code, status: existing.status }, at: now });
  if (outcome.action === 'flag' || !(await withdrawItem(tx, existing.id, outcome.reason, 'pipeline', now))) return result(existing, false);
  return { ...result(existing, false), status: 'withdrawn' };
}

/** A re-check that failed otherwise (5xx, timeout, robots, no article): the stored copy stays, the failure is noted. */
async function keepAfterFailedRecheck(tx: Tx, existing: ItemRow, code: string, now: Date): Promise<StoredItem> {
  await writeAudit(tx, { actor: 'pipeline', action: 'recheck-failed', itemId: existing.id, clusterId: existing.cluster_id, after: { code, status: existing.status }, at: now });
  return result(existing, false);
}

/** Moves the entry to its next version and returns it (a re-check found the page changed). */
async function bumpEntryVersion(tx: Tx, entryId: number): Promise<number> {
  const row = await tx.updateTable('entries').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', entryId).returning('version').executeTakeFirstOrThrow();
  return row.version;
}

function versionText(title: string, text: string | null): string {
  return `${title}\n\n${(text ?? '').replace(/\n{3,}/g, '\n\n')}\n`;
}

function result(row: ItemRow, created: boolean): StoredItem {
  return { id: row.id, status: row.status, created, duplicateOf: row.duplicate_of, clusterId: row.cluster_id };
}

async function settle(tx: Tx, id: number, status: ItemStatus, reason: string | null, now: Date): Promise<string> {
  if (status === 'published') {
    await publishItem(tx, id, 'pipeline', now);
    return 'published';
  }
  await tx.updateTable('items').set({ status, status_reason: reason }).where('id', '=', id).execute();
  return status;
}

function itemColumns(item: BuiltItem, fp: Fingerprint, now: Date) {
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
    updated_at: now,
  };
}

async function addCredits(tx: Tx, itemId: number, item: BuiltItem): Promise<void> {
  await addCarrierCredit(tx, itemId, { sourceId: item.sourceId, sourceName: item.sourceName, entryId: item.entryId, url: item.url });
  if (item.originalSource?.name) {
    await tx.insertInto('credits').values({ item_id: itemId, source_id: null, entry_id: null, role: 'origin', name: item.originalSource.name, url: item.originalSource.url }).onConflict((oc) => oc.doNothing()).execute();
  }
}

