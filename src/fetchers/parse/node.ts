/** Small queries over XNode trees and the text/HTML readings of an element. */
import { isUtf8 } from 'node:buffer';
import { absoluteUrl } from '../../core/url';
import { decodeEntities } from './entities';
import type { XNode } from './xml-tree';

/** The first direct child with one of `names`, in the order the names are given. */
export function child(node: XNode, ...names: string[]): XNode | undefined {
  for (const name of names) {
    for (const c of node.children) if (c.name === name) return c;
  }
  return undefined;
}

/** All direct children with one of `names`, in document order. */
export function children(node: XNode, ...names: string[]): XNode[] {
  return node.children.filter((c) => names.includes(c.name));
}

const TAG = /<(\/?)([A-Za-z!?][A-Za-z0-9]*)[^>]*>/g;
/** Tags that break words when removed; inline tags (b, i, a, span, sub) join their neighbours. */
const BLOCK_TAG = /^(?:br|p|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre|hr|img|section|article|header|footer|dd|dt)$/i;
const WHITESPACE = /\s+/g;
/** Whitespace that cleanText would change: anything but a single space. */
const NEEDS_COLLAPSE = /\s\s|[^\S ]/;

/** Collapses whitespace runs to one space and trims; empty becomes null. */
export function cleanText(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  let t = s.trim();
  if (NEEDS_COLLAPSE.test(t)) t = t.replace(WHITESPACE, ' ');
  return t === '' ? null : t;
}

/** Plain text from HTML: tags removed, references decoded, whitespace collapsed. */
export function htmlToText(html: string): string | null {
  const stripped = html.replace(TAG, (_m, _slash: string, name: string) => (BLOCK_TAG.test(name) ? ' ' : ''));
  return cleanText(decodeEntities(stripped));
}

/** True when a decoded string carries markup rather than text that merely mentions `<`. */
export function looksLikeHtml(s: string): boolean {
  return /<(?:[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?|\/[a-zA-Z][a-zA-Z0-9]*\s*)>/.test(s) || /&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);/i.test(s);
}

/** Windows-1252 characters that stand for bytes 0x80–0x9F when UTF-8 was mis-read as windows-1252. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/**
 * The usual signatures of UTF-8 read as windows-1252: Â/Ã + a continuation (Latin-1 letters, nbsp),
 * â€ (punctuation), Ð/Ñ/Ø/Ù + a continuation (Cyrillic, Arabic). Narrower than "any lead byte", so
 * genuine text such as "é — " is left alone.
 */
const MOJIBAKE = /[ÂÃÐÑØÙ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹Œ‘’“”•–—˜™š›œžŸ]|â€/;

/**
 * Repairs UTF-8 that was decoded as windows-1252 and encoded again ("FranÃ§oise" → "Françoise"), as
 * feedparser does; left alone unless every character maps back to one byte and the bytes are UTF-8.
 */
export function repairDoubleUtf8(s: string): string {
  if (!MOJIBAKE.test(s)) return s;
  const bytes = Buffer.alloc(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const hi = c > 0xff ? CP1252_HIGH.indexOf(s[i] as string) : -1;
    if (c > 0xff && hi < 0) return s;
    bytes[i] = c > 0xff ? 0x80 + hi : c;
  }
  if (!isUtf8(bytes)) return s;
  return bytes.toString('utf8');
}

/** The element as a line of text (titles, names): markup stripped, whitespace collapsed. */
export function textOf(node: XNode | undefined): string | null {
  if (!node) return null;
  const raw = repairDoubleUtf8(node.html ?? node.text);
  return node.html !== null || looksLikeHtml(raw) ? htmlToText(raw) : cleanText(raw);
}

/** The element's content as HTML: inline markup as written, or the decoded (escaped) text. */
export function htmlOf(node: XNode | undefined): string | null {
  if (!node) return null;
  const t = (node.html ?? node.text).trim();
  return t === '' ? null : repairDoubleUtf8(t);
}

/** The element's text as an absolute URL, resolved against xml:base / the document URL. */
export function urlOf(node: XNode | undefined, attr?: string): string | null {
  if (!node) return null;
  const raw = attr ? node.attrs[attr] : node.html === null ? node.text : (htmlToText(node.html) ?? '');
  if (raw === undefined) return null;
  return resolveUrl(raw, node.base);
}

/** A URL with a scheme: kept as written (resolution would only re-encode it). */
const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/** Resolves a possibly relative URL; a value that cannot be resolved is kept trimmed, not dropped. */
export function resolveUrl(raw: string | undefined | null, base: string | undefined): string | null {
  const t = raw?.trim();
  if (!t) return null;
  if (ABSOLUTE.test(t)) return t;
  return absoluteUrl(t, base) ?? t;
}

/** An integer attribute or text, or null. */
export function intOf(raw: string | undefined | null): number | null {
  if (raw === undefined || raw === null) return null;
  const n = Number.parseInt(raw.trim(), 10);
  return Number.isFinite(n) ? n : null;
}
