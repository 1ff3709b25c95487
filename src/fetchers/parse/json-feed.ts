/** JSON Feed 1.0 and 1.1 (jsonfeed.org/version/1.1) → the normalized feed model. */
import { parseFeedDate } from './dates';
import { emptyItem, stableGuid, uniqueEnclosures, uniqueStrings } from './item-parts';
import { cleanText, htmlToText, resolveUrl } from './node';
import { uniqueNames } from './people';
import type { FeedItem, ParsedFeed, ParseResult } from './types';

type Json = Record<string, unknown>;

const VERSION = /^https?:\/\/jsonfeed\.org\/version\/(\d+(?:\.\d+)?)\/?$/i;

function str(v: unknown): string | null {
  return typeof v === 'string' ? cleanText(v) : typeof v === 'number' ? String(v) : null;
}

function obj(v: unknown): Json | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null;
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** 1.1 `authors` (array) or 1.0 `author` (object), as names. */
function authorsOf(o: Json): string[] {
  const people = [...list(o.authors), ...(obj(o.author) ? [o.author] : [])];
  return uniqueNames(people.map((p) => str(obj(p)?.name) ?? str(obj(p)?.url)));
}

/** JSON Feed `attachments` as enclosures. */
function attachmentsOf(o: Json, base: string | undefined): FeedItem['enclosures'] {
  return uniqueEnclosures(
    list(o.attachments).map((a) => {
      const x = obj(a);
      const url = resolveUrl(str(x?.url), base);
      if (!x || !url) return null;
      const len = typeof x.size_in_bytes === 'number' && x.size_in_bytes >= 0 ? Math.floor(x.size_in_bytes) : null;
      return { url, type: str(x.mime_type), length: len };
    }),
  );
}

/** Maps one JSON Feed item; `base` resolves relative URLs. */
function jsonItem(o: Json, base: string | undefined, feedAuthors: string[]): FeedItem {
  const out = emptyItem();
  out.link = resolveUrl(str(o.url) ?? str(o.external_url), base);
  out.title = str(o.title);
  const id = str(o.id);
  out.guid = id ?? stableGuid(out.link, out.title, str(o.content_html) ?? str(o.content_text) ?? '');
  out.guid_generated = id === null;
  out.published_at = parseFeedDate(str(o.date_published));
  out.updated_at = parseFeedDate(str(o.date_modified));
  const own = authorsOf(o);
  out.authors = own.length > 0 ? own : feedAuthors; // JSON Feed 1.1: item authors default to the feed's
  out.summary = str(o.summary);
  out.content_html = typeof o.content_html === 'string' && o.content_html.trim() ? o.content_html.trim() : textAsHtml(o.content_text);
  out.enclosures = attachmentsOf(o, base);
  out.categories = uniqueStrings(list(o.tags).map(str));
  const image = resolveUrl(str(o.image) ?? str(o.banner_image), base);
  if (image)
    out.media = [{ url: image, type: null, medium: 'image', width: null, height: null, title: null, credit: null, thumbnail: image }];
  out.lang = str(o.language);
  return out;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** content_text as HTML (escaped), so readers of content_html need not care which one was sent. */
function textAsHtml(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim().replace(/[&<>]/g, (c) => ESCAPES[c] ?? c) : null;
}

/** Parses a JSON Feed document; a JSON value that is not a JSON Feed is "not a feed". */
export function parseJsonFeed(text: string, url: string | undefined): ParseResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { ok: false, code: 'PARSE_INVALID_JSON', reason: `invalid JSON: ${(e as Error).message}` };
  }
  const o = obj(doc);
  const version = VERSION.exec(str(o?.version) ?? '')?.[1];
  if (!o || (version === undefined && !Array.isArray(o.items)))
    return { ok: false, code: 'PARSE_NOT_A_FEED', reason: 'JSON without a JSON Feed version or items' };
  const base = resolveUrl(str(o.feed_url), url) ?? url;
  const feed: ParsedFeed = {
    format: 'json',
    version: version ?? null,
    title: str(o.title),
    link: resolveUrl(str(o.home_page_url), base),
    description: str(o.description),
    lang: str(o.language),
    self_url: resolveUrl(str(o.feed_url), url),
    hubs: uniqueStrings(list(o.hubs).map((h) => resolveUrl(str(obj(h)?.url), base))),
    ttl_minutes: null,
    skip_hours: [],
    skip_days: [],
    image_url: resolveUrl(str(o.icon) ?? str(o.favicon), base),
    items: list(o.items)
      .map(obj)
      .filter((x): x is Json => x !== null)
      .map((x) => jsonItem(x, base, authorsOf(o))),
  };
  if (feed.title && /<[a-z/]/i.test(feed.title)) feed.title = htmlToText(feed.title);
  return { ok: true, feed, warnings: [] };
}
