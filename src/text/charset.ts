/**
 * The one bytes → text layer for every input: pages, feeds, wire copy (NITF, NewsML-G2, ninjs) on
 * every channel. The encoding is chosen by ./sniff (WHATWG sniffing for HTML; BOM, declaration,
 * header for XML) and decoded with the WHATWG decoders of @exodus/bytes. Pure.
 */
import { TextDecoder } from '@exodus/bytes/encoding.js';
import { StringDecoder } from 'node:string_decoder';
import iconv from 'iconv-lite';
import { chooseEncoding, isWhatwgEncoding, type DocumentKind, type EncodingChoice } from './sniff';

export { charsetFromContentType, type DocumentKind } from './sniff';

export interface DecodeOptions {
  contentType?: string;
  kind: DocumentKind;
}

/** The document's charset and where its text starts (after a BOM). */
export function chooseCharset(bytes: Uint8Array, opts: DecodeOptions): EncodingChoice {
  return chooseEncoding(bytes, opts.kind, opts.contentType);
}

/** A streaming decoder: `write` a piece, `end` for what a cut sequence left over. */
interface PieceDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

/** A decoder for `charset` that leaves a BOM alone (it was skipped already) and replaces bad bytes. */
function decoderFor(charset: string): PieceDecoder {
  if (charset === 'utf-8') {
    // Node's own decoder: the common case, measured ~1.4x faster here than the streaming TextDecoder
    const d = new StringDecoder('utf8');
    return { write: (b) => d.write(b), end: () => d.end() };
  }
  if (!isWhatwgEncoding(charset)) {
    const d = iconv.getDecoder(charset, { stripBOM: false });
    return { write: (b) => d.write(Buffer.from(b.buffer, b.byteOffset, b.byteLength)), end: () => d.end() ?? '' };
  }
  const d = new TextDecoder(charset, { ignoreBOM: true });
  return { write: (b) => d.decode(b, { stream: true }), end: () => d.decode() };
}

/** Chooses the document's charset and decodes it; the text never starts with a BOM. */
export function decodeBody(bytes: Uint8Array, opts: DecodeOptions): { text: string; charset: string } {
  const { charset, start } = chooseCharset(bytes, opts);
  const decoder = decoderFor(charset);
  return { text: decoder.write(start > 0 ? bytes.subarray(start) : bytes) + decoder.end(), charset };
}

/** Decodes an HTML page by the WHATWG encoding sniffing algorithm (`contentType`: the HTTP header). */
export function decodeHtml(bytes: Uint8Array, contentType?: string): string {
  return decodeBody(bytes, { kind: 'html', contentType }).text;
}

/** Decodes an XML document (feed, NITF, NewsML-G2): BOM, declaration, header, windows-1252. */
export function decodeXml(bytes: Uint8Array, contentType?: string): string {
  return decodeBody(bytes, { kind: 'xml', contentType }).text;
}

/** A Content-Type naming `charset`: the header's media type (or `fallbackType`) with its charset replaced. */
export function withCharset(contentType: string | undefined, charset: string, fallbackType = 'application/xml'): string {
  const base = (contentType ?? fallbackType).split(';')[0]!.trim() || fallbackType;
  return `${base}; charset=${charset}`;
}

/**
 * The same text as decodeBody, in pieces of about `chunkBytes` input bytes, so that a large body is
 * never held decoded all at once. Multi-byte sequences cut by a piece boundary are carried over by
 * the streaming decoder.
 */
export function* decodeBodyChunks(bytes: Uint8Array, opts: DecodeOptions, chunkBytes: number): Generator<string, void, void> {
  const { charset, start } = chooseCharset(bytes, opts);
  const decoder = decoderFor(charset);
  for (let i = start; i < bytes.length; i += chunkBytes) {
    const text = decoder.write(bytes.subarray(i, Math.min(bytes.length, i + chunkBytes)));
    if (text !== '') yield text;
  }
  const tail = decoder.end();
  if (tail !== '') yield tail;
}
