/**
 * Article metadata from JSON-LD, OpenGraph, meta tags and the markup, in that order of trust;
 * the feed entry's hints fill what the page does not say.
 */
import { absoluteUrl, stripTracking } from '../../core/url';
import { DomElement, attr, rawText } from './dom';
import { readHeadline } from './title';
import { readByline } from './byline';
import { bylineNames } from './person-name';
import { PageFacts } from './collect';
import { LdArticle } from './jsonld';
import { toIsoUtc } from './dates';
import { cleanText } from './text';
import { ExtractHints } from './types';

/** Meta keys for the publication time, most specific first. */
const PUBLISHED_KEYS = ['article:published_time', 'og:article:published_time', 'datepublished', 'publishdate', 'pubdate', 'og:pubdate', 'article.published', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created', 'date', 'publish-date', 'article_date_original', 'cxenseparse:recs:publishtime'];
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'lastmod', 'article.updated', 'dcterms.modified', 'last-modified'];

export interface Metadata {
  title: string | null;
  authors: string[];
  byline: string | null;
  /** The byline as printed, with titles and outlets ("X, AP Sports Writer"): attribution reads it. */
  byline_raw: string | null;
  published_at: string | null;
  modified_at: string | null;
  canonical_url: string | null;
  site_name: string | null;
  lang: string | null;
  categories: string[];
  image: string | null;
}

/** Reads the article's metadata; `url` is the fetched address (the base for relative links). */
export function readMetadata(facts: PageFacts, ld: LdArticle | null, url: string, hints: ExtractHints = {}): Metadata {
  const m = facts.meta;
  const sites = siteNamesOf(facts.meta, ld, url);
  const headline = readHeadline(facts, ld, sites);
  const byline = readByline(facts, ld, headline.h1, sites);
  const hinted = (hints.authors ?? []).flatMap((a) => bylineNames(a, sites));
  const canonical = absoluteUrl(facts.links.get('canonical') ?? m.get('og:url') ?? ld?.url, url);
  const image = absoluteUrl(m.get('og:image') ?? m.get('og:image:url') ?? m.get('twitter:image') ?? m.get('twitter:image:src') ?? ld?.image, url);
  return {
    title: headline.title ?? nonEmpty(hints.title),
    authors: byline.authors.length ? byline.authors : hinted,
    byline: byline.text ?? (hinted.length ? hinted.join(', ') : null),
    byline_raw: byline.raw,
    published_at: preciseDate([toIsoUtc(ld?.datePublished), firstDate(m, PUBLISHED_KEYS), timeElementDate(facts.times), bylineDate(facts.bylines)]) ?? toIsoUtc(hints.published_at),
    modified_at: toIsoUtc(ld?.dateModified) ?? firstDate(m, MODIFIED_KEYS),
    canonical_url: canonical ? stripTracking(canonical) : null,
    site_name: nonEmpty(m.get('og:site_name')) ?? nonEmpty(ld?.publisher) ?? nonEmpty(m.get('application-name')),
    lang: readLang(facts, ld),
    categories: readCategories(m, ld),
    image: image ?? null,
  };
}

function nonEmpty(s: string | null | undefined): string | null {
  const t = s ? cleanText(s) : '';
  return t || null;
}

function firstDate(meta: Map<string, string>, keys: string[]): string | null {
  for (const k of keys) {
    const iso = toIsoUtc(meta.get(k));
    if (iso) return iso;
  }
  return null;
}

/**
 * The first date found, unless it is a bare day (midnight UTC, e.g. JSON-LD "2019-11-18") and a later
 * source gives a full time on that same day: then the precise one.
 */
function preciseDate(candidates: Array<string | null>): string | null {
  const found = candidates.filter((d): d is string => !!d);
  const first = found[0];
  if (!first || !first.endsWith('T00:00:00.000Z')) return first ?? null;
  return found.find((d) => d.slice(0, 10) === first.slice(0, 10) && !d.endsWith('T00:00:00.000Z')) ?? first;
}

function timeElementDate(times: DomElement[]): string | null {
  const preferred = times.find((t) => t.attribs.pubdate !== undefined || /publish|posted|date-?pub/i.test(attr(t, 'class') + attr(t, 'itemprop')));
  for (const t of preferred ? [preferred, ...times] : times) {
    const iso = toIsoUtc(attr(t, 'datetime'));
    if (iso) return iso;
  }
  return null;
}

/** A visible day in a byline box ("REUTERS 19 NOV 2019"), read as that day at 00:00 UTC. */
function bylineDate(bylines: DomElement[]): string | null {
  for (const el of bylines.slice(0, MAX_BYLINE_ELEMENTS)) {
    const m = VISIBLE_DATE.exec(rawText(el));
    if (m) return toIsoUtc(`${m[1]} ${m[2]} ${m[3]} UTC`);
  }
  return null;
}

/** "19 Nov 2019" style dates; month names in English only. */
const VISIBLE_DATE = /\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+((?:19|20)\d{2})\b/i;
/** Byline boxes looked at for a visible date. */
const MAX_BYLINE_ELEMENTS = 5;

/** What the site calls itself: og:site_name, the publisher, application-name, twitter:site and the host ("tagesschau.de", "tagesschau"). */
function siteNamesOf(meta: Map<string, string>, ld: LdArticle | null, url: string): string[] {
  const names = [meta.get('og:site_name'), ld?.publisher, meta.get('application-name'), meta.get('twitter:site')?.replace(/^@/, '')];
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    names.push(host, host.split('.').slice(-2, -1)[0]);
  } catch {
    // a relative or broken URL names no host
  }
  const headline = cleanText(meta.get('og:title') ?? '').toLowerCase();
  return names.map((n) => (n ? cleanText(n) : '')).filter((n) => n && n.split(' ').length <= MAX_SITE_NAME_WORDS && n.toLowerCase() !== headline);
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
  const raw = [...(ld?.sections ?? []), meta.get('article:section') ?? '', ...(ld?.keywords ?? []), ...(meta.get('news_keywords') ?? meta.get('keywords') ?? '').split(',')];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of raw.map(cleanText)) {
    if (!c || c.length > 60 || seen.has(c.toLowerCase())) continue;
    seen.add(c.toLowerCase());
    out.push(c);
  }
  return out;
}
