/**
 * What extraction returns: the article and its attribution. Printed as-is by `wireroom extract`,
 * so keys are snake_case.
 */
export interface LeadImage {
  url: string;
  caption: string | null;
  credit: string | null;
  width: number | null;
  height: number | null;
}

export interface OriginalSource {
  name: string | null;
  url: string | null;
  /** The well-known outlet's canonical name ("RT NEWS" → "RT"), when it is one; added by the extractor. */
  canonical_name?: string | null;
}

export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  authors: string[];
  /** ISO 8601 with the page's own offset when it gave one, else UTC (a bare day is midnight UTC); or null. */
  published_at: string | null;
  /** As published_at; null unless it is at or after published_at. */
  modified_at: string | null;
  canonical_url: string | null;
  site_name: string | null;
  lang: string | null;
  /** The outlet that first published the story when this page republishes it, else null. */
  original_source: OriginalSource | null;
  /** Plain text of the article body, paragraphs separated by blank lines, NFC, collapsed whitespace. */
  text: string;
  /** Sanitized article HTML with absolute URLs and tracking parameters removed. */
  content_html: string;
  excerpt: string;
  word_count: number;
  lead_image: LeadImage | null;
  /** A redistribution/copyright notice found on the page, verbatim, or null. */
  rights_notice: string | null;
  categories: string[];
  /** Which evidence produced original_source, for editors ("credit-line", "json-ld", "link-rel", "feed-source"). */
  attribution_evidence: string[];
}

/** Hints from the feed entry, used when the page does not say. */
export interface ExtractHints {
  title?: string | null;
  published_at?: string | null;
  authors?: string[];
  /** The feed item's `<source>`. */
  source?: OriginalSource | null;
}

export interface ExtractOptions {
  /** Per-source overrides from feeds.yaml: `extract: {body, remove}` (CSS selectors). */
  body?: string;
  remove?: string[];
  hints?: ExtractHints;
  /** Hosts whose iframes survive sanitizing (video embeds). */
  iframeHosts?: string[];
  /** The current time, from the shell (extraction reads no clock): dates more than a day after it are rejected. */
  now?: Date | number | string;
}
