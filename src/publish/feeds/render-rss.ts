/**
 * RSS 2.0 (https://www.rssboard.org/rss-specification): credit in <source url>, dc:creator per
 * author, the credit text in the description, full content (when rights allow) in content:encoded,
 * the lead image as an enclosure and as media:content (Media RSS) with its credit. Pure.
 */
import { pagingLinkElements, xml, type FeedEntry, type FeedImage, type FeedMeta } from './feed-entry';

/** Renders an RSS 2.0 document. */
export function renderRss(meta: FeedMeta, entries: readonly FeedEntry[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">',
    '<channel>',
    `<title>${xml(meta.title)}</title>`,
    `<link>${xml(meta.homeUrl)}</link>`,
    `<description>${xml(meta.title)}: republished items with credit to their sources</description>`,
    `<atom:link href="${xml(meta.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...pagingLinkElements(meta, 'atom:'),
    `<lastBuildDate>${meta.updated.toUTCString()}</lastBuildDate>`,
    '<generator>wireroom</generator>',
    ...entries.map(renderItem),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

function renderItem(e: FeedEntry): string {
  const description = (e.summaryHtml ? `<p>${e.summaryHtml}</p>` : '') + `<p>${xml(e.creditLine)}</p>`;
  return [
    '<item>',
    `<title>${xml(e.title)}</title>`,
    `<link>${xml(e.url)}</link>`,
    `<guid isPermaLink="false">${xml(e.guid)}</guid>`,
    `<pubDate>${e.published.toUTCString()}</pubDate>`,
    `<description>${xml(description)}</description>`,
    `<content:encoded>${xml(e.contentHtml)}</content:encoded>`,
    ...e.authors.map((a) => `<dc:creator>${xml(a)}</dc:creator>`),
    ...e.categories.map((c) => `<category>${xml(c)}</category>`),
    `<source url="${xml(e.sourceUrl)}">${xml(e.sourceName)}</source>`,
    ...(e.image ? renderImage(e.image) : []),
    '</item>',
  ].join('\n');
}

/** The lead image as an enclosure (length 0: unknown, as the RSS Advisory Board allows) and as Media RSS with its credit. */
function renderImage(i: FeedImage): string[] {
  const size = (i.width ? ` width="${i.width}"` : '') + (i.height ? ` height="${i.height}"` : '');
  return [
    `<enclosure url="${xml(i.url)}" length="0" type="${i.type}"/>`,
    `<media:content url="${xml(i.url)}" medium="image" type="${i.type}"${size}>` +
      (i.credit ? `<media:credit>${xml(i.credit)}</media:credit>` : '') +
      (i.caption ? `<media:description type="plain">${xml(i.caption)}</media:description>` : '') +
      '</media:content>',
  ];
}
