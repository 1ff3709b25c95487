/**
 * Wire documents in, wire items out: detects NITF, NewsML-G2 or ninjs from the content (or takes
 * the feed's declared type) and reads it. Pure.
 */
import { readNewsMl } from './newsml';
import { readNinjs } from './ninjs';
import { readNitf } from './nitf';
import { wireFailure, type WireFormat, type WireParseResult } from './types';
import { parseStrictXml, type XEl } from './xml';

export type { WireDocument, WireFormat, WireItem, WireParseResult, WireRightsInfo } from './types';

/** The wire format of a document, from its first bytes; null when it is none of them (an RSS feed). */
export function detectWireFormat(body: Buffer | string): WireFormat | null {
  const head = (typeof body === 'string' ? body.slice(0, 4096) : body.subarray(0, 4096).toString('utf8')).replace(/<!--[\s\S]*?-->/g, '');
  if (/^\s*[[{]/.test(head)) return /"uri"\s*:/.test(head) && /"(?:headlines?|bodies|body_html|body_text|versioncreated)"\s*:/.test(head) ? 'ninjs' : null;
  const root = /<(?!\?|!)(?:[\w.-]+:)?([\w.-]+)/.exec(head)?.[1];
  if (root === 'nitf') return 'nitf';
  if (root === 'newsItem' || root === 'newsMessage') return 'newsml';
  return null;
}

/** Reads a wire document; `expected` (the feed's type) must match what the content is. */
export function parseWire(body: Buffer | string, expected?: WireFormat): WireParseResult {
  const text = (typeof body === 'string' ? body : body.toString('utf8')).replace(/^\uFEFF/, '');
  const format = detectWireFormat(text) ?? expected ?? null;
  if (!format) return wireFailure('WIRE_UNKNOWN_FORMAT', 'the document is not NITF (<nitf>), NewsML-G2 (<newsItem>/<newsMessage>) or ninjs (JSON with "uri")');
  if (format === 'ninjs') return parseNinjsText(text);
  const xml = parseStrictXml(text);
  if (!xml.ok) return wireFailure('WIRE_INVALID_XML', `invalid XML at ${xml.reason}`);
  const rootName = Object.keys(xml.root).find((k) => !k.startsWith('?') && !k.startsWith('#') && !k.startsWith('!'));
  const root = rootName ? (xml.root[rootName] as XEl) : undefined;
  if (rootName === 'nitf' && root) return readNitf(root, text);
  if ((rootName === 'newsItem' || rootName === 'newsMessage') && root) return readNewsMl(Array.isArray(root) ? (root[0] as XEl) : root, rootName);
  return wireFailure('WIRE_UNKNOWN_FORMAT', `the root element <${rootName ?? '?'}> is not <nitf>, <newsItem> or <newsMessage>`);
}

function parseNinjsText(text: string): WireParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return wireFailure('WIRE_INVALID_JSON', `invalid JSON: ${(err as Error).message}`);
  }
  return readNinjs(json);
}
