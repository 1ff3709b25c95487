/**
 * Constructed pages in the languages the development corpora lack (see constructed-pages-intl.ts): Italian, Dutch,
 * Portuguese, Polish, Russian, Swedish, Norwegian, Japanese and Turkish news. The story's sentences stay; the chrome
 * lines (read-also links, related lists, share lines, comments, newsletter offers in the page's language) leave.
 */
import { extractArticle } from '../../../src/workers/extract';
import { INTL_CONSTRUCTED_PAGES } from './constructed-pages-intl';

describe.each(INTL_CONSTRUCTED_PAGES.map((p) => [p.name, p] as const))('constructed: %s', (_name, page) => {
  const text = extractArticle(page.html, page.url)?.text ?? '';

  it.each(page.must.map((s) => [s.slice(0, 60), s]))('keeps %j', (_short, sentence) => expect(text).toContain(sentence));
  it.each(page.mustNot)('leaves out %j', (chrome) => expect(text).not.toContain(chrome));
});
