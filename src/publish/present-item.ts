/**
 * The portal's view of an item: snake_case JSON with the credit line, the link to the original,
 * and only as much content as the source's rights allow — applied here, at output, on every
 * request, not only at ingest. Pure.
 */
import { plainText, plainTextOrNull } from '../core/plain-text';
import type { Rights } from '../settings/feeds-schema';
import type { ItemStatus } from '../policy/item-status';
import { applyRights } from '../policy/rights';

export interface ItemForOutput {
  id: number;
  title: string;
  url: string;
  canonical_url: string | null;
  byline: string | null;
  authors: string[];
  summary: string | null;
  content_html: string | null;
  text: string | null;
  /** Set by lean list queries: `text` is only the start of the item's text. */
  text_is_prefix?: boolean | null;
  lead_image: unknown;
  original_source: { name: string | null; url: string | null } | null;
  site_name: string | null;
  lang: string | null;
  categories: string[];
  status: ItemStatus;
  credit_line: string | null;
  published_at: Date | null;
  modified_at: Date | null;
  published_on: Date | null;
  updated_at: Date;
  cluster_id: number | null;
  version: number;
  source_id: string;
  source_name: string;
  source_homepage: string | null;
  rights: Rights;
  excerpt_words: number;
  /** When the item's cluster last changed (its summary is part of the output), null without one. */
  cluster_updated_at?: Date | null;
}

export interface ClusterSummary {
  id: number;
  size: number;
  sources: { id: string; name: string; url: string | null }[];
}

/** The JSON the API returns for one item. */
export function presentItem(row: ItemForOutput, cluster: ClusterSummary | null = null) {
  const rights = row.rights;
  const content = applyRights(rights, row, row.excerpt_words);
  return {
    id: row.id,
    title: plainText(row.title),
    url: row.url,
    canonical_url: row.canonical_url,
    published_at: iso(row.published_at),
    modified_at: iso(row.modified_at),
    published_on: iso(row.published_on),
    updated_at: iso(row.updated_at),
    source: { id: row.source_id, name: row.source_name, homepage: row.source_homepage },
    original_source: row.original_source && { ...row.original_source, name: plainTextOrNull(row.original_source.name) },
    credit_line: plainTextOrNull(row.credit_line),
    byline: plainTextOrNull(row.byline),
    authors: row.authors.map(plainText).filter(Boolean),
    summary: content.summary,
    content_html: content.content_html,
    rights,
    lead_image: rights === 'full' ? row.lead_image : null,
    categories: row.categories,
    lang: row.lang,
    status: row.status,
    version: row.version,
    cluster:
      cluster ??
      (row.cluster_id ? { id: row.cluster_id, size: 1, sources: [{ id: row.source_id, name: row.source_name, url: row.url }] } : null),
  };
}

export type PresentedItem = ReturnType<typeof presentItem>;

function iso(d: Date | null): string | null {
  return d ? new Date(d).toISOString() : null;
}
