/**
 * Rules fixed on the fifty-fifth probe round (test/fixtures/probe-pages/dev: news of East Africa, of Pakistan and
 * Afghanistan, French-language news of Canada, local news of Poland, Czechia and Slovakia), constructed here in the shapes
 * those pages showed. Names, places, outlets and stories are made up.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../../../src/workers/extract';
import { canonicalOutlet } from '../../../src/policy/outlets';
import { isBoilerplateLine } from '../../../src/workers/extract/boilerplate';
import { findTextDates } from '../../../src/workers/extract/date-text';
import { bylineNames, creditedNames } from '../../../src/workers/extract/person-name';

/** The round's own page from dev/, and its label. */
function roundPage(rel: string): { html: string; label: { url: string; authors: string[]; date: string | null } } {
  const file = path.join(__dirname, '../../fixtures/probe-pages/dev', rel);
  const labels = JSON.parse(fs.readFileSync(path.join(path.dirname(file), 'labels.json'), 'utf8')) as Record<
    string,
    { url: string; authors: string[]; date: string | null }
  >;
  return { html: fs.readFileSync(file, 'utf8'), label: labels[path.basename(file)]! };
}

const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const STORY = [
  'The county government has opened a new cold store at the landing site, ending years of losses for the fishermen of the bay.',
  'The store holds ten tonnes of fish at a time and runs on solar power, so it keeps working through the frequent power cuts.',
  'Fishermen said they had been forced to sell their catch at throwaway prices every evening because they had nowhere to keep it.',
  'The fisheries officer said the cooperative would run the store and charge members a small fee for each crate kept overnight.',
  'Two more stores are planned along the coast before the end of the year, funded by the county and a development partner.',
];

const page = (body: string, head = '', lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><title>Cold store opens</title>${head}</head><body><article><h1>Cold store opens at landing site</h1>${body}</article></body></html>`;

describe('desks of the round are no writers', () => {
  it.each([
    ['Redakce ZTV', 'cs'], // Czech "editorial office"
    ['Dawati la Habari', 'sw'], // Swahili "news desk"
    ['Mwandishi Wetu', 'sw'], // Swahili "our correspondent"
    ['نیوز ڈیسک', 'ur'], // Urdu "news desk", written with the Persian yeh
    ['مانیٹرنگ ڈیسک', 'ur'], // Urdu "monitoring desk"
    ['ہمسفر نیوز', 'ur'], // a site's name with "news"
  ])('%j', (line, lang) => expect(creditedNames(line, [], lang)).toEqual([]));

  it('an Urdu writer still is one', () => expect(creditedNames('محمد عارف چوہدری', [], 'ur')).toEqual(['محمد عارف چوہدری']));

  it('a Czech desk in JSON-LD gives way to the visible byline', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Cold store',
      author: { name: 'Redakce ZTV' },
    });
    const html = page(
      `<div class="meta-author"><span>od</span> <a href="/author/tbenes/">Tomáš Beneš</a></div>${paras(STORY)}<footer>Redakce ZTV</footer>`,
      `<script type="application/ld+json">${ld}</script>`,
      'cs',
    );
    expect(extractArticle(html, 'https://ztv.example/zpravy/cold-store')?.authors).toEqual(['Tomáš Beneš']);
  });
});

describe('a writer’s office set off after the name', () => {
  it.each([
    ['Text: Eva Kmeťová, oddelenie komunikácie MsÚ', 'sk', ['Eva Kmeťová']],
    ['Por Ana Ruiz, periodista', 'es', ['Ana Ruiz']],
    ['By Brian Ssempijja, Northern Uganda Bureau Chief', 'en', ['Brian Ssempijja']],
  ])('is left out of a credited line: %j', (line, lang, names) => expect(bylineNames(line, [], lang)).toEqual(names));

  it('without a credit’s lead, a line so shaped may be a sentence: no byline', () =>
    expect(bylineNames('Eva Kmeťová, oddelenie komunikácie MsÚ', [], 'sk')).toEqual([]));
});

describe('credits closing the story', () => {
  it('a sign-off “— Reported by X in Place”', () => {
    const html = page(`${paras(STORY)}<p class="signoff">&mdash; Reported by Fatma Said Abdalla in Paje, Zanzibar</p>`);
    expect(extractArticle(html, 'https://herald.example/2024/07/cold-store')?.authors).toEqual(['Fatma Said Abdalla']);
  });

  it('the sign-off on the round’s page, under a posting account and an outlet as the structured author', () => {
    const { html, label } = roundPage('east-africa/10-coastalherald-amp.html');
    expect(extractArticle(html, label.url)?.authors).toEqual(label.authors);
  });

  it('a signature, the name over the writer’s role: the writer, and neither line in the text', () => {
    const html = page(
      `${paras(STORY)}<div class="signature"><p class="name">Nicolas Sirois-Boucher</p><p class="role">Journaliste de l'Initiative de journalisme local</p></div>`,
      '',
      'fr',
    );
    const a = extractArticle(html, 'https://nord.example/education/ecole');
    expect(a?.authors).toEqual(['Nicolas Sirois-Boucher']);
    expect(a?.text).not.toContain('Journaliste de');
    expect(a?.text).not.toContain('Sirois-Boucher');
  });

  it('a name over another role (a press release’s contact) is no writer', () => {
    const html = page(`${paras(STORY)}<p>Marie-Claude Gendron</p><p>Directrice des communications</p>`, '', 'fr');
    expect(extractArticle(html, 'https://ville.example/communiques/ecole')?.authors).toEqual([]);
  });
});

describe('outlets of the round', () => {
  it.each([
    ['La Presse Canadienne', 'The Canadian Press'],
    ['Kenya News Agency (KNA)', 'KNA Kenya'],
    ['Pajhwok Afghan News', 'Pajhwok Afghan News'],
    ['این این آئی', 'NNI'],
    ['Pakistan Press International', 'PPI'],
  ])('%j', (name, outlet) => expect(canonicalOutlet(name)).toBe(outlet));

  it('an acronym the page spells out elsewhere is that outlet ("(KNA)" in the dateline, "Chanzo: Kenya News Agency (KNA)")', () => {
    const html = page(
      `<p><strong>SHIMONI, Jumanne (KNA) &#8211;</strong> ${STORY[0]}</p>${paras(STORY.slice(1))}<p class="source-credit"><em>Chanzo: Kenya News Agency (KNA)</em></p>`,
      '',
      'sw',
    );
    expect(extractArticle(html, 'https://pwani.example/habari/kwale/cold-store')?.original_source?.canonical_name).toBe('KNA Kenya');
  });

  it('an Urdu dateline without its dash names the agency ("اسلام آباد (این این آئی) …")', () => {
    const URDU = [
      'محکمہ موسمیات نے عیدالفطر کے دوران ملک کے بیشتر علاقوں میں موسم گرم اور خشک رہنے کی پیشگوئی کی ہے۔',
      'ترجمان کے مطابق شمالی علاقوں میں چند مقامات پر ہلکی بارش کا امکان ہے جبکہ میدانی علاقوں میں درجہ حرارت بڑھے گا۔',
      'شہریوں کو ہدایت کی گئی ہے کہ وہ دوپہر کے اوقات میں دھوپ سے بچیں اور پانی کا زیادہ استعمال کریں۔',
      'کسانوں کو بھی مشورہ دیا گیا ہے کہ وہ فصلوں کو پانی دینے کا شیڈول موسم کے مطابق ترتیب دیں۔',
    ];
    const html = `<!doctype html><html lang="ur"><head><title>موسم</title></head><body><article><h1>عید پر موسم گرم اور خشک رہے گا</h1><p><b>اسلام آباد (این این آئی)</b> ${URDU[0]}</p>${paras(URDU.slice(1))}</article></body></html>`;
    expect(extractArticle(html, 'https://humsafar.example/2024/04/weather.html')?.original_source?.canonical_name).toBe('NNI');
  });
});

describe('dates of the round', () => {
  it('a structured date on the day the page prints as its update gives way to the printed publication', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Hráz',
      datePublished: '2024-02-23T09:12:00+01:00',
    });
    const html = page(
      `<p class="dates">Publikováno: <time datetime="2024-02-22T15:40">22. 2. 2024</time> | Aktualizováno: <time datetime="2024-02-23T09:12">23. 2. 2024 9:12</time></p>${paras(STORY)}`,
      `<script type="application/ld+json">${ld}</script>`,
      'cs',
    );
    expect(extractArticle(html, 'https://zpravodaj.example/hraz')?.published_at?.slice(0, 10)).toBe('2024-02-22');
  });

  it('the round’s page: "Publikováno: 22. 2. 2024 | Aktualizováno: 23. 2. 2024 9:12" over JSON-LD’s update time', () => {
    const { html, label } = roundPage('pl-cz-sk-local/12-jizersky-zpravodaj-nette.html');
    expect(extractArticle(html, label.url)?.published_at?.slice(0, 10)).toBe(label.date);
  });

  it('... not where the structured instant is a late evening’s, printed on its own day (its UTC day is the next)', () => {
    const head = '<meta property="article:published_time" content="2024-03-06T04:51:00.000Z">';
    const html = page(`<p class="dates">Publié le 5 mars 2024 à 23 h 51 · Mis à jour le 6 mars 2024</p>${paras(STORY)}`, head, 'fr');
    expect(Date.parse(extractArticle(html, 'https://fleuve.example/actualites/greve')!.published_at!)).toBe(
      Date.parse('2024-03-06T04:51:00.000Z'),
    );
  });

  it('the meta date and the printed date agreeing on another day than JSON-LD’s (a republished story’s original day)', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Cold store',
      datePublished: '2024-04-12T16:45:00+04:30',
    });
    const head = `<meta property="article:published_time" content="2024-04-13T09:20:00+0430"><script type="application/ld+json">${ld}</script>`;
    const html = page(
      `<p class="submitted">Published <time datetime="2024-04-13T09:20:00+04:30">13 April 2024</time></p>${paras(STORY)}`,
      head,
    );
    expect(extractArticle(html, 'https://ledger.example/en/cold-store')?.published_at?.slice(0, 10)).toBe('2024-04-13');
  });

  it.each([
    ['መጋቢት 5 ቀን 2017 ዓ.ም.', '2025-03-14'],
    ['መስከረም 1 2017', '2024-09-11'], // the Ethiopian new year
    ['ጳጉሜን 6, 2015', '2023-09-11'], // a leap year's sixth Pagume
  ])('an Ethiopian calendar date: %j', (text, day) => expect(findTextDates(text).map((d) => d.day)).toEqual([day]));

  // the printed date's line read after the headline is cut at a length: a date cut mid-way read as another ("12.02.20")
  it.each([190, 195, 198, 200, 202, 204, 206, 208, 210, 212])('a printed date after a lead of %i characters is read whole', (n) => {
    const lead = 'Jahrelang galt der Bausparvertrag als Auslaufmodell und niemand wollte ihn noch abschließen. '.repeat(4).slice(0, n);
    const html = page(`<div class="lead"><p>${lead}</p></div><div class="date">12.02.2024, 06:30 Uhr</div>${paras(STORY)}`, '', 'de');
    expect(extractArticle(html, 'https://kurier.example/geld/bausparen')?.published_at?.slice(0, 10)).toBe('2024-02-12');
  });
});

describe('chrome lines of the round', () => {
  it.each([
    ['Tangazo'], // Swahili "advertisement"
    ['اشتہار'], // Urdu
    ['إعلان'], // Arabic
    ['تازہ ترین خبروں کے لیے روزنامہ شاہراہ کا واٹس ایپ چینل جوائن کریں'],
    ['Prečítané: 3 207 x'],
    ['Počítadlo návštev: 4 812 336'],
    ['Verzia pre tlač'],
  ])('%j', (line) => expect(isBoilerplateLine(line)).toBe(true));

  it('a story’s sentence about WhatsApp is none', () =>
    expect(isBoilerplateLine('پولیس نے بتایا کہ ملزم واٹس ایپ کے ذریعے شہریوں سے رابطہ کرتا تھا۔')).toBe(false));
});
