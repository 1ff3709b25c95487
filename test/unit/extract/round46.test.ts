/**
 * Rules fixed on the forty-sixth probe round (test/fixtures/probe-pages/dev: hospitals and health systems, labour
 * unions, museums and libraries, local radio's web news), constructed here in the shapes those pages showed. Names,
 * places, outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { bylineNames, creditedNames } from '../../../src/workers/extract/person-name';

const STORY = [
  'The regional council has approved the money for the bypass, ending a wait of almost two decades for the town.',
  'Lorries now pass within a few metres of the primary school, and residents have counted more than six hundred a day.',
  'The engineer told the station that the scheme will go to tender before Christmas, with work to start by April.',
  'Traders on the main street welcomed the news but asked for parking to be kept during the two years of works.',
];
const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');
const page = (body: string, lang = 'en', head = '') =>
  `<!doctype html><html lang="${lang}"><head><title>Bypass money approved</title>${head}</head><body><article><h1>Bypass money approved</h1>
  <div class="body">${body}</div></article></body></html>`;
const URL = 'https://station.example/news/bypass-money';

describe('a radio station is no writer', () => {
  it.each([['Rádio Planície'], ['Radio Vilanera'], ['Ràdio Vilanera']])('%j', (name) => expect(bylineNames(name)).toEqual([]));

  it('as the meta author of a page that names no writer', () =>
    expect(
      extractArticle(
        page(paras(STORY), 'pt', '<meta name="author" content="Rádio Planície">').replace(
          '</article>',
          '</article><div class="footer">© 2003-2023 Rádio Planície, Lda. - Todos os direitos reservados</div>',
        ),
        URL,
      )?.authors,
    ).toEqual([]));
});

describe('writers’ labels of the round', () => {
  it.each([
    ['Írta: Ingrid Solvang', 'hu', ['Ingrid Solvang']],
    ['Informa: Núria Pallarès', 'ca', ['Núria Pallarès']],
    ['Texto y entrevista: Sergio Benavent | Foto: Rocío Lanau', 'es', ['Sergio Benavent']],
    ['Text: Mgr. Petra Kalinová, foto: Jan Dvořák', 'cs', ['Petra Kalinová']],
  ])('%j', (line, lang, want) => expect(creditedNames(line, [], lang)).toEqual(want));
});

describe('an agency feature’s writer on the line above the wire’s dateline', () => {
  const lead = '<p>Santa Rita Huitzapan (México), 5 jun (EFE).- The beekeeper opens the wooden boxes of his apiary one after another.</p>';

  it('is the byline', () =>
    expect(extractArticle(page(`<p>Karla Méndez Ochoa</p>${lead}${paras(STORY)}`, 'es'), URL)?.authors).toEqual(['Karla Méndez Ochoa']));

  it('is not read without the dateline below it', () =>
    expect(extractArticle(page(`<p>Karla Méndez Ochoa</p>${paras(STORY)}`, 'es'), URL)?.authors ?? []).toEqual([]));
});

describe('an agency’s short name in lower case, in the dateline and after the writer', () => {
  it('is the source ("Emsbruck (dnd) –" and "Von Jörg Brettschneider, dnd")', () => {
    const body = `<p>Emsbruck (dnd) – Thousands of workers stopped work on Tuesday in the regional public services.</p>${paras(STORY)}`;
    const html = page(body, 'de').replace('<div class="body">', '<p class="byline">Von Jörg Brettschneider, dnd</p><div class="body">');
    expect(extractArticle(html, URL)?.original_source?.name).toBe('dnd');
  });

  it('is no source when it is a desk’s mark ("(red)")', () => {
    const body = `<p>Emsbruck (red) – Thousands of workers stopped work on Tuesday in the regional public services.</p>${paras(STORY)}`;
    const html = page(body, 'de').replace('<div class="body">', '<p class="byline">Von Jörg Brettschneider, red</p><div class="body">');
    expect(extractArticle(html, URL)?.original_source ?? null).toBeNull();
  });
});

describe('a media player’s fallback text', () => {
  it('is no story text', () => {
    const player =
      '<amp-audio width="auto" height="50" src="/clip.mp3"><div fallback><p>Your browser doesn’t support HTML5 audio.</p></div></amp-audio>';
    expect(extractArticle(page(paras(STORY.slice(0, 2)) + player + paras(STORY.slice(2))), URL)?.text).not.toContain('HTML5 audio');
  });
});
