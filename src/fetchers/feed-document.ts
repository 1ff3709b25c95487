/**
 * Reading a fetched feed document: the body is parsed as a feed, its items handed on in batches; an
 * HTML page advertising a feed with <link rel="alternate"> is followed once. The pull channel's one
 * place where feed bytes become text (through feedContentType and the parser). Writes nothing.
 */
import { PipelineError } from '../errors';
import type { HttpClient, HttpResponse } from '../http/client';
import { feedContentType } from './feed-charset';
import { decodeHtml } from '../text/charset';
import { discoverFeedLinks } from './parse/discover';
import { parseFeedStream, type ItemBatchConsumer } from './parse';
import type { FeedItem, ParsedFeed } from './parse/types';

/** What a feed reader asks for: feed types first, any XML or JSON next. */
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/** Tunables of one fetch; tests lower the worker threshold to take the worker path with a small body. */
export interface FetchFeedOptions {
  /** Bodies above this are parsed in a worker thread (default: the parser's WORKER_THRESHOLD_BYTES). */
  workerThresholdBytes?: number;
  /** Items per stored batch (default DEFAULT_BATCH_ITEMS). */
  batchItems?: number;
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
  const doc = await streamOrDiscover(
    http,
    pageUrl,
    res,
    (batch) => {
      for (const it of batch) items.push(it);
    },
    {},
  );
  return { ...doc, parsed: { ...doc.parsed, items } };
}

/**
 * parseOrDiscover with the items handed to `onBatch` as they are parsed; the returned feed has no
 * items. A page is searched for a feed link only when it gave no items; the feed it names is fetched
 * with the same body cap (`maxBodyBytes`, default the client's).
 */
export async function streamOrDiscover(
  http: HttpClient,
  pageUrl: string,
  res: HttpResponse,
  onBatch: ItemBatchConsumer,
  opts: FetchFeedOptions,
  maxBodyBytes?: number,
): Promise<FeedDocument> {
  let delivered = 0;
  const counted: ItemBatchConsumer = (items) => {
    delivered += items.length;
    return onBatch(items);
  };
  const parseOpts = (r: HttpResponse) => ({ ...opts, url: r.url, contentType: feedContentType(r.body, r.headers['content-type']) });
  const first = await parseFeedStream(res.body, parseOpts(res), counted);
  if (first.ok) return { parsed: first.feed, response: res, discoveredFrom: null };
  const looksHtml =
    /html/i.test(res.headers['content-type'] ?? '') || /^\s*(<!doctype html|<html)/i.test(res.body.subarray(0, 512).toString('latin1'));
  const link = looksHtml && delivered === 0 ? discoverFeedLinks(decodeHtml(res.body, res.headers['content-type']), res.url)[0] : undefined;
  if (!link) throw new PipelineError(first.code, `${pageUrl}: ${first.reason}`, { retryable: false });
  const next = await http.get({ url: link, accept: FEED_ACCEPT, maxBodyBytes });
  if (next.status >= 400)
    throw new PipelineError('FETCH_HTTP_ERROR', `${link} (advertised by ${pageUrl}) answered HTTP ${next.status}`, { status: next.status });
  const second = await parseFeedStream(next.body, parseOpts(next), counted);
  if (!second.ok) throw new PipelineError(second.code, `${link} (advertised by ${pageUrl}): ${second.reason}`, { retryable: false });
  return { parsed: second.feed, response: { ...next, permanentUrl: next.url }, discoveredFrom: pageUrl };
}
