/**
 * Rules fixed on the thirty-fourth probe round (test/fixtures/probe-pages/dev: paywalled, photo-stories, fact-checks),
 * constructed here in the shapes those pages showed. Names, places, outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { photographerOfLine } from '../../../src/workers/extract/other-credit';
import { isAgencyCredit } from '../../../src/workers/extract/wire-marks';

const STORY = [
  'More than three thousand people came to the ice race on the lake on Sunday, despite the cold and a gusting wind.',
  'For the first time the club ran a class for electric cars, and five drivers entered it with rebuilt hatchbacks.',
  'The organisers had measured thirty-eight centimetres of ice at the start of the week, enough for the heavy cars.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

/** A story page whose JSON-LD names `authors`, with `box` below the headline (in a byline-classed box unless `boxClass` says otherwise) and `after` after the story. */
function page(authors: string[], box: string, after = '', boxClass = 'byline'): string {
  const ld = JSON.stringify({
    '@type': 'NewsArticle',
    headline: 'Ice race draws thousands',
    author: authors.map((name) => ({ '@type': 'Person', name })),
  });
  return `<!doctype html><html lang="sv"><head><title>Ice race draws thousands</title><script type="application/ld+json">${ld}</script></head><body><main><article><h1>Ice race draws thousands</h1><div class="${boxClass}">${box}</div><div class="body">${STORY}</div></article>${after}</main></body></html>`;
}
const authors = (html: string) => extractArticle(html, 'https://tidning.example/2025/israce')?.authors ?? [];

describe('photographers in a byline box, without a colon', () => {
  it('reads the picture label\'s name ("Foto Johan X") and a name with the role after it, spaced or run together', () => {
    expect(photographerOfLine('Foto Johan Ekvall')).toBe('Johan Ekvall');
    expect(photographerOfLine('Kristoffer Lie Fotograf')).toBe('Kristoffer Lie');
    expect(photographerOfLine('Kristoffer LieFotograf')).toBe('Kristoffer Lie');
    expect(photographerOfLine('Text Elin Sandberg')).toBeNull();
    expect(photographerOfLine('Foto Galerie')).toBeNull();
  });

  it('drops the photographer the JSON-LD lists among the authors ("Text Elin X" / "Foto Johan Y")', () =>
    expect(authors(page(['Elin Sandberg', 'Johan Ekvall'], '<div>Text Elin Sandberg</div><div>Foto Johan Ekvall</div>'))).toEqual([
      'Elin Sandberg',
    ]));

  it('and one whose card gives the role after the name (a link and a span, read run together: "Kristoffer LieFotograf")', () => {
    const card = (name: string, role: string) =>
      `<div class="flex items-center"><img src="/b.jpg" alt=""><div class="leading-tight"><a href="/journalister/x" class="font-bold">${name}</a><span class="block">${role}</span></div></div>`;
    const box = card('Ingrid Haugland', 'Journalist') + card('Eirik Nygaard', 'Journalist') + card('Kristoffer Lie', 'Fotograf');
    expect(authors(page(['Ingrid Haugland', 'Eirik Nygaard', 'Kristoffer Lie'], box, '', 'mt-4 flex flex-wrap gap-4'))).toEqual([
      'Ingrid Haugland',
      'Eirik Nygaard',
    ]);
  });
});

describe('structured co-authors the visible byline does not credit', () => {
  const teaser =
    '<section><h2>More from the desk</h2><div><a href="/b">Building permits fall again</a><p>By Bernd Oltmanns</p></div></section>';

  it('prints only those "By X" names, when the others are printed only elsewhere (a related story\'s byline)', () =>
    expect(authors(page(['Friederike Amsel', 'Bernd Oltmanns'], 'By Friederike Amsel', teaser))).toEqual(['Friederike Amsel']));

  it('keeps them when they are printed below the headline too', () =>
    expect(
      authors(page(['Friederike Amsel', 'Bernd Oltmanns'], 'By Friederike Amsel<br>With reporting by Bernd Oltmanns', teaser)),
    ).toEqual(['Friederike Amsel', 'Bernd Oltmanns']));
});

describe('an agency named where the page says who wrote the story', () => {
  it('is an agency\'s word with its name alone, not a public relations agency\'s or a generic "Agency News"', () => {
    for (const name of ['Agencia Atalaya', 'Agência Aferição', 'Agence Belga']) expect(isAgencyCredit(name)).toBe(true);
    for (const name of ['Agence Mistral RP', 'Agency News', 'Agencia Estatal de Meteorología', 'agencia local'])
      expect(isAgencyCredit(name)).toBe(false);
  });

  it('credits the writer\'s agency after "da" in the byline ("Por Renata X, da Agência Y 12/08/2025 às 15h40")', () => {
    const html = `<!doctype html><html lang="pt-BR"><head><title>Checagem</title></head><body><article><h1>Vídeo não mostra vacina causando paralisia</h1><p class="byline">Por Renata Couto Vilela, da Agência Aferição 12/08/2025 às 15h40</p>${STORY}</article></body></html>`;
    expect(extractArticle(html, 'https://portal.example/checagem/1')?.original_source?.name).toBe('Agência Aferição');
  });
});
