/**
 * The publisher's pure core: rights per mode, review of restrictive notices on full sources,
 * feed renderers (credit in every format, XML escaping), HTTP validators, webhook signatures.
 */
import { isNotModified, lastModified, pageEtag, sentLastModified } from '../../src/publish/api/http-cache';
import { creditBlockHtml, toFeedEntry, xml } from '../../src/publish/feeds/feed-entry';
import { renderAtom } from '../../src/publish/feeds/render-atom';
import { renderJsonFeed } from '../../src/publish/feeds/render-json-feed';
import { renderRss } from '../../src/publish/feeds/render-rss';
import { splitFeedFile } from '../../src/publish/feeds/feeds-routes';
import { presentItem, type ItemForOutput } from '../../src/publish/present-item';
import { decideInitialStatus } from '../../src/policy/review';
import { applyRights } from '../../src/policy/rights';
import { signatureHeader, verifySignature } from '../../src/publish/webhooks/sign';

const TEXT = 'One two three four five six seven eight nine ten eleven twelve.';

function row(over: Partial<ItemForOutput> = {}): ItemForOutput {
  return {
    id: 7,
    title: 'Harbour <reopens> & "ships" return',
    url: 'https://news.test/a?x=1&y=2',
    canonical_url: null,
    byline: 'Ann Lee',
    authors: ['Ann Lee', 'Bo Chen'],
    summary: null,
    content_html: `<p>${TEXT}</p>`,
    text: TEXT,
    lead_image: null,
    original_source: null,
    site_name: null,
    lang: 'en',
    categories: ['world'],
    status: 'published',
    credit_line: 'Source: Harbour Times',
    published_at: new Date('2026-11-01T10:00:00Z'),
    modified_at: null,
    published_on: new Date('2026-11-01T10:05:00Z'),
    updated_at: new Date('2026-11-01T10:05:00Z'),
    cluster_id: null,
    version: 1,
    source_id: 'harbour',
    source_name: 'Harbour Times',
    source_homepage: 'https://news.test/',
    rights: 'full',
    excerpt_words: 4,
    ...over,
  };
}
const META = {
  title: 'wireroom',
  selfUrl: 'https://portal.test/feeds/all.rss',
  homeUrl: 'https://portal.test/',
  updated: new Date('2026-11-02T00:00:00Z'),
};

describe('rights at output', () => {
  it.each([
    ['full', TEXT, `<p>${TEXT}</p>`],
    ['excerpt', 'One two three four…', '<p>One two three four…</p>'],
    ['headline', null, null],
    ['none', null, null],
  ] as const)('%s', (rights, summary, html) => {
    const c = applyRights(rights, { summary: null, content_html: `<p>${TEXT}</p>`, text: TEXT }, 4);
    expect(c.content_html).toBe(html);
    if (rights !== 'full') expect(c.summary).toBe(summary);
  });

  it.each([
    ['full', 'auto', 'This article may not be republished without written permission.', 'queued'],
    ['full', 'auto', '© 2026 Harbour Times. All rights reserved.', 'published'],
    ['excerpt', 'auto', 'This article may not be republished without written permission.', 'published'],
    ['none', 'auto', null, 'held'],
    ['full', 'required', null, 'queued'],
  ] as const)('a %s source with review %s and notice %j → %s', (rights, review, notice, status) => {
    expect(decideInitialStatus(review, rights, notice).status).toBe(status);
  });
});

describe('feed renderers', () => {
  const entries = (['full', 'excerpt', 'headline'] as const).map((rights, i) =>
    toFeedEntry(presentItem(row({ id: i + 1, rights })), 'https://portal.test'),
  );

  it('carry the credit block, link to the original and authors in each item', () => {
    for (const e of entries) {
      expect(e.contentHtml).toContain(
        '<p class="wireroom-credit">Source: Harbour Times. By Ann Lee, Bo Chen. <a href="https://news.test/a?x=1&amp;y=2"',
      );
      expect(e.guid).toMatch(/^https:\/\/portal\.test\/api\/items\/\d$/);
    }
    expect(entries[0]!.contentHtml).toContain(TEXT);
    expect(entries[1]!.contentHtml).toContain('One two three four…');
    expect(entries[1]!.contentHtml).not.toContain('five');
    expect(entries[2]!.contentHtml).toBe(creditBlockHtml(presentItem(row({ rights: 'headline' }))));
  });

  it('RSS: escaped title, dc:creator per author, <source url>', () => {
    const x = renderRss(META, entries);
    expect(x).toContain('<title>Harbour &lt;reopens&gt; &amp; &quot;ships&quot; return</title>');
    expect(x).toContain('<dc:creator>Bo Chen</dc:creator>');
    expect(x).toContain('<source url="https://news.test/">Harbour Times</source>');
    expect(x).toContain('<link>https://news.test/a?x=1&amp;y=2</link>');
  });

  it('Atom: an author per entry (the source when no byline), credit in <rights>', () => {
    const noBy = toFeedEntry(presentItem(row({ authors: [] })), 'https://portal.test');
    const x = renderAtom(META, [noBy]);
    expect(x).toContain('<author><name>Harbour Times</name></author>');
    expect(x).toContain('<rights type="text">Source: Harbour Times</rights>');
  });

  it('JSON Feed 1.1: authors and the _wireroom credit', () => {
    const j = renderJsonFeed(META, entries);
    expect(j.version).toBe('https://jsonfeed.org/version/1.1');
    expect(j.items[0]).toMatchObject({
      authors: [{ name: 'Ann Lee' }, { name: 'Bo Chen' }],
      _wireroom: { credit_line: 'Source: Harbour Times', rights: 'full' },
    });
  });

  it('drops characters XML forbids', () => {
    expect(xml('a\u0001b\u000bc<')).toBe('abc&lt;');
  });

  it.each([
    ['all.rss', { name: 'all', ext: 'rss' }],
    ['x-y.json', { name: 'x-y', ext: 'json' }],
    ['all.xml', undefined],
    ['.rss', undefined],
    ['rss', undefined],
  ] as const)('feed file %s', (f, want) => {
    expect(splitFeedFile(f)).toEqual(want);
  });
});

describe('HTTP validators', () => {
  const rows = [
    { id: 1, version: 1, updated_at: new Date('2026-11-01T10:00:00.500Z'), rights: 'full', excerpt_words: 60, credit_line: 'Source: A' },
  ];
  const etag = pageEtag('list:/api/items', rows);

  it('the ETag changes with version, rights, credit and page membership', () => {
    expect(pageEtag('list:/api/items', rows)).toBe(etag);
    for (const change of [{ version: 2 }, { rights: 'excerpt' }, { credit_line: 'Source: B' }, { excerpt_words: 30 }]) {
      expect(pageEtag('list:/api/items', [{ ...rows[0]!, ...change }])).not.toBe(etag);
    }
    expect(pageEtag('list:/api/items', [])).not.toBe(etag);
    expect(pageEtag('list:/api/items?lang=en', rows)).not.toBe(etag);
  });

  it('If-None-Match wins; If-Modified-Since only where allowed', () => {
    const lm = lastModified(rows, new Date());
    expect(lm.toISOString()).toBe('2026-11-01T10:00:00.000Z');
    expect(isNotModified({ 'if-none-match': `"x", ${etag}` }, etag, lm)).toBe(true);
    expect(isNotModified({ 'if-none-match': 'W/' + etag }, etag, lm)).toBe(true);
    expect(isNotModified({ 'if-none-match': '"x"', 'if-modified-since': lm.toUTCString() }, etag, lm)).toBe(false);
    expect(isNotModified({ 'if-modified-since': lm.toUTCString() }, etag, lm)).toBe(true);
    expect(isNotModified({ 'if-modified-since': lm.toUTCString() }, etag, lm, false)).toBe(false);
    expect(isNotModified({ 'if-modified-since': 'garbage' }, etag, lm)).toBe(false);
  });

  it('Last-Modified never names the current second, so a change later in that second is not missed', () => {
    const modified = new Date('2026-11-01T10:00:05.000Z');
    expect(sentLastModified(modified, new Date('2026-11-01T10:00:09.100Z'))).toEqual(modified);
    expect(sentLastModified(modified, new Date('2026-11-01T10:00:05.900Z')).toISOString()).toBe('2026-11-01T10:00:04.000Z');
    // The client echoes what was sent; the request is compared against the real time of the change.
    expect(isNotModified({ 'if-modified-since': 'Sun, 01 Nov 2026 10:00:04 GMT' }, etag, modified)).toBe(false);
    expect(isNotModified({ 'if-modified-since': 'Sun, 01 Nov 2026 10:00:05 GMT' }, etag, modified)).toBe(true);
  });
});

describe('webhook signatures', () => {
  const now = new Date('2026-11-28T03:00:00Z');
  const body = '{"id":1}';
  const header = signatureHeader('s3cret', body, now);

  it.each([
    ['the same secret and body', 's3cret', body, now, true],
    ['another secret', 'other', body, now, false],
    ['a changed body', 's3cret', '{"id":2}', now, false],
    ['a replay 10 minutes later', 's3cret', body, new Date(now.getTime() + 600_000), false],
  ] as const)('verifies with %s: expected as listed', (_, secret, b, at, ok) => {
    expect(verifySignature(secret, header, b, at)).toBe(ok);
  });

  it('signs timestamp + "." + body (t=…,v1=hex)', () => {
    expect(header).toMatch(/^t=1795834800,v1=[0-9a-f]{64}$/);
    expect(verifySignature('s3cret', 't=abc,v1=zz', body, now)).toBe(false);
  });
});
