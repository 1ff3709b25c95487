/** A hash of normalized article text: the same story text from two outlets hashes the same. */
import { createHash } from 'node:crypto';

/** sha256 (hex, 32 chars) of the text lower-cased with punctuation and whitespace folded. */
export function contentHashOf(text: string): string {
  const norm = text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return createHash('sha256').update(norm).digest('hex').slice(0, 32);
}
