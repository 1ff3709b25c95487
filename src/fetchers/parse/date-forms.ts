/**
 * Date forms of Python feedparser's date table that are not RFC 822 or plain ISO 8601: ISO 8601's
 * two-digit-year and ordinal forms, Perforce, Korean (OnBlog, Nate), Hungarian, and the names of
 * zones and months they use. Each rewrites its form into one dates.ts reads. Pure.
 */
import { NAMED_ZONES } from '../../text/time-zones';

/** Korean Standard Time, which the Korean forms imply (feedparser does the same), as an ISO offset. */
const KST = '+09:00';
/** Two-digit years below this are 20xx, the rest 19xx (RFC 2822 §4.3). */
export const TWO_DIGIT_YEAR_PIVOT = 50;

/** Month names and abbreviations, matched whole first and then by their first three letters. */
export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // common non-English abbreviations seen in European feeds
  mär: 3,
  mrz: 3,
  mai: 5,
  okt: 10,
  dez: 12,
  fév: 2,
  avr: 4,
  aoû: 8,
  déc: 12,
  ene: 1,
  abr: 4,
  ago: 8,
  dic: 12,
  // Greek (feedparser's Greek form: "Κυρ, 11 Ιούλ 2004 12:00:00 EST"); whole names only, as ιού- is June or July
  ιαν: 1,
  φεβ: 2,
  μάώ: 3,
  μάρ: 3,
  μαρ: 3,
  απρ: 4,
  άπρ: 4,
  μάι: 5,
  μαϊ: 5,
  μαΐ: 5,
  μαι: 5,
  ιούν: 6,
  ιον: 6,
  ιουν: 6,
  ιούλ: 7,
  ιολ: 7,
  ιουλ: 7,
  αύγ: 8,
  αυγ: 8,
  σεπ: 9,
  οκτ: 10,
  νοέ: 11,
  νοε: 11,
  δεκ: 12,
};

/** Hungarian month names (feedparser's Hungarian form: "2004-július-13T9:15-05:00"). */
const HUNGARIAN_MONTHS: Readonly<Record<string, number>> = {
  január: 1,
  február: 2,
  március: 3,
  április: 4,
  május: 5,
  máujus: 5,
  június: 6,
  július: 7,
  augusztus: 8,
  szeptember: 9,
  október: 10,
  november: 11,
  december: 12,
};

const MILITARY = 'abcdefghiklmnopqrstuvwxyz';
/** RFC 822 military zones as written there: A–I, K–M = −1…−12 h, N–Y = +1…+12 h, Z = 0 (feedparser's a, n, m, y agree). */
function militaryZones(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [i, c] of [...MILITARY].entries()) out[c] = c === 'z' ? 0 : i < 12 ? -60 * (i + 1) : 60 * (i - 11);
  return out;
}

/** Named zones in minutes east of UTC: RFC 822 §5.1, the North American short forms, military letters, usual extras. */
export const ZONES: Readonly<Record<string, number>> = {
  ...militaryZones(),
  ...NAMED_ZONES,
  // Generic North American zones, read as standard time (feedparser does the same).
  at: -240,
  et: -300,
  ct: -360,
  mt: -420,
  pt: -480,
};

const pad = (n: number | string): string => String(n).padStart(2, '0');

/** A two- or four-digit year as a full year. */
export function fullYear(raw: string): number {
  const y = Number(raw);
  if (raw.length > 2) return y;
  return y < TWO_DIGIT_YEAR_PIVOT ? 2000 + y : 1900 + y;
}

/** "2003-335", "2003335", "03335": a year and the day of the year, as YYYY-MM-DD. */
function ordinal(y: number, day: number): string | null {
  if (day < 1 || day > 366) return null;
  return new Date(Date.UTC(y, 0, day)).toISOString().slice(0, 10);
}

/** ISO 8601 forms with two-digit years or ordinal days, rewritten as YYYY-MM[-DD]; null for others. */
function isoShortForm(t: string): string | null {
  let m = /^-(\d{2})-?(\d{2})(?:-(\d{2}))?$/.exec(t); // -yy-mm, -yymm, -yy-mm-dd
  if (m) return `${fullYear(m[1]!)}-${m[2]}${m[3] ? `-${m[3]}` : ''}`;
  m = /^(\d{2})(\d{2})(\d{2})$/.exec(t); // yymmdd
  if (m) return `${fullYear(m[1]!)}-${m[2]}-${m[3]}`;
  m = /^(\d{4})-?(\d{3})$/.exec(t) ?? /^(\d{2})(\d{3})$/.exec(t); // yyyy-ddd, yyddd
  if (m) return ordinal(fullYear(m[1]!), Number(m[2]));
  return null;
}

/** Korean OnBlog ("2004년 05월 28일 01:31:15") and Nate ("2004-05-25 오후 11:23:17"), both KST. */
function korean(t: string): string | null {
  const onblog = /^(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일\s*(\d{1,2}):(\d{2}):(\d{2})$/.exec(t);
  if (onblog) return `${onblog[1]}-${pad(onblog[2]!)}-${pad(onblog[3]!)}T${pad(onblog[4]!)}:${onblog[5]}:${onblog[6]}${KST}`;
  const nate = /^(\d{4})-(\d{2})-(\d{2})\s+(오전|오후)\s+(\d{1,2}):(\d{2}):(\d{2})$/.exec(t);
  if (!nate) return null;
  const h = (Number(nate[5]) % 12) + (nate[4] === '오후' ? 12 : 0);
  return `${nate[1]}-${nate[2]}-${nate[3]}T${pad(h)}:${nate[6]}:${nate[7]}${KST}`;
}

/** Hungarian "2004-július-13T9:15-05:00" as ISO 8601. */
function hungarian(t: string): string | null {
  const m = /^(\d{4})-([^\d\s-]+)-(\d{1,2})T(\d{1,2}):(\d{2})(.*)$/i.exec(t);
  const mo = m ? HUNGARIAN_MONTHS[m[2]!.toLowerCase()] : undefined;
  if (!m || mo === undefined) return null;
  return `${m[1]}-${pad(mo)}-${pad(m[3]!)}T${pad(m[4]!)}:${m[5]}${m[6]}`;
}

/** Perforce "Fri, 2006/09/15 08:19:53 EDT": the weekday dropped, leaving the slashed year-first form. */
function perforce(t: string): string | null {
  const m = /^[^\d\s,]+,?\s+(\d{4}\/.*)$/.exec(t);
  return m ? m[1]! : null;
}

/** The text rewritten into a form dates.ts reads, when it is one of the forms above; else unchanged. */
export function normalizeDateForm(t: string): string {
  return isoShortForm(t) ?? korean(t) ?? hungarian(t) ?? perforce(t) ?? t;
}
