/**
 * Rules fixed on the fifty-first probe round (test/fixtures/probe-pages/dev: news of the Maghreb, Chinese-language news of
 * Hong Kong, Macau, Taiwan, Singapore and Malaysia, Portuguese regional news, the book trade), constructed here in the
 * shapes those pages showed. Names, places, outlets and stories are made up; the agencies are real.
 */
import { extractArticle } from '../../../src/workers/extract';
import { datelineCredit } from '../../../src/workers/extract/byline-line';
import { bylineNames, creditedNames } from '../../../src/workers/extract/person-name';
import { wireDateline } from '../../../src/workers/extract/wire-marks';
import { canonicalOutlet } from '../../../src/policy/outlets';

const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');

describe('Taiwanese credits', () => {
  it.each([
    ['（中央社記者林宜蓁台北15日電）立法院今天三讀通過修正案，', '記者林宜蓁'],
    ['（中央社記者吳承翰、陳映如台北14日電）行政院今天宣布，', '記者吳承翰、陳映如'],
    ['（中央社記者王大明東京3日專電）日本政府今天表示，', '記者王大明'],
  ])('CNA’s dateline, the name run into a place the agency files from: %j', (paragraph, want) =>
    expect(datelineCredit(paragraph)).toBe(want),
  );

  it('not a place the list lacks (the name’s end cannot be told)', () =>
    expect(datelineCredit('（中央社記者林宜蓁竹東15日電）鎮公所今天表示，')).toBeUndefined());

  it('a broadcaster’s name before the reporters of a reporting line ("晴空新聞 X、Y／台北報導")', () =>
    expect(creditedNames('晴空新聞 許雅雯、李冠廷／台北報導', [], 'zh-TW')).toEqual(['許雅雯', '李冠廷']));

  it('a desk named "…中心" is no writer', () => expect(bylineNames('地方中心', [], 'zh-TW')).toEqual([]));
});

describe('sources of the round', () => {
  it('an Arabic dateline with a known agency ("تونس (وات) -")', () => {
    expect(wireDateline('تونس (وات) - سجلت صادرات زيت الزيتون المعلب ارتفاعا بنسبة 23 بالمائة')).toBe('وات');
    expect(canonicalOutlet('وات')).toBe(canonicalOutlet('TAP'));
    expect(wireDateline('تونس (المجمع المهني) - قال رئيس المجمع')).toBeNull();
  });

  it('a language before the outlet a story first ran in ("first published in Portuguese in X")', () => {
    const STORY = [
      'Parishioners in three towns raised enough money this winter to restore the old chapel on the harbour road.',
      'The work on the roof and the bell tower is due to start in the spring and to take about four months.',
      'The parish council thanked the donors, many of whom left the islands decades ago but still send help.',
    ];
    const html = `<!doctype html><html lang="en"><head><title>Chapel restored</title><meta property="og:site_name" content="Ilhas Unidas"></head><body><article><h1>Chapel restored</h1><div class="body">${paras(STORY)}<p>This article was first published in Portuguese in Gazeta do Faial on January 10, 2023.</p></div></article></body></html>`;
    expect(extractArticle(html, 'https://ilhasunidas.example/en/chapel')?.original_source?.name).toBe('Gazeta do Faial');
  });
});

describe('the site’s own name as the meta author', () => {
  it('is no writer, a station’s word before it or not ("Rádio Voz do Caramulo")', () => {
    expect(bylineNames('Rádio Voz do Caramulo', ['Rádio Voz do Caramulo'], 'pt')).toEqual([]);
    expect(bylineNames('Repórter Ana Lopes', ['Rádio Voz do Caramulo'], 'pt')).toEqual(['Ana Lopes']);
  });
});
