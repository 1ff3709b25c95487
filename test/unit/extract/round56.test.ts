/**
 * Rules fixed on the fifty-sixth probe round (test/fixtures/probe-pages/dev: Korean regional news, Philippine regional
 * news, Italian local news, news of Southern Africa), constructed here in the shapes those pages showed. Names, places,
 * outlets and stories are made up.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../../../src/workers/extract';
import { canonicalOutlet } from '../../../src/policy/outlets';
import { isBoilerplateLine } from '../../../src/workers/extract/boilerplate';
import { closingCredit } from '../../../src/workers/extract/byline-line';
import { findTextDates } from '../../../src/workers/extract/date-text';
import { bylineNames, creditedNames, isPersonName } from '../../../src/workers/extract/person-name';

/** The round's own page from dev/, and its label. */
function roundPage(rel: string): { html: string; label: { url: string; authors: string[] } } {
  const file = path.join(__dirname, '../../fixtures/probe-pages/dev', rel);
  const labels = JSON.parse(fs.readFileSync(path.join(path.dirname(file), 'labels.json'), 'utf8')) as Record<
    string,
    { url: string; authors: string[] }
  >;
  return { html: fs.readFileSync(file, 'utf8'), label: labels[path.basename(file)]! };
}

const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const KO = [
  '충북 청주 오송 바이오밸리 3단계 조성사업 부지 보상이 이달부터 시작된다.',
  '충북도와 충북개발공사는 3단계 사업지구에 대한 감정평가를 마치고 이달 말부터 토지주들에게 협의 보상 계획을 통지할 예정이라고 12일 밝혔다.',
  '보상 대상은 토지 1,380필지와 지장물 640여 건이다. 총 보상비는 약 3,100억원으로 추산된다.',
  '도는 올해 상반기 안에 협의 보상을 마무리하고 하반기 부지 조성 공사에 들어간다는 계획이다.',
  '그러나 토지주들의 반발은 여전하다. 주민대책위원회는 현실적인 보상을 요구하고 있다.',
];

const koPage = (head: string, top: string, body: string) =>
  `<!doctype html><html lang="ko"><head><title>오송 3단계 보상 착수</title>${head}</head><body><div class="view"><h2 class="view_tit">오송 바이오밸리 3단계 부지 보상 착수</h2>${top}<div class="view_cont">${body}</div></div></body></html>`;

describe('Korean wire copy', () => {
  it.each([['뉴시스'], ['共同通信']])('a known agency in a name’s shape is no name: %j', (name) => expect(isPersonName(name)).toBe(false));

  it('an agency in the writer’s slot and the meta author: the reporters of the wire’s lead, in square brackets', () => {
    const html = koPage(
      '<meta name="author" content="뉴시스">',
      '<div class="view_info"><span class="writer">뉴시스</span><span class="date">등록 2024-03-12 10:48</span></div>',
      `<p>[청주=뉴시스] 박민호 기자 = ${KO[0]}</p>${paras(KO.slice(1))}`,
    );
    const a = extractArticle(html, 'https://cbtoday.example/news/view.php?no=48213');
    expect(a?.authors).toEqual(['박민호']);
    expect(a?.original_source?.canonical_name).toBe('Newsis');
  });

  it('two reporters a space apart in the lead ("(포항=연합뉴스) 우태경 김나리 기자 =")', () => {
    const html = koPage('', '', `<p>(포항=연합뉴스) 우태경 김나리 기자 = ${KO[0]}</p>${paras(KO.slice(1))}`);
    expect(extractArticle(html, 'https://pohang.example/2024/03/12/drone/')?.authors).toEqual(['우태경', '김나리']);
  });

  it.each([['/ 윤미라 시민기자'], ['<김서준 기자>'], ['이영희 특파원 yhlee@example.co.kr']])(
    'a reporter’s sign-off closing the story: %j',
    (line) => expect(closingCredit(line)).toBeDefined(),
  );

  it('the sign-off gives the byline', () => {
    const html = koPage('', '', `${paras(KO)}<p style="text-align:right;">/ 윤미라 시민기자</p>`);
    expect(extractArticle(html, 'https://ywmaeul.example/bbs/board.php?bo_table=news&wr_id=412')?.authors).toEqual(['윤미라']);
  });

  it.each([
    ['작성일 24-03-12 09:41', '2024-03-12'], // gnuboard's two-digit year first
    ['登録 24.03.12', '2024-03-12'],
    ['Posted 24.03.12', '2012-03-24'], // elsewhere the day comes first
  ])('a numeric date with a two-digit year: %j', (text, day) => expect(findTextDates(text)[0]?.day).toBe(day));

  it('a board’s name after the headline in the page’s h1 ("X > 마을소식") is left off where og:title gives the headline', () => {
    const html = `<!doctype html><html lang="ko"><head><title>목욕탕, 공유부엌으로 &gt; 마을소식 | 영월마을신문</title><meta property="og:title" content="목욕탕, 공유부엌으로"></head><body><h1 id="hd_h1">목욕탕, 공유부엌으로 &gt; 마을소식</h1><article>${paras(KO)}</article></body></html>`;
    expect(extractArticle(html, 'https://ywmaeul.example/bbs/board.php?wr_id=9')?.title).toBe('목욕탕, 공유부엌으로');
  });
});

const EN = [
  'The city council has approved an ordinance requiring all new buildings along the coastal road to set aside space for trees.',
  'The measure, passed on third reading on Wednesday, also bans the cutting of mangroves within 50 meters of the shoreline.',
  'Councilors said the ordinance was drafted after residents complained about flooding in low-lying villages during the last typhoon season.',
  'Developers who fail to comply will be fined and their building permits suspended until the required green space is provided.',
  'The mayor is expected to sign the ordinance next week, after which it takes effect fifteen days from its publication.',
];
const enPage = (body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><title>Council passes green ordinance</title></head><body><article><h1>Council passes green ordinance</h1>${body}</article></body></html>`;

describe('Philippine bylines', () => {
  it.each([
    ['By Ma. Theresa Villaluz', ['Ma. Theresa Villaluz']], // "Ma." is Maria
    ['Ann Lee. Bo Kim', ['Ann Lee', 'Bo Kim']],
  ])('%j', (line, names) => expect(bylineNames(line, [], 'en')).toEqual(names));

  it.each([
    ['Ulat nina Jun Macaraeg at Ellaine Soriano', ['Jun Macaraeg', 'Ellaine Soriano']], // "report of X and Y"
    ['Sinurat ni Leonora Agbayani', ['Leonora Agbayani']], // Ilocano "written by"
    ['Ni Roberto Dizon', ['Roberto Dizon']],
  ])('a Tagalog or Ilocano credit: %j', (line, names) => expect(bylineNames(line, [], 'fil')).toEqual(names));

  it('a sentence opening with the Ilocano "Ni" names no writer, whatever follows the name', () =>
    expect(
      creditedNames(
        'Ni Mang Crisanto Ulep, 63, a mannalon iti Barangay San Marcelino, Dingras, kinunana a nangrugida nga agarado idi Lunes.',
        [],
        'fil',
      ),
    ).toEqual([]));

  it('the Ilocano sign-off after its dash closing the story gives the byline', () => {
    const html = enPage(`${paras(EN)}<div style="text-align: right;"><i>—Sinurat ni Leonora Agbayani</i></div>`, 'fil');
    expect(extractArticle(html, 'https://dapayan.example/2024/07/ordinance.html')?.authors).toEqual(['Leonora Agbayani']);
  });

  it('a sign-off after a dash with the writer’s role ("— X, Sentinel Correspondent")', () =>
    expect(closingCredit('— Virgilio R. Ramos, Sentinel Correspondent')).toBe('Virgilio R. Ramos'));

  it('... not with another role', () => expect(closingCredit('— Maricel Viray, City Health Officer')).toBeUndefined());
});

describe('the round’s pages', () => {
  it.each([
    ['philippines-regional/05-dapayanamianan-blogger-ilocano.html'],
    ['korea-regional/02-cbtoday-newsis-copy.html'],
    // an old table layout whose story's roots end with the sign-off's own paragraph ("— X, Sentinel Correspondent")
    ['philippines-regional/09-pangasinansentinel-table-layout.html'],
  ])('give their writers: %s', (rel) => {
    const { html, label } = roundPage(rel);
    expect(extractArticle(html, label.url)?.authors).toEqual(label.authors);
  });
});

describe('an Italian signature', () => {
  it('closing the story in its "article-firma" block, under a desk’s "Scritto da Redazione Web"', () => {
    const html = enPage(
      `<dd class="createdby" itemprop="author">Scritto da <span itemprop="name">Redazione Web</span></dd>${paras(EN)}<p class="article-firma">Silvia Pattini</p>`,
      'it',
    );
    expect(extractArticle(html, 'https://seminatore.example/notizie/pieve')?.authors).toEqual(['Silvia Pattini']);
  });
});

describe('outlets of the round', () => {
  it.each([
    ['뉴시스', 'Newsis'],
    ['PIA', 'PIA'],
    ['Philippine Information Agency', 'PIA'],
    ['New Ziana', 'New Ziana'],
    ['Agência de Informação de Moçambique', 'AIM'],
    ['Agenzia Dire', 'Agenzia Dire'],
    ['DIRE', 'Agenzia Dire'],
    ['Namibia Press Agency', 'NAMPA'],
  ])('%j', (name, outlet) => expect(canonicalOutlet(name)).toBe(outlet));

  it('"dire" in lower case is no outlet (a French verb)', () => expect(canonicalOutlet('dire')).toBeNull());
});

describe('captions closed by their credit', () => {
  it.each([
    ['La facciata della pieve dopo il restauro (foto Ermes Cavalli)'],
    ['I volontari al lavoro nel giardino (foto di Totò Amore)'],
    ['Il materiale ha invaso la carreggiata per circa 40 metri (foto d’archivio)'],
    ['교동도 평화자전거길 난정저수지 구간. 사진=강화군 제공'],
    ['욕탕 자리는 공동 조리대로 바뀐다. <사진 제공=덕포마을협동조합>'],
    ['The vandalised transformer at Unit 4. Pic: BSFM News / Ofentse Kgomo'],
    ['Letto 1.204 volte'],
  ])('%j', (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each([
    ['Il sindaco ha mostrato le immagini della frana ai giornalisti, foto che saranno pubblicate domani.'],
    ['사진은 시청 누리집에서 내려받을 수 있다.'],
  ])('a story’s sentence about pictures is none: %j', (line) => expect(isBoilerplateLine(line)).toBe(false));
});
