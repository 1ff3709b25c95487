/**
 * Rules fixed on the forty-first probe round (test/fixtures/probe-pages/dev: news in India's languages), constructed here
 * in the shapes those pages showed. Names and places are made up.
 */
import { creditedNames } from '../../../src/workers/extract/person-name';
import { findTextDates } from '../../../src/workers/extract/date-text';
import { findAttribution } from '../../../src/workers/extract/attribution';
import { canonicalOutlet } from '../../../src/policy/outlets';

describe('a name in a script without capitals, with initials before it', () => {
  it.each([
    ['கா. செல்வராஜ், சென்னை', 'ta', ['கா. செல்வராஜ்']],
    ['இரா. வேலுசாமி', 'ta', ['இரா. வேலுசாமி']],
    ['పి. రామకృష్ణ', 'te', ['పి. రామకృష్ణ']],
    ['ടി.കെ. അനൂപ്', 'ml', ['ടി.കെ. അനൂപ്']],
    ['ಎಂ.ಎಸ್. ನಾಗರಾಜ, ಮೈಸೂರು', 'kn', ['ಎಂ.ಎಸ್. ನಾಗರಾಜ']],
  ])('is read from a credited line: %j', (line, lang, want) => expect(creditedNames(line, [], lang)).toEqual(want));

  it.each([
    ['ದ. ದ.', 'kn'],
    ['A. ರಾಮ', 'kn'],
  ])('needs a name of its script after the initials: %j', (line, lang) => expect(creditedNames(line, [], lang)).toEqual([]));

  it('is read without the Arabic title "د." (Dr.)', () =>
    expect(creditedNames('د. فهد سعود العنزي', [], 'ar')).toEqual(['فهد سعود العنزي']));
});

describe('a date printed in India’s languages', () => {
  it.each([
    ['११ मार्च २०२५', '2025-03-11'],
    ['11 मार्च 2025', '2025-03-11'],
    ['৫ ডিসেম্বর ২০২৪', '2024-12-05'],
    ['10 ಅಕ್ಟೋಬರ್ 2024', '2024-10-10'],
    ['ஜனவரி 15, 2025', '2025-01-15'],
    ['١١ مارس ٢٠٢٥', '2025-03-11'],
    ['15 نومبر 2024', '2024-11-15'],
  ])('is read with its month name and digits: %j', (text, day) => expect(findTextDates(text)[0]?.day).toBe(day));

  it('keeps the places of the dates in the text the page prints', () =>
    expect(findTextDates('अद्यतन: ११ मार्च २०२५')[0]?.index).toBe('अद्यतन: '.length));
});

describe('an Indian agency credited in the page’s script', () => {
  const source = (line: string) =>
    findAttribution({
      links: new Map(),
      ld: null,
      byline: null,
      headerLines: [line],
      story: [],
      siteName: 'Pratibimb',
      pageUrl: 'https://pratibimb.example/business/1',
      feedSource: null,
    }).source?.name ?? null;

  it('is read from a Gujarati meta line whose spans run together', () =>
    expect(source('લેખક: વેબ ડેસ્ક સ્રોત: PTI પ્રકાશિત: ૨૭ ઑગસ્ટ, ૨૦૨૫')).toBe('PTI'));

  it.each([['પીટીઆઈ'], ['পিটিআই'], ['பிடிஐ'], ['پی ٹی آئی']])('knows PTI written %j', (name) => expect(canonicalOutlet(name)).toBe('PTI'));

  it.each([['یو این آئی'], ['United News of India'], ['UNI']])('knows UNI written %j', (name) => expect(canonicalOutlet(name)).toBe('UNI'));

  it('does not take a university’s short name for UNI', () => expect(canonicalOutlet('Uni')).toBeNull());
});

describe('a Chinese portal’s credit', () => {
  const source = (headerLines: string[], story: string[] = []) =>
    findAttribution({
      links: new Map(),
      ld: null,
      byline: null,
      headerLines,
      story: story.map((text) => ({ text, node: { type: 'text', parent: null } })),
      siteName: '澄州网',
      pageUrl: 'https://portal.example/news/1.html',
      feedSource: null,
    }).source;

  it('takes no other label for the source when the source’s link text is missing ("来源： 字号：")', () =>
    expect(source(['2024-03-14 10:23:45 来源： 字号：'])).toBeNull());

  it.each([
    ['　　新华社澄州3月14日电（记者胡雅琴、邓立峰）记者从澄州市生态环境局获悉，三地日前签署协议。', 'Xinhua'],
    ['中新网北京5月3日电 记者从国家统计局获悉，一季度数据日前发布。', 'China News Service'],
  ])('is read from a wire’s dateline opening the story: %j', (text, want) => expect(source([], [text])?.canonical_name).toBe(want));

  it('is not read from a wire named inside a sentence', () => expect(source([], ['他说，新华社3月14日电的报道有误。'])).toBeNull());

  it('knows China News Service by its site’s name', () => expect(canonicalOutlet('中国新闻网')).toBe('China News Service'));
});
