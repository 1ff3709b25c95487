/**
 * A minimal structural view of the htmlparser2/domhandler tree (cheerio's parser output), so the
 * extractor walks nodes directly instead of through cheerio wrappers, which cost a lot per call.
 */
export interface DomNode {
  type: string;
  parent: DomNode | null;
  /** Text, comment and directive data. */
  data?: string;
}

export interface DomElement extends DomNode {
  name: string;
  attribs: Record<string, string>;
  children: DomNode[];
  /** classAndId's value, when the parser recorded it (parse.ts): read on every element by several passes. */
  classId?: string;
  /** hintWords's value, likewise. */
  hints?: string;
  /** The rel and itemprop values ('' when absent), likewise: collectFacts reads both on every element. */
  rel?: string;
  itemprop?: string;
  /** isHidden's verdict, likewise: the furniture pass asks it of every element. */
  hidden?: boolean;
  /** ariaHeadingLevel's value, likewise: collectFacts asks it of every element. */
  ariaLevel?: number;
}

/** Headings below the page's title: a section's, a box's or a teaser's heading. */
export const SUBHEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** Every heading: h1 and the subheadings. */
export const HEADING_TAGS = new Set(['h1', ...SUBHEADING_TAGS]);

/** Elements that never carry readable text: dropped before anything is scored. */
export const NON_CONTENT_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'object',
  'embed',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'label',
  'link',
  'meta',
  'head',
  'title',
  'base',
  'dialog',
  'math',
  'map',
  'audio',
  'source',
  'track',
]);

/** Block-level elements: a text break before and after them. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'html',
  'br',
  'caption',
  'iframe',
  'video',
  'picture',
  'img',
]);

/** True for element nodes (domhandler gives script and style their own node types). */
export function isElement(node: DomNode | null | undefined): node is DomElement {
  return !!node && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

/** True for the document root and elements: nodes that hold children. */
export function hasChildren(node: DomNode): node is DomElement {
  return Array.isArray((node as DomElement).children);
}

/** The attribute's value, or '' when absent. */
export function attr(el: DomElement, name: string): string {
  return el.attribs[name] ?? '';
}

/** Class and id joined, lower-cased: what the boilerplate patterns test. */
export function classAndId(el: DomElement): string {
  return el.classId ?? classIdOf(el.attribs.class, el.attribs.id);
}

/** classAndId from the attribute values. */
export function classIdOf(cls: string | undefined, id: string | undefined): string {
  if (!id) return cls ? folded(cls) : ''; // the common cases allocate nothing when already lower-case
  if (!cls) return folded(id);
  return folded(`${cls} ${id}`);
}

/**
 * The class and id words with the element's `data-testid` and `data-hook` (folded alike: "authorName" → "author-name"):
 * React front ends (Medium, Arc XP's Fusion and many news apps: data-testid; Wix: data-hook) name their byline, date and
 * headline only there, their classes being generated ("bf b bg").
 */
export function hintWords(el: DomElement): string {
  return el.hints ?? hintsOf(classAndId(el), el.attribs['data-testid'], el.attribs['data-hook']);
}

/** hintWords from classAndId's value and the two attributes. */
export function hintsOf(classId: string, testId: string | undefined, hook: string | undefined): string {
  if (testId === undefined && hook === undefined) return classId;
  return [classId, testId, hook]
    .filter((w): w is string => !!w)
    .map(folded)
    .join(' ');
}

/**
 * Lower case with camelCase words split as hyphenated ones ("relatedArticles" → "related-articles", "atc-MetaAuthor" →
 * "atc-meta-author"), so class words match whichever way a template writes them. A hyphen goes before each ASCII
 * capital that follows a lower-case letter or a digit. Written as a loop: most class names have no capital (returned
 * as they are), and a regular-expression replace with "$1-$2" cost more than the rest of collecting page facts.
 */
function folded(s: string): string {
  let i = 0;
  while (i < s.length && !isAsciiUpper(s.charCodeAt(i))) i++;
  if (i === s.length) return s;
  let out = '';
  let start = 0;
  for (; i < s.length; i++) {
    if (i === 0 || !isAsciiUpper(s.charCodeAt(i)) || !isAsciiLowerOrDigit(s.charCodeAt(i - 1))) continue;
    out += `${s.slice(start, i)}-`;
    start = i;
  }
  return (out + s.slice(start)).toLowerCase();
}

function isAsciiUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isAsciiLowerOrDigit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** The level of an element marked `role="heading"` with an `aria-level` (a heading for assistive technology), else 0. */
export function ariaHeadingLevel(el: DomElement): number {
  return el.ariaLevel ?? ariaLevelOf(el.attribs.role, el.attribs['aria-level']);
}

/** ariaHeadingLevel from the two attributes. */
export function ariaLevelOf(role: string | undefined, level: string | undefined): number {
  return role === 'heading' && level ? Number.parseInt(level, 10) || 0 : 0;
}

/** The element's rel attribute, '' when it has none. */
export function relOf(el: DomElement): string {
  return el.rel ?? el.attribs.rel ?? '';
}

/** The element's itemprop attribute, '' when it has none. */
export function itempropOf(el: DomElement): string {
  return el.itemprop ?? el.attribs.itemprop ?? '';
}

/** True for elements the reader cannot see (hidden, display:none, aria-hidden). */
export function isHidden(el: DomElement): boolean {
  return el.hidden ?? hiddenOf(el.name, el.attribs.hidden, el.attribs['aria-hidden'], el.attribs.style);
}

/** isHidden from the tag name and the three attributes (an image or figure marked aria-hidden is shown all the same). */
export function hiddenOf(name: string, hidden: string | undefined, ariaHidden: string | undefined, style: string | undefined): boolean {
  if (hidden !== undefined) return true;
  if (ariaHidden === 'true' && name !== 'img' && name !== 'figure') return true;
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Concatenated raw text of a subtree, skipping nodes in `skip`. */
export function rawText(node: DomNode, skip?: Set<DomNode>): string {
  if (node.type === 'text') return node.data ?? '';
  if (!hasChildren(node) || skip?.has(node)) return '';
  if (isElement(node) && NON_CONTENT_TAGS.has(node.name)) return '';
  let out = '';
  for (const child of node.children) out += rawText(child, skip);
  return out;
}

/**
 * The subtree's raw text, or null once it passes `max` characters as a reader sees them, each run of whitespace counted
 * once (a template's indentation is no length); a container is never read whole to learn that it is long.
 */
export function boundedText(node: DomNode, max: number): string | null {
  return bounded(node, max, true);
}

/**
 * As boundedText, but every character of the raw text counts, indentation too. The caption, credit, dateline, title-box and
 * boilerplate thresholds were set against this count; counting them as a reader sees them moved body F1 by 0.001 either way
 * across the perturbation modes (2026-12-06), so they keep it.
 */
export function boundedTextRaw(node: DomNode, max: number): string | null {
  return bounded(node, max, false);
}

function bounded(node: DomNode, max: number, visible: boolean): string | null {
  let out = '';
  // Visible characters are counted only once the raw text passes `max`: below that, what a reader sees is shorter still.
  let seen: { chars: number; space: boolean } | null = null;
  const walk = (n: DomNode): boolean => {
    if (n.type === 'text') {
      const data = n.data ?? '';
      out += data;
      if (seen) visibleChars(data, seen);
      else if (out.length > max) {
        if (!visible) return false;
        visibleChars(out, (seen = { chars: 0, space: true }));
      }
    } else if (hasChildren(n) && !(isElement(n) && NON_CONTENT_TAGS.has(n.name))) for (const c of n.children) if (!walk(c)) return false;
    return seen === null || seen.chars <= max;
  };
  return walk(node) ? out : null;
}

/** Adds to `seen.chars` what a reader sees of `text`: a run of whitespace counts once, none at the start. */
function visibleChars(text: string, seen: { chars: number; space: boolean }): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
    if (!space) seen.chars++;
    else if (!seen.space) seen.chars++;
    seen.space = space;
  }
}

/** The first `max` characters of a subtree's text (scripts and styles left out, text nodes trimmed and joined by a space), without reading the rest. */
export function textPrefix(node: DomNode, max: number): string {
  let out = '';
  const walk = (n: DomNode): void => {
    if (out.length >= max) return;
    if (n.type === 'text') {
      const t = (n.data ?? '').trim(); // indentation between tags would fill the prefix
      if (t) out += out ? ' ' + t : t;
    } else if (hasChildren(n) && !(isElement(n) && NON_CONTENT_TAGS.has(n.name))) for (const c of n.children) walk(c);
  };
  walk(node);
  return out.slice(0, max);
}

/** Calls `visit` on every element below `root` in document order; returning false skips a subtree. */
export function walkElements(root: DomNode, visit: (el: DomElement) => boolean | void): void {
  if (!hasChildren(root)) return;
  for (const child of root.children) {
    if (!isElement(child)) continue;
    if (visit(child) === false) continue;
    walkElements(child, visit);
  }
}

/** True when an element below `root` passes `test` (the walk stops at the first). */
export function hasElement(root: DomNode, test: (el: DomElement) => boolean): boolean {
  let found = false;
  walkElements(root, (el) => {
    if (!found && test(el)) found = true;
    return !found;
  });
  return found;
}

/** The node after `node` among its siblings, as the parser linked them, or null. */
export function nextSibling(node: DomNode): DomNode | null {
  return (node as DomNode & { next?: DomNode | null }).next ?? null;
}

/** The first child of `el` when it is an element (text before it, other than whitespace, comes first: null). */
export function firstElement(el: DomElement): DomElement | null {
  for (const c of el.children) {
    if (isElement(c)) return c;
    if ((c.data ?? '').trim()) return null;
  }
  return null;
}

/** The single element child of `el` with no text beside it, if so. */
export function onlyChild(el: DomElement): DomElement | null {
  let only: DomElement | null = null;
  for (const c of el.children) {
    if (!isElement(c)) {
      if ((c.data ?? '').trim()) return null;
    } else if (only) return null;
    else only = c;
  }
  return only;
}

/** All elements below `root` with one of the given tag names, in document order. */
export function findAll(root: DomNode, names: Set<string> | string): DomElement[] {
  const out: DomElement[] = [];
  const match = typeof names === 'string' ? (n: string) => n === names : (n: string) => names.has(n);
  walkElements(root, (el) => {
    if (match(el.name)) out.push(el);
  });
  return out;
}

/** The nearest ancestor (or self) with the given tag name. */
export function closest(node: DomNode, name: string): DomElement | null {
  for (let n: DomNode | null = node; n; n = n.parent) if (isElement(n) && n.name === name) return n;
  return null;
}

/** True when `node` lies inside `ancestor` (or is it). */
export function isInside(node: DomNode, ancestor: DomNode): boolean {
  for (let n: DomNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

/** True when `node` starts after the whole of `other` has ended, in document order (neither inside the other). */
export function isAfter(node: DomNode, other: DomNode): boolean {
  const a = ancestry(node),
    b = ancestry(other);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const parent = a[i - 1];
  const [x, y] = [a[i], b[i]];
  if (!parent || !x || !y || !hasChildren(parent)) return false; // one holds the other, or different trees
  return parent.children.indexOf(x) > parent.children.indexOf(y);
}

/** The node's ancestors from the root down to itself. */
function ancestry(node: DomNode): DomNode[] {
  const out: DomNode[] = [];
  for (let n: DomNode | null = node; n; n = n.parent) out.push(n);
  return out.reverse();
}

/** The microdata item an element's property belongs to: its nearest ancestor with itemscope. */
export function enclosingItem(el: DomElement): DomElement | null {
  for (let n = el.parent; n && isElement(n); n = n.parent) if (n.attribs.itemscope !== undefined) return n;
  return null;
}
