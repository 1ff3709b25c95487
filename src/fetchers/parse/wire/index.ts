/**
 * Wire documents in, wire items out: detects NITF, NewsML-G2 or ninjs from the content (or takes
 * the feed's declared type) and reads it. Pure.
 */
import { readNewsMl } from './newsml';
import { readNinjs } from './ninjs';
import { readNitf } from './nitf';
import { wireFailure, type WireFormat, type WireParseResult } from './types';
import { parseStrictXml, type XEl } from './xml';
import { decodeBody } from '../../../text/charset';

export type { WireDocument, WireFormat, WireItem, WireParseResult, WireRightsInfo } from './types';

/** How much of the document is looked at to tell its format. */
const DETECT_CHARS = 4096;

/** Wire copy as text, through the one decoding layer: ninjs as JSON, NITF and NewsML-G2 as XML. */
export function decodeWire(body: Buffer | string, contentType?: string): string {
  if (typeof body === 'string') return body.replace(/^\uFEFF/, '');
  const first = body
    .subarray(0, DETECT_CHARS)
    .toString('latin1')
    .replace(/^(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff|\0|\s)+/, '');
  return decodeBody(body, { kind: /^[[{]/.test(first) ? 'json' : 'xml', contentType }).text;
}

/** The wire format of a document, from its first bytes; null when it is none of them (an RSS feed). */
export function detectWireFormat(body: Buffer | string): WireFormat | null {
  const head = (typeof body === 'string' ? body.slice(0, DETECT_CHARS) : decodeWire(body.subarray(0, DETECT_CHARS))).replace(
    /<!--[\s\S]*?-->/g,
    '',
  );
  if (/^\s*[[{]/.test(head))
    return /"uri"\s*:/.test(head) && /"(?:headlines?|bodies|body_html|body_text|versioncreated)"\s*:/.test(head) ? 'ninjs' : null;
  const root = /<(?!\?|!)(?:[\w.-]+:)?([\w.-]+)/.exec(head)?.[1];
  if (root === 'nitf') return 'nitf';
  if (root === 'newsItem' || root === 'newsMessage') return 'newsml';
  return null;
}

/** Reads a wire document; `expected` (the feed's type) must match what the content is; `contentType`: the HTTP header, if any. */
export function parseWire(body: Buffer | string, expected?: WireFormat, contentType?: string): WireParseResult {
  const text = decodeWire(body, contentType);
  const format = detectWireFormat(text) ?? expected ?? null;
  if (!format)
    return wireFailure(
      'WIRE_UNKNOWN_FORMAT',
      'the document is not NITF (<nitf>), NewsML-G2 (<newsItem>/<newsMessage>) or ninjs (JSON with "uri")',
    );
  if (format === 'ninjs') return parseNinjsText(text);
  const xml = parseStrictXml(text);
  if (!xml.ok) return wireFailure('WIRE_INVALID_XML', `invalid XML at ${xml.reason}`);
  const rootName = Object.keys(xml.root).find((k) => !k.startsWith('?') && !k.startsWith('#') && !k.startsWith('!'));
  const root = rootName ? (xml.root[rootName] as XEl) : undefined;
  if (rootName === 'nitf' && root) return readNitf(root, text);
  if ((rootName === 'newsItem' || rootName === 'newsMessage') && root)
    return readNewsMl(Array.isArray(root) ? (root[0] as XEl) : root, rootName);
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
