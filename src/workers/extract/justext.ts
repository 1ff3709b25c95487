/**
 * A jusText-style third opinion on the body (Pomikálek 2011, ch. 3; the jusText package's defaults): each text block of
 * the page is judged by its length, link density and stopword density, on its own (bad, short, near-good, good) and then
 * by its neighbours, so that short lines inside the story join it and short lines among boilerplate leave with it. It
 * knows nothing of markup names, so it still reads pages whose classes say nothing and which have no sectioning.
 * Pure: a parsed tree in, the good blocks' elements out.
 */
import { DomElement, DomNode, hasChildren, isElement } from './dom';
import { TextBlock, breaksBlock, textBlocks } from './text-blocks';
import { Stoplist, likeliestStoplist, stoplistForLang } from './stoplists';

/** jusText's MAX_LINK_DENSITY: a block more than this share links is navigation. */
const MAX_LINK_DENSITY = 0.2;
/** jusText's LENGTH_LOW: a block shorter than this (characters) is short, judged by its neighbours. */
const LENGTH_LOW = 70;
/** jusText's LENGTH_HIGH: a block longer than this with many stopwords is good on its own. */
const LENGTH_HIGH = 200;
/** jusText's STOPWORDS_LOW: a block with fewer stopwords than this share of its words is not running prose. */
const STOPWORDS_LOW = 0.3;
/** jusText's STOPWORDS_HIGH: this share of stopwords or more is prose. */
const STOPWORDS_HIGH = 0.32;
/** jusText's MAX_HEADING_DISTANCE: a heading this many characters or fewer before good text belongs to it. */
const MAX_HEADING_DISTANCE = 200;
/** A copyright sign marks a footer block (jusText's rule). */
const COPYRIGHT = /©|&copy/;

export type BlockClass = 'good' | 'bad' | 'short' | 'near-good';

/** The words of a text, lower-cased, without the punctuation at their ends; tokens without a letter or digit are not words. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const token of text.toLowerCase().split(' ')) {
    const w = token.replace(EDGE_PUNCTUATION, '');
    if (w) out.push(w);
  }
  return out;
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The share of `words` that are stopwords (0 for no words). */
export function stopwordDensity(words: readonly string[], stoplist: Stoplist): number {
  if (!words.length) return 0;
  let n = 0;
  for (const w of words) if (stoplist.has(w)) n++;
  return n / words.length;
}

/** jusText's context-free class of one block. */
export function classifyBlock(block: TextBlock, stoplist: Stoplist): BlockClass {
  const length = block.text.length;
  if (block.linkChars / length > MAX_LINK_DENSITY || COPYRIGHT.test(block.text)) return 'bad';
  if (length < LENGTH_LOW) return block.linkChars > 0 ? 'bad' : 'short';
  const density = stopwordDensity(wordsOf(block.text), stoplist);
  if (density >= STOPWORDS_HIGH) return length > LENGTH_HIGH ? 'good' : 'near-good';
  return density >= STOPWORDS_LOW ? 'near-good' : 'bad';
}

/**
 * jusText's context-sensitive pass over the context-free classes (after promoteProseRuns): a short heading shortly before good text is near-good;
 * a short block is good between good ones, bad between bad ones, and otherwise good only when a near-good block stands
 * on the bad side next to it; a near-good block is bad only between bad ones; and a heading demoted on the way is
 * restored when good text follows it closely.
 */
export function reviseClasses(blocks: readonly TextBlock[], initial: readonly BlockClass[]): Array<'good' | 'bad'> {
  const cls = promoteProseRuns(initial);
  blocks.forEach((b, i) => {
    if (b.heading && cls[i] === 'short' && goodFollows(blocks, cls, i)) cls[i] = 'near-good';
  });
  const shorts = cls.map((c, i) => (c === 'short' ? reviseShort(cls, i) : c));
  const revised = shorts.map((c, i) =>
    c === 'near-good' ? (neighbour(shorts, i, -1, true) === 'bad' && neighbour(shorts, i, 1, true) === 'bad' ? 'bad' : 'good') : c,
  );
  const final = revised as Array<'good' | 'bad'>;
  blocks.forEach((b, i) => {
    if (b.heading && final[i] === 'bad' && initial[i] !== 'bad' && goodFollows(blocks, final, i)) final[i] = 'good';
  });
  return final;
}

/**
 * Not jusText's: a near-good block beside another near-good one (short lines between them aside) is good. News is
 * often written one sentence to a paragraph, each under LENGTH_HIGH, so a wire story has no good block for jusText's
 * pass to start from; a run of prose paragraphs is running text all the same. Teaser summaries and readers' comments
 * stay apart: linked headlines and commenters' names (bad) stand between them.
 */
function promoteProseRuns(initial: readonly BlockClass[]): BlockClass[] {
  return initial.map((c, i) =>
    c === 'near-good' && (nearestProse(initial, i, -1) === 'near-good' || nearestProse(initial, i, 1) === 'near-good') ? 'good' : c,
  );
}

/** The class of the nearest block in direction `step` that is not short; 'bad' past either end. */
function nearestProse(cls: readonly BlockClass[], i: number, step: 1 | -1): BlockClass {
  for (let j = i + step; j >= 0 && j < cls.length; j += step) if (cls[j] !== 'short') return cls[j]!;
  return 'bad';
}

function reviseShort(cls: readonly BlockClass[], i: number): BlockClass {
  const prev = neighbour(cls, i, -1, true);
  const next = neighbour(cls, i, 1, true);
  if (prev === 'good' && next === 'good') return 'good';
  if (prev === 'bad' && next === 'bad') return 'bad';
  const nearGoodBeside =
    (prev === 'bad' && neighbour(cls, i, -1, false) === 'near-good') || (next === 'bad' && neighbour(cls, i, 1, false) === 'near-good');
  return nearGoodBeside ? 'good' : 'bad';
}

/** The class of the nearest block in direction `step` that is good or bad (or near-good, unless skipped); 'bad' past either end. */
function neighbour(cls: readonly BlockClass[], i: number, step: 1 | -1, skipNearGood: boolean): BlockClass {
  for (let j = i + step; j >= 0 && j < cls.length; j += step) {
    const c = cls[j]!;
    if (c === 'good' || c === 'bad' || (c === 'near-good' && !skipNearGood)) return c;
  }
  return 'bad';
}

/** True when a good block starts within MAX_HEADING_DISTANCE characters after block `i`. */
function goodFollows(blocks: readonly TextBlock[], cls: readonly BlockClass[], i: number): boolean {
  let distance = 0;
  for (let j = i + 1; j < blocks.length && distance <= MAX_HEADING_DISTANCE; j++) {
    if (cls[j] === 'good') return true;
    distance += blocks[j]!.text.length;
  }
  return false;
}

/** The blocks of a page with their final classes. */
export interface ClassifiedPage {
  blocks: TextBlock[];
  classes: Array<'good' | 'bad'>;
}

/** Classifies the blocks below `root` with the stoplist of `lang`, or, when it has none, the list under which the page's words hold the most stopwords. */
export function classifyPage(root: DomElement, lang: string | null): ClassifiedPage {
  const blocks = textBlocks(root);
  const stoplist = stoplistForLang(lang) ?? likeliestStoplist(blocks.flatMap((b) => wordsOf(b.text)));
  if (!stoplist) return { blocks, classes: blocks.map(() => 'bad') };
  return {
    blocks,
    classes: reviseClasses(
      blocks,
      blocks.map((b) => classifyBlock(b, stoplist)),
    ),
  };
}

/** The classifier's story: its top elements, and the elements inside them that hold only bad blocks. */
export interface GoodParts {
  roots: DomElement[];
  skip: Set<DomNode>;
}

/**
 * The story as jusText sees it: the highest elements whose text blocks are all good, in document order (a run of good
 * paragraphs in one container is the container, with the pictures between them; a good paragraph beside boilerplate is
 * itself). A good block written straight into a container that also holds bad ones (text beside a share bar in one
 * <div>) takes that container, its bad-only elements skipped. Empty when no block is good.
 */
export function goodRoots(page: ClassifiedPage, top: DomElement): GoodParts {
  const tally = tallyBlocks(page);
  const owners = new Set<DomNode>();
  page.blocks.forEach((b, i) => {
    if (page.classes[i] === 'good' && b.nodes[0]) owners.add(ownerOf(b.nodes[0]));
  });
  const out: GoodParts = { roots: [], skip: new Set() };
  const skipBad = (el: DomElement): void => {
    for (const c of el.children) {
      const t = tally.get(c);
      if (!t || !isElement(c)) continue;
      if (t.good === 0) out.skip.add(c);
      else if (t.bad > 0) skipBad(c);
    }
  };
  const visit = (el: DomElement): void => {
    const t = tally.get(el);
    if (!t || t.good === 0) return;
    if (el !== top && (t.bad === 0 || owners.has(el))) {
      out.roots.push(el);
      return t.bad ? skipBad(el) : undefined;
    }
    for (const c of el.children) if (isElement(c) && hasChildren(c)) visit(c);
  };
  visit(top);
  return out;
}

/** How many good and bad blocks each element holds. */
function tallyBlocks(page: ClassifiedPage): Map<DomNode, { good: number; bad: number }> {
  const tally = new Map<DomNode, { good: number; bad: number }>();
  page.blocks.forEach((b, i) => {
    const good = page.classes[i] === 'good';
    const seen = new Set<DomNode>();
    for (const node of b.nodes)
      for (let n = node.parent; n && !seen.has(n); n = n.parent) {
        seen.add(n);
        const t = tally.get(n) ?? { good: 0, bad: 0 };
        if (good) t.good++;
        else t.bad++;
        tally.set(n, t);
      }
  });
  return tally;
}

/** The nearest element above a text node at which its block begins and ends. */
function ownerOf(node: DomNode): DomNode {
  let n = node.parent;
  while (n?.parent && !(isElement(n) && breaksBlock(n.name))) n = n.parent;
  return n ?? node;
}
