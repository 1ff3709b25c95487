/**
 * The feed-fetch job: conditional GET → parse → store new and changed entries → enqueue their
 * article jobs → write the feed's health and next due time. A failure is recorded on the feed
 * and rescheduled with backoff; it never stops other feeds. Items flow through in batches: each
 * batch is stored (one transaction) and its article jobs enqueued while the parser works on, so a
 * large feed never has all its items in memory. A failure after some batches were stored keeps them
 * (they are real entries); the feed records the failure, and its ETag / Last-Modified are left as
 * they were, so the next poll reads the whole document again and finds those entries unchanged.
 */
import type { Deps } from '../deps';
import { PipelineError, errorCode, errorMessage } from '../errors';
import type { HttpClient, HttpResponse } from '../http/client';
import { parseRetryAfter } from '../http/client';
import type { Logger } from '../log';
import { enqueueArticleJobs } from '../workers/enqueue';
import { countRecentItems, newSeenKeys, perDayFromRecent } from './entry-plan';
import { feedContentType } from './feed-charset';
import { decodeHtml } from '../text/charset';
import { addFeedEvent, findFeed, updateFeed } from './feed-store';
import { discoverFeedLinks } from './parse/discover';
import { DEFAULT_BATCH_ITEMS, parseFeedStream, type ItemBatchConsumer } from './parse';
import type { FeedItem, ParsedFeed } from './parse/types';
import { nextPollAt, parseMaxAge } from './schedule';
import { storeEntryBatch } from './store-entries';
import { readWireFeed } from '../wire/pull';
import { withLinkHubs } from '../websub/discover';
import type { FeedRow } from '../../db/schema';
import { formatByteSize } from '../settings/byte-size';

/** What a feed reader asks for: feed types first, any XML or JSON next. */
export const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/** Tunables of one fetch; tests lower the worker threshold to take the worker path with a small body. */
export interface FetchFeedOptions {
  /** Bodies above this are parsed in a worker thread (default: the parser's WORKER_THRESHOLD_BYTES). */
  workerThresholdBytes?: number;
  /** Items per stored batch (default DEFAULT_BATCH_ITEMS). */
  batchItems?: number;
}

export interface FeedFetchResult {
  outcome: 'ok' | 'not-modified' | 'error' | 'skipped';
  status: number | null;
  newEntries: number;
  updatedEntries: number;
  code: string | null;
}

/** Polls one feed now and records the result on its row. */
export async function fetchFeed(deps: Deps, feedId: number, log: Logger, opts: FetchFeedOptions = {}): Promise<FeedFetchResult> {
  const feed = await findFeed(deps.db, feedId);
  if (!feed || !feed.active || feed.paused || feed.type === 'push' || feed.type === 'folder') return { outcome: 'skipped', status: null, newEntries: 0, updatedEntries: 0, code: null };
  const store = entryStore(deps, feed);
  try {
    const maxBodyBytes = feed.max_body_bytes ?? undefined;
    const res = await deps.http.get({ url: feed.url, etag: feed.etag, lastModified: feed.last_modified, accept: FEED_ACCEPT, maxBodyBytes });
    if (res.status === 304) return await recordNotModified(deps, feed, res);
    if (res.status === 429 || res.status === 503) {
      throw new PipelineError('FETCH_RATE_LIMITED', `${feed.url} answered ${res.status}`, { status: res.status, retryAfterMs: parseRetryAfter(res.headers['retry-after'], deps.clock.now()) });
    }
    if (res.status >= 400) throw new PipelineError('FETCH_HTTP_ERROR', `${feed.url} answered HTTP ${res.status}`, { status: res.status, retryable: res.status >= 500 });
    const wire = await readWireFeed(deps.db, feed, res.body, deps.clock.now());
    const doc = wire ? await storeWhole(wire, res, store.onBatch, opts) : await streamOrDiscover(deps.http, feed.url, res, store.onBatch, opts, maxBodyBytes);
    if (doc.discoveredFrom) await addFeedEvent(deps.db, feed.id, 'discovered', { page: doc.discoveredFrom, feed: doc.response.url }, deps.clock.now());
    return await recordSuccess(deps, feed, doc.response, withLinkHubs(doc.parsed, doc.response.headers.link, doc.response.url), store.totals, log);
  } catch (err) {
    return recordFailure(deps, feed, explainTooLarge(err, feed, deps.settings.http.maxBodyBytes), store.totals, log);
  }
}

/** What the batches of one fetch added up to; `now` is the time of the first batch (its entries' first_seen_at). */
interface StoreTotals { created: number; updated: number; recent: number; now: Date | null }

/** Stores each batch (one transaction) and enqueues its article jobs; keeps only counts and the document's seen keys. */
function entryStore(deps: Deps, feed: FeedRow): { onBatch: ItemBatchConsumer; totals: StoreTotals } {
  const totals: StoreTotals = { created: 0, updated: 0, recent: 0, now: null };
  const seen = newSeenKeys();
  const onBatch = async (items: FeedItem[]) => {
    const now = (totals.now ??= deps.clock.now());
    const stored = await storeEntryBatch(deps.db, feed, items, now, seen);
    await enqueueArticleJobs(deps, [...stored.created, ...stored.updated]);
    totals.created += stored.created.length;
    totals.updated += stored.updated.length;
    totals.recent += countRecentItems(items, now);
  };
  return { onBatch, totals };
}

/** A wire document arrives parsed whole; its items go through the same batches. */
async function storeWhole(parsed: ParsedFeed, res: HttpResponse, onBatch: ItemBatchConsumer, opts: FetchFeedOptions): Promise<FeedDocument> {
  const size = opts.batchItems ?? DEFAULT_BATCH_ITEMS;
  for (let i = 0; i < parsed.items.length; i += size) await onBatch(parsed.items.slice(i, i + size));
  return { parsed: { ...parsed, items: [] }, response: res, discoveredFrom: null };
}

/** A parsed feed, the response it came from, and the page that advertised it when one did. */
export interface FeedDocument {
  parsed: ParsedFeed;
  response: HttpResponse;
  discoveredFrom: string | null;
}

/** Parses a feed response; an HTML page advertising a feed with <link rel="alternate"> is followed once. Writes nothing. */
export async function parseOrDiscover(http: HttpClient, pageUrl: string, res: HttpResponse): Promise<FeedDocument> {
  const items: FeedItem[] = [];
  const doc = await streamOrDiscover(http, pageUrl, res, (batch) => { for (const it of batch) items.push(it); }, {});
  return { ...doc, parsed: { ...doc.parsed, items } };
}

/**
 * parseOrDiscover with the items handed to `onBatch` as they are parsed; the returned feed has no
 * items. A page is searched for a feed link only when it gave no items; the feed it names is fetched
 * with the same body cap (`maxBodyBytes`, default the client's).
 */
export async function streamOrDiscover(http: HttpClient, pageUrl: string, res: HttpResponse, onBatch: ItemBatchConsumer, opts: FetchFeedOptions, maxBodyBytes?: number): Promise<FeedDocument> {
  let delivered = 0;
  const counted: ItemBatchConsumer = (items) => { delivered += items.length; return onBatch(items); };
  const parseOpts = (r: HttpResponse) => ({ ...opts, url: r.url, contentType: feedContentType(r.body, r.headers['content-type']) });
  const first = await parseFeedStream(res.body, parseOpts(res), counted);
  if (first.ok) return { parsed: first.feed, response: res, discoveredFrom: null };
  const looksHtml = /html/i.test(res.headers['content-type'] ?? '') || /^\s*(<!doctype html|<html)/i.test(res.body.subarray(0, 512).toString('latin1'));
  const link = looksHtml && delivered === 0 ? discoverFeedLinks(decodeHtml(res.body, res.headers['content-type']), res.url)[0] : undefined;
  if (!link) throw new PipelineError(first.code, `${pageUrl}: ${first.reason}`, { retryable: false });
  const next = await http.get({ url: link, accept: FEED_ACCEPT, maxBodyBytes });
  if (next.status >= 400) throw new PipelineError('FETCH_HTTP_ERROR', `${link} (advertised by ${pageUrl}) answered HTTP ${next.status}`, { status: next.status });
  const second = await parseFeedStream(next.body, parseOpts(next), counted);
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

async function recordSuccess(deps: Deps, feed: FeedRow, res: HttpResponse, parsed: ParsedFeed, stored: StoreTotals, log: Logger): Promise<FeedFetchResult> {
  const now = deps.clock.now();
  const state = { ttl: parsed.ttl_minutes, skip_hours: parsed.skip_hours, skip_days: parsed.skip_days, per_day: perDayFromRecent(stored.recent), hubs: parsed.hubs };
  const moved = res.permanentUrl && res.permanentUrl !== feed.url ? res.permanentUrl : null;
  if (moved) await addFeedEvent(deps.db, feed.id, 'moved', { from: feed.url, to: moved, redirects: res.redirects }, now);
  await updateFeed(deps.db, feed.id, {
    ...healthColumns(now, res, stored.created, feed),
    ...(moved ? { url: moved } : {}),
    title: feed.title ?? parsed.title,
    site_url: parsed.link ?? feed.site_url,
    etag: res.headers.etag ?? null,
    last_modified: res.headers['last-modified'] ?? null,
    poll_state: JSON.stringify({ ...(feed.poll_state as object), ...state }),
    next_due_at: due(deps, feed, now, 0, res, state),
  });
  log.info({ feed_id: feed.id, new_entries: stored.created, updated_entries: stored.updated, status: res.status }, 'feed fetched');
  return { outcome: 'ok', status: res.status, newEntries: stored.created, updatedEntries: stored.updated, code: null };
}

/** Records a failed fetch; entries stored by earlier batches of it stay, and the message says how many. */
async function recordFailure(deps: Deps, feed: FeedRow, err: unknown, stored: StoreTotals, log: Logger): Promise<FeedFetchResult> {
  const now = deps.clock.now();
  const code = errorCode(err);
  const errorCount = feed.error_count + 1;
  const pause = errorCount >= deps.settings.fetch.maxErrors || (err instanceof PipelineError && err.status === 410);
  const retryAfterMs = err instanceof PipelineError ? err.retryAfterMs : undefined;
  const partial = stored.created + stored.updated > 0 ? ` (${stored.created} new and ${stored.updated} updated entries stored before the failure)` : '';
  const message = printable(errorMessage(err)).slice(0, 1000 - partial.length) + partial;
  await updateFeed(deps.db, feed.id, {
    last_fetched_at: now,
    last_status: err instanceof PipelineError ? (err.status ?? null) : null,
    last_new_entries: stored.created,
    fetch_count: feed.fetch_count + 1,
    error_code: code,
    error_message: message,
    error_count: errorCount,
    next_due_at: nextPollAt({ intervalS: feed.poll_interval_s, bounds: bounds(deps), now, errorCount, retryAfterMs, random: deps.random() }),
    ...(pause ? { paused: true, paused_reason: `${code} ${errorCount} time(s) in a row: ${message.slice(0, 300)}` } : {}),
  });
  if (pause) await addFeedEvent(deps.db, feed.id, 'paused', { code, error_count: errorCount }, now);
  log.warn({ feed_id: feed.id, code, error_count: errorCount, paused: pause, new_entries: stored.created, err: errorMessage(err) }, 'feed fetch failed');
  return { outcome: 'error', status: err instanceof PipelineError ? (err.status ?? null) : null, newEntries: stored.created, updatedEntries: stored.updated, code };
}

/**
 * A feed cut at its body cap keeps the code FETCH_TOO_LARGE; its message adds which cap applied and
 * what the operator can raise: the feed's `max_body` in feeds.yaml, or WIREROOM_HTTP_MAX_BODY for all.
 */
export function explainTooLarge(err: unknown, feed: Pick<FeedRow, 'source_id' | 'max_body_bytes'>, globalMaxBodyBytes: number): unknown {
  if (!(err instanceof PipelineError) || err.code !== 'FETCH_TOO_LARGE') return err;
  const own = feed.max_body_bytes;
  const cap = own === null ? `WIREROOM_HTTP_MAX_BODY, ${formatByteSize(globalMaxBodyBytes)}` : `max_body ${formatByteSize(own)}`;
  const fix = `set ${own === null ? '' : 'a larger '}\`max_body:\` (e.g. "60MB", up to "1GB") on this feed or its source "${feed.source_id}" in feeds.yaml, or raise WIREROOM_HTTP_MAX_BODY for every feed and article page`;
  return new PipelineError('FETCH_TOO_LARGE', `${err.message} (cap: ${cap}). To fetch it, ${fix}`, { retryable: false, status: err.status, cause: err });
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
