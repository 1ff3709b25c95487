/** The pure parts of Portal API 1.0 (issue 20): retry plans, route shapes, paging links, version history, the news sitemap. */
import { buildSettings } from '../../src/settings';
import { patternToRegExp } from '../../src/publish/api/method-not-allowed';
import { linkHeader, pageUrls } from '../../src/publish/api/paging-links';
import { presentVersions } from '../../src/publish/api/versions-present';
import { itemPageUrl, renderNewsSitemap } from '../../src/publish/feeds/news-sitemap';
import { planWebhookRetry, webhookTries } from '../../src/publish/webhooks/retry-plan';

const NOW = new Date('2026-11-20T08:00:00Z');

describe('planWebhookRetry', () => {
  const schedule = [30, 120, 3600];
  it.each([
    [1, { status: 'pending', nextAttemptAt: new Date(NOW.getTime() + 30_000) }],
    [2, { status: 'pending', nextAttemptAt: new Date(NOW.getTime() + 120_000) }],
    [3, { status: 'pending', nextAttemptAt: new Date(NOW.getTime() + 3_600_000) }],
    [4, { status: 'dead' }],
  ])('after %i failed tries', (tries, plan) => expect(planWebhookRetry(tries, schedule, NOW)).toEqual(plan));
  it('an empty schedule is a single try', () => {
    expect(planWebhookRetry(1, [], NOW)).toEqual({ status: 'dead' });
    expect(webhookTries([])).toBe(1);
    expect(webhookTries(schedule)).toBe(4);
  });
});

describe('WIREROOM_WEBHOOK_RETRY_SCHEDULE and WIREROOM_PORTAL_ITEM_URL', () => {
  const settings = (env: Record<string, string>) => buildSettings({ WIREROOM_DATA_DIR: ':memory:', ...env }, () => 'sources: []\n');
  it.each([
    ['1m,5m,2h', [60, 300, 7200]],
    ['2h, 10m', [7200, 600]],
    ['off', []],
  ])('%s → %j seconds, in the order given', (v, want) =>
    expect(settings({ WIREROOM_WEBHOOK_RETRY_SCHEDULE: v }).portal.webhookRetrySeconds).toEqual(want),
  );
  it.each([['1m,soon'], ['0s,1m']])('%s is refused, naming the variable and the form', (v) =>
    expect(() => settings({ WIREROOM_WEBHOOK_RETRY_SCHEDULE: v })).toThrow(/WIREROOM_WEBHOOK_RETRY_SCHEDULE.*"30s,2m,10m,1h,4h"/),
  );
  it('an item URL template needs {id}', () => {
    expect(() => settings({ WIREROOM_PORTAL_ITEM_URL: 'https://portal.example/news/' })).toThrow(/WIREROOM_PORTAL_ITEM_URL.*\{id\}/);
    expect(settings({ WIREROOM_PORTAL_ITEM_URL: 'https://portal.example/n/{id}' }).portal.itemUrl).toBe('https://portal.example/n/{id}');
  });
});

describe('patternToRegExp', () => {
  it.each([
    ['/api/items/:id', '/api/items/12', true],
    ['/api/items/:id', '/api/items/12/versions', false],
    ['/api/items/:id(^\\d+).ninjs', '/api/items/12.ninjs', true],
    ['/api/items/:id(^\\d+).ninjs', '/api/items/ab.ninjs', false],
    ['/api/webhooks/dead-letters/:id/replay', '/api/webhooks/dead-letters/3/replay', true],
    ['/admin/queues/*', '/admin/queues/a/b', true],
  ])('%s matches %s: %s', (pattern, path, want) => expect(patternToRegExp(pattern).test(path)).toBe(want));
});

describe('paging links', () => {
  it.each([
    ['/api/items?limit=2', 'C1', '<https://x.test/api/items?limit=2&cursor=C1>; rel="next"'],
    [
      '/api/items?limit=2&cursor=C1',
      'C2',
      '<https://x.test/api/items?limit=2&cursor=C2>; rel="next", <https://x.test/api/items?limit=2>; rel="first"',
    ],
    ['/api/items?cursor=C1', null, '<https://x.test/api/items>; rel="first"'],
    ['/api/items', null, null],
  ])('%s with next %s', (url, next, want) => expect(linkHeader(pageUrls('https://x.test', url, 'cursor', next))).toBe(want));
});

describe('presentVersions', () => {
  const stored = [
    { version: 1, title: 'A', text: 'one two three four', diff: 'd1→2', created_at: new Date('2026-11-02T00:00:00Z') },
    { version: 2, title: 'A', text: 'one two three five', diff: 'd2→3', created_at: new Date('2026-11-03T00:00:00Z') },
  ];
  const current = (rights: 'full' | 'excerpt' | 'headline') => ({
    id: 7,
    version: 3,
    title: 'B',
    text: 'one two three five',
    rights,
    excerpt_words: 2,
    first_at: new Date('2026-11-01T00:00:00Z'),
  });
  it('chains since/until and changes, newest first; the diff into a version is the one stored with the version before', () => {
    const r = presentVersions(current('full'), stored);
    expect(r.versions.map((v) => [v.version, v.since, v.until, v.changes, v.diff])).toEqual([
      [3, '2026-11-03T00:00:00.000Z', null, ['title'], 'd2→3'],
      [2, '2026-11-02T00:00:00.000Z', '2026-11-03T00:00:00.000Z', ['text'], 'd1→2'],
      [1, '2026-11-01T00:00:00.000Z', '2026-11-02T00:00:00.000Z', [], null],
    ]);
  });
  it.each([
    ['excerpt', ['one two…', 'one two…', 'one two…'], [null, null, null]],
    ['headline', [null, null, null], [null, null, null]],
  ] as const)('%s rights: no diff, at most the excerpt', (rights, summaries, diffs) => {
    const r = presentVersions(current(rights), stored);
    expect(r.versions.map((v) => v.summary)).toEqual(summaries);
    expect(r.versions.map((v) => v.diff)).toEqual(diffs);
  });
});

describe('news sitemap', () => {
  it('uses the portal template when given, else our item pages', () => {
    expect(itemPageUrl(5, 'https://wr.test', 'https://portal.test/n/{id}?ref={id}')).toBe('https://portal.test/n/5?ref=5');
    expect(itemPageUrl(5, 'https://wr.test', null)).toBe('https://wr.test/items/5');
  });
  it('escapes titles and names and gives an ISO 639 language', () => {
    const xml = renderNewsSitemap(
      [{ id: 1, title: 'Fish & <chips>', lang: 'pt-BR', published: new Date('2026-11-20T07:00:00Z') }],
      'A & B',
      (id) => `https://p.test/${id}`,
    );
    expect(xml).toContain('<loc>https://p.test/1</loc>');
    expect(xml).toContain('<news:name>A &amp; B</news:name><news:language>pt</news:language>');
    expect(xml).toContain('<news:title>Fish &amp; &lt;chips&gt;</news:title>');
    expect(xml).toContain('<news:publication_date>2026-11-20T07:00:00.000Z</news:publication_date>');
  });
});
