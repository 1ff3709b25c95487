/**
 * Rules fixed on the twenty-ninth probe round (test/fixtures/probe-pages/dev: business, institutions, byline-slot-traps,
 * sports), constructed here in the shapes those pages showed. Names, places and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { creditLine } from '../../../src/workers/extract/attribution';
import { isBoilerplateLine } from '../../../src/workers/extract/boilerplate';
import { bylineNames } from '../../../src/workers/extract/person-name';

describe('what a byline slot holds that is no person', () => {
  it.each([
    // a press release's section headings, in bold near its end (business/en-equitywatch-businesswire-ashgrove)
    ['Use of Non-GAAP Financial Measures'],
    ['Forward-Looking Statements'],
    // a CMS's administrator account in Greek (institutions/08), and its kin
    ['Διαχειριστής Ιστότοπου'],
    ['Администратор сайта'],
    // a generator (byline-slot-traps/en-bot-recap)
    ['GameRecap AI'],
    ['NewsDesk GPT'],
  ])('rejects %j', (raw) => expect(bylineNames(raw)).toEqual([]));

  it.each([
    ['Mark Di Stefano', ['Mark Di Stefano']],
    ['Steven Davidoff Solomon', ['Steven Davidoff Solomon']],
    ['Will Power', ['Will Power']],
    ['Ai Weiwei', ['Ai Weiwei']],
  ])('keeps the person in %j', (raw, names) => expect(bylineNames(raw)).toEqual(names));
});

describe('persons printed in awkward ways', () => {
  it.each([
    ['Por Gonzalo Ibarra de los Santos', ['Gonzalo Ibarra de los Santos']],
    ['By Amara Okonjo-Reyes in Oruwa', ['Amara Okonjo-Reyes']],
    ['Jan Peters aus Kiel', ['Jan Peters']],
    ['di Alberto Rinaldini Presidente', ['Alberto Rinaldini']],
    ['Ana do Nascimento', ['Ana do Nascimento']],
  ])('reads %j', (raw, names) => expect(bylineNames(raw)).toEqual(names));

  it('reads no person in a place whose words are joined by "de los" (an unseen page\'s "Corresponsal en Paso de los Tordos")', () =>
    expect(bylineNames('Paso de los Tordos')).toEqual([]));

  it.each([
    ['Na Rehema Mwakyusa', 'sw', ['Rehema Mwakyusa']],
    ['Per Núria Casadevall', 'ca', ['Núria Casadevall']],
    ['Nga Erion Basha', 'sq', ['Erion Basha']],
    ['Per Olsen', 'sv', ['Per Olsen']],
    ['Na Young-soo', 'ko', ['Na Young-soo']],
    ['Από Κατερίνα Λαμπροπούλου', '', ['Κατερίνα Λαμπροπούλου']],
    ['Аутор Милена Стојковић', 'sr', ['Милена Стојковић']],
  ])('cuts the by-word of %j on a page in %j', (raw, lang, names) => expect(bylineNames(raw, [], lang)).toEqual(names));
});

describe("an op-ed's note naming the paper it appeared in (institutions/05)", () => {
  it('reads "Articolo pubblicato su «X» del <date>" as the original outlet, without its quotes and date', () =>
    expect(creditLine('Articolo pubblicato su «Il Corriere di Valmorena» del 9 marzo 2024.')?.source.name).toBe(
      'Il Corriere di Valmorena',
    ));

  it('reads no outlet in "Articolo pubblicato in data 9 marzo 2024."', () =>
    expect(creditLine('Articolo pubblicato in data 9 marzo 2024.')).toBeNull());

  it("credits the paper on a regional government's page, the president as the byline", () => {
    const story = [
      'Le aree interne della nostra regione non sono un problema da gestire, ma una risorsa da valorizzare con investimenti seri e continui.',
      'Negli ultimi dieci anni i comuni montani hanno perso un abitante su otto, e con loro scuole, ambulatori e collegamenti.',
      'Per questo la Giunta ha approvato un piano da quaranta milioni per i servizi essenziali nei borghi sotto i mille abitanti.',
    ];
    const html = `<!doctype html><html lang="it"><head><title>Aree interne, una risorsa - Regione Valmorena</title><meta name="author" content="Ufficio stampa"></head><body><main><article><h1>Aree interne, una risorsa</h1><p class="autore">di Alberto Rinaldini Presidente</p>${story.map((p) => `<p>${p}</p>`).join('')}<p><em>Articolo pubblicato su «Il Corriere di Valmorena» del 9 marzo 2024.</em></p></article></main></body></html>`;
    const a = extractArticle(html, 'https://www.regione.valmorena.example/notizie/aree-interne');
    expect(a?.authors).toEqual(['Alberto Rinaldini']);
    expect(a?.original_source?.name).toBe('Il Corriere di Valmorena');
  });
});

describe('chrome lines of round 29', () => {
  it.each([
    'Edição: Marta Queirós',
    'Edited by Jane Roe',
    'A post shared by Tainá Lobo (@tainalobo)',
    'Uma publicação compartilhada por Tainá Lobo (@tainalobo)',
    'Page last updated: 7 November 2024, 11:26',
  ])('chrome: %j', (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each(['Edited by hand, the letters survived two fires.', 'Edição de 2024 do festival trouxe 40 mil pessoas à cidade.'])(
    'story: %j',
    (line) => expect(isBoilerplateLine(line)).toBe(false),
  );
});
