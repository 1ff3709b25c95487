/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): `authors` per item (the source when no
 * byline), `image` (the lead image), and the credit under the `_wireroom` extension (§ "Extensions": keys start with "_"). Pure.
 */
import type { FeedEntry, FeedMeta } from './feed-entry';

/** Renders a JSON Feed 1.1 document (as an object; the route serializes it). */
export function renderJsonFeed(meta: FeedMeta, entries: readonly FeedEntry[]) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    home_page_url: meta.homeUrl,
    feed_url: meta.selfUrl,
    // JSON Feed 1.1: next_url is the older page's URL (paging, as RFC 5005 §3 for RSS and Atom).
    ...(meta.nextUrl ? { next_url: meta.nextUrl } : {}),
    items: entries.map((e) => ({
      id: e.guid,
      url: e.url,
      external_url: e.url,
      title: e.title,
      content_html: e.contentHtml,
      ...(e.summaryHtml ? { summary: e.summaryHtml } : {}),
      ...(e.image ? { image: e.image.url } : {}),
      date_published: e.published.toISOString(),
      date_modified: e.updated.toISOString(),
      authors: (e.authors.length ? e.authors : [e.sourceName]).map((name) => ({ name })),
      tags: e.categories,
      ...(e.lang ? { language: e.lang } : {}),
      _wireroom: {
        credit_line: e.creditLine,
        rights: e.rights,
        source: { id: e.sourceId, name: e.sourceName, url: e.sourceUrl },
        ...(e.image ? { image: { url: e.image.url, caption: e.image.caption, credit: e.image.credit } } : {}),
      },
    })),
  };
}
