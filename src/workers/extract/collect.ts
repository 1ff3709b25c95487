/**
 * One walk over the whole page collecting what metadata and attribution read: meta and link tags,
 * JSON-LD scripts, headings, time elements, byline and footer candidates.
 */
import {
  DomElement,
  DomNode,
  ariaHeadingLevel,
  attr,
  classAndId,
  closest,
  hasElement,
  hintWords,
  isElement,
  isInside,
  itempropOf,
  relOf,
  walkElements,
} from './dom';

/**
 * Class/id/rel/itemprop words of byline elements, in English and as German, French, Spanish and Italian templates name them
 * ("autor", "autorenzeile", "auteur", "authorline", the Italian signature's "article-firma"; not "firma" alone, a company's
 * box in Polish and Czech), and the Nordic languages' ("forfatter", "skribent", "toimittaja", Icelandic "höfundur").
 */
const BYLINE_HINT =
  /(?:^|[\s_-])(?:byline|by-line|author|authors|author-?line|author-?name|writers?|reporters?|contributors?|(?:article|art|post|entry)-?authors?|byline__name|autor|autoren|autorin|autorenzeile|autorzeile|verfasser|auteur|auteurs|autore|autori|muhabir|yazar|forfatter|forfattare|skribent|toimittaja|kirjoittaja|hofundur|höfundur|columnist|columnista|colunista|szerzo|szerzok|(?:article|articolo|art|post|entry|news|noticia|nota)[-_]{0,2}firma|firma-?(?:autore|articolo))(?:$|[\s_-])/;
/** Class/id words of page footers, where site-wide copyright lines live. */
const FOOTER_HINT = /(?:^|[\s_-])(?:footer|copyright|copyrights|legal|rights|site-info|colophon|disclaimer)(?:$|[\s_-])/;

/** Class/id words and itemprops of elements that print a date (read by date-finder.ts). */
const DATE_HINT =
  /date|publish|posted|datum|fecha|timestamp|(?:^|[\s_-])time(?:$|[\s_-])|(?:^|[\s_-])(?:entry|post|article|story)[-_]?(?:meta|info)/;
const DATE_ITEMPROP = /^date(?:published|created|modified)$/i;
/** Date elements kept: the article's come early; the rest of a page repeats them for other stories. */
const MAX_DATED = 40;
/** Class/id of a post's or story's own footer (Blogger's "post-footer", WordPress's "entry-footer"), not the page's. */
const POST_FOOTER = /(?:post|entry|article|story)[-_]?footer/;
/** Whole-page containers: a body class like "f_share_tools_footer_on" must not make the page a footer. */
const PAGE_ROOTS = new Set(['html', 'body', 'main', 'article']);
/** The RDFa spelling of a Dublin Core property, read under its HTML name ("dc:title" → "dc.title"). */
const DC_PREFIX = /^(dc|dcterms):/;
/** Home links kept: the masthead's and the navigation's come first. */
const MAX_HOME_LINKS = 10;
/** An href that can only go to a site's root ("/", "./", "index.html", "https://host/"): the few checked against the page's address. */
const MAYBE_HOME = /^\s*(?:\/|\.\/|(?:\.\.\/)*index\.html?|(?:https?:)?\/\/[^/?#\s]+\/?)\s*$/i;
/** Secondary headings kept: the story's headline, when not an h1, comes early. */
const MAX_SUBHEADS = 30;
/** Class/id words ending in a title word, in the languages read ("titulo", "news-title", "newsTitle", "ueberschrift", a Polish "tytul", a Turkish "haber-baslik"). */
const TITLE_HINT =
  /(?:title|titel|titre|titulo|título|titolo|titular|headline|ueberschrift|überschrift|heading|tytul|tytuł|naslov|baslik|başlık|otsikko|rubrik)(?:$|[\s_-])/;
const TITLE_PREFILTER = /tit|head|schrift|tyt|nasl|basl|başl|otsik|rubr/;
/** Class/id word of an element printing who edited the story ("editor_baidu", "article-editor"): its name is not an author's. */
const EDITOR_HINT = /(?:^|[\s_-])editor(?:$|[\s_-])/;
const MAX_EDITORS = 10;
/** Cheap substring tests run first: the anchored alternations above cost more on every element. */
const BYLINE_PREFILTER =
  /auth|by|writer|reporter|contributor|auto|aute|verfasser|muhabir|yazar|firma|forfatt|skribent|toimittaja|kirjoittaja|fundur|columnist|colunist|szerz/;
/**
 * The address of an author's page ("/autor/anna-dunst", "/autoren/…", "/author/…", "/auteur/…", "/journaliste/…", "/signataires/…",
 * "/periodistas/…", "/staff/…", a staff directory's "/contributors/…", "/writers/…", "/editors/…", Turkish "/muhabir/…" and "/yazar/…"): a link to it is the byline on templates that print the name alone, without a class
 * that says so. Users' profiles ("/profile/", "/user/") are commenters', not authors'. Tested on every link without a
 * substring prefilter: the engine finds the leading slash fast, and a prefilter of the words cost more than the pattern.
 */
const AUTHOR_HREF =
  /\/(?:autor|autora|autores|autoren|autorin|autorinnen|author|authors|auteur|auteurs|autore|autori|journalist|journaliste|journalistes|journalisten|giornalista|giornalisti|redakteur|redakteure|redacteur|redacteurs|redactor|redactores|periodista|periodistas|firmas|signataires|staff|reporter|reporters|columnist|columnists|columnista|columnistas|colunista|colunistas|contributor|contributors|writers|editors|muhabir|yazar|szerzo|szerzok|syntaktes)\/[^/?#]/;
/** Byline elements looked back at for one holding an author link (so the link is not a second candidate). */
const MAX_HOLDER_LOOKBACK = 3;
const FOOTER_PREFILTER = /foot|copy|legal|right|site-info|colophon|disclaim/;
/** Substrings every DATE_HINT match holds ("dat" for date and datum, "time" for timestamp). */
const DATE_PREFILTER = /dat|publish|posted|fecha|time|meta|info/;
/**
 * Any word of the five prefilters: four in five elements with a class or id (on the scrapinghub pages) hold
 * none, and skip the byline, title, editor, date and footer tests after this one test.
 */
const ANY_HINT = new RegExp(
  [BYLINE_PREFILTER, TITLE_PREFILTER, /editor/, DATE_PREFILTER, FOOTER_PREFILTER].map((re) => re.source).join('|'),
);

export interface PageFacts {
  /** meta name/property/itemprop (lower case) → first content. */
  meta: Map<string, string>;
  /** meta key → every content in page order (a key repeated per author: one DC.Creator per author). */
  metaAll: Map<string, string[]>;
  /** link rel (lower case, each token) → first href. */
  links: Map<string, string>;
  jsonLd: string[];
  /** h1 elements and ARIA level-1 headings (`role="heading" aria-level="1"`), in document order. */
  h1: DomElement[];
  /** h2 elements, other ARIA headings and elements marked itemprop="headline", in document order (capped): a headline that is not an h1. */
  subheads: DomElement[];
  /** Elements whose class/id says they hold a title ("titulo", "news-title"), in document order (capped): the headline of pages with no heading tags. */
  titled: DomElement[];
  times: DomElement[];
  /** Elements whose class/id or itemprop says they print a date, in document order. */
  dated: DomElement[];
  bylines: DomElement[];
  /** Elements whose class/id says they credit the story's editor (capped). */
  editors: DomElement[];
  footers: DomElement[];
  title: string;
  lang: string;
  /** Document order of the h1 and byline elements (for "the byline nearest the headline"). */
  order: Map<DomElement, number>;
  /** The page marks its story with HTML5 sectioning (an <article> or <main>); pages without fall back on other signals. */
  sectioned: boolean;
  /** h3 and h4 elements, in document order (capped): a blog post's title under a masthead h1 ("<h3 class="post-title">"). */
  minorHeads: DomElement[];
  /** Links that may go to the site's home page ("/", "https://host/"), in document order (capped): their text names the site. */
  homeLinks: DomElement[];
  /** The <body> element (null for a fragment without one): the byline checks a structured author is printed in it. */
  body: DomElement | null;
}

/** Collects page facts in one walk (bylines and footers: outermost matches only). */
export function collectFacts(root: DomNode): PageFacts {
  const f: PageFacts = {
    meta: new Map(),
    metaAll: new Map(),
    links: new Map(),
    jsonLd: [],
    h1: [],
    subheads: [],
    titled: [],
    times: [],
    dated: [],
    bylines: [],
    editors: [],
    footers: [],
    title: '',
    lang: '',
    order: new Map(),
    sectioned: false,
    minorHeads: [],
    homeLinks: [],
    body: null,
  };
  let n = 0;
  walkElements(root, (el) => {
    const before = listed(f);
    const descend = visit(el, f);
    n++;
    if (listed(f) > before) f.order.set(el, n);
    return descend;
  });
  return f;
}

/**
 * An element marked as a heading of a level for assistive technology (`<div role="heading" aria-level="1">`, as sites
 * built with generated class names print their headline): listed as an h1 at level 1, else as an h2. Not a box that
 * holds heading tags (themes put role="heading" on the whole header region, the page's real h1 inside): false then.
 */
function visitAriaHeading(el: DomElement, level: number, f: PageFacts): boolean {
  if (hasElement(el, (c) => HEADING_TAG.test(c.name))) return false;
  if (level === 1) f.h1.push(el);
  else if (f.subheads.length < MAX_SUBHEADS) f.subheads.push(el);
  return true;
}

const HEADING_TAG = /^h[1-6]$/;

/**
 * How many h1, byline, subhead and titled elements are listed: visit lists an element in them only by pushing it, so a
 * count that grew says it was. (Reading each list's last entry read index -1 of the empty ones, a slow keyed lookup, on
 * every element.)
 */
function listed(f: PageFacts): number {
  return f.h1.length + f.bylines.length + f.subheads.length + f.titled.length;
}

function visit(el: DomElement, f: PageFacts): boolean {
  switch (el.name) {
    case 'meta':
      return (addMeta(el, f), false);
    case 'link':
      return (addLink(el, f), false);
    case 'script':
      if (/ld\+json/i.test(attr(el, 'type'))) f.jsonLd.push(rawScript(el));
      return false;
    case 'title':
      if (!f.title) f.title = rawScript(el);
      return false;
    case 'h1':
      f.h1.push(el);
      return false;
    case 'h2':
      if (f.subheads.length < MAX_SUBHEADS) f.subheads.push(el);
      return false;
    case 'h3':
    case 'h4':
      if (f.minorHeads.length < MAX_SUBHEADS) f.minorHeads.push(el);
      return visitHinted(el, f);
    case 'a':
      if (f.homeLinks.length < MAX_HOME_LINKS && MAYBE_HOME.test(attr(el, 'href'))) f.homeLinks.push(el);
      return visitHinted(el, f);
    case 'time':
      f.times.push(el);
      return true;
    case 'html':
      f.lang = attr(el, 'lang') || attr(el, 'xml:lang');
      return true;
    case 'body':
      f.body ??= el;
      return visitHinted(el, f);
    case 'article':
    case 'main':
      f.sectioned = true;
      return visitHinted(el, f);
    case 'style':
    case 'noscript':
    case 'svg':
      return false;
  }
  return visitHinted(el, f);
}

function visitHinted(el: DomElement, f: PageFacts): boolean {
  const level = ariaHeadingLevel(el);
  if (level > 0 && visitAriaHeading(el, level, f)) return false;
  const ci = hintWords(el);
  const rel = relOf(el); // most elements have neither: no string work for them
  const itemprop = itempropOf(el);
  if (itemprop !== '' && f.subheads.length < MAX_SUBHEADS && itemprop.toLowerCase() === 'headline') {
    f.subheads.push(el);
    return false;
  }
  const hinted = ci !== '' && ANY_HINT.test(ci);
  if (
    (rel !== '' && rel.toLowerCase() === 'author') ||
    (itemprop !== '' && itemprop.toLowerCase() === 'author') ||
    (hinted && BYLINE_PREFILTER.test(ci) && BYLINE_HINT.test(ci)) ||
    (ci.includes('user-name') && USER_NAME.test(ci) && inPostHeader(el)) ||
    (el.name === 'a' && isAuthorLink(el, f.bylines))
  )
    f.bylines.push(el);
  if (hinted && f.titled.length < MAX_SUBHEADS && TITLE_PREFILTER.test(ci) && TITLE_HINT.test(ci)) f.titled.push(el);
  if (hinted && f.editors.length < MAX_EDITORS && ci.includes('editor') && EDITOR_HINT.test(ci)) f.editors.push(el);
  if (
    f.dated.length < MAX_DATED &&
    ((itemprop !== '' && DATE_ITEMPROP.test(itemprop)) || (hinted && DATE_PREFILTER.test(ci) && DATE_HINT.test(ci)))
  )
    f.dated.push(el);
  if (el.name === 'footer' || (hinted && !PAGE_ROOTS.has(el.name) && FOOTER_PREFILTER.test(ci) && FOOTER_HINT.test(ci))) {
    f.footers.push(el);
    // A post's own footer holds its byline and date ("Posted by X at 10:32"): read on; a page footer is not.
    return isOwnFooter(el);
  }
  return true;
}

/**
 * A "user-name" in a post's header is the post's author: Wix's blog marks its author only so (data-hook="user-name"
 * above the title, linked to the member's /profile/). Elsewhere a user name is a commenter's or the reader's own.
 */
const USER_NAME = /(?:^|\s)user-name(?:$|\s)/;
const POST_HEADER = /(?:^|[\s_-])(?:post|entry|article|story)-header(?:$|[\s_-])/;
/** Ancestors looked at for the post's header. */
const MAX_HEADER_LEVELS = 4;

function inPostHeader(el: DomElement): boolean {
  let n = el.parent;
  for (let i = 0; i < MAX_HEADER_LEVELS && n && isElement(n); i++, n = n.parent) if (POST_HEADER.test(hintWords(n))) return true;
  return false;
}

/** A link to an author's page, not inside a byline element already found (that one is read with it). */
function isAuthorLink(a: DomElement, bylines: DomElement[]): boolean {
  return isAuthorHref(a.attribs.href) && !bylines.slice(-MAX_HOLDER_LOOKBACK).some((b) => isInside(a, b));
}

/** The address of an author's page (AUTHOR_HREF). */
export function isAuthorHref(href: string | undefined): boolean {
  return !!href && AUTHOR_HREF.test(href);
}

/**
 * A post's or story's own footer: a `<footer>` inside an `<article>`, one whose class says so ("post-footer",
 * "entry-footer"), or any footer-classed element inside the story's microdata scope (TYPO3's news extension prints the
 * story's date and author in a `<div class="footer">` above its text, inside `itemtype="http://schema.org/Article"`).
 */
export function isOwnFooter(el: DomElement): boolean {
  if (el.name === 'footer') return closest(el, 'article') !== null || inArticleScope(el);
  return POST_FOOTER.test(classAndId(el)) || inArticleScope(el);
}

/** schema.org types of a story (Article, NewsArticle, BlogPosting, SocialMediaPosting …) as an itemtype URL. */
export const ARTICLE_ITEMTYPE = /schema\.org\/\w*(?:Article|Posting)\b/i;

/**
 * Inside an element whose microdata says it is a story: that element is the story, as an `<article>` would be. Not a
 * scope on <html> or <body>: that one types the whole page, its footers too.
 */
function inArticleScope(el: DomElement): boolean {
  for (let n = el.parent; n && isElement(n) && n.name !== 'body' && n.name !== 'html'; n = n.parent) {
    const type = n.attribs.itemtype;
    if (type !== undefined && ARTICLE_ITEMTYPE.test(type)) return true;
  }
  return false;
}

function addMeta(el: DomElement, f: PageFacts): void {
  const keys = (attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop') || attr(el, 'http-equiv')).toLowerCase().trim();
  const content = el.attribs.content ?? el.attribs.datetime ?? attr(el, 'value');
  if (!keys || !content) return;
  // RDFa lists several properties in one attribute ("og:title twitter:title") and writes Dublin Core as "dc:creator", HTML as "DC.creator"
  for (const key of keys.split(/\s+/)) {
    const k = key.replace(DC_PREFIX, '$1.');
    if (!f.meta.has(k)) f.meta.set(k, content);
    const all = f.metaAll.get(k);
    if (!all) f.metaAll.set(k, [content]);
    else if (!all.includes(content)) all.push(content);
  }
}

function addLink(el: DomElement, f: PageFacts): void {
  const href = attr(el, 'href');
  if (!href) return;
  for (const rel of attr(el, 'rel').toLowerCase().split(/\s+/)) if (rel && !f.links.has(rel)) f.links.set(rel, href);
}

function rawScript(el: DomElement): string {
  let s = '';
  for (const c of el.children) s += c.data ?? '';
  return s;
}
