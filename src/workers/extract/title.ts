/**
 * The story's headline, not the site's: og:title, JSON-LD headline, the article's <h1> and <title>
 * minus the site's name are compared, and the one that matches the article wins. Pure.
 */
import { isHomeLink } from '../../core/url';
import { DomElement, DomNode, attr, boundedTextRaw, classAndId, closest, isAfter, isElement, isInside, rawText, walkElements } from './dom';
import { PageFacts } from './collect';
import { LdArticle } from './jsonld';
import { cleanText } from './text';
import { matchesSlug, slugWords } from './title-slug';
import { openingHeading } from './title-opening';
import { opensWithGivenName } from './name-lexicon';
import { remembered } from '../../core/remembered';

/**
 * Lower case, letters and digits only, a domain's ending dropped: the form headline candidates are compared in.
 * Remembered: a page compares the same few titles many times (55 calls for 10 strings a page on the scrapinghub pages).
 */
const loose = remembered((s: string): string =>
  s
    .toLowerCase()
    .replace(/\.(?:com|de|org|net|fr|es|it|at|ch|co\.uk|uk)\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);

/** Headlines shorter than this (after cleaning) are a logo or a label. */
const MIN_HEADLINE_CHARS = 4;
/** An h1 in the article that agrees with no reference still wins with this many words (one word is a section label: "News", "Salon"). */
const MIN_H1_WORDS = 2;
/** A host key shorter than this ("bbc" is fine as a name, but "tv" inside a word is not) is not looked for inside a part. */
const MIN_HOST_KEY = 4;
/** A last part of a title longer than this is a headline even when it starts with the host's name ("comwrap auf der DMEXCO 2018"). */
const MAX_SITE_WORDS = 4;
/** An h1 agrees with a reference when the shorter holds at least this share of the longer. */
const MIN_AGREEMENT = 0.4;
/** An h2 or itemprop="headline" element is weaker evidence than an h1: it must nearly equal a reference (digg's h2 headline over another story's h1). */
const MIN_SUBHEAD_AGREEMENT = 0.8;
/**
 * Separators between a headline and a site name in <title>: spaced "| – — - » « › ‹ · •" and "::" ("Story | Site",
 * "Story › Blog", "Site :: Story ::") and the fullwidth bar ("タイトル｜サイト").
 */
const siteSeparator = (marks: string) =>
  new RegExp(String.raw`\s+(?:[${marks}]|-{1,2}|::)\s+|\s*(?:::|\|)\s*$|^\s*(?:::|\|)\s*|\s*｜\s*`, 'u');
const SITE_SEPARATOR = siteSeparator('|–—»«›‹·•');
/** The same without guillemets, for a title that quotes with them ("Le ministre dénonce « une erreur » - Le Monde"). */
const SITE_SEPARATOR_UNQUOTED = siteSeparator('|–—·•');
/** A quotation in guillemets, either way round (« … », » … «, ‹ … ›). */
const GUILLEMET_QUOTE = /«[^«»]*»|»[^«»]*«|‹[^‹›]*›/u;
/**
 * The unspaced separators of Chinese and Japanese titles, read only when no spaced one splits the title ("新竹尖石_美樹營地賞楓 (2)
 * @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::"); an unspaced hyphen only between Chinese or Japanese characters ("标题-新华网",
 * "标题--时政--人民网"): in Korean, written with spaces, it joins names ("엘제이-류화영").
 */
const CJK_SEPARATOR =
  /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}）」』】》])\s*(?:[_|]|—{1,2}|―{1,2})\s*|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}）」』】》])-{1,2}(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u;
/** A colon separates a site name only where one side is the site ("The Space Review: Story", "Story: Site"). */
const COLON = /\s*[:：]\s+|\s*：\s*/u;
/** Scripts written without spaces between words: a two-word rule means nothing there. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * On a page without <article> or <main>, an h1 belongs to the story when it opens the story's text: inside its first root,
 * or before it under a common wrapper (not the page's <body>) at most this many levels above the h1 (a header box beside
 * the text box in one story wrapper). A masthead or a sidebar's heading sits further away.
 */
const MAX_HEADLINE_TO_STORY_LEVELS = 4;
/** The box that holds both is the story's own when it holds at most this many times the story's text; a page-wide wrapper holds more. */
const MAX_STORY_BOX_RATIO = 2;

/** A permalink sign after a heading ("Title¶", "Title #"). */
const PERMALINK_MARK = /\s*[¶#§🔗]$/u;

export interface Headline {
  title: string | null;
  /** The h1 that holds the headline, when one does (bylines are looked for near it). */
  h1: DomElement | null;
}

/**
 * Chooses the headline; `siteNames` are the page's own names (og:site_name, publisher, host), `url` the page's
 * address. A one-word choice that names a folder of the URL ("Pressemitteilungen" on /pressemitteilungen/123,
 * "Aktuelles" on /aktuelles/hafen) is the section, not the story: the first wordy h2 is taken instead, or none. Any
 * one-word choice that is not the URL's last segment gives way to a heading of three words or more that opens the
 * story's text (title-opening.ts).
 */
export function readHeadline(facts: PageFacts, ld: LdArticle | null, siteNames: string[], url = '', body: DomElement[] = []): Headline {
  const inStory = (el: DomElement, peers: DomElement[]) =>
    !!(closest(el, 'article') || closest(el, 'main')) || (!facts.sectioned && opensStory(el, body, peers));
  const chosen = chooseHeadline(facts, ld, siteNames, url, inStory);
  if (chosen.title && isOneWord(chosen.title) && !namesPage(chosen.title, url)) {
    const opening = openingHeading([...facts.subheads, ...facts.minorHeads], body[0]);
    if (opening) return { title: opening.text, h1: opening.el };
  }
  if (!chosen.title || !isSectionOf(chosen.title, url)) return chosen;
  const story = facts.subheads
    .map((el) => ({ el, text: headingText(el) }))
    .find((h) => h.text.split(/\s+/u).length >= MIN_PART_WORDS && !isSectionOf(h.text, url));
  return story ? { title: story.text, h1: story.el } : { title: null, h1: null };
}

/** A side as short as a name written in CJK script ("三浦あかり" after note.com's headlines): the writer's, as likely as the site's. */
const CJK_NAME_LIKE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー \u3000]{2,6}$/u;
/** Words a side of the <title> may have to be read as the site's name. */
const MAX_TITLE_SITE_WORDS = 6;

/**
 * The other sides of the <title> when one side is the headline chosen ("Ligne coupée à Ravières | L'Observateur de la
 * Semaine" → "L'Observateur de la Semaine"): the site's name, for a page whose meta tags and structured data name no
 * site (the byline rules then know it is no person's). Not a side that opens with a given name: a personal blog is often
 * named after its writer.
 */
export function titleSiteNames(docTitle: string, headline: string | null): string[] {
  if (!headline || !docTitle) return [];
  const parts = splitSites(docTitle);
  const key = loose(headline);
  // two sides only: a third is as often the writer's ("Title | Levent X | Site", note.com's "Title｜Author｜note")
  if (parts.length !== 2 || !parts.some((p) => loose(p) === key)) return [];
  return parts.filter(
    (p) =>
      loose(p) !== key &&
      p.split(/\s+/u).length <= MAX_TITLE_SITE_WORDS &&
      !/[.!?]$/u.test(p) &&
      !opensWithGivenName(p) &&
      !CJK_NAME_LIKE.test(p.trim()),
  );
}

/** One word in a spaced script: a section's or a site's name more often than a headline. */
function isOneWord(title: string): boolean {
  return !/\s/u.test(title.trim()) && !UNSPACED_SCRIPT.test(title);
}

/** One word (in a spaced script) equal to a folder of the URL's path, not its last segment. */
function isSectionOf(title: string, url: string): boolean {
  if (!isOneWord(title)) return false;
  const word = loose(title);
  return pathSegments(url)
    .slice(0, -1)
    .some((f) => f === word);
}

/** The title is the last segment of the URL's path: the page's own name ("Mozilla" on /wiki/Mozilla). */
function namesPage(title: string, url: string): boolean {
  return pathSegments(url).at(-1) === loose(title);
}

/** The URL's path segments, decoded and folded as titles are (a file extension dropped). */
function pathSegments(url: string): string[] {
  try {
    return new URL(url).pathname
      .split('/')
      .filter(Boolean)
      .map((f) => loose(decodeURIComponent(f).replace(/\.\w+$/u, '')));
  } catch {
    return [];
  }
}

/**
 * The heading opens the story's text (see MAX_HEADLINE_TO_STORY_LEVELS) and no other of its `peers` (headings of its
 * level) stands between them: where no <article> or <main> says which h1 is the story's, its place does, as trafilatura
 * and Readability read a page without them. A sidebar's "Quick links" above the story's own h1 is not it.
 */
function opensStory(heading: DomElement, body: DomElement[], peers: DomElement[]): boolean {
  const first = body[0];
  if (!first) return false;
  if (isInside(heading, first)) return peers.find((p) => isInside(p, first)) === heading;
  if (!isAfter(first, heading) || peers.some((p) => isAfter(p, heading) && isAfter(first, p))) return false;
  let box: DomElement | null = heading;
  for (let up = 0; box && up < MAX_HEADLINE_TO_STORY_LEVELS; up++) {
    box = isElement(box.parent) ? box.parent : null;
    if (box && isInside(first, box))
      return box.name !== 'body' && boundedTextRaw(box, rawText(first).length * MAX_STORY_BOX_RATIO) !== null;
  }
  return false;
}

function chooseHeadline(
  facts: PageFacts,
  ld: LdArticle | null,
  siteNames: string[],
  url: string,
  inStory: (el: DomElement, peers: DomElement[]) => boolean,
): Headline {
  const og = nonEmpty(facts.meta.get('og:title')) ?? nonEmpty(facts.meta.get('twitter:title'));
  const doc = nonEmpty(facts.title);
  // A masthead heading ("<h1 class="site-title"><a href="/" rel="home">Mein Blog</a></h1>") prints the site's name.
  const mastheads = [...facts.h1, ...facts.subheads].filter((el) => isMasthead(el, url)).map((el) => cleanText(rawText(el)));
  const named = [...siteNames, ...mastheads, ...homeLinkNames(facts.homeLinks, url)];
  const known = toSites(named);
  const hostTitles = [doc, og].filter((t): t is string => !!t && namesHost(t, known));
  const sites = toSites([...named, ...siteSides(doc, known), ...siteSides(og, known), ...hostTitles]);
  // og:title, JSON-LD's headline and the <title>, each without the site's name: read by every step below.
  const [ogBare, ldBare, docBare] = [og, nonEmpty(ld?.headline), doc].map((t) => (t ? stripSiteName(t, sites) : null));
  const refs = [ogBare, ldBare, docBare].filter((x): x is string => x !== null && x !== undefined).map(loose);
  const h1Known = headings(facts.h1, known);
  const h1s = h1Known.filter((h) => !isSite(h.text, sites)); // sites holds every known name
  const whole = [og, doc].filter((x): x is string => !!x).map(loose);
  const agreeing =
    h1s.find((h) => refs.some((r) => agrees(loose(h.text), r))) ??
    h1s.find((h) => [...refs, ...whole].some((r) => sharesWords(loose(h.text), r)));
  const slugged = agreeing ? undefined : slugHeading(url, [facts.h1, facts.subheads, facts.titled, facts.minorHeads], known);
  // Only the page's known names count as sites here: the shorter side of a title is guessed to be the site, and a part printed as a heading is not.
  const printedPart = agreeing || slugged ? undefined : partHeading(h1Known, headings(facts.subheads, known), [doc, og], known);
  const subhead =
    agreeing || slugged || printedPart
      ? undefined
      : (agreeingSubhead([...facts.subheads, ...facts.titled], sites, [...refs, ...whole]) ??
        // on a page with no h1, a title-classed element wording the <title> at more length (an old table layout's headline)
        (h1s.length ? undefined : agreeingSubhead(facts.titled, sites, [...refs, ...whole], sharesWords)));
  const inArticle = agreeing ?? slugged ?? printedPart ?? subhead ?? h1s.find((h) => inStory(h.el, facts.h1) && wordy(h.text));
  const shared = ogBare === null || ogBare === undefined ? null : loose(ogBare);
  if (inArticle) {
    const text =
      (agreeing && headlineWithoutKicker(agreeing.el, refs, shared)) ?? withoutMarkedKicker(inArticle.el, refs) ?? inArticle.text;
    return { title: withoutSectionTail(spelledAsGiven(text, [ogBare, ldBare, docBare]), ogBare), h1: inArticle.el };
  }
  const fallback = [ldBare, ogBare, docBare].find((t) => t && !isSite(t, sites));
  if (h1s[0]) return { title: fallback ?? h1s[0].text, h1: h1s[0].el };
  if (fallback) return { title: fallback, h1: printedTitle(facts.body, fallback) };
  // The title and the h1s name only the site (a blog's post page): the article's own first heading is the post's
  // (an h2, or Blogger's and many themes' h3 when no h2 is).
  const own =
    headings(facts.subheads, sites).find((h) => inStory(h.el, facts.subheads) && wordy(h.text)) ??
    headings(facts.minorHeads, sites).find((h) => inStory(h.el, facts.minorHeads) && wordy(h.text));
  return { title: own?.text ?? null, h1: own?.el ?? null };
}

/**
 * The heading as og:title gives it, where the heading runs on past it to a board's or section's name behind a pointing
 * separator ("X > 마을소식", the hidden h1 of a gnuboard board; "X » Lokales"): the section's name is no part of the headline.
 */
function withoutSectionTail(text: string, og: string | null | undefined): string {
  if (!og || text.length <= og.length || !text.startsWith(og)) return text;
  return SECTION_TAIL.test(text.slice(og.length)) ? og : text;
}

/** A separator that points on to a section, and the section's short name (not a bar: "X | FOTOS" is printed so as the headline). */
const SECTION_TAIL = /^\s*[>»›]\s*\S.{0,40}$/u;

/**
 * The heading's text as og:title, JSON-LD or the <title> spell it (`given`, the site's name taken off), when theirs has the same letters and digits and only
 * the separators differ: a heading built of elements without a space between them runs its parts together
 * ("<h1><span>Hollow Tide</span><span>Lanterns for the Lowlands</span></h1>" reads "Hollow TideLanterns …"), and the
 * page's shared headline keeps the separator ("Hollow Tide: Lanterns for the Lowlands").
 */
function spelledAsGiven(text: string, given: Array<string | null | undefined>): string {
  const key = squash(text);
  const match = given.find((g) => g && g !== text && squash(g) === key);
  return match && match.length > text.length ? match : text;
}

/**
 * The part of a heading that is the headline the title and og:title give, when the heading adds a kicker in an
 * element of its own ("<h1><span>Kiel</span> <span>Hafenmauer wird neu gebaut</span></h1>" under og:title
 * "Hafenmauer wird neu gebaut"): its text run together with the kicker reads as one garbled sentence. og:title
 * (`shared`, the headline the page gives for sharing) decides when the <title> keeps the kicker and og:title does not.
 */
function headlineWithoutKicker(heading: DomElement, refs: string[], shared: string | null): string | null {
  const whole = loose(rawText(heading));
  if (shared === whole) return null; // og:title keeps the kicker
  const sharedPart = shared ? (partMatching(heading, [shared]) ?? restMatching(heading, shared)) : null;
  if (sharedPart) return sharedPart; // og:title leaves it out, whatever the <title> does
  return refs.includes(whole) ? null : partMatching(heading, refs);
}

/** Class/id words of a heading's first line set apart as its kicker ("seitenkopf__topline", "article-heading__kicker", "dachzeile"). */
const KICKER_HINT = /(?:^|[\s_-])(?:kicker|topline|dachzeile|spitzmarke|overline|eyebrow|roofline)(?:$|[\s_-])/;

/**
 * The heading's text after the kicker it opens with, when its markup names that element a kicker ("<h1><span
 * class="article__topline">Kreis X</span> <span>Schulbuslinien gestrichen: …</span></h1>"): German broadcasters and
 * magazines print the topic line inside the <h1>, and og:title may word the headline another way, so that no shared
 * title tells the parts apart. Not when og:title, JSON-LD or the <title> keeps the kicker (one of `refs` is the heading's
 * whole text: "Küstenschutz: Hafenmauer …" in both).
 */
function withoutMarkedKicker(heading: DomElement, refs: string[]): string | null {
  const opening = openingElement(heading);
  if (!opening || !KICKER_HINT.test(classAndId(opening.first)) || refs.includes(loose(opening.whole))) return null;
  const rest = opening.rest.replace(/^[\s:|·–—-]+/u, '');
  return rest && wordy(rest) ? rest : null;
}

/** The element a heading opens with (text before it, other than whitespace, comes first: null), the heading's whole text and what follows that element's text. */
function openingElement(heading: DomElement): { first: DomElement; whole: string; rest: string } | null {
  const first = heading.children.find((c) => !(c.type === 'text' && !(c.data ?? '').trim()));
  if (!first || !isElement(first)) return null;
  const label = cleanText(rawText(first));
  const whole = cleanText(rawText(heading));
  return { first, whole, rest: label && whole.startsWith(label) ? whole.slice(label.length) : '' };
}

/**
 * The heading's text after the element it opens with, when that text is `ref`: a forum's or a shop's label printed
 * first in the heading ("<h1><span class="label">Erfahrungsbericht</span>Regenwasser im Kleingarten: …</h1>").
 */
function restMatching(heading: DomElement, ref: string): string | null {
  const rest = openingElement(heading)?.rest.trim() ?? '';
  return rest && loose(rest) === ref && wordy(rest) ? rest : null;
}

/** The first element of the heading whose text is one of `refs`, with more than one word. */
function partMatching(heading: DomElement, refs: string[]): string | null {
  let part: string | null = null;
  walkElements(heading, (el) => {
    if (part !== null) return false;
    const text = cleanText(rawText(el));
    if (refs.includes(loose(text)) && wordy(text)) part = text;
    return part === null;
  });
  return part;
}

/** Tags whose text is no headline printed on the page: a link's is another page's, a script's or a template's no one's. */
const NOT_A_TITLE_BOX = new Set(['a', 'script', 'style', 'noscript', 'template', 'title', 'option', 'select', 'button']);

/**
 * The element that prints `title` on a page whose headline is no heading (an old table layout's "<font size=4><b>Title</b></font>",
 * a builder's styled div), found by its text: the outermost element holding that text and nothing more, outside links.
 * The byline and date rules read the lines around it, as they do around an <h1>. Null when the page prints it nowhere.
 */
function printedTitle(body: DomElement | null, title: string): DomElement | null {
  const want = loose(title);
  if (!body || !want) return null;
  let found: DomElement | null = null;
  const visit = (n: DomNode): void => {
    if (found) return;
    if (n.type === 'text') {
      const part = loose(n.data ?? '');
      if (part && want.startsWith(part)) found = widest(n, want, title.length * 2, body);
      return;
    }
    if (!isElement(n) || NOT_A_TITLE_BOX.has(n.name)) return;
    for (const c of n.children) visit(c);
  };
  visit(body);
  return found;
}

/** The outermost ancestor of `node` below `body` whose whole text is `want` (loose), or null. */
function widest(node: DomNode, want: string, max: number, body: DomElement): DomElement | null {
  let best: DomElement | null = null;
  for (let el = node.parent; isElement(el) && el !== body; el = el.parent) {
    const text = boundedTextRaw(el, max);
    if (text === null || loose(text) !== want) break;
    best = el;
  }
  return best;
}

/** Class/id words of a heading that prints the site's name. */
const MASTHEAD_HINT = /site-?title|site-?name|site-?logo|(?:^|[\s_-])(?:logo|brand|masthead)(?:$|[\s_-])/i;

/**
 * A heading marked as the site's (class or id), or whose link goes home: rel="home", href "/", or the home page written
 * in full ("https://blog.example/", as Blogger's header title links it); the link inside the heading or around it
 * ("<a href="/"><h1>Site</h1></a>").
 */
function isMasthead(el: DomElement, url: string): boolean {
  if (MASTHEAD_HINT.test(classAndId(el))) return true;
  const around = closest(el, 'a');
  if (around) return goesHome(around, url);
  let found = false;
  walkElements(el, (child) => {
    if (child.name === 'a') found = goesHome(child, url);
    return !found;
  });
  return found;
}

/** Words a link home holds when it names the site ("Silicon Exposed", "Der Hafenblog"), not a sentence or a logo's alt text. */
const MAX_HOME_LINK_WORDS = 4;

/**
 * The site's name as its links home print it ("<a href="/">Silicon Exposed</a>" in a masthead that is no heading): a
 * <title> that says only that names the site, not the story. "Home" and the like are dropped by wordiness only.
 */
function homeLinkNames(links: DomElement[], url: string): string[] {
  return links
    .filter((a) => goesHome(a, url))
    .map((a) => cleanText(rawText(a)))
    .filter((t) => t.length >= MIN_HEADLINE_CHARS && t.split(/\s+/u).length <= MAX_HOME_LINK_WORDS);
}

function goesHome(link: DomElement, url: string): boolean {
  return /(?:^|\s)home(?:\s|$)/i.test(attr(link, 'rel')) || isHomeLink(attr(link, 'href'), url);
}

/** A title of at most this many words, one of them the host's name, names the site ("Stadt Musterstadt" on musterstadt.de). */
const MAX_HOST_TITLE_WORDS = 2;

/** A whole title (no separator) that is the host's name with at most one word beside it: a public body's or a small site's every page. */
function namesHost(title: string, known: Sites): boolean {
  if (splitSites(title).length > 1) return false;
  const words = loose(title).split(' ');
  return words.length <= MAX_HOST_TITLE_WORDS && words.some((w) => known.hosts.includes(squash(w)));
}

/** A heading's text, without a trailing permalink sign. */
function headingText(el: DomElement): string {
  return cleanText(rawText(el)).replace(PERMALINK_MARK, '');
}

/** Heading texts long enough to be a headline and not the site's name. */
function headings(els: DomElement[], sites: Sites): Array<{ el: DomElement; text: string }> {
  return els.map((el) => ({ el, text: headingText(el) })).filter((h) => h.text.length >= MIN_HEADLINE_CHARS && !isSite(h.text, sites));
}

/** The first heading (h1s first, then h2s, headline-classed elements, h3s and h4s) that the URL's slug spells (title-slug.ts). */
function slugHeading(url: string, groups: DomElement[][], sites: Sites): { el: DomElement; text: string } | undefined {
  const slug = slugWords(url);
  if (!slug.length) return undefined;
  for (const els of groups) {
    for (const el of els) {
      const text = headingText(el); // the slug is tested first: few headings match it, and isSite folds every one it reads
      if (matchesSlug(text, slug) && text.length >= MIN_HEADLINE_CHARS && !isSite(text, sites)) return { el, text };
    }
  }
  return undefined;
}

/** A part of a title an h2 repeats is a headline with this many words, not a section label ("World News") or a chapter ("Chapter 1"). */
const MIN_PART_WORDS = 3;

/**
 * A heading printed on the page that is the whole first part of a title split by site separators: "Story - Chapter 1 -
 * Author - Fandom | Site" over an h2 "Story", "Mozilla - Wikipedia" over an h1 "Mozilla". Only the first part: a
 * later one printed as a heading is as often the masthead ("Post @ Blog :: PIXNET ::" over an h1 "PIXNET"). An h1
 * may be one word; a subhead needs MIN_PART_WORDS.
 */
function partHeading(
  h1s: Array<{ el: DomElement; text: string }>,
  subheads: Array<{ el: DomElement; text: string }>,
  titles: Array<string | null>,
  sites: Sites,
): { el: DomElement; text: string } | undefined {
  const parts = new Set(
    titles
      .flatMap((t) => {
        const split = t ? splitSites(t) : [];
        return split.length > 1 ? split.slice(0, 1) : [];
      })
      .filter((p) => !isSitePart(p, sites))
      .map(loose),
  );
  if (!parts.size) return undefined;
  const long = (text: string) => text.split(/\s+/u).length >= MIN_PART_WORDS || UNSPACED_SCRIPT.test(text);
  return h1s.find((h) => parts.has(loose(h.text))) ?? subheads.find((h) => long(h.text) && parts.has(loose(h.text)));
}

/**
 * The first h2 or itemprop="headline" element that nearly equals a reference (texts read one at a time: most pages stop
 * early or have none), or that matches one by `same` (sharesWords: the title-classed element of a page with no h1 that
 * words the <title> at more length, "Parrilla Don Anselmo: el vacío que justifica el viaje a Mataderos" under "Parrilla
 * Don Anselmo (Mataderos)").
 */
function agreeingSubhead(
  els: DomElement[],
  sites: Sites,
  refs: string[],
  same: (heading: string, ref: string) => boolean = (a, b) => agrees(a, b, MIN_SUBHEAD_AGREEMENT),
): { el: DomElement; text: string } | undefined {
  for (const el of els) {
    const text = headingText(el);
    if (text.length < MIN_HEADLINE_CHARS || !wordy(text)) continue;
    const l = loose(text);
    if (refs.some((r) => same(l, r)) && !isSite(text, sites)) return { el, text };
  }
  return undefined;
}

/** More than a one-word label ("News", "Salon"); a title in an unspaced script counts by itself. */
function wordy(text: string): boolean {
  return text.split(/\s+/u).length >= MIN_H1_WORDS || UNSPACED_SCRIPT.test(text);
}

function agrees(a: string, b: string, share = MIN_AGREEMENT): boolean {
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= long.length * share;
}

/** Words a heading must have for the word rule: fewer say too little ("Guides", "Top stories"). */
const MIN_SHARED_WORDS = 4;
/** An h1 that shares this share of its words with the title or og:title is the same headline reworded ("… 10 килограмм за 14 дней" / "… (14 дней) - … 10 кг"). */
const MIN_WORD_SHARE = 0.7;
/** ... and that has at most this many times the other's words: a longer text is a box around the story, holding any headline's words. */
const MAX_WORD_GROWTH = 3;

/** Same headline in other words: most of the shorter one's words are in the longer one (scripts with spaces only). */
function sharesWords(a: string, b: string): boolean {
  if (UNSPACED_SCRIPT.test(a) || UNSPACED_SCRIPT.test(b)) return false;
  const [x, y] = [new Set(a.split(' ')), new Set(b.split(' '))];
  const [short, long] = x.size <= y.size ? [x, y] : [y, x];
  if (short.size < MIN_SHARED_WORDS || long.size > short.size * MAX_WORD_GROWTH) return false;
  let shared = 0;
  for (const w of short) if (long.has(w)) shared++;
  return shared / short.size >= MIN_WORD_SHARE;
}

function isSite(text: string, sites: Sites): boolean {
  return isSitePart(text, sites);
}

/**
 * The outer part of "Story | Site" or "Site - Story" that names the site: one that is a known name, else a short
 * last part that starts with the host's name ("About bugs – Vortex Cannon Entertainment" on vortexcannon.org), else the shorter.
 */
function siteSides(title: string | null, known: Sites): string[] {
  if (!title) return [];
  const parts = splitSites(title);
  if (parts.length < 2) return [];
  const outer = [parts[0]!, parts[parts.length - 1]!];
  const exact = outer.filter((p) => isSitePart(p, known));
  if (exact.length) return exact;
  const trail = siteTrail(parts, known);
  if (trail) return trail;
  const last = outer[1]!;

  if (last.split(/\s+/u).length <= MAX_SITE_WORDS && known.hosts.some((h) => squash(last).startsWith(h))) return [last];
  return outer[0]!.length < outer[1]!.length ? [outer[0]!] : [outer[1]!];
}

/** "Headline – Site Name" → "Headline": drops outer parts that are known site names, else the shorter outer part of a long title. */
export function stripSiteName(title: string, names: string[] | Sites = []): string {
  const sites = Array.isArray(names) ? toSites(names) : names;
  const bracketed = bracketSite(title, sites);
  if (bracketed) return bracketed;
  const dashed = dashedHeadline(title, sites);
  if (dashed) return dashed;
  const parts = splitSites(title);
  if (parts.length < 2) return dropColonSite(title.replace(/^[\s|:]+|[\s|:]+$/gu, ''), sites);
  while (parts.length > 1 && isSitePart(parts[parts.length - 1]!, sites)) parts.pop();
  while (parts.length > 1 && isSitePart(parts[0]!, sites)) parts.shift();
  if (parts.length === 1) return dropColonSite(blogPost(parts[0]!), sites);
  const trail = siteTrail(parts, sites);
  if (trail) return parts.slice(0, parts.length - trail.length).join(' - ');
  const first = parts[0]!,
    last = parts[parts.length - 1]!;
  const kept = first.length >= last.length ? parts.slice(0, -1) : parts.slice(1);
  const story = kept.join(' - ');
  return story.split(/\s+/u).length >= 3 || UNSPACED_SCRIPT.test(story) ? story : title;
}

/**
 * "Story | NDR.de - Nachrichten - Niedersachsen": a known site name inside the title, after a headline of
 * MIN_PART_WORDS or more, opens the site's trail of sections; the trail's parts, from the site's name on, or null.
 */
function siteTrail(parts: string[], sites: Sites): string[] | null {
  const at = parts.findIndex((p, i) => i > 0 && isSitePart(p, sites));
  if (at < 1) return null;
  const head = parts.slice(0, at).join(' ');
  return head.split(/\s+/u).length >= MIN_PART_WORDS || UNSPACED_SCRIPT.test(head) ? parts.slice(at) : null;
}

/** "Story – more story | Site": the site's name after a bar (or "::", "·", "•", "»"), the rest one dashed headline. */
const BAR_THEN_SITE = /^(.+?)\s+(?:\||::|·|•|»)\s+([^|]+?)\s*$|^(.+?)\s*｜\s*([^｜]+?)\s*$/u;
const DASH = /\s+[-–—]\s+/u;

/**
 * "Corona-Krise: Wirtschaft bricht ein – Ökonomen warnen vor Rezession | ZEIT ONLINE" → all before the bar. When a site
 * separates its name with a bar, a dash between two wordy parts is the headline's own, not a second site separator;
 * a short part after the dash ("Story - Stadt Kiel | Site") is a section or a place and is left to the general rule.
 */
function dashedHeadline(title: string, sites: Sites): string | null {
  const m = BAR_THEN_SITE.exec(title);
  const [head, site] = m ? [m[1] ?? m[3]!, m[2] ?? m[4]!] : [];
  if (!head || !site || !isSitePart(site, sites) || SITE_SEPARATOR.test(head.replace(DASH, ' '))) return null;
  const sides = head.split(DASH);
  return sides.length === 2 && sides.every((p) => p.split(/\s+/u).length >= MIN_PART_WORDS) ? head : null;
}

/** "見出し＜サイト名＞", "見出し（サイト名）", "見出し【サイト名】": a Japanese title's last part in fullwidth brackets. */
const BRACKETED_LAST = /^(.+?)\s*(?:＜([^＜＞]+)＞|（([^（）]+)）|【([^【】]+)】)\s*$/u;

/**
 * "港の防波堤、全面改修へ＜ニュース例＞" → the headline, when the bracketed part is one of the page's known names. Only
 * then: Japanese headlines also end in a bracketed label of their own ("…＜独自＞", "…（動画）", "…【速報】") that is as
 * short as a site's name, so neither side is guessed to be the site, as the bar's shorter side is.
 */
function bracketSite(title: string, sites: Sites): string | null {
  const m = BRACKETED_LAST.exec(title);
  const inside = m && (m[2] ?? m[3] ?? m[4]);
  return m && inside && isSitePart(inside, sites) ? m[1]!.trim() : null;
}

/** " @ " between a post's title and its blog's name, on the Chinese blog platforms ("文章 @ 部落格 :: 痞客邦 ::"). */
const BLOG_AT = /\s+@\s+/u;

/**
 * "新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天" → the post's title, once the platform's name is gone. Only in a script
 * written without spaces: in English "@" joins teams ("Lakers @ Celtics").
 */
function blogPost(title: string): string {
  const parts = title.split(BLOG_AT);
  return parts.length === 2 && UNSPACED_SCRIPT.test(title) && parts[0]!.trim() ? parts[0]!.trim() : title;
}

/**
 * "The Space Review: Story" → "Story" when the side before (or after) the colon is the site's name; "Story: Stadt
 * Hafenstadt" → "Story" on hafenstadt.de, the host's name with a word beside it (TYPO3 joins page and site title with ": ").
 */
function dropColonSite(title: string, sites: Sites): string {
  const parts = splitTitle(title, COLON);
  if (parts.length !== 2) return title;
  if (isSitePart(parts[0]!, sites)) return parts[1]!;
  if (isSitePart(parts[1]!, sites)) return parts[0]!;
  const named = parts.map((p) => namesHost(p, sites));
  if (named[0] === named[1]) return title;
  const story = named[0] ? parts[1]! : parts[0]!;
  return story.split(/\s+/u).length >= MIN_PART_WORDS ? story : title;
}

function splitSites(title: string): string[] {
  const parts = splitTitle(title, GUILLEMET_QUOTE.test(title) ? SITE_SEPARATOR_UNQUOTED : SITE_SEPARATOR);
  return parts.length > 1 ? parts : splitTitle(title, CJK_SEPARATOR);
}

function splitTitle(title: string, separator: RegExp): string[] {
  return title
    .split(separator)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The page's own names, folded once: loose forms, squashed keys, and the one-word names (hosts) looked for at the start of a part. */
interface Sites {
  loose: Set<string>;
  keys: Set<string>;
  hosts: string[];
}

function toSites(names: string[]): Sites {
  const folded = names.map(loose).filter(Boolean);
  return {
    loose: new Set(folded),
    keys: new Set(folded.map(squash).filter((k) => k.length >= MIN_HOST_KEY)),
    // one word as written: "schuhhaus-meier" (a hyphenated host) is one, though folding spaces its parts
    hosts: names
      .filter((n) => !/\s/u.test(n.trim()))
      .map(squash)
      .filter((k) => k.length >= MIN_HOST_KEY),
  };
}

/** A part of a title that is a site name: equal to one after folding case, punctuation, spaces and a leading "The". */
function isSitePart(part: string, sites: Sites): boolean {
  const l = loose(part);
  return !!l && (sites.loose.has(l) || sites.keys.has(squashLoose(l)));
}

function nonEmpty(s: string | null | undefined): string | null {
  const t = s ? cleanText(s) : '';
  return t || null;
}

/** Letters and digits only, without a leading "the": "The Space Review" and "thespacereview.com" meet. */
function squash(s: string): string {
  return squashLoose(loose(s));
}

/** squash for a text already folded by loose: isSitePart has it at hand (folding it again cost ~10% of readHeadline). */
function squashLoose(folded: string): string {
  return folded.replace(/ /gu, '').replace(/^the/u, '');
}
