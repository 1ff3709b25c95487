/**
 * Rules fixed on the thirty-sixth probe round (test/fixtures/probe-pages/dev: consumer-advice, travel, gaming), constructed
 * here in the shapes those pages showed. Names, places, outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { creditLine } from '../../../src/workers/extract/attribution';
import { photographerOfLine } from '../../../src/workers/extract/other-credit';
import { creditedNames } from '../../../src/workers/extract/person-name';

const STORY = [
  'Passengers are owed between 250 and 600 euros when they reach their destination more than three hours late.',
  'Airlines may refuse to pay when the delay was caused by extraordinary circumstances such as storms or strikes.',
  'Consumer groups advise travellers to keep their boarding passes and to write down the time they landed.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

function page(authors: string[], box: string, after = ''): string {
  const ld = JSON.stringify({
    '@type': 'Article',
    headline: 'What a delayed flight is worth',
    author: authors.map((name) => ({ '@type': 'Person', name })),
  });
  return `<!doctype html><html lang="es"><head><title>What a delayed flight is worth</title><script type="application/ld+json">${ld}</script></head><body><article><h1>What a delayed flight is worth</h1><div class="byline">${box}</div><div class="body">${STORY}${after}</div></article></body></html>`;
}
const extract = (html: string) => extractArticle(html, 'https://diario.example/consumo/retrasos');

describe('reviewers and photographers credited beside the writer', () => {
  it('reads a Spanish medical reviewer\'s credit, after a check mark and with her title ("✔ Revisado médicamente por la Dra. X, especialista …")', () => {
    expect(creditedNames('la Dra. Inés Carvajal Ruiz, especialista en Endocrinología y Nutrición')).toEqual(['Inés Carvajal Ruiz']);
    const box =
      '<p>Escrito por Lucía Barrenechea</p><p>✔ Revisado médicamente por la Dra. Inés Carvajal Ruiz, especialista en Endocrinología</p>';
    expect(extract(page(['Lucía Barrenechea', 'Inés Carvajal Ruiz'], box))?.authors).toEqual(['Lucía Barrenechea']);
  });

  it('reads a Swedish box\'s "Johan X Foto" under "Emma Y Text" as the photographer\'s', () => {
    expect(photographerOfLine('Johan Ekstrand Foto')).toBe('Johan Ekstrand');
    expect(photographerOfLine('Emma Lindqvist Text')).toBeNull();
  });
});

describe('sources', () => {
  it('reads help from an agency the line calls one ("Noticia elaborada con información de la agencia Iberpress.")', () =>
    expect(creditLine('Noticia elaborada con información de la agencia Iberpress.')?.source.name).toBe('Iberpress'));

  it('reads a German agency\'s short name closing the byline ("Von Anna X (rtd)"), not a party in capitals ("(SPD)")', () => {
    expect(extract(page([], 'Von Anna Kessler (rtd)'))?.original_source?.name).toBe('rtd');
    expect(extract(page([], 'Von Anna Kessler (SPD)'))?.original_source).toBeNull();
  });

  it('reads the Dutch "Dit artikel verscheen eerder in X", not the site\'s own paper ("verscheen ook in de krant van maandag")', () => {
    expect(creditLine('Dit artikel verscheen eerder in De Scheldebode.')?.source.name).toBe('De Scheldebode');
    expect(creditLine('Dit artikel verscheen ook in de krant van maandag 16 september 2024.')).toBeNull();
  });

  it('gives the issuer of a press release, and no source for a company\'s blog ("Source : blog officiel de X")', () => {
    expect(creditLine('Quelle: Pressemitteilung der Fördersysteme Kallmeyer GmbH')?.source.name).toBe('Fördersysteme Kallmeyer GmbH');
    expect(extract(page([], 'Von Anna Kessler', '<p>Quelle: Pressemitteilung der Stadt</p>'))?.original_source).toBeNull(); // a town hall's
    expect(extract(page([], 'Par Léa Martin', '<p>Source : blog officiel de Sorai Entertainment</p>'))?.original_source).toBeNull();
  });
});
