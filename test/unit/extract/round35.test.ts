/**
 * Rules fixed on the thirty-fifth probe round (test/fixtures/probe-pages/dev: reader-letters, agency-sites, obituaries),
 * constructed here in the shapes those pages showed. Names, places, outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { slashAgency } from '../../../src/workers/extract/wire-marks';

const STORY = [
  'The regulator approved a rise of six and a half per cent in electricity tariffs for commercial users on Wednesday.',
  'Household rates stay as they are for a third year running, the commission said after releasing its order.',
  'The two state-owned distribution companies had asked for more than eleven per cent to cover their losses.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

/** A page of `site` with `meta` below the headline and `after` closing the story. */
function page(meta: string, after = '', site = 'Valley Courier', lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><title>Tariffs rise for business | ${site}</title><meta property="og:site_name" content="${site}"></head><body><article><h1>Tariffs rise for business</h1><div class="meta">${meta}</div><div class="body">${STORY}${after}</div></article></body></html>`;
}
const extract = (html: string) => extractArticle(html, 'https://www.example-news.in/national/tariffs');

describe("titles and genre words before a writer's name", () => {
  it('drops a British councillor\'s "Cllr" ("By Cllr Priya X")', () =>
    expect(extract(page('By Cllr Priya Halden'))?.authors).toEqual(['Priya Halden']));

  it('reads "Artigo de X" and "Artículo de X" as by-words', () => {
    expect(extract(page('Artigo de Renata Albuquerque Tavares', '', 'Valley Courier', 'pt-BR'))?.authors).toEqual([
      'Renata Albuquerque Tavares',
    ]);
    expect(extract(page('Artículo de Lucía Ferrándiz', '', 'Valley Courier', 'es'))?.authors).toEqual(['Lucía Ferrándiz']);
  });
});

describe("an agency's own site", () => {
  it('is not credited as its own source when a note names it by its initials ("published from the DWA wire" on Deccan Wire Agency)', () =>
    expect(
      extract(page('DWA Published: 12 Mar 2025', '<p>This story has been published from the DWA wire.</p>', 'Deccan Wire Agency'))
        ?.original_source,
    ).toBeNull());

  it("but another outlet's site credits it so", () =>
    expect(extract(page('Published: 12 Mar 2025', '<p>This story has been published from the DWA wire.</p>'))?.original_source?.name).toBe(
      'the DWA wire',
    ));
});

describe('agencies the outlet table lacks, as German and Latin American portals print them', () => {
  it('reads a source label after the clock\'s "Uhr", and a German agency\'s short name in lower case ("14:27 Uhr Quelle: mpd")', () =>
    expect(extract(page('03.06.2025 – 14:27 Uhr Quelle: mpd', '', 'Tal Aktuell', 'de'))?.original_source?.name).toBe('mpd'));

  it('but not the desk\'s or a release service\'s short form ("Quelle: red", "Quelle: ots")', () => {
    for (const short of ['red', 'ots'])
      expect(extract(page(`03.06.2025 – 14:27 Uhr Quelle: ${short}`, '', 'Tal Aktuell', 'de'))?.original_source).toBeNull();
  });

  it('reads a brand\'s name after the writer\'s slash ("Por X / NotiCon"), not a second writer', () => {
    expect(slashAgency('Por Rodrigo Quintanilla Ávalos / NotiCon')).toBe('NotiCon');
    expect(slashAgency('Anna Dunst / Max Muster')).toBeNull();
    expect(slashAgency('Hanna Berglöf/TT')).toBe('TT');
  });
});
