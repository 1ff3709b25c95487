/**
 * Rules fixed on the fifty-seventh probe round (test/fixtures/probe-pages/dev: Turkish local news, English-language local
 * news of Canada, Indonesian national news, Nordic national dailies), constructed here in the shapes those pages showed.
 * Names, places, outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { isBoilerplateLine } from '../../../src/workers/extract/boilerplate';
import { closingCredit, datelineCredit } from '../../../src/workers/extract/byline-line';
import { bylineNames, creditedNames } from '../../../src/workers/extract/person-name';

const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const STORY = [
  'The provincial government collected more than it expected from the new levy in the first quarter of the year, officials said.',
  'The levy is charged once on arrival and is paid online before travel or at counters in the airport arrival hall.',
  'Officials said most of the money would go to restoring temples and supporting traditional arts groups in the villages.',
  'Some travellers complained they had not known about the levy before they arrived, and officials promised better information.',
  'The government expects the proceeds to double next year as more airlines tell their passengers about the levy at booking.',
];

const page = (body: string, lang = 'en', head = '') =>
  `<!doctype html><html lang="${lang}"><head><title>Levy proceeds rise</title>${head}</head><body><article><h1>Levy proceeds rise in first quarter</h1>${body}</article></body></html>`;

describe('writers of the round', () => {
  it.each([['Tim Redaksi'], ['Redaksi Cakrawala']])('an Indonesian desk is no writer: %j', (line) =>
    expect(creditedNames(line, [], 'id')).toEqual([]),
  );

  it.each([
    ['Teksti: Mikko Laine, STT', 'fi', ['Mikko Laine']], // Finnish "text:"
    ['Texti: Guðrún Ásgeirsdóttir', 'is', ['Guðrún Ásgeirsdóttir']], // Icelandic
  ])('a Nordic text credit: %j', (line, lang, names) => expect(bylineNames(line, [], lang)).toEqual(names));

  it('... read as the writer, without the word', () => expect(bylineNames('Gönderen Rojda Ekinci', [], 'tr')).toEqual(['Rojda Ekinci']));

  it.each([
    ['Reporter: Aditya Ramadhan, Melati Kusuma', 'Aditya Ramadhan and Melati Kusuma'], // ANTARA's credits block: a list of names
    ['— Story and photos by Doug Fenske', 'Doug Fenske'],
    ['*) Bambang Sutrisno Hadi, pengajar di Fakultas Pertanian Universitas Merapi Raya, Yogyakarta.', 'Bambang Sutrisno Hadi'],
  ])('a credit closing the story: %j', (line, credit) => expect(closingCredit(line)).toBe(credit));

  it('a reporter’s label closing the story, under a wire desk’s account', () => {
    const html = page(
      `<div class="byline">Wire Desk</div>${paras([...STORY, ...STORY.map((p) => `Earlier this year, ${p.toLowerCase()}`)])}<p>Reporter: Aditya Ramadhan, Melati Kusuma<br>Editor: Anton Susilo<br>Copyright © ANTARA 2024</p>`,
    );
    expect(extractArticle(html, 'https://dispatch.example/bali-levy/')?.authors).toEqual(['Aditya Ramadhan', 'Melati Kusuma']);
  });

  it('a Turkish agency’s reporter in its dateline ("Kaan YILDIRIM/ACIPAYAM (Denizli), (DHA) -")', () =>
    expect(datelineCredit('Kaan YILDIRIM/ACIPAYAM (Denizli), (DHA) - Denizli’nin Acıpayam ilçesinde gece saatlerinde yangın çıktı.')).toBe(
      'Kaan YILDIRIM',
    ));

  it('... only a known agency’s', () => expect(datelineCredit('Kaan YILDIRIM/ACIPAYAM (Denizli), (XYZ) - Yangın çıktı.')).toBeUndefined());

  it('an Icelandic author class ("hofundur-nafn") holds the byline', () => {
    const html = page(
      `<div class="field-name-field-hofundur"><span class="hofundur-nafn">Guðrún Ásgeirsdóttir</span></div>${paras(STORY)}`,
      'is',
    );
    expect(extractArticle(html, 'https://rvk.example/frettir/2024/03/12/gjald')?.authors).toEqual(['Guðrún Ásgeirsdóttir']);
  });
});

describe('republication notes of the round', () => {
  it.each([
    [
      'Denne saka vart først publisert i <a href="https://hardanger.example/">Hardangerposten</a> og er delt med Vestlandsavisa.',
      'Hardangerposten',
    ],
    ['Denne saken ble først publisert i Sunnmørsbladet.', 'Sunnmørsbladet'],
    ['Artikeln publicerades först i Norrlandskuriren.', 'Norrlandskuriren'],
    ['Bu haber ilk olarak Gebze Manşet gazetesinde yayımlanmıştır.', 'Gebze Manşet'],
  ])('%s', (note, outlet) => {
    const html = page(`${paras(STORY)}<p><em>${note}</em></p>`);
    expect(extractArticle(html, 'https://avisa.example/2024/05/frost')?.original_source?.name).toBe(outlet);
  });
});

describe('chrome lines of the round', () => {
  it.each([
    ['- Iklan -'],
    ['Auglýsing'],
    ['SCROLL TO CONTINUE WITH CONTENT'],
    ['Article content'],
    ['Redan prenumerant?'],
    ['Bu haber 1.204 kez okundu'],
    ['Arkadaşına Gönder'],
    ['Usta Abdulkadir Bayram, 54 yıldır aynı dükkânda bakır dövüyor. (Fotoğraf: Rojda Ekinci)'],
  ])('%j', (line) => expect(isBoilerplateLine(line)).toBe(true));

  it('a story’s sentence with the word "content" is none', () =>
    expect(isBoilerplateLine('Article content will be reviewed by the board before publication.')).toBe(false));
});
