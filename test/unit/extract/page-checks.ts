/**
 * The checks every constructed page runs (attribution-pages*.ts, constructed-pages*.ts): one place for what a page of
 * each kind must give, so the German, international and platform sets are held to the same assertions.
 */
import { extractArticle } from '../../../src/workers/extract';
import type { AttributionPage } from './attribution-pages';
import type { ConstructedPage } from './constructed-pages';

const utcDay = (iso: string | null | undefined): string | null => (iso ? new Date(iso).toISOString().slice(0, 10) : null);

/** Headline, byline (a person, or nothing), publication day and, where a page states them, update day and original outlet; `now` is the fetch time. */
export function describeAttributionPages(title: string, pages: AttributionPage[], now: string): void {
  describe.each(pages.map((p) => [p.name, p] as const))(title, (_name, page) => {
    const article = extractArticle(page.html, page.url, { now });

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
}

/** The story's sentences stay in the text; the chrome lines leave. */
export function describeBodyPages(title: string, pages: ConstructedPage[]): void {
  describe.each(pages.map((p) => [p.name, p] as const))(title, (_name, page) => {
    const text = extractArticle(page.html, page.url)?.text ?? '';

    it.each(page.must.map((s) => [s.slice(0, 60), s]))('keeps %j', (_short, sentence) => expect(text).toContain(sentence));
    it.each(page.mustNot)('leaves out %j', (chrome) => expect(text).not.toContain(chrome));
  });
}
