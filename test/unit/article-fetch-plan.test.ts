/** planArticleFetchOutcome: a page failing only for now waits (retry or deferral), never becomes a stub early. Pure. */
import {
  MIN_DEFER_MS,
  PAGE_RETRY_MAX_MS,
  holdStub,
  isSummaryStub,
  planArticleFetchOutcome,
  type ArticleFetchAction,
  type ArticleFetchFacts,
  type ArticleFetchSettings,
} from '../../src/workers/article-fetch-plan';

const S: ArticleFetchSettings = { retryBaseMs: 30_000, maxWaitMs: 3_600_000, giveUp: 'summary' };
const HOLD: ArticleFetchSettings = { ...S, giveUp: 'hold' };
const facts = (fetch: ArticleFetchFacts['fetch'], over: Partial<ArticleFetchFacts> = {}): ArticleFetchFacts => ({
  fetch,
  attempt: 1,
  maxAttempts: 5,
  waitedMs: 0,
  recheck: false,
  ...over,
});

const cases: [string, ArticleFetchFacts, ArticleFetchSettings, ArticleFetchAction][] = [
  ['an article is stored', facts({ kind: 'article' }), S, { kind: 'store-article' }],
  [
    'a 404 falls back to the feed at once',
    facts({ kind: 'final', code: 'HTTP_404' }),
    S,
    { kind: 'store-summary', code: 'HTTP_404', hold: false },
  ],
  [
    'a final failure is never held, even with hold',
    facts({ kind: 'final', code: 'EXTRACT_NO_ARTICLE' }),
    HOLD,
    { kind: 'store-summary', code: 'EXTRACT_NO_ARTICLE', hold: false },
  ],
  [
    'a first 500 retries after the base, not after seconds',
    facts({ kind: 'transient', code: 'HTTP_500' }),
    S,
    { kind: 'retry', code: 'HTTP_500', delayMs: 30_000 },
  ],
  [
    'the fourth 500 waits 4 minutes',
    facts({ kind: 'transient', code: 'HTTP_500' }, { attempt: 4 }),
    S,
    { kind: 'retry', code: 'HTTP_500', delayMs: 240_000 },
  ],
  [
    'the back-off is capped',
    facts({ kind: 'transient', code: 'FETCH_NETWORK' }, { attempt: 9, maxAttempts: 20 }),
    S,
    { kind: 'retry', code: 'FETCH_NETWORK', delayMs: PAGE_RETRY_MAX_MS },
  ],
  [
    'the last try of a transient failure gives the summary',
    facts({ kind: 'transient', code: 'FETCH_TIMEOUT' }, { attempt: 5 }),
    S,
    { kind: 'store-summary', code: 'FETCH_TIMEOUT', hold: false },
  ],
  [
    'the last try holds it for an editor with hold',
    facts({ kind: 'transient', code: 'HTTP_502' }, { attempt: 5 }),
    HOLD,
    { kind: 'store-summary', code: 'HTTP_502', hold: true },
  ],
  [
    'a 429 defers by the pause in force, no try used',
    facts({ kind: 'rate-limited', code: 'HTTP_429', waitMs: 60_000 }, { attempt: 5 }),
    S,
    { kind: 'defer', code: 'HTTP_429', delayMs: 60_000 },
  ],
  [
    'a paused host without a known pause defers by the back-off',
    facts({ kind: 'rate-limited', code: 'FETCH_RATE_LIMITED', waitMs: undefined }, { attempt: 2 }),
    S,
    { kind: 'defer', code: 'FETCH_RATE_LIMITED', delayMs: 60_000 },
  ],
  [
    'Retry-After: 0 still waits a moment',
    facts({ kind: 'rate-limited', code: 'HTTP_503', waitMs: 0 }),
    S,
    { kind: 'defer', code: 'HTTP_503', delayMs: MIN_DEFER_MS },
  ],
  [
    'a wait past WIREROOM_PAGE_MAX_WAIT gives up',
    facts({ kind: 'rate-limited', code: 'HTTP_429', waitMs: 120_000 }, { waitedMs: 3_500_000 }),
    HOLD,
    { kind: 'store-summary', code: 'HTTP_429', hold: true },
  ],
  [
    'a re-check keeps its stored copy on a 500 (the store plan) instead of waiting',
    facts({ kind: 'transient', code: 'HTTP_500' }, { recheck: true }),
    HOLD,
    { kind: 'store-summary', code: 'HTTP_500', hold: false },
  ],
  [
    'a re-check of a paused host does not wait either',
    facts({ kind: 'rate-limited', code: 'HTTP_429', waitMs: 5000 }, { recheck: true }),
    S,
    { kind: 'store-summary', code: 'HTTP_429', hold: false },
  ],
];

describe('planArticleFetchOutcome', () => {
  it.each(cases)('%s', (_name, f, s, expected) => {
    expect(planArticleFetchOutcome(f, s)).toEqual(expected);
  });
});

describe('stubs', () => {
  it.each([
    ['feed content after a failed page', { contentFrom: 'feed', extractError: 'HTTP_500' }, true],
    ['feed content of a wire item', { contentFrom: 'feed', extractError: null }, false],
    ['a page', { contentFrom: 'page', extractError: null }, false],
  ])('%s: isSummaryStub = %s', (_name, item, stub) => {
    expect(isSummaryStub(item)).toBe(stub);
  });

  it('a held stub goes to the queue; held and queued stay as they are', () => {
    expect(holdStub({ status: 'published', reason: null }, 'HTTP_500')).toEqual({
      status: 'queued',
      reason: 'page not fetched (HTTP_500): held for an editor instead of publishing the feed summary',
    });
    expect(holdStub({ status: 'held', reason: 'rights' }, 'HTTP_500')).toEqual({ status: 'held', reason: 'rights' });
    expect(holdStub({ status: 'queued', reason: 'review' }, 'HTTP_500')).toEqual({ status: 'queued', reason: 'review' });
  });
});
