/**
 * When to poll a feed next. Pure: the feed's interval, its recent history and what the server
 * and the feed asked for go in; a time comes out.
 */

export interface PollBounds {
  minS: number;
  maxS: number;
}

export interface PollOutcome {
  /** The configured interval for this feed (seconds). */
  intervalS: number;
  bounds: PollBounds;
  now: Date;
  /** Consecutive failures including this one; 0 after a success. */
  errorCount: number;
  /** From Retry-After on 429/503. */
  retryAfterMs?: number;
  /** Cache-Control max-age of the response (seconds). */
  maxAgeS?: number;
  /** RSS <ttl> (minutes). */
  ttlMinutes?: number | null;
  skipHours?: number[];
  skipDays?: string[];
  /** Entries per day seen recently (adaptive polling). */
  entriesPerDay?: number;
  /** A number in [0, 1): spreads feeds so they do not all poll at once. */
  random: number;
}

/** ±10% jitter keeps thousands of feeds from aligning on the same second. */
const JITTER = 0.1;
/** Error backoff doubles from the interval up to this cap (operators see the feed as failing). */
const MAX_BACKOFF_S = 24 * 3600;
/** Adaptive polling aims for about this many new entries per poll. */
const TARGET_ENTRIES_PER_POLL = 2;
const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The next due time for a feed after a poll with this outcome. */
export function nextPollAt(o: PollOutcome): Date {
  const jitter = 1 + (o.random * 2 - 1) * JITTER;
  if (o.errorCount > 0) {
    const backoff = Math.min(o.intervalS * 2 ** (o.errorCount - 1), Math.max(MAX_BACKOFF_S, o.intervalS));
    const s = Math.max(backoff * jitter, (o.retryAfterMs ?? 0) / 1000);
    return new Date(o.now.getTime() + s * 1000);
  }
  let s = adaptiveInterval(o);
  s = Math.max(s, o.maxAgeS ?? 0, (o.ttlMinutes ?? 0) * 60, (o.retryAfterMs ?? 0) / 1000);
  s = Math.min(Math.max(s * jitter, o.bounds.minS), Math.max(o.bounds.maxS, o.bounds.minS));
  return skipForbidden(new Date(o.now.getTime() + s * 1000), o.skipHours ?? [], o.skipDays ?? []);
}

/** Feeds that publish often are polled more often, within the operator's bounds. */
function adaptiveInterval(o: PollOutcome): number {
  if (!o.entriesPerDay || o.entriesPerDay <= 0) return o.intervalS;
  const ideal = (86400 * TARGET_ENTRIES_PER_POLL) / o.entriesPerDay;
  return Math.min(o.intervalS, Math.max(ideal, o.bounds.minS));
}

/** Moves `t` past any hour (GMT) or day the feed asked us to skip (RSS 2.0 skipHours/skipDays). */
export function skipForbidden(t: Date, skipHours: number[], skipDays: string[]): Date {
  const hours = new Set(skipHours);
  const days = new Set(skipDays.map((d) => d.toLowerCase()));
  if (hours.size >= 24 || days.size >= 7) return t;
  const d = new Date(t);
  for (let i = 0; i < 24 * 8; i++) {
    if (!hours.has(d.getUTCHours()) && !days.has(DAY_NAMES[d.getUTCDay()]!)) return d;
    d.setUTCHours(d.getUTCHours() + 1, 0, 0, 0);
  }
  return t;
}

/** Cache-Control max-age in seconds, if any (RFC 9111 §5.2.2.1). */
export function parseMaxAge(cacheControl: string | undefined): number | undefined {
  const m = /(?:^|,)\s*(?:s-)?max-age\s*=\s*"?(\d+)"?/i.exec(cacheControl ?? '');
  return m ? Number(m[1]) : undefined;
}
