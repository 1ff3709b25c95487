/**
 * Attribution on constructed pages of the common publishing platforms and themes (see attribution-pages-cms.ts):
 * WordPress themes, Ghost, Substack, Medium, Hugo and Jekyll, Arc XP, Drupal, Joomla, TYPO3, government press
 * releases and shop product pages. Each page's headline, byline (a person, or nothing: a CMS login is nobody),
 * publication day and, where the page prints it, the update day.
 */
import { describeAttributionPages } from './page-checks';
import { isOwnFooter } from '../../../src/workers/extract/collect';
import { DomElement, walkElements } from '../../../src/workers/extract/dom';
import { parsePage } from '../../../src/workers/extract/parse';
import { bylineNames } from '../../../src/workers/extract/person-name';
import { CMS_ATTRIBUTION_PAGES } from './attribution-pages-cms';

/** Fetched the evening after the stories were published. */
const NOW = '2022-05-04T20:00:00Z';

describeAttributionPages('constructed CMS page: %s', CMS_ATTRIBUTION_PAGES, NOW);

describe('a footer-classed element inside a story typed by microdata (TYPO3 news prints date and author in one)', () => {
  const footerIn = (html: string) => {
    const footers: DomElement[] = [];
    walkElements(parsePage(html).root, (e) => (/footer/.test(e.attribs.class ?? '') && footers.push(e), true));
    if (!footers[0]) throw new Error('no footer in the constructed page');
    return isOwnFooter(footers[0]);
  };

  it('is the story own inside an Article scope', () =>
    expect(
      footerIn('<main><div itemscope itemtype="http://schema.org/Article"><div class="footer"><p>von Anna Dunst</p></div></div></main>'),
    ).toBe(true));
  it('is the page footer when the scope is the whole page (<html> or <body> typed NewsArticle)', () => {
    expect(
      footerIn(
        '<html itemscope itemtype="http://schema.org/NewsArticle"><body><div class="story-meta-footer"><p>X</p></div></body></html>',
      ),
    ).toBe(false);
    expect(
      footerIn('<html><body itemscope itemtype="https://schema.org/BlogPosting"><div class="footer"><p>X</p></div></body></html>'),
    ).toBe(false);
  });
  it('is the page footer inside a scope that is not a story (WebPage)', () =>
    expect(footerIn('<div itemscope itemtype="https://schema.org/WebPage"><div class="footer"><p>X</p></div></div>')).toBe(false));
});

describe('accounts and placeholders that publishing platforms print where no person is set', () => {
  it.each(['Site Owner', 'Store Owner', 'Your Name', 'Wix Blog', 'Customer Service', 'Brand Studio', 'Partner Content', 'By Site Owner'])(
    'no byline: %j',
    (raw) => expect(bylineNames(raw)).toEqual([]),
  );
  it.each([
    ['By Jane Roe', ['Jane Roe']],
    ['Mary Contento', ['Mary Contento']],
    ['Anna Blogg', ['Anna Blogg']],
  ])('a person: %j', (raw, names) => expect(bylineNames(raw)).toEqual(names));
});
