/** Parsing with cheerio on the htmlparser2 parser (its parse5 default costs 6–7× more CPU here). */
import { load, type CheerioAPI } from 'cheerio';
import { DomElement, DomNode, isElement } from './dom';

/** htmlparser2 in HTML mode: `xml` as an object switches cheerio to htmlparser2 with these options. */
const PARSER_OPTIONS = { xml: { xmlMode: false, decodeEntities: true, lowerCaseAttributeNames: true } };

export interface ParsedPage {
  $: CheerioAPI;
  root: DomNode;
  html: DomElement | null;
  head: DomElement | null;
  body: DomElement | null;
}

/** Parses a page and finds html, head and body (htmlparser2 does not synthesize missing ones). */
export function parsePage(html: string): ParsedPage {
  const $ = load(html, PARSER_OPTIONS);
  const root = $.root()[0] as unknown as DomNode & { children: DomNode[] };
  const htmlEl = root.children.find((n): n is DomElement => isElement(n) && n.name === 'html') ?? null;
  const top = htmlEl ?? (root as unknown as DomElement);
  const head = top.children.find((n): n is DomElement => isElement(n) && n.name === 'head') ?? null;
  const body = top.children.find((n): n is DomElement => isElement(n) && n.name === 'body') ?? null;
  return { $, root, html: htmlEl, head, body: body ?? htmlEl ?? (root as unknown as DomElement) };
}

/** Elements matching a CSS selector (per-source overrides); an invalid selector matches nothing. */
export function selectAll($: CheerioAPI, selector: string | undefined): DomElement[] {
  if (!selector) return [];
  try {
    return $(selector).toArray() as unknown as DomElement[];
  } catch {
    return [];
  }
}
