/**
 * Inside the chosen container: drop what is not story text (Readability's "clean conditionally",
 * plus known chrome lines). Marks nodes in a skip set instead of mutating the tree.
 */
import {
  BLOCK_TAGS,
  DomElement,
  DomNode,
  HEADING_TAGS,
  SUBHEADING_TAGS,
  classAndId,
  hasElement,
  isElement,
  rawText,
  walkElements,
} from './dom';
import { classWeight, isBoilerplateLine, isGalleryCounter, isRelatedLine, isVideoPlayer, opensWithChromeTitle } from './boilerplate';
import { NodeStats, linkDensity } from './score';
import { cleanText } from './text';

/** Containers judged by their link density and content (Readability's cleanConditionally set). */
const CONDITIONAL_TAGS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'form', 'figure', 'header', 'footer', 'span']);
/** Blocks with this many commas are prose, whatever their links (Readability: 10). */
const PROSE_COMMAS = 10;
/** Link density above which a block without prose is a list of links. */
const MAX_LINK_DENSITY = 0.33;
/** The same for blocks whose class says "content". */
const MAX_LINK_DENSITY_POSITIVE = 0.5;
/** Blocks at most this long are tested against the chrome-line patterns. */
const MAX_CHROME_CHARS = 260;
/** A form with less text than this is a comment, search or newsletter form (ASP.NET pages wrap everything in one). */
const MAX_FORM_CHARS = 1000;
/** A block after a related-links lead with more of its text in links than this is one of the links. */
const RELATED_RUN_LINK_DENSITY = 0.5;
/** A paragraph at most this long that is all link is a teaser for another story. */
const MAX_LINK_PARAGRAPH_CHARS = 200;
/** ... "all link": at least this share of its text (a trailing space or full stop outside the link). */
const LINK_PARAGRAPH_SHARE = 0.9;
/** A teaser headline has at least this many words ("link", "here" or a name are not one). */
const MIN_HEADLINE_WORDS = 4;
/** Characters outside links per list item above which a list is prose with links, not a link list. */
const LIST_ITEM_PROSE_CHARS = 40;
/** A gallery around a counter holds at most this share of the story container's text (its captions); more is the story. */
const GALLERY_MAX_SHARE = 0.5;
/** Tags that keep a text-less block worth keeping (media in the story). */
const MEDIA_TAGS = new Set(['img', 'picture', 'video', 'iframe', 'figure']);

/** Returns the nodes under `roots` that are not story text, including the already `removed`. */
export function pruneContent(roots: DomElement[], stats: Map<DomElement, NodeStats>, removed: Set<DomNode>): Set<DomNode> {
  const skip = new Set<DomNode>(removed);
  const leads: DomElement[] = [];
  const counters: [DomElement, DomElement][] = [];
  for (const root of roots) {
    walkElements(root, (el) => {
      if (skip.has(el)) return false;
      if (shouldDrop(el, stats.get(el), stats)) {
        skip.add(el);
        const line = droppedLine(el, stats.get(el));
        if (isRelatedLine(line)) leads.push(el);
        else if (isGalleryCounter(line)) counters.push([el, root]);
        return false;
      }
      return true;
    });
  }
  for (const lead of leads) dropLinkRun(lead, stats, skip);
  for (const [counter, root] of counters) dropGallery(counter, root, stats, skip);
  return skip;
}

/** A dropped block's text when it is short enough to be a line of chrome (a related-links lead, a gallery counter), else "". */
function droppedLine(el: DomElement, s: NodeStats | undefined): string {
  return s && s.text > 0 && s.text <= MAX_CHROME_CHARS ? cleanText(rawText(el)) : '';
}

/**
 * A gallery counter ("Image 1 of 8", "1 / 8") sits in the gallery's frame with the slides, their captions (printed twice
 * or more: on the slide, in the caption panel, in the end card) and "Back to Gallery": the frame is the highest block
 * around the counter holding a picture and at most GALLERY_MAX_SHARE of the container's text. The story is the rest.
 */
function dropGallery(counter: DomElement, root: DomElement, stats: Map<DomElement, NodeStats>, skip: Set<DomNode>): void {
  const limit = (stats.get(root)?.text ?? 0) * GALLERY_MAX_SHARE;
  let frame: DomElement | null = null;
  for (let n = counter.parent; isElement(n) && n !== root && (stats.get(n)?.text ?? 0) <= limit; n = n.parent) frame = n;
  if (frame && hasMedia(frame)) skip.add(frame);
}

/**
 * The blocks right after a related-links lead that are mostly links ("<p><a>Other story</a></p>" × n):
 * the list the lead announced, even when its items are plain paragraphs. Stops at the first prose block.
 */
function dropLinkRun(lead: DomElement, stats: Map<DomElement, NodeStats>, skip: Set<DomNode>): void {
  const siblings = isElement(lead.parent) ? lead.parent.children : [];
  for (const n of siblings.slice(siblings.indexOf(lead) + 1)) {
    if (!isElement(n)) {
      if ((n.data ?? '').trim()) return;
      continue;
    }
    const s = stats.get(n);
    if (!s || s.text === 0) continue;
    if (linkDensity(s) <= RELATED_RUN_LINK_DENSITY) return;
    skip.add(n);
  }
}

function shouldDrop(el: DomElement, s: NodeStats | undefined, stats: Map<DomElement, NodeStats>): boolean {
  if (!s) return false;
  if (el.name === 'h1') return true;
  if (el.name === 'form') return s.text < MAX_FORM_CHARS;
  if (s.text === 0) return !MEDIA_TAGS.has(el.name) && !hasMedia(el);
  if (SUBHEADING_TAGS.has(el.name) && linkDensity(s) > 0.5) return true;
  if (isLinkParagraph(el, s) || isLabelledTeaser(el, s)) return true;
  if (s.text <= MAX_CHROME_CHARS && isBoilerplateLine(cleanText(rawText(el)))) return true;
  if (CONDITIONAL_TAGS.has(el.name) && !isInlineSpan(el))
    return (isLinkList(el, s, stats) && !isEmbed(el)) || opensWithChromeTitle(el, true) || isSponsoredBox(el, s) || isPlayerShell(el, s);
  return false;
}

/** A video player's shell holds at most this much text: the clip's title, its source, a duration and the controls. */
const MAX_PLAYER_SHELL_CHARS = 300;

/**
 * A video player's shell that a script fills: the clip's title, "Source: X / Agency", a duration and a play button, with
 * no video in it yet. Its lines are the clip's (its source credits the clip, not the story), not the story's. A player
 * holding its video, picture or frame is media in the story and stays.
 */
function isPlayerShell(el: DomElement, s: NodeStats): boolean {
  return el.name === 'div' && s.text <= MAX_PLAYER_SHELL_CHARS && isVideoPlayer(el) && !hasMedia(el);
}

/** A box of paid links holds at most this much text: an offer's title, its terms and a button, not a story's section. */
const MAX_SPONSORED_BOX_CHARS = 400;

/**
 * A short box holding a paid link, marked so as search engines ask (`rel="sponsored"`): an affiliate's or a broker's offer
 * set between the paragraphs ("Acheter du Bitcoin sur X · Ouvrir un compte", "Sparplan-Vergleich: Die günstigsten
 * Broker"), whatever its class is called; its title is a styled line, not a heading. A paragraph with such a link is the
 * story's sentence and a list of tips the story's own: only boxes (div, section).
 */
function isSponsoredBox(el: DomElement, s: NodeStats): boolean {
  if ((el.name !== 'div' && el.name !== 'section') || s.text > MAX_SPONSORED_BOX_CHARS) return false;
  let paid = false;
  let heading = false;
  walkElements(el, (c) => {
    if (HEADING_TAGS.has(c.name)) heading = true;
    else if (c.name === 'a' && SPONSORED_REL.test(c.attribs.rel ?? '')) paid = true;
    return !heading;
  });
  return paid && !heading; // a box with a heading is a section of the story (a buying guide's pick), however short
}
const SPONSORED_REL = /(?:^|\s)sponsored(?:\s|$)/i;

/**
 * A paragraph that is one link and nothing else ("<p><strong><a>SEAN SPICER ELIMINATED FROM ...</a></strong></p>")
 * is a headline of another story placed between the paragraphs, not a sentence of this one.
 */
function isLinkParagraph(el: DomElement, s: NodeStats): boolean {
  if (el.name !== 'p' || s.text > MAX_LINK_PARAGRAPH_CHARS || s.link < s.text * LINK_PARAGRAPH_SHARE) return false;
  const t = cleanText(rawText(el));
  return !/:\/\/|www\.|\.\w{2,4}\//i.test(t) && t.split(' ').length >= MIN_HEADLINE_WORDS; // a source's URL is a reference, not a teaser
}

/**
 * A short paragraph whose only words outside its links are a related-links label ("<strong>Lee también</strong>
 * <a>…</a>", "<span>Lire aussi</span> <a>…</a>"): a teaser for another story whose label is set apart by
 * markup instead of a colon, so the chrome-line patterns cannot tell it from a sentence starting with those words.
 */
function isLabelledTeaser(el: DomElement, s: NodeStats): boolean {
  if (el.name !== 'p' || s.link === 0 || s.text > MAX_CHROME_CHARS) return false;
  return isRelatedLine(cleanText(textOutsideLinks(el)));
}

function textOutsideLinks(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  if (!isElement(node) || node.name === 'a') return '';
  let out = '';
  for (const c of node.children) out += textOutsideLinks(c);
  return out;
}

function isLinkList(el: DomElement, s: NodeStats, stats: Map<DomElement, NodeStats>): boolean {
  if (s.commas >= PROSE_COMMAS) return false;
  if ((el.name === 'ul' || el.name === 'ol') && classWeight(el) >= 0 && isProseList(el, s, stats)) return false;
  const weight = classWeight(el);
  if (weight < 0) return true;
  return linkDensity(s) > (weight > 0 ? MAX_LINK_DENSITY_POSITIVE : MAX_LINK_DENSITY);
}

/**
 * A list whose items are sentences with a link in them ("Ana fixed <a>the crash on start-up</a>"), not
 * headlines that are all link: story text, whatever its link density. Judged by the prose outside
 * links per item.
 */
function isProseList(el: DomElement, s: NodeStats, stats: Map<DomElement, NodeStats>): boolean {
  let items = 0;
  for (const c of el.children) if (isElement(c) && c.name === 'li' && stats.get(c)?.text) items++;
  return items > 0 && (s.text - s.link) / items >= LIST_ITEM_PROSE_CHARS;
}

/**
 * A span holding only inline content is part of a sentence ("and <span><a>the results are in</a></span>"):
 * its link density says nothing. Spans used as boxes (holding blocks) are judged like divs.
 */
function isInlineSpan(el: DomElement): boolean {
  if (el.name !== 'span') return false;
  let block = false;
  walkElements(el, (c) => {
    if (c !== el && BLOCK_TAGS.has(c.name)) block = true;
    return !block;
  });
  return !block;
}

/** Embedded posts (tweets) are link-heavy quotes that belong to the story. */
function isEmbed(el: DomElement): boolean {
  return /embed|tweet|instagram/.test(classAndId(el));
}

function hasMedia(el: DomElement): boolean {
  return hasElement(el, (c) => MEDIA_TAGS.has(c.name));
}
