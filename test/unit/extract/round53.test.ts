/**
 * Rules fixed on the fifty-third probe round (test/fixtures/probe-pages/dev: regional news of Russia, Belarus and
 * Kazakhstan, of Nepal, Sri Lanka, Bangladesh, Bhutan and the Maldives, local news of the Benelux, US school sports),
 * constructed here in the shapes those pages showed. Names, places, outlets and stories are made up; the agencies are real.
 */
import { extractArticle } from '../../../src/workers/extract';
import { isPhotoCreditLine } from '../../../src/workers/extract/photo-credit';
import { wireDateline } from '../../../src/workers/extract/wire-marks';
import { canonicalOutlet } from '../../../src/policy/outlets';

const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');
const RU = [
  'Авиакомпания с 14 декабря запустит прямые рейсы из города в областной центр, сообщили в пресс-службе перевозчика.',
  'Полёты будут выполняться дважды в неделю, по средам и субботам, на самолётах вместимостью около ста пассажиров.',
  'Время в пути составит около двух часов сорока минут, билеты уже поступили в продажу на сайте перевозчика.',
  'Ранее власти региона сообщали, что к 2026 году в аэропорту планируется построить новый терминал внутренних линий.',
];
const ruPage = (end: string) =>
  `<!doctype html><html lang="ru"><head><title>Новые рейсы</title></head><body><article><h1>Новые рейсы</h1><div class="Ar_body">${paras(RU)}${end}</div></article></body></html>`;
const sourceOf = (html: string, url = 'https://gorod.example/news/2024/11/27/184552/') =>
  extractArticle(html, url)?.original_source?.name ?? null;

describe('Russian source credits', () => {
  it('a source label naming a known agency in a small box the rules prune ("Источник: <a>ТАСС</a>")', () =>
    expect(sourceOf(ruPage('<div class="Ar_source">Источник: <a href="https://tass.ru/">ТАСС</a></div>'))).toBe('ТАСС'));

  it('not one in a picture’s figure (the picture’s source)', () =>
    expect(
      sourceOf(
        ruPage(
          '<figure><img src="/a.jpg"><figcaption><span class="Ar_source">Источник: <a href="https://tass.ru/">ТАСС</a></span></figcaption></figure>',
        ),
      ),
    ).toBeNull());

  it.each([
    ['<p><em>Подготовила Марина Лебедева по материалам РИА Новости</em></p>', 'РИА Новости'],
    ['<p>Перепечатано с сайта МИА «Казинформ» с разрешения агентства.</p>', 'МИА «Казинформ»'],
  ])('a prose credit: %j', (end, want) => expect(sourceOf(ruPage(end))).toBe(want));

  it('the agencies of Belarus, Kazakhstan and Nepal are known outlets', () => {
    expect(canonicalOutlet('БелТА')).toBe(canonicalOutlet('BelTA'));
    expect(canonicalOutlet('Казинформ')).toBe(canonicalOutlet('Kazinform'));
    expect(canonicalOutlet('रासस')).toBe(canonicalOutlet('Rastriya Samachar Samiti'));
  });
});

describe('sources of the round', () => {
  it('a Devanagari dateline with a known agency ("रुपधारा, वैशाख १० (रासस) :")', () =>
    expect(wireDateline('रुपधारा, वैशाख १० (रासस) : रुपधारा गाउँपालिकाका कफी किसानले यस वर्ष रेकर्ड उत्पादन गरेका छन्।')).toBe('रासस'));

  it('French "Cet article a d’abord été publié le 12 juin 2024 dans X"', () => {
    const FR = [
      'La piscine communale rouvrira ses portes le premier juillet après deux années de travaux de rénovation complète.',
      'Le bassin extérieur a été agrandi et un nouveau toboggan accueillera les enfants dès cet été, selon la commune.',
      'Les tarifs restent inchangés pour les habitants, tandis que les visiteurs paieront un euro de plus par entrée.',
    ];
    const html = `<!doctype html><html lang="fr"><head><title>La piscine rouvre</title></head><body><article><h1>La piscine rouvre</h1><div class="body">${paras(FR)}<p>Cet article a d'abord été publié le 12 juin 2024 dans La Voix du Plateau. Il est reproduit avec l'aimable autorisation de la rédaction.</p></div></article></body></html>`;
    expect(sourceOf(html, 'https://hebdo.example/2024/06/14/piscine/')).toBe('La Voix du Plateau');
  });

  it('a language before the outlet, in the languages of South Asia ("first published in Dhivehi by X")', () => {
    const EN = [
      'The island council approved the new harbour fees after a long debate about the cost for small operators.',
      'Tour boats will pay a fixed amount per passenger, while fishing vessels registered on the island stay exempt.',
      'The council says the money will go towards a new service building at the harbour and better footpaths.',
    ];
    const html = `<!doctype html><html lang="en"><head><title>Harbour fees approved</title></head><body><article><h1>Harbour fees approved</h1><div class="body">${paras(EN)}<p>This article was first published in Dhivehi by Atoll Daily and is republished with permission.</p></div></article></body></html>`;
    expect(sourceOf(html, 'https://lagoon.example/harbour-fees/')).toBe('Atoll Daily');
  });
});

describe('dates of the round', () => {
  const NE = [
    'रुपधारा गाउँपालिकाका कफी किसानले यस वर्ष रेकर्ड उत्पादन गरेको गाउँपालिकाले जनाएको छ।',
    'गत वर्षको तुलनामा उत्पादन करिब तीस प्रतिशतले बढेको किसान समूहका अध्यक्षले बताए।',
    'गाउँपालिकाले किसानलाई बिरुवा र प्राविधिक सहयोग उपलब्ध गराउँदै आएको छ।',
  ];
  const page = (published: string) =>
    `<!doctype html><html lang="ne"><head><title>कफी उत्पादन बढ्यो</title><meta property="article:published_time" content="${published}"></head><body><article><h1>कफी उत्पादन बढ्यो</h1><div class="body">${paras(NE)}</div></article></body></html>`;

  it('an address dated in the Bikram Sambat era ("/news/2082/01/10/") does not override the metadata’s day', () =>
    expect(
      extractArticle(page('2025-04-23T11:05:00+0545'), 'https://darpan.example/news/2082/01/10/41877')?.published_at?.slice(0, 10),
    ).toBe('2025-04-23'));

  it('while an address a few years after a stale structured date still does', () =>
    expect(
      extractArticle(page('2019-01-01T00:00:00+0100'), 'https://darpan.example/news/2024/05/13/41877')?.published_at?.slice(0, 10),
    ).toBe('2024-05-13'));
});

describe('picture credits of the round', () => {
  it.each([['Photos by Quinn Daley for the Copper Lake Mat Report'], ['Photographs by Luis Ortega for The Meridian Review']])(
    '%j',
    (line) => expect(isPhotoCreditLine(line)).toBe(true),
  );

  it('not a sentence ("Photos by local artists are on show until Friday.")', () =>
    expect(isPhotoCreditLine('Photos by local artists are on show until Friday.')).toBe(false));
});
