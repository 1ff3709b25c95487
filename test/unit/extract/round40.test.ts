/**
 * Rules fixed on the fortieth probe round (test/fixtures/probe-pages/dev: Europe's regional and minority languages),
 * constructed here in the shapes those pages showed. Names, places, outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { bylineNames } from '../../../src/workers/extract/person-name';
import { canonicalOutlet } from '../../../src/policy/outlets';

describe('a double surname joined by its "and"', () => {
  it.each([
    ['Text: Núria Ferrer i Oms', ['Núria Ferrer i Oms']],
    ['Maria Silva e Souza', ['Maria Silva e Souza']],
    ['José Ortega y Gasset', ['José Ortega y Gasset']],
    ['Núria Ferrer i Oms i Pau Castellví', ['Núria Ferrer i Oms', 'Pau Castellví']],
  ])('is one writer’s name: %j', (line, want) => expect(bylineNames(line)).toEqual(want));

  it('is not read where a given name and a surname follow the conjunction (two writers)', () =>
    expect(bylineNames('Anna Puig i Joan Soler')).toEqual(['Anna Puig', 'Joan Soler']));
});

describe('a source label in Europe’s regional languages', () => {
  const STORY = [
    'Three hikers trapped by the snow near the pass were rescued overnight after a search of almost six hours.',
    'The firefighters reached them on foot because the wind kept the helicopter on the ground until morning.',
    'All three were taken to the hospital in the valley with mild hypothermia and released before noon.',
  ];
  const page = (lang: string, line: string) =>
    `<!doctype html><html lang="${lang}"><head><title>Rescue at the pass</title></head><body><article><h1>Rescue at the pass</h1><div class="body">${STORY.map((p) => `<p>${p}</p>`).join('')}<p>${line}</p></div></article></body></html>`;
  const source = (lang: string, line: string) =>
    extractArticle(page(lang, line), 'https://regional.example/news/rescue')?.original_source?.canonical_name ?? null;

  it.each([
    ['ca', 'Font: ACN', 'ACN'],
    ['fy', 'Boarne: ANP', 'ANP'],
    ['eu', 'Iturria: Europa Press', 'Europa Press'],
    ['cy', 'Ffynhonnell: PA Media', 'PA Media'],
  ])('credits the agency it names (%s %j)', (lang, line, want) => expect(source(lang, line)).toBe(want));

  it('needs its colon in Catalan: "Font" opens English sentences about typefaces', () =>
    expect(source('en', 'Font Awesome icons are used on this site')).toBeNull());

  it('knows the Catalan agency by its names', () => expect(canonicalOutlet('Agència Catalana de Notícies')).toBe('ACN'));
});

describe('a source line naming the armed forces', () => {
  const STORY = [
    'Some 2,400 soldiers took part in the exercise, which tested the brigade’s ability to move across the region in two days.',
    'The exercise ended on Thursday with a river crossing near the town, watched by the defence minister and allied officers.',
    'A second phase is planned for the autumn with engineering units from two neighbouring countries.',
  ];
  const page = (line: string) =>
    `<!doctype html><html lang="fr"><head><title>Exercise ends</title></head><body><article><h1>Exercise ends</h1><div class="body">${STORY.map((p) => `<p>${p}</p>`).join('')}<p>${line}</p></div></article></body></html>`;
  it.each([['Sources : Armée de Terre / État-major des armées'], ['Quelle: Bundeswehr'], ['Source: Army Press Office']])(
    'credits no outlet: %j',
    (line) => expect(extractArticle(page(line), 'https://defense.example/actualites/exercice')?.original_source ?? null).toBeNull(),
  );
});

describe('an original known by its address alone', () => {
  const STORY = [
    'The cistern programme that built thousands of tanks in the region has been almost idle since 2021, families say.',
    'Without repairs or new works, farmers who relied on the tanks are back in the queue for the water lorry.',
    'The state government said a new round of building would start next year, once the federal money arrives.',
  ];
  const page = (note: string) => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Cisterns idle',
      isBasedOn: 'https://agenciamandacaru.example/reportagens/cisternas/',
    });
    return `<!doctype html><html lang="pt-BR"><head><title>Cisterns idle</title><script type="application/ld+json">${ld}</script></head><body><article><h1>Cisterns idle</h1><p class="note">${note}</p><div class="body">${STORY.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
  };
  const source = (note: string) => extractArticle(page(note), 'https://observatorio.example/2023/08/23/cisternas/')?.original_source;

  it('takes the name a credit line spells its host with', () =>
    expect(
      source(
        'Esta reportagem foi publicada originalmente pela Agência Mandacaru de Jornalismo e é republicada aqui sob licença Creative Commons.',
      ),
    ).toEqual({
      name: 'Agência Mandacaru de Jornalismo',
      url: 'https://agenciamandacaru.example/reportagens/cisternas/',
      canonical_name: null,
    }));

  it('keeps the address alone when no credit spells it', () =>
    expect(source('As famílias pedem a retomada do programa.')?.name ?? null).toBeNull());
});

describe('writers with their roles, the last after a comma and "et"', () => {
  it.each([
    ['Par Fatoumata Sangaré, chargée de programmes, et Idrissa Maïga, animateur terrain à Tassaga', ['Fatoumata Sangaré', 'Idrissa Maïga']],
    ['Par Claire Dumonteil, avocate associée, et Paul Vasseur, collaborateur', ['Claire Dumonteil', 'Paul Vasseur']],
    ['Marie Dubois, responsable communication', ['Marie Dubois']],
    ['Von Anna Dunst, Max Muster, und Eva Roe', ['Anna Dunst', 'Max Muster', 'Eva Roe']],
  ])('are read: %j', (line, want) => expect(bylineNames(line)).toEqual(want));

  it('leaves a role alone as no writer', () => expect(bylineNames('Chargé de mission')).toEqual([]));
});
