/**
 * Rules fixed on the twenty-eighth probe round (test/fixtures/probe-pages/dev: long-form, old-sites, framework-sites),
 * constructed here in the shapes those pages showed: long-form features, old table-layout sites and pages built with
 * JavaScript frameworks. Names, places and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { creditLine } from '../../../src/workers/extract/attribution';
import { isBoilerplateLine, isBoilerplateElement } from '../../../src/workers/extract/boilerplate';
import { parsePage } from '../../../src/workers/extract/parse';
import { contactBlock } from '../../../src/workers/extract/tail';
import { Segment } from '../../../src/workers/extract/text';
import { isElement } from '../../../src/workers/extract/dom';

const NOW = '2026-12-05T04:00:00Z';
const PROSE = [
  'Der Gemeinderat hat am Dienstag beschlossen, die Ortsdurchfahrt im Sommer für sechs Wochen voll zu sperren und den Verkehr umzuleiten.',
  'Die Umleitung führt über die Kreisstraße nach Oberlindach, die dafür verbreitert wird; Anlieger dürfen bis zur Baustelle fahren.',
  'Das Bauamt rechnet mit Kosten von rund 1,2 Millionen Euro, von denen der Freistaat zwei Drittel übernimmt, wie der Bürgermeister sagte.',
];
const STORY = PROSE.map((p) => `<p>${p}</p>`).join('');

describe('credit lines', () => {
  it('reads "<site> avec AFP" with particles in the site\'s name, and with the dates its meta line goes on to', () => {
    expect(creditLine('Le Courrier du Rhône avec AFP')?.source.name).toBe('AFP');
    expect(creditLine('Le Courrier du Rhône avec AFP Publié le 12/01/2024 à 14:32, mis à jour le 13/01/2024')?.source.name).toBe('AFP');
    expect(creditLine('Le Courrier du Rhône avec ses lecteurs')).toBeNull();
  });

  const printNote = (url: string, site: string) =>
    extractArticle(
      `<!doctype html><html lang="de"><head><title>Das Dorf, das sein Wasser verkaufte - ${site}</title><meta property="og:site_name" content="${site}"></head><body><article><h1>Das Dorf, das sein Wasser verkaufte</h1>${STORY}<p class="note"><em>Diese Reportage erschien zuerst in der gedruckten Ausgabe 12/2024 der WOCHENPOST.</em></p></article></body></html>`,
      url,
    )?.original_source ?? null;

  it('credits no other outlet for the site\'s own print edition, named before the site ("… in der gedruckten Ausgabe 12/2024 der WOCHENPOST")', () => {
    expect(printNote('https://www.wochenpost.example/umwelt/dorf-wasser', 'DIE WOCHENPOST')).toBeNull();
  });

  it("credits the paper when the print edition is another outlet's", () => {
    expect(printNote('https://www.talbote.example/umwelt/dorf-wasser', 'Talbote')?.name).toBe('WOCHENPOST');
  });
});

describe('chrome lines and boxes', () => {
  it.each([
    'Ver galería completa (14 fotos)',
    'View full gallery',
    'Zur Bildergalerie',
    'Écrit par Administrateur',
    'Written by Super User',
    'Video · Bekijk hoe de archeologen het wrak blootleggen (1:48)',
  ])('chrome: %j', (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each([
    'Ver a galeria de arte foi o melhor momento da viagem, disse ela.',
    'Written by hand, the letters survived two fires.',
    'Video evidence from 2019 showed the collapse (see page 4).',
  ])('story: %j', (line) => expect(isBoilerplateLine(line)).toBe(false));

  it.each(['dcr-contributions-epic', 'donate-box', 'support-us'])('a reader-funding appeal by its class: %s', (cls) => {
    const el = parsePage(`<div class="${cls}"><p>x</p></div>`).body!.children.find(isElement)!;
    expect(isBoilerplateElement(el)).toBe(true);
  });
});

describe("a press release's contact, in one line or in Japanese", () => {
  const seg = (text: string): Segment => ({ text }) as Segment;
  const story = (...lines: string[]) => [...PROSE.map(seg), ...lines.map(seg)];

  it.each([
    [['Media enquiries: Ruth Amberley, communications coordinator, press@marrowfield.example'], 1],
    [['本件に関するお問い合わせ', '株式会社ミナモリンク 広報担当：三浦 涼子', 'メール：pr@minamolink.example'], 3],
  ])('leaves out %j', (lines, n) => expect(contactBlock(story(...lines)).map((s) => s.text)).toEqual(lines.slice(-n)));

  it('keeps a sentence that names a contact and an address', () =>
    expect(contactBlock(story('Media enquiries go to the press office at press@marrowfield.example, the council said.'))).toEqual([]));
});

describe('dates and headlines of old and builder-made pages', () => {
  it('takes the printed publication over an element marked "published" that prints the update (a SPIP theme\'s abbr)', () => {
    const html = `<!doctype html><html lang="fr"><head><title>Le moulin rouvre ses portes</title></head><body><div id="contenu"><h1 class="titre">Le moulin rouvre ses portes</h1><p class="info-publi">mardi 3 avril 2007, par Monique Lefebvre</p><p class="info-publi"><abbr class="published" title="2007-04-05T09:12:44Z">Mise à jour : jeudi 5 avril 2007</abbr></p><div class="texte">${STORY}</div></div></body></html>`;
    expect(extractArticle(html, 'https://asso.example/spip.php?article12', { now: NOW })?.published_at?.slice(0, 10)).toBe('2007-04-03');
  });

  it("reads the date line around a headline printed without a heading (a table layout's <font><b>), found by the title's text", () => {
    const html = `<!doctype html><html lang="de"><head><title>Gemeinde Lindachtal - Aktuelles - Ortsdurchfahrt Unterlindach: Vollsperrung ab 2. Juni</title></head><body><table><tr><td class="nav"><a href="/">Startseite</a> <a href="/aktuelles">Aktuelles</a></td><td><font size="1" color="#888888">Veröffentlicht am 14.05.2009</font><br><font size="4"><b>Ortsdurchfahrt Unterlindach: Vollsperrung ab 2. Juni</b></font><br>${STORY}</td><td class="right"><font color="#888888">12.05.2009</font><br><a href="/a/1">Infoabend im Rathaus</a></td></tr></table></body></html>`;
    const a = extractArticle(html, 'https://www.lindachtal.example/aktuelles/ortsdurchfahrt', { now: NOW });
    expect(a?.title).toBe('Ortsdurchfahrt Unterlindach: Vollsperrung ab 2. Juni');
    expect(a?.published_at?.slice(0, 10)).toBe('2009-05-14');
  });
});

describe("a Japanese reporter's name closing the story in full-width parentheses", () => {
  const page = (closing: string) =>
    `<!doctype html><html lang="ja"><head><title>旧体育館を酒蔵に\u3000地元蔵元が熟成庫として活用</title><meta name="author" content="東湊新報"></head><body><div class="css-1a"><h1 class="css-2b">旧体育館を酒蔵に\u3000地元蔵元が熟成庫として活用</h1><div class="css-3c"><p class="css-4d">東湊市の蔵元が、閉校した小学校の旧体育館を日本酒の熟成庫として使い始めた。温度が一年を通して安定していることに目を付けたという。</p><p class="css-4d">改修には約八千万円をかけ、県の補助金も活用した。最初の熟成酒の出荷は二〇二九年を見込む。</p><p class="css-4d">社長は「酒は待つ仕事。この体育館で、次の世代に手渡せる酒を育てたい」と話している。</p><p class="css-5e">${closing}</p></div></div></body></html>`;

  it('gives the spaced name as the byline', () =>
    expect(extractArticle(page('（北川 奏太）'), 'https://higashiminato.example/news/123')?.authors).toEqual(['北川 奏太']));

  it("gives no byline for a wire's mark in the same place", () =>
    expect(extractArticle(page('（共同）'), 'https://higashiminato.example/news/123')?.authors).toEqual([]));
});
