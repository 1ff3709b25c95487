/**
 * Validators for conditional GETs (RFC 9110 §8.8, §13): a strong ETag hashed over what the page
 * shows (ids, versions, update times, rights, credits) so takedowns and rights changes change it,
 * and Last-Modified from the newest change on the page. Pure, apart from hashing.
 */
import { createHash } from 'node:crypto';

export interface CacheKeyRow {
  id: number;
  version: number;
  updated_at: Date;
  rights: string;
  excerpt_words: number;
  credit_line: string | null;
  /** The source's name and homepage, shown with every item. */
  source_name?: string;
  source_homepage?: string | null;
  /** When the item's cluster last changed (members join without touching every member's row). */
  cluster_updated_at?: Date | null;
}

const time = (d: Date | null | undefined) => (d ? new Date(d).getTime() : '');

/** A strong ETag for a response built from `rows` under `variant` (format, filters, cursor). */
export function pageEtag(variant: string, rows: readonly CacheKeyRow[]): string {
  const h = createHash('sha1').update(variant);
  for (const r of rows) {
    h.update(
      `|${r.id}:${r.version}:${time(r.updated_at)}:${r.rights}:${r.excerpt_words}:${r.credit_line ?? ''}:${time(r.cluster_updated_at)}:${r.source_name ?? ''}:${r.source_homepage ?? ''}`,
    );
  }
  return `"${h.digest('base64url')}"`;
}

/** The newest `updated_at` of the page (seconds precision, as HTTP dates are), or `fallback` when empty. */
export function lastModified(rows: readonly { updated_at: Date }[], fallback: Date): Date {
  let max = 0;
  for (const r of rows) max = Math.max(max, new Date(r.updated_at).getTime());
  return wholeSecond(max || fallback.getTime());
}

/** `at` cut to whole seconds. */
export function wholeSecond(at: number): Date {
  return new Date(Math.floor(at / 1000) * 1000);
}

/**
 * The Last-Modified to send for `modified`: a second before `now`'s at the latest. Another change
 * may still land in the current second, and a client echoing a date in that second would then get
 * a 304 for it; dated a second earlier, it gets a 200 until the second is over. Compare requests
 * against `modified` itself, never against this.
 */
export function sentLastModified(modified: Date, now: Date): Date {
  const current = wholeSecond(now.getTime()).getTime();
  return modified.getTime() < current ? modified : new Date(current - 1000);
}

/**
 * True when the request's validators match, so a 304 may be sent. If-None-Match wins (RFC 9110
 * §13.2.2). A list's `modified` must be its change watermark (conditional.ts), not its rows' newest
 * time: an item taken down leaves the page without making anything on it newer.
 */
export function isNotModified(
  headers: { 'if-none-match'?: string; 'if-modified-since'?: string },
  etag: string,
  modified: Date,
  allowSince = true,
): boolean {
  const inm = headers['if-none-match'];
  if (inm !== undefined) return inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*');
  const ims = headers['if-modified-since'];
  if (ims === undefined || !allowSince) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && modified.getTime() <= since;
}
