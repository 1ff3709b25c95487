/**
 * The news sitemap (Google News sitemap format, https://www.google.com/schemas/sitemap-news/0.9):
 * articles published in the last two days, at most 1,000, newest first, each with the
 * publication's name and language, its date and title. The URLs are the portal's own pages when
 * WIREROOM_PORTAL_ITEM_URL gives their template ({id}), else our /items/{id} pages. Pure.
 */
import { plainText } from '../../core/plain-text';
import { xml } from './feed-entry';

/** Google News reads articles of the last two days only. */
export const SITEMAP_WINDOW_MS = 2 * 24 * 3600 * 1000;
/** Google News takes at most 1,000 URLs per news sitemap. */
export const SITEMAP_MAX_URLS = 1000;
/** The language an item without one is listed under (news:language must name one). */
const DEFAULT_LANGUAGE = 'en';

export interface SitemapItem {
  id: number;
  title: string;
  lang: string | null;
  published: Date;
}

/** Where an item's page is: the portal's template with {id} filled in, else `${base}/items/${id}`. */
export function itemPageUrl(id: number, base: string, template: string | null): string {
  return template ? template.replaceAll('{id}', String(id)) : `${base}/items/${id}`;
}

/** Renders the sitemap document. */
export function renderNewsSitemap(items: readonly SitemapItem[], publication: string, url: (id: number) => string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...items.map((i) =>
      [
        '<url>',
        `<loc>${xml(url(i.id))}</loc>`,
        '<news:news>',
        `<news:publication><news:name>${xml(publication)}</news:name><news:language>${xml(language(i.lang))}</news:language></news:publication>`,
        `<news:publication_date>${i.published.toISOString()}</news:publication_date>`,
        `<news:title>${xml(plainText(i.title))}</news:title>`,
        '</news:news>',
        '</url>',
      ].join(''),
    ),
    '</urlset>',
    '',
  ].join('\n');
}

/** news:language is an ISO 639 code: the primary subtag, except zh-cn / zh-tw which Google keeps. */
function language(lang: string | null): string {
  const l = (lang ?? DEFAULT_LANGUAGE).toLowerCase();
  return l === 'zh-cn' || l === 'zh-tw' ? l : (l.split('-')[0] ?? DEFAULT_LANGUAGE);
}
