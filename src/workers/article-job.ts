/**
 * The article job: fetch the entry's page through the careful client, extract the article and
 * its attribution, fall back to the feed's own content when that fails, then store the item and
 * publish it or queue it for review. robots.txt is asked first; extraction runs in a thread pool
 * under the item's time limit (settings.work.extractTimeoutMs covers fetch + extraction).
 * What a failed fetch leads to is planArticleFetchOutcome's call (article-fetch-plan.ts): a page
 * failing only for now is retried or deferred, never stored as a stub meanwhile; a page that will not
 * get better, or one whose retries ran out, gives the feed's content. Wire entries have their own
 * job kind (entry-job.ts): this job does not look for wire facts.
 */
import type { Deps } from '../deps';
import { ERROR_CODES, PipelineError, errorCode, type ErrorCode } from '../errors';
import { JobDeferred, type Job } from '../queue';
import type { Logger } from '../log';
import { decodeBody } from '../text/charset';
import { buildItem } from './build-item';
import type { ArticleJob } from './enqueue';
import { articleTools } from './article-tools';
import { holdStub, planArticleFetchOutcome, type PageFetch } from './article-fetch-plan';
import { sanitizeHtml } from './extract';
import type { ExtractedArticle } from './extract/types';
import { loadEntryContext, type EntryContext } from './load-entry';
import { robotsError } from './robots-cache';
import { storeItem } from './store-item';
import type { StoredColumns } from './store-apply';

const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';
/** Extraction always gets at least this long, even when a slow fetch used most of the item's limit. */
const MIN_EXTRACT_BUDGET_MS = 500;

/** Processes one article job (`loaded`: the entry, when the caller already has it); returns the stored item's id and status for the job's log line (and its metric columns). */
export async function processArticle(deps: Deps, job: Job<ArticleJob>, log: Logger, loaded?: EntryContext): Promise<ProcessedEntry | null> {
  const started = performance.now();
  const ctx = loaded ?? (await loadEntryContext(deps.db, job.data.entryId));
  if (!ctx || ctx.entry.version < job.data.version) return null;
  const { article, fetch } = await fetchAndExtract(deps, ctx);
  // Queue time is wall-clock time (the queue's delays are); the job's wait is measured on it.
  const waitedMs = Date.now() - (job.queuedAt ?? Date.now());
  const recheck = fetch.kind === 'transient' || fetch.kind === 'rate-limited' ? await isRecheckPending(deps, ctx.entry.id) : false;
  const action = planArticleFetchOutcome(
    { fetch, attempt: job.attempt, maxAttempts: job.maxAttempts, waitedMs, recheck },
    deps.settings.work.page,
  );
  if (action.kind === 'defer' || action.kind === 'retry') throw waitError(ctx.entry.link, action);
  const error = action.kind === 'store-summary' ? action.code : null;
  const base = ctx.entry.link ?? ctx.source.id;
  const feedHtml = ctx.entry.content_html || ctx.entry.summary;
  const built = buildItem({
    entry: ctx.entry,
    source: ctx.source,
    article: action.kind === 'store-article' ? article : null,
    feedContentHtml: feedHtml ? sanitizeHtml(feedHtml, base) : null,
    extractError: error,
    now: deps.clock.now(),
  });
  if (action.kind === 'store-summary' && action.hold) built.decision = holdStub(built.decision, action.code);
  const stored = await storeItem(deps, built);
  log.info(
    {
      entry_id: ctx.entry.id,
      item_id: stored.id,
      status: stored.status,
      content_from: built.contentFrom,
      code: error,
      duration_ms: Math.round(performance.now() - started),
    },
    'article processed',
  );
  return { itemId: stored.id, status: stored.status, columns: stored.columns };
}

/** What an entry job leaves: the item's id and status, and its metric columns when the store knew them (StoredItem). */
export interface ProcessedEntry {
  itemId: number;
  status: string;
  columns?: StoredColumns;
}

/** Whether the entry's stored item waits for a re-check (asked only when the page failed for now). */
async function isRecheckPending(deps: Deps, entryId: number): Promise<boolean> {
  const row = await deps.db.selectFrom('items').select('recheck_pending').where('entry_id', '=', entryId).executeTakeFirst();
  return row?.recheck_pending === true;
}

/** What the queue gets for a page to try later: a deferral (no try used) or a retryable error with its back-off. */
function waitError(link: string | null, a: { kind: 'defer' | 'retry'; code: string; delayMs: number }): Error {
  const msg = `${link ?? 'page'}: ${a.code}; trying again in ${Math.round(a.delayMs / 1000)} s`;
  if (a.kind === 'defer') return new JobDeferred(a.delayMs, a.code, msg);
  const code: ErrorCode = a.code in ERROR_CODES ? (a.code as ErrorCode) : 'FETCH_HTTP_ERROR';
  return new PipelineError(code, msg, { retryAfterMs: a.delayMs });
}

/** Whether a Content-Type names an HTML page; a missing one is given the benefit of the doubt. */
function isHtmlType(contentType: string | undefined): boolean {
  if (!contentType) return true;
  const mime = contentType.split(';')[0]!.trim().toLowerCase();
  return mime === 'text/html' || mime === 'application/xhtml+xml' || mime === '';
}

/** RFC 9110 §15.5.9 / §15.6: a 408 or a 5xx may work later; 429/503 are the publisher asking us to wait. */
function statusFetch(status: number, pausedMs: number | undefined): PageFetch | null {
  if (status === 429 || status === 503) return { kind: 'rate-limited', code: `HTTP_${status}`, waitMs: pausedMs };
  if (status >= 500 || status === 408) return { kind: 'transient', code: `HTTP_${status}` };
  if (status >= 400) return { kind: 'final', code: `HTTP_${status}` };
  return null;
}

/** What a thrown error means for the page: a paused host waits, a retryable failure is transient, the rest is final. */
function thrownFetch(err: unknown): PageFetch {
  const code = errorCode(err);
  if (err instanceof PipelineError && err.code === 'FETCH_RATE_LIMITED') return { kind: 'rate-limited', code, waitMs: err.retryAfterMs };
  const retryable = err instanceof PipelineError ? err.retryable : true;
  return retryable ? { kind: 'transient', code } : { kind: 'final', code };
}

/** The page's article, and how the fetch ended (the plan decides what that means for the job). */
async function fetchAndExtract(deps: Deps, ctx: EntryContext): Promise<{ article: ExtractedArticle | null; fetch: PageFetch }> {
  const link = ctx.entry.link;
  if (!link) return { article: null, fetch: { kind: 'final', code: 'NO_LINK' } };
  const limitMs = deps.settings.work.extractTimeoutMs;
  const deadline = performance.now() + limitMs;
  const { robots, extractor } = articleTools(deps);
  try {
    const verdict = await robots.check(link);
    if (!verdict.allowed) throw robotsError(verdict);
    const res = await deps.http.get({ url: link, accept: PAGE_ACCEPT, signal: AbortSignal.timeout(limitMs) });
    const refused = statusFetch(res.status, res.hostPausedMs);
    if (refused) return { article: null, fetch: refused };
    if (!isHtmlType(res.headers['content-type'])) return { article: null, fetch: { kind: 'final', code: 'EXTRACT_NOT_HTML' } };
    const { text } = decodeBody(res.body, { contentType: res.headers['content-type'], kind: 'html' });
    const options = {
      ...(ctx.extract ?? {}),
      hints: {
        title: ctx.entry.title,
        published_at: ctx.entry.published_at?.toISOString() ?? null,
        authors: ctx.entry.authors,
        source: ctx.entry.origin,
      },
      now: deps.clock.now().getTime(),
    };
    const article = await extractor.extract(text, res.url, options, Math.max(MIN_EXTRACT_BUDGET_MS, deadline - performance.now()));
    return article ? { article, fetch: { kind: 'article' } } : { article: null, fetch: { kind: 'final', code: 'EXTRACT_NO_ARTICLE' } };
  } catch (err) {
    return { article: null, fetch: thrownFetch(err) };
  }
}
