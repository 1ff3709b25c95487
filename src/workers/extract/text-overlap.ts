/**
 * How much of one text another holds, by runs of words: what the extractor's candidates (its own story, Readability's,
 * the jusText classifier's) are compared with, instead of their lengths alone. Pure.
 */

/** Runs of this many words: long enough that stock phrases ("one of the") do not match across texts, as the body score's 4-word shingles. */
const RUN_WORDS = 4;
const WORD = /[\p{L}\p{N}_]+/gu;

/** The texts' runs of RUN_WORDS words (a text shorter than that is one run). */
export function wordRuns(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    const words = text.toLowerCase().match(WORD) ?? [];
    const last = Math.max(1, words.length - RUN_WORDS + 1);
    for (let i = 0; i < last && words.length; i++) out.add(words.slice(i, i + RUN_WORDS).join(' '));
  }
  return out;
}

/** The share of `part`'s runs that `whole` holds (1 for an empty part: nothing is missing). */
export function heldShare(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (!part.size) return 1;
  let n = 0;
  for (const r of part) if (whole.has(r)) n++;
  return n / part.size;
}

/** The runs of `a` that `b` lacks. */
export function runsBeyond(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const r of a) if (!b.has(r)) out.add(r);
  return out;
}
