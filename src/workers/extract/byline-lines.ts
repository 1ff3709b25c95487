/**
 * The lines a byline is looked for in, read off the page: those printed below the headline up to the story's text, those
 * of a byline element, those of the footer of the headline's own <article>. Chrome is not read (share controls, hidden
 * copies, captions), nor what follows another story's teaser, a comment thread or a box titled as other stories'. Pure.
 */
import {
  BLOCK_TAGS,
  DomElement,
  DomNode,
  SUBHEADING_TAGS,
  boundedTextRaw,
  closest,
  hasChildren,
  hasElement,
  isElement,
  isHidden,
  isInside,
  rawText,
  walkElements,
} from './dom';
import { belowStory, isLinkedTitle } from './byline-place';
import { isBoilerplateElement, isChromeHeading, isVideoPlayer, opensWithChromeTitle } from './boilerplate';
import { isCommentThread, isSectionTitle } from './comment-thread';
import { blockSegments, cleanText } from './text';
import { isTaxonomyLink } from './section-words';

/** Short text blocks read below the headline when no byline element is marked up. */
const MAX_LINES_BELOW = 12;
/**
 * Headline ancestors whose following siblings are read for a "By X" line. Six, not three: a headline's box may close
 * several levels above the story, with an ad row between (readability/cnet, scrapinghub/042bb7b under generated class
 * names); reading stops at the story's end (belowStory) and after MAX_LINES_BELOW lines whatever the level.
 */
const MAX_HEADLINE_LEVELS = 6;
/** A text block longer than this is a paragraph, not a byline line. */
export const MAX_LINE_CHARS = 120;

/**
 * The lines of the footer of the headline's own <article> (a direct child of it, so not a nested comment's or teaser's):
 * static blog themes print "Posted by X" there, below the body. Only lines that say they are a credit are read in it.
 */
export function articleFooterLines(headline: DomElement): string[] {
  const story = closest(headline, 'article');
  if (!story) return [];
  return story.children.flatMap((el) => (isElement(el) && el.name === 'footer' && !isInside(headline, el) ? elementTexts(el).lines : []));
}

/** Blocks read after the story's body for its post line. */
const POST_FOOTER_BLOCKS = 2;

/**
 * The lines of the blocks right after the story's body, inside the box that holds both the headline (when one is known) and the body: a blog
 * template without <article> prints its post line there ("Posted by X at 10:15 PM", Blogger with generated class names).
 * Up to the first block holding a heading: a "Comments" or "Related" box follows. Callers read only "Posted by" lines in it.
 */
export function postFooterLines(headline: DomElement | null, body: DomElement[]): string[] {
  return postFooterBlocks(headline, body).flatMap((el) => elementTexts(el).whole);
}

/** The blocks postFooterLines reads. */
export function postFooterBlocks(headline: DomElement | null, body: DomElement[]): DomElement[] {
  const last = body[body.length - 1];
  let box = last?.parent;
  while (headline && box && isElement(box) && !isInside(headline, box)) box = box.parent;
  if (!last || !box || !isElement(box)) return [];
  const children = box.children;
  const after = children.slice(children.findIndex((c) => c === last || (isElement(c) && isInside(last, c))) + 1);
  const blocks: DomElement[] = [];
  for (const el of after.filter(isElement).slice(0, POST_FOOTER_BLOCKS)) {
    if (holdsOtherBox(el)) break;
    blocks.push(el);
  }
  return blocks;
}

/** `el` is, or holds, a heading (a box titled as other stories' or the readers') or another story's card (<article>). */
function holdsOtherBox(el: DomElement): boolean {
  return (
    SUBHEADING_TAGS.has(el.name) ||
    el.name === 'article' ||
    hasElement(el, (n) => n.name === 'h1' || n.name === 'article' || SUBHEADING_TAGS.has(n.name))
  );
}

/**
 * Short text blocks after the headline in document order (its following siblings and those of a few ancestors), up to the
 * end of the story's body, or up to a box titled as other stories' or the readers' ("Related", "Read more", "Comments"):
 * a "By X" under that title is a teaser's. When the headline has its own <article>, another <article> met on the way is
 * another story's card and is not read, unless it holds the story's body; nor are pictures' captions.
 */
export function linesBelow(headline: DomElement, body: DomElement[]): string[] {
  const story = closest(headline, 'article');
  const lines: string[] = [];
  const otherStory = (el: DomElement): boolean =>
    !!story && el.name === 'article' && !isInside(headline, el) && !body.some((root) => root === el || isInside(root, el));
  // A picture's caption is the picture's: its credit is the photographer's, and its length no sign that the story has begun.
  // A video player's lines are the clip's likewise ("Source: X Video / Agency" under a lead video).
  const skip = (el: DomElement): boolean => el.name === 'figure' || el.name === 'figcaption' || isVideoPlayer(el) || otherStory(el);
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
export function headLines(lines: string[]): string[] {
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
export function elementTexts(el: DomElement): { whole: string[]; lines: string[] } {
  let texts = TEXTS.get(el);
  if (!texts) TEXTS.set(el, (texts = readTexts(el)));
  return texts;
}

/** elementTexts, once per element: the byline, the credits for other work and the author fields read the same elements. */
const TEXTS = new WeakMap<DomElement, { whole: string[]; lines: string[] }>();

function readTexts(el: DomElement): { whole: string[]; lines: string[] } {
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

/** The story's last blocks read for a closing credit: an info box ("Zur Person") or a contact box may follow the signed paragraph. */
const CLOSING_BLOCKS = 8;
/** A signature line is short: a longer bold paragraph is a standfirst or a subheading. */
const MAX_SIGNATURE_CHARS = 60;
/** The signature may stand above one more line ("Theo TTXVN", the agency credited). */
const SIGNATURE_REACH = 2;

/**
 * The text of the story's last blocks, pruned ones included, last first, each split at its <br>s ("Bericht: X<br>Fotos:
 * Y"): a closing credit ("Das Gespräch führte X.") is often printed in a small block that the story's text leaves out.
 */
export function closingLines(body: DomElement[]): string[] {
  return lastBlocks(body, CLOSING_BLOCKS).flatMap((el) =>
    blockSegments(el)
      .map((seg) => seg.text)
      .reverse(),
  );
}

/**
 * The story's last or second-last paragraph when it is printed bold, short and without digits ("<p><strong>Hoàng Minh
 * Khôi - Lê Thu Trang</strong></p>" above "<p><em>Theo TTXVN</em></p>"): Vietnamese papers sign a story so, below its
 * text, and old layouts in a right-aligned block of its own, bold or in italics ("<p align="right"><i>X</i></p>"), inside
 * the story's box or the first block after it (`after`: postFooterBlocks). The bold ones first: an italic line under a
 * bold signature is its source ("Theo TTXVN", according to the agency). Callers keep the first that is names alone.
 */
export function signatureLines(body: DomElement[], after: DomElement[] = []): string[] {
  const lines = [...lastBlocks(body, SIGNATURE_REACH), ...after.slice(0, 1)]
    .filter((p) => p.name === 'p' || p.name === 'div')
    .map((p) => ({ p, text: cleanText(rawText(p)) }))
    .filter(({ text }) => text.length <= MAX_SIGNATURE_CHARS && !/\d/u.test(text));
  const bold = lines.filter(({ p, text }) => cleanText(emphasisText(p, BOLD_TAGS)) === text);
  const italic = lines.filter(({ p, text }) => isRightAligned(p) && cleanText(emphasisText(p, ITALIC_TAGS)) === text);
  return [...bold, ...italic].map(({ text }) => text);
}

const BOLD_TAGS = new Set(['strong', 'b']);
const ITALIC_TAGS = new Set(['em', 'i']);

/** The text of the runs inside `el` printed in one of `tags`. */
function emphasisText(el: DomElement, tags: Set<string>): string {
  let out = '';
  walkElements(el, (c) => {
    if (!tags.has(c.name)) return true;
    out += rawText(c);
    return false;
  });
  return out;
}

/** Set flush right by the old attribute or a style: where a signature goes. */
function isRightAligned(el: DomElement): boolean {
  return (el.attribs.align ?? '').toLowerCase() === 'right' || /text-align\s*:\s*right/iu.test(el.attribs.style ?? '');
}

/** Blocks read at the story's start for a dateline's credit. */
const OPENING_BLOCKS = 3;

/**
 * The text of the story's first blocks, in order: a Chinese story's dateline credits its reporters there ("新华社南昌5月2日电
 * （记者王磊、李娜）"), below a share bar, a comment count and a picture that end the lines read under the headline.
 */
export function openingLines(body: DomElement[]): string[] {
  return edgeBlocks(body, OPENING_BLOCKS, 'first').map((el) => cleanText(rawText(el)));
}

/** The lines of the story's first block, split where a <br> (or a block inside) breaks them: "HELENA X<br>PORTO TAPAJÓS, PA (FOLHAPRESS)". */
export function firstBlockLines(body: DomElement[]): string[] {
  const first = edgeBlocks(body, 1, 'first')[0];
  if (!first) return [];
  const lines: string[] = [];
  const cur = { text: '' };
  collectLines(first, lines, cur, false);
  flush(lines, cur);
  return lines.map(cleanText).filter(Boolean);
}

/** Tags whose blocks are never read at the story's edges; a picture and its caption only at the start (a closing credit may sit in one). */
const NOT_READ = new Set(['script', 'style']);
const NOT_READ_FIRST = new Set([...NOT_READ, 'figure', 'figcaption']);

/** The last `n` blocks with text and no block inside, last first, read backwards from the story's end (its start is never walked). */
function lastBlocks(body: DomElement[], n: number): DomElement[] {
  return edgeBlocks(body, n, 'last');
}

/** Blocks that hold no text: a paragraph split by a <br> ("Haber: X<br>Fotoğraf: Y") or holding a picture is still one block. */
const TEXTLESS_BLOCKS = new Set(['br', 'hr', 'img', 'iframe', 'video', 'picture']);

/** The first or last `n` blocks of the body's roots with text and no block inside, walked from that end only. */
function edgeBlocks(body: DomElement[], n: number, end: 'first' | 'last'): DomElement[] {
  const out: DomElement[] = [];
  const skip = end === 'first' ? NOT_READ_FIRST : NOT_READ;
  const at = <T>(list: T[], k: number): T => list[end === 'first' ? k : list.length - 1 - k]!;
  const visit = (el: DomElement): void => {
    for (let k = 0; k < el.children.length && out.length < n; k++) {
      const c = at(el.children, k);
      if (!isElement(c) || skip.has(c.name)) continue;
      if (c.children.some((g) => isElement(g) && BLOCK_TAGS.has(g.name) && !TEXTLESS_BLOCKS.has(g.name))) {
        if (!isBoilerplateElement(c)) visit(c); // a sidebar or a related box inside a wide container: not the story's edge
      } else if (BLOCK_TAGS.has(c.name) && rawText(c).trim()) out.push(c);
    }
  };
  // a root that is itself a block of text (a sign-off paragraph the story's roots end with) is one of the edge blocks
  const leaf = (el: DomElement): boolean =>
    BLOCK_TAGS.has(el.name) && !el.children.some((g) => isElement(g) && BLOCK_TAGS.has(g.name) && !TEXTLESS_BLOCKS.has(g.name));
  for (let k = 0; k < body.length && out.length < n; k++) {
    const root = at(body, k);
    if (!leaf(root)) visit(root);
    else if (!skip.has(root.name) && rawText(root).trim()) out.push(root);
  }
  return out;
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
  // A category's or tag's link ("<a rel="category tag">Sport</a>, <a …>Vereine</a>" in a meta line) names a section, not a writer.
  if (isElement(node) && isTaxonomyLink(node)) return false;
  const block = isElement(node) && (BLOCK_TAGS.has(node.name) || (splitInline && (node.name === 'a' || node.name === 'span')));
  // A <time> is a word of its own: two printed side by side ("5. Februar 2026<time>11. Februar 2026") are two dates.
  const spaced = isElement(node) && node.name === 'time';
  if (block) flush(lines, cur);
  if (spaced) cur.text += ' ';
  for (const child of node.children) if (collectLines(child, lines, cur, splitInline, bounds)) return true;
  if (spaced) cur.text += ' ';
  if (block) flush(lines, cur);
  return false;
}

/** A link that goes to no page (no href, "#…", javascript:, mailto:, sms:) or to a share dialog, or a button: a control, not text. */
const CONTROL_HREF =
  /^(?:$|#|javascript:|mailto:|sms:|whatsapp:)|\/\/(?:www\.)?(?:facebook\.com\/(?:sharer|dialog\/share)|(?:twitter|x)\.com\/(?:intent|share)|linkedin\.com\/(?:shareArticle|sharing)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|api\.whatsapp\.com\/send|wa\.me\/|t(?:elegram)?\.me\/share|(?:www\.)?xing\.com\/(?:spi\/shares|social\/share)|vk\.com\/share|service\.weibo\.com\/share|social-plugins\.line\.me|getpocket\.com\/(?:save|edit)|flipboard\.com\/bookmarklet)/i;
/** The end of a line that names the writer next ("By ", "Von ", "Par "): what follows is read even as a control. */
const BY_WORD_BEFORE = /(?:^|\s)(?:by|von|par|por|di|da|door|av|af|de)\s*:?\s*$/i;

function isControl(el: DomElement): boolean {
  if (el.name === 'button') return true;
  if (el.name !== 'a') return false;
  const href = (el.attribs.href ?? '').trim();
  // a writer's name linked to their address ("<a href="mailto:sindre@…">Sindre Holmøy</a>") is the byline; "E-Mail", "Share via email" or the address itself a control
  if (MAILTO.test(href)) return !NAMED_MAIL_LINK.test(boundedTextRaw(el, MAX_MAIL_LINK_CHARS)?.trim() ?? '');
  return CONTROL_HREF.test(href);
}

const MAILTO = /^mailto:/i;
const MAX_MAIL_LINK_CHARS = 60;
/** A mail link's text that is a name: two or more capitalised words and nothing of a control's ("mail", "share", "@"). */
const NAMED_MAIL_LINK =
  /^(?!.*(?:mail|@|share|teilen|partager|compartir|condividi|envoyer|senden|send|kontakt|contact))\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;

function flush(lines: string[], cur: { text: string }): void {
  if (cur.text.trim()) lines.push(cur.text);
  cur.text = '';
}
