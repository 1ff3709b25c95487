/**
 * The normalized feed model: what `parseFeed` returns and what `wireroom parse-feed` prints.
 * JSON keys are snake_case because this object is printed as-is by the CLI contract.
 */
export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface FeedEnclosure {
  url: string;
  type: string | null;
  length: number | null;
}

export interface FeedMedia {
  url: string;
  type: string | null;
  medium: string | null;
  width: number | null;
  height: number | null;
  title: string | null;
  credit: string | null;
  thumbnail: string | null;
}

export interface FeedItem {
  /** The item's id (RSS guid, Atom id, JSON Feed id), or a stable hash when the feed gives none. */
  guid: string;
  /** True when the feed gave no id and `guid` was derived from link and title (added field). */
  guid_generated?: boolean;
  link: string | null;
  title: string | null;
  /** ISO 8601 UTC, or null. */
  published_at: string | null;
  updated_at: string | null;
  /** Names, not "email (Name)". */
  authors: string[];
  summary: string | null;
  content_html: string | null;
  enclosures: FeedEnclosure[];
  categories: string[];
  media: FeedMedia[];
  /** RSS `<source>` / Atom `<source>`: where the item originally came from, when the feed says. */
  source: { name: string | null; url: string | null } | null;
  comments_url: string | null;
  lang: string | null;
}

export interface ParsedFeed {
  format: FeedFormat;
  /** The format's version as stated or inferred ("2.0", "0.91", "1.0", "1.1"), or null. */
  version: string | null;
  title: string | null;
  link: string | null;
  description: string | null;
  lang: string | null;
  /** The feed's own URL (`atom:link rel=self`, JSON Feed `feed_url`). */
  self_url: string | null;
  /** WebSub hubs advertised in the feed (`<link rel="hub">`, JSON Feed `hubs`). */
  hubs: string[];
  /** RSS `<ttl>` in minutes. */
  ttl_minutes: number | null;
  /** RSS `<skipHours>`: hours 0–23 (GMT) in which the feed asks not to be polled. */
  skip_hours: number[];
  /** RSS `<skipDays>`: day names (Monday … Sunday). */
  skip_days: string[];
  image_url: string | null;
  items: FeedItem[];
}

export interface ParseOptions {
  /** The URL the document was fetched from: base for relative links. */
  url?: string;
  /** The HTTP Content-Type header, for the charset. */
  contentType?: string;
}

export type ParseFailureCode = 'PARSE_NOT_A_FEED' | 'PARSE_EMPTY' | 'PARSE_ENTITY_EXPANSION' | 'PARSE_TOO_DEEP' | 'PARSE_INVALID_JSON';

export type ParseResult = { ok: true; feed: ParsedFeed; warnings: string[] } | { ok: false; code: ParseFailureCode; reason: string };
