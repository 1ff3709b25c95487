/**
 * Turns what a job returned into metric observations. The decisions (labels, whether an item
 * counts as published by this job, its latency) are pure and unit-tested; `record*` only applies
 * them to a Metrics object.
 */
import type { Metrics } from './registry';

/** What fetchFeed returns, as far as metrics care. */
export interface FeedFetchOutcome {
  outcome: string;
  status: number | null;
  newEntries: number;
  updatedEntries: number;
}

/** The item row fields an article observation reads. */
export interface ArticleRow {
  status: string;
  content_from: string;
  extract_error: string | null;
  published_at: Date | null;
  published_on: Date | null;
}

export interface ArticleObservation {
  contentFrom: string;
  failureCode: string | null;
  /** True when this job published the item (its publication time is not older than the job). */
  publishedNow: boolean;
  /** published_on − published_at in seconds; null when not published now or no source date. */
  latencySeconds: number | null;
}

/** Labels for one feed fetch: status "none" when no HTTP response was had. */
export function feedFetchLabels(r: FeedFetchOutcome): { outcome: string; status: string } {
  return { outcome: r.outcome, status: r.status === null ? 'none' : String(r.status) };
}

/** Decides what one processed article adds to the metrics; `jobStartedAt` from the job's clock. */
export function observeArticle(row: ArticleRow, jobStartedAt: Date): ArticleObservation {
  const publishedNow = row.status === 'published' && row.published_on !== null && row.published_on.getTime() >= jobStartedAt.getTime();
  const latency =
    publishedNow && row.published_at && row.published_on ? (row.published_on.getTime() - row.published_at.getTime()) / 1000 : null;
  return {
    contentFrom: row.content_from,
    failureCode: row.content_from === 'page' ? null : row.extract_error,
    publishedNow,
    // A source clock ahead of ours gives a negative age: count it as zero, not as a bogus bucket.
    latencySeconds: latency === null ? null : Math.max(0, latency),
  };
}

/** Records one feed fetch. */
export function recordFeedFetch(m: Metrics, r: FeedFetchOutcome, seconds: number): void {
  m.feedFetches.inc(feedFetchLabels(r));
  m.feedFetchDuration.observe({ outcome: r.outcome }, seconds);
  if (r.newEntries) m.entriesIngested.inc({ kind: 'new' }, r.newEntries);
  if (r.updatedEntries) m.entriesIngested.inc({ kind: 'updated' }, r.updatedEntries);
}

/** Records one processed article. */
export function recordArticle(m: Metrics, o: ArticleObservation): void {
  m.articlesExtracted.inc({ content_from: o.contentFrom });
  if (o.failureCode) m.extractionFailures.inc({ code: o.failureCode });
  if (o.publishedNow) m.articlesPublished.inc();
  if (o.latencySeconds !== null) m.sourceToPortal.observe(o.latencySeconds);
}
