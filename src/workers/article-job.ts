/**
 * The article job: fetch the entry's page through the careful client, extract the article and
 * its attribution, fall back to the feed's own content when that fails, then store the item and
 * publish it or queue it for review. robots.txt is asked first; extraction runs in a thread pool
 * under the item's time limit (settings.work.extractTimeoutMs covers fetch + extraction).
 * Retryable fetch failures are retried by the queue; on the last attempt, and for every
 * non-retryable failure, the feed content is used so nothing is lost. Wire entries have their own
 * job kind (entry-job.ts): this job does not look for wire facts.
 */
import type { Deps } from '../deps';
import { PipelineError, errorCode } from '../errors';
import type { Job } from '../queue';
import type { Logger } from '../log';
import { decodeBody } from '../text/charset';
import { buildItem } from './build-item';
import type { ArticleJob } from './enqueue';
import { articleTools } from './article-tools';
import { sanitizeHtml } from './extract';
import type { ExtractedArticle } from './extract/types';
import { loadEntryContext, type EntryContext } from './load-entry';
import { robotsError } from './robots-cache';
import { storeItem } from './store-item';

const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';
/** Extraction always gets at least this long, even when a slow fetch used most of the item's limit. */
const MIN_EXTRACT_BUDGET_MS = 500;

/** Processes one article job (`loaded`: the entry, when the caller already has it); returns the stored item's id and status for the job's log line. */
export async function processArticle(
  deps: Deps,
  job: Job<ArticleJob>,
  log: Logger,
  loaded?: EntryContext,
): Promise<{ itemId: number; status: string } | null> {
  const started = performance.now();
  const ctx = loaded ?? (await loadEntryContext(deps.db, job.data.entryId));
  if (!ctx || ctx.entry.version < job.data.version) return null;
  const { article, error } = await fetchAndExtract(deps, ctx, job);
  const base = ctx.entry.link ?? ctx.source.id;
  const feedHtml = ctx.entry.content_html || ctx.entry.summary;
  const built = buildItem({
    entry: ctx.entry,
    source: ctx.source,
    article,
    feedContentHtml: feedHtml ? sanitizeHtml(feedHtml, base) : null,
    extractError: error,
    now: deps.clock.now(),
  });
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
  return { itemId: stored.id, status: stored.status };
}

/** Whether a Content-Type names an HTML page; a missing one is given the benefit of the doubt. */
function isHtmlType(contentType: string | undefined): boolean {
  if (!contentType) return true;
  const mime = contentType.split(';')[0]!.trim().toLowerCase();
  return mime === 'text/html' || mime === 'application/xhtml+xml' || mime === '';
}

/** The page's article, or null and the code saying why the feed's own content is used instead. */
async function fetchAndExtract(
  deps: Deps,
  ctx: EntryContext,
  job: Job<ArticleJob>,
): Promise<{ article: ExtractedArticle | null; error: string | null }> {
  const link = ctx.entry.link;
  if (!link) return { article: null, error: 'NO_LINK' };
  const limitMs = deps.settings.work.extractTimeoutMs;
  const deadline = performance.now() + limitMs;
  const { robots, extractor } = articleTools(deps);
  try {
    const verdict = await robots.check(link);
    if (!verdict.allowed) throw robotsError(verdict);
    const res = await deps.http.get({ url: link, accept: PAGE_ACCEPT, signal: AbortSignal.timeout(limitMs) });
    if (res.status === 429 || res.status === 503)
      throw new PipelineError('FETCH_RATE_LIMITED', `${link} answered ${res.status}`, { status: res.status });
    if (res.status >= 400) return { article: null, error: `HTTP_${res.status}` };
    if (!isHtmlType(res.headers['content-type'])) return { article: null, error: 'EXTRACT_NOT_HTML' };
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
    return { article, error: article ? null : 'EXTRACT_NO_ARTICLE' };
  } catch (err) {
    const retryable = err instanceof PipelineError ? err.retryable : true;
    if (retryable && job.attempt < job.maxAttempts) throw err;
    return { article: null, error: errorCode(err) };
  }
}
