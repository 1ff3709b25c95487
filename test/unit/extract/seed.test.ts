/** The page that started the project: a portal republishing RT, wrapped in chrome. */
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../../../src/workers/extract';

const DIR = path.join(__dirname, '../../fixtures/attribution/seed-247citynews-rt');
const html = fs.readFileSync(path.join(DIR, 'page.html'), 'utf8');
const url = 'https://247citynews.com/russia-nato-relations-degrading-causing-global-security-to-decline-defense-minister/';
const article = extractArticle(html, url)!;

describe('seed-like republication (247 City News carrying RT)', () => {
  it('keeps the story, paragraph by paragraph', () => {
    expect(article.text.startsWith('Russia is ready to work with NATO')).toBe(true);
    expect(article.text.endsWith('this is bad for European security,” Kelin said.')).toBe(true);
    // six <p>, the first holding two lines apart at a <br> (WordPress turns a single newline into one)
    expect(article.text.split('\n\n')).toHaveLength(7);
    expect(article.text.split('\n\n')[1]).toMatch(/^“Everything isn’t just halted/);
    expect(article.word_count).toBeGreaterThan(200);
  });

  it.each([
    '2 min read',
    'Leave a Reply',
    'Your email address will not be published',
    'Required fields',
    'Post Comment',
    'Source: RT NEWS',
    'Copyright',
    'should not be published',
    'Trending Story',
    'Facebook',
    'World’s Most Authentic',
  ])('drops the chrome %j from text and HTML', (chrome) => {
    expect(article.text).not.toContain(chrome);
    expect(article.content_html).not.toContain(chrome);
  });

  it('credits RT, with the credit link cleaned of tracking parameters', () => {
    expect(article.original_source).toEqual({
      name: 'RT NEWS',
      url: 'https://www.rt.com/russia/474002-shoigu-nato-relations-degrading/',
      canonical_name: 'RT',
    });
    expect(article.attribution_evidence).toEqual(['credit-line']);
  });

  it('captures the footer rights notice verbatim', () => {
    expect(article.rights_notice).toBe(
      'Copyright © All rights reserved. | All content is copyrighted © 2019-2020 by 247 City News. This material should not be published, broadcast, rewritten, redistributed or derived from.',
    );
  });

  it('reads the metadata', () => {
    expect(article).toMatchObject({
      title: 'Russia-NATO relations DEGRADING, causing global security to decline – Defense Minister',
      site_name: '247 City News',
      lang: 'en-US',
      published_at: '2019-11-20T09:12:31.000Z',
      canonical_url: url,
      categories: ['World'],
    });
    expect(article.lead_image?.url).toBe('https://247citynews.com/wp-content/uploads/2019/11/shoigu-nato.jpg');
    expect(article.excerpt).toMatch(/^Russia is ready to work with NATO.*has warned\.$/);
  });
});
