/**
 * A precision probe for bylines: each labelled page with its own author's name taken out of every text node and
 * attribute (visible byline, meta, JSON-LD, author links), so that any byline the extractor still gives names the wrong
 * person — a commenter, a related story's author, a navigation label read as a name. It asks how the byline rules
 * behave where the story's own credit is missing, on pages they were not tuned for. withoutByline is pure (string in, string out); givenWithoutOwnByline runs the extractor.
 */
import type { AnyNode, Element, Text } from 'domhandler';
import { extractArticle } from '../../src/workers/extract';
import { loadAsExtracted } from './perturb';

/** Name words shorter than this are left (initials, particles): taking them out would garble the rest of the page. */
const MIN_WORD = 3;

/** The page with every name of `byline` ("Jane Roe, John Doe"; as a whole, its words, in any case) taken out. */
export function withoutByline(html: string, byline: string): string {
  const names = byline.split(/,\s*|\s+and\s+/u).filter(Boolean);
  const words = names.flatMap((n) => [n, ...n.split(/\s+/u).filter((w) => w.length >= MIN_WORD)]);
  const pieces = [...new Set([...words, ...words.map(jsonEscaped)])];
  // Longest first, so a whole name goes before its words.
  pieces.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(pieces.map(escape).join('|'), 'giu');
  const $ = loadAsExtracted(html);
  $('*')
    .contents()
    .each((_, n: AnyNode) => {
      if (n.type === 'text' || n.type === 'script' || n.type === 'style') {
        const t = n as unknown as Text;
        if (typeof t.data === 'string') t.data = t.data.replace(pattern, '');
      }
    });
  $('*').each((_, el) => {
    const attribs = (el as Element).attribs;
    for (const key of Object.keys(attribs)) attribs[key] = attribs[key]!.replace(pattern, '');
  });
  return $.html();
}

/** "Aleš" as JSON-LD often writes it: "Ale\\u0161". */
function jsonEscaped(s: string): string {
  return s.replace(/[^\x20-\x7e]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * The ids of the pages on which the extractor still gives a byline once their own author (`bylineOf`) is taken out;
 * pages without a labelled author are skipped. `after` changes the page further (a perturbation).
 */
export function givenWithoutOwnByline(
  pages: ReadonlyArray<{ id: string; html: string; url: string }>,
  bylineOf: (id: string) => string | null | undefined,
  after: (html: string) => string = (html) => html,
): string[] {
  return pages
    .filter((p) => {
      const own = bylineOf(p.id);
      return own && extractArticle(after(withoutByline(p.html, own)), p.url)?.byline;
    })
    .map((p) => p.id);
}
