/**
 * Rules fixed on the sixty-first probe round (test/fixtures/probe-pages/dev: Polish national portals, Czech and Slovak national
 * news, US alternative weeklies, Italian national dailies), constructed here in the shapes those pages showed. Names, places,
 * outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { bylineNames } from '../../../src/workers/extract/person-name';
import { canonicalOutlet } from '../../../src/policy/outlets';

const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const IT = [
  'C’è una parola norvegese che i dizionari traducono con silenzio ma che indica qualcosa di più ostinato.',
  'La storia si apre nel 2019, quando un’archivista torna nel villaggio per svuotare la casa della nonna appena morta.',
  'L’autrice alterna tre piani temporali con una precisione quasi da orologiaio, senza mai perdere il filo.',
  'La scrittura è asciutta, a tratti gelida come l’acqua del fiordo che dà il titolo al libro.',
  'Non tutto funziona allo stesso modo, ma il romanzo resta una delle sorprese più belle della stagione.',
];

const CS = [
  'Rodinné firmy v regionu stále častěji řeší, komu předat vedení, když děti o podnik nestojí.',
  'Podle průzkumu hospodářské komory hledá nástupce zhruba každá pátá firma založená v devadesátých letech.',
  'Majitelé se obracejí na poradce, prodávají podíly manažerům nebo zvažují vstup investora.',
  'Banky nabízejí úvěry na odkup firmy, zájem je ale zatím menší, než čekaly.',
  'Odborníci doporučují začít s přípravou nejméně pět let předem.',
];

const EN = [
  'The rural water district has raised its rates three times since 2021, according to board minutes.',
  'What the board has not done, according to state records, is file a financial audit since 2020.',
  'Residents say they learned of the latest increase from a notice stuffed in their mailboxes.',
  'The district manager said the audits had been delayed by staff turnover and would be filed this year.',
  'State law requires districts of its size to file an audit every year.',
];

describe('writers of the round', () => {
  it.each([
    ['Rozmawiał Krzysztof Maj', 'pl', ['Krzysztof Maj']], // Polish "interviewed by"
    ['Rozmawiała Anna Kowalczyk', 'pl', ['Anna Kowalczyk']],
    ['Ptala se Jana Nováková', 'cs', ['Jana Nováková']], // Czech "asked"
    ['Rozhovor viedol Peter Horváth', 'sk', ['Peter Horváth']],
    ['Rezensiert von Hartmut Lenz', 'de', ['Hartmut Lenz']], // a critic's credit
  ])('%j', (line, lang, names) => expect(bylineNames(line, [], lang)).toEqual(names));

  it('a right-aligned signature in italics closing the story', () => {
    const html = `<!doctype html><html lang="it"><head><title>La casa sul fiordo</title></head><body><table><tr><td><h1>La casa sul fiordo</h1><div class="testoarticolo">${paras(IT)}<p align="right"><i>Elena Varriale</i></p></div></td></tr></table></body></html>`;
    expect(extractArticle(html, 'http://lettere-oggi.example/recensioni/casa-fiordo.htm')?.authors).toEqual(['Elena Varriale']);
  });

  it('an italic line that is not right-aligned is no signature', () => {
    const html = `<!doctype html><html lang="it"><head><title>La casa sul fiordo</title></head><body><table><tr><td><h1>La casa sul fiordo</h1><div class="testoarticolo">${paras(IT)}<p><i>Elena Varriale</i></p></div></td></tr></table></body></html>`;
    expect(extractArticle(html, 'http://lettere-oggi.example/recensioni/casa-fiordo.htm')?.authors).toEqual([]);
  });

  it('a bold signature goes before the italic line under it (the source of the story: "Theo TTXVN")', () => {
    const html = `<!doctype html><html lang="it"><head><title>La casa sul fiordo</title></head><body><table><tr><td><h1>La casa sul fiordo</h1><div class="testoarticolo">${paras(IT)}<p><strong>Elena Varriale</strong></p><p align="right"><em>Fonte Ansa</em></p></div></td></tr></table></body></html>`;
    expect(extractArticle(html, 'http://lettere-oggi.example/recensioni/casa-fiordo.htm')?.authors).toEqual(['Elena Varriale']);
  });
});

describe('origins of the round', () => {
  const page = (note: string, lang: string, text: string[]) =>
    `<!doctype html><html lang="${lang}"><head><title>Story</title></head><body><article><h1>Story</h1>${paras(text)}<p><em>${note}</em></p></article></body></html>`;

  it.each([
    ['Článek původně vyšel v týdeníku Kapitál.', 'Kapitál'],
    ['Článok pôvodne vyšiel v českom týždenníku Obzor. Z češtiny preložila Katarína Benková.', 'Obzor'],
  ])('a Czech or Slovak republication note: %j', (note, outlet) =>
    expect(extractArticle(page(note, 'cs', CS), 'https://ekonomika.example/clanek/rodinne-firmy')?.original_source?.name).toBe(outlet),
  );

  it('an outlet declined in the locative ("v Klatovském týdeníku") is not read: its printed form is not the name', () =>
    expect(
      extractArticle(page('Článek původně vyšel v Klatovském týdeníku.', 'cs', CS), 'https://ekonomika.example/clanek/rodinne-firmy')
        ?.original_source,
    ).toBeNull());

  it('a Polish one: "Artykuł ukazał się pierwotnie w tygodniku X"', () =>
    expect(
      extractArticle(page('Artykuł ukazał się pierwotnie w tygodniku Przegląd Tygodnia.', 'pl', CS), 'https://portal.example/a/1')
        ?.original_source?.name,
    ).toBe('Przegląd Tygodnia'));

  it('"This story was produced by X, a nonprofit newsroom …"', () =>
    expect(
      extractArticle(
        page('This story was produced by Prairie Ledger, a nonprofit newsroom covering rural affairs.', 'en', EN),
        'https://metro-weekly.example/news/water-district',
      )?.original_source?.name,
    ).toBe('Prairie Ledger'));

  it.each([
    ['LaPresse', 'LaPresse'],
    ['askanews', 'askanews'],
    ['AGI', 'AGI'],
    ['ISBnews', 'ISBnews'],
  ])('%j is a known outlet', (name, canonical) => expect(canonicalOutlet(name)).toBe(canonical));
});
