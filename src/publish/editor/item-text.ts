/** Text helpers for the desk's pages: ages, queue excerpts, and whether a feed summary repeats the body. Pure. */
import { firstWords, stripTags } from '../../policy/rights';

/** Words of a queue card's excerpt: two lines on a phone, three on a desk. */
export const QUEUE_EXCERPT_WORDS = 40;

/** How long ago `d` was, for people: "just now", "12 min ago", "3 h ago", "2 d ago". */
export function formatAge(d: Date | string | null | undefined, now: Date): string {
  if (!d) return '';
  const min = Math.floor((now.getTime() - new Date(d).getTime()) / 60_000);
  if (min < 1) return 'just now';
  if (min < 60) return `${min} min ago`;
  if (min < 48 * 60) return `${Math.floor(min / 60)} h ago`;
  return `${Math.floor(min / 1440)} d ago`;
}

/** Lowercase words only, so markup, punctuation, ellipses and spacing do not count. */
function words(s: string): string[] {
  return stripTags(s)
    .toLowerCase()
    .replace(/\b(?:read more|continue reading)\b.*$/, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * True when a feed summary only repeats the start of the body (often cut with "…" or "[…]"), so
 * the page shows it once. The summary's last word may be cut, so it is not compared.
 */
export function summaryRepeatsBody(summary: string | null, body: string | null): boolean {
  if (!summary || !body) return false;
  const s = words(summary);
  const b = words(body.slice(0, summary.length * 2 + 200));
  const head = s.length > 3 ? s.slice(0, -1) : s;
  return head.length > 0 && head.every((w, i) => b[i] === w);
}

/** A card's excerpt: the summary's text, else the text's first words (`textIsPrefix`: the text was cut). */
export function queueExcerpt(summary: string | null, textStart: string | null, textIsPrefix: boolean): string {
  const fromSummary = summary ? stripTags(summary) : '';
  return firstWords(fromSummary || textStart || '', QUEUE_EXCERPT_WORDS, !fromSummary && textIsPrefix);
}
