/**
 * The wire model: an IPTC document (NITF, NewsML-G2, ninjs) read into the feed entry model
 * (`FeedItem`) plus what wire copy carries that feeds do not: creditline, dateline, copyright
 * and usage terms. Pure data.
 */
import type { FeedItem } from '../types';

export type WireFormat = 'nitf' | 'newsml' | 'ninjs';

/** Rights statements as the document gives them (IPTC rightsInfo / NITF doc.rights). */
export interface WireRightsInfo {
  copyright_holder: string | null;
  copyright_notice: string | null;
  usage_terms: string | null;
}

/**
 * The publication status the wire states (IPTC pubStatus: NewsML-G2 `stat:*`, ninjs `pubstatus`,
 * NITF `management-status`): `canceled` kills an item, `withheld` pulls it until further notice.
 */
export type WirePubStatus = 'usable' | 'withheld' | 'canceled';

/** Whether a wire status takes the story off the portal. */
export function isKill(status: WirePubStatus): boolean {
  return status === 'canceled' || status === 'withheld';
}

/** Reads a stated status ("stat:canceled", "canceled", "Withheld"); anything else (or nothing) is usable. */
export function readPubStatus(stated: string | null | undefined): WirePubStatus {
  const s = (stated ?? '')
    .trim()
    .toLowerCase()
    .replace(/^[a-z0-9-]*:/, '');
  return s === 'canceled' || s === 'cancelled' ? 'canceled' : s === 'withheld' ? 'withheld' : 'usable';
}

export interface WireItem {
  /** The entry as the pipeline stores it; `source` carries the creditline as the original outlet. */
  entry: FeedItem;
  creditline: string | null;
  byline: string | null;
  dateline: string | null;
  rights: WireRightsInfo;
  /** True when the body is the full story, so no page needs fetching. */
  full_text: boolean;
  /** `canceled` or `withheld`: a kill for the stored item with this guid; nothing is stored from it. */
  pub_status: WirePubStatus;
  /**
   * The embargo the document's structure states (NewsML-G2 itemMeta/embargoed, NITF
   * management-status="embargoed" / date.release, ninjs embargoed): `until` (ISO) null when it names no
   * time. Null when the document states none. Whether it still holds is policy/embargo's call.
   */
  embargo: { until: string | null } | null;
}

export interface WireDocument {
  format: WireFormat;
  /** The format version the document states ("3.6", "2.33", "2.0"). */
  version: string;
  items: WireItem[];
}

export type WireFailureCode =
  'WIRE_INVALID_XML' | 'WIRE_INVALID_JSON' | 'WIRE_UNKNOWN_VERSION' | 'WIRE_MISSING_FIELD' | 'WIRE_UNKNOWN_FORMAT';

export type WireParseResult = { ok: true; doc: WireDocument } | { ok: false; code: WireFailureCode; reason: string };

/** A failure value with its code and a reason naming the field. */
export function wireFailure(code: WireFailureCode, reason: string): WireParseResult {
  return { ok: false, code, reason };
}
