/**
 * Rules fixed on the forty-third probe round (test/fixtures/probe-pages/dev: farm and rural press, faith media, maritime
 * and aviation news, music and entertainment), constructed here in the shapes those pages showed. Names, places, outlets
 * and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { matchesSlug, slugWords } from '../../../src/workers/extract/title-slug';
import { closingCredit } from '../../../src/workers/extract/byline-line';
import { bylineNames } from '../../../src/workers/extract/person-name';
import { isBoilerplateLine } from '../../../src/workers/extract/boilerplate';
import { closingLines } from '../../../src/workers/extract/byline-lines';
import { parsePage } from '../../../src/workers/extract/parse';
import { DomElement, isElement } from '../../../src/workers/extract/dom';

const STORY = [
  'More than sixty farmers from the district came to the fire station on Tuesday for a day of training on integrated pest management.',
  'The first speaker showed how to watch rapeseed and wheat fields with yellow traps and how to read the warning bulletins of the service.',
  'In the afternoon an inspector listed the faults found most often in checks, from untested sprayers to incomplete spray records.',
  'Every participant received a certificate and a brochure on non-chemical methods before the next meetings in November.',
];
const paras = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');

describe('a headline that the URL’s slug or the title words', () => {
  const URL = 'https://advice.example/web/news/-/asset_publisher/x/content/training-integrated-pest-management-fire-station';
  const HEADLINE = 'Training on integrated pest management at the fire station';
  // A portal's asset box, classed "no-title", holds the headline's h3, the story and its record table.
  const page = `<!doctype html><html lang="en"><head><title>${HEADLINE} - News - Advisory Centre</title>
    <meta property="og:title" content="${HEADLINE}"></head><body><h1 class="sr-only">Navigation</h1>
    <section class="portlet"><h2 class="portlet-title-text">News</h2><div class="asset-full-content no-title">
    <div class="taglib-header"><a href="/news">«</a><h3 class="header-title"><span>${HEADLINE}</span></h3></div>
    <div class="asset-content"><div class="date">07.11.2023</div>${paras(STORY)}
    <table class="record"><tr><td>Created by:</td><td>Anna Field</td></tr><tr><td>Views:</td><td>487</td></tr></table></div></div></section></body></html>`;

  it('is the heading, not a box around the story whose text holds the slug’s words', () =>
    expect(extractArticle(page, URL)?.title).toBe(HEADLINE));

  it('is no text of more than three words per slug word (or sixty words)', () => {
    const slug = slugWords(URL);
    expect(matchesSlug(HEADLINE, slug)).toBe(true);
    expect(matchesSlug(`${HEADLINE} ${STORY.join(' ')}`, slug)).toBe(false);
  });

  it('is read from a Polish "tytul" span on a page with no heading, and so is the date below it', () => {
    const old = `<!doctype html><html lang="pl"><head><title>St Adalbert's Parish - Lipowiec :: News :: Holy Week and Easter in our parish</title></head><body>
      <table><tr><td class="menu"><a href="/">Home</a></td><td class="main">
      <span class="tytul">Holy Week and Easter in our parish</span><br><span class="data">dodano: 14.04.2009, 21:15 | czytano: 412 razy</span>
      ${paras(STORY)}</td></tr></table></body></html>`;
    const a = extractArticle(old, 'https://parish.example/index.php?s=news&id=311');
    expect(a?.title).toBe('Holy Week and Easter in our parish');
    expect(a?.published_at?.slice(0, 10)).toBe('2009-04-14');
  });
});

describe('a writer credited after the story', () => {
  const page = (after: string, lang = 'en', wrap = (s: string) => s) =>
    `<!doctype html><html lang="${lang}"><head><title>Training day</title></head><body><article><h1>Training day at the fire station</h1>
    <div class="body">${wrap(paras(STORY) + after)}</div></article></body></html>`;
  const authors = (html: string) => extractArticle(html, 'https://paper.example/news/training-day')?.authors ?? [];

  it.each([
    ['Haber: Emre Kılıçarslan<br>Fotoğraf: Serkan Yazıcıoğlu', 'tr', ['Emre Kılıçarslan']],
    ['Tekst i zdjęcia: Anna Wiśniowska, PZDR Brzezinka', 'pl', ['Anna Wiśniowska']],
  ])('in a closing paragraph split by its <br>: %j', (line, lang, want) => expect(authors(page(`<p>${line}</p>`, lang))).toEqual(want));

  it('in a Japanese credit line with its full-width equals sign, the photographer left out', () => {
    expect(closingCredit('取材・文＝佐伯みのり　撮影＝小野寺拓海')).toBe('佐伯みのり');
    expect(closingCredit('文／北川奏太')).toBe('北川奏太');
  });

  it('in the story’s last block, when the story’s container also holds a sidebar after it', () => {
    const archive = ['July', 'August', 'September', 'October', 'November', 'December'].map((m) => `<li>${m} 2023</li>`).join('');
    const { body } = parsePage(
      `<html><body><div id="contents"><div id="main">${paras(STORY)}<p>Text: Martin Halsey</p></div>` +
        `<div class="sidebar widget"><h3>Archive</h3><ul>${archive}</ul><p>Contact us</p></div></div></body></html>`,
    );
    const container = body!.children.find((n): n is DomElement => isElement(n))!;
    expect(closingLines([container])[0]).toBe('Text: Martin Halsey');
  });

  it('after the Greek "Γράφει ο" ("writes") in an old layout’s author cell', () => {
    expect(bylineNames('Γράφει ο Στέλιος Μαυρογένης', [], 'el')).toEqual(['Στέλιος Μαυρογένης']);
    const table = `<!doctype html><html lang="el"><head><title>Νέα πλοία για τη γραμμή</title></head><body><table><tr><td class="arttitle"><h1>Νέα πλοία για τη γραμμή</h1></td></tr>
      <tr><td class="arttext">${paras(STORY)}</td></tr><tr><td class="artauthor">Γράφει ο <b>Στέλιος Μαυρογένης</b></td></tr></table></body></html>`;
    expect(authors(table)).toEqual(['Στέλιος Μαυρογένης']);
  });

  it('in an author box after the story, its credits line above a republication note', () => {
    const html = `<!doctype html><html lang="de"><head><title>Rübenbauern unter Druck</title></head><body><article><h1>Rübenbauern unter Druck</h1>
      <div class="body">${paras(STORY)}</div>
      <div class="component magazin-autor"><p>Text: Martine Rochat · Übersetzung: Reto Gubser · Bild: Nadine Perret</p>
      <p>Dieser Beitrag erschien zuerst in «Terre et Sillon», der französischsprachigen Fachzeitschrift für Ackerbau.</p></div></article></body></html>`;
    const a = extractArticle(html, 'https://agrovia.example/magazin/rueben');
    expect(a?.authors).toEqual(['Martine Rochat']);
    expect(a?.original_source?.name).toBe('Terre et Sillon');
  });
});

describe('a writer named with their agency in brackets on the story’s first line', () => {
  const page = (first: string) =>
    `<!doctype html><html lang="es"><head><title>Corsal suspende la ruta</title></head><body><article><h1>Corsal suspende la ruta a Isla Marbrava</h1>
    <div class="author">Mesa de Edición</div><div class="body">${first}${paras(STORY)}</div></article></body></html>`;
  const authors = (first: string) => extractArticle(page(first), 'https://aviacion.example/corsal-suspende-ruta')?.authors ?? [];

  it.each([['<p><em>Marta Quiroga Llanos (EFE)</em></p>'], ['<p><em>Marta Quiroga Llanos (Agencia Meridiana)</em></p>']])(
    'is the byline: %j',
    (first) => expect(authors(first)).toEqual(['Marta Quiroga Llanos']),
  );

  it.each([['<p>Pedro Campos Ruiz (PSOE)</p>'], ['<p>Luis Ortega Vidal (Agencia Estatal de Meteorología)</p>']])(
    'is not read when the brackets name a party or a public body: %j',
    (first) => expect(authors(first)).toEqual([]),
  );
});

describe('an agency no outlet list knows', () => {
  const page = (opts: { byline?: string; lead: string; end?: string; ld?: string; url?: string }) =>
    `<!doctype html><html lang="en"><head><title>Singer postpones tour</title>${opts.ld ?? ''}</head><body><article><h1>Singer postpones tour</h1>
    ${opts.byline ? `<p class="byline">${opts.byline}</p>` : ''}<div class="body"><p>${opts.lead}</p>${paras(STORY)}${opts.end ?? ''}</div></article></body></html>`;
  const source = (html: string, url = 'https://daily.example/celebrity/tour') => extractArticle(html, url)?.original_source?.name ?? null;
  const LEAD =
    'PORT ALDINE (Meridian Press) — The singer has postponed nine dates of his tour after doctors ordered him to rest his voice.';

  it('is the source when its dateline’s name is printed again after the writer’s', () =>
    expect(source(page({ byline: 'By Dana Whitcombe | Meridian Press', lead: LEAD }))).toBe('Meridian Press'));

  it('is the source when a tag in brackets closes the story with the dateline’s initials', () =>
    expect(
      source(page({ lead: 'Wendlingen (KNS) – The three bells of St Ulrich returned to the tower on Saturday.', end: '<p>(kns)</p>' })),
    ).toBe('KNS'));

  it('is no source on a dateline alone: a place’s or a desk’s name is bracketed so too', () =>
    expect(source(page({ lead: LEAD }))).toBeNull());

  it('is never the site itself (its call sign, its structured publisher)', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Singer postpones tour","author":{"@type":"Organization","name":"WKPN"},"publisher":{"@type":"Organization","name":"WKPN"}}</script>`;
    const lead = 'HALVORSEN, Ind. (WKPN) - Thousands of people on the west side are being told to boil their water.';
    expect(source(page({ lead, ld }), 'https://www.wkpn6.com/2025/01/22/boil-notice/')).toBeNull();
  });

  it('is the source of a story a note says was distributed by it', () =>
    expect(
      source(
        page({
          lead: STORY[0]!,
          end: '<p><em>This story was distributed by Prairie News Service, a nonprofit newsroom covering rural communities.</em></p>',
        }),
      ),
    ).toBe('Prairie News Service'));
});

describe('an ad slot’s label in more languages', () => {
  it.each([
    ['- Reklama -'],
    ['REKLAMA'],
    ['Reklam'],
    ['Annons'],
    ['Annonse'],
    ['Mainos'],
    ['Hirdetés'],
    ['Реклама'],
    ['- Διαφήμιση -'],
    ['Advertentie'],
  ])('is a chrome line: %j', (line) => expect(isBoilerplateLine(line)).toBe(true));

  it('is not a sentence that starts with the word', () =>
    expect(isBoilerplateLine('Reklama w internecie rośnie szybciej niż w telewizji.')).toBe(false));
});

describe('a date in the story’s microdata printed in an aside', () => {
  it('is read: Joomla prints the article’s dates in an "article-aside" box beside its header', () => {
    const html = `<!doctype html><html lang="nl"><head><title>Minder vracht door nachtregels</title></head><body>
      <article class="article" itemscope itemtype="https://schema.org/Article"><header><h1 itemprop="headline">Minder vracht door nachtregels</h1></header>
      <aside class="article-aside"><dl class="article-info"><dd class="published"><time datetime="2024-01-12T14:32:18+01:00" itemprop="datePublished">12 januari 2024</time></dd></dl></aside>
      <div itemprop="articleBody">${paras(STORY)}</div></article>
      <aside class="sidebar"><ul><li><time datetime="2024-01-20">20 januari 2024</time> Andere berichten</li></ul></aside></body></html>`;
    expect(extractArticle(html, 'https://ladingpost.example/luchtvracht/8841-minder-vracht')?.published_at?.slice(0, 10)).toBe(
      '2024-01-12',
    );
  });
});
