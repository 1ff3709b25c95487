/**
 * Rules fixed on the fiftieth probe round (test/fixtures/probe-pages/dev: fashion and beauty trade press, personal finance,
 * Indonesian and Malaysian regional news, Greek and Cypriot news), constructed here in the shapes those pages showed.
 * Names, places, outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { isBoilerplateLine } from '../../../src/workers/extract/boilerplate';
import { photographerOfLine } from '../../../src/workers/extract/other-credit';
import { bylineNames, creditedNames } from '../../../src/workers/extract/person-name';

const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');

describe('a Korean reporter the footer’s imprint also names', () => {
  const STORY = [
    '화장품 제조 기업 한결코스메틱이 올해 1분기 수출 실적에서 전년 동기 대비 38% 증가한 412억원을 기록했다고 8일 밝혔다.',
    '회사 측은 동남아시아와 중동 시장에서 기초 화장품 판매가 크게 늘어난 것이 실적을 이끌었다고 설명했다.',
    '한결코스메틱은 하반기 유럽 시장 진출을 위해 현지 인증 절차를 준비하고 있다고 덧붙였다.',
  ];
  const page = (lead: string) => `<!doctype html><html lang="ko"><head><title>한결코스메틱 1분기 수출 38% 증가</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"한결코스메틱 1분기 수출 38% 증가","author":[{"@type":"Person","name":"윤서진"}]}</script></head>
    <body><article><h1>한결코스메틱 1분기 수출 38% 증가</h1><div class="body">${paras([`${lead}${STORY[0]}`, ...STORY.slice(1)])}</div></article>
    <footer><p>제호 : 뷰티마켓 | 발행인·편집인 : 정우람 | 청소년보호책임자 : 윤서진</p></footer></body></html>`;
  const URL = 'https://www.beautymarket.example/news/articleView.html?idxno=51234';

  it('is the writer when the page prints the name as its reporter ("[뷰티마켓 윤서진 기자]")', () =>
    expect(extractArticle(page('[뷰티마켓 윤서진 기자] '), URL)?.authors).toEqual(['윤서진']));

  it('is not, when the imprint is the only place that names the person', () => expect(extractArticle(page(''), URL)?.authors).toEqual([]));
});

describe('a photographer in the credits line closing the story', () => {
  it('is dropped from the structured authors ("에디터 X, Y | 포토그래퍼 Z")', () => {
    const STORY = [
      '지난 10월 16일부터 닷새간 열린 패션위크가 막을 내렸다. 올해는 국내 디자이너 브랜드 마흔두 곳이 런웨이에 올랐다.',
      '에디터들이 쇼장과 백스테이지를 오가며 포착한 다음 시즌의 키워드 다섯 가지를 정리했다.',
      '가장 눈에 띈 것은 재킷과 스커트를 한 벌로 맞춘 스커트 수트였다. 여러 브랜드가 이 스타일을 선보였다.',
    ];
    const html = `<!doctype html><html lang="ko"><head><title>패션위크 키워드</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"패션위크 키워드","author":[{"@type":"Person","name":"김하린"},{"@type":"Person","name":"정다은"},{"@type":"Person","name":"문태오"}]}</script></head>
      <body><article><h1>패션위크 키워드</h1><div class="info">에디터 김하린, 정다은</div><div class="article__body">${paras(STORY)}
      <div class="article__credit">에디터 김하린, 정다은 | 포토그래퍼 문태오 | 디지털 디자인 서지우</div></div></article></body></html>`;
    expect(extractArticle(html, 'https://style.example/fashion/article/20231019')?.authors).toEqual(['김하린', '정다은']);
  });

  it.each([
    ['포토그래퍼 문태오', '문태오'],
    ['사진=문태오', '문태오'],
    ['에디터 김하린', null],
  ])('a Korean picture credit: %j', (line, want) => expect(photographerOfLine(line)).toBe(want));
});

describe('writers and desks of the round', () => {
  it('Greek "Κείμενο: X" (text) before a photographer’s credit', () =>
    expect(creditedNames('Κείμενο: Μιχάλης Τζαννετάκης · Φωτογραφίες: Ελένη Ζαχαράκη', [], 'el')).toEqual(['Μιχάλης Τζαννετάκης']));

  it('a Malay news desk ("Meja Berita") is no writer', () => expect(bylineNames('Meja Berita', [], 'ms')).toEqual([]));
});

describe('republication notes of the round', () => {
  const STORY = [
    'Pembinaan jeti baharu di Teluk Serai dijangka siap sepenuhnya pada hujung bulan ini, kata pegawai daerah semalam.',
    'Jeti itu akan memudahkan lebih tiga ratus nelayan tempatan mendaratkan hasil tangkapan mereka setiap hari.',
    'Penduduk kampung menyambut baik projek tersebut yang telah lama dinantikan sejak banjir besar dua tahun lalu.',
  ];
  const page = (note: string, lang = 'ms') =>
    `<!doctype html><html lang="${lang}"><head><title>Jeti baharu hampir siap</title></head><body><article><h1>Jeti baharu hampir siap</h1><div class="body">${paras(STORY)}<p><em>${note}</em></p></div></article></body></html>`;
  const sourceOf = (html: string) => extractArticle(html, 'https://suara.example/2024/06/jeti-baharu')?.original_source?.name ?? null;

  it.each([
    ['Artikel ini pertama kali disiarkan oleh Harian Selatan dan disiarkan semula dengan kebenaran.', 'Harian Selatan'],
    ['Artikel ini telah tayang di KabarPesisir.com dengan judul "Jeti Baharu Hampir Siap".', 'KabarPesisir.com'],
  ])('Malay and Indonesian: %j', (note, want) => expect(sourceOf(page(note))).toBe(want));

  it('an Italian note’s date after the outlet is no part of its name ("dell’8 ottobre")', () =>
    expect(sourceOf(page('Articolo pubblicato originariamente su La Gazzetta di Valmonte dell’8 ottobre 2023.', 'it'))).toBe(
      'La Gazzetta di Valmonte',
    ));
});

describe('chrome lines of the round', () => {
  it.each([
    ['*Affiliate-Link: Wenn du über diesen Link einkaufst, erhalten wir eine kleine Provision.'],
    ['Advertiser disclosure: Moneywise Daily is compensated by some of the providers whose products appear on this page.'],
    ['4,6 von 5 Sternen (212 Bewertungen)'],
    ['4.6 out of 5 stars (212 reviews)'],
    ['1.907 kali dilihat'],
    ['✓ Medizinisch geprüft von Dr. med. Katrin Oswald'],
    ['Medically reviewed by Dana Cole, MD'],
  ])('%j', (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each([
    ['Die Bank erhält eine Provision, wenn Kunden den Vertrag über einen Vermittler abschließen.'],
    ['The fund returned 4.6 out of 5 years, the report said.'],
  ])('not story sentences: %j', (line) => expect(isBoilerplateLine(line)).toBe(false));
});
