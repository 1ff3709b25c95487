/**
 * The article job: fetch the entry's page through the careful client, extract the article and
 * its attribution, fall back to the feed's own content when that fails, then store the item and
 * publish it or queue it for review. Retryable fetch failures are retried by the queue; on the
 * last attempt the feed content is used so nothing is lost.
 */
import type { Deps } from '../deps';
import { PipelineError, errorCode } from '../errors';
import type { Job } from '../queue';
import type { Logger } from '../log';
import { decodeBody } from '../text/charset';
import { buildItem } from './build-item';
import type { ArticleJob } from './enqueue';
import { extractArticle, sanitizeHtml } from './extract';
import type { ExtractedArticle } from './extract/types';
import { loadEntryContext, type EntryContext } from './load-entry';
import { storeItem } from './store-item';

const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';

/** Processes one article job; returns the stored item's id and status for the job's log line. */
export async function processArticle(deps: Deps, job: Job<ArticleJob>, log: Logger): Promise<{ itemId: number; status: string } | null> {
  const started = performance.now();
  const ctx = await loadEntryContext(deps.db, job.data.entryId);
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
  log.info({ entry_id: ctx.entry.id, item_id: stored.id, status: stored.status, content_from: built.contentFrom, code: error, duration_ms: Math.round(performance.now() - started) }, 'article processed');
  return { itemId: stored.id, status: stored.status };
}

async function fetchAndExtract(deps: Deps, ctx: EntryContext, job: Job<ArticleJob>): Promise<{ article: ExtractedArticle | null; error: string | null }> {
  if (!ctx.entry.link) return { article: null, error: 'NO_LINK' };
  try {
    const res = await deps.http.get({ url: ctx.entry.link, accept: PAGE_ACCEPT, signal: AbortSignal.timeout(deps.settings.work.extractTimeoutMs) });
    if (res.status === 429 || res.status === 503) throw new PipelineError('FETCH_RATE_LIMITED', `${ctx.entry.link} answered ${res.status}`, { status: res.status });
    if (res.status >= 400) return { article: null, error: `HTTP_${res.status}` };
    const { text } = decodeBody(res.body, { contentType: res.headers['content-type'], kind: 'html' });
    const article = extractArticle(text, res.url, {
      ...(ctx.extract ?? {}),
      hints: { title: ctx.entry.title, published_at: ctx.entry.published_at?.toISOString() ?? null, authors: ctx.entry.authors, source: ctx.entry.origin },
    });
    return { article, error: article ? null : 'EXTRACT_NO_ARTICLE' };
  } catch (err) {
    const retryable = err instanceof PipelineError ? err.retryable : true;
    if (retryable && job.attempt < job.maxAttempts) throw err;
    return { article: null, error: errorCode(err) };
  }
}
