/**
 * Body text on constructed pages of the common publishing platforms (see constructed-pages-cms.ts): WordPress with
 * Jetpack, tagDiv's Newspaper, Substack, Medium, Ghost, Drupal, Joomla and a government press release. The story's
 * sentences stay; the platform's chrome leaves.
 */
import { extractArticle } from '../../../src/workers/extract';
import { CMS_CONSTRUCTED_PAGES } from './constructed-pages-cms';

describe.each(CMS_CONSTRUCTED_PAGES.map((p) => [p.name, p] as const))('constructed CMS page: %s', (_name, page) => {
  const text = extractArticle(page.html, page.url)?.text ?? '';

  it.each(page.must.map((s) => [s.slice(0, 60), s]))('keeps %j', (_short, sentence) => expect(text).toContain(sentence));
  it.each(page.mustNot)('leaves out %j', (chrome) => expect(text).not.toContain(chrome));
});
