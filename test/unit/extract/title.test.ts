/** The headline is the story's, not the site's (examples from issue 15 and Mozilla's readability pages). */
import { extractArticle } from '../../../src/workers/extract';
import { stripSiteName } from '../../../src/workers/extract/title';

const STORY =
  '<p>' + 'The sharing economy was sold as a way to make money from idle things, and it turned out otherwise. '.repeat(4) + '</p>';

describe('headline', () => {
  it('skips an h1 that is the site name ("Salon", readability/salon-1)', () => {
    const html = `<html><head><title>The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians - Salon.com</title></head>
      <body><h1><a href="/">Salon</a></h1><article><h1>The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians</h1>${STORY}</article></body></html>`;
    expect(extractArticle(html, 'https://www.salon.com/2015/01/x/')?.title).toBe(
      'The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians',
    );
  });

  it('takes the story from a portal title when the h1s are the portal and the blog ("痞客邦 PIXNET", readability/pixnet)', () => {
    const html = `<html><head><title>新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::</title></head>
      <body><h1>痞客邦 PIXNET</h1><div><h1>史蒂文的家_藍天</h1></div><div class="article">${STORY}</div></body></html>`;
    expect(extractArticle(html, 'https://example.pixnet.net/blog/post/1')?.title).toBe('新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天');
  });

  it('drops a trailing permalink sign ("Evolve: Shared Mutable History¶", readability/mercurial)', () => {
    const html = `<html><head><title>Evolve: Shared Mutable History — evolve extension for Mercurial</title></head>
      <body><div class="section"><h1>Evolve: Shared Mutable History<a class="headerlink" href="#x">¶</a></h1>${STORY}</div></body></html>`;
    expect(extractArticle(html, 'https://www.mercurial-scm.org/doc/evolve/')?.title).toBe('Evolve: Shared Mutable History');
  });

  it.each([
    ['Story of the day | Site', ['site'], 'Story of the day'],
    ['Site - Story of the day', ['site'], 'Story of the day'],
    ['The sharing economy is a lie: Uber and the truth', [], 'The sharing economy is a lie: Uber and the truth'],
  ])('stripSiteName(%j)', (title, sites, expected) => {
    expect(stripSiteName(title, sites)).toBe(expected);
  });
});
