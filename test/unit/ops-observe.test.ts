/** What a processed article or a feed fetch adds to the metrics (src/metrics/observe.ts). */
import { createMetrics, feedFetchLabels, observeArticle, recordFeedFetch } from '../../src/metrics';
import { bearerMatches, operatorAuthorized } from '../../src/publish/admin/bearer';

const start = new Date('2026-11-28T10:00:00Z');
const row = (o: Partial<Parameters<typeof observeArticle>[0]>) => ({
  status: 'published',
  content_from: 'page',
  extract_error: null,
  published_at: new Date('2026-11-28T09:50:00Z'),
  published_on: new Date('2026-11-28T10:00:01Z'),
  ...o,
});

describe('observeArticle', () => {
  it.each([
    ['published by this job', row({}), { publishedNow: true, latencySeconds: 601, failureCode: null }],
    [
      'published earlier (a source update)',
      row({ published_on: new Date('2026-11-28T08:00:00Z') }),
      { publishedNow: false, latencySeconds: null },
    ],
    ['held for review', row({ status: 'queued', published_on: null }), { publishedNow: false, latencySeconds: null }],
    ['published without a source date', row({ published_at: null }), { publishedNow: true, latencySeconds: null }],
    ['source clock ahead of ours', row({ published_at: new Date('2026-11-28T11:00:00Z') }), { publishedNow: true, latencySeconds: 0 }],
    [
      'feed fallback after a 404',
      row({ content_from: 'feed', extract_error: 'HTTP_404' }),
      { contentFrom: 'feed', failureCode: 'HTTP_404' },
    ],
    ['page content with a stale code', row({ extract_error: 'EXTRACT_NO_ARTICLE' }), { contentFrom: 'page', failureCode: null }],
  ])('%s', (_name, r, want) => {
    expect(observeArticle(r, start)).toMatchObject(want);
  });
});

describe('feed fetches', () => {
  it('labels a fetch without a response with status "none"', () => {
    expect(feedFetchLabels({ outcome: 'error', status: null, newEntries: 0, updatedEntries: 0 })).toEqual({
      outcome: 'error',
      status: 'none',
    });
    expect(feedFetchLabels({ outcome: 'not-modified', status: 304, newEntries: 0, updatedEntries: 0 })).toEqual({
      outcome: 'not-modified',
      status: '304',
    });
  });

  it('counts fetches, durations and entries', async () => {
    const m = createMetrics({ defaults: false });
    recordFeedFetch(m, { outcome: 'ok', status: 200, newEntries: 3, updatedEntries: 1 }, 0.2);
    recordFeedFetch(m, { outcome: 'ok', status: 200, newEntries: 0, updatedEntries: 0 }, 0.1);
    const text = await m.registry.metrics();
    expect(text).toContain('wireroom_feed_fetches_total{outcome="ok",status="200"} 2');
    expect(text).toContain('wireroom_entries_ingested_total{kind="new"} 3');
    expect(text).toContain('wireroom_entries_ingested_total{kind="updated"} 1');
    expect(text).toContain('wireroom_feed_fetch_duration_seconds_count{outcome="ok"} 2');
  });
});

describe('operator tokens', () => {
  it.each([
    ['Bearer s3cret', true],
    ['bearer s3cret', true],
    ['Bearer s3cre', false],
    ['Bearer s3cret2', false],
    ['s3cret', false],
    [`Basic ${Buffer.from('ops:s3cret').toString('base64')}`, true],
    [`Basic ${Buffer.from('ops:wrong').toString('base64')}`, false],
    [`Basic ${Buffer.from('s3cret').toString('base64')}`, false],
  ])('%s → %s', (header, ok) => {
    expect(operatorAuthorized(header, 's3cret')).toBe(ok);
  });

  it('accepts only Bearer where a Bearer token is asked for', () => {
    expect(bearerMatches(`Basic ${Buffer.from('ops:s3cret').toString('base64')}`, 's3cret')).toBe(false);
    expect(bearerMatches(undefined, 's3cret')).toBe(false);
  });
});
