/**
 * What one poll of a feed writes back to its row, decided without I/O: health columns, validators,
 * the typed poll state, the next due time, and the pause and back-off policy after a failure (a
 * streak of `maxErrors` failures, or a 410 Gone, pauses the feed). Pure: the feed row, what the
 * poll ended with, the time and the settings go in; a tagged action comes out for the shell.
 */
import type { FeedRow, FeedUpdate } from '../../db/schema';
import { PipelineError, errorCode, errorMessage } from '../errors';
import type { Redirect } from '../http/client';
import { formatByteSize } from '../settings/byte-size';
import { perDayFromRecent } from './entry-plan';
import type { ParsedFeed } from './parse/types';
import { mergePollState, parsePollState, serializePollState, type PollState } from './poll-state';
import { nextPollAt, parseMaxAge, type PollBounds } from './schedule';
import { declaredWireFormat } from './ingest-plan';
import { wireTooLargeMessage } from './wire-cap';

/** The longest error message kept on the feed row (operators read it; the log has the rest). */
const MAX_ERROR_MESSAGE_CHARS = 1000;
/** How much of the message a pause reason quotes. */
const PAUSE_REASON_QUOTE_CHARS = 300;
/** A connection reset or a timeout is usually over in seconds: the first retry comes this soon, not a poll interval later. */
export const TRANSIENT_RETRY_S = 15;
/** Failures of the connection itself, not answers of the server. */
const TRANSIENT_CODES: ReadonlySet<string> = new Set(['FETCH_NETWORK', 'FETCH_TIMEOUT']);

export interface FeedFetchResult {
  outcome: 'ok' | 'not-modified' | 'error' | 'skipped';
  status: number | null;
  newEntries: number;
  updatedEntries: number;
  code: string | null;
}

/** The result of a poll that did not run (the feed is gone, inactive, paused, or not polled at all). */
export const SKIPPED: FeedFetchResult = { outcome: 'skipped', status: null, newEntries: 0, updatedEntries: 0, code: null };

/** What the plan reads of the feed row. */
export type PlanFeed = Pick<
  FeedRow,
  | 'url'
  | 'source_id'
  | 'title'
  | 'site_url'
  | 'etag'
  | 'last_modified'
  | 'poll_state'
  | 'poll_interval_s'
  | 'error_count'
  | 'fetch_count'
  | 'max_body_bytes'
  | 'type'
>;

/** What the plan reads of the response that answered. */
export interface ResponseFacts {
  status: number;
  headers: Record<string, string>;
  durationMs: number;
  permanentUrl: string | null;
  redirects: Redirect[];
}

/** What the entries of this poll added up to (kept on failure too: stored batches stay). */
export interface StoredCounts {
  created: number;
  updated: number;
  /** Items dated within the last week, for entries per day. */
  recent: number;
}

/** How the poll ended. */
export type FetchOutcome =
  | { kind: 'not-modified'; response: ResponseFacts }
  | { kind: 'fetched'; response: ResponseFacts; feed: Omit<ParsedFeed, 'items'>; stored: StoredCounts }
  | { kind: 'failed'; error: unknown; stored: StoredCounts };

export interface FetchPlanSettings {
  bounds: PollBounds;
  /** Consecutive failures that pause a feed (WIREROOM_MAX_FEED_ERRORS). */
  maxErrors: number;
  /** The global body cap (WIREROOM_HTTP_MAX_BODY), named in a FETCH_TOO_LARGE message. */
  maxBodyBytes: number;
  /** The wire document cap (WIREROOM_WIRE_MAX_BODY): a wire feed's own, unless it sets max_body. */
  wireMaxBodyBytes?: number;
}

export type FetchAction =
  | { kind: 'record-not-modified'; update: FeedUpdate; result: FeedFetchResult }
  | {
      kind: 'record-success';
      update: FeedUpdate;
      moved: { from: string; to: string; redirects: Redirect[] } | null;
      result: FeedFetchResult;
    }
  | {
      kind: 'record-failure';
      update: FeedUpdate;
      paused: { code: string; error_count: number } | null;
      error: string;
      result: FeedFetchResult;
    };

/** Whether a feed row is polled at all: push and folder feeds are fed by their own channels. */
export function isPollable<F extends Pick<FeedRow, 'active' | 'paused' | 'type'>>(feed: F | undefined): feed is F {
  return Boolean(feed && feed.active && !feed.paused && feed.type !== 'push' && feed.type !== 'folder');
}

/** The row update (and feed event) a poll's outcome calls for; `random` in [0, 1), drawn by the shell, spreads due times. */
export function planFetchOutcome(
  feed: PlanFeed,
  outcome: FetchOutcome,
  now: Date,
  settings: FetchPlanSettings,
  random: number,
): FetchAction {
  switch (outcome.kind) {
    case 'not-modified':
      return planNotModified(feed, outcome.response, now, settings.bounds, random);
    case 'fetched':
      return planSuccess(feed, outcome.response, outcome.feed, outcome.stored, now, settings.bounds, random);
    case 'failed':
      return planFailure(feed, explainTooLarge(outcome.error, feed, settings), outcome.stored, now, settings, random);
  }
}

function planNotModified(feed: PlanFeed, res: ResponseFacts, now: Date, bounds: PollBounds, random: number): FetchAction {
  const update: FeedUpdate = {
    ...healthColumns(now, res, 0, feed),
    etag: res.headers.etag ?? feed.etag,
    last_modified: res.headers['last-modified'] ?? feed.last_modified,
    next_due_at: dueAfterSuccess(feed, now, res, parsePollState(feed.poll_state), bounds, random),
  };
  return {
    kind: 'record-not-modified',
    update,
    result: { outcome: 'not-modified', status: 304, newEntries: 0, updatedEntries: 0, code: null },
  };
}

function planSuccess(
  feed: PlanFeed,
  res: ResponseFacts,
  parsed: Omit<ParsedFeed, 'items'>,
  stored: StoredCounts,
  now: Date,
  bounds: PollBounds,
  random: number,
): FetchAction {
  const learned: PollState = {
    ttl: parsed.ttl_minutes,
    skip_hours: parsed.skip_hours,
    skip_days: parsed.skip_days,
    per_day: perDayFromRecent(stored.recent),
    hubs: parsed.hubs,
  };
  const moved = res.permanentUrl && res.permanentUrl !== feed.url ? res.permanentUrl : null;
  const update: FeedUpdate = {
    ...healthColumns(now, res, stored.created, feed),
    ...(moved ? { url: moved } : {}),
    title: feed.title ?? parsed.title,
    site_url: parsed.link ?? feed.site_url,
    etag: res.headers.etag ?? null,
    last_modified: res.headers['last-modified'] ?? null,
    poll_state: serializePollState(mergePollState(parsePollState(feed.poll_state), learned)),
    next_due_at: dueAfterSuccess(feed, now, res, learned, bounds, random),
  };
  return {
    kind: 'record-success',
    update,
    moved: moved ? { from: feed.url, to: moved, redirects: res.redirects } : null,
    result: { outcome: 'ok', status: res.status, newEntries: stored.created, updatedEntries: stored.updated, code: null },
  };
}

/** A failed poll: the error streak grows, the next poll backs off (or waits for Retry-After), and a long streak or a 410 pauses the feed. */
function planFailure(
  feed: PlanFeed,
  err: unknown,
  stored: StoredCounts,
  now: Date,
  settings: FetchPlanSettings,
  random: number,
): FetchAction {
  const code = errorCode(err);
  const errorCount = feed.error_count + 1;
  const status = err instanceof PipelineError ? (err.status ?? null) : null;
  const pause = errorCount >= settings.maxErrors || status === 410;
  const retryAfterMs = err instanceof PipelineError ? err.retryAfterMs : undefined;
  const partial =
    stored.created + stored.updated > 0 ? ` (${stored.created} new and ${stored.updated} updated entries stored before the failure)` : '';
  const message = printable(errorMessage(err)).slice(0, MAX_ERROR_MESSAGE_CHARS - partial.length) + partial;
  const update: FeedUpdate = {
    last_fetched_at: now,
    last_status: status,
    last_new_entries: stored.created,
    fetch_count: feed.fetch_count + 1,
    error_code: code,
    error_message: message,
    error_count: errorCount,
    next_due_at: retryDueAt(feed, code, errorCount, retryAfterMs, now, settings.bounds, random),
    ...(pause
      ? { paused: true, paused_reason: `${code} ${errorCount} time(s) in a row: ${message.slice(0, PAUSE_REASON_QUOTE_CHARS)}` }
      : {}),
  };
  return {
    kind: 'record-failure',
    update,
    paused: pause ? { code, error_count: errorCount } : null,
    error: errorMessage(err),
    result: { outcome: 'error', status, newEntries: stored.created, updatedEntries: stored.updated, code },
  };
}

/** When a failed feed is polled again: soon after a first transient network error, else the back-off from the interval. */
function retryDueAt(
  feed: PlanFeed,
  code: string,
  errorCount: number,
  retryAfterMs: number | undefined,
  now: Date,
  bounds: PollBounds,
  random: number,
): Date {
  if (errorCount === 1 && TRANSIENT_CODES.has(code) && retryAfterMs === undefined) {
    const s = Math.min(TRANSIENT_RETRY_S, feed.poll_interval_s) * (0.75 + random * 0.5);
    return new Date(now.getTime() + s * 1000);
  }
  return nextPollAt({ intervalS: feed.poll_interval_s, bounds, now, errorCount, retryAfterMs, random });
}

/**
 * A feed cut at its body cap keeps the code FETCH_TOO_LARGE; its message adds which cap applied and
 * what the operator can raise: the feed's `max_body` in feeds.yaml, or WIREROOM_HTTP_MAX_BODY for all.
 */
export function explainTooLarge(
  err: unknown,
  feed: Pick<FeedRow, 'source_id' | 'max_body_bytes'> & { type?: string },
  caps: Pick<FetchPlanSettings, 'maxBodyBytes' | 'wireMaxBodyBytes'>,
): unknown {
  if (!(err instanceof PipelineError) || err.code !== 'FETCH_TOO_LARGE') return err;
  const own = feed.max_body_bytes;
  if (own === null && caps.wireMaxBodyBytes !== undefined && feed.type && declaredWireFormat(feed.type))
    return new PipelineError('FETCH_TOO_LARGE', `${err.message} (cap: ${wireTooLargeMessage(null, caps.wireMaxBodyBytes)})`, {
      retryable: false,
      status: err.status,
      cause: err,
    });
  const globalMaxBodyBytes = caps.maxBodyBytes;
  const cap = own === null ? `WIREROOM_HTTP_MAX_BODY, ${formatByteSize(globalMaxBodyBytes)}` : `max_body ${formatByteSize(own)}`;
  const fix = `set ${own === null ? '' : 'a larger '}\`max_body:\` (e.g. "60MB", up to "1GB") on this feed or its source "${feed.source_id}" in feeds.yaml, or raise WIREROOM_HTTP_MAX_BODY for every feed and article page`;
  return new PipelineError('FETCH_TOO_LARGE', `${err.message} (cap: ${cap}). To fetch it, ${fix}`, {
    retryable: false,
    status: err.status,
    cause: err,
  });
}

/** Error text can quote hostile bytes; Postgres text refuses NUL, and operators read this column. */
function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]+/g, '?');
}

function healthColumns(now: Date, res: ResponseFacts, newEntries: number, feed: PlanFeed) {
  return {
    fetch_count: feed.fetch_count + 1,
    last_fetched_at: now,
    last_success_at: now,
    last_status: res.status,
    last_duration_ms: res.durationMs,
    last_new_entries: newEntries,
    error_code: null,
    error_message: null,
    error_count: 0,
  };
}

/** The next due time after an answer: the feed's interval, adapted, within what the server and the feed asked for. */
function dueAfterSuccess(feed: PlanFeed, now: Date, res: ResponseFacts, state: PollState, bounds: PollBounds, random: number): Date {
  return nextPollAt({
    intervalS: feed.poll_interval_s,
    bounds,
    now,
    errorCount: 0,
    maxAgeS: parseMaxAge(res.headers['cache-control']),
    ttlMinutes: state.ttl,
    skipHours: state.skip_hours,
    skipDays: state.skip_days,
    entriesPerDay: state.per_day,
    random,
  });
}
