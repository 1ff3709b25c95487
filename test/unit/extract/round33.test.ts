/**
 * Rules fixed on the thirty-third probe round (test/fixtures/probe-pages/dev: wire-portals, amp-pages, print-lite),
 * constructed here in the shapes those pages showed. Names, places, outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { creditLine } from '../../../src/workers/extract/attribution';
import { isNewsAgencyName } from '../../../src/workers/extract/wire-marks';

const STORY = [
  'The cable car to the summit will stay closed until the end of July after inspectors found damage to its main cable.',
  'The operator said passengers had never been at risk, and that the car had been stopped at once as a precaution.',
  'About four hundred metres of the cable must now be replaced, work that needs a specialist crew from abroad.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

/** A portal's story page with `meta` under the headline and `after` right after the story's container. */
function page(meta: string, after = '', head = ''): string {
  return `<!doctype html><html lang="de"><head><title>Gondelbahn bleibt bis Juli zu | Tal Aktuell</title><meta property="og:site_name" content="Tal Aktuell">${head}</head><body><main><header><h1>Gondelbahn bleibt bis Juli zu</h1><div class="meta">${meta}</div></header><div class="entry-content">${STORY}</div>${after}<section><h2>Mehr aus der Region</h2><p><a href="/x">Dorffest mit Umleitungen</a></p></section></main></body></html>`;
}
const URL = 'https://www.tal-aktuell.example/region/gondelbahn';
const source = (html: string) => extractArticle(html, URL)?.original_source?.name ?? null;

describe('source labels naming an outlet the table lacks', () => {
  it('reads one in the meta line beside the date ("… 11:05 Uhr | Quelle: SNK")', () =>
    expect(source(page('<time datetime="2024-06-19T11:05:00+02:00">19. Juni 2024, 11:05 Uhr</time> | Quelle: SNK'))).toBe('SNK'));

  it('not the site\'s own desk, agencies in general or a network ("Quelle: Redaktion", "Fuente: Agencias", "Source: Twitter")', () => {
    for (const name of ['Redaktion', 'Agenturen', 'Twitter', 'Pressemitteilung der Stadt'])
      expect(source(page(`<time datetime="2024-06-19T11:05:00+02:00">19. Juni 2024</time> | Quelle: ${name}`))).toBeNull();
  });

  it('nor a data source ("Quelle: Statistisches Landesamt")', () =>
    expect(source(page('<time datetime="2024-06-19">19. Juni 2024</time> | Quelle: Statistisches Landesamt'))).toBeNull());

  it('reads one among the lines of a box after the story ("Kaynak: X" above "Editör: Y")', () => {
    const box = '<div class="haber-alt"><p><strong>Kaynak:</strong> Batı Haber Ajansı (BHA)</p><p>Editör: Hande Kılıç</p></div>';
    expect(source(page('19.06.2024 - 11:05', box))).toBe('Batı Haber Ajansı (BHA)');
  });

  it('joins a source box\'s bare label to its link ("FUENTE" / "<a>Agencia X</a>")', () => {
    const box = '<div class="post-source"><span>FUENTE</span><a href="https://agencia-atlantica.example/">Agencia Atlántica</a></div>';
    expect(source(page('12/03/2026', box))).toBe('Agencia Atlántica');
  });

  it('reads no other credit there ("Via", "Credit:" name pictures and tips as often)', () => {
    const box = '<div class="after"><p>Credit: Regional Photo Desk</p><p>Via Lokalfunk</p></div>';
    expect(source(page('19.06.2024', box))).toBeNull();
  });
});

describe('a news agency named by its kind', () => {
  it('is an agency word with a word of news, or a newswire, with a word of its own', () => {
    for (const name of [
      'Agencia Informativa Latinoamericana',
      'Pennant Newswire',
      'Batı Haber Ajansı',
      'ИА Камаинформ',
      'Agence France-Presse',
    ])
      expect(isNewsAgencyName(name)).toBe(true);
    for (const name of [
      'Agency News',
      'News Agency',
      'Agencia Tributaria',
      'Environment Agency',
      'Detroit News wire services Published 11:11 PM EST Nov 19',
    ])
      expect(isNewsAgencyName(name)).toBe(false);
  });

  it('in the byline slot of a story no person wrote ("Por: AIL | Agencia Informativa Latinoamericana")', () =>
    expect(source(page('<div class="td-post-author-name">Por: AIL | Agencia Informativa Latinoamericana</div> 7 agosto 2025'))).toBe(
      'Agencia Informativa Latinoamericana',
    ));

  it('as the JSON-LD author typed as an organization', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Gondelbahn bleibt bis Juli zu',
      author: [{ '@type': 'Organization', name: 'Pennant Newswire' }],
    })}</script>`;
    expect(source(page('19.06.2024', '', ld))).toBe('Pennant Newswire');
  });
});

describe('credits by "with" and prose credits', () => {
  it('reads a wire\'s acronym after "avec" ("Avec APC", "Ouest-Info avec APC"), not a word of a sentence', () => {
    expect(creditLine('Ouest-Info avec APC')?.source.name).toBe('APC');
    expect(creditLine('Avec APC')?.source.name).toBe('APC');
    expect(creditLine('Les habitants avec leurs voisins')).toBeNull();
  });

  it('ends the outlet\'s name before "on Oct. 3" (a sentence split at the month\'s dot had run into it)', () =>
    expect(
      creditLine(
        'This article first appeared in The Calder Valley Courier on Oct. 3, 2024, and is republished here through a news partnership. It may not be republished without permission.',
      )?.source.name,
    ).toBe('The Calder Valley Courier'));
});

describe('a by-word after a separator in the meta line below the headline', () => {
  const letter =
    '<p>Last Thursday we signed a lease on a building of our own, the first in the eleven years of the collective. </p>'.repeat(4);
  const page = (meta: string) =>
    `<!doctype html><html lang="en"><head><title>A season of open doors</title></head><body><table><tr><td><h1>A season of open doors</h1><p>${meta}</p>${letter}</td></tr></table></body></html>`;
  const byline = (meta: string) => extractArticle(page(meta), 'https://collective.example/news/open-doors')?.authors ?? [];

  it('reads the credit after a column\'s name ("From the Director’s Desk · By X, Executive Director")', () =>
    expect(byline('From the Director’s Desk · By Marisol Okafor, Executive Director')).toEqual(['Marisol Okafor']));

  it("reads no bare name there (a section's or a place's)", () => expect(byline('Community · Harbor District')).toEqual([]));
});
