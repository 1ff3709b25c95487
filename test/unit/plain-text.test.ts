/** Text fields go out as plain text: markup a source left in a title, byline or credit line is removed (issue 17). */
import { plainText } from '../../src/core/plain-text';
import { uniqueNames } from '../../src/fetchers/parse/people';
import { renderCreditLine } from '../../src/policy/credit-line';
import { extractArticle } from '../../src/workers/extract';
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
    authors: ['<b onmouseover=alert(1)>Ann Lee</b>', '<i></i>'],
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
    expect(presentItem(row)).toMatchObject({
      title: 'Harbour reopens',
      byline: 'Ann Lee',
      authors: ['Ann Lee'],
      credit_line: 'Source: Harbour Times',
    });
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

describe('bylines and credits are plain text where they are made (issue 19)', () => {
  const EVIL = '<b onmouseover=alert(1)>Ann Lee</b>';

  it.each([
    [
      [EVIL, 'ann@x.test (Bo Berg)', 'Cy Dahl <cy@x.test>', '&lt;i&gt;Di Eng&lt;/i&gt;'],
      ['Ann Lee', 'Bo Berg', 'Cy Dahl', 'Di Eng'],
    ],
    [['<b></b>', EVIL, 'Ann Lee'], ['Ann Lee']],
  ])('feed authors %j → %j', (raws, want) => expect(uniqueNames(raws)).toEqual(want));

  it('a credit line is plain text whatever its facts carry', () => {
    expect(renderCreditLine('Source: {source} ({author})', { source: 'Harbour Times', author: EVIL, original: '<i>Orig</i> Wire' })).toBe(
      'Source: Orig Wire, via Harbour Times (Ann Lee)',
    );
  });

  const story = `<p>${'The harbour reopened after the storm and the ships returned to the quay at dawn. '.repeat(12)}</p>`;
  it.each([
    ['meta author', `<meta name="author" content="&lt;b onmouseover=alert(1)&gt;Ann Lee&lt;/b&gt;">`],
    [
      'JSON-LD author',
      `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"<b onmouseover=alert(1)>Ann Lee</b>"}}</script>`,
    ],
  ])('extraction reads the name from a %s with markup', (_, head) => {
    // the page prints the name too (a structured author printed nowhere names no writer)
    const a = extractArticle(
      `<html><head><title>T</title>${head}</head><body><article><h1>T</h1>${story}<p class="author-note">Ann Lee covers the harbour.</p></article></body></html>`,
      'https://n.test/a',
    );
    expect({ byline: a?.byline, authors: a?.authors }).toEqual({ byline: 'Ann Lee', authors: ['Ann Lee'] });
  });

  it('an original outlet named in a credit paragraph loses its markup', () => {
    const page = `<html><head><title>T</title></head><body><article><h1>T</h1>${story}<p>Source: &lt;i&gt;Harbour Times&lt;/i&gt;</p></article></body></html>`;
    expect(extractArticle(page, 'https://n.test/a')?.original_source?.name).toBe('Harbour Times');
  });
});
