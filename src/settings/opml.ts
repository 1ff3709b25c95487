/** OPML ⇄ the feeds.yaml shape. Each outline with an xmlUrl becomes a source with one feed. Pure. */
import { parseDocument } from 'htmlparser2';
import { findAll, getAttributeValue } from 'domutils';
import type { Element } from 'domhandler';
import { escapeHtml } from '../core/html';
import type { FeedsFileInput } from './feeds-schema';

/** Reads OPML into the feeds.yaml shape; categories come from enclosing outlines. */
export function opmlToFeedsFile(text: string): { ok: true; value: FeedsFileInput } | { ok: false; reason: string } {
  const doc = parseDocument(text, { xmlMode: true, decodeEntities: true });
  const outlines = findAll((el) => el.name.toLowerCase() === 'outline', doc.children);
  if (!findAll((el) => el.name.toLowerCase() === 'opml', doc.children).length) {
    return { ok: false, reason: 'not an OPML document (no <opml> element); give a feeds.yaml or an OPML export' };
  }
  const used = new Set<string>();
  const sources: FeedsFileInput['sources'] = [];
  for (const el of outlines) {
    const xmlUrl = attr(el, 'xmlUrl');
    if (!xmlUrl) continue;
    const title = attr(el, 'title') ?? attr(el, 'text') ?? hostName(xmlUrl);
    const category = parentCategory(el);
    const homepage = attr(el, 'htmlUrl');
    sources.push({
      id: uniqueId(slugify(title) || slugify(hostName(xmlUrl)) || 'feed', used),
      name: title,
      ...(homepage && /^https?:/i.test(homepage) ? { homepage } : {}),
      feeds: [{ url: xmlUrl }],
      ...(category ? { categories: [category] } : {}),
    });
  }
  return { ok: true, value: { sources } };
}

/** Writes sources as OPML 2.0, grouped by first category. */
export function feedsToOpml(
  sources: { id: string; name: string; homepage: string | null; categories: string[]; feeds: { url: string | null }[] }[],
  title = 'wireroom feeds',
): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>${escapeHtml(title)}</title></head>`,
    '  <body>',
  ];
  for (const s of sources) {
    for (const f of s.feeds) {
      if (!f.url) continue;
      const cat = s.categories[0] ? ` category="${escapeHtml(s.categories[0])}"` : '';
      const html = s.homepage ? ` htmlUrl="${escapeHtml(s.homepage)}"` : '';
      lines.push(
        `    <outline type="rss" text="${escapeHtml(s.name)}" title="${escapeHtml(s.name)}" xmlUrl="${escapeHtml(f.url)}"${html}${cat}/>`,
      );
    }
  }
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}

function attr(el: Element, name: string): string | undefined {
  const direct = getAttributeValue(el, name) ?? getAttributeValue(el, name.toLowerCase());
  return direct?.trim() || undefined;
}

function parentCategory(el: Element): string | undefined {
  const parent = el.parent as Element | null;
  if (!parent || parent.name?.toLowerCase() !== 'outline') return attr(el, 'category')?.split(/[,/]/).filter(Boolean)[0];
  return attr(parent, 'title') ?? attr(parent, 'text');
}

function hostName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Lower-case letters, digits and dashes, as source ids require. */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
