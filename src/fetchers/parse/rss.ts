/** RSS 0.9x / 2.0 and RSS 1.0 (RDF) elements → the normalized feed model. */
import { parseFeedDate } from './dates';
import { emptyItem, enclosureFrom, keywordsOf, mediaDescription, mediaOf, stableGuid, uniqueEnclosures, uniqueStrings } from './item-parts';
import { child, children, cleanText, htmlOf, intOf, resolveUrl, textOf, urlOf } from './node';
import { uniqueNames } from './people';
import type { FeedItem, ParsedFeed } from './types';
import type { XNode } from './xml-tree';

/** RSS 2.0 §guid: a guid is a permalink unless isPermaLink="false"; such guids double as the link. */
function linkFromGuid(guid: XNode | undefined): string | null {
  const flag = guid?.attrs.ispermalink?.trim().toLowerCase();
  if (!guid || flag === 'false') return null;
  const t = textOf(guid);
  if (!t) return null;
  return flag === 'true' || /^https?:\/\//i.test(t) ? urlOf(guid) : null;
}

/** An `atom:link` with the given rel (missing rel counts as "alternate"), as an absolute URL. */
export function atomLink(node: XNode, rel: string): string | null {
  for (const l of children(node, 'atom:link')) {
    if ((l.attrs.rel?.trim().toLowerCase() || 'alternate') === rel) return urlOf(l, 'href');
  }
  return null;
}

/** The item's link: `<link>` text (or href), else atom:link, else a permalink guid. */
function itemLink(item: XNode): { link: string | null; fromGuid: boolean } {
  const l = child(item, 'link');
  const direct = l ? (urlOf(l) ?? urlOf(l, 'href')) : null;
  if (direct) return { link: direct, fromGuid: false };
  const alt = atomLink(item, 'alternate');
  if (alt) return { link: alt, fromGuid: false };
  const g = linkFromGuid(child(item, 'guid'));
  return { link: g, fromGuid: g !== null };
}

/** Authors from `<author>`, dc:creator, atom:author and itunes:author, as names. */
function itemAuthors(item: XNode): string[] {
  const raws = [
    ...children(item, 'author', 'dc:creator', 'dc:author').map(textOf),
    ...children(item, 'atom:author').map((a) => textOf(child(a, 'atom:name')) ?? textOf(a)),
    textOf(child(item, 'itunes:author')),
  ];
  return uniqueNames(raws);
}

/** Maps one RSS `<item>` element to a FeedItem. */
export function rssItem(item: XNode): FeedItem {
  const out = emptyItem();
  out.title = textOf(child(item, 'title', 'dc:title', 'atom:title'));
  const { link } = itemLink(item);
  out.link = link;
  const guid = cleanText(child(item, 'guid')?.text) ?? cleanText(item.attrs['rdf:about']) ?? textOf(child(item, 'atom:id'));
  out.guid = guid ?? stableGuid(link, out.title);
  out.guid_generated = guid === null;
  out.published_at = parseFeedDate(
    textOf(child(item, 'pubdate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'atom:published', 'date')),
  );
  out.updated_at = parseFeedDate(textOf(child(item, 'atom:updated', 'dcterms:modified', 'lastbuilddate')));
  out.authors = itemAuthors(item);
  out.summary = htmlOf(child(item, 'description', 'dc:description', 'atom:summary', 'itunes:summary') ?? mediaDescription(item));
  out.content_html = htmlOf(child(item, 'content:encoded', 'xhtml:body', 'atom:content', 'body', 'fulltext'));
  out.enclosures = uniqueEnclosures(children(item, 'enclosure').map((e) => enclosureFrom(e, 'url')));
  out.categories = uniqueStrings([
    ...children(item, 'category', 'dc:subject').map(textOf),
    ...children(item, 'atom:category').map((c) => cleanText(c.attrs.term)),
    ...keywordsOf(item),
  ]);
  out.media = mediaOf(item);
  out.comments_url = urlOf(child(item, 'comments'));
  out.source = itemSource(child(item, 'source'));
  out.lang = textOf(child(item, 'dc:language')) ?? item.lang;
  return out;
}

/** RSS 2.0 `<source url="…">Name</source>`. */
function itemSource(s: XNode | undefined): FeedItem['source'] {
  if (!s) return null;
  const url = resolveUrl(s.attrs.url, s.base);
  const name = textOf(s);
  return url || name ? { name, url } : null;
}

/** The numbers in `<skipHours><hour>…</hour></skipHours>` (0–23, RSS 2.0 §skipHours). */
function skipHours(channel: XNode): number[] {
  const s = child(channel, 'skiphours');
  if (!s) return [];
  const hours = children(s, 'hour')
    .map((h) => intOf(h.text))
    .filter((h): h is number => h !== null && h >= 0 && h <= 24);
  return [...new Set(hours.map((h) => h % 24))];
}

/** The day names in `<skipDays><day>…</day></skipDays>`, capitalized. */
function skipDays(channel: XNode): string[] {
  const s = child(channel, 'skipdays');
  if (!s) return [];
  const days = children(s, 'day')
    .map((d) => cleanText(d.text))
    .filter((d): d is string => d !== null);
  return uniqueStrings(days.map((d) => d.charAt(0).toUpperCase() + d.slice(1).toLowerCase()));
}

/** The channel metadata of an RSS or RDF document (items are filled in by the caller). */
export function rssChannel(root: XNode, format: 'rss' | 'rdf'): ParsedFeed {
  const ch = child(root, 'channel') ?? root;
  const image = child(ch, 'image') ?? child(root, 'image');
  const ttl = intOf(child(ch, 'ttl')?.text);
  return {
    format,
    version: format === 'rdf' ? '1.0' : (cleanText(root.attrs.version) ?? (root.name === 'rss' ? '2.0' : null)),
    title: textOf(child(ch, 'title', 'dc:title', 'atom:title')),
    link: urlOf(child(ch, 'link')) ?? atomLink(ch, 'alternate'),
    description: htmlOf(child(ch, 'description', 'dc:description', 'itunes:summary', 'atom:subtitle')),
    lang: textOf(child(ch, 'language', 'dc:language')) ?? ch.lang,
    self_url: atomLink(ch, 'self'),
    hubs: uniqueStrings(
      children(ch, 'atom:link')
        .filter((l) => l.attrs.rel?.toLowerCase() === 'hub')
        .map((l) => urlOf(l, 'href')),
    ),
    ttl_minutes: ttl !== null && ttl > 0 ? ttl : null,
    skip_hours: skipHours(ch),
    skip_days: skipDays(ch),
    image_url: urlOf(image ? child(image, 'url') : undefined) ?? urlOf(child(ch, 'itunes:image'), 'href'),
    items: [],
  };
}
