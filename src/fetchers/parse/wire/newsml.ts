/**
 * NewsML-G2 2.x (IPTC, standardversion 2.0–2.35) news items into wire items: a <newsItem> alone
 * or the items of a <newsMessage>. Reads rightsInfo (copyrightHolder, copyrightNotice,
 * usageTerms), itemMeta (versionCreated, firstCreated) and contentMeta (headline, by, creditline,
 * dateline, language, subject, description) and the inlineXML / inlineData content. Pure.
 */
import { attr, el, els, rawIn, textIn, type XEl } from './xml';
import { isKill, readPubStatus, wireFailure, type WireItem, type WireParseResult } from './types';
import { textToHtml, toWireItem } from './wire-entry';

/** Reads a <newsItem> root or a <newsMessage> holding items. */
export function readNewsMl(root: XEl, rootName: 'newsItem' | 'newsMessage'): WireParseResult {
  const items = rootName === 'newsItem' ? [root] : els(el(root, 'itemSet'), 'newsItem');
  if (!items.length) return wireFailure('WIRE_MISSING_FIELD', 'newsMessage/itemSet holds no newsItem');
  const out: WireItem[] = [];
  let version = '';
  for (const [i, ni] of items.entries()) {
    const where = rootName === 'newsItem' ? 'newsItem' : `itemSet/newsItem[${i + 1}]`;
    const read = readItem(ni, where);
    if (typeof read === 'string')
      return wireFailure(read.startsWith('!') ? 'WIRE_UNKNOWN_VERSION' : 'WIRE_MISSING_FIELD', read.replace(/^!/, ''));
    version = read.version;
    out.push(read.item);
  }
  return { ok: true, doc: { format: 'newsml', version, items: out } };
}

/** One newsItem, or a reason naming the missing field ("!" marks a version problem). */
function readItem(ni: XEl, where: string): { item: WireItem; version: string } | string {
  const version = attr(ni, 'standardversion');
  if (!version) return `${where}@standardversion is missing (e.g. standardversion="2.33")`;
  if (!/^2\.\d+$/.test(version)) return `!${where}: NewsML-G2 standardversion ${version} is not supported; send 2.x`;
  const guid = attr(ni, 'guid');
  if (!guid) return `${where}@guid is missing: every newsItem needs its guid`;
  const meta = el(ni, 'itemMeta');
  const versionCreated = textIn(el(meta, 'versionCreated'));
  if (!versionCreated) return `${where}/itemMeta/versionCreated is missing`;
  const cm = el(ni, 'contentMeta');
  // itemMeta/pubStatus qcode="stat:canceled" (or stat:withheld) kills the item; a kill needs no headline.
  const pubStatus = readPubStatus(attr(el(meta, 'pubStatus'), 'qcode') ?? attr(el(meta, 'pubStatus'), 'literal'));
  const headline = textIn(el(cm, 'headline')) ?? (isKill(pubStatus) ? `(${pubStatus})` : null);
  if (!headline) return `${where}/contentMeta/headline is missing: the headline is required`;
  const ri = el(ni, 'rightsInfo');
  const item = toWireItem({
    guid,
    link: attr(
      els(meta, 'link').find((l) => /canonical|alternate|self/i.test(attr(l, 'rel') ?? '')),
      'href',
    ),
    headline,
    byline:
      textIn(el(cm, 'by')) ??
      (els(cm, 'creator')
        .map((c) => textIn(el(c, 'name')))
        .filter(Boolean)
        .join(', ') ||
        null),
    creditline: textIn(el(cm, 'creditline')),
    dateline: textIn(el(cm, 'dateline')),
    published: textIn(el(meta, 'firstCreated')) ?? versionCreated,
    updated: versionCreated,
    summary: textIn(els(cm, 'description').find((d) => /summary|abstract/i.test(attr(d, 'role') ?? '')) ?? el(cm, 'description')),
    bodyHtml: bodyOf(el(ni, 'contentSet')),
    subjects: els(cm, 'subject')
      .map((s) => textIn(el(s, 'name')) ?? attr(s, 'qcode'))
      .filter((s): s is string => Boolean(s)),
    language: attr(el(cm, 'language'), 'tag') ?? attr(ni, 'lang'),
    rights: {
      copyright_holder: textIn(el(el(ri, 'copyrightHolder'), 'name')) ?? attr(el(ri, 'copyrightHolder'), 'literal'),
      copyright_notice: textIn(el(ri, 'copyrightNotice')),
      usage_terms: textIn(el(ri, 'usageTerms')),
    },
    pubStatus,
    embargoed: textIn(el(meta, 'embargoed')),
  });
  return { item, version };
}

/** The story as HTML: the XHTML body of inlineXML, or inlineData text as paragraphs. */
function bodyOf(contentSet: XEl | undefined): string | null {
  const xml = rawIn(el(contentSet, 'inlineXML'));
  if (xml) {
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(xml);
    return (body?.[1] ?? xml).trim() || null;
  }
  const data = el(contentSet, 'inlineData');
  const text = typeof data?.['#text'] === 'string' ? data['#text'] : null;
  return text ? textToHtml(text) : null;
}
