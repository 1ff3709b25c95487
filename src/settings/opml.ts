/** OPML ⇄ the feeds.yaml shape. Each outline with an xmlUrl becomes a source with one feed. Pure. */
import { parseDocument } from 'htmlparser2';
import { findAll, getAttributeValue } from 'domutils';
import type { Element } from 'domhandler';
import { escapeHtml } from '../core/html';
import type { FeedsFileInput } from './feeds-schema';

/** An outline that is not a feed, with its line in the OPML text (1-based). */
export interface OpmlSkip {
  line: number;
  reason: string;
}

export type OpmlRead =
  | {
      ok: true;
      value: FeedsFileInput;
      /** The OPML line of each source in `value.sources`, by index. */
      lines: number[];
      /** Leaf outlines without an xmlUrl: not feeds, reported rather than dropped silently. */
      skipped: OpmlSkip[];
    }
  | { ok: false; reason: string };

/** Reads OPML into the feeds.yaml shape; categories come from enclosing outlines or the `category` attribute. */
export function opmlToFeedsFile(text: string): OpmlRead {
  const doc = parseDocument(text, { xmlMode: true, decodeEntities: true, withStartIndices: true });
  const outlines = findAll((el) => el.name.toLowerCase() === 'outline', doc.children);
  if (!findAll((el) => el.name.toLowerCase() === 'opml', doc.children).length) {
    return { ok: false, reason: 'not an OPML document (no <opml> element); give a feeds.yaml or an OPML export' };
  }
  const lineOf = lineFinder(text);
  const used = new Set<string>();
  const sources: FeedsFileInput['sources'] = [];
  const lines: number[] = [];
  const skipped: OpmlSkip[] = [];
  for (const el of outlines) {
    const xmlUrl = attr(el, 'xmlUrl');
    if (!xmlUrl) {
      const isFolder = el.children.some((c) => (c as Element).name?.toLowerCase() === 'outline');
      const name = attr(el, 'title') ?? attr(el, 'text') ?? '(untitled)';
      if (!isFolder) skipped.push({ line: lineOf(el.startIndex), reason: `outline "${name}" has no xmlUrl (not a feed)` });
      continue;
    }
    const title = attr(el, 'title') ?? attr(el, 'text') ?? hostName(xmlUrl);
    const categories = outlineCategories(el);
    const homepage = attr(el, 'htmlUrl');
    sources.push({
      id: uniqueId(slugify(title) || slugify(hostName(xmlUrl)) || 'feed', used),
      name: title,
      ...(homepage && /^https?:/i.test(homepage) ? { homepage } : {}),
      feeds: [{ url: xmlUrl }],
      ...(categories.length ? { categories } : {}),
    });
    lines.push(lineOf(el.startIndex));
  }
  return { ok: true, value: { sources }, lines, skipped };
}

/** Maps a character offset of `text` to its 1-based line number. */
function lineFinder(text: string): (offset: number | null) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= (offset ?? 0)) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Writes sources as OPML 2.0, every category in the `category` attribute (comma-separated, as OPML 2.0 has it). */
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
      const cats = s.categories.map((c) => c.replace(/\s*,\s*/g, ' ').trim()).filter(Boolean);
      const cat = cats.length ? ` category="${escapeHtml(cats.join(','))}"` : '';
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

/** The enclosing folder outline's name; else each comma-separated entry of `category` (its first path segment: "/News/World" → "News"). */
function outlineCategories(el: Element): string[] {
  const parent = el.parent as Element | null;
  if (parent && parent.name?.toLowerCase() === 'outline') {
    const folder = attr(parent, 'title') ?? attr(parent, 'text');
    return folder ? [folder] : [];
  }
  const cats = (attr(el, 'category') ?? '').split(',').map((c) =>
    c
      .split('/')
      .map((p) => p.trim())
      .find(Boolean),
  );
  return [...new Set(cats.filter((c): c is string => Boolean(c)))];
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
