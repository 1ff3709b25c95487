/**
 * The words a page names its sections with: the links of its navigation menus and breadcrumbs, its category and tag links,
 * and its structured sections and keywords. A name-shaped string made of them alone ("Wirtschaft Sport", "Sport, Vereine"
 * read as an inverted name, "Cronaca Attualità") is a section's label, not a person, in any language: word lists of
 * common words do not hold a newspaper's section names. Pure; the page's words are read once, and only for a name that
 * does not open with a popular given name.
 */
import { DomElement, hintWords, rawText, walkElements } from './dom';
import { PageFacts } from './collect';
import { cleanText } from './text';
import { opensWithGivenName } from './name-lexicon';

/** Class/id words of a navigation menu or a breadcrumb trail. */
const NAV_HINT = /(?:^|[\s_-])(?:breadcrumbs?|crumbs?|migas|fil-ariane|brotkruemel|cat-links|tags-links)(?:$|[\s_-])/;
/** An author's own menu or profile links ("author-menu", "byline-nav") name the author: not read. */
const AUTHOR_HINT = /auth|byline|autor|auteur/;
/** A link's rel naming a taxonomy (WordPress's "category tag", the microformat's "tag"). */
const TAXONOMY_REL = /(?:^|\s)(?:tag|category)(?:\s|$)/i;
/** A section's label is a few words; a longer link is a story's headline. */
const MAX_LABEL_WORDS = 3;
const MAX_LABEL_CHARS = 40;

/**
 * The name is made only of the page's section words, gathered from two labels or more: one label holding the whole name is
 * a columnist's own section or a tag naming the writer ("Tanza Loudenback" among a story's tags), not the sign of a
 * section's label.
 */
export function namesSections(name: string, facts: PageFacts, categories: readonly string[]): boolean {
  if (opensWithGivenName(name)) return false;
  const words = wordsOf(name);
  if (words.length < 2) return false;
  const labels = sectionLabels(facts, categories);
  if (!words.every((w) => labels.some((l) => l.includes(w)))) return false;
  return !labels.some((l) => words.every((w) => l.includes(w)));
}

function wordsOf(text: string): string[] {
  return cleanText(text)
    .toLowerCase()
    .split(/[\s,/|·›»>]+/u)
    .filter(Boolean);
}

const SECTION_LABELS = new WeakMap<PageFacts, string[][]>();

/** The page's section labels, each as its words. */
function sectionLabels(facts: PageFacts, categories: readonly string[]): string[][] {
  let labels = SECTION_LABELS.get(facts);
  if (labels) return labels;
  const found: string[][] = [];
  const add = (label: string) => {
    const w = wordsOf(label);
    if (w.length && w.length <= MAX_LABEL_WORDS && label.length <= MAX_LABEL_CHARS) found.push(w);
  };
  categories.forEach(add);
  if (facts.body) {
    walkElements(facts.body, (el) => {
      const hints = hintWords(el);
      if (AUTHOR_HINT.test(hints)) return false;
      if (NAV_HINT.test(hints)) {
        linksOf(el).forEach((a) => add(rawText(a)));
        return false;
      }
      if (isTaxonomyLink(el)) add(rawText(el));
      return true;
    });
  }
  labels = found;
  SECTION_LABELS.set(facts, labels);
  return labels;
}

/** A category's or tag's link (rel="category tag", rel="tag"): it names a section, never a writer. */
export function isTaxonomyLink(el: DomElement): boolean {
  return el.name === 'a' && TAXONOMY_REL.test(el.attribs.rel ?? '');
}

function linksOf(el: DomElement): DomElement[] {
  const out: DomElement[] = [];
  walkElements(el, (c) => {
    if (c.name === 'a') out.push(c);
    return c.name !== 'a';
  });
  return out;
}
