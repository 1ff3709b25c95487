/**
 * Rules fixed on the fifty-second probe round (test/fixtures/probe-pages/dev: media in Spain's regional languages, Latin
 * American nonprofit newsrooms, Nordic municipal news, Japanese and Korean corporate news), constructed here in the shapes
 * those pages showed. Names, places, outlets and stories are made up.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../../../src/workers/extract';
import { withoutSource } from '../../../src/workers/extract/byline';

const STORY = [
  'The council approved the new harbour fees on Tuesday after a long debate about the cost for small operators.',
  'Tour boats will pay a fixed amount per passenger, while fishing vessels registered in the town stay exempt.',
  'The council says the money will go towards a new service building at the harbour and better footpaths.',
  'Operators had asked for a lower rate in the first year, which the majority turned down in the final vote.',
];
const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');
const ld = (authors: string[]) =>
  `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Harbour fees approved',
    author: authors.map((name) => ({ '@type': 'Person', name })),
  })}</script>`;
const page = (head: string, top: string, end: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><title>Harbour fees approved</title>${head}</head><body><article><h1>Harbour fees approved</h1>${top}<div class="entry-content">${paras(STORY)}${end}</div></article></body></html>`;
const URL = 'https://harbour.example/news/harbour-fees';
const authorsOf = (html: string) => extractArticle(html, URL)?.authors;

describe('writers of the round', () => {
  it('the printed name with the second surname the metadata leaves out ("Per Marta Vilaró Puig" over "Marta Vilaró")', () =>
    expect(authorsOf(page(ld(['Marta Vilaró']), '<div class="byline">Per Marta Vilaró Puig</div>', '', 'ca'))).toEqual([
      'Marta Vilaró Puig',
    ]));

  it('not a different surname after the same given name', () =>
    expect(authorsOf(page(ld(['Marta Vilaró']), '<div class="byline">Per Marta Soler</div>', '', 'ca'))).not.toEqual([
      'Marta Soler Vilaró',
    ]));

  it('the structured author the closing lines credit as translator is no writer ("Translated by X")', () => {
    // the round's page (a translated republication: "Posted by", meta and JSON-LD name the translator; the closing note says so)
    const file = path.join(__dirname, '../../fixtures/probe-pages/dev/nordic-municipal/12-is-english-wp-newspaper-translated.html');
    const article = extractArticle(
      fs.readFileSync(file, 'utf8'),
      'https://northcoastreview.is/2025/03/28/selvik-council-approves-higher-harbour-fees-for-cruise-ships/',
    );
    expect(article?.authors).not.toContain('Emily Hart');
    expect(article?.original_source?.name).toBe('Morgunvaktin');
  });

  it('but a writer credited for the pictures too stays the writer ("Photos: X")', () =>
    expect(authorsOf(page(ld(['Jonas Berg']), '<div class="byline">By Jonas Berg</div>', '<p>Photos: Jonas Berg</p>'))).toEqual([
      'Jonas Berg',
    ]));

  it('"Written by X" in a credits box right after the story', () =>
    expect(
      authorsOf(
        `<!doctype html><html lang="en"><head><title>Harbour fees approved</title></head><body><main><h1>Harbour fees approved</h1><div class="story-body">${paras(STORY)}</div><div class="story-credits"><div>Written by Aiko Tanaka, Global Communications</div><div>Photography by Kenji Ueda</div></div></main></body></html>`,
      ),
    ).toEqual(['Aiko Tanaka']));
});

describe('a byline part that names the original outlet', () => {
  it('is dropped ("X, Y / Red Fronteriza" when the source is "Red Fronteriza de Periodismo")', () => {
    expect(withoutSource(['Andrea Salcedo', 'Óscar Ibarra', 'Red Fronteriza'], 'Red Fronteriza de Periodismo')).toEqual([
      'Andrea Salcedo',
      'Óscar Ibarra',
    ]);
    expect(withoutSource(['Andrea Salcedo'], null)).toEqual(['Andrea Salcedo']);
    expect(withoutSource(['Ana Red'], 'Red Fronteriza de Periodismo')).toEqual(['Ana Red']);
  });

  it('in an extracted article', () => {
    const html = page(
      '',
      '<div class="byline">Por Andrea Salcedo Villanueva, Óscar Ibarra / Red Fronteriza</div>',
      '<p><em>Este reportaje fue publicado originalmente por Red Fronteriza de Periodismo de Investigación.</em></p>',
      'es',
    );
    const article = extractArticle(html, URL);
    expect(article?.original_source?.name).toBe('Red Fronteriza de Periodismo de Investigación');
    expect(article?.authors).toEqual(['Andrea Salcedo Villanueva', 'Óscar Ibarra']);
    expect(article?.byline).toBe('Andrea Salcedo Villanueva, Óscar Ibarra');
  });
});
