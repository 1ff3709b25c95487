/**
 * The one model every output feed renders: an item with rights applied and its credit attached.
 * Built from the same presenter the API uses, so a rights change or a takedown reaches every
 * format at the next request. Pure.
 */
import { escapeHtml } from '../../core/html';
import type { PresentedItem } from '../present-item';

export interface FeedEntry {
  id: number;
  /** Stable id for readers: the item's public API URL. */
  guid: string;
  title: string;
  /** The original article: every format links there, never to a copy. */
  url: string;
  summaryHtml: string | null;
  /** Content under the source's rights, followed by the visible credit block. */
  contentHtml: string;
  creditLine: string;
  authors: string[];
  sourceId: string;
  sourceName: string;
  sourceUrl: string;
  categories: string[];
  lang: string | null;
  published: Date;
  updated: Date;
  rights: string;
}

export interface FeedMeta {
  title: string;
  /** The feed's own URL (rel="self"). */
  selfUrl: string;
  homeUrl: string;
  updated: Date;
}

/** The visible credit block appended to every HTML body: credit text, authors, link to the original. */
export function creditBlockHtml(p: { credit_line: string | null; authors: string[]; url: string; source: { name: string } }): string {
  const by = p.authors.length ? ` By ${escapeHtml(p.authors.join(', '))}.` : '';
  const credit = escapeHtml(p.credit_line ?? `Source: ${p.source.name}`);
  return `<p class="wireroom-credit">${credit}.${by} <a href="${escapeHtml(p.url)}" rel="nofollow">Read the original at ${escapeHtml(p.source.name)}</a></p>`;
}

/** Maps a presented item (rights already applied) to a feed entry; `base` is the public URL. */
export function toFeedEntry(p: PresentedItem, base: string): FeedEntry {
  const body = p.content_html ?? (p.summary ? `<p>${escapeHtml(p.summary)}</p>` : '');
  const updated = new Date(p.updated_at ?? 0);
  return {
    id: p.id,
    guid: `${base}/api/items/${p.id}`,
    title: p.title,
    url: p.url,
    summaryHtml: p.summary ? escapeHtml(p.summary) : null,
    contentHtml: body + creditBlockHtml(p),
    creditLine: p.credit_line ?? `Source: ${p.source.name}`,
    authors: p.authors,
    sourceId: p.source.id,
    sourceName: p.source.name,
    sourceUrl: p.source.homepage ?? p.url,
    categories: p.categories,
    lang: p.lang,
    published: new Date(p.published_at ?? p.published_on ?? p.updated_at ?? 0),
    updated,
    rights: p.rights,
  };
}

/** Escapes text for XML, dropping characters XML 1.0 forbids. */
export function xml(s: string): string {
  return escapeHtml(s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));
}
