/**
 * Rules fixed on the sixty-third probe round (test/fixtures/probe-pages/dev: Korean national portals, Spanish national
 * digital news, German national press, UK national press), constructed here in the shapes those pages showed. Names, places,
 * outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { bylineNames } from '../../../src/workers/extract/person-name';

const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const KO = [
  '지역 균형발전 기금의 배분 방식을 두고 여야가 신경전을 벌이고 있다.',
  '정부는 인구 감소 지역에 더 많은 기금을 배정하는 방안을 검토하고 있다고 밝혔다.',
  '야당은 광역자치단체가 배분 권한을 가져야 한다고 주장했다.',
  '기금 규모는 내년부터 연간 1조원으로 늘어날 예정이다.',
  '국회는 다음 달 관련 법안을 본회의에 상정할 계획이다.',
];

const EN = [
  'Amber weather warnings were in force across the west coast as gusts of up to 85mph battered exposed areas.',
  'Thousands of homes were left without power after trees brought down lines overnight.',
  'Ferry services to the islands were cancelled and several bridges were closed to high-sided vehicles.',
  'The Met Office said the strongest winds would ease by the evening but heavy rain would follow.',
  'Police urged drivers to avoid all but essential journeys until the clear-up was under way.',
];

describe('writers of the round', () => {
  it('a Korean byline box’s date label ("입력", posted) is no second writer', () => {
    const html = `<!doctype html><html lang="ko"><head><title>균형발전 기금</title></head><body><article><h1>균형발전 기금 배분 두고 신경전</h1><div class="byline-info"><span class="writer"><a href="/news/reporter.html?id=k">김서연 기자</a></span> <span class="date">입력 2024.03.14 06:01</span> <span class="date">수정 2024.03.14 09:37</span></div>${paras(KO)}</article></body></html>`;
    expect(extractArticle(html, 'https://hanbit-ilbo.example/news/article.html?no=1')?.authors).toEqual(['김서연']);
  });

  it.each([['입력'], ['수정']])('%j alone is no name', (word) => expect(bylineNames(word, [], 'ko')).toEqual([]));

  it('a live page’s "Live reporting by X and Y" in a reporters field, its editor apart', () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Storm Odile – as it happened</title></head><body><article><h1>Storm Odile: amber warnings as gusts batter west coast – as it happened</h1><div class="node__meta"><div class="field field--name-field-live-reporters"><div class="field__label">Live reporting by</div><div class="field__item">Tamsin Reid and Dev Khatri</div></div><div class="field field--name-field-live-editor"><div class="field__label">Edited by</div><div class="field__item">Owain Pugh</div></div></div>${paras(EN)}</article></body></html>`;
    expect(extractArticle(html, 'https://nbn.example/uk/storm-odile-as-it-happened-13411872')?.authors).toEqual([
      'Tamsin Reid',
      'Dev Khatri',
    ]);
  });

  it('a wire’s bare "Reporting by X" stays no credit lead', () => expect(bylineNames('Reporting by Carys Wendt')).toEqual([]));
});
