/**
 * One post-order pass over the tree: text length, link text length and a Readability-style content
 * score per element, so choosing and pruning never rescan the document.
 */
import { BLOCK_TAGS, DomElement, DomNode, NON_CONTENT_TAGS, SUBHEADING_TAGS, hasChildren, isElement } from './dom';
import { CLASS_WEIGHT, classWeight } from './boilerplate';

/** A paragraph shorter than this (characters) adds nothing to its ancestors' scores (Readability: 25). */
const MIN_PARAGRAPH_CHARS = 25;
/** Characters of text per bonus point, and the cap on that bonus (Readability: 100 and 3). */
const CHARS_PER_POINT = 100;
const MAX_LENGTH_POINTS = 3;
/**
 * A list item is a paragraph when it holds this much text outside links, links at most this share of it, and no blocks: a
 * post written as bullet points ("These Weeks in Firefox", release notes, a council's list of decisions) has its prose
 * there, and under generated class names nothing else says where the post is. A menu's, a link list's or a teaser's item
 * is shorter or mostly links, and a teaser's opens with its story's linked headline.
 */
const MIN_PROSE_ITEM_CHARS = 80;
const MAX_PROSE_ITEM_LINKS = 0.25;
/** How far up a paragraph's score is shared (Readability: 5 levels). */
const SCORE_LEVELS = 5;

export interface NodeStats {
  /** Characters of visible text in the subtree (whitespace runs counted once). */
  text: number;
  /** Of which inside links. */
  link: number;
  /** Commas in the subtree's text: a cheap sign of prose. */
  commas: number;
  /** Content score shared up from paragraphs. */
  score: number;
  /** Paragraph-like descendants with enough text. */
  paragraphs: number;
  /** Text in direct text nodes and inline children: a div's own prose next to its blocks. */
  inline: number;
}

/**
 * Tags that hold paragraphs of prose directly. Not list items (Readability scores none either): a
 * list's items share their points with the list alone, so a reference list, a link list or a row of
 * teasers piles up more score than a story whose paragraphs or table cells spread theirs over levels.
 * Only an item of running prose counts (see MIN_PROSE_ITEM_CHARS).
 */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'dd']);
/** Tags that may hold prose directly among their block children. Not <span>: its words are its parent's, and counted there (scoring both counted them twice). */
const DIV_LIKE = new Set(['div', 'section', 'article', 'main', 'font', 'center']);
/** Tags whose content makes a div not a paragraph (it is a container). */
const CONTAINER_CHILD = new Set([
  'p',
  'div',
  'section',
  'article',
  'table',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'dl',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'form',
]);
/** Starting score by tag (Readability's initializeNode). */
const TAG_BASE: Record<string, number> = {
  div: 5,
  article: 5,
  section: 2,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/**
 * Scores every element below `root`. Nodes in `removed` get their own stats (so a wrongly removed
 * story can be noticed) but add nothing to their ancestors; inside them only paragraphs and headings
 * get stats (measureRemoved).
 */
export function scoreTree(root: DomNode, removed: Set<DomNode>): Map<DomElement, NodeStats> {
  const stats = new Map<DomElement, NodeStats>();
  const paragraphs: DomElement[] = [];
  measure(root, { removed, stats, paragraphs }, false);
  for (const p of paragraphs) {
    const ps = stats.get(p)!;
    const points = paragraphScore(ps);
    if (DIV_LIKE.has(p.name) && ps.inline >= MIN_PARAGRAPH_CHARS) ps.score += points;
    shareScore(p, points, stats);
  }
  return stats;
}

interface Pass {
  removed: Set<DomNode>;
  stats: Map<DomElement, NodeStats>;
  paragraphs: DomElement[];
}

/**
 * The stats of a subtree with no text: every count is zero and no paragraph shares score with it (only
 * ancestors of paragraphs, which hold their text, get score). One shared value, never written, so a quarter
 * of a page's elements (images, icons, empty wrappers) cost a map entry and no object.
 */
const NOTHING: Readonly<NodeStats> = { text: 0, link: 0, commas: 0, score: 0, paragraphs: 0, inline: 0 };

function measure(node: DomNode, pass: Pass, inLink: boolean): Readonly<NodeStats> {
  if (!hasChildren(node)) return NOTHING;
  if (pass.removed.has(node)) return measureRemoved(node, pass, inLink);
  const el = isElement(node) ? node : null;
  if (el && NON_CONTENT_TAGS.has(el.name)) return NOTHING;
  const link = inLink || el?.name === 'a';
  const acc: NodeStats = { text: 0, link: 0, commas: 0, score: 0, paragraphs: 0, inline: 0 };
  let containerChild = false;
  for (const child of node.children) {
    if (child.type === 'text') acc.inline += addText(acc, child.data ?? '', link);
    else if (hasChildren(child)) {
      const c = measure(child, pass, link);
      acc.text += c.text;
      acc.link += c.link;
      acc.commas += c.commas;
      acc.paragraphs += c.paragraphs;
      if (!isElement(child)) continue;
      if (CONTAINER_CHILD.has(child.name)) containerChild = true;
      else if (!BLOCK_TAGS.has(child.name)) acc.inline += c.text - c.link;
    }
  }
  const s = acc.text === 0 ? NOTHING : acc;
  if (!el) return s;
  pass.stats.set(el, s);
  if (isParagraph(el, acc, containerChild)) {
    acc.paragraphs += 1;
    pass.paragraphs.push(el);
  }
  return s;
}

/**
 * Elements whose stats are read inside a removed block: paragraphs (the page's prose, fallback.ts) and headings (a
 * removed sibling's teaser headings, content.ts).
 */
const READ_IN_REMOVED = new Set(['p', ...SUBHEADING_TAGS]);

/** Text, link text and commas counted so far in a walk. */
type Tally = Pick<NodeStats, 'text' | 'link' | 'commas'>;

/**
 * A removed subtree adds nothing to its ancestors and nothing in it scores. Its own stats are kept (so a wrongly removed
 * story can be noticed), and those of the elements read inside it (READ_IN_REMOVED, and removed blocks within it), but no
 * other element's. They are counted in one running tally, an element's counts being what the tally gained over its subtree:
 * removed blocks (menus, footers, sidebars) hold most of a page's elements, and no stats object is made for those.
 */
function measureRemoved(node: DomElement, pass: Pass, inLink: boolean): Readonly<NodeStats> {
  tallyRemoved(node, pass, inLink, { text: 0, link: 0, commas: 0 }, true);
  return NOTHING;
}

function tallyRemoved(node: DomElement, pass: Pass, inLink: boolean, t: Tally, keep: boolean): void {
  const el = isElement(node) ? node : null;
  if (el && NON_CONTENT_TAGS.has(el.name)) return;
  const link = inLink || el?.name === 'a';
  const text = t.text;
  const linked = t.link;
  const commas = t.commas;
  let inline = 0;
  for (const child of node.children) {
    if (child.type === 'text') inline += addText(t, child.data ?? '', link);
    else if (hasChildren(child)) {
      const sub = isElement(child) ? child : null;
      const before = t.text - t.link;
      tallyRemoved(child, pass, link, t, !!sub && (READ_IN_REMOVED.has(sub.name) || pass.removed.has(sub)));
      if (keep && sub && !CONTAINER_CHILD.has(sub.name) && !BLOCK_TAGS.has(sub.name)) inline += t.text - t.link - before;
    }
  }
  if (!el || !keep) return;
  const s =
    t.text === text ? NOTHING : { text: t.text - text, link: t.link - linked, commas: t.commas - commas, score: 0, paragraphs: 0, inline };
  pass.stats.set(el, s);
}

/** Prose holders: p-like tags, divs without block children, and containers with enough own prose. */
function isParagraph(el: DomElement, s: NodeStats, containerChild: boolean): boolean {
  if (s.text < MIN_PARAGRAPH_CHARS) return false;
  if (PARAGRAPH_TAGS.has(el.name)) return !isCaptionBeside(el);
  if (el.name === 'li')
    return !containerChild && s.text - s.link >= MIN_PROSE_ITEM_CHARS && s.link <= s.text * MAX_PROSE_ITEM_LINKS && !opensWithLink(el);
  if (!DIV_LIKE.has(el.name)) return false;
  return !containerChild || s.inline >= MIN_PARAGRAPH_CHARS;
}

/** True when the element's first words are a link's: a teaser's item opens with its story's linked headline. */
function opensWithLink(el: DomElement): boolean {
  for (const c of el.children) {
    if (!isElement(c)) {
      if ((c.data ?? '').trim()) return false;
      continue;
    }
    if (c.name === 'a') return true;
    if (hasChildren(c) && c.children.length) return opensWithLink(c);
  }
  return false;
}

/** Tags of a picture (a figure's own content). */
const PICTURE_TAGS = new Set(['img', 'picture']);

/**
 * A paragraph alone with a picture in its block ("<div><img><p>The minister, left, and his host, right, …</p></div>") is that
 * picture's caption, a <figure> and <figcaption> built of divs: as a figcaption it scores nothing (Readability scores
 * neither), so a caption with many commas never outscores a short story of plain sentences.
 */
function isCaptionBeside(p: DomElement): boolean {
  if (p.name !== 'p' || !isElement(p.parent)) return false;
  let picture = false;
  for (const c of p.parent.children) {
    if (c === p) continue;
    if (!isElement(c)) {
      if ((c.data ?? '').trim()) return false;
    } else if (PICTURE_TAGS.has(c.name) && !picture) picture = true;
    else return false;
  }
  return picture;
}

function addText(s: Tally, data: string, link: boolean): number {
  const t = data.trim();
  if (!t) return 0;
  const len = t.length + 1;
  s.text += len;
  if (link) s.link += len;
  for (let i = t.indexOf(','); i >= 0; i = t.indexOf(',', i + 1)) s.commas++;
  return link ? 0 : len;
}

function paragraphScore(s: NodeStats): number {
  return 1 + s.commas + Math.min(Math.floor(s.text / CHARS_PER_POINT), MAX_LENGTH_POINTS);
}

/** Readability's sharing: parent gets it all, grandparent half, then score / (level * 3). */
function shareScore(el: DomElement, points: number, stats: Map<DomElement, NodeStats>): void {
  let level = 0;
  for (let n = el.parent; n && isElement(n) && level < SCORE_LEVELS; n = n.parent, level++) {
    const ps = stats.get(n);
    const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
    if (ps) ps.score += points / divider;
  }
}

/** The final candidate score: shared points plus tag and class weight, discounted by link density. */
export function candidateScore(el: DomElement, s: NodeStats): number {
  return (s.score + (TAG_BASE[el.name] ?? 0) + classWeight(el)) * (1 - linkDensity(s));
}

/**
 * The most candidateScore can give for `el`: its score with the best class weight. Ranking compares this
 * first, so most of a page's scored elements are passed over without reading their class and id.
 */
export function candidateCeiling(el: DomElement, s: NodeStats): number {
  return (s.score + (TAG_BASE[el.name] ?? 0) + CLASS_WEIGHT) * (1 - linkDensity(s));
}

/** Share of the text that sits inside links. */
export function linkDensity(s: NodeStats): number {
  return s.text > 0 ? s.link / s.text : 0;
}
