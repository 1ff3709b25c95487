/**
 * Rules fixed on the fifty-eighth probe round (test/fixtures/probe-pages/dev: news of Central America and the Caribbean,
 * French regional dailies, Arabic news of Iraq and the Gulf, US statehouse news), constructed here in the shapes those pages
 * showed. Names, places, outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { isBoilerplateLine } from '../../../src/workers/extract/boilerplate';
import { closingCredit } from '../../../src/workers/extract/byline-line';
import { findTextDates } from '../../../src/workers/extract/date-text';
import { bylineNames, creditedNames, isPersonName } from '../../../src/workers/extract/person-name';

const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const ES = [
  'El comité de la Cámara aprobó el martes un proyecto de ley que crearía un programa estatal de licencia familiar pagada.',
  'La medida pasa ahora al comité de Finanzas, donde los legisladores deberán decidir cómo se financiará el programa.',
  'Los defensores dicen que miles de trabajadores no pueden tomar tiempo libre para cuidar a un familiar enfermo.',
  'Los grupos empresariales advirtieron que el impuesto sobre la nómina afectaría sobre todo a los pequeños negocios.',
  'La sesión legislativa termina en marzo, y los líderes de ambos partidos dijeron que esperan un debate largo.',
];

const AR = [
  'تتجه مطاعم في العاصمة إلى نموذج المطابخ السحابية هرباً من الارتفاع المتواصل في إيجارات المحال التجارية.',
  'ويقول أصحاب مطاعم إن الإيجار أصبح يلتهم أكثر من ثلث الإيرادات الشهرية في الأحياء الحيوية.',
  'وتعمل المطابخ السحابية من مستودعات في أطراف المدينة وتعتمد كلياً على تطبيقات التوصيل.',
  'ويرى مختصون أن النموذج يخفض التكاليف لكنه يجعل المطاعم رهينة لعمولات المنصات.',
  'وتتوقع الغرفة التجارية أن يتضاعف عدد هذه المطابخ خلال العامين المقبلين.',
];

describe('writers of the round', () => {
  it.each([
    ['Xela al Día Noticias', 'es'], // a site's account, "news"
    ['مرصد الرياض', 'ar'], // the site's name without "صحيفة" (newspaper) before it
  ])('no writer: %j', (line, lang) => expect(creditedNames(line, ['صحيفة مرصد الرياض'], lang)).toEqual([]));

  it.each([
    ['Por Joaquín Ybarra-Tafoya, New Mexico Roundhouse Report', 'es', ['Joaquín Ybarra-Tafoya']], // an outlet after the name
    ['Textes : Camille Rouvière et Arnaud Besse', 'fr', ['Camille Rouvière', 'Arnaud Besse']], // the label in the plural
    ['تقرير: علي كاظم الموسوي', 'ar', ['علي كاظم الموسوي']], // "report:"
  ])('%j', (line, lang, names) => expect(bylineNames(line, [], lang)).toEqual(names));

  it('a name led by the site’s name is the site’s account, accents aside (a host has none: "Xela al Día" at xelaaldia)', () =>
    expect(isPersonName('Xela al Día Guatemala', ['xelaaldia.blogspot.com', 'xelaaldia'], 'es')).toBe(false));

  it('a capitalised part after a name without a credit’s lead still gives no byline (it may be a second writer)', () =>
    expect(bylineNames('Joaquín Ybarra-Tafoya, New Mexico Roundhouse Report', [], 'es')).toEqual([]));

  it.each([
    ['Bernard Schwaller (CLP)', 'Bernard Schwaller'], // a French local correspondent's signature
    ['Anne Morel (correspondante)', 'Anne Morel'],
    ['— Dwight Halvorsen, Hawkeye Capitol News Bureau', 'Dwight Halvorsen'],
  ])('a credit closing the story: %j', (line, name) => expect(closingCredit(line)).toBe(name));

  it('the writer opening a Gulf paper’s text ("كتب: X") under the site’s own account', () => {
    const html = `<!doctype html><html lang="ar"><head><title>المطابخ السحابية | صحيفة مرصد الرياض</title><meta property="og:site_name" content="صحيفة مرصد الرياض"><meta name="author" content="مرصد الرياض"></head><body><article><h1>المطابخ السحابية</h1><div class="td-post-author-name">بواسطة <a href="/author/admin/">مرصد الرياض</a></div><p><strong>كتب: فهد بن ناصر العتيبي</strong></p>${paras(AR)}</article></body></html>`;
    expect(extractArticle(html, 'https://marsad.example/2025/07/20/kitchens/')?.authors).toEqual(['فهد بن ناصر العتيبي']);
  });
});

describe('republication notes of the round', () => {
  it('an Arabic note: first published in the newspaper «X» on a date', () => {
    const html = `<!doctype html><html lang="ar"><head><title>المطابخ السحابية</title></head><body><article><h1>المطابخ السحابية</h1>${paras(AR)}<p><em>* نُشر هذا المقال أولاً في صحيفة «الأفق الاقتصادية» بتاريخ 18 يوليو 2025، ويُعاد نشره بالاتفاق معها.</em></p></article></body></html>`;
    expect(extractArticle(html, 'https://marsad.example/2025/07/20/kitchens/')?.original_source?.name).toBe('الأفق الاقتصادية');
  });

  it('a Spanish note with the original’s language ("publicado originalmente en inglés por X")', () => {
    const html = `<!doctype html><html lang="es"><head><title>Licencia familiar</title></head><body><article><h1>Licencia familiar pagada avanza</h1>${paras(ES)}<p><em>Este artículo fue publicado originalmente en inglés por New Mexico Roundhouse Report y se reproduce bajo una licencia Creative Commons.</em></p></article></body></html>`;
    expect(extractArticle(html, 'https://faro.example/2025/02/licencia/')?.original_source?.name).toBe('New Mexico Roundhouse Report');
  });

  it.each([
    [
      'https://www.reveildescevennes.example/2024/10/17/cooperative',
      'Cet article a d’abord été publié dans Le Réveil des Cévennes, hebdomadaire partenaire.',
      'Le Réveil des Cévennes',
    ],
    [
      'https://roundhousereport.example/2025/02/13/leave/',
      'Este artículo fue publicado originalmente en inglés por New Mexico Roundhouse Report y se reproduce bajo licencia.',
      'New Mexico Roundhouse Report',
    ],
  ])('JSON-LD’s isBasedOn address takes the name a credit spells its host with, an article or a place before it: %s', (url, note, name) => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Licencia familiar', isBasedOn: url });
    const html = `<!doctype html><html lang="es"><head><title>Licencia familiar</title><script type="application/ld+json">${ld}</script></head><body><article><h1>Licencia familiar pagada avanza</h1>${paras(ES)}<p><em>${note}</em></p></article></body></html>`;
    const source = extractArticle(html, 'https://faro.example/2025/02/licencia/')?.original_source;
    expect(source?.name).toBe(name);
  });
});

describe('Hijri dates', () => {
  it.each([
    ['تاريخ النشر: 1446/6/14هـ', '2024-12-15'],
    ['الأحد 14 جمادى الآخرة 1446هـ', '2024-12-15'],
    ['1 رمضان 1445هـ', '2024-03-11'], // the Umm al-Qura calendar's first of Ramadan that year
  ])('%j', (text, day) => expect(findTextDates(text).map((d) => d.day)).toEqual([day]));

  it('a Hijri-looking number without the era’s mark is not read as one', () =>
    expect(findTextDates('الرقم 1446/6/14 في السجل').map((d) => d.day)).not.toContain('2024-12-15'));
});

describe('chrome lines of the round', () => {
  it.each([['Traducción: Nilda Rosario Feliciano'], ['Translation: Jane Roe']])('%j', (line) => expect(isBoilerplateLine(line)).toBe(true));
});

describe('desks in languages the rounds had not shown (listed from a sweep of desk names across languages)', () => {
  it.each([
    ['Redacția Ziarului', 'ro'],
    ['Redacţia Ziarului', 'ro'], // with the cedilla many sites still type
    ['Szerkesztőség Hírek', 'hu'],
    ['Toimetus Uudised', 'et'],
    ['Ritstjórn Blaðsins', 'is'],
    ['Σύνταξη Ειδήσεων', 'el'],
    ['ஆசிரியர் குழு', 'ta'],
  ])('%j', (line, lang) => expect(creditedNames(line, [], lang)).toEqual([]));
});
