/**
 * A structured instant in UTC written in the zone the page prints it in. Arc XP and Next.js sites give
 * "2025-03-05T01:47:00Z" in their data and print "March 4, 2025 at 8:47 p.m. EST" in the <time> that carries it: the
 * publication day is the page's, March 4. The instant stays the same; only its offset is the page's. The offset is
 * read off the page (a printed zone, or the printed clock time against the instant) where the page prints one.
 *
 * Where the page prints only the day, the day is still the page's: WordPress's SEO plugins write every date in UTC
 * ("2025-04-10T21:00:41+00:00") and the theme prints the site's own day ("April 11, 2025"); Ghost's theme prints
 * `<time datetime="2024-12-01">` over JSON-LD's "2024-11-30T14:10:00.000Z". The instant is then written at the offset
 * nearest UTC, in whole hours, that puts it on the printed day: the day and the instant are the page's, the offset is
 * the least one they allow (the site's own zone may be further east or west). Pure.
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
const CLOCK = /(\d{1,2})[:.h](\d{2})(?!\d)\s*(?:([ap])\.?\s?m\.?|(ص|م)(?!\p{L}))?/iu;

/**
 * `iso` in the page's printed zone when the page prints the same instant on another day: a <time> carrying the instant,
 * or a date line of the story (`lines`: printedDateLines, read only when no <time> settles it) whose day and clock time
 * are the instant in one of the offsets in use on Earth ("4 mars 2025 kl. 00.34" over "2025-03-03T23:34:00Z"). Failing a
 * clock time, on the day printed alone (onPrintedDay): by that <time>, by the page's first <time> when its datetime is a
 * bare day, or by `printedDay` (the story's printed publication day), unless a date line prints another day at a clock
 * time no zone explains (another instant's). Else `iso` unchanged.
 */
export function inPrintedZone(
  iso: string,
  times: DomElement[],
  monthFirst: boolean,
  lines: () => string[] = () => [],
  printedDay: () => string | null = () => null,
): string {
  if (!iso.endsWith('Z')) return iso;
  const instant = Date.parse(iso);
  let firstDay: string | null | undefined; // the first <time> giving a datetime, when that is a bare day
  for (const el of times) {
    const datetime = attr(el, 'datetime');
    const local = localWallOffset(datetime, instant);
    if (local !== null) return withOffset(instant, local) ?? iso;
    const carried = toIsoDate(datetime);
    if (carried && firstDay === undefined) firstDay = BARE_DAY.exec(datetime ?? '')?.[1] ?? null;
    if (!carried || Date.parse(carried) !== instant) continue;
    if (!carried.endsWith('Z')) return carried; // the page's own markup gives the offset: "2025-01-18T05:00:00+09:00"
    const text = boundedText(el, MAX_TIME_TEXT);
    const date = text ? findTextDates(text, monthFirst)[0] : undefined;
    if (text && !date) {
      // a live blog's "first published at 6.02am"; failing a clock, "Posted 3h ago" says nothing of the day: the page's day does
      const offset = clockAloneOffset(text, instant);
      if (offset !== null) return onClockDay(iso, instant, offset);
      const day = printedDay();
      const local = day && onPrintedDay(iso, instant, day);
      return local && !FAR_WEST.test(local) ? local : iso; // no news site writes at -11:00 or -12:00: that day is another instant's
    }
    if (!text || !date || date.day === iso.slice(0, 10)) return iso;
    const clock = printedClock(text, date);
    const offset = clock && clockOffset(clock, date, instant);
    if (offset !== null) return withOffset(instant, offset) ?? iso;
    // "April 11, 2025" over 21:00Z on the 10th; a clock time printed at another minute says the day is another instant's
    return (!clock && date.role !== 'modified' && onPrintedDay(iso, instant, date.day)) || iso;
  }
  let otherInstant = false; // a date line printing another day at a clock time no zone explains
  for (const text of lines()) {
    if (!LINE_CLOCK.test(text)) continue; // no clock time, no offset: most lines are read no further
    for (const date of findTextDates(text, monthFirst)) {
      if (date.day === iso.slice(0, 10)) continue;
      if (date.role === 'modified') {
        // "Updated August 21 2024 - 11:02am, first published 7:45am": the publication's clock on the update's day
        const first = firstPublishedClock(text.slice(date.index, date.index + MAX_DATE_LINE * 2), monthFirst);
        const offset = first && clockOffset(first, date, instant);
        if (offset !== null && ZONE_OFFSETS.has(offset)) return withOffset(instant, offset) ?? iso;
        continue;
      }
      const clock = printedClock(text, date);
      const offset = clock && clockOffset(clock, date, instant);
      if (offset !== null && ZONE_OFFSETS.has(offset)) return withOffset(instant, offset) ?? iso;
      otherInstant ||= clock !== null;
    }
  }
  // the day alone: the page's first <time> as a bare day (Ghost's byline date), else its printed publication day
  const day = firstDay ?? (otherInstant ? null : printedDay());
  return (day && onPrintedDay(iso, instant, day)) || iso;
}

/**
 * The publication's clock time printed after an update's date and time, without a day of its own: "Updated August 21
 * 2024 - 11:02am, first published 7:45am" (Australian Community Media's papers). Groups as CLOCK's.
 */
const FIRST_PUBLISHED_CLOCK = /first\s+published\s*(?:at\s+)?(\d{1,2})[:.h](\d{2})(?!\d)\s*(?:([ap])\.?\s?m\.?)?/iu;
/** Characters after that clock time within which a day of its own would stand ("first published 5:45am, August 19 2024"). */
const OWN_DAY_REACH = 4;

/** FIRST_PUBLISHED_CLOCK in `text`, unless a day of its own follows it (then it is no time on the update's day). */
function firstPublishedClock(text: string, monthFirst: boolean): RegExpExecArray | null {
  const m = FIRST_PUBLISHED_CLOCK.exec(text);
  if (!m) return null;
  const own = findTextDates(text.slice(m.index + m[0].length), monthFirst)[0];
  return own && own.index <= OWN_DAY_REACH ? null : m;
}

/** The offsets west of Hawaii's, where no one publishes: a day reached only so is no day of this instant. */
const FAR_WEST = /-1[12]:00$/u;
/** A datetime attribute that is a calendar day only ("2024-12-01"). */
const BARE_DAY = /^\s*(\d{4}-\d{2}-\d{2})\s*$/u;
/** How a bare day is written as an instant: a structured "2024-12-01" is no instant to move to another day. */
const MIDNIGHT_UTC = 'T00:00:00.000Z';
/** Offsets tried for a day printed without its clock time: whole hours from -12 to +14, nearest UTC first (+1, -1, +2, …). */
const WHOLE_HOURS = Array.from({ length: MAX_OFFSET_MIN / 60 }, (_, i) => [(i + 1) * 60, -(i + 1) * 60])
  .flat()
  .filter((o) => o >= -12 * 60);

/**
 * The instant on `day` at the whole-hour offset nearest UTC that puts it there, when `day` is another day than the
 * instant's in UTC and some offset in use does; else null (a day two off, or a bare day's midnight, is no zone's).
 */
function onPrintedDay(iso: string, instant: number, day: string): string | null {
  if (iso.endsWith(MIDNIGHT_UTC) || day === iso.slice(0, 10)) return null;
  const offset = WHOLE_HOURS.find((o) => new Date(instant + o * 60_000).toISOString().slice(0, 10) === day);
  return offset === undefined ? null : withOffset(instant, offset);
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
 * The clock time printed with the date, read after it ("14 JUL 2024 00:30", "March 4, 2025 at 8:47 p.m.") or, failing
 * that, just before it ("00:30, 14 JUL 2024", "Published 9:15 p.m. ET March 3, 2024"); null when none is read.
 */
function printedClock(text: string, date: TextDate): RegExpMatchArray | null {
  const rest = afterDate(text.slice(date.index, date.index + MAX_DATE_LINE));
  const next = CLOCK.exec(rest);
  const after = next && leadsToClock(rest.slice(0, next.index)) ? next : null;
  return after ?? lastClock(text.slice(Math.max(0, date.index - MAX_CLOCK_BEFORE), date.index));
}

/** Minutes between the clock time printed with the date (read on that day) and the instant's minute, when that is an offset; else null. */
function clockOffset(m: RegExpMatchArray, date: TextDate, instant: number): number | null {
  const minutes = wallMinutes(m);
  if (minutes === null) return null;
  const offset = minutesAhead(Date.parse(`${date.day}T00:00:00Z`) + minutes * 60_000, instant);
  return offset !== 0 && Math.abs(offset) <= MAX_OFFSET_MIN && offset % OFFSET_STEP_MIN === 0 ? offset : null;
}

/** Minutes after midnight of a clock time read by CLOCK ("6.02am" → 362), null when it is no time of day. */
function wallMinutes(m: RegExpMatchArray): number | null {
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return null;
  if (m[3]) hour = (hour % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
  else if (m[4]) hour = (hour % 12) + (m[4] === 'م' ? 12 : 0); // Arabic "ص" (morning), "م" (evening)
  return hour * 60 + minute;
}

const DAY_MIN = 24 * 60;

/** The instant at `offset` when that puts it on another day than its own in UTC; else `iso` as it is. */
function onClockDay(iso: string, instant: number, offset: number | null): string {
  const local = offset === null ? null : withOffset(instant, offset);
  return local && local.slice(0, 10) !== iso.slice(0, 10) ? local : iso;
}

/**
 * The offset of a clock time printed without its day ("first published at 6.02am" in the <time> carrying 20:02Z): the
 * instant's minute on one day or the next or the one before, when exactly one of them is an offset in use. Else null.
 */
function clockAloneOffset(text: string, instant: number): number | null {
  const m = CLOCK.exec(text);
  const wall = m ? wallMinutes(m) : null;
  if (wall === null) return null;
  const ahead = minutesAhead(instant - (instant % (DAY_MIN * 60_000)) + wall * 60_000, instant); // the clock on the instant's UTC day
  const fits = [ahead - DAY_MIN, ahead, ahead + DAY_MIN].filter((o) => o !== 0 && ZONE_OFFSETS.has(o));
  return fits.length === 1 ? fits[0]! : null;
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
