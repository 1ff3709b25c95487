/**
 * Parsing with htmlparser2 (cheerio's parse5 default costs 6–7× more CPU here). The tree is the one
 * cheerio's load() builds with the same options; cheerio itself is loaded on it only when a per-source
 * selector is given, since load() also builds a Cheerio class and API per page that nothing else uses.
 */
import { load, type CheerioAPI } from 'cheerio';
import { parseDocument } from 'htmlparser2';
import { lazy } from '../../core/lazy';
import { DomElement, DomNode, isElement } from './dom';

/** htmlparser2 in HTML mode, as cheerio's `xml: {xmlMode: false, …}` option passes it. */
const HTML_OPTIONS = { xmlMode: false, decodeEntities: true, lowerCaseAttributeNames: true };
/** The same for cheerio: `xml` as an object switches it to htmlparser2 with these options (and selectors to HTML rules). */
const CHEERIO_OPTIONS = { xml: HTML_OPTIONS };

export interface ParsedPage {
  /** Cheerio on the parsed tree, made on first use. */
  $: () => CheerioAPI;
  root: DomNode;
  html: DomElement | null;
  head: DomElement | null;
  body: DomElement | null;
}

/** Parses a page and finds html, head and body (htmlparser2 does not synthesize missing ones). */
export function parsePage(html: string): ParsedPage {
  const doc = parseDocument(html, HTML_OPTIONS);
  const root = doc as unknown as DomNode & { children: DomNode[] };
  const htmlEl = root.children.find((n): n is DomElement => isElement(n) && n.name === 'html') ?? null;
  const top = htmlEl ?? (root as unknown as DomElement);
  const head = top.children.find((n): n is DomElement => isElement(n) && n.name === 'head') ?? null;
  const body = top.children.find((n): n is DomElement => isElement(n) && n.name === 'body') ?? null;
  return {
    $: lazy(() => load(doc, CHEERIO_OPTIONS)),
    root,
    html: htmlEl,
    head,
    body: body ?? htmlEl ?? (root as unknown as DomElement),
  };
}

/** Elements matching a CSS selector (per-source overrides); an invalid selector matches nothing. */
export function selectAll(page: ParsedPage, selector: string | undefined): DomElement[] {
  if (!selector) return [];
  try {
    return page.$()(selector).toArray() as unknown as DomElement[];
  } catch {
    return [];
  }
}
