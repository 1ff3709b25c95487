/** Plain-text helpers: whitespace, Unicode normalization, paragraphs, excerpt and word count. Pure. */
import {
  BLOCK_TAGS,
  DomElement,
  DomNode,
  NON_CONTENT_TAGS,
  SUBHEADING_TAGS,
  boundedTextRaw,
  classAndId,
  closest,
  hasChildren,
  isElement,
  hasElement,
} from './dom';
import { MAX_CREDITED_CAPTION_CHARS, MAX_CREDIT_LINE_CHARS, endsWithPhotoCredit, isPhotoCreditLine } from './photo-credit';

/** An excerpt stops at this many characters: a teaser, not a second body. */
const EXCERPT_MAX_CHARS = 300;
/** An excerpt holds at most this many sentences. */
const EXCERPT_MAX_SENTENCES = 2;

/** Collapses runs of whitespace (incl. NBSP and zero-width) to one space and trims; NFC. */
export function cleanText(s: string): string {
  // Each step is tested first: most strings need none, and the replacements cost ~1 µs per call. One search tells
  // whether any of the three steps on rare characters may apply (tidying whitespace adds none).
  const rare = RARE.test(s);
  if (rare && ZERO_WIDTH.test(s)) s = s.replace(ZERO_WIDTH_ALL, '');
  if (rare && JOINER.test(s)) s = s.replace(STRAY_JOINER, '');
  if (isUntidy(s)) s = s.replace(UNTIDY_RUN, ' ').trim(); // \s covers NBSP, U+2000–200A, U+3000 …
  if (rare && MAY_CHANGE_UNDER_NFC.test(s)) s = s.normalize('NFC');
  return s;
}

/** The characters ZERO_WIDTH, JOINER and MAY_CHANGE_UNDER_NFC match, in one class: a string without any (most Latin text) needs none of those steps. */
const RARE = /[^\x00-\u00ac\u00ae-\u02ff\u2002-\u200a\u200e-\u205f\u2061-\u206f]/;
/** Zero-width space, word joiner, byte-order mark and soft hyphen: invisible, and never part of a word as read. */
const ZERO_WIDTH = /[\u200b\u2060\ufeff\u00ad]/;
const ZERO_WIDTH_ALL = /[\u200b\u2060\ufeff\u00ad]/g;
/**
 * The zero-width non-joiner and joiner are letters' business in Persian, Urdu and the Indic scripts ("جیره‌بندی",
 * "نیک‌زاد") and in emoji sequences: kept between such characters, dropped next to a space, an ASCII character or an
 * end, where a template left them.
 */
const JOINER = /[\u200c\u200d]/;
const STRAY_JOINER = /[\u200c\u200d]+(?=[\s\x00-\x7f]|$)|(?<=^|[\s\x00-\x7f])[\u200c\u200d]+/g;
/**
 * Two spaces in a row, any whitespace but a plain space, or space at either end: a plain space at an end, else a search
 * for whitespace that is not a plain space or follows one (whitespace at an end that is no plain space is such). The
 * search is a quarter cheaper than `/\s\s|[^\S ]|^\s|\s$/` on text that needs no tidying.
 */
function isUntidy(s: string): boolean {
  return s.charCodeAt(0) === SPACE || s.charCodeAt(s.length - 1) === SPACE || UNTIDY_SPACE.test(s);
}
const SPACE = 0x20;
const UNTIDY_SPACE = /[^\S ]| \s/;
/**
 * The whitespace runs that are not a lone plain space: what `/\s+/g` turns into one space, without matching (and
 * rebuilding) each single space between words, which made the replace 3× slower on a paragraph.
 */
const UNTIDY_RUN = /(?: (?=\s)|[^\S ])\s*/g;
/** Characters below U+0300 and U+2002–206F (quotes, dashes) are NFC-stable on their own (NFC_QC=Yes, no combining). */
const MAY_CHANGE_UNDER_NFC = /[^\x00-\u02ff\u2002-\u206f]/;

/** A paragraph of text and the innermost block element it came from. */
export interface Segment {
  text: string;
  node: DomNode;
}

/** Captions describe pictures, not the story: left out of the plain text (the HTML keeps them). */
const TEXT_IGNORED_TAGS = new Set(['figcaption']);

/** Class/id words of picture captions and credits outside <figcaption> ("newsCaption", "image-credit", German "bildunterschrift", French "legende-photo"). */
const CAPTION_CLASS = /caption|(?:image|photo|picture)-?credit|bildunterschrift|l[eé]gende/;

/** A picture's caption or credit: <figcaption>, a block whose class says caption, or the line beside a picture in a figure built of divs. */
export function isCaption(el: DomElement): boolean {
  if (TEXT_IGNORED_TAGS.has(el.name)) return true;
  const ci = classAndId(el);
  if (ci !== '' && CAPTION_CLASS.test(ci) && el.name !== 'article' && el.name !== 'body' && el.name !== 'main') return true;
  if ((el.name === 'div' || el.name === 'span') && isBuiltCaption(el)) return true;
  // A paragraph beside a picture may be the story's (a listicle's step), above a credit line it is a caption
  if (el.name === 'p' && isBuiltCaption(el, true)) return true;
  return CREDITED_TAGS.has(el.name) && isCredited(el);
}

/** Elements read for a credit in their words: a caption's or a credit's line. */
const CREDITED_TAGS = new Set(['p', 'div', 'span', 'small', 'cite']);

/**
 * A single line that is a picture's credit ("Natalie Naccache | Bloomberg | Getty Images", "Foto: dpa") or a caption that
 * closes with one ("… in Hialeah, Fla. (AP Photo/Alan Diaz, File)"): whatever its class, not the story's text.
 */
function isCredited(el: DomElement): boolean {
  const line = singleLine(el, MAX_CREDITED_CAPTION_CHARS);
  return !!line && (isPhotoCreditLine(line) || endsWithPhotoCredit(line));
}

/** A credit line alone in its element, beside a caption in a figure built of divs. */
function isCreditLineBox(el: DomElement): boolean {
  const line = singleLine(el, MAX_CREDIT_LINE_CHARS);
  return !!line && isPhotoCreditLine(line);
}

/** The element's text as one cleaned line, when no block breaks it and it is at most `max` characters; else null. */
function singleLine(el: DomElement, max: number): string | null {
  const text = boundedTextRaw(el, max);
  return text && !hasTag(el, MULTI_LINE_TAGS) ? cleanText(text) : null;
}

/** A caption is one line of at most this many characters (a standfirst or a brief's text runs longer). */
const MAX_CAPTION_CHARS = 300;
/** A figure built of divs holds its picture, its caption and a credit: at most this many children. */
const MAX_FIGURE_CHILDREN = 4;
/** Beside the caption the figure may print a credit ("Image copyright EPA", "Photo: Name/Agency via Getty Images") of at most this many characters. */
const MAX_CREDIT_CHARS = 60;
/** Tags of a picture; a lazy-loaded one may be an empty element with `data-src` until a script fills it. */
const MEDIA_TAGS = new Set(['img', 'picture', 'video', 'iframe']);
/** Tags that make a block more than one line. */
const MULTI_LINE_TAGS = new Set(['p', 'br', 'div', 'ul', 'ol', 'li', 'table', 'blockquote', 'h1', ...SUBHEADING_TAGS]);
/** Nor is a caption a link, or a line holding one: a byline beside the author's photo links the author ("Written by <a>…</a>"). */
const LINE_BREAKERS = new Set([...MULTI_LINE_TAGS, 'a']);

/**
 * A <figure> and <figcaption> built of divs (old CMSs, sites without HTML5 sectioning): a single short line below a
 * picture, in a small box (its parent or grandparent) that holds nothing else but an inline credit; or a line, even a long
 * one, above a credit line ("Jane Roe | Bloomberg | Getty Images") where the picture is a lazy-loaded placeholder. A step's
 * title above its picture or a paragraph beside it is not one (`creditedOnly`: a <p> is read only above a credit line); a
 * label inside a link is a teaser's, a line holding a link beside a portrait a byline. Inside a real <figure> the
 * <figcaption> says which line is the caption, so the rule stays out.
 */
function isBuiltCaption(el: DomElement, creditedOnly = false): boolean {
  if (!isSmallBox(el.parent)) return false; // most divs and spans: told before their text is read (isCaption runs on each)
  const text = boundedTextRaw(el, MAX_CREDITED_CAPTION_CHARS);
  const line = text ? cleanText(text) : '';
  if (!line || hasTag(el, LINE_BREAKERS) || closest(el, 'figure') || closest(el, 'a')) return false;
  const long = line.length > MAX_CAPTION_CHARS; // a caption so long is told by the credit line under it only
  let inner: DomElement = el;
  let box: DomNode | null = el.parent;
  for (let up = 0; up < 2; up++) {
    if (!isSmallBox(box)) return false;
    const kids = box.children.filter(isElement);
    const at = kids.indexOf(inner);
    const pictures = kids.slice(0, at).filter(isPictureBox);
    const credits = kids.slice(at + 1).filter(isCreditLineBox);
    if (!kids.every((k) => k === inner || pictures.includes(k) || credits.includes(k) || isCredit(k))) return false;
    // Below its picture, or above a credit line (the picture lazy-loaded: an empty placeholder until a script fills it)
    if ((pictures.length && !long && !creditedOnly) || credits.length) return true;
    inner = box;
    box = box.parent;
  }
  return false;
}

/** A box that can be a figure built of divs: an element other than the page's roots, with few children and no loose text. */
function isSmallBox(box: DomNode | null | undefined): box is DomElement {
  if (!isElement(box) || box.name === 'body' || box.name === 'main' || box.name === 'article') return false;
  let kids = 0;
  for (const c of box.children) {
    // told at the fifth element: a story's container of many paragraphs is asked once per paragraph
    if (isElement(c)) {
      if (++kids > MAX_FIGURE_CHILDREN) return false;
    } else if (c.type === 'text' && (c.data ?? '').trim()) return false;
  }
  return true;
}

/** A credit beside a caption: a short inline element ("<cite>Name/Agency</cite>"), not a block of text of its own. */
function isCredit(el: DomElement): boolean {
  return !BLOCK_TAGS.has(el.name) && boundedTextRaw(el, MAX_CREDIT_CHARS) !== null && !hasTag(el, MULTI_LINE_TAGS);
}

/**
 * A picture (or a box around one) with at most a credit's text. The text is looked at first: it stops at the credit's
 * length, where the search for a picture walks the whole of a story's container that has none (asked of every block).
 */
function isPictureBox(el: DomElement): boolean {
  return boundedTextRaw(el, MAX_CREDIT_CHARS) !== null && (isPicture(el) || hasElement(el, isPicture));
}

function hasTag(root: DomElement, tags: Set<string>): boolean {
  return hasElement(root, (el) => tags.has(el.name));
}

/** An icon, a spacer GIF or a tracking pixel is declared this small; a picture that gets a caption is larger. */
const MAX_ICON_PX = 32;

function isPicture(el: DomElement): boolean {
  if (!MEDIA_TAGS.has(el.name) && el.attribs['data-src'] === undefined) return false;
  const small = (v: string | undefined) => v !== undefined && /^\d+$/.test(v.trim()) && Number(v) <= MAX_ICON_PX;
  return !small(el.attribs.width) && !small(el.attribs.height);
}

/** Media players, whose text is their fallback for a browser without them ("Your browser doesn't support HTML5 audio."). */
const PLAYERS = new Set(['audio', 'video', 'amp-audio', 'amp-video']);

/** The paragraphs of a subtree: text broken at block elements, cleaned, empty ones dropped. */
export function blockSegments(root: DomNode, skip?: Set<DomNode>): Segment[] {
  const out: Segment[] = [];
  let buf = '';
  let current: DomNode = root;
  const flush = (): void => {
    const t = cleanText(buf);
    if (t) out.push({ text: t, node: current });
    buf = '';
  };
  const visit = (node: DomNode): void => {
    if (node.type === 'text') {
      buf += node.data ?? '';
      return;
    }
    if (isElement(node) && node.name === 'br') return flush(); // lines apart are not one word ("FL<br>June")
    if (!hasChildren(node) || skip?.has(node)) return;
    const el = isElement(node) ? node : null;
    if (el && (NON_CONTENT_TAGS.has(el.name) || isCaption(el) || PLAYERS.has(el.name))) return; // a player's fallback text
    const block = !el || BLOCK_TAGS.has(el.name);
    const outer = current;
    if (block) (flush(), (current = node));
    for (const child of node.children) visit(child);
    if (block) (flush(), (current = outer));
  };
  visit(root);
  flush();
  return out;
}

/** The paragraphs' text only. */
export function blockParagraphs(root: DomNode, skip?: Set<DomNode>): string[] {
  return blockSegments(root, skip).map((s) => s.text);
}

/** Apostrophes, dots and hyphens between letters join them into one word. */
const JOINERS = new Set([0x27, 0x2019, 0x2e, 0x2d]);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * ASCII letters and digits by code; anything else above ASCII by its Unicode category, looked up in WORD_BLOCKS (a
 * story's curly quotes, dashes and accented letters each cost a one-character string and a search before).
 */
function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
  const block = (WORD_BLOCKS[c >> 8] ??= wordBlock(c >> 8));
  return block[c & 0xff] === 1;
}

/** LETTER_OR_DIGIT's answer for each code point of the Basic Multilingual Plane, 256 at a time, each block worked out when first met. */
const WORD_BLOCKS: Array<Uint8Array | undefined> = [];

function wordBlock(n: number): Uint8Array {
  const block = new Uint8Array(256);
  for (let k = 0; k < 256; k++) block[k] = LETTER_OR_DIGIT.test(String.fromCharCode((n << 8) | k)) ? 1 : 0;
  return block;
}

/** Words as the reader counts them: runs of letters or digits; CJK text counted per character. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // the second half of a pair, judged with the first
    if (isWordChar(c, text, i)) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && JOINERS.has(c) && i + 1 < text.length && isWordChar(text.charCodeAt(i + 1), text, i + 1))) {
      inWord = false; // "don't", "U.S." and "well-known" stay one word
    }
  }
  if (!/[\u3040-\u30ff\u3400-\u9fff]/.test(text)) return words;
  return words + (text.match(/[\u3040-\u30ff\u3400-\u9fff]/g)?.length ?? 0);
}

/** The first sentences of the text, at most EXCERPT_MAX_SENTENCES and EXCERPT_MAX_CHARS. */
export function makeExcerpt(text: string): string {
  const first = text.split('\n\n').find((p) => p.length > 0) ?? '';
  const sentences = first.match(/[^.!?。]+(?:[.!?。]+["'”’)]*\s*|$)/g) ?? [first];
  let out = '';
  for (const s of sentences.slice(0, EXCERPT_MAX_SENTENCES)) {
    if ((out + s).trim().length > EXCERPT_MAX_CHARS) break;
    out += s;
  }
  out = out.trim();
  if (out) return out;
  return truncateWords(first, EXCERPT_MAX_CHARS);
}

/** Cuts at a word boundary below `max` characters and adds an ellipsis. */
export function truncateWords(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).trimEnd() + '…';
}
