/**
 * Sorts every title and id difference between our output and the feedparser reference into the
 * documented cases where we differ on purpose (docs/feed-conformance.md) and the rest, so that a
 * claim "feedparser is wrong here" is counted case by case instead of asserted. Reads the files
 * conformance-feeds.ts wrote; changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { decodeEntities } from '../src/fetchers/parse/entities';

interface RefItem {
  title?: string | null;
  id?: string | null;
}
interface RefFile {
  ok?: boolean;
  items?: RefItem[];
}

/** Text as a reader sees it: tags dropped, entities decoded, NFC, whitespace (incl. no-break) collapsed. */
function visible(s: string | null | undefined): string {
  return decodeEntities(String(s ?? '').replace(/<[^>]*>/g, ''))
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/**
 * Undoes UTF-8 that was read as windows-1252 and encoded again ("â€™" → "’"). The five bytes
 * windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D: "”" is E2 80 9D) come through as
 * the C1 characters of the same number; U+FFFD from a cut sequence is dropped.
 */
function undoDoubleEncoding(s: string): string {
  const bytes: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c <= 0xff) bytes.push(c);
    else bytes.push(...iconv.encode(ch, 'win1252'));
  }
  return Buffer.from(bytes)
    .toString('utf8')
    .replace(/\ufffd/g, '');
}

export type TitleCase =
  | 'same text; feedparser keeps inline markup (<i>, <b>)'
  | 'same text; other whitespace or entities'
  | 'double-encoded UTF-8 repaired by us'
  | 'unexplained';
export type IdCase = 'relative id resolved by feedparser against an out-of-scope xml:base' | 'unexplained';

/** Why our title differs from feedparser's, or null when a reader would see the same text. */
export function classifyTitle(ref: string | null | undefined, ours: string | null | undefined): TitleCase | null {
  const r = visible(ref);
  const o = visible(ours);
  if (r === o) {
    if (String(ref ?? '').trim() === String(ours ?? '').trim()) return null;
    return /<[a-z]/i.test(String(ref)) ? 'same text; feedparser keeps inline markup (<i>, <b>)' : 'same text; other whitespace or entities';
  }
  if (visible(undoDoubleEncoding(r)) === o) return 'double-encoded UTF-8 repaired by us';
  return 'unexplained';
}

/** Why our id differs from feedparser's, or null when equal. */
export function classifyId(ref: string | null | undefined, ours: string | null | undefined): IdCase | null {
  if ((ref ?? null) === (ours ?? null)) return null;
  // RFC 4287 §4.2.6: an id is compared character by character; an id that is not an absolute IRI
  // is kept as written. feedparser resolved "t3_x" to "/t3_x" with the xml:base of a sibling <content>.
  if (ours && ref === '/' + ours) return 'relative id resolved by feedparser against an out-of-scope xml:base';
  return 'unexplained';
}

export interface Explained {
  items: number;
  title: Record<string, number>;
  id: Record<string, number>;
  examples: string[];
}

/** Walks the reference and our output for one group (e.g. "real"). */
export function explainGroup(expectedDir: string, oursDir: string, group: string): Explained {
  const out: Explained = { items: 0, title: {}, id: {}, examples: [] };
  const dir = path.join(expectedDir, group);
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const ref = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as RefFile;
    const oursFile = path.join(oursDir, group, name);
    if (!fs.existsSync(oursFile)) continue;
    const ours = JSON.parse(fs.readFileSync(oursFile, 'utf8')) as RefFile;
    (ref.items ?? []).forEach((r, i) => {
      const o = ours.items?.[i];
      if (!o) return;
      out.items++;
      const t = classifyTitle(r.title, o.title);
      if (t) out.title[t] = (out.title[t] ?? 0) + 1;
      const d = classifyId(r.id, o.id);
      if (d) out.id[d] = (out.id[d] ?? 0) + 1;
      if ((t === 'unexplained' || d === 'unexplained') && out.examples.length < 10)
        out.examples.push(`${group}/${name} item ${i}: ${JSON.stringify(t ? [r.title, o.title] : [r.id, o.id])}`);
    });
  }
  return out;
}

/** The report lines for one group. */
export function explainReport(e: Explained, group: string): string {
  const lines = [
    `Differences on ${group}/ by cause (${e.items} items compared; "unexplained" are ours to fix):`,
    '',
    '| field | cause | items |',
    '|---|---|---|',
  ];
  for (const [field, causes] of [
    ['title', e.title],
    ['id', e.id],
  ] as const) {
    const entries = Object.entries(causes);
    if (entries.length === 0) lines.push(`| ${field} | (none) | 0 |`);
    for (const [cause, n] of entries) lines.push(`| ${field} | ${cause} | ${n} |`);
  }
  if (e.examples.length) lines.push('', ...e.examples);
  return lines.join('\n') + '\n';
}
