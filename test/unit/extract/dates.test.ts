/**
 * The date finder, table by table. Examples are shaped after real pages: the English ones are copied
 * from pages of the scrapinghub corpus (ctpost.com, express.co.uk, thehill.com, 9to5mac.com,
 * theguardian.com, wired.com, usatoday.com, kabarislamia.com, blog.comwrap.com, entermedia.co.kr,
 * jaraguadosul.com.br), Chinese from Mozilla's readability test pages (qq, youth); the French, Spanish
 * and German long forms are the issue's own examples, written as those sites print them.
 */
import { toIsoDate } from '../../../src/workers/extract/dates';
import { findTextDates, urlDay } from '../../../src/workers/extract/date-text';
import { findDates } from '../../../src/workers/extract/date-finder';
import { parsePage } from '../../../src/workers/extract/parse';
import { collectFacts } from '../../../src/workers/extract/collect';
import { readJsonLd } from '../../../src/workers/extract/jsonld';
import { extractArticle } from '../../../src/workers/extract';

const NOW = '2026-12-05T04:00:00Z';

function datesOf(html: string, url = 'https://news.example/story', opts: { hint?: string; now?: string | null } = {}) {
  const facts = collectFacts(parsePage(html).root);
  return findDates({
    facts,
    ld: readJsonLd(facts.jsonLd),
    urls: [url],
    hint: opts.hint ?? null,
    now: opts.now === undefined ? NOW : opts.now,
  });
}

describe('toIsoDate keeps the page offset', () => {
  it.each([
    ['2019-11-18T23:04:24-05:00', '2019-11-18T23:04:24.000-05:00'],
    ['2019-11-20T11:06:01+05:30', '2019-11-20T11:06:01.000+05:30'],
    ['2019-11-20T11:19:29+0000', '2019-11-20T11:19:29.000Z'],
    ['2019-11-20 13:42:06+08:00', '2019-11-20T13:42:06.000+08:00'],
    ['2019-11-20 06:09:25', '2019-11-20T06:09:25.000Z'],
    ['2019-11-18', '2019-11-18T00:00:00.000Z'],
    ['Mon, 18 Nov 2019 16:07:38 -0600', '2019-11-18T16:07:38.000-06:00'],
    ['November 19, 2019, 07:47 PM EST', '2019-11-19T19:47:00.000-05:00'],
    ['Wed Nov 20 2019 09:28:00 GMT+0000 (UTC)', '2019-11-20T09:28:00.000Z'],
    ['1574250746', '2019-11-20T11:52:26.000Z'],
    ['0001-01-01T00:00:00Z', null],
    ['2019-02-30', null],
    ['November 20, 2019 13:42', null], // no zone: Date.parse would read it in the server's zone
  ])('%j → %s', (input, out) => expect(toIsoDate(input)).toBe(out));
});

describe('findTextDates reads the formats pages print', () => {
  it.each([
    ['Updated 1:39 am EST, Wednesday, November 20, 2019', false, '2019-11-20', 'modified', '2019-11-20T01:39:00.000-05:00'],
    ['By Laura Mowat PUBLISHED: 10:48, Tue, Nov 19, 2019', false, '2019-11-19', 'published', null],
    ['By Tess Bonn - 11/19/19 06:56 AM EST', true, '2019-11-19', null, '2019-11-19T06:56:00.000-05:00'],
    // the clock after "Updated" is the update's, not the first date's (probe page regional/en_gannett_like_originally)
    ['March 3, 2024 Updated 8:40 a.m. ET March 4, 2024', true, '2024-03-03', null, null],
    ['Trevor Daugherty - Nov. 18th 2019 8:54 am PT', false, '2019-11-18', null, '2019-11-18T08:54:00.000-08:00'],
    ['Mon 18 Nov 2019 18.54 GMT', false, '2019-11-18', null, '2019-11-18T18:54:00.000Z'],
    ['Molly Wood Ideas 11.14.2019 09:00 AM', false, '2019-11-14', null, null],
    ['Posted on Maret 30, 2015 by Admin', false, '2015-03-30', 'published', null],
    ['Von Moritz Bachmann publiziert am 25. September 2018', false, '2018-09-25', 'published', null],
    ['Berlin, 5. Dezember 2026, 14:30 Uhr', false, '2026-12-05', null, null],
    ['Publié le 5 décembre 2026 à 10h00', false, '2026-12-05', 'published', null],
    ['Mis à jour le 1er décembre 2026', false, '2026-12-01', 'modified', null],
    ['Madrid, 5 de diciembre de 2026', false, '2026-12-05', null, null],
    ['Aktualisiert am 05.12.2026', false, '2026-12-05', 'modified', null],
    ['05/10/2018 - Publicado por: Clarissa Borba', false, '2018-10-05', null, null],
    ['12/05/2026 Reuters', true, '2026-12-05', null, null],
    ['TNW中文站 2016年10月14日07:17', false, '2016-10-14', null, null],
    ['Гость 24 сентября 2018, 16:45', false, '2018-09-24', null, null],
    ['发稿时间： 2017-03-10 08:42:00', false, '2017-03-10', 'published', null],
    ['기사입력 :[ 2018-08-25 15:24 ]', false, '2018-08-25', 'published', null],
    ['This page was last edited on 27 January 2020, at 10:14', false, '2020-01-27', 'modified', null],
  ])('%j', (text, monthFirst, day, role, iso) => {
    expect(findTextDates(text, monthFirst)[0]).toMatchObject({ day, role, iso });
  });

  it.each([
    ['a day-first date that cannot be a month-first one', '21/06/2014', true, '2014-06-21'],
    ['a month-first date that cannot be day-first', '11/18/19', false, '2019-11-18'],
  ])('%s', (_name, text, monthFirst, day) => expect(findTextDates(text, monthFirst)[0]?.day).toBe(day));

  it.each([
    ['a year alone (copyright line)', '© 2019 CBS Interactive Inc.'],
    ['an impossible day', '31. Februar 2019'],
    ['a relative date', 'Updated 14 hours ago'],
    ['a month and year', 'November 2019 issue'],
    [
      "a citation's access date (readability/wikipedia-4 shape)",
      '"The Girl Who Leapt Through Time". Deptford Cinema. Retrieved 27 January 2020.',
    ],
    ["a German citation's access date (constructed)", 'Stadt Kiel: Hafenbericht. Abgerufen am 3. Mai 2022.'],
    ["a French citation's access date (constructed)", 'Ville de Nantes, rapport. Consulté le 3 mai 2022.'],
    [
      "a wire caption's photo date (scrapinghub/b37be35 shape)",
      'In this Dec. 12, 2006, file photo, made available by NASA, astronaut Robert L. Curbeam Jr., left, works outside the station.',
    ],
    ['a photo date after "This" (constructed)', 'This May 3, 2022 image shows the harbour wall before the repairs.'],
    ['a photo date after "taken on" (constructed)', 'A photo taken on 3 May 2022 shows the harbour wall.'],
  ])('no date in %s', (_name, text) => expect(findTextDates(text)).toEqual([]));

  it.each([
    ['a ruling dated in a sentence', 'In this May 3, 2022 ruling, the court said the fees were lawful.', '2022-05-03'],
    [
      'a dateline before a caption-like phrase',
      'Published May 3, 2022. In this story, photos of the harbour show the damage.',
      '2022-05-03',
    ],
  ])('a date in %s', (_name, text, day) => expect(findTextDates(text)[0]?.day).toBe(day));
});

describe('urlDay', () => {
  it.each([
    ['https://venturebeat.com/2019/11/18/new-york-state-attorney-general/', '2019-11-18'],
    ['https://www.theguardian.com/commentisfree/2019/nov/18/the-guardian-view', '2019-11-18'],
    ['https://www.latimes.com/business/story/2019-11-19/gannett-gatehouse-merger', '2019-11-19'],
    ['https://www.quantamagazine.org/tuft-cells-that-taste-danger-20191115/', '2019-11-15'],
    ['https://dealbreaker.com/2019/11/opening-bell-11-18-19', null],
    ['https://www.sputniknews.com/columnists/201911181077343476-royal/', null],
    ['not a url', null],
  ])('%s → %s', (url, day) => expect(urlDay(url)).toBe(day));
});

const page = (head: string, body: string) => `<html lang="en"><head>${head}</head><body>${body}</body></html>`;
const SECTIONS = [
  'News & Politics',
  'Culture',
  'Science & Health',
  'Food',
  'Life Stories',
  'Innovation',
  'Video',
  'Podcasts',
  'Sustainability',
  'Newsletters',
]
  .map((s) => `<a href="/">${s}</a>`)
  .join(' ')
  .repeat(2);
const pageDe = (body: string) => `<html lang="de"><head></head><body>${body}</body></html>`;
const ARTICLE = '<p>The regional water board approved the new rates after a long hearing on Tuesday evening.</p>';

describe('findDates: where the date comes from', () => {
  it.each([
    [
      'JSON-LD datePublished of the article node',
      page(
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-18T11:47:23-05:00","dateModified":"2019-11-18T12:00:00-05:00"}</script>',
        ARTICLE,
      ),
      '2019-11-18T11:47:23.000-05:00',
      '2019-11-18T12:00:00.000-05:00',
    ],
    [
      'a WebPage node when no article node exists',
      page('<script type="application/ld+json">{"@type":"WebPage","datePublished":"2018-01-22T02:13:30+00:00"}</script>', ARTICLE),
      '2018-01-22T02:13:30.000Z',
      null,
    ],
    [
      'article:published_time',
      page(
        '<meta property="article:published_time" content="2019-11-20T09:22:35+00:00"><meta property="article:modified_time" content="2019-11-20T09:22:38+00:00">',
        ARTICLE,
      ),
      '2019-11-20T09:22:35.000Z',
      '2019-11-20T09:22:38.000Z',
    ],
    [
      'parsely-pub-date',
      page('<meta name="parsely-pub-date" content="2019-11-19T12:48:14+00:00">', ARTICLE),
      '2019-11-19T12:48:14.000Z',
      null,
    ],
    [
      'sailthru.date with an offset',
      page('<meta name="sailthru.date" content="2019-11-19 21:57:00 -0800">', ARTICLE),
      '2019-11-19T21:57:00.000-08:00',
      null,
    ],
    ['dc.date', page('<meta name="dc.date" content="2019-11-19">', ARTICLE), '2019-11-19T00:00:00.000Z', null],
    [
      'itemprop datePublished on a span',
      page('', `<span itemprop="datePublished" content="2018-09-24T16:45:00+03:00">24 сентября</span>${ARTICLE}`),
      '2018-09-24T16:45:00.000+03:00',
      null,
    ],
    [
      '<time pubdate> in the article header',
      page(
        '',
        `<article><header><h1>Rates</h1><time pubdate datetime="2014-06-21T09:41:45+01:00">21/06/2014</time></header>${ARTICLE}</article>`,
      ),
      '2014-06-21T09:41:45.000+01:00',
      null,
    ],
    [
      'a visible German date above the headline',
      page('', `<div><p>Von Moritz Bachmann publiziert am 25. September 2018</p><h1>Die elektronische Patientenakte</h1></div>${ARTICLE}`),
      '2018-09-25T00:00:00.000Z',
      null,
    ],
    [
      'a visible byline date with its zone',
      page('', `<h1>Teachers pack statehouse</h1><div class="byline">Associated Press Published 11:34 PM EST Nov 19, 2019</div>${ARTICLE}`),
      '2019-11-19T23:34:00.000-05:00',
      null,
    ],
    [
      'a Spanish date in a date element',
      page('<meta property="og:locale" content="es_ES">', `<span class="fecha">5 de diciembre de 2026</span>${ARTICLE}`),
      '2026-12-05T00:00:00.000Z',
      null,
    ],
    [
      'a Chinese date after the headline',
      page('', `<h1>海外留学生看两会</h1><div>发稿时间： 2017-03-10 08:42:00 来源： 人民日报海外版</div>${ARTICLE}`),
      '2017-03-10T00:00:00.000Z',
      null,
    ],
  ])('%s', (_name, html, published, modified) => {
    expect(datesOf(html)).toEqual({ published_at: published, modified_at: modified });
  });

  it.each(['article:post_date', 'publish_time', 'dc.date.publication', 'twt-published-at', 'ptime'])(
    "meta %s (htmldate's list)",
    (name) => {
      expect(datesOf(page(`<meta name="${name}" content="2019-11-19T08:15:00+01:00">`, ARTICLE))).toEqual({
        published_at: '2019-11-19T08:15:00.000+01:00',
        modified_at: null,
      });
    },
  );

  it('a printed update date when the page gives no other ("Stand:", as tagesschau.de and mdr.de print their only date; constructed)', () => {
    const html = pageDe(
      `<article><h1>Bundestag beschließt Haushalt</h1><p class="meta">Stand: 05.12.2026 14:30 Uhr</p>${ARTICLE}</article>`,
    );
    expect(datesOf(html)).toEqual({ published_at: '2026-12-05T00:00:00.000Z', modified_at: null });
  });

  it('a printed update date does not stand in for the URL day or a printed publication date', () => {
    const updated = `<p class="meta">Veröffentlicht am 03.12.2026, aktualisiert am 05.12.2026</p>`;
    expect(datesOf(pageDe(`<h1>Bundestag beschließt Haushalt</h1>${updated}${ARTICLE}`)).published_at).toBe('2026-12-03T00:00:00.000Z');
    const stand = `<h1>Bundestag beschließt Haushalt</h1><p class="meta">Stand: 05.12.2026</p>${ARTICLE}`;
    expect(datesOf(pageDe(stand), 'https://www.example.de/2026/12/01/haushalt/').published_at).toBe('2026-12-01T00:00:00.000Z');
  });

  it('a printed update beside the printed publication is the modified date, when the page gives no structured one (constructed)', () => {
    const de = `<h1>Bundestag beschließt Haushalt</h1><p class="meta">Veröffentlicht am 03.12.2026, aktualisiert am 05.12.2026</p>${ARTICLE}`;
    expect(datesOf(pageDe(de))).toEqual({ published_at: '2026-12-03T00:00:00.000Z', modified_at: '2026-12-05T00:00:00.000Z' });
    const fr = `<h1>Le Sénat adopte le budget</h1><p class="meta">Publié le 03/12/2026 à 10h32, mis à jour le 04/12/2026 à 08h00</p>${ARTICLE}`;
    expect(datesOf(pageDe(fr))).toEqual({ published_at: '2026-12-03T00:00:00.000Z', modified_at: '2026-12-04T00:00:00.000Z' });
  });

  it("an hAtom date in a post footer, inside a container whose class says widget when it also holds the headline (Blogger's 'widget Blog'; readability/links-in-tables' shape)", () => {
    const html = pageDe(
      `<div class="widget Blog"><div class="post hentry"><h3 class="post-title entry-title">Bundestag beschließt Haushalt</h3><div class="post-body">${ARTICLE}</div>` +
        `<div class="post-footer"><span class="post-timestamp">um <a class="timestamp-link" href="/p"><abbr class="published" title="2026-12-03T20:14:00+01:00">20:14</abbr></a></span></div></div></div>` +
        `<div class="widget PopularPosts"><time datetime="2026-11-01T08:00:00Z">1. November</time></div>`,
    );
    const facts = collectFacts(parsePage(html).root);
    const headline = facts.titled[0] ?? null;
    expect(findDates({ facts, ld: null, urls: ['https://news.example/story'], headline, now: NOW }).published_at).toBe(
      '2026-12-03T20:14:00.000+01:00',
    );
    expect(findDates({ facts, ld: null, urls: ['https://news.example/story'], now: NOW }).published_at).toBe(null);
  });

  it('the date printed under a headline that is not an h1 (readability/salon-1: the h1 is the site logo)', () => {
    const html = page(
      '<title>The sharing economy is a lie | Salon.com</title>',
      `<h1><a href="/">Salon</a></h1><div class="menu">${SECTIONS}</div><article><h2>The sharing economy is a lie</h2><div class="byline">Richard Eskow</div><span>Sunday, Feb 1, 2015 11:57 AM UTC</span>${ARTICLE.repeat(4)}</article>`,
    );
    expect(extractArticle(html, 'https://www.salon.com/2015/x/', { now: NOW })?.published_at).toBe('2015-02-01T11:57:00.000Z');
  });

  it('the date printed under a headline held in a title-classed element of a page with no heading tags (scrapinghub/f6ac15a, a city hall)', () => {
    const html = `<html><head><title>Atendimento Domiciliar registra arrombamento em veículos</title></head><body>
      <div class="col-md-9"><p class="titulo" title="21956">Atendimento Domiciliar registra arrombamento em veículos</p>
      <small class="text-muted"><b>05/10/2018</b> - Publicado por: Clarissa Borba - Categoria: <a href="/noticias.php?cat=19">Saúde</a></small>
      ${ARTICLE.repeat(4)}</div></body></html>`;
    const article = extractArticle(html, 'https://www.jaraguadosul.sc.gov.br/news/servi-o-de-atendimento', { now: NOW });
    expect(article?.published_at).toBe('2018-10-05T00:00:00.000Z');
  });

  it('the date printed under a headline in a <dl class="newsTitle"> (scrapinghub/0ec95c7, entermedia.co.kr)', () => {
    const html = `<html lang="ko"><head><title>엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유</title></head><body>
      <h1 id="site-title"><a href="/">엔터 미디어</a></h1><ul class="news_list">${'<li><a href="/news/10285">‘스탠딩 업’, 고루했던 KBS 예능국의 아..</a></li>'.repeat(12)}</ul>
      <div class="newsContent"><dl class="newsTitle"><dt>엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유</dt></dl>
      기사입력 :[ 2018-08-25 15:24 ]<div class="newsArticle">${ARTICLE.repeat(4)}</div></div></body></html>`;
    expect(extractArticle(html, 'http://entermedia.co.kr/news/news_view.html?idx=10290', { now: NOW })?.published_at).toBe(
      '2018-08-25T00:00:00.000Z',
    );
  });

  it('a structured date written for people gives its day (readability/ehow-2: publish_date "05/08/2014 07:01:00" on a US page, over the dateModified <time>)', () => {
    const html = page(
      '<meta name="publish_date" content="05/08/2014 07:01:00">',
      `<h1>How to Throw a Graduation Party on a Budget</h1><div class="article-meta"><time datetime="2016-09-14T07:07:00-04:00" itemprop="dateModified">Last updated September 14, 2016</time></div>${ARTICLE}`,
    );
    expect(datesOf(html).published_at).toBe('2014-05-08T00:00:00.000Z');
  });

  it('a German structured date and an itemprop date printed as text give their days (constructed)', () => {
    expect(datesOf(pageDe(`<meta name="date" content="05.12.2026 10:30"><h1>Haushalt</h1>${ARTICLE}`)).published_at).toBe(
      '2026-12-05T00:00:00.000Z',
    );
    expect(datesOf(pageDe(`<h1>Haushalt</h1><span itemprop="datePublished">3. Dezember 2026</span>${ARTICLE}`)).published_at).toBe(
      '2026-12-03T00:00:00.000Z',
    );
  });

  it('the URL when the page says nothing', () => {
    expect(datesOf(page('', ARTICLE), 'https://venturebeat.com/2019/11/18/story/')).toEqual({
      published_at: '2019-11-18T00:00:00.000Z',
      modified_at: null,
    });
  });
});

describe('findDates: what it rejects', () => {
  it.each([
    ['a copyright year', page('', `${ARTICLE}<footer>© 2019 The Daily Example. All rights reserved.</footer>`), null],
    [
      'the date of a file photo in the caption under the headline (scrapinghub/b37be35 shape: "In this Dec. 12, 2006, file photo")',
      page(
        '',
        `<h1>Rates</h1><figure><img src="/a.jpg"><figcaption>In this Dec. 12, 2006, file photo, a shuttle lifts off.</figcaption></figure>${ARTICLE}`,
      ),
      null,
    ],
    [
      'comment dates',
      page(
        '',
        `<h1>Rates</h1>${ARTICLE}<div class="comments"><time datetime="2018-09-12T16:47:00-05:00">September 12, 2018</time><div class="comment-meta">Milan on September 12, 2018 at 4:47 pm said:</div></div>`,
      ),
      null,
    ],
    [
      'dates of related stories',
      page(
        '',
        `<h1>Rates</h1>${ARTICLE}<aside><span class="date">November 19, 2019</span></aside><div class="related-posts"><span class="post-date">November 16, 2016</span></div>`,
      ),
      null,
    ],
    [
      'the 0001-01-01 placeholder of a CMS',
      page(
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>',
        `<h1>Two arrested</h1><div class="byline">Published 7:07 PM EST Nov 19, 2019</div>${ARTICLE}`,
      ),
      '2019-11-19T19:07:00.000-05:00',
    ],
    [
      'a date more than a day after now',
      page('<meta property="article:published_time" content="2027-03-01T10:00:00Z"><meta name="dc.date" content="2026-12-04">', ARTICLE),
      '2026-12-04T00:00:00.000Z',
    ],
    [
      'an "Updated" date when a "Published" one is printed',
      page(
        '',
        `<h1>Wild beat Sabres</h1><div class="meta">UPDATED: November 20, 2019 at 10:16 pm | PUBLISHED: November 19, 2019 at 8:59 pm</div>${ARTICLE}`,
      ),
      '2019-11-19T00:00:00.000Z',
    ],
  ])('%s', (_name, html, published) => expect(datesOf(html).published_at).toBe(published));

  it('without now, a future date is not rejected (the shell supplies now)', () => {
    const html = page('<meta property="article:published_time" content="2027-03-01T10:00:00Z">', ARTICLE);
    expect(datesOf(html, undefined, { now: null }).published_at).toBe('2027-03-01T10:00:00.000Z');
  });
});

describe('findDates: published and modified kept apart', () => {
  it.each([
    [
      'a modified date before the published one is dropped',
      '<meta property="article:published_time" content="2014-06-21T09:41:45+01:00"><meta property="article:modified_time" content="2014-06-17T17:46:05+01:00">',
      undefined,
      '2014-06-21T09:41:45.000+01:00',
      null,
    ],
    [
      'the feed date stands in before the modified date',
      '<meta property="article:modified_time" content="2019-11-19T10:00:00Z">',
      '2019-11-18T08:00:00Z',
      '2019-11-18T08:00:00.000Z',
      '2019-11-19T10:00:00.000Z',
    ],
    [
      'the feed date gives the time of a bare day the page prints',
      '<meta name="dc.date" content="2019-11-19">',
      '2019-11-19T14:05:00Z',
      '2019-11-19T14:05:00.000Z',
      null,
    ],
    [
      'the page wins over a feed date days away',
      '<meta name="dc.date" content="2019-11-19">',
      '2019-11-25T14:05:00Z',
      '2019-11-19T00:00:00.000Z',
      null,
    ],
    [
      'the modified date is published only when nothing else exists',
      '<meta property="article:modified_time" content="2019-11-19T10:00:00Z">',
      undefined,
      '2019-11-19T10:00:00.000Z',
      '2019-11-19T10:00:00.000Z',
    ],
  ])('%s', (_name, head, hint, published, modified) => {
    expect(datesOf(page(head, ARTICLE), undefined, { hint })).toEqual({ published_at: published, modified_at: modified });
  });

  it("the URL's day wins over a structured date days away from it, a precise time on that day over the bare day", () => {
    const html = page(
      '<meta property="article:published_time" content="2019-11-25T08:00:00Z"><meta name="dc.date" content="2019-11-18T14:30:00Z">',
      ARTICLE,
    );
    expect(datesOf(html, 'https://x.example/2019/11/18/story/').published_at).toBe('2019-11-18T14:30:00.000Z');
  });

  it("a structured date a few hours across midnight from the URL day is kept (time zones): the same instant, written on the URL's day", () => {
    const html = page('<meta property="article:published_time" content="2019-11-19T04:58:46Z">', ARTICLE);
    const at = datesOf(html, 'https://techcrunch.com/2019/11/18/story/').published_at;
    expect(Date.parse(at!)).toBe(Date.parse('2019-11-19T04:58:46Z'));
    expect(at).toBe('2019-11-18T23:58:46.000-05:00'); // the nearest whole-hour offset that puts it on the URL's day
  });
});

describe('collect: a body class naming a footer does not hide the page', () => {
  it('reads the JSON-LD of a page whose <body> class contains "share_tools_footer_on" (gizmodo)', () => {
    const html = `<html><body class="permalink f_share_tools_footer_on"><script type="application/ld+json">{"@type":"Article","datePublished":"2019-11-18T17:30:00-05:00"}</script>${ARTICLE}</body></html>`;
    expect(datesOf(html).published_at).toBe('2019-11-18T17:30:00.000-05:00');
  });
});

describe('day or month first in English', () => {
  const dated = (lang: string) =>
    `<html lang="${lang}"><body><h1>Harbour wall to be rebuilt</h1><p class="date">05/12/2026</p>${ARTICLE}</body></html>`;
  it.each([
    ['en on a .co.uk host: day first', 'en', 'https://www.example.co.uk/news/harbour', '2026-12-05'],
    ['en on a .com.au host: day first', 'en', 'https://www.example.com.au/news/harbour', '2026-12-05'],
    ['en-GB anywhere: day first', 'en-GB', 'https://www.example.com/news/harbour', '2026-12-05'],
    ['en on a .com host: month first', 'en', 'https://www.example.com/news/harbour', '2026-05-12'],
    ['en-US on a .co.uk host: month first', 'en-US', 'https://www.example.co.uk/news/harbour', '2026-05-12'],
  ])('%s (constructed)', (_name, lang, url, day) => expect(datesOf(dated(lang), url).published_at?.slice(0, 10)).toBe(day));
});

describe('JSON-LD that lists other stories', () => {
  it('does not date the page by an ItemList of teasers; the printed date wins (constructed)', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"NewsArticle","datePublished":"2026-11-20T10:00:00+01:00"}}]}</script>';
    const html = `<html lang="de"><head>${ld}</head><body><h1>Hafenmauer wird neu gebaut</h1><p class="date">01.12.2026</p>${ARTICLE}</body></html>`;
    expect(datesOf(html).published_at?.slice(0, 10)).toBe('2026-12-01');
  });
});

describe('a structured instant in UTC, written in the zone the page prints it in (probe pages en-news/01, en-news/04)', () => {
  const ld = (iso: string) => `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${iso}"}</script>`;
  const at = (iso: string, printed: string) =>
    `<html><head>${ld(iso)}</head><body><article><h1>Harbour wall repairs begin</h1><time datetime="${iso}">${printed}</time><p>The council voted.</p></article></body></html>`;

  it('takes the printed zone ("March 4, 2025 at 8:47 p.m. EST" over 2025-03-05T01:47:00Z)', () => {
    expect(datesOf(at('2025-03-05T01:47:00Z', 'Published March 4, 2025 at 8:47 p.m. EST')).published_at).toBe(
      '2025-03-04T20:47:00.000-05:00',
    );
  });

  it('reads the offset off the printed clock time when no zone is printed ("May 6, 2025 — 7.30am" over 21:30Z)', () => {
    expect(datesOf(at('2025-05-05T21:30:00.000Z', 'May 6, 2025 — 7.30am')).published_at).toBe('2025-05-06T07:30:00.000+10:00');
  });

  it('reads the offset at the minute the page prints, the data carrying the seconds (probe page en-media/us-localtv)', () => {
    expect(
      datesOf(at('2026-03-04T04:48:12+00:00', 'Mar 3, 2026 / 10:48 PM CST'), 'https://news.example/story', { now: null }).published_at,
    ).toBe('2026-03-03T22:48:12.000-06:00');
  });

  it('leaves the instant in UTC when the printed day is its own', () => {
    expect(datesOf(at('2025-05-05T21:30:00.000Z', 'May 5, 2025')).published_at).toBe('2025-05-05T21:30:00.000Z');
  });

  it('puts the instant on the day printed without a clock time, at the whole-hour offset nearest UTC that does (probe page au-nz/en_digital-native_nz-rental-inspections)', () => {
    // WordPress with Yoast: the data in UTC, the theme printing the site's own day
    expect(datesOf(at('2025-04-10T21:00:41+00:00', 'April 11, 2025')).published_at).toBe('2025-04-11T00:00:41.000+03:00');
    // west of UTC: "16 de septiembre de 2023" over 02:40Z on the 17th (probe page iberia-latam/es_ar_opinion_columnista_foto)
    expect(datesOf(at('2023-09-17T02:40:00.000Z', '16 de septiembre de 2023')).published_at).toBe('2023-09-16T23:40:00.000-03:00');
  });

  it('reads a clock time printed without its day when one offset alone fits it (a live blog\'s "first published at 6.02am"; probe page commonwealth-news/harbourside-herald-weather-live)', () => {
    expect(datesOf(at('2024-07-15T20:02:00.000Z', 'first published at 6.02am')).published_at).toBe('2024-07-16T06:02:00.000+10:00');
    // Advance Local's "Posted Nov 18, 8:19 PM" gives no year: its clock says the day (a real page of the scrapinghub corpus, nj.com)
    expect(datesOf(at('2019-11-19T01:19:34.819Z', 'Posted Nov 18, 8:19 PM')).published_at).toBe('2019-11-18T20:19:34.819-05:00');
  });

  it('keeps the UTC instant when a clock time alone fits two offsets, or leaves the day as it is', () => {
    // 13:00 over 00:00Z: +13 (Tonga, the next day) or -11 (the day before); and 09:00 over 07:00Z is the same day
    expect(datesOf(at('2024-07-15T00:00:00.000Z', '1.00pm')).published_at).toBe('2024-07-15T00:00:00.000Z');
    expect(datesOf(at('2024-07-15T07:00:00.000Z', '9.00am')).published_at).toBe('2024-07-15T07:00:00.000Z');
  });

  it('keeps the UTC instant when no zone in use puts it on the printed day, or the printed day is an update', () => {
    // two days off, or one day off the wrong way (21:30Z on the 5th is the 4th nowhere)
    expect(datesOf(at('2025-05-05T21:30:00.000Z', 'May 7, 2025')).published_at).toBe('2025-05-05T21:30:00.000Z');
    expect(datesOf(at('2025-05-05T21:30:00.000Z', 'May 4, 2025')).published_at).toBe('2025-05-05T21:30:00.000Z');
    expect(datesOf(at('2025-05-05T21:30:00.000Z', 'Updated May 6, 2025')).published_at).toBe('2025-05-05T21:30:00.000Z');
  });

  it('reads no offset from a clock time that is none (more than 14 hours away)', () => {
    expect(datesOf(at('2025-05-05T01:30:00.000Z', 'May 6, 2025 — 11.45pm')).published_at).toBe('2025-05-05T01:30:00.000Z');
  });
  it('reads the clock time printed before the date ("00:30, 14 JUL 2024" over 2024-07-13T23:30Z; probe page regional/en_reach_like_live)', () => {
    expect(datesOf(at('2024-07-13T23:30:00Z', '00:30, 14 JUL 2024')).published_at).toBe('2024-07-14T00:30:00.000+01:00');
  });

  it('reads the offset off a <time> whose datetime is the wall clock without an offset (probe page newsrooms/sv_kommun_nyhet_sidansvarig)', () => {
    const html = `<html><head>${ld('2025-02-17T23:05:00Z')}</head><body><article><h1>Ny simhall öppnar</h1><p>Publicerad <time datetime="2025-02-18T00:05">18 februari 2025</time></p><p>Kommunen bygger en ny simhall.</p></article></body></html>`;
    expect(datesOf(html).published_at).toBe('2025-02-18T00:05:00.000+01:00');
  });

  it('takes the offset a <time> carrying the instant gives (probe pages adversarial/ja_signature_end_photographer, sport-biz/en_courier_ap_automated_recap)', () => {
    const html = `<html><head>${ld('2025-01-17T20:00:00Z')}</head><body><article><h1>雪室で新酒</h1><time datetime="2025-01-18T05:00:00+09:00">2025年1月18日 5時00分</time><p>酒蔵で始まった。</p></article></body></html>`;
    expect(datesOf(html).published_at).toBe('2025-01-18T05:00:00.000+09:00');
  });
});

describe('a structured instant in UTC and a day printed without its clock time', () => {
  const ld = (iso: string) => `<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"${iso}"}</script>`;
  const ghost = (iso: string, times: string) =>
    `<html><head>${ld(iso)}</head><body><article><h1>Five years of a bookshop newsletter</h1>${times}<p>We started with forty readers.</p></article></body></html>`;

  it("takes the day of the page's first <time> when its datetime is a bare day (Ghost's byline date; probe page en-blogs/ghost-casper-sydney)", () => {
    const html = ghost('2024-11-30T14:10:00.000Z', '<time class="byline-meta-date" datetime="2024-12-01">1 Dec 2024</time>');
    expect(datesOf(html).published_at).toBe('2024-12-01T00:10:00.000+10:00');
  });

  it("does not take a related story's bare day, nor a bare day no zone reaches", () => {
    const related = '<a href="/x">Older post</a><time datetime="2024-12-01">1 Dec 2024</time>';
    expect(datesOf(ghost('2024-11-30T14:10:00.000Z', `<time datetime="2024-11-30T14:10:00.000Z"></time>${related}`)).published_at).toBe(
      '2024-11-30T14:10:00.000Z',
    );
    expect(datesOf(ghost('2024-11-30T08:10:00.000Z', '<time datetime="2024-12-01">1 Dec 2024</time>')).published_at).toBe(
      '2024-11-30T08:10:00.000Z',
    );
  });

  it('takes the publication day a date line prints (an embargo lifted at 00:01 in London; probe page commonwealth-news/ashcombe-echo-pa)', () => {
    const html = `<html><head>${ld('2024-09-17T23:01:00+00:00')}</head><body><article><h1>Shared ownership sales hit five-year high</h1><div class="article-dates">Published: 18th September 2024</div><p>Sales rose for the third year running.</p></article></body></html>`;
    expect(datesOf(html).published_at).toBe('2024-09-18T00:01:00.000+01:00');
  });

  it('leaves a structured bare day alone: it is no instant to move (JSON-LD\'s "2024-09-17")', () => {
    const html = `<html><head>${ld('2024-09-17')}</head><body><article><h1>Shared ownership sales hit five-year high</h1><div class="article-dates">Published: 18th September 2024</div><p>Sales rose for the third year running.</p></article></body></html>`;
    expect(datesOf(html).published_at?.slice(0, 10)).not.toBe('2024-09-18');
  });
});

describe('a structured instant in UTC and a date line printing it on another day (probe pages of the eighth round)', () => {
  const page = (iso: string, line: string) =>
    `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${iso}"}</script></head><body><article><h1>Harbour wall repairs begin</h1><p class="meta">${line}</p><p>The council voted on Tuesday to spend the money on the harbour wall.</p></article></body></html>`;

  it.each([
    ['4 mars 2025 kl. 00.34', '2025-03-03T23:34:00Z', '2025-03-04T00:34:00.000+01:00'],
    ['23.09.2024 00:47', '2024-09-22T21:47:00Z', '2024-09-23T00:47:00.000+03:00'],
    ['Published 9:15 p.m. ET March 3, 2024 | Updated 8:40 a.m. ET March 4, 2024', '2024-03-04T02:15:00Z', '2024-03-03T21:15:00.000-05:00'],
    ['First published March 5 2024 - 7:00am', '2024-03-04T20:00:00Z', '2024-03-05T07:00:00.000+11:00'],
  ])('%j', (line, iso, want) => expect(datesOf(page(iso, line)).published_at).toBe(want));

  it('reads the publication\'s clock printed after the update\'s date ("Updated August 21 2024 - 11:02am, first published 7:45am"; probe page commonwealth-news/tallowra-leader-aap)', () => {
    expect(datesOf(page('2024-08-20T21:45:00Z', 'Updated August 21 2024 - 11:02am, first published 7:45am')).published_at).toBe(
      '2024-08-21T07:45:00.000+10:00',
    );
    // a first publication with a day of its own is that day's, not the update's
    expect(
      datesOf(page('2024-08-20T21:45:00Z', 'Updated August 21 2024 - 11:02am, first published 5:45am, August 19 2024')).published_at,
    ).toBe('2024-08-20T21:45:00.000Z');
  });

  it("reads no offset from an update's line, a clock time at another minute, or an offset no zone uses", () => {
    expect(datesOf(page('2024-07-13T23:30:00Z', 'Updated 14 July 2024 07:30')).published_at).toBe('2024-07-13T23:30:00.000Z');
    expect(datesOf(page('2024-07-13T23:30:00Z', '14 July 2024 00:41')).published_at).toBe('2024-07-13T23:30:00.000Z');
    expect(datesOf(page('2024-07-13T23:30:00Z', '14 July 2024 10:45')).published_at).toBe('2024-07-13T23:30:00.000Z');
  });
});
