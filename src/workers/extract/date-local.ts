/**
 * A structured instant in UTC written in the zone the page prints it in. Arc XP and Next.js sites give
 * "2025-03-05T01:47:00Z" in their data and print "March 4, 2025 at 8:47 p.m. EST" in the <time> that carries it: the
 * publication day is the page's, March 4. The instant stays the same; only its offset is the page's. The offset is
 * read off the page (a printed zone, or the printed clock time against the instant), never guessed. Pure.
 */
import { DomElement, attr, boundedText } from './dom';
import { toIsoDate, withOffset } from './dates';
import { findTextDates } from './date-text';

/** A <time>'s text longer than this is a container, not a date line. */
const MAX_TIME_TEXT = 120;
/** Offsets on Earth run from -12:00 to +14:00, in quarter hours. */
const MAX_OFFSET_MIN = 14 * 60;
const OFFSET_STEP_MIN = 15;
/** A clock time after the date: "7.30am", "19:05", "8:47 p.m.". */
const CLOCK = /(\d{1,2})[:.h](\d{2})(?!\d)\s*(?:([ap])\.?\s?m\.?)?/iu;

/** `iso` in the page's printed zone when a <time> carrying that instant prints another day; else `iso` unchanged. */
export function inPrintedZone(iso: string, times: DomElement[], monthFirst: boolean): string {
  if (!iso.endsWith('Z')) return iso;
  const instant = Date.parse(iso);
  for (const el of times) {
    const carried = toIsoDate(attr(el, 'datetime'));
    if (!carried || Date.parse(carried) !== instant) continue;
    const text = boundedText(el, MAX_TIME_TEXT);
    const date = text ? findTextDates(text, monthFirst)[0] : undefined;
    if (!text || !date || date.day === iso.slice(0, 10)) return iso;
    const offset = wallClockOffset(text.slice(date.index), date.day, instant);
    return offset === null ? iso : (withOffset(instant, offset) ?? iso);
  }
  return iso;
}

/** Minutes between the clock time printed after the date (read on that day) and the instant's minute, when that is an offset. */
function wallClockOffset(fromDate: string, day: string, instant: number): number | null {
  const m = CLOCK.exec(fromDate.replace(/^.*?\d{4}/u, ''));
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return null;
  if (m[3]) hour = (hour % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
  const wall = Date.parse(`${day}T00:00:00Z`) + (hour * 60 + minute) * 60_000;
  // the page prints the minute, the data may carry the seconds ("04:48:12" printed "10:48 PM CST")
  const offset = Math.round((wall - (instant - (instant % 60_000))) / 60_000);
  return offset !== 0 && Math.abs(offset) <= MAX_OFFSET_MIN && offset % OFFSET_STEP_MIN === 0 ? offset : null;
}
