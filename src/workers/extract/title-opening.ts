/**
 * The heading that opens the story's text: printed before its first paragraph, in the story's container or in the box
 * around it. A page whose only h1 is its section ("Pressemitteilungen", "Aktuelles") prints the story's headline there,
 * as an h2 or h3. Pure.
 */
import { DomElement, DomNode, hasChildren, isElement, isInside, rawText } from './dom';
import { cleanText } from './text';

/** A heading with fewer words is a label ("Kontakt", "Downloads"), not a headline. */
const MIN_OPENING_WORDS = 3;
/** Characters of the story's text that may come before the heading (a date line, a kicker), but no paragraph. */
const MAX_TEXT_BEFORE = 120;
const SKIPPED = new Set(['script', 'style', 'noscript', 'template']);
/** Levels above the story's first root searched for the box that holds both it and the heading. */
const MAX_BOX_LEVELS = 3;

/** The first of `candidates` (in document order) that opens the story whose first root is `first`, as its text. */
export function openingHeading(candidates: DomElement[], first: DomElement | undefined): { el: DomElement; text: string } | null {
  if (!first) return null;
  const box = storyBox(first, candidates);
  if (!box) return null;
  const headings = new Set<DomNode>(candidates);
  let before = 0;
  let found: { el: DomElement; text: string } | null = null;
  const visit = (node: DomNode): boolean => {
    if (headings.has(node)) {
      const text = cleanText(rawText(node));
      if (text.split(/\s+/u).length >= MIN_OPENING_WORDS) found = { el: node as DomElement, text };
      return !found && (before += text.length) <= MAX_TEXT_BEFORE;
    }
    if (node.type === 'text') return (before += cleanText(node.data ?? '').length) <= MAX_TEXT_BEFORE;
    if (!hasChildren(node) || SKIPPED.has((node as DomElement).name)) return true;
    for (const c of node.children) if (!visit(c)) return false;
    return true;
  };
  visit(box);
  return found;
}

/** The story's first root, or the nearest box above it that holds a candidate heading. */
function storyBox(first: DomElement, candidates: DomElement[]): DomElement | null {
  let box: DomElement = first;
  for (let up = 0; up <= MAX_BOX_LEVELS; up++) {
    if (candidates.some((c) => isInside(c, box))) return box;
    const parent = box.parent;
    if (!isElement(parent) || parent.name === 'body') return null;
    box = parent;
  }
  return null;
}
