/**
 * Rules fixed on the forty-seventh probe round (test/fixtures/probe-pages/dev: indigenous and community media, wine and
 * gastronomy trade, university news of East and Southeast Asia, energy and utilities), constructed here in the shapes those
 * pages showed. Names, places, outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { closingCredit } from '../../../src/workers/extract/byline-line';
import { bylineNames, creditedNames } from '../../../src/workers/extract/person-name';

const STORY = [
  'More than fourteen thousand customers lost power overnight when the storm brought down trees across the lines.',
  'Crews worked through the night, but many places could not be reached until the wind eased in the morning.',
  'The grid company said some customers must expect to be without power for several days in the upper valley.',
  'The municipality opened the school hall for residents who need warmth, water and a place to charge their phones.',
];
const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');
const URL = 'https://avis.example/nyheter/strombrudd';

describe('a source line in a fact box', () => {
  it('credits the box’s facts, not the story', () => {
    const box = `<div class="factbox"><h3>What to do in a power cut</h3><ul><li>Check the outage map before you call.</li><li>Keep the freezer closed.</li></ul><p class="factbox-source">Kilde: Fjellkraft Nett</p></div>`;
    const html = `<!doctype html><html lang="no"><head><title>Storm cuts power</title></head><body><article><h1>Storm cuts power</h1><div class="body">${paras(STORY)}${box}</div></article></body></html>`;
    expect(extractArticle(html, URL)?.original_source ?? null).toBeNull();
  });
});

describe('a university’s own school or office is no outlet', () => {
  it('in a Chinese source label ("来源：材料科学与工程学院")', () => {
    const html = `<!doctype html><html lang="zh-CN"><head><title>固态电池研究取得进展</title></head><body><article><h1>固态电池研究取得进展</h1>
      <div class="meta">发布时间：2024-03-12 来源：材料科学与工程学院 浏览次数：1024</div><div class="body">${paras([
        '近日，我校材料科学与工程学院沈若溪教授团队在固态电池电解质研究方面取得重要进展，相关成果发表在国际期刊上。',
        '该团队设计了一种新型复合电解质，在室温下的离子电导率比传统材料提高了约三倍，并在循环测试中表现稳定。',
        '沈若溪表示，下一步团队将与企业合作，推动该材料在储能电池中的应用，争取在两年内完成中试。',
      ])}</div></article></body></html>`;
    expect(extractArticle(html, 'https://www.univ.example/info/1021/5531.htm')?.original_source ?? null).toBeNull();
  });
});

describe('writers’ credits of the round', () => {
  it('Māori "Nā X" ("by")', () => expect(bylineNames('Nā Hinewai Raukura-Tane')).toEqual(['Hinewai Raukura-Tane']));

  it.each([
    ['Story: Tahlia Brennan-Kerr · Photos: Jack Moss', 'en', ['Tahlia Brennan-Kerr']],
    ['ข่าว : กัญญาณัฐ ศรีวงศ์ / ภาพ : สมชาย ใจดี', 'th', ['กัญญาณัฐ ศรีวงศ์']],
  ])('a label with its colon: %j', (line, lang, want) => expect(creditedNames(line, [], lang)).toEqual(want));

  it('a Japanese signature with the writer’s desk ("（科学部・森田彩花）")', () => {
    expect(closingCredit('（科学部・森田彩花）')).toBe('森田彩花');
    expect(closingCredit('（共同）')).toBeUndefined();
  });
});
