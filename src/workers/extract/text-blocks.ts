/**
 * A page cut into text blocks as jusText cuts it (Pomikálek 2011, "Removing Boilerplate and Duplicate Content from Web
 * Corpora", ch. 3): a block is the run of text between two block-level tags, or between a double line break, with the
 * share of it that is link text and whether it began inside a heading. Pure: a parsed tree in, blocks out.
 */
import { BLOCK_TAGS, DomElement, DomNode, NON_CONTENT_TAGS, isElement, isHidden } from './dom';

export interface TextBlock {
  /** The block's text, whitespace collapsed. */
  text: string;
  /** Characters of it inside links. */
  linkChars: number;
  /** True when it began inside h1–h6 (jusText gives headings a second chance near good text). */
  heading: boolean;
  /** Its text nodes, so that a block's class can be carried back to the elements holding it. */
  nodes: DomNode[];
}

/** Block tags jusText breaks at that BLOCK_TAGS (our text breaks) does not list: forms and their parts. */
const MORE_BREAKS = new Set(['form', 'legend', 'optgroup', 'colgroup', 'col']);
const HEADING = /^h[1-6]$/;
const SPACES = /\s+/g;

/** True for the elements a block ends at (jusText's paragraph tags, with HTML5's blocks). */
export function breaksBlock(name: string): boolean {
  return BLOCK_TAGS.has(name) || MORE_BREAKS.has(name);
}

/** The text blocks below `root` in document order; hidden elements and scripts, styles, forms' controls are left out. */
export function textBlocks(root: DomElement): TextBlock[] {
  const out: TextBlock[] = [];
  let parts: string[] = [];
  let nodes: DomNode[] = [];
  let linkChars = 0;
  let links = 0;
  let headings = 0;
  let heading = false;
  let afterBr = false; // a <br> with nothing but whitespace since: a second one ends the block

  const flush = (): void => {
    const text = parts.join('').replace(SPACES, ' ').trim();
    if (text) out.push({ text, linkChars: Math.min(linkChars, text.length), heading, nodes });
    [parts, nodes, linkChars, afterBr] = [[], [], 0, false];
  };
  const visit = (node: DomNode): void => {
    if (node.type === 'text') {
      const data = node.data ?? '';
      if (!data.trim()) return void parts.push(' ');
      if (!nodes.length) heading = headings > 0;
      afterBr = false;
      parts.push(data);
      nodes.push(node);
      if (links > 0) linkChars += data.replace(SPACES, ' ').length;
      return;
    }
    if (!isElement(node) || NON_CONTENT_TAGS.has(node.name) || isHidden(node)) return;
    if (node.name === 'br') {
      if (afterBr) return flush();
      afterBr = true;
      return void parts.push(' ');
    }
    const breaks = breaksBlock(node.name);
    if (breaks) flush();
    afterBr = false;
    const link = node.name === 'a';
    const head = HEADING.test(node.name);
    links += link ? 1 : 0;
    headings += head ? 1 : 0;
    for (const child of node.children) visit(child);
    links -= link ? 1 : 0;
    headings -= head ? 1 : 0;
    if (breaks) flush();
  };
  visit(root);
  flush();
  return out;
}
