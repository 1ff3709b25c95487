import { readyFiles, SETTLE_MS, uniqueName } from '../../src/fetchers/folder-files';
import { withLinkHubs } from '../../src/fetchers/websub/discover';
import { callbackUrl, linkHeaderRels, needsRenewal, renewAt, subscribedPollAt } from '../../src/fetchers/websub/lease';
import { checkSignature, signBody } from '../../src/fetchers/websub/signature';
import { decide, type SubscriptionRow } from '../../src/fetchers/websub/subscriptions';
import { wireAsFeed } from '../../src/fetchers/parse/wire/pull';

const body = Buffer.from('<rss version="2.0"><channel><item><guid>a</guid></item></channel></rss>');

describe('WebSub signatures', () => {
  it.each(['sha1', 'sha256', 'sha384', 'sha512'] as const)('accepts a correct %s signature', (m) => {
    expect(checkSignature(signBody(m, body, 's3cret'), body, 's3cret')).toEqual({ ok: true });
  });

  it.each([
    [undefined, 'unsigned'],
    ['', 'unsigned'],
    ['md5=abcdef', 'unknown-method'],
    ['sha256', 'unknown-method'],
    [signBody('sha256', body, 'other-secret'), 'mismatch'],
    [signBody('sha256', Buffer.concat([body, Buffer.from(' ')]), 's3cret'), 'mismatch'],
    ['sha256=abcd', 'mismatch'],
  ])('drops %s (%s)', (header, reason) => {
    expect(checkSignature(header, body, 's3cret')).toEqual({ ok: false, reason });
  });
});

describe('leases', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  it('renews with a fifth of the lease left, at least an hour before expiry for day-long leases', () => {
    expect(renewAt(new Date('2026-12-07T12:00:00Z'), 10 * 86400).toISOString()).toBe('2026-12-05T12:00:00.000Z');
    expect(renewAt(new Date('2026-11-27T14:00:00Z'), 7200).toISOString()).toBe('2026-11-27T13:00:00.000Z');
  });

  it.each([
    [{ expires_at: null, lease_seconds: null }, true],
    [{ expires_at: new Date('2026-12-04T12:00:00Z'), lease_seconds: 7 * 86400 }, false],
    [{ expires_at: new Date('2026-11-28T12:00:00Z'), lease_seconds: 7 * 86400 }, true],
  ])('needsRenewal %#', (sub, want) => expect(needsRenewal(sub, now)).toBe(want));

  it('polls subscribed feeds four times less often, within the maximum', () => {
    expect(subscribedPollAt(now, 900, 86400).toISOString()).toBe('2026-11-27T13:00:00.000Z');
    expect(subscribedPollAt(now, 43200, 86400).toISOString()).toBe('2026-11-28T12:00:00.000Z');
  });

  it('builds the callback under the public URL', () => {
    expect(callbackUrl('https://portal.example.test/', 7)).toBe('https://portal.example.test/websub/callback/7');
  });
});

describe('hub discovery from Link headers', () => {
  it.each([
    [
      '<https://hub.example.test/>; rel="hub", <https://site.example.test/feed>; rel="self"',
      ['https://hub.example.test/'],
      'https://site.example.test/feed',
    ],
    ['</hub>; rel=hub', ['https://site.example.test/hub'], null],
    ['<https://a.test/>; rel="hub self"', ['https://a.test/'], 'https://a.test/'],
    ['<https://a.test/next>; rel="next"', [], null],
    [undefined, [], null],
  ])('%s', (header, hubs, self) => {
    expect(linkHeaderRels(header, 'https://site.example.test/feed')).toEqual({ hubs, self });
  });

  it('adds Link-header hubs after the document hubs, without duplicates', () => {
    const feed = { ...wireAsFeed({ format: 'ninjs', version: '2.0', items: [] }), hubs: ['https://h1.test/'] };
    expect(withLinkHubs(feed, '<https://h1.test/>; rel="hub", <https://h2.test/>; rel="hub"', 'https://x.test/').hubs).toEqual([
      'https://h1.test/',
      'https://h2.test/',
    ]);
  });
});

describe('subscription decisions', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  const sub = (o: Partial<SubscriptionRow>): SubscriptionRow => ({
    feed_id: 1,
    hub: 'h',
    topic: 't',
    secret: 's',
    state: 'active',
    lease_seconds: 86400,
    expires_at: new Date('2026-11-28T11:00:00Z'),
    verified_at: now,
    last_delivery_at: null,
    last_error: null,
    fail_count: 0,
    created_at: now,
    updated_at: now,
    ...o,
  });
  it.each([
    ['no subscription', undefined, 'subscribe'],
    ['active, far from expiry', sub({}), 'wait'],
    ['active, near expiry', sub({ expires_at: new Date('2026-11-27T15:00:00Z') }), 'renew'],
    ['active, lapsed', sub({ expires_at: new Date('2026-11-27T11:00:00Z') }), 'give-up'],
    ['requested, hub silent for 2 h', sub({ state: 'requested', updated_at: new Date('2026-11-27T10:00:00Z') }), 'give-up'],
    ['requested just now', sub({ state: 'requested' }), 'wait'],
    ['failed once, 11 min ago', sub({ state: 'failed', fail_count: 1, updated_at: new Date('2026-11-27T11:49:00Z') }), 'subscribe'],
    ['failed 3 times, 11 min ago', sub({ state: 'failed', fail_count: 3, updated_at: new Date('2026-11-27T11:49:00Z') }), 'wait'],
    ['failed 5 times', sub({ state: 'failed', fail_count: 5, updated_at: new Date('2026-11-20T00:00:00Z') }), 'wait'],
  ])('%s → %s', (_label, s, want) => expect(decide(s, now)).toBe(want));
});

describe('watched folder files', () => {
  const now = 1_000_000;
  const f = (name: string, age = SETTLE_MS + 1, size = 10) => ({ name, size, mtimeMs: now - age, isFile: true });
  it('takes settled files oldest first and leaves partial, hidden, empty and fresh ones', () => {
    const files = [
      f('b.xml', 5000),
      f('a.xml', 9000),
      f('.c.xml'),
      f('d.xml.part'),
      f('e.tmp'),
      f('f.xml', 100),
      f('g.json', 3000, 0),
      f('h.xml.error.txt'),
      f('i.xml~'),
      { ...f('sub'), isFile: false },
    ];
    expect(readyFiles(files, now)).toEqual(['a.xml', 'b.xml']);
  });

  it('never overwrites a processed file of the same name', () => {
    const at = new Date('2026-11-27T12:00:00.000Z');
    expect(uniqueName('a.xml', new Set(), at)).toBe('a.xml');
    expect(uniqueName('a.xml', new Set(['a.xml']), at)).toBe('a.20261127T120000000Z.xml');
    expect(uniqueName('a.xml', new Set(['a.xml', 'a.20261127T120000000Z.xml']), at)).toBe('a.20261127T120000000Z-1.xml');
  });
});
