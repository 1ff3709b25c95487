/**
 * Pure scoring helpers for titles and bylines (values in, figures out), shared by
 * scripts/score-bylines.ts and scripts/conformance-extract.ts. The agreement rules follow the corpus
 * scorer meta-fair.mjs so both report the same figures.
 */
import { createHash } from 'node:crypto';

/** First hex digits of sha256(id) that put a page in the hold-out set (~25 %). */
const HOLD_OUT_DIGITS = new Set(['0', '1', '2', '3']);

/** True when the page `id` (file name without .html) is held out from tuning. */
export function isHeldOut(id: string): boolean {
  return HOLD_OUT_DIGITS.has(createHash('sha256').update(id, 'utf8').digest('hex')[0]!);
}

function norm(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const TITLE_SEP = /\s+(?:\||–|—|-|:|_|::|»|·)\s+|\s*(?:\||::|»|·)\s*|_/;

/** A title agrees when equal after normalising, or equal to the story side of "Story | Site". */
export function titleAgrees(expected: string, got: string | null): boolean {
  if (!got) return false;
  const e = norm(expected),
    g = norm(got);
  if (e === g) return true;
  const parts = e
    .split(TITLE_SEP)
    .map((x) => x.trim())
    .filter(Boolean);
  if (parts.length < 2) return false;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  if (g === longest) return true;
  const half = g.length >= e.length * 0.5;
  return (
    g === parts.slice(0, -1).join(' ') || g === parts.slice(1).join(' ') || (e.startsWith(g + ' ') && half) || (e.endsWith(' ' + g) && half)
  );
}

function bylineNorm(s: string): string {
  return norm(s)
    .replace(/^(?:written by|posted by|by|par|von|di|por)\s+/i, '')
    .replace(/[\s,;:—–|-]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A byline agrees when the names agree after dropping "By"-like prefixes, or one contains the other. */
export function bylineAgrees(expected: string, got: string | null): boolean {
  if (!got) return false;
  const e = bylineNorm(expected),
    g = bylineNorm(got);
  if (!e || !g) return false;
  return e === g || (g.length >= 4 && e.includes(g)) || (e.length >= 4 && g.includes(e));
}

export interface BylineCase {
  id: string;
  expected: string | null;
  got: string | null;
}

export interface BylineScore {
  /** Pages whose truth names a byline. */
  stated: number;
  /** Right bylines among `stated`. */
  right: number;
  /** Bylines given (on any page). */
  given: number;
  /** Given bylines that are wrong: a different person, or a byline where the page states none. */
  wrong: number;
  recall: number;
  precision: number;
}

/** The figures from the four counts: recall over what was stated, precision over what was given (1 when nothing was). */
function toScore(stated: number, right: number, given: number, wrong: number): BylineScore {
  return { stated, right, given, wrong, recall: stated ? right / stated : 0, precision: given ? (given - wrong) / given : 1 };
}

/**
 * One answer per page: recall over pages whose label states one, precision over every answer given (an answer
 * on a page whose label states none is wrong).
 */
function scoreAnswers<T>(cases: Array<{ expected: T | null; got: T | null }>, agree: (expected: T, got: T) => boolean): BylineScore {
  let stated = 0,
    right = 0,
    given = 0,
    wrong = 0;
  for (const { expected, got } of cases) {
    if (expected) stated++;
    if (!got) continue;
    given++;
    if (expected && agree(expected, got)) right++;
    else wrong++;
  }
  return toScore(stated, right, given, wrong);
}

/** Recall over pages that state a byline; precision over every byline given (a byline on a page without one is wrong). */
export function scoreBylines(cases: BylineCase[]): BylineScore {
  return scoreAnswers(cases, bylineAgrees);
}

/** "recall 0.700 (7/10) precision 0.950 (wrong 1/20)". */
export function formatBylineScore(s: BylineScore): string {
  return `recall ${s.recall.toFixed(3)} (${s.right}/${s.stated}) precision ${s.precision.toFixed(3)} (wrong ${s.wrong}/${s.given})`;
}

export interface DateCase {
  id: string;
  /** The labelled publication date (any ISO form), or null when the page states none. */
  expected: string | null;
  got: string | null;
}

const HOUR_MS = 3_600_000;
/** A date with no time of day: "2019-11-18", or midnight UTC, which is how the extractor writes a printed day without a time. */
const BARE_DAY = /^\d{4}-\d{2}-\d{2}$|T00:00(?::00(?:\.0+)?)?Z$/;
/** A time written with its own offset ("…T18:18:25-08:00"): its first ten characters are the local day. */
const LOCAL_OFFSET = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?[+-]\d{2}:?\d{2}$/;

/** The parseable ISO date, or null. */
function validDate(v: string | null): string | null {
  return v && !Number.isNaN(Date.parse(v)) ? v : null;
}

/**
 * Whether two dates name the same calendar day. Two instants (or two bare days): the same UTC day. A bare day against an
 * instant: the instant's own day where it is written with an offset, else (UTC, "Z") whether the instant falls on that
 * day in some place's time (UTC−12 to UTC+14): the labels hold the structured instant ("2019-11-20T01:50:59Z"), while a
 * page that prints only "Nov 19, 2019" means its own local day, which the instant also is west of Greenwich.
 */
export function sameCalendarDay(expected: string, got: string): boolean {
  const bareE = BARE_DAY.test(expected),
    bareG = BARE_DAY.test(got);
  if (bareE === bareG) return new Date(expected).toISOString().slice(0, 10) === new Date(got).toISOString().slice(0, 10);
  const [day, instant] = bareE ? [expected.slice(0, 10), got] : [got.slice(0, 10), expected];
  if (LOCAL_OFFSET.test(instant)) return instant.slice(0, 10) === day;
  const start = Date.parse(`${day}T00:00:00Z`),
    t = Date.parse(instant);
  return t >= start - 14 * HOUR_MS && t < start + 36 * HOUR_MS;
}

/** Dates scored like bylines: right = the same calendar day (sameCalendarDay); a date given where the page states none is wrong. */
export function scoreDates(cases: DateCase[]): BylineScore {
  return scoreAnswers(
    cases.map((c) => ({ expected: validDate(c.expected), got: validDate(c.got) })),
    sameCalendarDay,
  );
}

export interface AuthorCase {
  id: string;
  /** The labelled byline ("Kevin Johnson and Kevin McCoy"), or null when the page states none. */
  expected: string | null;
  /** The names the extractor gave (`authors`). */
  got: string[];
}

/** Names a labelled byline holds: split at commas, semicolons, "and"/"und"/"et"/"&". */
function labelNames(byline: string): string[] {
  return bylineNorm(byline)
    .split(/\s*(?:,|;|\s&\s|\s(?:and|und|et|y)\s)\s*/u)
    .map((n) => n.trim())
    .filter(Boolean);
}

/** Author strings with their labelled names (test/fixtures/bylines/feed-authors.json) scored name by name against `namesOf`. */
export function scoreNameLists(labels: Record<string, { names: string[] }>, namesOf: (raw: string) => string[]): BylineScore {
  return scoreAuthors(
    Object.entries(labels).map(([raw, l]) => ({ id: raw, expected: l.names.length ? l.names.join(', ') : null, got: namesOf(raw) })),
  );
}

/**
 * Name by name, stricter than the byline string: every author given must be one of the label's names
 * ("CNN Business" beside "Jill Disis", "Kevin McCoy USA TODAY" are wrong though the byline string contains the
 * right one). Recall: label names found among the authors.
 */
export function scoreAuthors(cases: AuthorCase[]): BylineScore {
  let stated = 0,
    right = 0,
    given = 0,
    wrong = 0;
  for (const c of cases) {
    const want = c.expected ? labelNames(c.expected) : [];
    const got = c.got.map(bylineNorm);
    stated += want.length;
    right += want.filter((w) => got.includes(w)).length;
    given += got.length;
    wrong += got.filter((g) => !want.includes(g)).length;
  }
  return toScore(stated, right, given, wrong);
}

/** A headline label matches when equal after folding case, quotes, dashes, spaces and end punctuation. */
export function headlineMatches(expected: string, got: string | null): boolean {
  const fold = (s: string) =>
    norm(s)
      .replace(/["'.…!?:;,\s]+$/u, '')
      .replace(/\s*-\s*/gu, ' - ');
  return !!got && fold(expected) === fold(got);
}

/** Headlines against labels: right where they match, wrong where one is given that does not (null labels are not scored). */
export function scoreHeadlines(cases: Array<{ expected: string | null; got: string | null }>): {
  right: number;
  stated: number;
  share: number;
} {
  const stated = cases.filter((c) => c.expected);
  const right = stated.filter((c) => headlineMatches(c.expected!, c.got)).length;
  return { right, stated: stated.length, share: stated.length ? right / stated.length : 0 };
}
