/** XML documents (RSS, RDF, Atom) → ParseResult: prolog checks, streaming tree, per-format mapping. */
import { atomEntry, atomFeed } from './atom';
import { readProlog } from './prolog';
import { rssChannel, rssItem } from './rss';
import type { FeedFormat, FeedItem, ParsedFeed, ParseResult } from './types';
import { buildTree, type XNode } from './xml-tree';

const RSS_ITEMS: ReadonlySet<string> = new Set(['item']);
/** Atom entries; `item` too, which Atom 0.3-era feeds mixed in and feedparser accepts. */
const ATOM_ITEMS: ReadonlySet<string> = new Set(['atom:entry', 'entry', 'atom:item', 'item']);

/** The feed format a root element names, or null for anything else (an HTML page, a sitemap). */
function formatOfRoot(name: string): Exclude<FeedFormat, 'json'> | null {
  if (name === 'rss' || name === 'channel') return 'rss';
  if (name === 'rdf:rdf' || name === 'rdf') return 'rdf';
  if (name === 'atom:feed' || name === 'feed') return 'atom';
  if (name === 'atom:entry' || name === 'entry') return 'atom'; // an Atom Entry Document (RFC 4287 §4.1.2)
  return null;
}

/** Parses an XML feed document held in `src`. */
export function parseXmlFeed(src: string, url: string | undefined): ParseResult {
  const prolog = readProlog(src);
  if (!prolog.ok) return { ok: false, code: 'PARSE_ENTITY_EXPANSION', reason: prolog.reason };
  let format: Exclude<FeedFormat, 'json'> | null = null;
  const items: FeedItem[] = [];
  const root = buildTree(src, prolog.bodyStart, prolog.entities, url, {
    onRoot(node) {
      format = formatOfRoot(node.name);
      return format === null ? null : format === 'atom' ? ATOM_ITEMS : RSS_ITEMS;
    },
    onItem(node) {
      items.push(format === 'atom' ? atomEntry(node) : rssItem(node));
    },
  });
  if (root === null) return { ok: false, code: 'PARSE_NOT_A_FEED', reason: 'no XML element found' };
  const f = format as Exclude<FeedFormat, 'json'> | null;
  if (f === null) return { ok: false, code: 'PARSE_NOT_A_FEED', reason: `root element <${root.name}> is not a feed` };
  const entryDocument = f === 'atom' && (root.name === 'atom:entry' || root.name === 'entry');
  const feed: ParsedFeed = f === 'atom' ? atomFeed(entryDocument ? emptyElement(root) : root) : rssChannel(root, f);
  feed.items = items;
  return { ok: true, feed, warnings: [] };
}

/** A stand-in feed element for an entry document, which has no feed-level metadata. */
function emptyElement(entry: XNode): XNode {
  return { ...entry, name: 'atom:feed', children: [], text: '', html: null };
}
