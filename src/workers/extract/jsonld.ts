/** JSON-LD (schema.org) article facts: the most reliable metadata a news page carries. */

/** schema.org types that describe the story itself, best first. */
const ARTICLE_TYPE =
  /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|Article|BlogPosting|Report|OpinionNewsArticle|LiveBlogPosting|ScholarlyArticle|TechArticle|SocialMediaPosting|ClaimReview)$/i;

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

export interface LdArticle {
  headline: string | null;
  authors: string[];
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

/** The first Article-typed object in the page's JSON-LD blocks, read into plain fields. */
export function readJsonLd(blocks: string[]): LdArticle | null {
  const objects = blocks.flatMap(parseBlock).flatMap(flatten);
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t)));
  return article ? toArticle(article) : null;
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
