/**
 * Bytes → text for feeds and pages. Order (WHATWG Encoding "decode", XML 1.0 Appendix F,
 * HTML §13.2.3.2): byte order mark, then the HTTP charset, then the XML declaration or `<meta>`,
 * then (nothing declared) UTF-8 when the bytes are valid UTF-8, else windows-1252. Decoded with iconv-lite. Pure.
 */
import { isUtf8 } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import iconv from 'iconv-lite';

export interface DecodeOptions {
  contentType?: string;
  kind: 'xml' | 'html' | 'json';
}

/** How far into the document the XML declaration or `<meta charset>` is looked for (HTML §13.2.3.2: 1024). */
const SNIFF_BYTES = 1024;

/** Labels that WHATWG Encoding maps onto a superset; decoding with the superset avoids C1 mojibake. */
const SUPERSETS: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252', latin1: 'windows-1252', 'us-ascii': 'windows-1252', ascii: 'windows-1252',
  'iso-8859-9': 'windows-1254', gb2312: 'gbk', 'x-gbk': 'gbk', 'iso-8859-11': 'windows-874', 'tis-620': 'windows-874',
  'x-sjis': 'shift_jis', 'ks_c_5601-1987': 'euc-kr', 'x-mac-roman': 'macintosh', 'utf8': 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
};

/** A charset label normalized to one iconv-lite knows, or null. */
export function normalizeCharset(label: string | null | undefined): string | null {
  const l = label?.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!l) return null;
  const name = SUPERSETS[l] ?? l;
  return iconv.encodingExists(name) ? name : null;
}

/** The `charset` parameter of a Content-Type header. */
export function charsetFromContentType(contentType: string | undefined): string | null {
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType ?? '');
  return m?.[2] ?? null;
}

/** The encoding a byte order mark announces, and its length. */
function bomCharset(b: Buffer): { charset: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM, recognized by `<?` encoded in two bytes (XML 1.0 Appendix F.1). */
function sniffUtf16(b: Buffer): string | null {
  if (b[0] === 0x3c && b[1] === 0x00 && b[2] === 0x3f && b[3] === 0x00) return 'utf-16le';
  if (b[0] === 0x00 && b[1] === 0x3c && b[2] === 0x00 && b[3] === 0x3f) return 'utf-16be';
  if (b.length >= 4 && b[0] === 0x7b && b[1] === 0x00) return 'utf-16le';
  if (b.length >= 4 && b[0] === 0x00 && b[1] === 0x7b) return 'utf-16be';
  return null;
}

/** The charset declared in the document itself: XML declaration or HTML meta. */
function declaredCharset(b: Buffer, kind: DecodeOptions['kind']): string | null {
  if (kind === 'json') return null;
  const head = b.subarray(0, SNIFF_BYTES).toString('latin1');
  const xml = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  if (kind !== 'html') return null;
  const meta = /<meta\s[^>]*?charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

/** Decodes with `charset`; a UTF-16 label on a document that is not UTF-16 is ignored (as browsers do). */
function decodeWith(b: Buffer, charset: string): string {
  if (charset === 'utf-8') return b.toString('utf8');
  return iconv.decode(b, charset, { stripBOM: false });
}

/** The document's charset and where its text starts (after a BOM), in the order the module header gives. */
export function chooseCharset(bytes: Buffer, opts: DecodeOptions): { charset: string; start: number } {
  const bom = bomCharset(bytes);
  if (bom) return { charset: bom.charset, start: bom.length };
  const utf16 = sniffUtf16(bytes);
  const fromHeader = normalizeCharset(charsetFromContentType(opts.contentType));
  const fromDoc = utf16 ?? normalizeCharset(declaredCharset(bytes, opts.kind));
  let charset = fromHeader ?? fromDoc;
  if (charset?.startsWith('utf-16') && !utf16) charset = null;
  if (!charset) charset = isUtf8(bytes) ? 'utf-8' : 'windows-1252';
  return { charset, start: 0 };
}

/** Chooses the document's charset and decodes it; the text never starts with a BOM. */
export function decodeBody(bytes: Buffer, opts: DecodeOptions): { text: string; charset: string } {
  const { charset, start } = chooseCharset(bytes, opts);
  return { text: decodeWith(start > 0 ? bytes.subarray(start) : bytes, charset), charset };
}

/**
 * The same text as decodeBody, in pieces of about `chunkBytes` input bytes, so that a large body is
 * never held decoded all at once. Multi-byte sequences cut by a piece boundary are carried over by
 * the streaming decoders (Node's StringDecoder for UTF-8, iconv-lite's otherwise).
 */
export function* decodeBodyChunks(bytes: Buffer, opts: DecodeOptions, chunkBytes: number): Generator<string, void, void> {
  const { charset, start } = chooseCharset(bytes, opts);
  const decoder = charset === 'utf-8' ? new StringDecoder('utf8') : iconv.getDecoder(charset, { stripBOM: false });
  for (let i = start; i < bytes.length; i += chunkBytes) {
    const text = decoder.write(bytes.subarray(i, Math.min(bytes.length, i + chunkBytes)));
    if (text !== '') yield text;
  }
  const tail = decoder.end() ?? '';
  if (tail !== '') yield tail;
}
