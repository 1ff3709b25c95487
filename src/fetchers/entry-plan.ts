/**
 * Which feed items are new, which changed, which we already have. Pure: the parsed items and the
 * stored rows for them go in, a plan comes out. An item matches a stored entry by guid, else by
 * normalized link; an item that matches but whose content changed is an update of that entry.
 */
import { createHash } from 'node:crypto';
import { normalizeUrl } from '../core/url';
import type { FeedItem } from './parse/types';

export interface StoredEntryKey {
  id: number;
  guid: string;
  link_norm: string | null;
  content_hash: string;
  version: number;
}

export interface EntryPlan {
  inserts: { item: FeedItem; guid: string; linkNorm: string | null; hash: string }[];
  updates: { id: number; item: FeedItem; linkNorm: string | null; hash: string; version: number }[];
  unchanged: number[];
}

/**
 * Longest guid or normalized link (in UTF-8 bytes) stored as it is. A longer one is stored as
 * "sha256:<hex>": Postgres refuses btree index rows over ~2.7 kB, and one absurd guid must not make
 * every poll of its feed fail at the same batch.
 */
export const MAX_KEY_BYTES = 1024;

/** A guid or normalized link as the unique indexes hold it. */
export function storageKey(key: string): string {
  return Buffer.byteLength(key) <= MAX_KEY_BYTES ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`;
}

/** The keys an item is stored and matched under. */
export interface EntryKeys {
  guid: string;
  linkNorm: string | null;
}

/** An item's keys: its guid and normalized link, each through storageKey. */
export function entryKeys(item: FeedItem): EntryKeys {
  return { guid: storageKey(item.guid), linkNorm: item.link ? storageKey(normalizeUrl(item.link)) : null };
}

/** A stable hash of what editors and readers see of an item. */
export function entryContentHash(item: FeedItem): string {
  return createHash('sha256')
    .update([item.title ?? '', item.summary ?? '', item.content_html ?? '', item.link ?? ''].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

/** The guids and normalized links already planned in this fetch: a document's batches share one. */
export interface SeenKeys {
  guids: Set<string>;
  links: Set<string>;
}

/** An empty SeenKeys, for the start of a document. */
export function newSeenKeys(): SeenKeys {
  return { guids: new Set(), links: new Set() };
}

/**
 * Plans the writes for one fetch, or for one batch of its items when `seen` is carried from batch to
 * batch: duplicate items inside the document count once (the first wins), as when planned whole.
 * `keys` are the items' entryKeys, when the caller already has them.
 */
export function planEntries(
  items: readonly FeedItem[],
  stored: readonly StoredEntryKey[],
  seen: SeenKeys = newSeenKeys(),
  keys: readonly EntryKeys[] = items.map(entryKeys),
): EntryPlan {
  const byGuid = new Map(stored.map((s) => [s.guid, s]));
  const byLink = new Map(stored.filter((s) => s.link_norm).map((s) => [s.link_norm!, s]));
  const seenGuids = seen.guids;
  const seenLinks = seen.links;
  const plan: EntryPlan = { inserts: [], updates: [], unchanged: [] };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const { guid, linkNorm } = keys[i]!;
    if (seenGuids.has(guid) || (linkNorm && seenLinks.has(linkNorm))) continue;
    seenGuids.add(guid);
    if (linkNorm) seenLinks.add(linkNorm);
    const hash = entryContentHash(item);
    const match = byGuid.get(guid) ?? (linkNorm ? byLink.get(linkNorm) : undefined);
    if (!match) plan.inserts.push({ item, guid, linkNorm, hash });
    else if (match.content_hash !== hash)
      plan.updates.push({ id: match.id, item, linkNorm: match.link_norm ?? linkNorm, hash, version: match.version + 1 });
    else plan.unchanged.push(match.id);
  }
  return plan;
}

/** Days over which entriesPerDay averages. */
const RATE_WINDOW_DAYS = 7;

/** How many items are dated within the last week (an hour of clock skew allowed): summed over batches, then / 7. */
export function countRecentItems(items: readonly FeedItem[], now: Date): number {
  const weekAgo = now.getTime() - RATE_WINDOW_DAYS * 86400_000;
  let n = 0;
  for (const it of items) {
    const t = Date.parse(it.published_at ?? it.updated_at ?? '');
    if (t >= weekAgo && t <= now.getTime() + 3600_000) n++;
  }
  return n;
}

/** Entries per day from a count of recent items (countRecentItems over all batches). */
export function perDayFromRecent(recent: number): number {
  return recent / RATE_WINDOW_DAYS;
}

/** Entries per day over the items' last week of dates, for adaptive polling. */
export function entriesPerDay(items: readonly FeedItem[], now: Date): number {
  return perDayFromRecent(countRecentItems(items, now));
}
