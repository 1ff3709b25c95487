/** Text normalization for duplicate comparison and the exact-text hash. Pure. */
import { createHash } from 'node:crypto';

/**
 * Lines with fewer words than this are dropped before comparison: portal chrome ("Leave a Reply",
 * "Source: RT NEWS", "2 min read", "Read more", share buttons, bylines, dates). Longer chrome (comment
 * forms, copyright footers) stays and only lowers the similarity a little.
 */
export const MIN_LINE_WORDS = 6;

/** If dropping short lines would keep less than this share of the words, keep every line (a list-like text). */
const MIN_KEPT_SHARE = 0.5;

/** Apostrophe look-alikes NFKC leaves alone (’ ‘ ′ ´ `): folded to ' so "Russia’s" and "Russia's" match. */
const TYPOGRAPHIC = /[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g;

/** A word: letters and digits, with apostrophes allowed inside ("don't", "o'neill") but not at the edges. */
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** Splits one line into comparison words: NFKC, lower case, punctuation folded, edge apostrophes removed. */
export function wordsOfLine(line: string): string[] {
  return line.normalize('NFKC').toLowerCase().replace(TYPOGRAPHIC, "'").match(WORD) ?? [];
}

/** The comparison words of a text: short (boilerplate-ish) lines dropped unless that would drop most of it. */
export function comparisonWords(text: string): string[] {
  const lines = text.split(/\r?\n/).map(wordsOfLine);
  const all = lines.flat();
  const kept = lines.filter((l) => l.length >= MIN_LINE_WORDS).flat();
  return kept.length >= all.length * MIN_KEPT_SHARE ? kept : all;
}

/** The normalized text two copies share when they differ only in case, punctuation, spacing or chrome lines. */
export function normalizeText(text: string): string {
  return comparisonWords(text).join(' ');
}

/** Stable hex SHA-256 of the normalized text: the exact-duplicate key (one crypto hash per document). */
export function contentHash(text: string): string {
  return hashWords(comparisonWords(text));
}

/** contentHash over words already produced by comparisonWords (saves normalizing twice). */
export function hashWords(words: readonly string[]): string {
  return createHash('sha256').update(words.join(' '), 'utf8').digest('hex');
}
