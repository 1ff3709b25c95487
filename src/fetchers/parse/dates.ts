/**
 * Feed dates → ISO 8601 UTC. Reads RFC 822/2822 (RSS), ISO 8601 / W3C-DTF (Atom, Dublin Core),
 * asctime and the JavaScript `Date#toString` form, plus the usual breakage: two-digit years,
 * missing commas or seconds, full month names, named and military zones, AM/PM, out-of-range
 * fields rolled over; and the rest of Python feedparser's date table via ./date-forms. A date
 * without a zone is UTC, never the process's local time (MSSQL-style "2004-07-08 23:56:58" too,
 * which feedparser reads as Korean time).
 */
import { fullYear, MONTHS, normalizeDateForm, ZONES } from './date-forms';

/** Hours, minutes and seconds up to these roll over into the next unit, as feedparser's table shows (25:14:55 → 01:14:55 next day). */
const MAX_ROLLOVER_FIELD = 99;
/** A leap second (xx:59:60) is read as :59, not as the next minute. */
const LEAP_SECOND = 60;

const ISO = /^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?)?)?\s*(.*)$/i;
const RFC822 =
  /^(?:[^\d\s,]+[,.]?\s*)?(\d{1,2})(?:st|nd|rd|th)?[\s.-]+([^\d\s,.-]+)\.?,?[\s.-]+(\d{2,4}),?(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(.*)$/;
const MONTH_FIRST =
  /^(?:[^\d\s,]+,?\s+)?([^\d\s,.]+)\.?\s+(\d{1,2}),?\s+(?:(\d{4})\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s+([A-Za-z]{1,5}))?(?:\s+(\d{4})\b)?\s*(.*)$/;
const NUMERIC_ZONE = /^(?:gmt|utc)?\s*([+-])(\d{1,2}):?(\d{2})?\b/i;
const MERIDIEM = /^(am|pm)\b\s*/i;

interface Parts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  rest: string;
}

/** Offset in minutes east of UTC named by the text after the time; unknown or missing is UTC. */
function zoneOffset(rest: string): number {
  const t = rest.trim();
  const num = NUMERIC_ZONE.exec(t);
  if (num) return (num[1] === '-' ? -1 : 1) * (Number(num[2]) * 60 + Number(num[3] ?? 0));
  const word = /^[A-Za-z]+/.exec(t)?.[0].toLowerCase();
  return word !== undefined ? (ZONES[word] ?? 0) : 0;
}

/** The month number for a name or abbreviation, or undefined. */
function monthOf(name: string): number | undefined {
  const key = name.toLowerCase();
  return MONTHS[key] ?? MONTHS[key.slice(0, 3)];
}

/** Applies AM/PM written after the time, returning the remaining text. */
function applyMeridiem(p: Parts): Parts {
  const m = MERIDIEM.exec(p.rest.trim());
  if (!m) return p;
  const pm = m[1]?.toLowerCase() === 'pm';
  const h = pm ? (p.h % 12) + 12 : p.h % 12;
  return { ...p, h, rest: p.rest.trim().slice(m[0].length) };
}

/** Builds the UTC ISO string, or null when a field is out of range. */
function toIso(p: Parts): string | null {
  const { y, mo, d, h, mi } = p;
  const s = p.s === LEAP_SECOND ? LEAP_SECOND - 1 : p.s;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1000 || y > 9999) return null;
  if (h > MAX_ROLLOVER_FIELD || mi > MAX_ROLLOVER_FIELD || s > MAX_ROLLOVER_FIELD) return null;
  const withMeridiem = applyMeridiem(p);
  const ms = Date.UTC(y, mo - 1, d, withMeridiem.h, mi, s) - zoneOffset(withMeridiem.rest) * 60_000;
  if (!Number.isFinite(ms)) return null;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function fromIso(t: string): string | null {
  const m = ISO.exec(t);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, rest] = m;
  return toIso({
    y: Number(y),
    mo: Number(mo ?? 1),
    d: Number(d ?? 1),
    h: Number(h ?? 0),
    mi: Number(mi ?? 0),
    s: Number(s ?? 0),
    rest: rest ?? '',
  });
}

function fromRfc822(t: string): string | null {
  const m = RFC822.exec(t);
  if (!m) return null;
  const [, d, mon, y, h, mi, s, rest] = m;
  const mo = monthOf(mon ?? '');
  if (mo === undefined || y === undefined) return null;
  return toIso({ y: fullYear(y), mo, d: Number(d), h: Number(h ?? 0), mi: Number(mi ?? 0), s: Number(s ?? 0), rest: rest ?? '' });
}

/** asctime ("Sun Nov  6 08:49:37 1994") and JavaScript ("Mon Jan 02 2006 15:04:05 GMT-0700"). */
function fromMonthFirst(t: string): string | null {
  const m = MONTH_FIRST.exec(t);
  if (!m) return null;
  const [, mon, d, y1, h, mi, s, zone, y2, rest] = m;
  const mo = monthOf(mon ?? '');
  const y = y1 ?? y2;
  if (mo === undefined || y === undefined) return null;
  return toIso({ y: Number(y), mo, d: Number(d), h: Number(h), mi: Number(mi), s: Number(s ?? 0), rest: `${zone ?? ''} ${rest ?? ''}` });
}

/** Parses a feed date into ISO 8601 UTC ("2024-05-01T12:00:00Z"), or null when unreadable. */
export function parseFeedDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const t = normalizeDateForm(raw.trim().replace(/\s+/g, ' '));
  if (t === '') return null;
  if (/^\d{4}\//.test(t)) return fromSlashed(t);
  if (/^\d{4}/.test(t)) return fromIso(t);
  return fromRfc822(t) ?? fromMonthFirst(t);
}

/** "2024/05/01 12:00:00" and similar year-first forms with slashes. */
function fromSlashed(t: string): string | null {
  const m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(.*)$/.exec(t);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, rest] = m;
  return toIso({ y: Number(y), mo: Number(mo), d: Number(d), h: Number(h ?? 0), mi: Number(mi ?? 0), s: Number(s ?? 0), rest: rest ?? '' });
}
