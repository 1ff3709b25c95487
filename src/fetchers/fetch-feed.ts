/**
 * The feed-fetch job, the shell: conditional GET → the ingest funnel (wire copy or a feed, stored in
 * batches, entries enqueued) → planFetchOutcome → write the feed's row and events. A failure is
 * recorded on the feed and rescheduled with backoff; it never stops other feeds. Entries stored by
 * batches before a failure stay (they are real entries); the feed's ETag / Last-Modified are then
 * left as they were, so the next poll reads the whole document again and finds them unchanged.
 */
import type { Deps } from '../deps';
import { PipelineError } from '../errors';
import { parseRetryAfter, type HttpResponse } from '../http/client';
import type { Logger } from '../log';
import type { Settings } from '../settings';
import { withLinkHubs } from './websub/discover';
import { wireAsFeed } from './parse/wire/pull';
import { FEED_ACCEPT, streamOrDiscover, type FeedDocument, type FetchFeedOptions } from './feed-document';
import { addFeedEvent, findFeed, updateFeed } from './feed-store';
import {
  isPollable,
  planFetchOutcome,
  SKIPPED,
  type FeedFetchResult,
  type FetchAction,
  type FetchOutcome,
  type FetchPlanSettings,
} from './fetch-plan';
import type { ItemBatchConsumer } from './parse';
import { ingestDocument } from './ingest';
import { declaredWireFormat } from './ingest-plan';
import type { FeedRow } from '../../db/schema';

export type { FeedFetchResult } from './fetch-plan';
export type { FetchFeedOptions } from './feed-document';

/** Polls one feed now and records the result on its row. */
export async function fetchFeed(deps: Deps, feedId: number, log: Logger, opts: FetchFeedOptions = {}): Promise<FeedFetchResult> {
  const feed = await findFeed(deps.db, feedId);
  if (!isPollable(feed)) return SKIPPED;
  const outcome = await poll(deps, feed, log, opts);
  const now = deps.clock.now();
  const action = planFetchOutcome(feed, outcome, now, planSettings(deps.settings), deps.random());
  await carryOut(deps, feed.id, action, now, log);
  return action.result;
}

/** GET → status checks → the ingest funnel; what happened, as a value (every failure included). */
async function poll(deps: Deps, feed: FeedRow, log: Logger, opts: FetchFeedOptions): Promise<FetchOutcome> {
  let stored = { created: 0, updated: 0, recent: 0 };
  try {
    // A wire feed's document is capped like a pushed or dropped one (WIREROOM_WIRE_MAX_BODY), unless the feed sets max_body.
    const maxBodyBytes = feed.max_body_bytes ?? (declaredWireFormat(feed.type) ? deps.settings.wire.maxBodyBytes : undefined);
    const res = await deps.http.get({
      url: feed.url,
      etag: feed.etag,
      lastModified: feed.last_modified,
      accept: FEED_ACCEPT,
      maxBodyBytes,
    });
    if (res.status === 304) return { kind: 'not-modified', response: res };
    const refusal = statusError(feed.url, res, deps.clock.now());
    if (refusal) return { kind: 'failed', error: refusal, stored };
    const readFeed = (onBatch: ItemBatchConsumer) => streamOrDiscover(deps.http, feed.url, res, onBatch, opts, maxBodyBytes);
    const r = await ingestDocument(
      deps,
      feed,
      { channel: 'pull', body: res.body, contentType: res.headers['content-type'], readFeed, batchItems: opts.batchItems },
      log,
    );
    stored = r.totals;
    if (!r.ok) return { kind: 'failed', error: r.error, stored };
    const doc: FeedDocument =
      r.document.kind === 'feed' ? r.document.read : { parsed: wireAsFeed(r.document.live), response: res, discoveredFrom: null };
    if (doc.discoveredFrom)
      await addFeedEvent(deps.db, feed.id, 'discovered', { page: doc.discoveredFrom, feed: doc.response.url }, deps.clock.now());
    return { kind: 'fetched', response: doc.response, feed: withLinkHubs(doc.parsed, doc.response.headers.link, doc.response.url), stored };
  } catch (err) {
    return { kind: 'failed', error: err, stored };
  }
}

/** The error an answer's status stands for, or null: 429/503 wait for Retry-After (RFC 9110 §10.2.3), 5xx are retried, 4xx are not. */
function statusError(url: string, res: HttpResponse, now: Date): PipelineError | null {
  if (res.status === 429 || res.status === 503) {
    return new PipelineError('FETCH_RATE_LIMITED', `${url} answered ${res.status}`, {
      status: res.status,
      retryAfterMs: parseRetryAfter(res.headers['retry-after'], now),
    });
  }
  if (res.status >= 400)
    return new PipelineError('FETCH_HTTP_ERROR', `${url} answered HTTP ${res.status}`, {
      status: res.status,
      retryable: res.status >= 500,
    });
  return null;
}

/** The plan's settings: poll bounds from feeds.yaml defaults, the error streak that pauses, the global body cap. */
function planSettings(s: Settings): FetchPlanSettings {
  const d = s.feeds.defaults;
  return {
    bounds: { minS: d.min_poll_interval, maxS: d.max_poll_interval },
    maxErrors: s.fetch.maxErrors,
    maxBodyBytes: s.http.maxBodyBytes,
    wireMaxBodyBytes: s.wire.maxBodyBytes,
  };
}

/** Writes what the plan decided: the row update, and the feed events (a move before it, a pause after it), then the job's log line. */
async function carryOut(deps: Deps, feedId: number, action: FetchAction, now: Date, log: Logger): Promise<void> {
  if (action.kind === 'record-success' && action.moved) await addFeedEvent(deps.db, feedId, 'moved', action.moved, now);
  await updateFeed(deps.db, feedId, action.update);
  const r = action.result;
  if (action.kind === 'record-success')
    log.info({ feed_id: feedId, new_entries: r.newEntries, updated_entries: r.updatedEntries, status: r.status }, 'feed fetched');
  if (action.kind !== 'record-failure') return;
  if (action.paused) await addFeedEvent(deps.db, feedId, 'paused', action.paused, now);
  log.warn(
    {
      feed_id: feedId,
      code: r.code,
      error_count: action.update.error_count,
      paused: Boolean(action.paused),
      new_entries: r.newEntries,
      err: action.error,
    },
    'feed fetch failed',
  );
}
