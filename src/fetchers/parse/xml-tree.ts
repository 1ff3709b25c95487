/**
 * Builds small element trees from the tokenizer's events and hands each item/entry to a callback
 * as soon as it closes, so memory holds one item at a time rather than the whole document.
 * Depth is tracked with a bounded array stack: nesting deeper than MAX_TRACKED_DEPTH is only counted.
 * The document may arrive as a series of windows (TreeWindows): offsets are absolute, and
 * `retainFrom` says how much of the text already scanned must stay for the raw inner markup.
 */
import { absoluteUrl } from '../../core/url';
import { decodeEntities, type DeclaredEntities } from './entities';
import { canonicalName, rootScope, scopeFor, type NsScope } from './namespaces';
import { scanXml, type XmlSink } from './xml-scan';

/** One element: canonical name, attributes, direct text, and raw inner markup when it has child elements. */
export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  /** Decoded text and CDATA directly inside, up to the first child element. */
  text: string;
  /** The inner markup as written, when the element contains elements (inline HTML, Atom xhtml). */
  html: string | null;
  /** xml:base (or the document URL) in effect here. */
  base: string | undefined;
  lang: string | null;
}

/** Frames deeper than this are only counted: feeds need about 8 levels; attacks nest 100k. */
export const MAX_TRACKED_DEPTH = 64;
/** Elements deeper than this keep no node: their content is still in the ancestor's raw markup. */
const MAX_NODE_DEPTH = 12;
/** How far down the stack a stray close tag may look for its opener. */
const MAX_CLOSE_SEARCH = 16;
/** Nesting past this is hostile (real feeds nest under 30; inline XHTML rarely past 40); it is reported. */
export const MAX_NESTING_DEPTH = 1000;

interface Frame {
  node: XNode;
  rawLower: string;
  scope: NsScope;
  innerStart: number;
  hasElements: boolean;
  isItem: boolean;
  /** An ancestor of an item (root, channel): its raw inner markup is never read, so it is not kept. */
  container: boolean;
}

/** What the caller decides: which element names are items, given the root's name. */
export interface TreeHandlers {
  /**
   * Called with each element until one is accepted as the feed root; returns the item element names,
   * or null when the element is not a feed root (a wrapper such as an XHTML page is searched inside).
   */
  onRoot(root: XNode): ReadonlySet<string> | null;
  onItem(item: XNode): void;
}

/** Parses `src` from `start`; returns the root node (items detached), or null when there was no element. */
export function buildTree(
  src: string,
  start: number,
  entities: DeclaredEntities,
  baseUrl: string | undefined,
  h: TreeHandlers,
): XNode | null {
  const b = new TreeBuilder(entities, baseUrl, h);
  b.scan(src, 0, start, true);
  return b.root;
}

/**
 * Builds the tree over a document that arrives in windows. Each `scan` gets the current window,
 * the absolute offset of its first character, and where to resume; it returns where it stopped.
 * The next window must start at or before min(that stop, retainFrom()).
 */
export class TreeBuilder implements XmlSink {
  root: XNode | null = null;
  /** The deepest nesting seen, tracked or only counted. */
  deepest = 0;
  private readonly stack: Frame[] = [];
  private overflow = 0;
  private itemNames: ReadonlySet<string> | null = null;
  private inItem = false;
  private src = '';
  private srcStart = 0;

  constructor(
    private readonly entities: DeclaredEntities,
    private readonly baseUrl: string | undefined,
    private readonly h: TreeHandlers,
  ) {}

  /** Scans `window` (absolute offset `windowStart`) from absolute `from`; `final` closes everything at its end. */
  scan(window: string, windowStart: number, from: number, final: boolean): number {
    this.src = window;
    this.srcStart = windowStart;
    const stop = scanXml(window, from - windowStart, this, final) + windowStart;
    if (final) this.closeAll(windowStart + window.length);
    return stop;
  }

  /** The earliest absolute offset still needed for raw inner markup (Infinity when none). */
  retainFrom(): number {
    let from = Infinity;
    for (const f of this.stack) if (!f.container && f.innerStart < from) from = f.innerStart;
    return from;
  }

  private slice(from: number, to: number): string {
    return this.src.slice(from - this.srcStart, to - this.srcStart);
  }

  open(rawName: string, attrs: Record<string, string>, _selfClosing: boolean, end: number, start: number): void {
    if (this.inItem) this.closeUnclosedItem(rawName, attrs, start + this.srcStart);
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.hasElements = true;
    const depth = this.stack.length + this.overflow + 1;
    if (depth > this.deepest) this.deepest = depth;
    if (this.stack.length >= MAX_TRACKED_DEPTH || (!parent && this.root !== null && this.itemNames !== null)) {
      this.overflow++;
      return;
    }
    for (const k in attrs) {
      const v = attrs[k];
      if (v !== undefined && v.indexOf('&') >= 0) attrs[k] = decodeEntities(v, this.entities);
    }
    const scope = scopeFor(parent?.scope ?? rootScope(), attrs);
    const node = this.makeNode(canonicalName(rawName, scope), attrs, parent?.node);
    if (this.itemNames === null) this.startRoot(node);
    const isItem = !this.inItem && this.itemNames !== null && this.itemNames.has(node.name);
    if (isItem) this.startItem();
    this.stack.push({
      node,
      rawLower: rawName.toLowerCase(),
      scope,
      innerStart: end + this.srcStart,
      hasElements: false,
      isItem,
      container: false,
    });
  }

  /**
   * An item element opening inside an open item: the open one was left unclosed (items never nest in
   * RSS or Atom), so it ends here, as feedparser's loose parser ends it, instead of swallowing the next.
   */
  private closeUnclosedItem(rawName: string, attrs: Record<string, string>, tagStart: number): void {
    const top = this.stack[this.stack.length - 1];
    if (!top || this.itemNames === null || !this.itemNames.has(canonicalName(rawName, scopeFor(top.scope, attrs)))) return;
    const at = this.stack.findIndex((f) => f.isItem);
    if (at < 0) return;
    while (this.stack.length > at) this.pop(tagStart, 'implied');
  }

  /** Marks the open elements as the item's containers (down to the first already marked). */
  private startItem(): void {
    this.inItem = true;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const f = this.stack[i];
      if (!f || f.container) break;
      f.container = true;
    }
  }

  private makeNode(name: string, attrs: Record<string, string>, parent: XNode | undefined): XNode {
    const xmlBase = attrs['xml:base'];
    const parentBase = parent ? parent.base : this.baseUrl;
    const base = xmlBase !== undefined ? (absoluteUrl(xmlBase, parentBase) ?? parentBase) : parentBase;
    const lang = attrs['xml:lang'] ?? parent?.lang ?? null;
    return { name, attrs, children: [], text: '', html: null, base, lang };
  }

  /** Offers `node` as the feed root; the first element is kept as root until a feed root is found. */
  private startRoot(node: XNode): void {
    if (this.root === null) this.root = node;
    this.itemNames = this.h.onRoot(node);
    if (this.itemNames !== null) this.root = node;
  }

  close(rawName: string, relStart: number): void {
    if (this.overflow > 0) {
      this.overflow--;
      return;
    }
    const start = relStart + this.srcStart;
    const want = rawName.toLowerCase();
    const n = this.stack.length;
    for (let i = n - 1; i >= 0 && i >= n - MAX_CLOSE_SEARCH; i--) {
      if (this.stack[i]?.rawLower !== want) continue;
      while (this.stack.length > i + 1) this.pop(start, 'implied');
      this.pop(start, 'explicit');
      return;
    }
  }

  /** Closes every open element at the end of input (a truncated document). */
  private closeAll(end: number): void {
    while (this.stack.length > 0) this.pop(end, 'eof');
  }

  /**
   * Closes the top frame. An element closed by its ancestor's end tag (an unclosed `<enclosure …>`)
   * is kept and its children hoisted to the parent; one cut off by the end of input is dropped,
   * keeping only its complete children.
   */
  private pop(closeStart: number, how: 'explicit' | 'implied' | 'eof'): void {
    const f = this.stack.pop();
    if (!f) return;
    const node = f.node;
    if (f.hasElements && !f.container) node.html = this.slice(f.innerStart, closeStart);
    if (f.isItem) {
      this.inItem = false;
      if (how !== 'eof' || node.children.length > 0) this.h.onItem(node);
      return;
    }
    const parent = this.stack[this.stack.length - 1];
    if (!parent || this.stack.length >= MAX_NODE_DEPTH) return;
    const siblings = parent.node.children;
    if (how !== 'eof') siblings.push(node);
    if (how !== 'explicit' && node.children.length > 0) {
      for (const c of node.children) siblings.push(c);
      node.children = [];
    }
  }

  text(raw: string): void {
    const top = this.stack[this.stack.length - 1];
    if (!top || top.hasElements || this.overflow > 0) return;
    top.node.text += decodeEntities(raw, this.entities);
  }

  cdata(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (!top || top.hasElements || this.overflow > 0) return;
    top.node.text += text;
  }
}
