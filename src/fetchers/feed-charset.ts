/**
 * Servers often stamp a blanket charset (utf-8, iso-8859-1) on every response, while the feed's
 * own XML declaration names the real one. For feed bodies the declaration is the better witness,
 * so when the two disagree we pass the declared charset to the parser. Pure.
 */
import { isUtf8 } from 'node:buffer';
import { charsetFromContentType, normalizeCharset } from '../text/charset';

/** How far into the body the XML declaration is looked for. */
const PROLOG_BYTES = 512;

/** The XML declaration's encoding label, if the body starts with one. */
function prologCharset(body: Buffer): string | null {
  const head = body.subarray(0, PROLOG_BYTES).toString('latin1');
  return /^(?:\ufeff|\xef\xbb\xbf)?\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1] ?? null;
}

/**
 * The Content-Type to decode a feed body with: the header's, unless the XML declaration names a
 * different charset that the bytes support (a body that is not valid UTF-8 cannot be UTF-8).
 */
export function feedContentType(body: Buffer, contentType: string | undefined): string | undefined {
  const header = normalizeCharset(charsetFromContentType(contentType));
  const declared = normalizeCharset(prologCharset(body));
  if (!header || !declared || header === declared) return contentType;
  if (declared.startsWith('utf-16')) return contentType; // a UTF-16 body is found by its bytes
  if (declared === 'utf-8' && !isUtf8(body)) return contentType;
  if (header === 'utf-8' && isUtf8(body) && declared !== 'utf-8') return contentType; // valid UTF-8: trust the header
  const base = (contentType ?? 'application/xml').split(';')[0]!.trim();
  return `${base}; charset=${declared}`;
}
