/**
 * Attribution on constructed pages in the languages the development corpora lack (see attribution-pages-intl.ts):
 * Italian, Dutch, Portuguese, Polish, Russian, Swedish, Norwegian, Japanese and Turkish news. Each page's headline,
 * byline (a person, or nothing: a desk such as "Redazione", "Redactie", "Redação", "Redakcja" or "Редакция" is none),
 * publication day and, where the page prints one, update day.
 */
import { extractArticle } from '../../../src/workers/extract';
import { INTL_ATTRIBUTION_PAGES } from './attribution-pages-intl';

/** Fetched the evening after the stories were updated. */
const NOW = '2026-12-06T20:00:00Z';

const utcDay = (iso: string | null | undefined): string | null => (iso ? new Date(iso).toISOString().slice(0, 10) : null);

describe.each(INTL_ATTRIBUTION_PAGES.map((p) => [p.name, p] as const))('constructed: %s', (_name, page) => {
  const article = extractArticle(page.html, page.url, { now: NOW });

  it('gives an article', () => expect(article).not.toBeNull());
  it('reads the headline', () => expect(Array.isArray(page.title) ? page.title : [page.title]).toContain(article?.title));
  it('credits the people the byline names, and nobody else', () => {
    expect(article?.authors).toEqual(page.authors);
    if (!page.authors.length) expect(article?.byline).toBeNull();
  });
  it('reads the publication day', () => expect(utcDay(article?.published_at)).toBe(page.published));
  if (page.modified !== undefined) it('reads the update day', () => expect(utcDay(article?.modified_at)).toBe(page.modified));
});
