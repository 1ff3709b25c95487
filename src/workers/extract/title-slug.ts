/**
 * The URL's slug as evidence for the headline. Most CMSs write the last segment of a story's address from its headline at
 * publication ("/item/214-der-alte-backofen-am-dorfplatz-brennt-wieder", "/2026/12/harbour-wall-repairs-begin"): a
 * heading whose words hold the slug's is the story's own, wherever the page printed it and whatever its <title> says
 * (a club's site titled "Verein - Aktuelles" over an h2 headline). Pure.
 */

/** A slug of fewer words is an id or a section ("/news/12345", "/about-us"), not a headline. */
const MIN_SLUG_WORDS = 3;
/** A slug word this long also matches a longer word it begins (slugs shorten or drop an ending: "schritte" for "Schritten"). */
const MIN_STEM_CHARS = 5;
/** The share of the slug's words a heading must hold (slugs drop or shorten a word now and then). */
const MIN_SLUG_SHARE = 0.75;
/**
 * A heading holding the slug's words is no headline when it has more words than this many per slug word, nor more than
 * MAX_HEADING_WORDS: it is a box around the story (a Liferay asset's "no-title" div holding the headline, the story
 * and its record table), whose text holds any of its words.
 */
const MAX_WORDS_PER_SLUG_WORD = 3;
const MAX_HEADING_WORDS = 60;

/** The slug's words, folded (lower case, accents dropped), without numeric ids and a file extension; [] when it is no headline. */
export function slugWords(url: string): string[] {
  let segment: string;
  try {
    segment = decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '');
  } catch {
    return [];
  }
  const words = segment
    .replace(/\.[a-z]{2,5}$/iu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .map(foldAccents)
    .filter((w) => w && !/^\d+$/u.test(w));
  return words.length >= MIN_SLUG_WORDS ? words : [];
}

/** True when `heading` holds at least MIN_SLUG_SHARE of the slug's words (spelt as slugs spell them: "fünf" as "funf" or "fuenf"; see MIN_STEM_CHARS). */
export function matchesSlug(heading: string, slug: string[]): boolean {
  if (!slug.length) return false;
  const split = heading.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  if (split.length > Math.max(MAX_HEADING_WORDS, slug.length * MAX_WORDS_PER_SLUG_WORD)) return false;
  const words = new Set<string>();
  for (const w of split) {
    if (!w) continue;
    words.add(foldAccents(w));
    words.add(foldAccents(transliterate(w)));
  }
  const held = slug.filter((w) => words.has(w) || (w.length >= MIN_STEM_CHARS && [...words].some((h) => h.startsWith(w)))).length;
  return held >= MIN_SLUG_WORDS && held >= slug.length * MIN_SLUG_SHARE;
}

function foldAccents(w: string): string {
  return w
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/ß/gu, 'ss');
}

/** German umlauts as slugs often write them ("fuenf", "bruecke"). */
function transliterate(w: string): string {
  return w.replace(/ä/gu, 'ae').replace(/ö/gu, 'oe').replace(/ü/gu, 'ue');
}
