/** Atom 1.0 (RFC 4287) and, leniently, Atom 0.3 elements → the normalized feed model. */
import { parseFeedDate } from './dates';
import { emptyItem, enclosureFrom, keywordsOf, mediaDescription, mediaOf, stableGuid, uniqueEnclosures, uniqueStrings } from './item-parts';
import { child, children, cleanText, htmlToText, textOf, urlOf } from './node';
import { uniqueNames } from './people';
import type { FeedItem, ParsedFeed } from './types';
import type { XNode } from './xml-tree';

/** Atom names may come prefixed (namespaced) or bare (a feed that forgot its xmlns). */
function a(...locals: string[]): string[] {
  return locals.flatMap((l) => [`atom:${l}`, l]);
}

/** RFC 4287 §3.1: the kind of a text construct; Atom 0.3 wrote MIME types and mode="escaped". */
function textKind(node: XNode): 'text' | 'html' | 'xhtml' {
  if (node.html !== null) return 'xhtml';
  const type = (node.attrs.type ?? '').toLowerCase();
  if (type.includes('xhtml')) return 'xhtml';
  if (type.includes('html') || node.attrs.mode === 'escaped') return 'html';
  return 'text';
}

/** A text construct as one line of text (titles, names). */
function constructText(node: XNode | undefined): string | null {
  if (!node) return null;
  return textKind(node) === 'text' ? cleanText(node.text) : textOf(node);
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** A text construct as HTML: xhtml without its wrapping div, html as written, text escaped. */
function constructHtml(node: XNode | undefined): string | null {
  if (!node || node.attrs.src) return null;
  const kind = textKind(node);
  let s: string;
  if (kind === 'xhtml') s = (node.html ?? node.text).trim().replace(/^<(?:[\w]+:)?div\b[^>]*>([\s\S]*)<\/(?:[\w]+:)?div>$/, '$1');
  else if (kind === 'html') s = node.text;
  else s = node.text.replace(/[&<>]/g, (c) => ESCAPES[c] ?? c);
  s = s.trim();
  return s === '' ? null : s;
}

/** The href of the first link with `rel` (no rel means "alternate", RFC 4287 §4.2.7.2); HTML preferred. */
function linkRel(node: XNode, rel: string): string | null {
  const links = children(node, ...a('link')).filter((l) => (l.attrs.rel?.trim().toLowerCase() || 'alternate') === rel);
  const html = links.find((l) => /html/i.test(l.attrs.type ?? 'text/html'));
  const chosen = html ?? links[0];
  return chosen ? (urlOf(chosen, 'href') ?? urlOf(chosen)) : null;
}

/** Person constructs (`<author><name>`) as names; falls back to the element's text. */
function people(node: XNode, ...tags: string[]): string[] {
  return uniqueNames(
    children(node, ...tags).map(
      (p) =>
        constructText(child(p, ...a('name'))) ?? htmlToText(p.html ?? '') ?? cleanText(p.text) ?? constructText(child(p, ...a('email'))),
    ),
  );
}

/** Maps one Atom `<entry>` element to a FeedItem. */
export function atomEntry(entry: XNode): FeedItem {
  const out = emptyItem();
  out.title = constructText(child(entry, ...a('title')));
  out.link = linkRel(entry, 'alternate');
  const id = cleanText(child(entry, ...a('id'))?.text);
  out.guid = id ?? stableGuid(out.link, out.title);
  out.guid_generated = id === null;
  out.published_at = parseFeedDate(textOf(child(entry, ...a('published', 'issued', 'created'), 'dc:date')));
  out.updated_at = parseFeedDate(textOf(child(entry, ...a('updated', 'modified'))));
  out.authors = uniqueStrings([...people(entry, ...a('author')), ...children(entry, 'dc:creator').map(textOf)]);
  out.summary = constructHtml(child(entry, ...a('summary')) ?? mediaDescription(entry));
  out.content_html = constructHtml(child(entry, ...a('content')));
  const links = children(entry, ...a('link')).filter((l) => l.attrs.rel?.trim().toLowerCase() === 'enclosure');
  out.enclosures = uniqueEnclosures(links.map((l) => enclosureFrom(l, 'href')));
  out.categories = uniqueStrings(
    children(entry, ...a('category'), 'dc:subject')
      .map((c) => cleanText(c.attrs.term) ?? cleanText(c.attrs.label) ?? textOf(c))
      .concat(keywordsOf(entry)),
  );
  out.media = mediaOf(entry);
  out.comments_url = linkRel(entry, 'replies');
  out.source = entrySource(child(entry, ...a('source')));
  out.lang = entry.lang;
  return out;
}

/** RFC 4287 §4.2.11 `<source>`: the feed an entry was copied from. */
function entrySource(s: XNode | undefined): FeedItem['source'] {
  if (!s) return null;
  const name = constructText(child(s, ...a('title')));
  const url = linkRel(s, 'alternate') ?? linkRel(s, 'self');
  return name || url ? { name, url } : null;
}

/** The feed-level metadata of an Atom document (entries are filled in by the caller). */
export function atomFeed(root: XNode): ParsedFeed {
  const version = root.attrs.version?.trim() || (root.name === 'feed' || root.name === 'atom:feed' ? '1.0' : null);
  return {
    format: 'atom',
    version: version === '0.3' ? '0.3' : '1.0',
    title: constructText(child(root, ...a('title'))),
    link: linkRel(root, 'alternate'),
    description: constructHtml(child(root, ...a('subtitle', 'tagline'))),
    lang: root.lang,
    self_url: linkRel(root, 'self'),
    hubs: uniqueStrings(
      children(root, ...a('link'))
        .filter((l) => l.attrs.rel?.toLowerCase() === 'hub')
        .map((l) => urlOf(l, 'href')),
    ),
    ttl_minutes: null,
    skip_hours: [],
    skip_days: [],
    image_url: urlOf(child(root, ...a('logo', 'icon'))),
    items: [],
  };
}
