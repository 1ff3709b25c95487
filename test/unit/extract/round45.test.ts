/**
 * Rules fixed on the forty-fifth probe round (test/fixtures/probe-pages/dev: Swiss media, Ukraine and Moldova, Kurdish,
 * Persian and Pashto media, motorsport and cycling), constructed here in the shapes those pages showed. Names, places,
 * outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { creditedNames } from '../../../src/workers/extract/person-name';
import { findTextDates } from '../../../src/workers/extract/date-text';
import { postedByCredit } from '../../../src/workers/extract/byline-line';
import { canonicalOutlet } from '../../../src/policy/outlets';

const STORY = [
  'The club’s annual hill climb was held on Thursday evening in light rain, with forty-one riders on the start list.',
  'The course record from 2019 was never under threat, but the junior category saw its fastest times for five years.',
  'Organisers thanked the residents of the lane, who put up with a closed road for three hours and cheered every rider.',
  'The results will count towards the regional series, whose final round takes place in the hills in September.',
];
const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');
// a long story: the lines read below the headline do not reach its end
const page = (end: string, lang = 'en', head = '') =>
  `<!doctype html><html lang="${lang}"><head><title>Hill climb in the rain</title>${head}</head><body><article><h1>Hill climb in the rain</h1>
  <div class="body">${paras([...STORY, ...STORY, ...STORY])}${end}</div></article></body></html>`;
const URL = 'https://club.example/2024/07/06/hill-climb';

describe('a report’s closing credit in so many words', () => {
  it.each([
    ['<p>Report by Meg Ashdown</p>', ['Meg Ashdown']],
    ['<p>Words: Callum Briar | Photos: Dean Okafor</p>', ['Callum Briar']],
    ['<p>Story by Celeste Amankwah, College of Engineering</p>', ['Celeste Amankwah']],
  ])('%j', (end, want) => expect(extractArticle(page(end), URL)?.authors).toEqual(want));

  it('is not a bare "By X" at the story’s end, as a teaser prints it', () =>
    expect(extractArticle(page('<p>By Meg Ashdown</p>'), URL)?.authors ?? []).toEqual([]));
});

describe('a republication note in French with "a paru"', () => {
  it('names the original outlet, its day and language between', () => {
    const note =
      '<p><em>Cet article a paru le 10 septembre 2024 en allemand dans le Malwiler Tagblatt, avec qui La Passerelle échange des contenus.</em></p>';
    expect(extractArticle(page(note, 'fr'), URL)?.original_source?.name).toBe('Malwiler Tagblatt');
  });
});

describe('agencies of Ukraine and Moldova', () => {
  it.each([
    ['УНИАН', 'UNIAN'],
    ['Інтерфакс-Україна', 'Interfax-Ukraine'],
    ['IPN', 'IPN'],
    ['Moldpres', 'Moldpres'],
  ])('%j is known', (name, want) => expect(canonicalOutlet(name)).toBe(want));

  it('credits the agency after the writer in the byline ("Vitalie Rusnac, IPN")', () => {
    const html = page('', 'ro').replace('<div class="body">', '<p class="byline">Vitalie Rusnac, IPN</p><div class="body">');
    expect(extractArticle(html, URL)?.original_source?.canonical_name).toBe('IPN');
  });
});

describe('Persian, Dari, Pashto and Kurdish pages', () => {
  it.each([
    ['۲۱ آبان ۱۴۰۳', '2024-11-11'],
    ['دوشنبه ۱۴ قوس ۱۴۰۲', '2023-12-05'],
    ['18 مهر 1387', '2008-10-09'],
  ])('read a Solar Hijri date: %j', (text, day) => expect(findTextDates(text)[0]?.day).toBe(day));

  it('read a name written with a zero-width non-joiner ("نیک‌فر")', () =>
    expect(creditedNames('نویسنده: کاوه نیک‌فر', [], 'fa')).toEqual(['کاوه نیک‌فر']));

  it('read a Persian blog’s post line, the writer before the time', () =>
    expect(postedByCredit('نوشته شده توسط کاوه نیک‌فر در ساعت ۱۱:۴۲ | لینک ثابت | نظرات (۴)')).toBe('نوشته شده توسط کاوه نیک‌فر'));

  it.each([
    ['ڕاپۆرت: هێمن عەزیز و ڕێژنە کەریم', ['هێمن عەزیز', 'ڕێژنە کەریم']],
    ['نووسەر: شیلان ئەحمەدی', ['شیلان ئەحمەدی']],
    ['لیکوال: ملالۍ احمدزۍ', ['ملالۍ احمدزۍ']],
  ])('read the Sorani and Pashto writers’ labels: %j', (line, want) => expect(creditedNames(line, [], '')).toEqual(want));
});
