/** Text fields go out as plain text: markup a source left in a title, byline or credit line is removed (issue 17). */
import { plainText } from '../../src/core/plain-text';
import { toFeedEntry } from '../../src/publish/feeds/feed-entry';
import { renderRss } from '../../src/publish/feeds/render-rss';
import { presentItem, type ItemForOutput } from '../../src/publish/present-item';

describe('plainText', () => {
  it.each([
    ['Harbour reopens', 'Harbour reopens'],
    ['<script>alert(1)</script>Harbour <b>reopens</b>', 'Harbour reopens'],
    ['Harbour <img src=x onerror=alert(1)>reopens', 'Harbour reopens'],
    ['<style>p{}</style><p>One</p><p>Two</p>', 'One Two'],
    ['Tom &amp; Jerry &#8212; &eacute;t&eacute;', 'Tom & Jerry — été'],
    ['Why 3 < 5 & 7 > 2', 'Why 3 < 5 & 7 > 2'],
    ['Harbour <reopens> & "ships" return', 'Harbour <reopens> & "ships" return'],
    ['By <a href="https://x.test/">Ann Lee</a>', 'By Ann Lee'],
    ['<svg><script>alert(1)</script></svg>Safe', 'Safe'],
    ['Breaking<!-- comment -->: news', 'Breaking: news'],
  ])('%j → %j', (input, want) => expect(plainText(input)).toBe(want));
});

describe('presentItem and RSS titles', () => {
  const row = {
    id: 7,
    title: '<script>alert(1)</script>Harbour <em>reopens</em>',
    url: 'https://news.test/a',
    canonical_url: null,
    byline: '<b>Ann Lee</b>',
    authors: ['Ann Lee'],
    summary: null,
    content_html: '<p>Text.</p>',
    text: 'Text.',
    lead_image: null,
    original_source: null,
    site_name: null,
    lang: 'en',
    categories: [],
    status: 'published',
    credit_line: 'Source: <i>Harbour Times</i>',
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
  } as ItemForOutput;

  it('JSON title, byline and credit_line carry no markup', () => {
    expect(presentItem(row)).toMatchObject({ title: 'Harbour reopens', byline: 'Ann Lee', credit_line: 'Source: Harbour Times' });
  });

  it('the RSS <title> has no escaped markup', () => {
    const x = renderRss(
      { title: 'wireroom', selfUrl: 'https://p.test/feeds/all.rss', homeUrl: 'https://p.test/', updated: new Date('2026-11-02T00:00:00Z') },
      [toFeedEntry(presentItem(row), 'https://p.test')],
    );
    expect(x).toContain('<title>Harbour reopens</title>');
    expect(x).not.toMatch(/&lt;(script|em|b|i)&gt;/);
  });
});
