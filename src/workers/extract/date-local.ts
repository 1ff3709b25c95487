/**
 * A structured instant in UTC written in the zone the page prints it in. Arc XP and Next.js sites give
 * "2025-03-05T01:47:00Z" in their data and print "March 4, 2025 at 8:47 p.m. EST" in the <time> that carries it: the
 * publication day is the page's, March 4. The instant stays the same; only its offset is the page's. The offset is
 * read off the page (a printed zone, or the printed clock time against the instant), never guessed. Pure.
 */
import { DomElement, attr, boundedText } from './dom';
import { toIsoDate, withOffset } from './dates';
import { TextDate, afterDate, findTextDates, leadsToClock } from './date-text';

/** A <time>'s text longer than this is a container, not a date line. */
const MAX_TIME_TEXT = 120;
/** Offsets on Earth run from -12:00 to +14:00, in quarter hours. */
const MAX_OFFSET_MIN = 14 * 60;
const OFFSET_STEP_MIN = 15;
/** A clock time somewhere in a line, not a numeric date's day and month ("14.03.2025" is none, "kl. 00.34" is one). */
const LINE_CLOCK = /(?<![\d.])\d{1,2}[:.h]\d{2}(?![\d.])/u;
/** A clock time after the date: "7.30am", "19:05", "8:47 p.m.". */
const CLOCK = /(\d{1,2})[:.h](\d{2})(?!\d)\s*(?:([ap])\.?\s?m\.?)?/iu;

/**
 * `iso` in the page's printed zone when the page prints the same instant on another day: a <time> carrying the instant,
 * or a date line of the story (`lines`: printedDateLines, read only when no <time> settles it) whose day and clock time
 * are the instant in one of the offsets in use on Earth ("4 mars 2025 kl. 00.34" over "2025-03-03T23:34:00Z"). Else `iso`
 * unchanged.
 */
export function inPrintedZone(iso: string, times: DomElement[], monthFirst: boolean, lines: () => string[] = () => []): string {
  if (!iso.endsWith('Z')) return iso;
  const instant = Date.parse(iso);
  for (const el of times) {
    const local = localWallOffset(attr(el, 'datetime'), instant);
    if (local !== null) return withOffset(instant, local) ?? iso;
    const carried = toIsoDate(attr(el, 'datetime'));
    if (!carried || Date.parse(carried) !== instant) continue;
    if (!carried.endsWith('Z')) return carried; // the page's own markup gives the offset: "2025-01-18T05:00:00+09:00"
    const text = boundedText(el, MAX_TIME_TEXT);
    const date = text ? findTextDates(text, monthFirst)[0] : undefined;
    if (!text || !date || date.day === iso.slice(0, 10)) return iso;
    const offset = wallClockOffset(text, date, instant);
    return offset === null ? iso : (withOffset(instant, offset) ?? iso);
  }
  for (const text of lines()) {
    if (!LINE_CLOCK.test(text)) continue; // no clock time, no offset: most lines are read no further
    for (const date of findTextDates(text, monthFirst)) {
      if (date.role === 'modified' || date.day === iso.slice(0, 10)) continue;
      const offset = wallClockOffset(text, date, instant);
      if (offset !== null && ZONE_OFFSETS.has(offset)) return withOffset(instant, offset) ?? iso;
    }
  }
  return iso;
}

/** A datetime attribute without an offset: the page's wall clock ("2025-02-18T00:05"). */
const WALL_DATETIME = /^\s*(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2})?\s*$/u;

/**
 * The offset a <time> gives when its datetime is the page's wall clock without an offset, at the instant's minute on
 * another day in one of the offsets in use ("2025-02-18T00:05" over "2025-02-17T23:05:00Z"); else null.
 */
function localWallOffset(datetime: string | undefined, instant: number): number | null {
  const wall = datetime ? WALL_DATETIME.exec(datetime)?.[1] : undefined;
  if (!wall) return null;
  const offset = minutesAhead(Date.parse(`${wall}:00Z`), instant);
  const otherDay = wall.slice(0, 10) !== new Date(instant).toISOString().slice(0, 10);
  return otherDay && offset !== 0 && ZONE_OFFSETS.has(offset) ? offset : null;
}

/** A date and its clock time fit in this many characters ("Wednesday, 4 September 2024 at 12:05 a.m. EDT"). */
const MAX_DATE_LINE = 60;
/**
 * The offsets in use, in minutes: whole hours, and the half and three-quarter hours of India, Iran, Afghanistan, Myanmar,
 * Nepal, Newfoundland, the Marquesas and parts of Australia and New Zealand. A date line read from the page's text is
 * trusted only at one of these: its clock time must be the instant's minute.
 */
const ZONE_OFFSETS = new Set([
  ...Array.from({ length: 27 }, (_, i) => (i - 12) * 60),
  -570,
  -210,
  210,
  270,
  330,
  345,
  390,
  525,
  570,
  630,
  765,
  825,
]);

/**
 * Minutes between the clock time printed with the date (read on that day) and the instant's minute, when that is an
 * offset. The clock is read after the date ("14 JUL 2024 00:30", "March 4, 2025 at 8:47 p.m.") or, failing that, just
 * before it ("00:30, 14 JUL 2024", "Published 9:15 p.m. ET March 3, 2024").
 */
function wallClockOffset(text: string, date: TextDate, instant: number): number | null {
  const rest = afterDate(text.slice(date.index, date.index + MAX_DATE_LINE));
  const next = CLOCK.exec(rest);
  const after = next && leadsToClock(rest.slice(0, next.index)) ? next : null;
  const m = after ?? lastClock(text.slice(Math.max(0, date.index - MAX_CLOCK_BEFORE), date.index));
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return null;
  if (m[3]) hour = (hour % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
  const wall = Date.parse(`${date.day}T00:00:00Z`) + (hour * 60 + minute) * 60_000;
  const offset = minutesAhead(wall, instant);
  return offset !== 0 && Math.abs(offset) <= MAX_OFFSET_MIN && offset % OFFSET_STEP_MIN === 0 ? offset : null;
}

/**
 * Minutes a wall clock (read as UTC) is ahead of the instant, at the minute: the page prints the minute, the data may
 * carry the seconds ("04:48:12" printed "10:48 PM CST").
 */
function minutesAhead(wall: number, instant: number): number {
  return Math.round((wall - (instant - (instant % 60_000))) / 60_000);
}

/** Characters before a date where its clock time may stand ("Published 9:15 p.m. ET "). */
const MAX_CLOCK_BEFORE = 30;
const CLOCKS = new RegExp(CLOCK.source, 'giu');

function lastClock(text: string): RegExpMatchArray | null {
  return [...text.matchAll(CLOCKS)].at(-1) ?? null;
}
