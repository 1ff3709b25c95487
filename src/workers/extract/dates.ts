/** Date strings from pages to ISO 8601 UTC. Pure: no clock. */
import { NAMED_ZONES } from '../../text/time-zones';

/** Pages written before this year are almost surely a parsing accident (e.g. "0001-01-01"). */
const MIN_YEAR = 1990;
/** A day in milliseconds. */
export const DAY_MS = 86_400_000;

/**
 * ISO 8601 UTC for a page's date string, or null. A date-time without a zone is read as UTC
 * (JavaScript would read it in the process's zone); RFC 2822 and "Tue Nov 19 2019 05:44:06 GMT" work too.
 */
export function toIsoUtc(value: string | null | undefined): string | null {
  if (!value) return null;
  let s = value.trim();
  if (!s) return null;
  if (/^\d{10}(?:\d{3})?$/.test(s)) return fromEpoch(Number(s));
  s = s.replace(/^(\d{4}-\d{2}-\d{2})\s+(\d{1,2}:\d{2})/, '$1T$2');
  if (/^\d{4}-\d{2}-\d{2}T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(s)) s += 'Z';
  s = s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2').replace(/\s*\(.*\)$/, '');
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return d.getUTCFullYear() < MIN_YEAR ? null : d.toISOString();
}

function fromEpoch(n: number): string | null {
  const ms = n > 1e12 ? n : n * 1000;
  const d = new Date(ms);
  return d.getUTCFullYear() < MIN_YEAR ? null : d.toISOString();
}

/** The zone names Date.parse knows (RFC 2822's), with their offsets from the shared table. */
const DATE_PARSE_ZONES = ['ut', 'utc', 'gmt', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt'];
const ZONE_OFFSETS: Record<string, number> = { z: 0, ...Object.fromEntries(DATE_PARSE_ZONES.map((z) => [z, NAMED_ZONES[z]!])) };
/** ISO 8601 as pages write it: date, optional time, optional zone ("Z", "+05:30", "+0530", " UTC"). */
const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i;
/** A trailing zone on other formats: "+0000", "-05:00", "GMT+0000", "EST", "(UTC)". */
const TRAILING_ZONE = /(?:(?:\s|GMT|UTC|UT)([+-]\d{2}):?(\d{2})|\b(Z|UTC|UT|GMT|[ECMP][SD]T))\s*(?:\([^)]*\))?$/i;

/**
 * ISO 8601 for a page's date string, keeping the page's offset when it gives one
 * ("2019-11-18T23:04:24-05:00" stays at -05:00); a date without a zone is read as UTC and a bare day
 * becomes midnight UTC. Null for what is not a date, or a year before MIN_YEAR (e.g. "0001-01-01").
 */
export function toIsoDate(value: string | null | undefined): string | null {
  const s = value?.trim();
  if (!s) return null;
  if (/^\d{10}(?:\d{3})?$/.test(s)) return fromEpoch(Number(s));
  const m = ISO_LIKE.exec(s);
  if (m) return fromIsoParts(m);
  const zone = TRAILING_ZONE.exec(s);
  if (!zone) return null; // "November 20, 2019 13:42": Date.parse would read it in the process's zone
  const t = Date.parse(s.replace(/\s*\([^)]*\)$/, ''));
  if (Number.isNaN(t)) return null;
  const offset = zone[1] ? signedMinutes(zone[1], zone[2] ?? '00') : (ZONE_OFFSETS[zone[3]!.toLowerCase()] ?? 0);
  return withOffset(t, offset);
}

function fromIsoParts(m: RegExpExecArray): string | null {
  const [y, mo, d, h = '0', mi = '0', sec = '0', frac = '0', zone = 'Z'] = m.slice(1).map((x) => x ?? undefined);
  const ms = Math.round(Number(`0.${frac}`) * 1000);
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), ms);
  if (Number.isNaN(local) || new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDate() !== Number(d)) return null;
  const z = /^[+-]/.test(zone!) ? zone!.replace(':', '') : '';
  const offset = z ? signedMinutes(z.slice(0, 3), z.slice(3) || '00') : 0;
  return withOffset(local - offset * 60_000, offset);
}

function signedMinutes(hours: string, minutes: string): number {
  const sign = hours.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(Number(hours)) * 60 + Number(minutes));
}

/** The instant written in the given offset: "…Z" for UTC, else "2019-11-18T23:04:24.000-05:00". */
export function withOffset(utcMs: number, offsetMin: number): string | null {
  const d = new Date(utcMs);
  if (Number.isNaN(utcMs) || d.getUTCFullYear() < MIN_YEAR) return null;
  if (!offsetMin) return d.toISOString();
  const local = new Date(utcMs + offsetMin * 60_000).toISOString().slice(0, -1);
  const abs = Math.abs(offsetMin);
  return `${local}${offsetMin < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
