/** Feed autodiscovery: the feeds an HTML page advertises with `<link rel="alternate">` (RSS Autodiscovery). */
import { absoluteUrl, isWebUrl } from '../../core/url';
import { decodeEntities } from './entities';

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
  'application/rdf+xml',
  'application/x.atom+xml',
  'text/xml',
  'application/xml',
]);
const TAG = /<(link|base)\b([^>]*)>/gi;
const ATTR = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

/** A tag's attributes, names lower-cased, values decoded. */
function attributesOf(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of raw.matchAll(ATTR)) {
    const name = m[1]?.toLowerCase();
    if (name && !(name in out)) out[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/** True for a `<link>` that advertises a feed: rel contains "alternate" and the type is a feed type. */
function isFeedLink(a: Record<string, string>): boolean {
  const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
  const type = (a.type ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
  return rel.includes('alternate') && !rel.includes('stylesheet') && FEED_TYPES.has(type) && !!a.href;
}

/** The absolute URLs of the feeds a page links to, in document order, without repeats. */
export function discoverFeedLinks(html: string, baseUrl: string): string[] {
  const body = html.replace(/<!--[\s\S]*?-->/g, '');
  let base = baseUrl;
  let sawBase = false;
  const out: string[] = [];
  for (const m of body.matchAll(TAG)) {
    const a = attributesOf(m[2] ?? '');
    if (m[1]?.toLowerCase() === 'base') {
      if (!sawBase && a.href) {
        base = absoluteUrl(a.href, baseUrl) ?? base;
        sawBase = true;
      } // HTML: the first <base href> wins
      continue;
    }
    if (!isFeedLink(a)) continue;
    const url = absoluteUrl(a.href, base);
    if (url && isWebUrl(url) && !out.includes(url)) out.push(url);
  }
  return out;
}
