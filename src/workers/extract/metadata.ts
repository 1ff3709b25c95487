/**
 * Article metadata from JSON-LD, OpenGraph, meta tags and the markup, in that order of trust;
 * the feed entry's hints fill what the page does not say.
 */
import { parse as parseHost } from 'tldts';
import { absoluteUrl, stripTracking } from '../../core/url';
import { readHeadline, titleSiteNames } from './title';
import { DomElement } from './dom';
import { authorFields, headerLines, readByline, trailerLines, trailerParts } from './byline';
import { creditedNames } from './person-name';
import { PageFacts } from './collect';
import { LdArticle } from './jsonld';
import { findDates } from './date-finder';
import { cleanText } from './text';
import { ExtractHints, ExtractOptions } from './types';

export interface Metadata {
  title: string | null;
  authors: string[];
  byline: string | null;
  /** The byline as printed, with titles and outlets ("X, AP Sports Writer"): attribution reads it. */
  byline_raw: string | null;
  /** The first lines below the headline (a header box's meta line, "Von dpa"): attribution reads their credits. */
  header_lines: string[];
  /** The lines of the blocks right after the story's body ("Источник: ТАСС"): attribution reads their credits. */
  trailer_lines: string[];
  /** The same blocks' lines one by one: attribution reads a source label among them ("Kaynak: X" above "Editör: Y"). */
  trailer_parts: string[];
  /** When the byline names no person, the author fields as printed (authorFields): attribution reads an agency there. */
  author_fields: string[];
  published_at: string | null;
  modified_at: string | null;
  canonical_url: string | null;
  site_name: string | null;
  lang: string | null;
  categories: string[];
  image: string | null;
}

/** Reads the article's metadata; `url` is the fetched address (the base for relative links); `now` bounds future dates; `body` the story's roots in this page. */
export function readMetadata(
  facts: PageFacts,
  ld: LdArticle | null,
  url: string,
  hints: ExtractHints = {},
  now?: ExtractOptions['now'],
  body: DomElement[] = [],
): Metadata {
  const m = facts.meta;
  const sites = siteNamesOf(facts.meta, ld, url);
  const headline = readHeadline(facts, ld, sites, url, body);
  const place = { headline: headline.h1, body };
  // Authors the structured data types as organizations (an agency, the paper's desk) are no person's names either: a byline
  // box printing the agency beside its place ("Iberpress" over "Valdecañas del Río") reads as one name otherwise.
  // and the <title>'s other side, the site's name where no meta tag names the site
  const categories = readCategories(m, ld);
  const byline = readByline(
    facts,
    ld,
    place,
    [...sites, ...titleSiteNames(facts.title, headline.title), ...(ld?.orgAuthors ?? [])],
    categories,
  );
  const hinted = (hints.authors ?? []).flatMap((a) => creditedNames(a, sites));
  const canonical = absoluteUrl(facts.links.get('canonical') ?? m.get('og:url') ?? ld?.url, url);
  const dates = findDates({ facts, ld, urls: [url, canonical], headline: headline.h1, hint: hints.published_at, now });
  const image = absoluteUrl(
    m.get('og:image') ?? m.get('og:image:url') ?? m.get('twitter:image') ?? m.get('twitter:image:src') ?? ld?.image,
    url,
  );
  return {
    title: headline.title ?? nonEmpty(hints.title),
    authors: byline.authors.length ? byline.authors : hinted,
    byline: byline.text ?? (hinted.length ? hinted.join(', ') : null),
    byline_raw: byline.raw,
    header_lines: headerLines(place),
    trailer_lines: trailerLines(place),
    trailer_parts: trailerParts(place),
    author_fields: byline.authors.length ? [] : authorFields(facts, ld, place),
    published_at: dates.published_at,
    modified_at: dates.modified_at,
    canonical_url: canonical ? stripTracking(canonical) : null,
    site_name: nonEmpty(m.get('og:site_name')) ?? nonEmpty(ld?.publisher) ?? nonEmpty(m.get('application-name')),
    lang: readLang(facts, ld),
    categories,
    image: image ?? null,
  };
}

function nonEmpty(s: string | null | undefined): string | null {
  const t = s ? cleanText(s) : '';
  return t || null;
}

/** What the site calls itself: og:site_name, the publisher, application-name, twitter:site and the host ("tagesschau.de", "tagesschau"; "news.bbc.co.uk", "bbc"). */
function siteNamesOf(meta: Map<string, string>, ld: LdArticle | null, url: string): string[] {
  const names = [meta.get('og:site_name'), ld?.publisher, meta.get('application-name'), meta.get('twitter:site')?.replace(/^@/, '')];
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    // the registrable name under the public suffix list: "bbc" for news.bbc.co.uk, "abc" for abc.net.au, "siliconexposed" for siliconexposed.blogspot.com
    names.push(host, parseHost(host, { allowPrivateDomains: true }).domainWithoutSuffix ?? undefined);
  } catch {
    // a relative or broken URL names no host
  }
  const headline = cleanText(meta.get('og:title') ?? '').toLowerCase();
  return names
    .map((n) => (n ? cleanText(n) : ''))
    .filter((n) => n && n.split(' ').length <= MAX_SITE_NAME_WORDS && n.toLowerCase() !== headline);
}

/** A "site name" longer than this is a headline put in application-name or og:site_name by mistake. */
const MAX_SITE_NAME_WORDS = 6;

function readLang(facts: PageFacts, ld: LdArticle | null): string | null {
  const raw = facts.lang || facts.meta.get('content-language') || facts.meta.get('og:locale') || ld?.lang || '';
  const m = raw.trim().match(/^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}))?/i);
  if (!m) return null;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].toUpperCase()}` : m[1]!.toLowerCase();
}

function readCategories(meta: Map<string, string>, ld: LdArticle | null): string[] {
  const raw = [
    ...(ld?.sections ?? []),
    meta.get('article:section') ?? '',
    ...(ld?.keywords ?? []),
    ...(meta.get('news_keywords') ?? meta.get('keywords') ?? '').split(','),
  ];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of raw.map(cleanText)) {
    if (!c || c.length > 60 || seen.has(c.toLowerCase())) continue;
    seen.add(c.toLowerCase());
    out.push(c);
  }
  return out;
}
