/**
 * Parsing with htmlparser2 (cheerio's parse5 default costs 6–7× more CPU here). The tree is the one
 * cheerio's load() builds with the same options, its elements carrying their class/id words as well
 * (PageHandler); cheerio itself is loaded on it only when a per-source selector is given, since load()
 * also builds a Cheerio class and API per page that nothing else uses.
 */
import { load, type CheerioAPI } from 'cheerio';
import { Parser } from 'htmlparser2';
import { type ChildNode, DomHandler, Element } from 'domhandler';
import { lazy } from '../../core/lazy';
import { DomElement, DomNode, ariaLevelOf, classIdOf, hiddenOf, hintsOf, isElement } from './dom';
import { PageTokenizer } from './tokenizer';

/** htmlparser2 in HTML mode, as cheerio's `xml: {xmlMode: false, …}` option passes it. */
const HTML_OPTIONS = { xmlMode: false, decodeEntities: true, lowerCaseAttributeNames: true };
/** The same for cheerio: `xml` as an object switches it to htmlparser2 with these options (and selectors to HTML rules). */
const CHEERIO_OPTIONS = { xml: HTML_OPTIONS };
/** Our parse's: the same, read by a tokenizer that skips runs of plain text in one search (tokenizer.ts). */
const PARSER_OPTIONS = { ...HTML_OPTIONS, Tokenizer: PageTokenizer };

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
  new PageParser(html, handler).end(html);
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

/** Attribute names common on news pages, grouped by length (see PageParser). */
const COMMON_ATTRIBUTES = byLength(
  'class id href src type rel content name title target alt style role property width height itemprop itemscope itemtype ' +
    'value srcset sizes data-src data-srcset aria-label aria-hidden tabindex media lang datetime charset http-equiv hidden ' +
    'data-testid data-hook data-id loading action method for async defer onclick viewbox d fill xmlns align colspan rowspan aria-level ' +
    'frameborder allowfullscreen placeholder crossorigin integrity decoding',
);
/** Tag names common on news pages, likewise. */
const COMMON_TAGS = byLength(
  'div a li span script meta p link img ul ol svg path h1 h2 h3 h4 h5 h6 strong input br option i button style section ' +
    'article td tr th table tbody label noscript em nav title header footer figure figcaption aside source form picture ' +
    'time html head body b iframe hr blockquote small main select template video',
);

function byLength(names: string): string[][] {
  const out: string[][] = [];
  for (const name of names.split(' ')) (out[name.length] ??= []).push(name);
  return out;
}

/**
 * htmlparser2's parser, but an attribute name or a tag name written in lower case that is one of COMMON_ATTRIBUTES or
 * COMMON_TAGS is taken as this program's string of it, not cut out of the page and lower-cased: a new string per
 * attribute and per element (together a sixth of what the parse allocated), which the attribs object then had to look
 * up in V8's table of property names, and the parser's and the passes' name lookups hashed and compared anew.
 * The value is the same, and so is the tree; other names (and names in capitals) are read as the parser reads them.
 * The two overrides set what Parser.onattribname and Parser.onopentagname set (htmlparser2 10), private in its types.
 * `html` is the whole input (parsePage writes it in one call), so the parser's positions index it.
 */
class PageParser extends Parser {
  constructor(
    private readonly html: string,
    handler: PageHandler,
  ) {
    super(handler, PARSER_OPTIONS);
  }

  override onattribname(start: number, endIndex: number): void {
    for (const name of COMMON_ATTRIBUTES[endIndex - start] ?? []) {
      if (!this.html.startsWith(name, start)) continue;
      this.startIndex = start;
      (this as unknown as { attribname: string }).attribname = name;
      return;
    }
    super.onattribname(start, endIndex);
  }

  override onopentagname(start: number, endIndex: number): void {
    for (const name of COMMON_TAGS[endIndex - start] ?? []) {
      if (!this.html.startsWith(name, start)) continue;
      this.endIndex = endIndex;
      (this as unknown as { emitOpenTag(name: string): void }).emitOpenTag(name);
      return;
    }
    super.onopentagname(start, endIndex);
  }
}

/** An element with its class and id words (classAndId, hintWords), rel, itemprop, visibility and ARIA heading level worked out once, as it is parsed. */
class PageElement extends Element implements DomElement {
  constructor(
    name: string,
    attribs: Record<string, string>,
    public classId: string,
    public hints: string,
    public rel: string,
    public itemprop: string,
    public hidden: boolean,
    public ariaLevel: number,
  ) {
    super(name, attribs);
  }
}

/**
 * domhandler's tree builder (as parseDocument uses it, in HTML mode), whose elements are PageElements. The four attributes they are made from are taken as the
 * parser reports them (the first of a repeated one, as the attribs object keeps): looked up by name in attribs, each
 * object of a different shape, they cost more than the rest of the work of a pass over the page.
 *
 * Children are gathered on one stack (`pending`, its first `top` slots in use) and each element's array is cut from it
 * at its end tag, at its exact length: pushing onto the empty array every element is made with gave each element that
 * has children room for 17 (most hold one or two). The tree is the same; the parse allocates 9 % less.
 */
class PageHandler extends DomHandler {
  private cls: string | undefined;
  private id: string | undefined;
  private testId: string | undefined;
  private hook: string | undefined;
  private rel: string | undefined;
  private itemprop: string | undefined;
  private hidden: string | undefined;
  private ariaHidden: string | undefined;
  private style: string | undefined;
  private role: string | undefined;
  private ariaLevel: string | undefined;

  onopentagname(): void {
    this.cls = this.id = this.testId = this.hook = undefined;
    this.rel = this.itemprop = this.hidden = this.ariaHidden = this.style = this.role = this.ariaLevel = undefined;
  }

  onattribute(name: string, value: string): void {
    switch (name) {
      case 'class':
        return void (this.cls ??= value);
      case 'id':
        return void (this.id ??= value);
      case 'data-testid':
        return void (this.testId ??= value);
      case 'data-hook':
        return void (this.hook ??= value);
      case 'rel':
        return void (this.rel ??= value);
      case 'itemprop':
        return void (this.itemprop ??= value);
      case 'hidden':
        return void (this.hidden ??= value);
      case 'aria-hidden':
        return void (this.ariaHidden ??= value);
      case 'style':
        return void (this.style ??= value);
      case 'role':
        return void (this.role ??= value);
      case 'aria-level':
        return void (this.ariaLevel ??= value);
    }
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    const classId = classIdOf(this.cls, this.id);
    const hints = hintsOf(classId, this.testId, this.hook);
    const hidden = hiddenOf(name, this.hidden, this.ariaHidden, this.style);
    const level = ariaLevelOf(this.role, this.ariaLevel);
    const element = new PageElement(name, attribs, classId, hints, this.rel ?? '', this.itemprop ?? '', hidden, level);
    this.addNode(element);
    this.tagStack.push(element);
    this.starts.push(this.top);
  }

  /** The open elements' children so far, each element's from its entry in `starts` up to `top` (the document's from 0). */
  private pending: ChildNode[] = [];
  private top = 0;
  private starts: number[] = [];

  override addNode(node: ChildNode): void {
    if (this.top > (this.starts[this.starts.length - 1] ?? 0)) {
      const previous = this.pending[this.top - 1]!;
      node.prev = previous;
      previous.next = node;
    }
    this.pending[this.top++] = node;
    node.parent = this.tagStack[this.tagStack.length - 1]!;
    this.lastNode = null;
  }

  override onclosetag(): void {
    this.lastNode = null;
    const element = this.tagStack.pop()!;
    const start = this.starts.pop()!;
    if (this.top > start) element.children = this.pending.slice(start, this.top);
    this.top = start;
  }

  override onend(): void {
    this.root.children = this.dom = this.pending.slice(0, this.top); // the parser has closed every element by now
    super.onend();
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
