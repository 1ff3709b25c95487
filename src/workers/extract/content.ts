/**
 * Main-content detection: drop furniture, score once, choose the best container (Readability's
 * rules), add related siblings, then prune what is not story text inside it.
 */
import {
  DomElement,
  DomNode,
  hasElement,
  NON_CONTENT_TAGS,
  SUBHEADING_TAGS,
  hasChildren,
  isElement,
  isHidden,
  onlyChild,
  rawText,
  walkElements,
} from './dom';
import { isBoilerplateElement, isBoilerplateLine, isListedArticle, isRestorable } from './boilerplate';
import { NodeStats, candidateCeiling, candidateScore, linkDensity, scoreTree } from './score';
import { pruneContent } from './prune';
import { cleanText } from './text';
import { isCommentThread } from './comment-thread';
import { isSlideshow } from './slideshow';

/** Alternatives scoring this close to the best one hint the story is split over their ancestor. */
const ALTERNATIVE_RATIO = 0.75;
/** This many such alternatives inside one ancestor make that ancestor the container (Readability: 3). */
const MIN_ALTERNATIVES = 3;
/** A candidate scoring this share of the best one, outside it, may be another part of a split story. */
const SPLIT_PART_RATIO = 0.3;
/** ... and when it holds at least this share of the best one's text: a headline box, standfirst or caption beside the story is no part of it. */
const SPLIT_PART_MIN_TEXT = 0.1;
/** The parts' common ancestor is the story when its link density stays below this ... */
const SPLIT_MAX_LINK_DENSITY = 0.15;
/** ... and its text is at most this multiple of the parts' text (little else in between). */
const SPLIT_MAX_EXTRA = 1.1;
/** Candidates considered for the alternatives rule (Readability: 5). */
const TOP_CANDIDATES = 5;
/** A sibling joins the story when it scores this share of the best score, and at least SIBLING_MIN. */
const SIBLING_RATIO = 0.2;
const SIBLING_MIN = 10;
/** A sibling of the container's kind with this many paragraphs, and this share of the container's text, is another section of the story (see isSameKind). */
const SAME_KIND_PARAGRAPHS = 2;
const SAME_KIND_MIN_SHARE = 0.5;
/** A sibling with more of its text in links than this is a teaser list, not more story (a review links a fifth of its words). */
const SIBLING_MAX_LINK_DENSITY = 0.2;
/** A sibling holding this many linked headings is a teaser list (see isTeaserList). */
const TEASER_LIST_HEADINGS = 2;
/**
 * A paragraph of the story's kind beside the container joins it when longer than this and below this link density, or
 * when shorter, without links and holding a sentence's end (Readability's test for a paragraph sibling: 80, 0.25, ". ").
 */
const PARAGRAPH_SIBLING_CHARS = 80;
const PARAGRAPH_SIBLING_MAX_LINK_DENSITY = 0.25;
const SENTENCE_END = /\.(?:\s|$)/;
/** A heading with more than this share of its text in links is a link to another story. */
const LINKED_HEADING_SHARE = 0.5;
/** A removed block comes back when its prose exceeds the chosen story's by this factor. */
const RESTORE_RATIO = 1.5;
/** ... and when its link density stays below this (a sidebar of headlines never qualifies). */
const RESTORE_MAX_LINK_DENSITY = 0.35;
/** A "story" with more than this share of its text in links is an index or a link list, not an article. */
const MAX_STORY_LINK_DENSITY = 0.5;
/** A removed block holding more than this share of the page's text wraps the page (see pageWrappers). */
const WRAPPER_SHARE = 0.5;
/** Parts of a table that are never the story without their table (its caption, its head). */
const TABLE_BODY_TAGS = new Set(['tbody', 'thead', 'tfoot']);
/** Below this much text the furniture filter probably ate the story: try again without it. */
const MIN_ARTICLE_CHARS = 250;

export interface ContentResult {
  /** The story's top-level nodes, in document order. */
  roots: DomElement[];
  /** Nodes inside the roots that are not story text. */
  skip: Set<DomNode>;
  stats: Map<DomElement, NodeStats>;
  /** Readers' comment threads told by their text (see comment-thread.ts), which the story left out. */
  threads: DomElement[];
  /** The roots taken in as the story's standfirst, before its container (isStandfirst). */
  standfirsts: DomElement[];
}

/** The story's roots as chosen, and which of them are its standfirst. */
interface ChosenRoots {
  roots: DomElement[];
  standfirsts: DomElement[];
}

/** Finds the story in `body`; `forced` (a per-source selector's matches) skips the detection. */
export function findContent(body: DomElement, forced: DomElement[], removedBySource: DomElement[]): ContentResult | null {
  const wrappers = new Set<DomElement>();
  for (const pass of ['strict', 'wrappers', 'loose'] as const) {
    const strict = pass !== 'loose';
    const threads: DomElement[] = [];
    const removed = markRemoved(body, strict, removedBySource, wrappers, threads);
    let stats = scoreTree(body, removed);
    if (pass === 'strict') for (const w of pageWrappers(body, removed, stats, removedBySource)) wrappers.add(w);
    else if (pass === 'wrappers' && !wrappers.size) continue;
    let chosen: ChosenRoots = forced.length ? { roots: forced, standfirsts: [] } : chooseRoots(body, stats);
    if (!forced.length && restoreStory(removed, chosen.roots, stats, removedBySource)) {
      stats = scoreTree(body, removed);
      chosen = chooseRoots(body, stats);
    }
    const { roots, standfirsts } = chosen;
    if (!roots.length) continue;
    const text = roots.reduce((n, r) => n + (stats.get(r)?.text ?? 0), 0);
    const links = roots.reduce((n, r) => n + (stats.get(r)?.link ?? 0), 0);
    if (!forced.length && text > 0 && links / text > MAX_STORY_LINK_DENSITY) continue;
    if (strict && !forced.length && text < MIN_ARTICLE_CHARS) continue;
    const skip = pruneContent(roots, stats, removed);
    return { roots, skip, stats, threads, standfirsts };
  }
  return null;
}

/** Hidden nodes always; furniture (by tag, class or id, or a gallery's slides by their counters) and comment threads (by text, also added to `threads`) when `strict`, except the `wrappers`. */
function markRemoved(
  body: DomElement,
  strict: boolean,
  extra: DomElement[],
  wrappers: Set<DomElement>,
  threads: DomElement[],
): Set<DomNode> {
  const removed = new Set<DomNode>(extra);
  walkElements(body, (el) => {
    if (NON_CONTENT_TAGS.has(el.name)) return false;
    const judged = strict && !wrappers.has(el);
    const furniture = isHidden(el) || (judged && (isBoilerplateElement(el) || isListedArticle(el) || isSlideshow(el)));
    const thread = !furniture && judged && isCommentThread(el);
    if (thread) threads.push(el);
    if (furniture || thread) {
      removed.add(el);
      return false;
    }
    return true;
  });
  return removed;
}

/**
 * A block removed by its class ("ad-portal", "sidebar-wrapper") that holds most of the page's text,
 * with no more links than a story may have, wraps the page: when the strict pass finds no story, the
 * next pass keeps it and judges its parts instead, before giving up the furniture filter altogether.
 */
function pageWrappers(body: DomElement, removed: Set<DomNode>, stats: Map<DomElement, NodeStats>, keep: DomElement[]): DomElement[] {
  const removedEls = [...removed].filter((n): n is DomElement => isElement(n));
  const pageText = (stats.get(body)?.text ?? 0) + removedEls.reduce((n, el) => n + (stats.get(el)?.text ?? 0), 0);
  return removedEls.filter((el) => {
    const s = stats.get(el);
    return !!s && !keep.includes(el) && !isHidden(el) && s.text > pageText * WRAPPER_SHARE && linkDensity(s) <= MAX_STORY_LINK_DENSITY;
  });
}

/**
 * Class names lie ("pg-side-of-rail" holding CNN's story): a removed block with more prose than
 * the chosen story, and few links, is put back. Returns true when something was.
 */
function restoreStory(removed: Set<DomNode>, roots: DomElement[], stats: Map<DomElement, NodeStats>, keep: DomElement[]): boolean {
  const chosen = roots.reduce((n, r) => n + prose(stats.get(r)), 0);
  let restored = false;
  for (const node of removed) {
    if (!isElement(node) || keep.includes(node) || !isRestorable(node) || isCommentThread(node) || isSlideshow(node)) continue;
    const s = stats.get(node);
    if (s && prose(s) > chosen * RESTORE_RATIO && linkDensity(s) < RESTORE_MAX_LINK_DENSITY) {
      removed.delete(node);
      restored = true;
    }
  }
  return restored;
}

function prose(s: NodeStats | undefined): number {
  return s ? s.text - s.link : 0;
}

function chooseRoots(body: DomElement, stats: Map<DomElement, NodeStats>): ChosenRoots {
  const top = topCandidates(stats);
  const best = top[0];
  if (!best) return { roots: [], standfirsts: [] };
  const container = refineContainer(best.el, top, stats, body);
  return withSiblings(container, best.score, stats, body);
}

interface Scored {
  el: DomElement;
  score: number;
}

/** Map.forEach, not for-of with [el, s]: that allocated an entry array per scored element. */
function topCandidates(stats: Map<DomElement, NodeStats>): Scored[] {
  const top: Scored[] = [];
  stats.forEach((s, el) => {
    if (s.score <= 0) return;
    const full = top.length === TOP_CANDIDATES;
    if (full && candidateCeiling(el, s) <= top[TOP_CANDIDATES - 1]!.score) return;
    const score = candidateScore(el, s);
    if (full && score <= top[TOP_CANDIDATES - 1]!.score) return;
    top.push({ el, score });
    top.sort((a, b) => b.score - a.score);
    if (top.length > TOP_CANDIDATES) top.pop();
  });
  return top;
}

/** Readability's climb: to an ancestor holding several near-best candidates, and through lone wrappers. */
function refineContainer(best: DomElement, top: Scored[], stats: Map<DomElement, NodeStats>, body: DomElement): DomElement {
  const bestScore = top[0]!.score;
  const alts = top
    .slice(1)
    .filter((c) => c.score >= bestScore * ALTERNATIVE_RATIO)
    .map((c) => c.el);
  let el = best;
  if (alts.length >= MIN_ALTERNATIVES) {
    for (let p = best.parent; p && p !== body && isElement(p); p = p.parent) {
      if (alts.filter((a) => isAncestor(p!, a)).length >= MIN_ALTERNATIVES) {
        el = p;
        break;
      }
    }
  }
  if (el === best) el = joinSplitStory(best, top, stats, body);
  return climbWrappers(el, stats, body);
}

/**
 * A story cut into parts by figures, quotes or ads ("section, figure, section"): other strong
 * candidates that are neither inside nor around the best one, whose common ancestor holds little
 * besides those parts and few links, make that ancestor the container.
 */
function joinSplitStory(best: DomElement, top: Scored[], stats: Map<DomElement, NodeStats>, body: DomElement): DomElement {
  const bestScore = top[0]!.score;
  const bestText = stats.get(best)?.text ?? 0;
  const parts = top.filter(
    (c) =>
      c.el !== best &&
      c.score >= bestScore * SPLIT_PART_RATIO &&
      (stats.get(c.el)?.text ?? 0) >= bestText * SPLIT_PART_MIN_TEXT &&
      !isAncestor(c.el, best) &&
      !isAncestor(best, c.el),
  );
  const disjoint = parts.filter((c) => !parts.some((o) => o !== c && isAncestor(c.el, o.el))); // innermost of each chain
  if (!disjoint.length) return best;
  let lca: DomNode | null = best;
  while (lca && !disjoint.every((c) => isAncestor(lca!, c.el))) lca = lca.parent;
  if (!lca || lca === body || !isElement(lca)) return best;
  const ls = stats.get(lca);
  const partsText = [best, ...disjoint.map((c) => c.el)].reduce((n, el) => n + (stats.get(el)?.text ?? 0), 0);
  if (!ls || linkDensity(ls) > SPLIT_MAX_LINK_DENSITY || ls.text > partsText * SPLIT_MAX_EXTRA) return best;
  return lca;
}

/**
 * Up through parents that add no text of their own (lone wrappers), and from a table's body to its
 * table. A parent that adds even a little text is not climbed: step by step, "a little" reached the
 * page wrapper and took in the headline box, teasers and labels around the story.
 */
function climbWrappers(el: DomElement, stats: Map<DomElement, NodeStats>, body: DomElement): DomElement {
  let cur = el;
  for (let p = cur.parent; p && p !== body && isElement(p); p = p.parent) {
    const ps = stats.get(p);
    const cs = stats.get(cur);
    if (!ps || !cs || (ps.text > cs.text && !TABLE_BODY_TAGS.has(cur.name))) break;
    cur = p;
  }
  return cur;
}

function isAncestor(a: DomNode, node: DomNode): boolean {
  for (let n = node.parent; n; n = n.parent) if (n === a) return true;
  return false;
}

/** The container plus siblings that look like more of the story (Readability's sibling pass). */
function withSiblings(container: DomElement, bestScore: number, stats: Map<DomElement, NodeStats>, body: DomElement): ChosenRoots {
  const parent = container.parent;
  if (container === body || !parent || !hasChildren(parent)) return { roots: [container], standfirsts: [] };
  const standfirsts: DomElement[] = [];
  for (const sib of parent.children) {
    if (sib === container) break;
    if (isElement(sib) && isStandfirst(sib, stats)) standfirsts.push(sib);
  }
  // a marked story body ("articleBody") is the whole story but for its standfirst, a field of its own before it
  if (isWholeStory(container)) return { roots: [...standfirsts, container], standfirsts };
  const threshold = Math.max(SIBLING_MIN, bestScore * SIBLING_RATIO);
  const kinds = childClasses(container);
  const roots: DomElement[] = [];
  for (const sib of parent.children) {
    if (!isElement(sib)) continue;
    const more =
      sib === container ||
      standfirsts.includes(sib) ||
      isStorySibling(sib, stats, threshold, isSameKind(container, sib, stats) ? bestScore * SIBLING_RATIO : 0) ||
      isStoryParagraph(sib, stats, kinds);
    // a line of chrome is tested last, on the few siblings taken: most are not, and the test reads a block's text
    if (more && (sib === container || !isChromeLineBlock(sib, stats))) roots.push(sib);
  }
  return { roots, standfirsts };
}

/** A standfirst is one to three sentences: longer, the block is a summary box or the story itself. */
const STANDFIRST_CHARS = [60, 800] as const;

/** A standfirst's class or id: the story's lead printed in a block of its own before the body ("lead", "intro", "chapeau", "entradilla", "manchet", "perex"). */
const STANDFIRST_HINT =
  /(?:^|[\s_-])(?:lead|lede|intro|introduction|standfirst|deck|dek|chapeau|chapo|entradilla|sottotitolo|ingress|ingresso|manchet|perex|article-?lead|news-?lead|lead-?text|teaser-?text)(?:$|[\s_-])/i;
/** Blocks a standfirst holds none of: a heading or a list makes the block a header box or a summary. */
const NOT_IN_STANDFIRST = new Set(['h1', 'h2', 'ul']);

/**
 * A block before the story's container that its class (or itemprop="description") calls the story's lead, holding a
 * few sentences of prose with no heading and few links: the standfirst a CMS prints in a field of its own between the
 * headline and the body (TYPO3's "lead" / itemprop="description", a Next.js "Article_lead"). Labellers in most blind
 * rounds counted it as story text.
 */
function isStandfirst(sib: DomElement, stats: Map<DomElement, NodeStats>): boolean {
  const s = stats.get(sib);
  if (!s || s.text < STANDFIRST_CHARS[0] || s.text > STANDFIRST_CHARS[1] || linkDensity(s) > 0.1) return false;
  const hinted =
    (sib.attribs.itemprop ?? '').toLowerCase() === 'description' ||
    STANDFIRST_HINT.test(`${sib.attribs.class ?? ''} ${sib.attribs.id ?? ''}`);
  return hinted && !hasElement(sib, (el) => NOT_IN_STANDFIRST.has(el.name));
}

/** Sibling blocks read as one line at most this long are looked at as lines of page chrome. */
const MAX_CHROME_LINE_CHARS = 260;

/** A short sibling block whose text is a line of page chrome ("Sendung: hr-iNFO, 09.03.2026, 19:30 Uhr"): pruning sees only the container's inside. */
function isChromeLineBlock(sib: DomElement, stats: Map<DomElement, NodeStats>): boolean {
  const s = stats.get(sib);
  return !!s && s.text > 0 && s.text <= MAX_CHROME_LINE_CHARS && isBoilerplateLine(cleanText(rawText(sib)));
}

/**
 * Readability's test for its same-class bonus: the sibling has the container's class. Or, for a sibling holding
 * several paragraphs and half the container's text or more (a section of the story, not a caption, a label or a box of
 * highlights), the same first class (the block's kind, before modifiers): a review's sections "css-7365ed css-cbd82b …"
 * and "css-7365ed css-308838 …".
 */
function isSameKind(container: DomElement, sib: DomElement, stats: Map<DomElement, NodeStats>): boolean {
  const cls = container.attribs.class?.trim();
  if (!cls) return false;
  if (sib.attribs.class?.trim() === cls) return true;
  const s = stats.get(sib);
  const own = stats.get(container)?.text ?? 0;
  return firstClass(sib) === firstClass(container) && !!s && s.paragraphs >= SAME_KIND_PARAGRAPHS && s.text >= own * SAME_KIND_MIN_SHARE;
}

/** The classes of the container's own blocks: its paragraphs' kind when the site sets them in styled divs. */
function childClasses(el: DomElement): Set<string> {
  const out = new Set<string>();
  for (const c of el.children) {
    const kind = isElement(c) ? firstClass(c) : undefined;
    if (kind) out.add(kind);
  }
  return out;
}

/**
 * A sibling of the container with the class of the container's own paragraphs, or a wrapper around a single one
 * (CNN's first paragraphs before its "read all" block, each a "<div class="css-fdb974">"), is a paragraph of the same
 * story: Readability's same-class sibling bonus, one level down, for the paragraphs its DIV-to-P step would make.
 */
function isStoryParagraph(sib: DomElement, stats: Map<DomElement, NodeStats>, kinds: Set<string>): boolean {
  const s = stats.get(sib);
  if (!kinds.size || !s || s.text === 0) return false;
  const el = sib.name === 'div' ? (onlyChild(sib) ?? sib) : sib;
  const kind = firstClass(el);
  if (!kind || !kinds.has(kind) || !isParagraphBlock(el, stats.get(el))) return false;
  if (s.text > PARAGRAPH_SIBLING_CHARS) return linkDensity(s) < PARAGRAPH_SIBLING_MAX_LINK_DENSITY;
  return s.link === 0 && SENTENCE_END.test(rawText(sib).trim());
}

/** A <p>, or a div holding inline content only (Readability's DIV-to-P): a paragraph, not a box of blocks. */
function isParagraphBlock(el: DomElement, s: NodeStats | undefined): boolean {
  if (el.name === 'p') return true;
  return el.name === 'div' && !!s && s.inline > 0 && s.inline >= s.text - s.link;
}

/** The first word of the class: the block's kind, before its modifiers ("css-fdb974 css-c22d70", "paragraph speakable"). */
function firstClass(el: DomElement): string | undefined {
  return el.attribs.class?.trim().split(/\s+/)[0];
}

/**
 * `bonus`: Readability's for a sibling with the container's own class ("acf-content" blocks of one story split by
 * figures): the same class says the same kind of block, whatever words it is made of (generated names too).
 */
function isStorySibling(sib: DomElement, stats: Map<DomElement, NodeStats>, threshold: number, bonus: number): boolean {
  const s = stats.get(sib);
  if (!s || s.text === 0) return false;
  const ld = linkDensity(s);
  if (candidateScore(sib, s) + bonus >= threshold && s.score > 0 && ld < SIBLING_MAX_LINK_DENSITY) return !isTeaserList(sib, stats);
  if (sib.name !== 'p') return false;
  return (s.text > PARAGRAPH_SIBLING_CHARS && ld < PARAGRAPH_SIBLING_MAX_LINK_DENSITY) || (s.text > 0 && ld === 0 && s.commas > 0);
}

/**
 * A block with several headings that are links is a list of teasers for other stories (linked headline,
 * then a summary in plain text, so its link density stays low): next to the story, never more of it.
 */
export function isTeaserList(el: DomElement, stats: Map<DomElement, NodeStats>): boolean {
  let linked = 0;
  walkElements(el, (c) => {
    if (linked >= TEASER_LIST_HEADINGS) return false;
    if (!SUBHEADING_TAGS.has(c.name)) return true;
    const s = stats.get(c);
    if (s && s.text > 0 && linkDensity(s) > LINKED_HEADING_SHARE) linked++;
    return false;
  });
  return linked >= TEASER_LIST_HEADINGS;
}

/** Semantic story containers are complete: their siblings are page furniture. */
function isWholeStory(el: DomElement): boolean {
  return el.name === 'article' || el.name === 'main' || /articlebody/i.test(el.attribs.itemprop ?? '');
}
