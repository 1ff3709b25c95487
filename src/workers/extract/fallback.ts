/**
 * The second opinion on the body, as the trafilatura family does it: our own result is kept unless
 * it looks poor (no story, a short one, or much less than the page's prose), and only then is
 * Mozilla Readability (on linkedom) run and its story compared with ours. Pure: HTML in, nodes out.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DomElement, DomNode, isElement, isInside, rawText, walkElements } from './dom';
import { isBoilerplateElement, isInListedArticle } from './boilerplate';
import { parsePage } from './parse';
import { NodeStats, linkDensity, scoreTree } from './score';
import { isTeaserList } from './content';
import { isCommentThread } from './comment-thread';
import { isSlideshow } from './slideshow';
import { classifyPage, goodRoots } from './justext';

/** A paragraph this long (characters) with few links counts as the page's prose. */
const PROSE_PARAGRAPH_CHARS = 80;
/** ... when at most this share of it is link text. */
const PROSE_MAX_LINK_DENSITY = 0.25;
/** Our story is suspicious when it holds less than this share of the page's prose paragraphs. */
const MIN_PROSE_SHARE = 0.5;
/** Our story is suspicious below this many characters (a teaser-sized "article"). */
const SHORT_STORY_CHARS = 600;
/** A second opinion with more of its text in links than this is an index, as for our own story. */
const MAX_LINK_DENSITY = 0.5;
/** Readability's story replaces ours only when it is this much longer (it also finds more chrome). */
const FALLBACK_GAIN = 1.3;
/** A short story of ours is often a whole brief: Readability's replaces it only when this much longer. */
const SHORT_FALLBACK_GAIN = 2;
/** ... and not this much longer when ours was not short: a whole page of comments is not the story. */
const FALLBACK_MAX_GAIN = 6;

export type BodyPlan = { kind: 'keep' } | { kind: 'second-opinion'; why: 'no-story' | 'short' | 'low-prose-share' };

/** Decides whether our own story needs a second opinion; `ownChars` null when we found none. */
export function planBody(ownChars: number | null, pageProseChars: number): BodyPlan {
  if (ownChars === null) return { kind: 'second-opinion', why: 'no-story' };
  if (ownChars < SHORT_STORY_CHARS) return { kind: 'second-opinion', why: 'short' };
  if (ownChars < pageProseChars * MIN_PROSE_SHARE) return { kind: 'second-opinion', why: 'low-prose-share' };
  return { kind: 'keep' };
}

/**
 * Characters in prose paragraphs (long <p> with few links) anywhere in the scored tree, except teasers of a list of articles.
 * Map.forEach, not for-of with [el, s]: that allocated an entry array per element of the page.
 */
export function pageProseChars(stats: Map<DomElement, NodeStats>): number {
  let total = 0;
  stats.forEach((s, el) => {
    if (el.name === 'p' && s.text >= PROSE_PARAGRAPH_CHARS && linkDensity(s) <= PROSE_MAX_LINK_DENSITY && !isInListedArticle(el))
      total += s.text;
  });
  return total;
}

/** True when the second opinion's story should replace ours. */
export function preferSecondOpinion(ownChars: number | null, otherChars: number, ownWasShort: boolean): boolean {
  if (otherChars === 0) return false;
  if (ownChars === null || ownChars === 0) return true;
  if (ownWasShort) return otherChars >= ownChars * SHORT_FALLBACK_GAIN;
  return otherChars >= ownChars * FALLBACK_GAIN && otherChars <= ownChars * FALLBACK_MAX_GAIN;
}

export interface SecondOpinion {
  /** The story's top-level nodes, re-parsed with our parser so the rest of the pipeline applies. */
  roots: DomElement[];
  /** Blocks inside it that our rules call furniture by class: Readability's story is judged without them. */
  furniture: Set<DomNode>;
}

/** The classifier's opinion: its story, and the text of every block it calls good (furniture or not: the page's prose). */
export interface ClassifierOpinion extends SecondOpinion {
  prose: string[];
}

/** Readability's story for `html`, or null when it finds none (or throws on odd markup). */
export function readabilityStory(html: string): SecondOpinion | null {
  let content: string | null | undefined;
  try {
    const { document } = parseHTML(html);
    content = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], KEEP_CLASSES).parse()?.content;
  } catch {
    return null;
  }
  if (!content) return null;
  const page = parsePage(content);
  const top = page.body ?? page.root;
  const roots = 'children' in top ? (top as DomElement).children.filter((n: DomNode): n is DomElement => isElement(n)) : [];
  if (!roots.length) return null;
  const stats = scoreTree(top, new Set());
  const text = roots.reduce((n, r) => n + (stats.get(r)?.text ?? 0), 0);
  const links = roots.reduce((n, r) => n + (stats.get(r)?.link ?? 0), 0);
  return text > 0 && links / text <= MAX_LINK_DENSITY ? { roots, furniture: furnitureIn(roots, stats, text) } : null;
}

/**
 * The jusText classifier's story (justext.ts) in our own parse of the page, or null when it finds no good block. Its
 * furniture is what our rules call furniture in Readability's story, and also its blocks inside a comment thread, or
 * inside a form, an element our class rules call boilerplate or a list of teasers (related posts), unless that box holds our
 * own story (a story inside a "modal" box) or, when we found none, half of the classifier's (the classifier reads
 * prose, and readers' comments are prose too).
 */
export function justextStory(
  body: DomElement,
  lang: string | null,
  stats: Map<DomElement, NodeStats>,
  ownRoots: DomElement[],
): ClassifierOpinion | null {
  const page = classifyPage(body, lang);
  const { roots, skip } = goodRoots(page, body);
  if (!roots.length) return null;
  const prose = page.blocks.filter((_, i) => page.classes[i] === 'good').map((b) => b.text);
  const textOf = (el: DomElement) => stats.get(el)?.text ?? rawText(el).length;
  const text = roots.reduce((n, r) => n + textOf(r), 0);
  const furniture = furnitureIn(roots, stats, text);
  skip.forEach((n) => furniture.add(n)); // the classifier's bad blocks inside its roots
  const byBox = new Map<DomElement, DomElement[]>();
  const verdicts = new Map<DomElement, boolean>(); // roots share ancestors: each is judged once
  const isBox = (el: DomElement) => verdicts.get(el) ?? verdicts.set(el, isFurnitureBox(el, stats)).get(el)!;
  for (const r of roots) {
    const box = furnitureAncestor(r, body, isBox);
    if (box === 'thread') furniture.add(r);
    else if (box) byBox.set(box, [...(byBox.get(box) ?? []), r]);
  }
  for (const r of roots) walkElements(r, (el) => (el.name === 'form' && byBox.set(el, [el]), el.name !== 'form')); // forms inside its roots
  byBox.forEach((inside, box) => {
    const story = ownRoots.length
      ? ownRoots.some((o) => isInside(o, box))
      : inside.reduce((n, r) => n + textOf(r), 0) >= text * FURNITURE_MAX_SHARE;
    if (!story) for (const r of inside) furniture.add(r);
  });
  return { roots, furniture, prose };
}

/**
 * A box whose prose is not the story: boilerplate by class, a list of teasers, or a form (a newsletter sign-up's terms, a
 * comment form's rules; a site that wraps its whole page in one form, as ASP.NET's do, has its story inside: see above).
 */
function isFurnitureBox(el: DomElement, stats: Map<DomElement, NodeStats>): boolean {
  return el.name === 'form' || isBoilerplateElement(el) || isTeaserList(el, stats);
}

/** The nearest of `el` and its ancestors below `top` that is a furniture box, or 'thread' when one is a comment thread. */
function furnitureAncestor(el: DomElement, top: DomElement, isBox: (el: DomElement) => boolean): DomElement | 'thread' | null {
  let box: DomElement | null = null;
  for (let n: DomNode | null = el; n && n !== top; n = n.parent) {
    if (!isElement(n)) continue;
    if (isCommentThread(n)) return 'thread';
    if (!box && isBox(n)) box = n;
  }
  return box;
}

/** Readability's story keeps class names, so that our furniture rules can judge its blocks. */
const KEEP_CLASSES = { keepClasses: true };
/** A furniture block holding this share of Readability's story or more is the story under a misleading class ("read-more"). */
const FURNITURE_MAX_SHARE = 0.5;

/**
 * The blocks of Readability's story that our rules call furniture: by class, such as a comment section
 * named in a language its patterns do not know ("kommentare", "commentaires"), or a list of teasers
 * that its sibling pass joined to a brief, or a thread of comments told by its commenters' headers, or a slideshow told by its
 * counters. Were they counted, a short post with a long discussion, a row of teasers or a gallery below would look like a
 * fuller story than ours.
 */
function furnitureIn(roots: DomElement[], stats: Map<DomElement, NodeStats>, text: number): Set<DomNode> {
  const out = new Set<DomNode>();
  for (const root of roots) {
    if (isCommentThread(root)) {
      out.add(root);
      continue;
    }
    walkElements(root, (el) => {
      // A thread told by its commenters' headers is the readers' even when it is all Readability found; a slideshow told by
      // its counters is a gallery's, which our own loose pass still gives on a page that is nothing else
      if (isCommentThread(el) || isSlideshow(el)) return (out.add(el), false);
      const byClass = isBoilerplateElement(el) && (stats.get(el)?.text ?? 0) < text * FURNITURE_MAX_SHARE;
      if (!byClass && !isTeaserList(el, stats)) return true;
      out.add(el);
      return false;
    });
  }
  return out;
}

/** A block shorter than this is not matched against the page's comment threads (a "Thanks!" reply matches anything). */
const MIN_MATCHED_CHARS = 40;

/**
 * The blocks of Readability's story whose text is the text of a comment thread we found on the page (`threads`, told by its
 * commenters' headers). Readability drops those headers ("Alex on September 17, 2018 at 6:34 am said:"), so its story of a
 * short post with a long discussion cannot be told from the story by itself: it is matched with the page's threads.
 */
export function fromThreads(roots: DomElement[], threads: DomElement[]): DomNode[] {
  if (!threads.length) return [];
  const threadText = threads.map((t) => squeeze(rawText(t))).join(' ');
  const out: DomNode[] = [];
  for (const root of roots)
    walkElements(root, (el) => {
      const text = squeeze(rawText(el));
      if (text.length < MIN_MATCHED_CHARS || !threadText.includes(text)) return true;
      out.push(el);
      return false;
    });
  return out;
}

function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
