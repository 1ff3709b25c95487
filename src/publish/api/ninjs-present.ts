/**
 * An item as ninjs 2.0 (IPTC ninjs-schema_2.0.json) for portals that read IPTC formats: the same
 * rights as the JSON API (applied here, at output), the credit line in `usageterms` and in
 * `rightsinfo`, the carrier and the original outlet in `infosources`. Pure.
 */
import { plainText } from '../../core/plain-text';
import { applyRights } from '../../policy/rights';
import type { ItemForOutput } from '../present-item';
import { effectiveRights } from '../../policy/effective-rights';
import { toFeedImage } from '../feeds/feed-entry';

export const NINJS_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json';

/** What the wire document said about rights, when the item came from the wire. */
export interface NinjsWireFacts {
  dateline: string | null;
  copyright_holder: string | null;
  copyright_notice: string | null;
  usage_terms: string | null;
}

/** The ninjs object for one published item; `publicUrl` gives it a resolvable uri. */
export function presentNinjs(row: ItemForOutput, wire: NinjsWireFacts | undefined, publicUrl: string | null) {
  // Wire items: the document's usage terms narrow the source's rights here too (as at ingest).
  const rights = wire ? effectiveRights(row.rights, wire).rights : row.rights;
  const content = applyRights(rights, row, row.excerpt_words);
  const uri = publicUrl ? `${publicUrl.replace(/\/$/, '')}/api/items/${row.id}.ninjs` : `urn:wireroom:item:${row.id}`;
  const credit = plainText(row.credit_line ?? `Source: ${row.source_name}`);
  const terms = [`Rights: ${rights}.`, `Credit: ${credit}.`, wire?.usage_terms].filter(Boolean).join(' ');
  const out: Record<string, unknown> = {
    uri,
    standard: { name: 'ninjs', version: '2.0', schema: NINJS_SCHEMA },
    type: 'text',
    representationtype: rights === 'full' ? 'full' : 'partial',
    version: String(row.version),
    pubstatus: 'usable',
    headlines: [{ role: 'main', value: plainText(row.title) }],
    usageterms: terms,
    rightsinfo: { langid: 'urn:wireroom:rights', encodedrights: JSON.stringify({ rights, credit_line: credit }) },
    infosources: infosources(row),
    altids: [{ role: 'original-url', value: row.url }],
  };
  setIf(out, 'firstcreated', iso(row.published_at));
  setIf(out, 'versioncreated', iso(row.modified_at ?? row.published_on ?? row.published_at));
  setIf(out, 'language', row.lang);
  setIf(out, 'by', row.byline === null ? null : plainText(row.byline));
  setIf(out, 'located', wire?.dateline ?? null);
  const originalName = row.original_source?.name ? plainText(row.original_source.name) : null;
  setIf(out, 'copyrightholder', wire?.copyright_holder ?? originalName ?? row.source_name);
  setIf(out, 'copyrightnotice', wire?.copyright_notice ?? null);
  if (content.summary) out.descriptions = [{ role: 'summary', contenttype: 'text/plain', value: content.summary }];
  if (content.content_html) out.bodies = [{ role: 'main', contenttype: 'text/html', value: content.content_html }];
  if (row.categories.length) out.subjects = row.categories.map((name) => ({ name }));
  // The lead image travels only where the JSON API shows it: full rights.
  const image = rights === 'full' ? leadImageAssociation(row.lead_image) : null;
  if (image) out.associations = [image];
  return out;
}

/**
 * The lead image as a ninjs 2.0 association (an array entry named by `name`) with one rendition,
 * the original: its URL, media type, and size when known; caption and credit as the picture's own.
 */
export function leadImageAssociation(lead: unknown): Record<string, unknown> | null {
  const img = toFeedImage(lead);
  if (!img) return null;
  const rendition: Record<string, unknown> = { name: 'original', href: img.url, contenttype: img.type };
  if (img.width) rendition.width = img.width;
  if (img.height) rendition.height = img.height;
  const a: Record<string, unknown> = {
    name: 'featureimage',
    uri: img.url,
    type: 'picture',
    representationtype: 'full',
    renditions: [rendition],
  };
  if (img.caption) a.descriptions = [{ role: 'caption', contenttype: 'text/plain', value: img.caption }];
  if (img.credit) a.creditline = img.credit;
  return a;
}

function infosources(row: ItemForOutput) {
  const list: Record<string, string>[] = [
    {
      name: row.source_name,
      role: 'http://cv.iptc.org/newscodes/infosourcerole/publisher',
      ...(row.source_homepage ? { uri: row.source_homepage } : {}),
    },
  ];
  const o = row.original_source && { ...row.original_source, name: row.original_source.name && plainText(row.original_source.name) };
  if (o?.name && o.name !== row.source_name)
    list.push({ name: o.name, role: 'http://cv.iptc.org/newscodes/infosourcerole/originfo', ...(o.url ? { uri: o.url } : {}) });
  return list;
}

function setIf(o: Record<string, unknown>, key: string, v: string | null | undefined) {
  if (v) o[key] = v;
}

function iso(d: Date | null): string | null {
  return d ? new Date(d).toISOString() : null;
}
