/**
 * Strict XML for wire documents: well-formedness is checked first (a broken file must fail, not be
 * half-read), then the tree is read with namespace prefixes removed. Element content that is
 * markup (NITF body.content, NewsML-G2 inlineXML) is kept as raw inner XML. Pure.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A parsed element: attributes under "@_name", text under "#text", children by local name. */
export type XEl = Record<string, unknown>;

/** Elements kept as raw markup rather than parsed into objects. */
const RAW_ELEMENTS = ['*.body.content', '*.inlineXML', '*.abstract'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  stopNodes: RAW_ELEMENTS,
  isArray: (name) =>
    ['newsItem', 'subject', 'p', 'keyword', 'person', 'creator', 'tobject.subject', 'hl2', 'description', 'headline'].includes(name),
});

/** Parses `text`; a well-formedness error becomes `{ ok: false, reason }` with its line. */
export function parseStrictXml(text: string): { ok: true; root: XEl } | { ok: false; reason: string } {
  if (/<!ENTITY/i.test(text)) return { ok: false, reason: 'the document declares entities; refused (XXE and entity expansion)' };
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, reason: `line ${valid.err.line}: ${valid.err.msg}` };
  try {
    return { ok: true, root: parser.parse(text) as XEl };
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
}

/** The first child element named `name` (arrays give their first member). */
export function el(node: unknown, name: string): XEl | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const v = (node as XEl)[name];
  const first = Array.isArray(v) ? v[0] : v;
  if (first === undefined || first === null) return undefined;
  return typeof first === 'object' ? (first as XEl) : { '#text': String(first) };
}

/** Every child element named `name`. */
export function els(node: unknown, name: string): XEl[] {
  if (!node || typeof node !== 'object') return [];
  const v = (node as XEl)[name];
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return list.map((x) => (typeof x === 'object' && x !== null ? (x as XEl) : { '#text': String(x) }));
}

/** An attribute's value, or null. */
export function attr(node: XEl | undefined, name: string): string | null {
  const v = node?.[`@_${name}`];
  return v === undefined || v === null || v === '' ? null : String(v);
}

/** All text inside an element, markup stripped, whitespace collapsed; null when empty. */
export function textIn(node: unknown): string | null {
  const s = collect(node)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return s === '' ? null : s;
}

function collect(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node !== 'object') return String(node);
  if (Array.isArray(node)) return node.map(collect).join(' ');
  return Object.entries(node as XEl)
    .filter(([k]) => !k.startsWith('@_'))
    .map(([, v]) => collect(v))
    .join(' ');
}

/** Raw inner markup of an element kept by `stopNodes`, or null. */
export function rawIn(node: unknown): string | null {
  if (node === undefined || node === null) return null;
  if (typeof node === 'string') return node.trim() || null;
  const t = (node as XEl)['#text'];
  return typeof t === 'string' && t.trim() ? t.trim() : null;
}
