/**
 * The story's byline: a person, or nothing. Structured sources first (the article's JSON-LD author,
 * meta author, rel/itemprop author), then the visible byline nearest the headline; every candidate
 * is validated as name-shaped, and comments, related stories, footers and author boxes are not read.
 */
import {
  BLOCK_TAGS,
  DomElement,
  DomNode,
  SUBHEADING_TAGS,
  closest,
  hasChildren,
  isElement,
  isHidden,
  isInside,
  rawText,
  walkElements,
} from './dom';
import { StoryPlace, belowStory, isLinkedTitle, rankedElements } from './byline-place';
import { PageFacts } from './collect';
import { LdArticle } from './jsonld';
import { plainText } from '../../core/plain-text';
import { bylineNames, editorCreditNames } from './person-name';
import { endsWithOtherCredit } from './other-credit';
import { cleanText } from './text';
import { isChromeHeading, opensWithChromeTitle } from './boilerplate';
import { isCommentThread, isSectionTitle } from './comment-thread';
import { datelineCredit, lineCredit, nameOverDate, prefixJoined, prefixedLines, withLabelled } from './byline-line';

/** Meta keys naming the author, most specific first (article:author only when it is not a URL). */
const AUTHOR_META_KEYS = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'byl',
  'twitter:creator:name',
];
/** Short text blocks read below the headline when no byline element is marked up. */
const MAX_LINES_BELOW = 12;
/**
 * Headline ancestors whose following siblings are read for a "By X" line. Six, not three: a headline's box may close
 * several levels above the story, with an ad row between (readability/cnet, scrapinghub/042bb7b under generated class
 * names); reading stops at the story's end (belowStory) and after MAX_LINES_BELOW lines whatever the level.
 */
const MAX_HEADLINE_LEVELS = 6;
/** A text block longer than this is a paragraph, not a byline line. */
const MAX_LINE_CHARS = 120;

export interface Byline {
  /** The names as the page joins them ("Anna Dunst und Max Muster"), roles and dates dropped. */
  text: string | null;
  /** The byline as printed, with titles and outlets ("X, AP Sports Writer"): attribution reads it. */
  raw: string | null;
  authors: string[];
}

const NONE: Byline = { text: null, raw: null, authors: [] };

/** Finds the byline; `place` says where the story is, `siteNames` are the page's own names. */
export function readByline(facts: PageFacts, ld: LdArticle | null, place: StoryPlace, siteNames: string[]): Byline {
  const ldAuthors = (ld?.authors ?? []).map(plainText);
  const lang = pageLang(facts);
  const fromLd = [...new Set(ldAuthors.flatMap((a) => bylineNames(a, siteNames, lang)))];
  if (fromLd.length) {
    const structured = fromLd.length === 1 || ldAuthors.length === 1 ? bylineOf(ldAuthors.join(', '), fromLd) : byNames(ldAuthors, fromLd);
    return fullerVisible(structured.authors, facts, place, siteNames) ?? structured;
  }
  // Meta authors are trusted when no visible byline contradicts them (a publisher or CMS default in meta[name=author] does)
  const fromMeta = metaAuthors(facts.metaAll, siteNames, lang);
  const visible = visibleByline(facts, place, siteNames);
  if (!visible) {
    if (!fromMeta.length) return NONE;
    // Unconfirmed by a visible byline, a meta author the page credits as its editor is the desk's, not the writer's.
    const editors = new Set([...facts.editors.map((el) => rawText(el)), ...editorLines(place.body)].flatMap(editorCreditNames));
    const trusted = fromMeta.find((m) => !m.names.every((n) => editors.has(n)));
    return trusted ? bylineOf(trusted.raw, trusted.names) : NONE;
  }
  const agreeing = fromMeta.find((m) => m.names.some((n) => visible.authors.includes(n)));
  return agreeing && !namesMore(visible, agreeing.names) ? bylineOf(agreeing.raw, agreeing.names) : visible;
}

/** The page's language, as bylineNames reads names by it (html lang, else og:locale). */
function pageLang(facts: PageFacts): string {
  return facts.lang || facts.meta.get('og:locale') || '';
}

/** "[责任编辑:肖春芳]", "Edited by Jane Roe": an editor's credit printed in the story's own text (its class, if any, not read). */
const EDITOR_IN_TEXT = /(?:(?:责任|責任)?(?:编辑|編輯)\s*[:：]\s*[^\s\]】)）]{2,6}|edited by\s+\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}.]*){1,2})/giu;

/** The editor credits in the story's text, each as its own line for editorCreditNames. */
function editorLines(body: DomElement[]): string[] {
  return body.flatMap((root) => [...rawText(root).matchAll(EDITOR_IN_TEXT)].map((m) => m[0]));
}

function byNames(printed: string[], authors: string[]): Byline {
  return { text: joinNames(authors), raw: printed.join(', '), authors };
}

/**
 * Structured data often keeps only the first of several authors ("By Stefan Becket, Kathryn Watson, Grace
 * Segers" over one JSON-LD or meta author): a visible byline that names every structured author and more wins.
 */
function fullerVisible(authors: string[], facts: PageFacts, place: StoryPlace, siteNames: string[]): Byline | null {
  if (authors.length > 1) return null;
  const visible = visibleByline(facts, place, siteNames);
  return visible && namesMore(visible, authors) ? visible : null;
}

/** The byline names every one of `others` and more. */
function namesMore(b: Byline, others: string[]): boolean {
  return b.authors.length > others.length && others.every((n) => b.authors.includes(n));
}

/** The visible byline: a byline element nearest the headline, else a "By X" line just below it. */
function visibleByline(facts: PageFacts, place: StoryPlace, siteNames: string[]): Byline | null {
  const lang = pageLang(facts);
  const { headline } = place;
  const outer = holdersOfOthers(facts.bylines);
  const ranked = rankedElements(facts, place);
  for (const el of ranked) {
    if (endsWithOtherCredit(textBefore(el))) continue; // "Photograph: <a>X</a>", "Hosted by <a>X</a>": a link to a staff page, another credit
    const { whole, lines } = elementTexts(el);
    // A link to an author's page is read with the line around it first: "By <a>A</a>, <a>B</a>" names both.
    const line = el.name === 'a' && el.parent && isElement(el.parent) && el.parent.name !== 'body' ? elementTexts(el.parent).whole : [];
    // An author box holding marked-up bylines is read whole; line by line, its other lines ("Tech Industry", a topic link) would pass for names.
    for (const raw of outer.has(el) ? whole : [...line, ...whole, ...withLabelled(lines)]) {
      const names = bylineNames(raw, siteNames, lang);
      if (names.length) return { ...bylineOf(raw, names), raw: whole.includes(raw) || line.includes(raw) ? raw : whole[0]! };
    }
  }
  // Read whole, a box holding the byline and its menu of links names no one; its "By X" line still does (WSJ: "By" / "Sarah E. Needleman" / "Biography").
  for (const el of ranked.filter((e) => outer.has(e))) {
    for (const raw of prefixedLines(elementTexts(el).lines)) {
      const names = bylineNames(raw, siteNames);
      if (names.length) return bylineOf(raw, names);
    }
  }
  const below = headline ? linesBelow(headline, place.body) : [];
  for (const raw of prefixJoined(below)) {
    const credit = (raw.length <= MAX_LINE_CHARS ? lineCredit(raw) : undefined) ?? datelineCredit(raw);
    const names = credit ? bylineNames(credit, siteNames, lang) : [];
    if (names.length) return bylineOf(raw, names);
  }
  const nameLine = nameOverDate(headLines(below));
  const overDate = nameLine ? bylineNames(nameLine, siteNames, lang) : [];
  if (overDate.length) return bylineOf(nameLine!, overDate);
  for (const raw of headline ? prefixedLines(articleFooterLines(headline)) : []) {
    const names = raw.length <= MAX_LINE_CHARS ? bylineNames(raw, siteNames, lang) : [];
    if (names.length) return bylineOf(raw, names);
  }
  return null;
}

/**
 * The lines of the footer of the headline's own <article> (a direct child of it, so not a nested comment's or teaser's):
 * static blog themes print "Posted by X" there, below the body. Only lines that say they are a credit are read in it.
 */
function articleFooterLines(headline: DomElement): string[] {
  const story = closest(headline, 'article');
  if (!story) return [];
  return story.children.flatMap((el) => (isElement(el) && el.name === 'footer' && !isInside(headline, el) ? elementTexts(el).lines : []));
}

/** Characters read before an element for the label of its credit ("… Photograph: ", "Medically reviewed by "). */
const MAX_LABEL_CHARS = 60;

/** The text printed just before `el` inside its parent: the label a credit's name follows ("Photograph: ", "Edited by "). */
function textBefore(el: DomElement): string {
  const parent = el.parent;
  if (!parent || !isElement(parent)) return '';
  let text = '';
  for (const sib of parent.children) {
    if (sib === el) break;
    text += rawText(sib);
  }
  return text.slice(-MAX_LABEL_CHARS);
}

/** The byline elements that hold another byline element (an "authorInfo" box around an itemprop="author"). */
function holdersOfOthers(els: DomElement[]): Set<DomElement> {
  const all = new Set(els);
  const holders = new Set<DomElement>();
  for (const el of els) {
    for (let n = el.parent; n && isElement(n); n = n.parent) if (all.has(n)) holders.add(n);
  }
  return holders;
}

/** One candidate per meta key, with the names of every tag of that key ("Kooman, F." and "Jong, Michiel de": two DC.Creator tags, two authors). */
function metaAuthors(metaAll: Map<string, string[]>, siteNames: string[], lang: string): { raw: string; names: string[] }[] {
  const out: { raw: string; names: string[] }[] = [];
  for (const key of AUTHOR_META_KEYS) {
    const values = (metaAll.get(key) ?? []).filter((v) => !/^(?:https?:|www\.|\/)/i.test(v));
    const named = values.map((raw) => ({ raw, names: bylineNames(raw, siteNames, lang) })).filter((m) => m.names.length);
    if (named.length) out.push({ raw: named.map((m) => m.raw).join(', '), names: [...new Set(named.flatMap((m) => m.names))] });
  }
  return out;
}

/** The byline from its printed form, as plain text (markup a page put in an author field dropped). */
function bylineOf(printed: string, names: string[]): Byline {
  const raw = cleanText(plainText(printed));
  const text = spanOf(raw, names)?.replace(/\s+([,;])/gu, '$1');
  return { text: text ?? joinNames(names), raw, authors: names };
}

/** "Von Anna Dunst und Max Muster, 3. Mai" → "Anna Dunst und Max Muster": the span from first to last name, as printed. */
function spanOf(raw: string, names: string[]): string | null {
  const start = raw.indexOf(names[0]!);
  const lastName = names[names.length - 1]!;
  const end = raw.indexOf(lastName, start) + lastName.length;
  if (start < 0 || end < start + lastName.length) return null;
  const span = raw.slice(start, end);
  return names.every((n) => span.includes(n)) ? span : null;
}

function joinNames(names: string[]): string {
  return names.join(', ');
}

/**
 * Short text blocks after the headline in document order (its following siblings and those of a few ancestors), up to the
 * end of the story's body, or up to a box titled as other stories' or the readers' ("Related", "Read more", "Comments"):
 * a "By X" under that title is a teaser's. When the headline has its own <article>, another <article> met on the way is
 * another story's card and is not read, unless it holds the story's body; nor are pictures' captions.
 */
function linesBelow(headline: DomElement, body: DomElement[]): string[] {
  const story = closest(headline, 'article');
  const lines: string[] = [];
  const otherStory = (el: DomElement): boolean =>
    !!story && el.name === 'article' && !isInside(headline, el) && !body.some((root) => root === el || isInside(root, el));
  // A picture's caption is the picture's: its credit is the photographer's, and its length no sign that the story has begun.
  const skip = (el: DomElement): boolean => el.name === 'figure' || el.name === 'figcaption' || otherStory(el);
  let node: DomNode = headline;
  for (let level = 0; level < MAX_HEADLINE_LEVELS && node.parent && lines.length < MAX_LINES_BELOW; level++, node = node.parent) {
    const siblings = (node.parent as DomElement).children ?? [];
    for (const sib of siblings.slice(siblings.indexOf(node) + 1)) {
      if (!isElement(sib)) continue;
      if (belowStory(sib, body, story)) return clip(lines);
      const cur = { text: '' };
      const heading = linkedHeading(sib);
      let titled = false; // a chrome title ends the reading; a linked heading only the sibling's
      const stop = (el: DomElement): boolean => {
        if (lines.length >= MAX_LINES_BELOW || el === heading) return true;
        titled =
          opensWithChromeTitle(el, true) ||
          isChromeHeading(el) ||
          isCommentThread(el) ||
          (SUBHEADING_TAGS.has(el.name) && isSectionTitle(el));
        return titled;
      };
      collectLines(sib, lines, cur, false, { stop, skip });
      flush(lines, cur);
      if (titled) return clip(lines);
      if (lines.length >= MAX_LINES_BELOW) break;
    }
  }
  return clip(lines);
}

/** Long lines (paragraphs) a story's head may hold before its byline: a standfirst. */
const MAX_HEAD_PARAGRAPHS = 1;

/**
 * The lines of the story's head: those before its text has begun (a second paragraph-long line). A name printed over a
 * date further down, with no "By" to say it is a credit, is a commenter's or a teaser's, whatever the page's markup says.
 * (A "By X" line is read further: a caption, unmarked without semantic tags, is as long as a paragraph.)
 */
function headLines(lines: string[]): string[] {
  let paragraphs = 0;
  const end = lines.findIndex((l) => l.length > MAX_LINE_CHARS && ++paragraphs > MAX_HEAD_PARAGRAPHS);
  return end < 0 ? lines : lines.slice(0, end);
}

/** The first few lines (one longer than MAX_LINE_CHARS is a paragraph: only a Chinese dateline's credit is read in it). */
function clip(lines: string[]): string[] {
  return lines.slice(0, MAX_LINES_BELOW).map(cleanText);
}

/**
 * The element's text on one line, its inline pieces spaced ("By X" "FOXBusiness") and, when that differs, as
 * printed ("Molly Woo<span>d</span>"); then its block lines and links one by one ("By X" / "Senior Writer" / "Twitter").
 */
function elementTexts(el: DomElement): { whole: string[]; lines: string[] } {
  const blocks: string[] = [];
  const rest = { text: '' };
  collectLines(el, blocks, rest, false);
  flush(blocks, rest);
  const raw: string[] = [];
  collectLines(el, raw, { text: '' });
  const lines = raw.map(cleanText).filter(Boolean);
  const spaced = lines.join(' ');
  const printed = blocks.map(cleanText).filter(Boolean).join(' ');
  return { whole: printed === spaced ? [spaced] : [spaced, printed], lines };
}

/**
 * The first heading inside `el` that is another story's linked headline (a related box beside the story's head), or a
 * link that opens its block with such a headline ("<div><a href="/x">Harbour wall repairs begin next spring</a><p>By
 * X</p></div>": a teaser in a rail with generated class names): its lines are that story's.
 */
function linkedHeading(el: DomElement): DomElement | null {
  let found: DomElement | null = null;
  walkElements(el, (n) => {
    if (found) return false;
    if (n.name === 'a' && opensBlock(n) && !isControl(n) && isLinkedTitle(n)) found = n;
    if (found || !SUBHEADING_TAGS.has(n.name)) return !found;
    // A card's link may wrap its heading ("<a href><span>Reportage</span><h2>Title</h2></a>"): the link is the title then.
    const around = closest(n, 'a');
    const title = around && isInside(around, el) ? around : n;
    if (isLinkedTitle(title)) found = title;
    return !found;
  });
  return found;
}

/** The link is the first thing in its parent block (no text before it): it opens a line of its own. */
function opensBlock(link: DomElement): boolean {
  const parent = link.parent;
  if (!isElement(parent) || !BLOCK_TAGS.has(parent.name)) return false;
  for (const c of parent.children) {
    if (c === link) return true;
    if (!isElement(c) ? (c.data ?? '').trim() !== '' : rawText(c).trim() !== '') return false;
  }
  return false;
}

/** Where collectLines ends: at an element `stop` holds for (nothing after it is read), past those `skip` holds for. */
interface LineBounds {
  stop?: (el: DomElement) => boolean;
  skip?: (el: DomElement) => boolean;
}

/** Collects `node`'s lines into `lines` within `bounds` (true when a stop was reached). */
function collectLines(node: DomNode, lines: string[], cur: { text: string }, splitInline = true, bounds: LineBounds = {}): boolean {
  if (isElement(node) && bounds.stop?.(node)) return true;
  if (isElement(node) && bounds.skip?.(node)) return false;
  if (node.type === 'text') {
    cur.text += node.data ?? '';
    return false;
  }
  // Hidden copies of a byline (`display:none` links for crawlers) are not read: "By Sean Martin Sean Martin".
  if (!hasChildren(node) || (isElement(node) && (node.name === 'script' || node.name === 'style' || isHidden(node)))) return false;
  // A share bar's controls ("Share on Facebook", "Share via Email", "Resize Text") are no lines: between a headline and its
  // byline they would fill every line read. Not after a by-word: "By <a href="#">Jane Roe</a>" is a name.
  if (isElement(node) && isControl(node) && !BY_WORD_BEFORE.test(cur.text)) return false;
  const block = isElement(node) && (BLOCK_TAGS.has(node.name) || (splitInline && (node.name === 'a' || node.name === 'span')));
  if (block) flush(lines, cur);
  for (const child of node.children) if (collectLines(child, lines, cur, splitInline, bounds)) return true;
  if (block) flush(lines, cur);
  return false;
}

/** A link that goes to no page (no href, "#…", javascript:, mailto:, sms:) or to a share dialog, or a button: a control, not text. */
const CONTROL_HREF =
  /^(?:$|#|javascript:|mailto:|sms:|whatsapp:)|\/\/(?:www\.)?(?:facebook\.com\/(?:sharer|dialog\/share)|(?:twitter|x)\.com\/(?:intent|share)|linkedin\.com\/(?:shareArticle|sharing)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|api\.whatsapp\.com\/send|wa\.me\/|t(?:elegram)?\.me\/share|(?:www\.)?xing\.com\/(?:spi\/shares|social\/share)|vk\.com\/share|service\.weibo\.com\/share|social-plugins\.line\.me|getpocket\.com\/(?:save|edit)|flipboard\.com\/bookmarklet)/i;
/** The end of a line that names the writer next ("By ", "Von ", "Par "): what follows is read even as a control. */
const BY_WORD_BEFORE = /(?:^|\s)(?:by|von|par|por|di|da|door|av|af|de)\s*:?\s*$/i;

function isControl(el: DomElement): boolean {
  return el.name === 'button' || (el.name === 'a' && CONTROL_HREF.test((el.attribs.href ?? '').trim()));
}

function flush(lines: string[], cur: { text: string }): void {
  if (cur.text.trim()) lines.push(cur.text);
  cur.text = '';
}
