/** Serializes the story's nodes back to HTML, leaving out skipped ones (the sanitizer runs after). */
import { DomElement, DomNode, NON_CONTENT_TAGS, hasChildren, isElement } from './dom';

/** HTML void elements (WHATWG HTML §13.1.2): no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** HTML for `roots` without the nodes in `skip` (and without scripts, styles and other non-content). */
export function serializeNodes(roots: DomNode[], skip: Set<DomNode>): string {
  const out: string[] = [];
  for (const r of roots) write(r, skip, out);
  return out.join('');
}

function write(node: DomNode, skip: Set<DomNode>, out: string[]): void {
  if (node.type === 'text') {
    out.push(escapeText(node.data ?? ''));
    return;
  }
  if (!isElement(node) || skip.has(node) || NON_CONTENT_TAGS.has(node.name)) return;
  out.push(openTag(node));
  if (VOID.has(node.name)) return;
  if (hasChildren(node)) for (const c of node.children) write(c, skip, out);
  out.push(`</${node.name}>`);
}

function openTag(el: DomElement): string {
  let s = `<${el.name}`;
  for (const [k, v] of Object.entries(el.attribs)) {
    if (!/^[a-z_:][-a-z0-9_:.]*$/i.test(k)) continue;
    s += ` ${k}="${escapeAttr(v)}"`;
  }
  return s + '>';
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
