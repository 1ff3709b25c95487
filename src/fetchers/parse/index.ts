/**
 * The feed parser: bytes or text in, a normalized feed (or a coded failure) out. Pure at its core:
 * `parseFeedItems` is a generator that decodes the body in pieces and yields items in batches, so
 * neither the whole decoded text nor all items need be held. `parseFeed` collects it; `parseFeedStream`
 * hands batches to an async consumer (in a worker thread for large bodies, with back-pressure);
 * `parseFeedAsync` collects that.
 */
import { decodeBodyChunks } from '../../text/charset';
import { scrubText } from '../../text/scrub';
import { parseJsonFeed } from './json-feed';
import type { FeedItem, ParseOptions, ParseResult } from './types';
import { parseInWorker } from './worker';
import { parseXmlItems, WINDOW_CHARS, type MoreText } from './xml-feed';

export type { FeedEnclosure, FeedFormat, FeedItem, FeedMedia, ParsedFeed, ParseFailureCode, ParseOptions, ParseResult } from './types';
export { discoverFeedLinks } from './discover';

/** Bodies larger than this are parsed in a worker thread: ~2 MB parses in ~20 ms, 50 MB in ~1 s. */
export const WORKER_THRESHOLD_BYTES = 2 * 1024 * 1024;
/** Items per batch: one multi-row insert (store-entries writes 500 rows a statement), ~5 ms to pass between threads. */
export const DEFAULT_BATCH_ITEMS = 500;
/** How far junk before the document (a PHP warning, stray text) may reach before we give up on it. */
const MAX_LEADING_JUNK_CHARS = 4096;

export interface StreamOptions extends ParseOptions {
  /** Items per batch (default DEFAULT_BATCH_ITEMS). */
  batchItems?: number;
  /** Body bytes (or characters of a string body) read per piece, and the usual window (default WINDOW_CHARS); tests use tiny ones. */
  windowChars?: number;
}

/** 'json' when the body's first significant byte is `{` (JSON Feed), else 'xml'. */
function sniffKind(bytes: Buffer): 'json' | 'xml' {
  for (let i = 0; i < bytes.length && i < MAX_LEADING_JUNK_CHARS; i++) {
    const c = bytes[i];
    if (
      c === 0x20 ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      c === 0x00 ||
      c === 0xef ||
      c === 0xbb ||
      c === 0xbf ||
      c === 0xfe ||
      c === 0xff
    )
      continue;
    return c === 0x7b ? 'json' : 'xml';
  }
  return 'xml';
}

/** A string body in windows (slices share its memory). */
function* stringPieces(text: string, size: number): Generator<string, void, void> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/** Pulls pieces until at least `minChars` characters are gathered; null once nothing is left. */
function reader(pieces: Iterator<string, void>): MoreText {
  return (minChars) => {
    const got: string[] = [];
    let n = 0;
    while (n < minChars) {
      const r = pieces.next();
      if (r.done) break;
      got.push(r.value);
      n += r.value.length;
    }
    return got.length === 0 ? null : got.join('');
  };
}

/**
 * Parses a feed document of any supported format (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1),
 * yielding its items in batches; returns the feed's metadata (`items` empty) or a coded failure.
 * The coded failures are all decided before the first batch (PARSE_TOO_DEEP only when no item was found).
 */
export function* parseFeedItems(body: Buffer | string, opts: StreamOptions): Generator<FeedItem[], ParseResult, void> {
  const gen = parseUnscrubbed(body, opts);
  let step = gen.next();
  for (; !step.done; step = gen.next()) yield scrubText(step.value);
  if (step.value.ok) scrubText(step.value.feed);
  return step.value;
}

function* parseUnscrubbed(body: Buffer | string, opts: StreamOptions): Generator<FeedItem[], ParseResult, void> {
  const batchItems = opts.batchItems ?? DEFAULT_BATCH_ITEMS;
  const windowChars = opts.windowChars ?? WINDOW_CHARS;
  const pieces =
    typeof body === 'string'
      ? stringPieces(body.replace(/^\ufeff/, ''), windowChars)
      : decodeBodyChunks(body, { contentType: opts.contentType, kind: sniffKind(body) }, windowChars);
  const more = reader(pieces);
  let head = '';
  let start = -1;
  let ended = false;
  while (!ended && (start < 0 || head.length <= start + MAX_LEADING_JUNK_CHARS)) {
    const next = more(windowChars);
    if (next === null) ended = true;
    else {
      head += next;
      if (start < 0) start = head.search(/\S/);
    }
  }
  if (start < 0) return { ok: false, code: 'PARSE_EMPTY', reason: 'the body is empty' };
  const first = head[start];
  if (first === '{' || first === '[') return yield* jsonItems(head + (more(Infinity) ?? ''), opts.url, batchItems);
  const lt = head.indexOf('<', start);
  if (lt < 0 || lt - start > MAX_LEADING_JUNK_CHARS)
    return { ok: false, code: 'PARSE_NOT_A_FEED', reason: 'no markup at the start of the body' };
  return yield* parseXmlItems(lt === 0 ? head : head.slice(lt), more, opts.url, batchItems, windowChars);
}

/** JSON Feed is parsed whole (JSON.parse has no streaming form); its items still go out in batches. */
function* jsonItems(text: string, url: string | undefined, batchItems: number): Generator<FeedItem[], ParseResult, void> {
  const r = parseJsonFeed(text, url);
  if (!r.ok) return r;
  const items = r.feed.items;
  r.feed.items = [];
  for (let i = 0; i < items.length; i += batchItems) yield items.slice(i, i + batchItems);
  return r;
}

/** Parses a feed document of any supported format, all items in `feed.items`. */
export function parseFeed(body: Buffer | string, opts: ParseOptions): ParseResult {
  const items: FeedItem[] = [];
  const gen = parseFeedItems(body, { ...opts, batchItems: Infinity });
  let step = gen.next();
  for (; !step.done; step = gen.next()) for (const it of step.value) items.push(it);
  if (step.value.ok) step.value.feed.items = items;
  return step.value;
}

export interface FeedStreamOptions extends StreamOptions {
  /** Bodies above this are parsed in a worker thread (default WORKER_THRESHOLD_BYTES). */
  workerThresholdBytes?: number;
}

/** Receives one batch; the parse goes on only after the returned promise settles (back-pressure). */
export type ItemBatchConsumer = (items: FeedItem[]) => void | Promise<void>;

/**
 * Parses `body` and hands its items to `onBatch` batch by batch; resolves with the feed's metadata
 * (`items` empty) or a coded failure. Large bodies are parsed in a worker thread that parses at most
 * one batch ahead of the consumer. Rejects when the consumer throws or the worker dies.
 */
export async function parseFeedStream(body: Buffer | string, opts: FeedStreamOptions, onBatch: ItemBatchConsumer): Promise<ParseResult> {
  const size = typeof body === 'string' ? body.length : body.byteLength;
  const { workerThresholdBytes = WORKER_THRESHOLD_BYTES, ...parseOpts } = opts;
  if (size > workerThresholdBytes) return parseInWorker(body, parseOpts, onBatch);
  const gen = parseFeedItems(body, parseOpts);
  let step = gen.next();
  for (; !step.done; step = gen.next()) await onBatch(step.value);
  return step.value;
}

/** Same result as parseFeed; bodies above WORKER_THRESHOLD_BYTES are parsed off the event loop. */
export async function parseFeedAsync(body: Buffer | string, opts: ParseOptions): Promise<ParseResult> {
  const items: FeedItem[] = [];
  const size = typeof body === 'string' ? body.length : body.byteLength;
  const r = await parseFeedStream(
    body,
    { ...opts, batchItems: size > WORKER_THRESHOLD_BYTES ? DEFAULT_BATCH_ITEMS : Infinity },
    (batch) => {
      for (const it of batch) items.push(it);
    },
  );
  if (r.ok) r.feed.items = items;
  return r;
}
