/**
 * What an article job does with what its page fetch ended with, decided without I/O. A page that
 * only fails for now (5xx, a network error, a publisher asking us to wait with 429/503) is tried
 * again later instead of going out as a stub made of the feed's summary: 5xx and network errors use
 * one of the job's tries, after a back-off of minutes; a rate-limiting host defers the job (no try
 * used) for as long as it asks, up to WIREROOM_PAGE_MAX_WAIT. When the tries or the wait run out,
 * WIREROOM_PAGE_GIVE_UP decides: store the summary under the source's review mode, or hold it in
 * the editors' queue. A page that will not get better (404, not HTML, no article, robots.txt)
 * falls back to the feed's content at once, as before. Pure.
 */

/** How the page fetch and extraction ended, as the shell saw it. */
export type PageFetch =
  | { kind: 'article' }
  /** Nothing to retry: 4xx, not HTML, no article found, robots.txt, no link. */
  | { kind: 'final'; code: string }
  /** 429/503 or a host paused by another worker's 429/503; `waitMs` = the pause in force, when known. */
  | { kind: 'rate-limited'; code: string; waitMs: number | undefined }
  /** 5xx, connection reset, timeout: may work later. */
  | { kind: 'transient'; code: string };

export interface ArticleFetchFacts {
  fetch: PageFetch;
  /** 1 on the first try. */
  attempt: number;
  maxAttempts: number;
  /** Since the job was queued. */
  waitedMs: number;
  /** The job re-checks a stored item: a failure for now keeps the stored copy until the next re-check instead of waiting. */
  recheck: boolean;
}

export interface ArticleFetchSettings {
  /** WIREROOM_PAGE_RETRY_BASE: the first retry's wait after a transient failure; doubles per try. */
  retryBaseMs: number;
  /** WIREROOM_PAGE_MAX_WAIT: the longest a job is deferred for a rate-limiting host. */
  maxWaitMs: number;
  /** WIREROOM_PAGE_GIVE_UP: what a page that never came gives. */
  giveUp: 'summary' | 'hold';
}

export type ArticleFetchAction =
  | { kind: 'store-article' }
  /** Store from the feed's own content; `hold`: queued for an editor whatever the review mode. */
  | { kind: 'store-summary'; code: string; hold: boolean }
  /** Put the job back for `delayMs` without using a try. */
  | { kind: 'defer'; code: string; delayMs: number }
  /** Fail this try; the queue tries again after `delayMs`. */
  | { kind: 'retry'; code: string; delayMs: number };

/** The longest wait between two tries of a page: the queue's cap too. */
export const PAGE_RETRY_MAX_MS = 10 * 60_000;
/** A deferral is never shorter: "Retry-After: 0" from a struggling host is not an invitation to spin. */
export const MIN_DEFER_MS = 1000;

/** The job's next step after its page fetch. */
export function planArticleFetchOutcome(f: ArticleFetchFacts, s: ArticleFetchSettings): ArticleFetchAction {
  const giveUp = (code: string): ArticleFetchAction => ({ kind: 'store-summary', code, hold: s.giveUp === 'hold' });
  switch (f.fetch.kind) {
    case 'article':
      return { kind: 'store-article' };
    case 'final':
      return { kind: 'store-summary', code: f.fetch.code, hold: false };
  }
  if (f.recheck) return { kind: 'store-summary', code: f.fetch.code, hold: false };
  switch (f.fetch.kind) {
    case 'rate-limited': {
      const delayMs = Math.min(Math.max(f.fetch.waitMs ?? backoffMs(f.attempt, s.retryBaseMs), MIN_DEFER_MS), PAGE_RETRY_MAX_MS);
      if (f.waitedMs + delayMs > s.maxWaitMs) return giveUp(f.fetch.code);
      return { kind: 'defer', code: f.fetch.code, delayMs };
    }
    case 'transient':
      if (f.attempt >= f.maxAttempts) return giveUp(f.fetch.code);
      return { kind: 'retry', code: f.fetch.code, delayMs: backoffMs(f.attempt, s.retryBaseMs) };
  }
}

/** The wait before try `attempt + 1`: the base doubled per try, capped. */
function backoffMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 20)), PAGE_RETRY_MAX_MS);
}

/** Whether an item is only its feed's summary because its page failed: such an item is never compared with full texts for duplicates. */
export function isSummaryStub(item: { contentFrom: string; extractError: string | null }): boolean {
  return item.contentFrom === 'feed' && item.extractError !== null;
}

/** The review decision of an item held by WIREROOM_PAGE_GIVE_UP=hold: a publishable stub goes to the editors' queue instead. */
export function holdStub<D extends { status: 'queued' | 'published' | 'held'; reason: string | null }>(decision: D, code: string): D {
  if (decision.status !== 'published') return decision;
  return { ...decision, status: 'queued', reason: `page not fetched (${code}): held for an editor instead of publishing the feed summary` };
}
