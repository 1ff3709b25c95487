/**
 * The feed-fetch job: conditional GET → parse → store new and changed entries → enqueue their
 * article jobs → write the feed's health and next due time. A failure is recorded on the feed
 * and rescheduled with backoff; it never stops other feeds.
 */
import type { Deps } from '../deps';
import { PipelineError, errorCode, errorMessage } from '../errors';
import type { HttpClient, HttpResponse } from '../http/client';
import { parseRetryAfter } from '../http/client';
import type { Logger } from '../log';
import { enqueueArticleJobs } from '../workers/enqueue';
import { entriesPerDay } from './entry-plan';
import { feedContentType } from './feed-charset';
import { addFeedEvent, findFeed, updateFeed } from './feed-store';
import { discoverFeedLinks } from './parse/discover';
import { parseFeedAsync } from './parse';
import type { ParsedFeed } from './parse/types';
import { nextPollAt, parseMaxAge } from './schedule';
import { storeEntries } from './store-entries';
import { readWireFeed } from '../wire/pull';
import { withLinkHubs } from '../websub/discover';
import type { FeedRow } from '../../db/schema';

/** What a feed reader asks for: feed types first, any XML or JSON next. */
export const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

export interface FeedFetchResult {
  outcome: 'ok' | 'not-modified' | 'error' | 'skipped';
  status: number | null;
  newEntries: number;
  updatedEntries: number;
  code: string | null;
}

/** Polls one feed now and records the result on its row. */
export async function fetchFeed(deps: Deps, feedId: number, log: Logger): Promise<FeedFetchResult> {
  const feed = await findFeed(deps.db, feedId);
  if (!feed || !feed.active || feed.paused || feed.type === 'push' || feed.type === 'folder') return { outcome: 'skipped', status: null, newEntries: 0, updatedEntries: 0, code: null };
  try {
    const res = await deps.http.get({ url: feed.url, etag: feed.etag, lastModified: feed.last_modified, accept: FEED_ACCEPT });
    if (res.status === 304) return await recordNotModified(deps, feed, res);
    if (res.status === 429 || res.status === 503) {
      throw new PipelineError('FETCH_RATE_LIMITED', `${feed.url} answered ${res.status}`, { status: res.status, retryAfterMs: parseRetryAfter(res.headers['retry-after'], deps.clock.now()) });
    }
    if (res.status >= 400) throw new PipelineError('FETCH_HTTP_ERROR', `${feed.url} answered HTTP ${res.status}`, { status: res.status, retryable: res.status >= 500 });
    const wire = await readWireFeed(deps.db, feed, res.body, deps.clock.now());
    const { parsed, response, discoveredFrom } = wire ? { parsed: wire, response: res, discoveredFrom: null } : await parseOrDiscover(deps.http, feed.url, res);
    if (discoveredFrom) await addFeedEvent(deps.db, feed.id, 'discovered', { page: discoveredFrom, feed: response.url }, deps.clock.now());
    return await recordSuccess(deps, feed, response, withLinkHubs(parsed, response.headers.link, response.url), log);
  } catch (err) {
    return recordFailure(deps, feed, err, log);
  }
}

/** A parsed feed, the response it came from, and the page that advertised it when one did. */
export interface FeedDocument {
  parsed: ParsedFeed;
  response: HttpResponse;
  discoveredFrom: string | null;
}

/** Parses a feed response; an HTML page advertising a feed with <link rel="alternate"> is followed once. Writes nothing. */
export async function parseOrDiscover(http: HttpClient, pageUrl: string, res: HttpResponse): Promise<FeedDocument> {
  const first = await parseFeedAsync(res.body, { url: res.url, contentType: feedContentType(res.body, res.headers['content-type']) });
  if (first.ok) return { parsed: first.feed, response: res, discoveredFrom: null };
  const looksHtml = /html/i.test(res.headers['content-type'] ?? '') || /^\s*(<!doctype html|<html)/i.test(res.body.subarray(0, 512).toString('latin1'));
  const link = looksHtml ? discoverFeedLinks(res.body.toString('utf8'), res.url)[0] : undefined;
  if (!link) throw new PipelineError(first.code, `${pageUrl}: ${first.reason}`, { retryable: false });
  const next = await http.get({ url: link, accept: FEED_ACCEPT });
  if (next.status >= 400) throw new PipelineError('FETCH_HTTP_ERROR', `${link} (advertised by ${pageUrl}) answered HTTP ${next.status}`, { status: next.status });
  const second = await parseFeedAsync(next.body, { url: next.url, contentType: feedContentType(next.body, next.headers['content-type']) });
  if (!second.ok) throw new PipelineError(second.code, `${link} (advertised by ${pageUrl}): ${second.reason}`, { retryable: false });
  return { parsed: second.feed, response: { ...next, permanentUrl: next.url }, discoveredFrom: pageUrl };
}

async function recordNotModified(deps: Deps, feed: FeedRow, res: HttpResponse): Promise<FeedFetchResult> {
  const now = deps.clock.now();
  const state = feed.poll_state as { ttl?: number | null; skip_hours?: number[]; skip_days?: string[]; per_day?: number };
  await updateFeed(deps.db, feed.id, {
    ...healthColumns(now, res, 0, feed),
    etag: res.headers.etag ?? feed.etag,
    last_modified: res.headers['last-modified'] ?? feed.last_modified,
    next_due_at: due(deps, feed, now, 0, res, state),
  });
  return { outcome: 'not-modified', status: 304, newEntries: 0, updatedEntries: 0, code: null };
}

async function recordSuccess(deps: Deps, feed: FeedRow, res: HttpResponse, parsed: ParsedFeed, log: Logger): Promise<FeedFetchResult> {
  const now = deps.clock.now();
  const stored = await storeEntries(deps.db, feed, parsed.items, now);
  await enqueueArticleJobs(deps, [...stored.created, ...stored.updated]);
  const state = { ttl: parsed.ttl_minutes, skip_hours: parsed.skip_hours, skip_days: parsed.skip_days, per_day: entriesPerDay(parsed.items, now), hubs: parsed.hubs };
  const moved = res.permanentUrl && res.permanentUrl !== feed.url ? res.permanentUrl : null;
  if (moved) await addFeedEvent(deps.db, feed.id, 'moved', { from: feed.url, to: moved, redirects: res.redirects }, now);
  await updateFeed(deps.db, feed.id, {
    ...healthColumns(now, res, stored.created.length, feed),
    ...(moved ? { url: moved } : {}),
    title: feed.title ?? parsed.title,
    site_url: parsed.link ?? feed.site_url,
    etag: res.headers.etag ?? null,
    last_modified: res.headers['last-modified'] ?? null,
    poll_state: JSON.stringify({ ...(feed.poll_state as object), ...state }),
    next_due_at: due(deps, feed, now, 0, res, state),
  });
  log.info({ feed_id: feed.id, new_entries: stored.created.length, updated_entries: stored.updated.length, status: res.status }, 'feed fetched');
  return { outcome: 'ok', status: res.status, newEntries: stored.created.length, updatedEntries: stored.updated.length, code: null };
}

async function recordFailure(deps: Deps, feed: FeedRow, err: unknown, log: Logger): Promise<FeedFetchResult> {
  const now = deps.clock.now();
  const code = errorCode(err);
  const errorCount = feed.error_count + 1;
  const pause = errorCount >= deps.settings.fetch.maxErrors || (err instanceof PipelineError && err.status === 410);
  const retryAfterMs = err instanceof PipelineError ? err.retryAfterMs : undefined;
  await updateFeed(deps.db, feed.id, {
    last_fetched_at: now,
    last_status: err instanceof PipelineError ? (err.status ?? null) : null,
    last_new_entries: 0,
    fetch_count: feed.fetch_count + 1,
    error_code: code,
    error_message: printable(errorMessage(err)).slice(0, 1000),
    error_count: errorCount,
    next_due_at: nextPollAt({ intervalS: feed.poll_interval_s, bounds: bounds(deps), now, errorCount, retryAfterMs, random: deps.random() }),
    ...(pause ? { paused: true, paused_reason: `${code} ${errorCount} time(s) in a row: ${printable(errorMessage(err)).slice(0, 300)}` } : {}),
  });
  if (pause) await addFeedEvent(deps.db, feed.id, 'paused', { code, error_count: errorCount }, now);
  log.warn({ feed_id: feed.id, code, error_count: errorCount, paused: pause, err: errorMessage(err) }, 'feed fetch failed');
  return { outcome: 'error', status: err instanceof PipelineError ? (err.status ?? null) : null, newEntries: 0, updatedEntries: 0, code };
}

/** Error text can quote hostile bytes; Postgres text refuses NUL, and operators read this column. */
function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]+/g, '?');
}

function healthColumns(now: Date, res: HttpResponse, newEntries: number, feed: FeedRow) {
  return { fetch_count: feed.fetch_count + 1, last_fetched_at: now, last_success_at: now, last_status: res.status, last_duration_ms: res.durationMs, last_new_entries: newEntries, error_code: null, error_message: null, error_count: 0 };
}

function due(deps: Deps, feed: FeedRow, now: Date, errorCount: number, res: HttpResponse, state: { ttl?: number | null; skip_hours?: number[]; skip_days?: string[]; per_day?: number }): Date {
  return nextPollAt({
    intervalS: feed.poll_interval_s,
    bounds: bounds(deps),
    now,
    errorCount,
    maxAgeS: parseMaxAge(res.headers['cache-control']),
    ttlMinutes: state.ttl,
    skipHours: state.skip_hours,
    skipDays: state.skip_days,
    entriesPerDay: state.per_day,
    random: deps.random(),
  });
}

function bounds(deps: Deps) {
  const d = deps.settings.feeds.defaults;
  return { minS: d.min_poll_interval, maxS: d.max_poll_interval };
}
