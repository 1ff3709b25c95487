/**
 * Attribution on constructed pages of kinds the development corpora lack (see attribution-pages.ts): German,
 * Austrian, Swiss, French, Spanish, Chinese and English news, public bodies, blogs, a shop. Each page's headline,
 * byline (a person, or nothing), publication day and, where the page prints them, update day and original outlet.
 */
import { extractArticle } from '../../../src/workers/extract';
import { ATTRIBUTION_PAGES } from './attribution-pages';

/** Fetched the evening after the stories were published: a delivery date days ahead is in the future. */
const NOW = '2022-05-04T20:00:00Z';

const utcDay = (iso: string | null | undefined): string | null => (iso ? new Date(iso).toISOString().slice(0, 10) : null);

describe.each(ATTRIBUTION_PAGES.map((p) => [p.name, p] as const))('constructed: %s', (_name, page) => {
  const article = extractArticle(page.html, page.url, { now: NOW });

  it('gives an article', () => expect(article).not.toBeNull());
  it('reads the headline', () => expect(Array.isArray(page.title) ? page.title : [page.title]).toContain(article?.title));
  it('credits the people the byline names, and nobody else', () => {
    expect(article?.authors).toEqual(page.authors);
    if (!page.authors.length) expect(article?.byline).toBeNull();
  });
  it('reads the publication day', () => expect(utcDay(article?.published_at)).toBe(page.published));
  if (page.modified !== undefined) it('reads the update day', () => expect(utcDay(article?.modified_at)).toBe(page.modified));
  if (page.original !== undefined)
    it('names the original outlet', () => {
      const source = article?.original_source;
      expect(source ? (source.canonical_name ?? source.name) : null).toBe(page.original);
    });
});
