/**
 * NITF 3.x (IPTC News Industry Text Format, DTD/XSD 3.0–3.6) into wire items. Required: a 3.x
 * `version` on <nitf>, a doc-id in docdata and a headline (body.head/hedline/hl1). Pure.
 */
import { attr, el, els, rawIn, textIn, type XEl } from './xml';
import { isKill, readPubStatus, wireFailure, type WireParseResult } from './types';
import { toWireItem } from './wire-entry';

/** NITF states its version as an FPI: "-//IPTC//DTD NITF 3.6//EN". */
const VERSION = /NITF\s+(\d+\.\d+)/i;

/** Reads a parsed <nitf> root. */
export function readNitf(nitf: XEl, source: string): WireParseResult {
  const stated = attr(nitf, 'version');
  const version = stated ? (VERSION.exec(stated)?.[1] ?? stated) : null;
  if (!version)
    return wireFailure('WIRE_MISSING_FIELD', 'nitf@version is missing; NITF 3.x states it as version="-//IPTC//DTD NITF 3.6//EN"');
  if (!/^3\.\d+$/.test(version)) return wireFailure('WIRE_UNKNOWN_VERSION', `NITF version ${version} is not supported; send NITF 3.x`);
  const head = el(nitf, 'head');
  const docdata = el(head, 'docdata');
  const bodyHead = el(el(nitf, 'body'), 'body.head');
  const guid = attr(el(docdata, 'doc-id'), 'id-string');
  if (!guid) return wireFailure('WIRE_MISSING_FIELD', 'head/docdata/doc-id@id-string is missing: every NITF document needs its id');
  // docdata@management-status="canceled" (or "withheld") kills the item; a kill needs no headline.
  const pubStatus = readPubStatus(attr(docdata, 'management-status'));
  const headline = textIn(el(el(bodyHead, 'hedline'), 'hl1')) ?? textIn(el(head, 'title')) ?? (isKill(pubStatus) ? `(${pubStatus})` : null);
  if (!headline) return wireFailure('WIRE_MISSING_FIELD', 'body/body.head/hedline/hl1 is missing: the headline is required');
  const copyright = el(docdata, 'doc.copyright');
  const docRights = el(docdata, 'doc.rights');
  const rights = el(bodyHead, 'rights');
  const holder = attr(copyright, 'holder') ?? attr(docRights, 'holder') ?? textIn(el(rights, 'rights.owner'));
  const item = toWireItem({
    guid,
    link: attr(el(head, 'pubdata'), 'ex-ref'),
    headline,
    byline: bylineOf(bodyHead),
    creditline: textIn(el(bodyHead, 'distributor')) ?? holder,
    dateline: datelineOf(el(bodyHead, 'dateline')),
    published: basicToIso(attr(el(docdata, 'date.issue'), 'norm')),
    updated: basicToIso(attr(el(docdata, 'date.release'), 'norm')),
    summary: textIn(rawIn(el(bodyHead, 'abstract'))),
    bodyHtml: bodyContentOf(source),
    subjects: subjectsOf(head, docdata),
    language: attr(nitf, 'baselang') ?? attr(nitf, 'lang'),
    rights: {
      copyright_holder: holder,
      copyright_notice: copyright
        ? `Copyright ${attr(copyright, 'year') ?? ''} ${attr(copyright, 'holder') ?? ''}`.replace(/\s+/g, ' ').trim()
        : null,
      usage_terms: attr(docRights, 'limitations') ?? textIn(el(rights, 'rights.limitations')) ?? attr(el(docdata, 'ed-msg'), 'info'),
    },
    pubStatus,
    // date.release is when the document may be released; management-status="embargoed" says it is held.
    embargoed: basicToIso(attr(el(docdata, 'date.release'), 'norm')),
    embargoStated: /^embargoed$/i.test(attr(docdata, 'management-status')?.trim() ?? ''),
  });
  return { ok: true, doc: { format: 'nitf', version, items: [item] } };
}

/**
 * The raw markup of <body.content>. Read from the (already validated) text because the tag name
 * holds a dot, which the tree reader's path syntax cannot name; body.content does not nest.
 */
function bodyContentOf(source: string): string | null {
  const m = /<body\.content(?:\s[^>]*)?>([\s\S]*?)<\/body\.content>/.exec(source);
  return m?.[1]?.trim() || null;
}

function datelineOf(d: XEl | undefined): string | null {
  if (!d) return null;
  const parts = [textIn(el(d, 'location')), textIn(el(d, 'story.date'))].filter(Boolean);
  return parts.length ? parts.join(', ') : textIn(d);
}

function bylineOf(bodyHead: XEl | undefined): string | null {
  const by = el(bodyHead, 'byline');
  if (!by) return null;
  const persons = els(by, 'person')
    .map(textIn)
    .filter((p): p is string => Boolean(p));
  return persons.length ? persons.join(', ') : textIn(by);
}

function subjectsOf(head: XEl | undefined, docdata: XEl | undefined): string[] {
  const fromTobject = els(el(head, 'tobject'), 'tobject.subject').map(
    (s) => attr(s, 'tobject.subject.matter') ?? attr(s, 'tobject.subject.type'),
  );
  const keywords = els(el(docdata, 'key-list'), 'keyword').map((k) => attr(k, 'key'));
  return [...fromTobject, ...keywords].filter((s): s is string => Boolean(s));
}

/** ISO 8601 basic format ("20261127T120000Z", NITF `norm`) to extended, which the date reader takes. */
export function basicToIso(norm: string | null): string | null {
  if (!norm) return null;
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(norm.trim());
  if (!m) return norm;
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone = 'Z'] = m;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`;
}
