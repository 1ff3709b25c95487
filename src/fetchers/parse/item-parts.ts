/** Pieces every XML format shares: Media RSS, stable guids, de-duplicated lists, the empty item. */
import { createHash } from 'node:crypto';
import { child, children, intOf, textOf, urlOf } from './node';
import type { FeedEnclosure, FeedItem, FeedMedia } from './types';
import type { XNode } from './xml-tree';

/** Prefix of synthesized guids, so a reader can tell them from the feed's own ids. */
export const GENERATED_GUID_PREFIX = 'urn:wireroom:';

/** A guid derived from link and title: the same item always gets the same id across polls. */
export function stableGuid(link: string | null, title: string | null, extra = ''): string {
  const h = createHash('sha256')
    .update(`${link ?? ''}\n${title ?? ''}\n${extra}`)
    .digest('hex');
  return GENERATED_GUID_PREFIX + h.slice(0, 32);
}

/** An item with every field empty, for the mappers to fill. */
export function emptyItem(): FeedItem {
  return {
    guid: '',
    link: null,
    title: null,
    published_at: null,
    updated_at: null,
    authors: [],
    summary: null,
    content_html: null,
    enclosures: [],
    categories: [],
    media: [],
    source: null,
    comments_url: null,
    lang: null,
  };
}

/** One Media RSS element (media:content, or a lone media:thumbnail) as a FeedMedia. */
function mediaFrom(node: XNode, group: XNode | undefined): FeedMedia | null {
  const url = urlOf(node, 'url');
  if (!url) return null;
  const thumb = child(node, 'media:thumbnail') ?? (group && child(group, 'media:thumbnail'));
  const isThumb = node.name === 'media:thumbnail';
  return {
    url,
    type: node.attrs.type ?? null,
    medium: node.attrs.medium ?? (isThumb ? 'image' : null),
    width: intOf(node.attrs.width),
    height: intOf(node.attrs.height),
    title: textOf(child(node, 'media:title') ?? (group && child(group, 'media:title'))),
    credit: textOf(child(node, 'media:credit') ?? (group && child(group, 'media:credit'))),
    thumbnail: isThumb ? url : urlOf(thumb, 'url'),
  };
}

/** All Media RSS content of an item: media:content (also inside media:group), else its thumbnails. */
export function mediaOf(item: XNode): FeedMedia[] {
  const out: FeedMedia[] = [];
  const push = (m: FeedMedia | null): void => {
    if (m && !out.some((o) => o.url === m.url)) out.push(m);
  };
  for (const c of children(item, 'media:content')) push(mediaFrom(c, undefined));
  for (const g of children(item, 'media:group')) for (const c of children(g, 'media:content')) push(mediaFrom(c, g));
  if (out.length === 0) {
    for (const t of children(item, 'media:thumbnail')) push(mediaFrom(t, undefined));
    for (const g of children(item, 'media:group')) for (const t of children(g, 'media:thumbnail')) push(mediaFrom(t, g));
  }
  return out;
}

/** An enclosure from an element's URL attribute, or null without one. */
export function enclosureFrom(node: XNode, urlAttr: 'url' | 'href'): FeedEnclosure | null {
  const url = urlOf(node, urlAttr);
  if (!url) return null;
  const length = intOf(node.attrs.length);
  return { url, type: node.attrs.type?.trim() || null, length: length !== null && length >= 0 ? length : null };
}

/** Enclosures without repeated URLs, in document order. */
export function uniqueEnclosures(list: Array<FeedEnclosure | null>): FeedEnclosure[] {
  const out: FeedEnclosure[] = [];
  for (const e of list) if (e && !out.some((o) => o.url === e.url)) out.push(e);
  return out;
}

/** Non-empty strings without repeats, in order. */
export function uniqueStrings(list: Array<string | null | undefined>): string[] {
  const out: string[] = [];
  for (const s of list) if (s && !out.includes(s)) out.push(s);
  return out;
}

/** Comma-separated keyword lists (media:keywords, itunes:keywords) as single categories. */
export function keywordsOf(item: XNode): string[] {
  const lists = [
    ...children(item, 'media:keywords', 'itunes:keywords'),
    ...children(item, 'media:group').flatMap((g) => children(g, 'media:keywords')),
  ];
  return lists.flatMap((k) =>
    (textOf(k) ?? '')
      .split(',')
      .map((w) => w.trim())
      .filter((w) => w !== ''),
  );
}

/** media:description (directly or in media:group): the summary of media items such as videos. */
export function mediaDescription(item: XNode): XNode | undefined {
  return (
    child(item, 'media:description') ??
    children(item, 'media:group')
      .map((g) => child(g, 'media:description'))
      .find((d) => d !== undefined)
  );
}
