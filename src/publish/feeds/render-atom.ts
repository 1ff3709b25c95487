/**
 * Atom 1.0 (RFC 4287): every entry has an <author> (the byline's authors, else the source), the
 * credit line in <rights>, a <source> naming the outlet (§4.2.11), and the lead image as
 * <link rel="enclosure"> (§4.2.7.2). Pure.
 */
import { pagingLinkElements, xml, type FeedEntry, type FeedMeta } from './feed-entry';

/** Renders an Atom 1.0 document. */
export function renderAtom(meta: FeedMeta, entries: readonly FeedEntry[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${xml(meta.selfUrl)}</id>`,
    `<title>${xml(meta.title)}</title>`,
    `<updated>${meta.updated.toISOString()}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${xml(meta.selfUrl)}"/>`,
    `<link rel="alternate" href="${xml(meta.homeUrl)}"/>`,
    ...pagingLinkElements(meta, ''),
    '<generator>wireroom</generator>',
    ...entries.map(renderEntry),
    '</feed>',
    '',
  ].join('\n');
}

function renderEntry(e: FeedEntry): string {
  // RFC 4287 §4.1.2: an entry without a feed-level author must carry its own.
  const authors = e.authors.length ? e.authors : [e.sourceName];
  return [
    '<entry>',
    `<id>${xml(e.guid)}</id>`,
    `<title type="text">${xml(e.title)}</title>`,
    `<link rel="alternate" href="${xml(e.url)}"/>`,
    e.image ? `<link rel="enclosure" type="${e.image.type}" href="${xml(e.image.url)}"/>` : '',
    `<published>${e.published.toISOString()}</published>`,
    `<updated>${e.updated.toISOString()}</updated>`,
    ...authors.map((a) => `<author><name>${xml(a)}</name></author>`),
    ...e.categories.map((c) => `<category term="${xml(c)}"/>`),
    `<rights type="text">${xml(e.creditLine)}</rights>`,
    e.summaryHtml ? `<summary type="html">${xml(e.summaryHtml)}</summary>` : '',
    `<content type="html">${xml(e.contentHtml)}</content>`,
    `<source><id>${xml(e.sourceUrl)}</id><title>${xml(e.sourceName)}</title><link rel="alternate" href="${xml(e.sourceUrl)}"/></source>`,
    '</entry>',
  ]
    .filter(Boolean)
    .join('\n');
}
