/**
 * Which encoding a document's bytes are in, by kind. Pure.
 * - HTML: the WHATWG encoding sniffing algorithm (html-encoding-sniffer: BOM, transport charset,
 *   `<meta>` prescan), then detection (valid UTF-8, else chardet), else windows-1252.
 * - XML (feeds, NITF, NewsML-G2): BOM, then the encoding declaration, then the HTTP charset; a claim
 *   of UTF-8 that the bytes do not decode as is passed over, ending at windows-1252 (as Python's
 *   feedparser does).
 * - Both: bytes that are valid UTF-8 and not plain ASCII are UTF-8 whatever a label says (after a
 *   BOM): legacy text is almost never valid UTF-8, while documents re-encoded to UTF-8 that keep
 *   their old label are common (the readability corpus's qq page; on the feed corpus this agreed
 *   with feedparser on 1 more title than following the label).
 * - JSON: BOM, then the HTTP charset, else UTF-8 (RFC 8259), UTF-16 recognized by its zero bytes.
 * Labels are mapped to WHATWG Encoding names (lower case) by @exodus/bytes, so `iso-8859-1` reads
 * as windows-1252 and `gb2312` as gbk, as browsers do; labels outside WHATWG go to iconv-lite.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { getBOMEncoding, normalizeEncoding } from '@exodus/bytes/encoding.js';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import sniffHtmlEncoding from 'html-encoding-sniffer';

export type DocumentKind = 'xml' | 'html' | 'json';

/** The encoding chosen, where the text starts (after a BOM) and which witness decided. */
export interface EncodingChoice {
  charset: string;
  start: number;
  source: 'bom' | 'declaration' | 'header' | 'meta' | 'detected' | 'default';
}

/** How far into an XML document its declaration is looked for (it must come first; 512 is generous). */
const XML_DECL_BYTES = 512;
/** How many bytes the detector reads: enough text for a confident guess, bounded CPU on large pages. */
const DETECT_BYTES = 64 * 1024;
/** chardet's confidence (0–100) below which its guess is noise: a few bytes score 10 for every CJK encoding. */
const MIN_CONFIDENCE = 30;
/** Returned by html-encoding-sniffer when neither BOM, transport nor `<meta>` named an encoding. */
const NOTHING_FOUND = 'x-nothing-found';
/** The last resort of HTML, feedparser and browsers in most locales (WHATWG Encoding: the label iso-8859-1 too). */
const FALLBACK = 'windows-1252';

/**
 * A charset label as a WHATWG Encoding name (lower case); a label WHATWG lacks but iconv-lite knows
 * (IBM and Mac code pages that feeds still declare, as Python's codecs read them) as itself; else null.
 */
export function encodingName(label: string | null | undefined): string | null {
  const l = label
    ?.trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  if (!l) return null;
  const name = normalizeEncoding(l);
  if (name) return name === 'replacement' ? null : name;
  return iconv.encodingExists(l) ? l : null;
}

/** True when the name is one WHATWG Encoding decodes (else iconv-lite does). */
export function isWhatwgEncoding(name: string): boolean {
  return normalizeEncoding(name) !== null;
}

/** The `charset` parameter of a Content-Type header, as given. */
export function charsetFromContentType(contentType: string | undefined): string | null {
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType ?? '');
  return m?.[2] ?? null;
}

/** The label in the XML declaration (`<?xml … encoding="…"?>`), read as ASCII. */
export function xmlDeclaredLabel(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, XML_DECL_BYTES)).toString('latin1');
  return /^(?:\xef\xbb\xbf)?\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1] ?? null;
}

/** UTF-16 without a BOM, recognized by `<?` or `{` encoded in two bytes (XML 1.0 Appendix F.1). */
function zeroByteUtf16(b: Uint8Array): string | null {
  if (b.length < 4) return null;
  if ((b[0] === 0x3c || b[0] === 0x7b) && b[1] === 0x00 && b[3] === 0x00) return 'utf-16le';
  if (b[0] === 0x00 && (b[1] === 0x3c || b[1] === 0x7b) && b[2] === 0x00) return 'utf-16be';
  return null;
}

/** Longest UTF-8 sequence: a body cut by a size cap may end inside one. */
const MAX_UTF8_SEQUENCE = 4;

/** True when the bytes are UTF-8, allowing a sequence cut off at the very end (a capped body). */
export function decodesAsUtf8(bytes: Uint8Array): boolean {
  if (isUtf8(bytes)) return true;
  for (let cut = 1; cut < MAX_UTF8_SEQUENCE && cut < bytes.length; cut++) {
    const c = bytes[bytes.length - cut]!;
    if (c < 0x80) return false;
    if (c >= 0xc0) return isUtf8(bytes.subarray(0, bytes.length - cut));
  }
  return false;
}

/** True when `name` can be the encoding of these bytes: UTF-8 must decode, UTF-16 needs its zero bytes. */
function fits(bytes: Uint8Array, name: string, utf16: string | null): boolean {
  if (name === 'utf-8') return decodesAsUtf8(bytes);
  if (name.startsWith('utf-16')) return utf16 === name;
  return true;
}

/** True when the bytes are valid UTF-8 and not plain ASCII: then UTF-8 is almost surely right. */
function isNonAsciiUtf8(bytes: Uint8Array): boolean {
  return !isAscii(bytes) && decodesAsUtf8(bytes);
}

function bomChoice(bytes: Uint8Array): EncodingChoice | null {
  const bom = getBOMEncoding(bytes);
  return bom ? { charset: bom, start: bom === 'utf-8' ? 3 : 2, source: 'bom' } : null;
}

/** XML: BOM, zero-byte UTF-16, non-ASCII UTF-8, then declaration, header; else UTF-8 if it decodes, else windows-1252. */
export function chooseXmlEncoding(bytes: Uint8Array, contentType?: string): EncodingChoice {
  const bom = bomChoice(bytes);
  if (bom) return bom;
  const utf16 = zeroByteUtf16(bytes);
  if (utf16) return { charset: utf16, start: 0, source: 'detected' };
  const witnesses: Array<[EncodingChoice['source'], string | null]> = [
    ['declaration', encodingName(xmlDeclaredLabel(bytes))],
    ['header', encodingName(charsetFromContentType(contentType))],
  ];
  const named = witnesses.filter((w): w is [EncodingChoice['source'], string] => w[1] !== null && fits(bytes, w[1], null));
  if (isNonAsciiUtf8(bytes)) return { charset: 'utf-8', start: 0, source: named.find(([, n]) => n === 'utf-8')?.[0] ?? 'detected' };
  const first = named[0];
  if (first) return { charset: first[1], start: 0, source: first[0] };
  return decodesAsUtf8(bytes) ? { charset: 'utf-8', start: 0, source: 'default' } : { charset: FALLBACK, start: 0, source: 'default' };
}

/**
 * HTML: the WHATWG sniffing algorithm, then detection. Two departures, both for pages re-encoded
 * without their labels: a UTF-8 claim the bytes refute is dropped, and bytes that are valid UTF-8
 * with non-ASCII text are UTF-8 whatever the header or `<meta>` says (legacy multi-byte and
 * single-byte text is almost never valid UTF-8).
 */
export function chooseHtmlEncoding(bytes: Uint8Array, contentType?: string): EncodingChoice {
  const bom = bomChoice(bytes);
  if (bom) return bom;
  if (isNonAsciiUtf8(bytes)) return { charset: 'utf-8', start: 0, source: 'detected' };
  const header = encodingName(charsetFromContentType(contentType));
  if (header && fits(bytes, header, zeroByteUtf16(bytes)) && !header.startsWith('utf-16'))
    return { charset: header, start: 0, source: 'header' };
  const meta = sniffHtmlEncoding(bytes, { defaultEncoding: NOTHING_FOUND });
  const metaName = meta === NOTHING_FOUND ? null : encodingName(meta);
  if (metaName && fits(bytes, metaName, null)) return { charset: metaName, start: 0, source: 'meta' };
  return { charset: detectEncoding(bytes), start: 0, source: 'detected' };
}

/** JSON: BOM, header (UTF-16 only with its zero bytes), else UTF-8 or windows-1252 for stray bytes. */
export function chooseJsonEncoding(bytes: Uint8Array, contentType?: string): EncodingChoice {
  const bom = bomChoice(bytes);
  if (bom) return bom;
  const utf16 = zeroByteUtf16(bytes);
  if (utf16) return { charset: utf16, start: 0, source: 'detected' };
  const header = encodingName(charsetFromContentType(contentType));
  if (header && fits(bytes, header, utf16)) return { charset: header, start: 0, source: 'header' };
  return isUtf8(bytes) ? { charset: 'utf-8', start: 0, source: 'default' } : { charset: FALLBACK, start: 0, source: 'default' };
}

/** Undeclared bytes: UTF-8 when they decode as UTF-8, else chardet's best guess, else windows-1252. */
export function detectEncoding(bytes: Uint8Array): string {
  if (decodesAsUtf8(bytes)) return 'utf-8';
  const best = chardet.analyse(bytes.subarray(0, DETECT_BYTES))[0];
  const guess = best && best.confidence >= MIN_CONFIDENCE ? encodingName(best.name) : null;
  if (!guess || guess.startsWith('utf-16')) return FALLBACK; // UTF-16 without a BOM is not sniffed in HTML
  return guess;
}

/** The encoding of a document of `kind`, by the rules in the module header. */
export function chooseEncoding(bytes: Uint8Array, kind: DocumentKind, contentType?: string): EncodingChoice {
  if (kind === 'html') return chooseHtmlEncoding(bytes, contentType);
  if (kind === 'json') return chooseJsonEncoding(bytes, contentType);
  return chooseXmlEncoding(bytes, contentType);
}
