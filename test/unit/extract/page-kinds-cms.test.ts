/**
 * Body text on constructed pages of the common publishing platforms (see constructed-pages-cms.ts): WordPress with
 * Jetpack, tagDiv's Newspaper, Substack, Medium, Ghost, Drupal, Joomla and a government press release. The story's
 * sentences stay; the platform's chrome leaves.
 */
import { describeBodyPages } from './page-checks';
import { isBoilerplateElement, isBoilerplateLine } from '../../../src/workers/extract/boilerplate';
import { parsePage } from '../../../src/workers/extract/parse';
import { CMS_CONSTRUCTED_PAGES } from './constructed-pages-cms';

describeBodyPages('constructed CMS page: %s', CMS_CONSTRUCTED_PAGES);

describe('platform class words and lines', () => {
  const first = (html: string) =>
    parsePage(`<html><body>${html}</body></html>`).body!.children.find((n) => 'name' in n) as Parameters<typeof isBoilerplateElement>[0];

  it.each([
    'elementor-widget-container',
    'elementor-element elementor-widget elementor-widget-theme-post-content',
    'node node--type-article node--promoted',
  ])('the story: class %j', (cls) => expect(isBoilerplateElement(first(`<div class="${cls}"><p>x</p></div>`))).toBe(false));
  it.each([
    'meta submitted',
    'node__submitted',
    'article-info muted',
    'sharedaddy sd-sharing-enabled',
    'sharedaddy sd-block sd-like jetpack-likes-widget-wrapper',
    'widget widget_recent_entries',
  ])('furniture: class %j', (cls) => expect(isBoilerplateElement(first(`<div class="${cls}"><p>x</p></div>`))).toBe(true));
  it.each(['###', '-30-', '- ENDS -', '12 views', '2192 Shares', '1.2K claps', '57 Aufrufe'])('chrome line %j', (line) =>
    expect(isBoilerplateLine(line)).toBe(true),
  );
  it.each(['12 views of the harbour were painted that summer.', 'The 30 members voted.'])('story line %j', (line) =>
    expect(isBoilerplateLine(line)).toBe(false),
  );
});
