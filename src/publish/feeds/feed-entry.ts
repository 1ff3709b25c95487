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
  /** The lead image when the API shows one (its presenter decides: full rights only), else null. */
  image: FeedImage | null;
}

export interface FeedImage {
  url: string;
  /** A media type guessed from the URL's extension (RSS enclosures must name one). */
  type: string;
  caption: string | null;
  credit: string | null;
  width: number | null;
  height: number | null;
}

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};
/** Most news photos are JPEG; the type an unknown extension gets. */
const DEFAULT_IMAGE_TYPE = 'image/jpeg';

/** The presenter's lead_image as a feed image; null when absent or not an http(s) URL. */
export function toFeedImage(lead: unknown): FeedImage | null {
  if (!lead || typeof lead !== 'object') return null;
  const l = lead as Record<string, unknown>;
  if (typeof l.url !== 'string' || !/^https?:\/\//i.test(l.url)) return null;
  const ext = /\.([a-z0-9]{3,4})(?:[?#]|$)/i.exec(new URL(l.url).pathname)?.[1]?.toLowerCase() ?? '';
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const size = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null);
  return {
    url: l.url,
    type: IMAGE_TYPES[ext] ?? DEFAULT_IMAGE_TYPE,
    caption: text(l.caption),
    credit: text(l.credit),
    width: size(l.width),
    height: size(l.height),
  };
}

export interface FeedMeta {
  title: string;
  /** The feed's own URL (rel="self"). */
  selfUrl: string;
  homeUrl: string;
  updated: Date;
  /** RFC 5005 §3 paged feeds: the next (older) page, and the first page when this is not it. */
  nextUrl?: string | null;
  firstUrl?: string | null;
}

/** The paging links of a feed as Atom link elements (Atom itself, and RSS through atom:link). */
export function pagingLinkElements(meta: FeedMeta, prefix: '' | 'atom:'): string[] {
  const out: string[] = [];
  if (meta.firstUrl) out.push(`<${prefix}link rel="first" href="${xml(meta.firstUrl)}"/>`);
  if (meta.nextUrl) out.push(`<${prefix}link rel="next" href="${xml(meta.nextUrl)}"/>`);
  return out;
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
    image: toFeedImage(p.lead_image),
  };
}

/** Escapes text for XML, dropping characters XML 1.0 forbids. */
export function xml(s: string): string {
  return escapeHtml(s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));
}
