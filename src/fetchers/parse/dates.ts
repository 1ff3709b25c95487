/**
 * Feed dates → ISO 8601 UTC. Reads RFC 822/2822 (RSS), ISO 8601 / W3C-DTF (Atom, Dublin Core),
 * asctime and the JavaScript `Date#toString` form, plus the usual breakage: two-digit years,
 * missing commas or seconds, full month names, named US zones, AM/PM. A date without a zone is UTC,
 * never the process's local time.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  // common non-English abbreviations seen in European feeds
  mär: 3, mrz: 3, mai: 5, okt: 10, dez: 12, fév: 2, avr: 4, aoû: 8, déc: 12, ene: 1, abr: 4, ago: 8, dic: 12,
};

/** Named zones of RFC 822 §5.1 (and the usual extras), in minutes east of UTC. */
const ZONES: Readonly<Record<string, number>> = {
  z: 0, ut: 0, utc: 0, gmt: 0, wet: 0, bst: 60, cet: 60, cest: 120, met: 60, mest: 120, eet: 120, eest: 180, msk: 180,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, akst: -540, akdt: -480,
  hst: -600, ist: 330, jst: 540, kst: 540, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};

/** Two-digit years below this are 20xx, the rest 19xx (RFC 2822 §4.3). */
const TWO_DIGIT_YEAR_PIVOT = 50;

const ISO = /^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?)?)?\s*(.*)$/i;
const RFC822 = /^(?:[^\d\s,]+[,.]?\s*)?(\d{1,2})(?:st|nd|rd|th)?[\s\-.]+([^\d\s,.\-]+)\.?,?[\s\-.]+(\d{2,4}),?(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(.*)$/;
const MONTH_FIRST = /^(?:[^\d\s,]+,?\s+)?([^\d\s,.]+)\.?\s+(\d{1,2}),?\s+(?:(\d{4})\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s+(\d{4})\b)?\s*(.*)$/;
const NUMERIC_ZONE = /^(?:gmt|utc)?\s*([+-])(\d{1,2}):?(\d{2})?\b/i;
const MERIDIEM = /^(am|pm)\b\s*/i;

interface Parts { y: number; mo: number; d: number; h: number; mi: number; s: number; rest: string }

/** Offset in minutes east of UTC named by the text after the time; unknown or missing is UTC. */
function zoneOffset(rest: string): number {
  const t = rest.trim();
  const num = NUMERIC_ZONE.exec(t);
  if (num) return (num[1] === '-' ? -1 : 1) * (Number(num[2]) * 60 + Number(num[3] ?? 0));
  const word = /^[A-Za-z]+/.exec(t)?.[0].toLowerCase();
  return word !== undefined ? ZONES[word] ?? 0 : 0;
}

/** The month number for a name or abbreviation, or undefined. */
function monthOf(name: string): number | undefined {
  const key = name.toLowerCase();
  return MONTHS[key.slice(0, 3)] ?? MONTHS[key];
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
  const s = Math.min(p.s, 59);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || y < 1000 || y > 9999) return null;
  const withMeridiem = applyMeridiem(p);
  const ms = Date.UTC(y, mo - 1, d, withMeridiem.h, mi, s) - zoneOffset(withMeridiem.rest) * 60_000;
  if (!Number.isFinite(ms)) return null;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** A two- or four-digit year as a full year. */
function fullYear(raw: string): number {
  const y = Number(raw);
  if (raw.length > 2) return y;
  return y < TWO_DIGIT_YEAR_PIVOT ? 2000 + y : 1900 + y;
}

function fromIso(t: string): string | null {
  const m = ISO.exec(t);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, rest] = m;
  return toIso({ y: Number(y), mo: Number(mo ?? 1), d: Number(d ?? 1), h: Number(h ?? 0), mi: Number(mi ?? 0), s: Number(s ?? 0), rest: rest ?? '' });
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
  const [, mon, d, y1, h, mi, s, y2, rest] = m;
  const mo = monthOf(mon ?? '');
  const y = y1 ?? y2;
  if (mo === undefined || y === undefined) return null;
  return toIso({ y: Number(y), mo, d: Number(d), h: Number(h), mi: Number(mi), s: Number(s ?? 0), rest: rest ?? '' });
}

/** Parses a feed date into ISO 8601 UTC ("2024-05-01T12:00:00Z"), or null when unreadable. */
export function parseFeedDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const t = raw.trim().replace(/\s+/g, ' ');
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
