/**
 * Parsing with htmlparser2 (cheerio's parse5 default costs 6–7× more CPU here). The tree is the one
 * cheerio's load() builds with the same options, its elements carrying their class/id words as well
 * (PageHandler); cheerio itself is loaded on it only when a per-source selector is given, since load()
 * also builds a Cheerio class and API per page that nothing else uses.
 */
import { load, type CheerioAPI } from 'cheerio';
import { Parser } from 'htmlparser2';
import { DomHandler, Element } from 'domhandler';
import { lazy } from '../../core/lazy';
import { DomElement, DomNode, classIdOf, hintsOf, isElement } from './dom';

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
  const handler = new PageHandler(undefined, HTML_OPTIONS);
  new Parser(handler, HTML_OPTIONS).end(html);
  const doc = handler.root;
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

/** An element with its class and id words (classAndId, hintWords) worked out once, as it is parsed. */
class PageElement extends Element implements DomElement {
  classId: string;
  hints: string;

  constructor(name: string, attribs: Record<string, string>, classId: string, hints: string) {
    super(name, attribs);
    this.classId = classId;
    this.hints = hints;
  }
}

/**
 * domhandler's tree builder (as parseDocument uses it, in HTML mode), whose elements are PageElements. The four attributes they are made from are taken as the
 * parser reports them (the first of a repeated one, as the attribs object keeps): looked up by name in attribs, each
 * object of a different shape, they cost more than the rest of the work of a pass over the page.
 */
class PageHandler extends DomHandler {
  private cls: string | undefined;
  private id: string | undefined;
  private testId: string | undefined;
  private hook: string | undefined;

  onopentagname(): void {
    this.cls = this.id = this.testId = this.hook = undefined;
  }

  onattribute(name: string, value: string): void {
    if (name === 'class') this.cls ??= value;
    else if (name === 'id') this.id ??= value;
    else if (name === 'data-testid') this.testId ??= value;
    else if (name === 'data-hook') this.hook ??= value;
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    const classId = classIdOf(this.cls, this.id);
    const element = new PageElement(name, attribs, classId, hintsOf(classId, this.testId, this.hook));
    this.addNode(element);
    this.tagStack.push(element);
  }
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
