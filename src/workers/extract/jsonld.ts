/** JSON-LD (schema.org) article facts: the most reliable metadata a news page carries. */

/** schema.org types that describe the story itself, best first. */
const ARTICLE_TYPE =
  /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|Article|BlogPosting|Report|OpinionNewsArticle|LiveBlogPosting|ScholarlyArticle|TechArticle|SocialMediaPosting|DiscussionForumPosting|BackgroundNewsArticle|AskPublicNewsArticle|ReviewNewsArticle|SatiricalArticle|ClaimReview)$/i;

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

export interface LdArticle {
  headline: string | null;
  authors: string[];
  /** Authors typed as organizations ("TT", "Belga" beside the reporter): attribution reads a wire among them. */
  orgAuthors: string[];
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  image: string | null;
  sections: string[];
  keywords: string[];
  url: string | null;
  lang: string | null;
  isBasedOn: { name: string | null; url: string | null } | null;
  sourceOrganization: { name: string | null; url: string | null } | null;
}

/** What the page says it is: its addresses (fetched, canonical, og:url) and its titles (og:title, <title>, h1s). */
export interface PageRefs {
  urls: Array<string | null | undefined>;
  titles: Array<string | null | undefined>;
}

/**
 * The first Article-typed object in the page's JSON-LD blocks that describes this page, read into plain fields. With
 * `page`, an article whose headline shares almost no word with any of the page's titles and whose address, when it
 * gives one, is another page's is left out: a teaser of the next or a related story that some templates mark up.
 */
export function readJsonLd(blocks: string[], page?: PageRefs): LdArticle | null {
  const objects = blocks.flatMap(parseBlock).flatMap(flatten);
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t)));
  const article = page ? articles.find((o) => !aboutAnotherPage(o, page)) : articles[0];
  return article ? toArticle(article) : null;
}

/** An article headline that shares less than this share of its words with every title of the page is another story's. */
const MIN_HEADLINE_SHARE = 0.34;
/** Scripts written without spaces: their headlines are compared character by character. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function aboutAnotherPage(o: JsonObject, page: PageRefs): boolean {
  // Its headline or its name (Wikipedia's headline is "Wikimedia list article", its name the page's title).
  const headlines = [str(o.headline), str(o.name)].map((h) => (h ? tokens(h) : [])).filter((w) => w.length);
  const titles = page.titles.filter((t): t is string => !!t && !!t.trim()).map((t) => new Set(tokens(t)));
  if (!headlines.length || !titles.length) return false;
  const own = urlOf(o.url) ?? urlOf(o.mainEntityOfPage);
  if (own && page.urls.some((u) => u && samePath(own, u))) return false;
  return headlines.every((words) => titles.every((t) => words.filter((w) => t.has(w)).length / words.length < MIN_HEADLINE_SHARE));
}

/** True when the block parses as JSON: read by readJsonLd, so an article in it was judged (not skipped as broken). */
export function isReadableBlock(raw: string): boolean {
  return parseBlock(raw).length > 0;
}

/** Lower-case words (letters and digits), or single characters in a script written without spaces. */
function tokens(s: string): string[] {
  const words = s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return UNSPACED.test(s) ? words.flatMap((w) => [...w]) : words;
}

function samePath(a: string, b: string): boolean {
  try {
    const path = (u: string): string => new URL(u, b).pathname.replace(/\/+$/u, '');
    return path(a) === path(b);
  } catch {
    return false;
  }
}

function parseBlock(raw: string): Json[] {
  const cleaned = raw
    .replace(/^\s*(?:<!\[CDATA\[|\/\/\s*<!\[CDATA\[)/, '')
    .replace(/(?:\]\]>|\/\/\s*\]\]>)\s*$/, '')
    .trim();
  try {
    return [JSON.parse(cleaned) as Json];
  } catch {
    try {
      return [JSON.parse(cleaned.replace(/[\u0000-\u001f]+/g, ' ')) as Json];
    } catch {
      return [];
    }
  }
}

function flatten(v: Json): JsonObject[] {
  if (Array.isArray(v)) return v.flatMap(flatten);
  if (!isObject(v)) return [];
  const graph = v['@graph'];
  return graph ? [v, ...flatten(graph)] : [v];
}

function isObject(v: Json | undefined): v is JsonObject {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function toArticle(o: JsonObject): LdArticle {
  return {
    headline: str(o.headline) ?? str(o.name),
    authors: personNames(o.author),
    orgAuthors: organizationNames(o.author),
    datePublished: str(o.datePublished) ?? str(o.dateCreated),
    dateModified: str(o.dateModified),
    publisher: names(o.publisher)[0] ?? null,
    image: urlOf(o.image),
    sections: strings(o.articleSection),
    keywords: strings(o.keywords)
      .flatMap((k) => k.split(','))
      .map((k) => k.trim())
      .filter(Boolean),
    url: urlOf(o.url) ?? urlOf(o.mainEntityOfPage),
    lang: str(o.inLanguage),
    isBasedOn: sourceOf(o.isBasedOn ?? o.isBasedOnUrl),
    sourceOrganization: sourceOf(o.sourceOrganization),
  };
}

/** A string value, or the first string of an array. */
export function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function strings(v: Json | undefined): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  return [];
}

/** Names from a string, a Person/Organization, or an array of them. */
export function names(v: Json | undefined): string[] {
  if (typeof v === 'string') return [v.trim()].filter(Boolean);
  if (Array.isArray(v)) return v.flatMap(names);
  if (isObject(v)) return names(v.name);
  return [];
}

/** schema.org types of an author that is not a person (a publisher, a desk, a brand): never a byline. */
const ORGANIZATION_TYPE = /organi[sz]ation$|^(?:Corporation|Brand|NewsMediaOrganization|WebSite)$/i;

/**
 * The authors' names, authors typed as organizations left out. A bare {"@id"} reference (Yoast's graph) is
 * not followed: on the scrapinghub dev pages its Person is the account that posted (an editor, a company
 * blog's owner), not the writer the page credits.
 */
function personNames(v: Json | undefined): string[] {
  if (Array.isArray(v)) return v.flatMap(personNames);
  if (!isObject(v)) return names(v);
  return typesOf(v).some((t) => ORGANIZATION_TYPE.test(t)) ? [] : names(v.name);
}

/** The names of the authors typed as organizations. */
function organizationNames(v: Json | undefined): string[] {
  if (Array.isArray(v)) return v.flatMap(organizationNames);
  return isObject(v) && typesOf(v).some((t) => ORGANIZATION_TYPE.test(t)) ? names(v.name) : [];
}

function urlOf(v: Json | undefined): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return urlOf(v[0]);
  if (isObject(v)) return str(v.url) ?? str(v['@id']) ?? str(v.contentUrl);
  return null;
}

function sourceOf(v: Json | undefined): { name: string | null; url: string | null } | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return /^https?:/i.test(v) ? { name: null, url: v } : { name: v, url: null };
  if (Array.isArray(v)) return sourceOf(v[0]);
  if (!isObject(v)) return null;
  const name = names(v.publisher)[0] ?? names(v.sourceOrganization)[0] ?? str(v.name);
  return { name: name ?? null, url: urlOf(v.url) ?? str(v['@id']) };
}
