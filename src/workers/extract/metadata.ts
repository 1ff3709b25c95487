/**
 * Article metadata from JSON-LD, OpenGraph, meta tags and the markup, in that order of trust;
 * the feed entry's hints fill what the page does not say.
 */
import { absoluteUrl, stripTracking } from '../../core/url';
import { DomElement, closest, rawText } from './dom';
import { PageFacts } from './collect';
import { LdArticle } from './jsonld';
import { findDates } from './date-finder';
import { cleanText } from './text';
import { ExtractHints, ExtractOptions } from './types';

/** A byline longer than this is a paragraph, not a name. */
const MAX_BYLINE_CHARS = 120;

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

/** Reads the article's metadata; `url` is the fetched address (the base for relative links); `now` bounds future dates. */
export function readMetadata(facts: PageFacts, ld: LdArticle | null, url: string, hints: ExtractHints = {}, now?: ExtractOptions['now']): Metadata {
  const m = facts.meta;
  const byline = readByline(facts, ld);
  const canonical = absoluteUrl(facts.links.get('canonical') ?? m.get('og:url') ?? ld?.url, url);
  const dates = findDates({ facts, ld, urls: [url, canonical], hint: hints.published_at, now });
  const image = absoluteUrl(m.get('og:image') ?? m.get('og:image:url') ?? m.get('twitter:image') ?? m.get('twitter:image:src') ?? ld?.image, url);
  return {
    title: readTitle(facts, ld) ?? nonEmpty(hints.title),
    authors: byline.authors.length ? byline.authors : (hints.authors ?? []).map(cleanText).filter(Boolean),
    byline: byline.text ?? (hints.authors?.length ? hints.authors.join(', ') : null),
    byline_raw: byline.raw,
    published_at: dates.published_at,
    modified_at: dates.modified_at,
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

/** The headline: the page's h1 when it agrees with og:title/<title>, else JSON-LD, og:title, <title>. */
function readTitle(facts: PageFacts, ld: LdArticle | null): string | null {
  const og = nonEmpty(facts.meta.get('og:title')) ?? nonEmpty(facts.meta.get('twitter:title'));
  const doc = nonEmpty(facts.title);
  const h1s = facts.h1.map((h) => cleanText(rawText(h))).filter((t) => t.length > 3);
  const refs = [og, nonEmpty(ld?.headline), doc].filter((x): x is string => !!x).map(loose);
  const agreeing = h1s.find((h) => refs.some((r) => r.includes(loose(h)) || loose(h).includes(r)));
  if (agreeing) return agreeing;
  const inArticle = facts.h1.find((h) => closest(h, 'article') || closest(h, 'main'));
  if (inArticle && cleanText(rawText(inArticle)).length > 3) return cleanText(rawText(inArticle));
  return nonEmpty(ld?.headline) ?? (og ? stripSiteName(og) : null) ?? (doc ? stripSiteName(doc) : null) ?? h1s[0] ?? null;
}

function loose(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** "Headline – Site Name" → "Headline": drops the shortest side of a separator when the rest is long enough. */
export function stripSiteName(title: string): string {
  const parts = title.split(/\s+[|–—:»·-]\s+/);
  if (parts.length < 2) return title;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(/\s+/).length >= 3 ? longest : title;
}

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

interface Byline {
  text: string | null;
  raw: string | null;
  authors: string[];
}

/** Authors from JSON-LD, then meta author, then byline markup; "By" and dates stripped. */
function readByline(facts: PageFacts, ld: LdArticle | null): Byline {
  const fromLd = (ld?.authors ?? []).map(cleanAuthor).filter(isName);
  if (fromLd.length) return bylineOf(joinNames(fromLd));
  const meta = cleanAuthor(facts.meta.get('author') ?? facts.meta.get('article:author') ?? facts.meta.get('parsely-author') ?? facts.meta.get('sailthru.author') ?? facts.meta.get('dc.creator') ?? '');
  if (isName(meta)) return bylineOf(meta);
  const best = bestBylineText(facts.bylines);
  return best ? bylineOf(best) : { text: null, raw: null, authors: [] };
}

function bylineOf(raw: string): Byline {
  const names = namesOnly(raw);
  return { text: names || raw, raw, authors: splitNames([names || raw]) };
}

/** "ROBERT BURNS, AP National Security Writer" → "ROBERT BURNS": trailing titles and outlets dropped. */
function namesOnly(raw: string): string {
  const parts = raw.split(/\s*,\s*|\.\s+(?=[A-Z])/);
  while (parts.length > 1 && AFFILIATION.test(parts[parts.length - 1]!)) parts.pop();
  return parts.join(', ').trim();
}

/** Among byline elements (often nested: "By X" inside a box with the agency), one that starts with "By", else the shortest. */
function bestBylineText(elements: DomElement[]): string | null {
  const texts = elements.map((el) => cleanText(rawText(el))).filter((t) => isName(cleanAuthor(t)));
  const withBy = texts.filter((t) => /^by\s/i.test(t)).sort((a, b) => a.length - b.length);
  const pick = withBy[0] ?? texts.sort((a, b) => a.length - b.length)[0];
  return pick ? cleanAuthor(pick) : null;
}

/** Removes "By", "Written by", trailing dates and "| Updated …" from a byline. */
export function cleanAuthor(s: string): string {
  return cleanText(s)
    .replace(/^(?:(?:written|posted|reported|published|analysis|opinion|commentary|review|story|text|words)\s+)?by[:\s]+/i, '')
    .replace(/\s*(?:[|•·]|\bon\b|\bupdated\b|\bpublished\b).*$/i, '')
    .replace(/\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}.*$/, '')
    .trim();
}

function isName(s: string): boolean {
  return s.length > 1 && s.length <= MAX_BYLINE_CHARS && !/^https?:/i.test(s) && /\p{L}/u.test(s);
}

function joinNames(names: string[]): string {
  return [...new Set(names)].join(', ');
}

/** "A, B and C" → [A, B, C]; an organization suffix ("Jill Disis, CNN Business") is kept as said. */
function splitNames(list: string[]): string[] {
  const out = list.flatMap((s) => s.split(/\s*(?:,|;|\band\b|&)\s*/i)).map((s) => s.trim()).filter((s) => isName(s) && !AFFILIATION.test(s));
  return [...new Set(out)];
}

/** Parts of a byline that are a job title or an outlet, not a person ("AP National Security Writer"). */
const AFFILIATION = /\b(?:international|media|writer|correspondent|editor|reporter|staff|press|news|agency|bureau|contributor|columnist|times|post|journal|herald|tribune|reuters|ap|afp|cnn|bbc)\b/i;
