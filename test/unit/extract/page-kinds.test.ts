/**
 * Constructed pages of kinds the development corpora lack (see constructed-pages.ts): German, French,
 * Spanish and Chinese templates, blogs, a town's press release, a shop, briefs, text without <p>.
 * The story's sentences stay; the chrome lines leave.
 */
import { extractArticle } from '../../../src/workers/extract';
import { CONSTRUCTED_PAGES } from './constructed-pages';

describe.each(CONSTRUCTED_PAGES.map((p) => [p.name, p] as const))('constructed: %s', (_name, page) => {
  const text = extractArticle(page.html, page.url)?.text ?? '';

  it.each(page.must.map((s) => [s.slice(0, 60), s]))('keeps %j', (_short, sentence) => expect(text).toContain(sentence));
  it.each(page.mustNot)('leaves out %j', (chrome) => expect(text).not.toContain(chrome));
});
