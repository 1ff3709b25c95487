/** Feed autodiscovery in HTML pages. */
import { discoverFeedLinks } from '../../../src/fetchers/parse/discover';

describe('discoverFeedLinks', () => {
  it('finds alternate feed links in order, absolute, without repeats', () => {
    const html = `<html><head>
      <link rel="stylesheet" type="text/css" href="/s.css">
      <link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml">
      <LINK REL="Alternate" TYPE="application/atom+xml" HREF="atom.xml">
      <!-- <link rel="alternate" type="application/rss+xml" href="/commented.xml"> -->
      <link rel="alternate" type="application/feed+json" href="https://cdn.ex/feed.json">
      <link rel="alternate" type="application/json" href="/feed.json?a=1&amp;b=2">
      <link rel="alternate" type="text/html" hreflang="de" href="/de/">
      <link rel="alternate" type="application/rss+xml" href="/feed.xml">
    </head></html>`;
    expect(discoverFeedLinks(html, 'https://ex.com/news/')).toEqual([
      'https://ex.com/feed.xml',
      'https://ex.com/news/atom.xml',
      'https://cdn.ex/feed.json',
      'https://ex.com/feed.json?a=1&b=2',
    ]);
  });

  it('honours <base href>', () => {
    expect(
      discoverFeedLinks('<base href="https://other.ex/x/"><link rel="alternate" type="application/rss+xml" href="rss">', 'https://ex.com/'),
    ).toEqual(['https://other.ex/x/rss']);
  });

  it('returns nothing for a page without feeds', () => {
    expect(discoverFeedLinks('<html><head><title>x</title></head></html>', 'https://ex.com/')).toEqual([]);
  });
});
