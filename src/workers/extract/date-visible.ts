/**
 * A publication day printed on the page, for pages without structured dates: the text right after the
 * headline, byline boxes and date-marked elements, outside comments and related stories. A date
 * labelled "Published"/"Veröffentlicht"/"Publié" wins over an unlabelled one; "Updated" ones are skipped.
 */
import { DomElement, DomNode, boundedText, classAndId, closest, findAll, hasChildren, isInside, nextSibling, rawText } from './dom';
import { PageFacts, isOwnFooter } from './collect';
import { TextDate, findTextDates, labelRole } from './date-text';
import { isCaption } from './text';

/** Characters read after the headline: the byline and dateline, not the story's own dates. */
const AFTER_HEADLINE_CHARS = 220;
/** Characters read after the headline for a date labelled as the publication's (labelledAfterHeadline). */
const LABELLED_AFTER_HEADLINE_CHARS = 600;
/** Characters read before the headline, in its own block: a kicker line with author and date. */
const BEFORE_HEADLINE_CHARS = 120;
/** A date element longer than this is a container (a list of stories), not a date line. */
const MAX_DATED_CHARS = 200;
/** Byline boxes and date elements looked at. */
const MAX_ELEMENTS = 12;
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/** Ancestors looked at when deciding whether a date sits in a comment, a related story or page chrome. */
const MAX_ANCESTORS = 12;
/**
 * Class words of comments and related stories in the languages read ("kommentare", "komentarze", "kommentarer",
 * "comentarios", "reacties", "yorumlar"; "correlati", "relacionadas", "gerelateerd", "polecane", "czytaj-tez", "leia-tambem",
 * "ilgili", "relaterade"): other stories' or readers' bylines and dates. The pattern source both NOISE_HINT and byline-place's
 * FOREIGN_ZONE start with.
 */
export const OTHERS_WORDS =
  'comment|komment|koment|coment|reacties|reakcje|yorum|correlat|relacionad|gerelateerd|powiazane|polecane|czytaj|leggi-?anche|lees-?ook|leia-?tambem|veja-?tambem|ilgili|relaterad|relatert|las-?ocksa|les-?ogsa|po-?teme';
/**
 * Containers whose dates belong to something else: comments and related stories (OTHERS_WORDS), sidebars, page chrome
 * (and READER_REVIEWS). "respond"/"responses" (WordPress's comment form, a thread's replies), not "responsive" (a layout). Not Drupal's "node--promoted" / "node-promoted": the story's own node, promoted to the front page;
 * nor Elementor's "elementor-widget", the page builder's wrapper of every block (the post's meta line too).
 */
const NOISE_HINT = new RegExp(
  `${OTHERS_WORDS}|reply|respon(?:d|se)|discussion|disqus|related|recommend|popular|trending|more-(?:stories|news|from)|read-?more|also|sidebar|(?<!elementor-)widget|teaser|(?<!node-{1,2})promo|newsletter|outbrain|taboola|(?:^|[\\s_-])rail|masthead|top-?bar|site-header|breadcrumb|footer|copyright`,
);
/**
 * A list of readers' reviews or ratings, as a whole class word with at most one word before or after it ("reviews",
 * "product-reviews", "kundenbewertungen", "ratings-list"): a shop's customers' names and dates. Not a WordPress post's
 * taxonomy class ("category-reviews", "tag-ratings"), which a review article carries, nor a one-review article ("review-body").
 */
export const READER_REVIEWS =
  /(?:^|\s)(?!category-|tag-)(?:[a-z]+[-_])?(?:reviews|ratings|bewertungen|kundenbewertungen|rezensionen|avis-clients|opiniones)(?:[-_][a-z]+)?(?:\s|$)/;
const NOISE_TAGS = new Set(['footer', 'aside', 'nav']);

/** A printed publication date, and the printed update date for pages that give no other ("Stand: 14.11.2019"). */
export interface VisibleDates {
  published: string | null;
  updated: string | null;
}

/** The page's printed dates (read after `headline`, the element holding the story's headline, when known): the instant when a time and zone are printed with a date, else midnight UTC of its day. */
export function findVisibleDates(
  facts: PageFacts,
  monthFirst: boolean,
  headline: DomElement | null = null,
  urlMonth: string | null = null,
  texts: string[] = printedDateLines(facts, headline),
): VisibleDates {
  let unlabelled: TextDate | null = null;
  let updated: TextDate | null = null;
  for (const text of texts) {
    const dates = findTextDates(text, monthFirst, urlMonth);
    for (const d of dates) {
      // "Publié le 03/05/2022, mis à jour le 04/05/2022": the update printed beside the publication is kept too.
      if (d.role === 'published') return { published: isoOf(d), updated: isoOrNull(updated ?? dates.find((u) => u.role === 'modified')) };
      if (d.role === null) unlabelled ??= d;
      else updated ??= d;
    }
  }
  const labelled = unlabelled ? null : labelledAfterHeadline(facts, headline, monthFirst, urlMonth);
  if (labelled) return { published: isoOf(labelled), updated: updated && isoOf(updated) };
  return { published: unlabelled && isoOf(unlabelled), updated: updated && isoOf(updated) };
}

/**
 * A date labelled as the publication's ("Publicado: 08/04/2024", "Published March 3, 2024") further after the headline
 * than the lines read for any date: under a long standfirst and a byline box of two lines. Asked only when the page
 * printed no date at all where dates are read; the label says whose date it is, where an unlabelled date that far down is
 * as often the story's own first paragraph's.
 */
function labelledAfterHeadline(
  facts: PageFacts,
  headline: DomElement | null,
  monthFirst: boolean,
  urlMonth: string | null,
): TextDate | null {
  const h1 = storyHeadline(facts, headline);
  if (!h1) return null;
  const text = afterHeadline(h1, LABELLED_AFTER_HEADLINE_CHARS);
  return findTextDates(text, monthFirst, urlMonth).find((d) => d.role === 'published') ?? null;
}

/**
 * The texts a printed date is read from, in order: after the story's headline, before it in its block, byline boxes and
 * date elements outside comments and related stories, and the short lines of the story's header.
 */
export function printedDateLines(facts: PageFacts, headline: DomElement | null = null): string[] {
  const h1 = storyHeadline(facts, headline);
  return h1 ? [afterHeadline(h1), beforeHeadline(h1), ...elementTexts(facts), ...headerLines(h1)] : elementTexts(facts);
}

/** The element holding the story's headline: the one the headline rule chose, else the first <h1> in an <article> or <main>, else the first. */
function storyHeadline(facts: PageFacts, headline: DomElement | null): DomElement | undefined {
  return headline ?? facts.h1.find((h) => closest(h, 'article') || closest(h, 'main')) ?? facts.h1[0];
}

function isoOrNull(d: TextDate | null | undefined): string | null {
  return d ? isoOf(d) : null;
}

function isoOf(d: TextDate): string {
  return d.iso ?? `${d.day}T00:00:00.000Z`;
}

function elementTexts(facts: PageFacts): string[] {
  const els = [
    ...facts.bylines.slice(0, MAX_ELEMENTS),
    ...facts.dated.slice(0, MAX_ELEMENTS),
    ...facts.times.filter((t) => !t.attribs.datetime),
  ];
  const out: string[] = [];
  for (const el of els) {
    const text = boundedText(el, MAX_DATED_CHARS);
    if (text !== null && /\d/.test(text) && !inNoise(el)) out.push(text.replace(/\s+/g, ' '));
  }
  return out;
}

/**
 * The text that follows the story's headline in document order, up to AFTER_HEADLINE_CHARS. When the headline has its
 * own <article>, another <article> met on the way is another story's card or a comment (a "Related" grid right after
 * a short story header): its dates are not read.
 */
function afterHeadline(h1: DomElement, max = AFTER_HEADLINE_CHARS): string {
  const acc = { text: '', max, skipArticles: !!closest(h1, 'article') };
  for (let node: DomNode | null = h1; node && acc.text.length < max; node = node.parent) {
    for (let sib = nextSibling(node); sib && acc.text.length < max; sib = nextSibling(sib)) collectText(sib, acc);
  }
  return headOf(acc.text, max); // collapsed as collected
}

/**
 * The first `max` characters of a text, the word cut at the end left out: a date cut mid-way reads as another day
 * ("12.02.20" of "12.02.2024" is 12 February 2020).
 */
function headOf(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  return /\s/u.test(text[max]!) ? head : head.replace(/\S+$/u, '');
}

/** The last `max` characters of a text, the word cut at the start left out ("2.02.2024" of "12.02.2024" is 2 February). */
function tailOf(text: string, max: number): string {
  if (text.length <= max) return text;
  const tail = text.slice(-max);
  return /\s/u.test(text[text.length - max - 1]!) ? tail : tail.replace(/^\S+/u, '');
}

/** Wrappers climbed from a headline that opens its block for the block before it (TYPO3's "frame" boxes: date line, then header). */
const MAX_WRAPPERS_ABOVE = 3;
const STORY_BOUNDS = new Set(['article', 'main', 'body']);

/**
 * The end of what stands before the headline in its own block ("Von X publiziert am 25. September 2018" above the title),
 * or, when the headline opens its block, before the wrappers it opens ("<div><p>Pressemitteilung Nr. 27 | Datum:
 * 12.02.2026</p></div><div><header><h1>"), within the story's <article> or <main>.
 */
function beforeHeadline(h1: DomElement): string {
  let node: DomElement = h1;
  for (let up = 0; up <= MAX_WRAPPERS_ABOVE; up++) {
    const acc = { text: '' };
    const siblings = node.parent && hasChildren(node.parent) ? node.parent.children : [];
    for (const sib of siblings.slice(0, Math.max(0, siblings.indexOf(node)))) collectText(sib, acc);
    const text = tailOf(acc.text, BEFORE_HEADLINE_CHARS);
    const parent = node.parent;
    if (text.trim() || !parent || !isElementNode(parent) || STORY_BOUNDS.has(parent.name)) return text;
    node = parent;
  }
  return '';
}

/** The story's header: the largest block around the headline with no more text than this (headline, standfirst, byline, date line). */
const HEADER_CHARS = 1000;
/** A line of the header this short is a date or byline line, not the standfirst (which may name other days). */
const HEADER_LINE_CHARS = 80;

/**
 * The short lines after the headline in the story's own header block ("On 6/13/2018 by @lazharichir" under a standfirst
 * too long for AFTER_HEADLINE_CHARS): static-site and magazine templates put the date line last in the header.
 */
function headerLines(h1: DomElement): string[] {
  const block = storyHeader(h1);
  const out: string[] = [];
  let after = false;
  const visit = (node: DomNode): void => {
    if (node === h1) return void (after = true);
    if (!hasChildren(node) || SKIP_TAGS.has((node as DomElement).name) || isNoise(node as DomElement) || isCaption(node as DomElement))
      return;
    const text = after ? boundedText(node, HEADER_LINE_CHARS) : null;
    if (text !== null) {
      if (/\d/.test(text)) out.push(text.replace(/\s+/g, ' '));
      return;
    }
    for (const c of node.children) visit(c);
  };
  if (block !== h1) for (const c of block.children) visit(c);
  return out;
}

/** The story's header: the largest block around the headline with at most HEADER_CHARS of text (the headline itself when its parent holds the story). */
export function storyHeader(h1: DomElement): DomElement {
  let block: DomElement = h1;
  for (let up = block.parent; up && isElementNode(up) && up.name !== 'body' && boundedText(up, HEADER_CHARS) !== null; up = up.parent) {
    if (proseParagraphs(up) > 1) break; // the story's paragraphs (a short story fits in HEADER_CHARS): past the header
    block = up;
  }
  return block;
}

/** A paragraph this long is prose: the standfirst, or the story's text. */
const PROSE_CHARS = 80;

/** The number of prose paragraphs inside a block (called on blocks of at most HEADER_CHARS). */
function proseParagraphs(block: DomElement): number {
  return findAll(block, 'p').filter((p) => rawText(p).trim().length >= PROSE_CHARS).length;
}

function isElementNode(node: DomNode): node is DomElement {
  return hasChildren(node) && 'attribs' in node;
}

/**
 * Appends the visible text of `node` to `acc`, whitespace collapsed as it goes: the character budgets count what a
 * reader sees, not a template's indentation (a share bar of empty list items can hold hundreds of blanks).
 */
function collectText(node: DomNode, acc: { text: string; max?: number; skipArticles?: boolean }): void {
  if (node.type === 'text') appendText(acc, node.data ?? '');
  // A caption's date is the picture's ("In this Dec. 12, 2006, file photo"), not the story's.
  else if (
    hasChildren(node) &&
    !SKIP_TAGS.has((node as DomElement).name) &&
    !(acc.skipArticles && (node as DomElement).name === 'article') &&
    !isNoise(node as DomElement) &&
    !isCaption(node as DomElement)
  ) {
    appendText(acc, ' ');
    for (const c of node.children) {
      if (acc.text.length >= (acc.max ?? AFTER_HEADLINE_CHARS) * 2) return;
      collectText(c, acc);
    }
  }
}

function appendText(acc: { text: string }, raw: string): void {
  const text = raw.replace(/\s+/g, ' ');
  acc.text += acc.text.endsWith(' ') && text.startsWith(' ') ? text.slice(1) : text;
}

/** Characters of the line before a <time> read for its label ("Updated:", "Aktualisiert am", "Mis à jour le"). */
const LABEL_CHARS = 40;
/** Levels climbed from a <time> that opens its wrapper (`<p>Updated <span><time>…`) for the text before it. */
const LABEL_LEVELS = 2;

/**
 * True when the page prints a <time> as the update: its line labels it ("Updated <time>", "Aktualisiert am <time>"), or its
 * own text prints two days and labels the one its datetime gives ("Dec. 6, 2024, 10:00 PM / Updated Dec. 7, 2024": the
 * attribute holds the update's instant while the text shows the publication first).
 */
export function printedAsUpdate(time: DomElement, day: string | null, monthFirst: boolean): boolean {
  if (labelRole(textBefore(time)) === 'modified') return true;
  if (!day) return false;
  const own = boundedText(time, MAX_DATED_CHARS);
  const dates = own ? findTextDates(own.replace(/\s+/g, ' '), monthFirst).filter((d) => d.day === day) : [];
  return dates.length > 0 && dates.every((d) => d.role === 'modified');
}

/** The end of the text printed before `el` in its line (its siblings', and its wrapper's when it opens one). */
function textBefore(el: DomElement): string {
  let text = '';
  let node: DomNode = el;
  for (let level = 0; level <= LABEL_LEVELS && !text.trim() && node.parent; level++, node = node.parent) {
    const siblings = hasChildren(node.parent) ? node.parent.children : [];
    for (const sib of siblings.slice(0, siblings.indexOf(node)).reverse()) {
      text = (sib.type === 'text' ? (sib.data ?? '') : (boundedText(sib, LABEL_CHARS * 4) ?? '')) + text;
      if (text.length >= LABEL_CHARS) break;
    }
  }
  return text.replace(/\s+/g, ' ').slice(-LABEL_CHARS);
}

/** True when the element sits in a comment, a related-stories box, an aside, a nav or the page footer (a post's own footer is the post's). */
export function inNoise(el: DomElement, headline: DomElement | null = null): boolean {
  let node: DomElement | null = el;
  for (let i = 0; node && i < MAX_ANCESTORS; i++, node = node.parent as DomElement | null) {
    // Page-wide classes ("one-sidebar sidebar-second" on Drupal's <body>) say nothing about where the date stands.
    if (!node.attribs || node.name === 'body' || node.name === 'html') return false;
    // A container that holds the story's headline is the story's, whatever its class says (Blogger's "widget Blog").
    if (headline && isInside(headline, node)) return false;
    if (isNoise(node)) return true;
  }
  return false;
}

function isNoise(el: DomElement): boolean {
  if (NOISE_TAGS.has(el.name)) return el.name !== 'footer' || !isOwnFooter(el);
  const ci = classAndId(el);
  return !!ci && (NOISE_HINT.test(ci) || READER_REVIEWS.test(ci)) && !isOwnFooter(el);
}
