/** parsePage builds the tree htmlparser2 builds (parse.ts cuts children arrays and common attribute names its own way), plus its recorded fields. */
import { DomHandler } from 'domhandler';
import { Parser, Tokenizer, parseDocument } from 'htmlparser2';
import { parsePage } from '../../../src/workers/extract/parse';
import { PageTokenizer } from '../../../src/workers/extract/tokenizer';
import { loadCorpus } from './corpus';
import { ariaHeadingLevel, type DomElement, type DomNode } from '../../../src/workers/extract/dom';

/** The tree as text: type, name, attributes in order, data, each node's parent and siblings checked on the way. */
function shape(node: DomNode & { children?: DomNode[]; prev?: DomNode | null; next?: DomNode | null }): string {
  const el = node as DomNode & { name?: string; attribs?: Record<string, string>; children?: DomNode[] };
  const kids = el.children ?? [];
  kids.forEach((c, i) => {
    const sib = c as DomNode & { prev?: DomNode | null; next?: DomNode | null };
    if (c.parent !== node || (sib.prev ?? null) !== (kids[i - 1] ?? null) || (sib.next ?? null) !== (kids[i + 1] ?? null)) {
      throw new Error(`bad links at ${el.name ?? node.type} child ${i}`);
    }
  });
  const attribs = el.attribs ? JSON.stringify(Object.entries(el.attribs)) : '';
  return `${node.type}:${el.name ?? ''}${attribs}${JSON.stringify(node.data ?? '')}[${kids.map((c) => shape(c)).join(',')}]`;
}

const OPTIONS = { xmlMode: false, decodeEntities: true, lowerCaseAttributeNames: true };

describe('parsePage', () => {
  it.each([
    [
      'common, repeated and capitalized attribute names',
      '<div class="a" CLASS="b" id="x" Href="/h" data-src="s" data-Src="t" data-srcset="u" viewBox="0 0 1 1" d="M0" ' +
        'dataid="y" clas="z" classy="w" hidden aria-hidden=true>text</div>',
    ],
    [
      'implied and unclosed elements, voids, comments and text runs',
      '<!doctype html><html><head><title>T &amp; U</title><meta name="x" content="y"></head><body>' +
        '<p>one<p>two</p></p><br></br><ul><li>a<li>b</ul><!-- c -->x<!-- d -->y &amp; z' +
        '<svg viewBox="0 0 2 2"><path d="M1"/></svg><table><tr><td>cell</table><div><span>open',
    ],
    ['capitalized and uncommon tag names', '<DIV><P>a</P><Span>b</span><divx>c</divx><my-widget>d</my-widget><Br></DIV>'],
    ['no elements', 'just text'],
    [
      'entities and runs of plain text the tokenizer skips in one search',
      '<p title="a &amp; b" data-x=\'c &quot;d\' alt=e&amp;f>x &lt; y & z &#x41;&#65 &nbsp;a<b</p> a < b <3 &notit; &amp',
    ],
    [
      'script, style, title, textarea and comment bodies',
      '<head><title>a &amp; <b> </titl </title><style>p{}</sty </style><script>if (a<b && c) x="</scr"; // -- ></script></head>' +
        '<body><!-- a -- b - > --->t<textarea>&lt;x</textarea><![CDATA[ z ]]>',
    ],
    ['a page ending inside a quoted attribute', '<div class="a b'],
    ['a page ending inside text with an ampersand', '<p>fish &amp chips &'],
  ])('gives htmlparser2’s tree: %s', (_, html) => {
    expect(shape(parsePage(html).root)).toBe(shape(parseDocument(html, OPTIONS) as unknown as DomNode));
  });

  it('reads the first of a repeated attribute, whatever its case', () => {
    const div = parsePage('<div CLASS="First" class="second" id="Main">x</div>').body!.children[0] as DomNode & {
      attribs: Record<string, string>;
      classId: string;
    };
    expect(div.attribs).toEqual({ class: 'First', id: 'Main' });
    expect(div.classId).toBe('first main');
  });

  it.each([
    ['<div role="heading" aria-level="1">T</div>', 1],
    ['<div ROLE="heading" aria-level="3">T</div>', 3],
    ['<div role="heading">T</div>', 0], // no level: a theme's header region as often as a heading
    ['<div role="banner" aria-level="1">T</div>', 0],
    ['<div aria-level="x" role="heading">T</div>', 0],
  ])('records the ARIA heading level of %s as %d, as ariaHeadingLevel reads it from the attributes', (html, level) => {
    const div = parsePage(html).body!.children[0] as DomElement;
    expect(div.ariaLevel).toBe(level);
    expect(ariaHeadingLevel({ ...div, ariaLevel: undefined })).toBe(level);
  });

  it('gives htmlparser2’s tree on every scrapinghub page', () => {
    const pages = loadCorpus('scrapinghub');
    expect(pages.length).toBe(181);
    const differ = pages.filter((p) => shape(parsePage(p.html).root) !== shape(parseDocument(p.html, OPTIONS) as unknown as DomNode));
    expect(differ.map((p) => p.id)).toEqual([]);
  });
});

describe('PageTokenizer', () => {
  it('is our subclass on the htmlparser2 release installed (its own tokenizer is the fallback for a release without the methods it overrides)', () => {
    expect(PageTokenizer).not.toBe(Tokenizer);
    expect(Object.getPrototypeOf(PageTokenizer.prototype)).toBe(Tokenizer.prototype);
  });

  /** The tree htmlparser2's parser builds from `chunks`, written one at a time, with its own tokenizer or ours. */
  const treeOf = (chunks: string[], fast: boolean): string => {
    const handler = new DomHandler(undefined, OPTIONS);
    const parser = new Parser(handler, fast ? { ...OPTIONS, Tokenizer: PageTokenizer } : OPTIONS);
    chunks.forEach((c) => parser.write(c));
    parser.end();
    return shape(handler.root as unknown as DomNode);
  };
  const PIECES = ['<', '>', '&', '&amp;', '&lt', '&#x41;', '&nbsp', '"', "'", '=', ' ', '/', 'a', 'p', 'div', 'script', 'title'];
  const MORE = ['textarea', '!--', '-->', '<![CDATA[', ']]>', '<!', '?', '\n', 'é', '</', 'class', '\t', '\r', '\f', 'DIV', 'data-x'];

  it('tokenizes 5,000 seeded random inputs as htmlparser2 does, written whole and in two chunks', () => {
    const atoms = [...PIECES, ...MORE];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const differ: string[][] = [];
    for (let i = 0; i < 5000; i++) {
      let html = '';
      for (let n = 1 + next(40); n > 0; n--) html += atoms[next(atoms.length)]!;
      const cut = next(html.length + 1);
      for (const chunks of [[html], [html.slice(0, cut), html.slice(cut)]])
        if (treeOf(chunks, true) !== treeOf(chunks, false)) differ.push(chunks);
    }
    expect(differ).toEqual([]);
  });
});
