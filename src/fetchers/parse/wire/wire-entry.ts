/** Builds a `WireItem` from the fields every wire format shares. Pure. */
import { escapeHtml } from '../../../core/html';
import { plainText } from '../../../core/plain-text';
import { parseFeedDate } from '../dates';
import type { FeedItem } from '../types';
import type { WireItem, WirePubStatus, WireRightsInfo } from './types';

export interface WireFields {
  guid: string;
  link: string | null;
  headline: string;
  byline: string | null;
  creditline: string | null;
  dateline: string | null;
  published: string | null;
  updated: string | null;
  summary: string | null;
  bodyHtml: string | null;
  subjects: string[];
  language: string | null;
  rights: WireRightsInfo;
  pubStatus: WirePubStatus;
  /** The stated embargo time (ISO or RFC 822), or null. */
  embargoed?: string | null;
  /** The document says it is embargoed even without a time (NITF management-status="embargoed"). */
  embargoStated?: boolean;
}

/** The entry and wire extras; the creditline becomes the entry's original source. Byline and creditline are plain text. */
export function toWireItem(fields: WireFields): WireItem {
  const f = { ...fields, byline: plainOrNull(fields.byline), creditline: plainOrNull(fields.creditline) };
  const entry: FeedItem = {
    guid: f.guid,
    link: f.link,
    title: f.headline,
    published_at: parseFeedDate(f.published),
    updated_at: parseFeedDate(f.updated),
    authors: f.byline ? [f.byline.replace(/^by\s+/i, '').trim()] : [],
    summary: f.summary,
    content_html: f.bodyHtml,
    enclosures: [],
    categories: [...new Set(f.subjects.filter(Boolean))],
    media: [],
    source: f.creditline ? { name: f.creditline, url: null } : null,
    comments_url: null,
    lang: f.language,
  };
  return {
    entry,
    creditline: f.creditline,
    byline: f.byline,
    dateline: f.dateline,
    rights: f.rights,
    full_text: Boolean(f.bodyHtml),
    pub_status: f.pubStatus,
    embargo: embargoOf(f),
  };
}

function plainOrNull(s: string | null): string | null {
  return s ? plainText(s) || null : null;
}

function embargoOf(f: WireFields): WireItem['embargo'] {
  const until = parseFeedDate(f.embargoed ?? null);
  return until || f.embargoStated ? { until } : null;
}

/** Escapes plain text into paragraphs of HTML (ninjs body_text, NewsML-G2 inlineData). */
export function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
}
