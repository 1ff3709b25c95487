/**
 * Stopword lists for the jusText-style classifier (justext.ts): the stopwords-iso collection (MIT, 58 languages), loaded
 * on first use only, since the classifier runs only on the few pages whose own story looks poor. Pure.
 */
import { lazy } from '../../core/lazy';
import { primaryLanguage } from '../../core/lang';

/** A language's stopwords, lower-cased. */
export type Stoplist = ReadonlySet<string>;

/** stopwords-iso's one JSON file: ISO 639-1 code → words. Required lazily: most pages never need it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const lists = lazy(() => require('stopwords-iso') as Record<string, string[]>);

/** Each language's list as a set, made when first asked for (all 58 at once cost ~20 ms). */
const sets = new Map<string, Set<string>>();
function setOf(code: string): Set<string> | null {
  const words = Object.hasOwn(lists(), code) ? lists()[code] : undefined;
  if (!words) return null;
  let set = sets.get(code);
  if (!set) sets.set(code, (set = new Set(words.map((w) => w.toLowerCase()))));
  return set;
}

/** Every word's languages: one lookup per word finds all its lists at once (made only for pages that declare no language). */
const languagesOf = lazy(() => {
  const out = new Map<string, string[]>();
  for (const [code, words] of Object.entries(lists()))
    for (const w of new Set(words.map((x) => x.toLowerCase()))) out.set(w, [...(out.get(w) ?? []), code]);
  return out;
});

/**
 * The stoplist of a page's declared language ("en-GB", og:locale's "pt_BR", "DE"), or null when none is declared or
 * the collection has no list for it.
 */
export function stoplistForLang(lang: string | null | undefined): Stoplist | null {
  const code = primaryLanguage(lang);
  return code ? setOf(code) : null;
}

/**
 * The stoplist under which `words` (lower-cased) hold the most stopwords: the page's language when it declares none, as
 * jusText's users do when the language is unknown. Null when no word is a stopword anywhere (a script without spaces
 * between words, or no text).
 */
export function likeliestStoplist(words: readonly string[]): Stoplist | null {
  const index = languagesOf();
  const counts = new Map<string, number>();
  for (const w of words) for (const code of index.get(w) ?? []) counts.set(code, (counts.get(code) ?? 0) + 1);
  let best: string | null = null;
  let most = 0;
  counts.forEach((n, code) => {
    if (n > most) [best, most] = [code, n];
  });
  return best ? setOf(best) : null;
}
