/** Decides whether an article duplicates one of its LSH candidates. Pure: values in, a verdict out. */
import { estimateJaccard } from './fingerprint';

/**
 * Estimated 5-shingle Jaccard at or above which two texts are the same story, chosen by measurement
 * (README.md): heavy rewrites of one story measure 0.17–0.35 (1st percentile 0.17); different stories on the
 * same topic (same names and vocabulary, one shared quote) at most 0.022. With k = 128 the estimate's
 * standard error is 0.013 at J = 0.022 and 0.033 at J = 0.17, so 0.10 is 6 errors above the first, 2 below the second.
 */
export const NEAR_DUPLICATE_JACCARD = 0.1;

/**
 * Texts with fewer comparison words are never called duplicates here: an empty or failed extraction, or
 * a one-line teaser ("Click to read the full story"), would otherwise merge unrelated stories; the URL and
 * guid checks still catch their copies. 20 words give 16 five-word shingles.
 */
export const MIN_MATCH_WORDS = 20;

/** A stored article that shares at least one LSH band with the incoming one. */
export interface DedupeCandidate {
  readonly itemId: string;
  /** contentHash of the stored text. */
  readonly hash: string;
  readonly signature: Uint32Array;
}

/** The verdict: an exact copy, a near copy with its estimated similarity, or no duplicate. */
export type DedupeMatch =
  | { readonly kind: 'exact'; readonly itemId: string; readonly similarity: 1 }
  | { readonly kind: 'near'; readonly itemId: string; readonly similarity: number }
  | { readonly kind: 'none' };

/**
 * None for texts under MIN_MATCH_WORDS; exact when a candidate has the same content hash; else the most similar candidate at or above the
 * threshold (ties go to the earlier candidate: pass the oldest first so the original wins); else none.
 */
export function matchCandidates(
  incoming: { readonly hash: string; readonly signature: Uint32Array; readonly words: number },
  candidates: readonly DedupeCandidate[],
  threshold: number = NEAR_DUPLICATE_JACCARD,
): DedupeMatch {
  if (incoming.words < MIN_MATCH_WORDS) return { kind: 'none' };
  const exact = candidates.find((c) => c.hash === incoming.hash);
  if (exact) return { kind: 'exact', itemId: exact.itemId, similarity: 1 };
  let best: { itemId: string; similarity: number } | undefined;
  for (const c of candidates) {
    if (c.signature.length !== incoming.signature.length) continue;
    const similarity = estimateJaccard(incoming.signature, c.signature);
    if (similarity >= threshold && (!best || similarity > best.similarity)) best = { itemId: c.itemId, similarity };
  }
  return best ? { kind: 'near', ...best } : { kind: 'none' };
}
