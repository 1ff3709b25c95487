/**
 * The Prometheus metrics of one process: a prom-client Registry built once at start-up and put in
 * Deps. Not prom-client's global registry, so two Deps in one test process never collide.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Fetch durations run from a 304 on loopback (ms) to a slow drip cut at the body timeout (30 s). */
const FETCH_BUCKETS_S = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Jobs: an article job fetches and extracts a page, up to the 10 s extract timeout plus storage. */
const JOB_BUCKETS_S = [0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
/** Source-to-portal latency: from seconds (a fast wire) to days (a review queue over a weekend). */
const LATENCY_BUCKETS_S = [30, 60, 120, 300, 600, 1800, 3600, 3 * 3600, 12 * 3600, 86400, 3 * 86400];

export interface Metrics {
  registry: Registry;
  feedFetches: Counter<'outcome' | 'status'>;
  feedFetchDuration: Histogram<'outcome'>;
  entriesIngested: Counter<'kind'>;
  articlesExtracted: Counter<'content_from'>;
  articlesPublished: Counter;
  extractionFailures: Counter<'code'>;
  jobDuration: Histogram<'queue' | 'result'>;
  sourceToPortal: Histogram;
}

/** Builds the registry and every metric this process records; `defaults` adds process/Node metrics. */
export function createMetrics(opts: { defaults?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (opts.defaults !== false) collectDefaultMetrics({ register: registry, prefix: 'wireroom_' });
  const registers = [registry];
  return {
    registry,
    feedFetches: new Counter({
      name: 'wireroom_feed_fetches_total',
      help: 'Feed fetches by outcome (ok, not-modified, error, skipped) and HTTP status ("none" when no response).',
      labelNames: ['outcome', 'status'],
      registers,
    }),
    feedFetchDuration: new Histogram({
      name: 'wireroom_feed_fetch_duration_seconds',
      help: 'Time to fetch, parse and store one feed.',
      labelNames: ['outcome'],
      buckets: FETCH_BUCKETS_S,
      registers,
    }),
    entriesIngested: new Counter({
      name: 'wireroom_entries_ingested_total',
      help: 'Feed entries stored: new or updated.',
      labelNames: ['kind'],
      registers,
    }),
    articlesExtracted: new Counter({
      name: 'wireroom_articles_processed_total',
      help: 'Article jobs that stored an item, by where the content came from (article = extracted from the page, feed = the feed fallback).',
      labelNames: ['content_from'],
      registers,
    }),
    articlesPublished: new Counter({
      name: 'wireroom_articles_published_total',
      help: 'Items published by the pipeline (not by an editor).',
      registers,
    }),
    extractionFailures: new Counter({
      name: 'wireroom_extraction_failures_total',
      help: 'Article pages that could not be extracted, by code (EXTRACT_NO_ARTICLE, HTTP_404, FETCH_TIMEOUT, NO_LINK, ...).',
      labelNames: ['code'],
      registers,
    }),
    jobDuration: new Histogram({
      name: 'wireroom_job_duration_seconds',
      help: 'Job run time per queue; result is done or failed (a failed try is retried by the queue).',
      labelNames: ['queue', 'result'],
      buckets: JOB_BUCKETS_S,
      registers,
    }),
    sourceToPortal: new Histogram({
      name: 'wireroom_source_to_portal_seconds',
      help: "From the source's published_at to our publication, for items the pipeline published.",
      buckets: LATENCY_BUCKETS_S,
      registers,
    }),
  };
}
