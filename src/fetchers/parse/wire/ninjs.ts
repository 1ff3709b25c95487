/**
 * ninjs 1.x (IPTC ninjs-schema_1.0–1.5: headline, body_html, body_text, byline, subject) and 2.x
 * (ninjs-schema_2.0–2.1: headlines[], bodies[], descriptions[], by) into wire items. `uri` and a
 * headline are required. An array of ninjs objects is read as a batch. Pure.
 */
import { isKill, readPubStatus, wireFailure, type WireItem, type WireParseResult } from './types';
import { textToHtml, toWireItem } from './wire-entry';

type Obj = Record<string, unknown>;

/** Reads parsed JSON that is one ninjs object or an array of them. */
export function readNinjs(json: unknown): WireParseResult {
  const list = Array.isArray(json) ? json : [json];
  const items: WireItem[] = [];
  let version = '';
  for (const [i, raw] of list.entries()) {
    const where = Array.isArray(json) ? `[${i}]` : 'document';
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
      return wireFailure('WIRE_MISSING_FIELD', `${where}: a ninjs object is a JSON object`);
    const o = raw as Obj;
    const v = versionOf(o);
    if (!/^[12](\.\d+)?$/.test(v))
      return wireFailure('WIRE_UNKNOWN_VERSION', `${where}: ninjs version ${v} is not supported; send ninjs 1.x or 2.x`);
    const uri = str(o.uri);
    if (!uri) return wireFailure('WIRE_MISSING_FIELD', `${where}.uri is missing: ninjs requires it`);
    // pubstatus "canceled" or "withheld" kills the item; a kill needs no headline.
    const pubStatus = readPubStatus(str(o.pubstatus));
    const headline = (v.startsWith('2') ? pick(o.headlines, 'main') : str(o.headline)) ?? (isKill(pubStatus) ? `(${pubStatus})` : null);
    if (!headline)
      return wireFailure(
        'WIRE_MISSING_FIELD',
        `${where}.${v.startsWith('2') ? 'headlines[].value' : 'headline'} is missing: the headline is required`,
      );
    const item = v.startsWith('2') ? readV2(o, uri, headline) : readV1(o, uri, headline);
    items.push({ ...item, pub_status: pubStatus });
    version = v;
  }
  if (!items.length) return wireFailure('WIRE_MISSING_FIELD', 'the array holds no ninjs object');
  return { ok: true, doc: { format: 'ninjs', version, items } };
}

/** "2.0" from standard.version or $schema; shape decides when neither says. */
export function versionOf(o: Obj): string {
  const std = o.standard as Obj | undefined;
  const stated = str(std?.version) ?? /ninjs-schema_(\d+(?:\.\d+)?)/.exec(str(o.$schema) ?? '')?.[1];
  if (stated) return stated;
  return Array.isArray(o.headlines) || Array.isArray(o.bodies) ? '2.0' : '1.0';
}

function readV1(o: Obj, uri: string, headline: string): WireItem {
  const html = str(o.body_html) ?? (str(o.body_text) ? textToHtml(str(o.body_text)!) : null);
  return toWireItem({
    guid: uri,
    link: linkOf(o),
    headline,
    byline: str(o.byline),
    creditline: str((o.infosource as Obj | undefined)?.name) ?? str(o.copyrightholder),
    dateline: str(o.located),
    published: str(o.firstcreated) ?? str(o.versioncreated),
    updated: str(o.versioncreated),
    summary: str(o.description_text) ?? str(o.description_usage),
    bodyHtml: html,
    subjects: names(o.subject),
    language: str(o.language),
    rights: rightsOf(o),
    pubStatus: 'usable',
    embargoed: str(o.embargoed),
  });
}

function readV2(o: Obj, uri: string, headline: string): WireItem {
  const bodies = Array.isArray(o.bodies) ? (o.bodies as Obj[]) : [];
  const html = bodies.find((b) => /html/i.test(str(b.contenttype) ?? ''));
  const text = bodies.find((b) => !html && str(b.value));
  const sources = Array.isArray(o.infosources) ? (o.infosources as Obj[]) : [];
  return toWireItem({
    guid: uri,
    link: linkOf(o),
    headline,
    byline: str(o.by),
    creditline: str(sources[0]?.name) ?? str(o.copyrightholder),
    dateline: str(o.located),
    published: str(o.firstcreated) ?? str(o.versioncreated),
    updated: str(o.versioncreated),
    summary: pick(o.descriptions, 'summary'),
    bodyHtml: html ? str(html.value) : text ? textToHtml(str(text.value)!) : null,
    subjects: names(o.subjects),
    language: str(o.language),
    rights: rightsOf(o),
    pubStatus: 'usable',
    embargoed: str(o.embargoed),
  });
}

function rightsOf(o: Obj) {
  const info = (Array.isArray(o.rightsinfo) ? o.rightsinfo[0] : o.rightsinfo) as Obj | undefined;
  return {
    copyright_holder: str(o.copyrightholder) ?? str(info?.copyrightholder),
    copyright_notice: str(o.copyrightnotice) ?? str(info?.copyrightnotice),
    usage_terms: str(o.usageterms) ?? str(info?.usageterms),
  };
}

function linkOf(o: Obj): string | null {
  const links = Array.isArray(o.links) ? (o.links as Obj[]) : [];
  const canonical = links.find((l) => /canonical|alternate/i.test(str(l.rel) ?? '')) ?? links[0];
  const href = str(canonical?.href) ?? (/^https?:\/\//.test(str(o.uri) ?? '') ? str(o.uri) : null);
  return href;
}

/** The value with `role`, else the first value of a [{value, role}] array. */
function pick(list: unknown, role: string): string | null {
  if (!Array.isArray(list)) return null;
  const objs = list as Obj[];
  return str((objs.find((x) => str(x.role) === role) ?? objs[0])?.value);
}

function names(list: unknown): string[] {
  return Array.isArray(list)
    ? (list as Obj[]).map((s) => str(s?.name) ?? str(s?.code) ?? str(s?.literal)).filter((s): s is string => Boolean(s))
    : [];
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null;
}
