/**
 * From a feed entry, what the page gave us, and the source's policy to the item we store. Pure:
 * nothing here fetches, writes or reads the clock.
 */
import { plainText } from '../core/plain-text';
import { normalizeUrl, stripTracking } from '../core/url';
import { renderCreditLine } from '../policy/credit-line';
import { stripTags } from '../policy/rights';
import { decideInitialStatus, type ReviewDecision } from '../policy/review';
import type { Headlines } from '../policy/source-update';
import type { ReviewMode, Rights } from '../settings/feeds-schema';
import type { ExtractedArticle, OriginalSource } from './extract/types';

/** The headline of an item whose source gives none. */
export const UNTITLED = '(untitled)';

export interface EntryFacts {
  id: number;
  version: number;
  link: string | null;
  title: string | null;
  summary: string | null;
  content_html: string | null;
  authors: string[];
  categories: string[];
  origin: OriginalSource | null;
  published_at: Date | null;
  updated_at: Date | null;
}

export interface SourceFacts {
  id: string;
  name: string;
  /** The source's home page: an original on the same host is the source itself (no "via"). */
  homepage?: string | null;
  /** feeds.yaml `aliases`: other names of the outlet. */
  aliases?: readonly string[];
  rights: Rights;
  review: ReviewMode;
  credit_template: string;
  categories: string[];
  language: string | null;
}

export interface BuiltItem {
  entryId: number;
  version: number;
  sourceId: string;
  sourceName: string;
  url: string;
  urlNorm: string;
  canonicalUrl: string | null;
  title: string;
  /** The page's and the feed's headlines `title` was chosen from (kept to see which one a later version changes). */
  headlines: Headlines;
  byline: string | null;
  authors: string[];
  summary: string | null;
  contentHtml: string | null;
  text: string | null;
  wordCount: number;
  leadImage: unknown;
  originalSource: OriginalSource | null;
  rightsNotice: string | null;
  siteName: string | null;
  lang: string | null;
  categories: string[];
  contentFrom: 'page' | 'feed';
  extractError: string | null;
  publishedAt: Date | null;
  modifiedAt: Date | null;
  sortAt: Date;
  creditLine: string;
  decision: ReviewDecision;
}

export interface BuildInput {
  entry: EntryFacts;
  source: SourceFacts;
  /** null when the page could not be fetched or held no article. */
  article: ExtractedArticle | null;
  /** The feed's own HTML, already sanitized (the fallback when there is no article). */
  feedContentHtml: string | null;
  extractError: string | null;
  now: Date;
}

/** Builds the item row's values and the review decision. */
export function buildItem(i: BuildInput): BuiltItem {
  const a = i.article;
  const url = stripTracking(i.entry.link ?? a?.canonical_url ?? '');
  const authors = plainNames(a?.authors.length ? a.authors : i.entry.authors);
  const byline = plainOrNull(a?.byline) ?? (authors.length ? authors.join(', ') : null);
  const original = plainSource(a?.original_source ?? i.entry.origin ?? null);
  const publishedAt = a?.published_at ? new Date(a.published_at) : i.entry.published_at;
  const feedText = i.feedContentHtml ? stripTags(i.feedContentHtml) : i.entry.summary ? stripTags(i.entry.summary) : null;
  const text = a?.text || feedText || null;
  const headlines = { page: cleanTitle(a?.title), feed: cleanTitle(i.entry.title) };
  return {
    entryId: i.entry.id,
    version: i.entry.version,
    sourceId: i.source.id,
    sourceName: i.source.name,
    url,
    urlNorm: normalizeUrl(url),
    canonicalUrl: a?.canonical_url ?? null,
    title: headlines.page ?? headlines.feed ?? UNTITLED,
    headlines,
    byline,
    authors,
    summary: i.entry.summary ? stripTags(i.entry.summary).slice(0, 2000) || null : (a?.excerpt ?? null),
    contentHtml: a?.content_html || i.feedContentHtml || null,
    text,
    wordCount: text ? text.split(/\s+/).filter(Boolean).length : 0,
    leadImage: a?.lead_image ?? null,
    originalSource: original,
    rightsNotice: a?.rights_notice ?? null,
    siteName: a?.site_name ?? null,
    lang: a?.lang ?? i.source.language,
    categories: [...new Set([...i.entry.categories, ...(a?.categories ?? []), ...i.source.categories])],
    contentFrom: a ? 'page' : 'feed',
    extractError: i.extractError,
    publishedAt,
    modifiedAt: a?.modified_at ? new Date(a.modified_at) : i.entry.updated_at,
    sortAt: sortTime(publishedAt, i.now),
    creditLine: renderCreditLine(i.source.credit_template, {
      source: i.source.name,
      sourceId: i.source.id,
      sourceHomepage: i.source.homepage,
      sourceAliases: i.source.aliases,
      author: byline,
      original: original?.canonical_name ?? original?.name,
      originalUrl: original?.url,
      url,
    }),
    decision: decideInitialStatus(i.source.review, i.source.rights, a?.rights_notice ?? null),
  };
}

/** Bylines, authors and outlet names are stored as plain text: markup a feed, page or wire left in them is dropped. */
export function plainOrNull(s: string | null | undefined): string | null {
  return s ? plainText(s) || null : null;
}

function plainNames(names: string[]): string[] {
  return [...new Set(names.map((n) => plainText(n)).filter(Boolean))];
}

function plainSource(s: OriginalSource | null): OriginalSource | null {
  if (!s) return null;
  const name = plainOrNull(s.name);
  return s.canonical_name ? { ...s, name, canonical_name: plainOrNull(s.canonical_name) } : { ...s, name };
}

/** Order by the source's time, but never in the future (a wrong clock must not pin an item on top). */
function sortTime(publishedAt: Date | null, now: Date): Date {
  if (!publishedAt || Number.isNaN(publishedAt.getTime()) || publishedAt > now) return now;
  return publishedAt;
}

function cleanTitle(t: string | null | undefined): string | null {
  const s = t?.replace(/\s+/g, ' ').trim();
  return s ? s.slice(0, 1000) : null;
}
