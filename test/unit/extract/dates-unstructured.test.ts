/**
 * Publication dates of pages that publish no structured data (no JSON-LD, no meta dates, no itemprop): public bodies,
 * small news sites and blogs, where only the printed date line says when the story appeared. Every page is constructed
 * here from general knowledge of the templates named in each case (Drupal themes, WordPress themes, static-site
 * generators, news CMSs); names, places and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';

const NOW = '2026-12-05T04:00:00Z';

const STORY = [
  'The council agreed on Tuesday to keep the harbour footbridge closed until the spring, after engineers found rust in two of its supports.',
  'Ferry passengers will use the temporary crossing beside the fish market, which opens an hour earlier than the bridge used to.',
  'The repair is expected to cost about 340,000 euros, most of it paid from the maintenance reserve set aside last year.',
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');

/** A standfirst long enough that the date line under it stands past the text read right after the headline. */
const DEK =
  '<p class="summary">Engineers who inspected the crossing in November found rust in two of the supports that carry the deck over the ' +
  'inner basin, and the council will not reopen it before the repair is finished, which the contractor says will take at least until March.</p>';

const doc = (body: string, bodyAttrs = ''): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Footbridge stays closed</title></head><body${bodyAttrs}>${body}</body></html>`;

const publishedOf = (html: string, url = 'https://harbour.example/news/footbridge-stays-closed'): string | null =>
  extractArticle(html, url, { now: NOW })?.published_at ?? null;

describe('dates of pages without structured data: where the printed date stands', () => {
  it.each([
    [
      // Drupal's themes class <body> by layout ("one-sidebar sidebar-second"); the date line sits deep inside the node.
      'a body class naming the page layout ("one-sidebar sidebar-second", Drupal) does not make every date a sidebar\'s',
      doc(
        `<div id="page"><div class="region-content"><div class="node node-article"><h1>Footbridge stays closed</h1>${DEK}` +
          `<div class="submitted"><span class="author">Harbour Desk</span> <span class="date-display-single">Dec 3 2026, 11:06am</span></div>` +
          `<div class="field-body">${STORY}</div></div></div><div class="region-sidebar-second"><h2>Links</h2></div></div>`,
        ' class="html not-front one-sidebar sidebar-second page-node node-type-article"',
      ),
      '2026-12-03T00:00:00.000Z',
    ],
    [
      // Bootstrap-era news templates wrap the main column in "responsive_main" / "col-responsive".
      'a wrapper classed "responsive" is a layout, not the replies ("respond", "responses") whose dates are readers\'',
      doc(
        `<div class="content-primary" id="responsive_main"><section class="story"><div class="article"><h1>Footbridge stays closed</h1>${DEK}` +
          `<figure><img src="/bridge.jpg" alt=""><figcaption>The footbridge in October.</figcaption></figure><div class="s-data"><span class="date">Published Thursday, December 3, 2026 8:22AM EST</span></div>` +
          `${STORY}</div></section></div>`,
      ),
      '2026-12-03T08:22:00.000-05:00',
    ],
    [
      // Static-site blog themes (Gatsby, Hugo, Jekyll): headline, a standfirst, then a meta list closing the header.
      "the short date line that closes the story's header, under a standfirst longer than the text read after the headline",
      doc(
        `<main><article><header><div><h1>Footbridge stays closed</h1>${DEK}<ul><li><small>On 12/3/2026 by @harbourdesk</small></li></ul></div>` +
          `<div><img src="/bridge.jpg" alt=""></div></header><section>${STORY}</section></article></main>`,
      ),
      '2026-12-03T00:00:00.000Z',
    ],
    [
      "not a day named at the end of a long standfirst: only the header's short lines are read",
      doc(
        `<main><article><header><h1>Footbridge stays closed</h1><p>Engineers who inspected the crossing found rust in two of the supports that carry the deck over the inner basin, ` +
          `and the council will not reopen it before the repair is finished, which the contractor says takes until March; the decision was taken on 12/1/2026.</p><p>Harbour Desk</p></header>${STORY}</article></main>`,
      ),
      null,
    ],
  ])('%s', (_name, html, published) => expect(publishedOf(html)).toBe(published));
});

describe('dates of pages without structured data: an update printed on a <time>', () => {
  it.each([
    [
      // News CMSs print the publication as text and mark up only the update ("By X · Dec 2, 2026 · Updated <time>").
      'a <time> the line labels "Updated" is the modified date; the publication printed beside it is the published one',
      doc(
        `<article><h1>Footbridge stays closed</h1><div class="meta"><span>By Anna Dunst</span> · <span>December 2, 2026</span> · ` +
          `<span>Updated <time datetime="2026-12-04T09:00:00Z">December 4, 2026, 9:00 AM</time></span></div>${STORY}</article>`,
      ),
      '2026-12-02T00:00:00.000Z',
      '2026-12-04T09:00:00.000Z',
    ],
    [
      // A national broadcaster's timestamp: one <time> prints both days, its datetime holds the update's instant.
      'a <time> whose text prints the publication and then "Updated" on the day of its datetime',
      doc(
        `<article><h1>Footbridge stays closed</h1><div><time datetime="2026-12-04T12:43:39.889Z">Dec. 3, 2026, 10:00 PM UTC / Updated Dec. 4, 2026, 12:43 PM UTC</time></div>` +
          `<div><span>By Anna Dunst</span></div>${STORY}</article>`,
      ),
      '2026-12-03T22:00:00.000Z',
      '2026-12-04T12:43:39.889Z',
    ],
  ])('%s', (_name, html, published, modified) => {
    const article = extractArticle(html, 'https://harbour.example/news/footbridge-stays-closed', { now: NOW });
    expect([article?.published_at, article?.modified_at]).toEqual([published, modified]);
  });
});

/** A page in `lang` whose only date is the printed line under the headline (the story's text is the English one: only the date line is at stake). */
const localPage = (lang: string, headline: string, dateLine: string): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${headline}</title></head><body>` +
  `<main><article><h1>${headline}</h1><div class="info">${dateLine}</div>${STORY}</article></main></body></html>`;

describe('dates of pages without structured data: how other languages print the day', () => {
  it.each([
    // Czech and Slovak town halls print "Zveřejněno: 3. 12. 2026" (spaced dots) or the month's genitive.
    ['cs, spaced dots', localPage('cs', 'Lávka zůstane zavřená', 'Zveřejněno: 3. 12. 2026'), '2026-12-03T00:00:00.000Z'],
    ['cs, month genitive', localPage('cs', 'Lávka zůstane zavřená', 'Publikováno dne 3. prosince 2026, 10:15'), '2026-12-03T00:00:00.000Z'],
    ['sk, month genitive', localPage('sk', 'Lávka zostane zatvorená', 'Uverejnené 3. decembra 2026'), '2026-12-03T00:00:00.000Z'],
    // Hungarian writes the year first, each part closed by a dot.
    [
      'hu, year first with the month name',
      localPage('hu', 'Zárva marad a gyaloghíd', 'Közzétéve: 2026. december 3. 10:15'),
      '2026-12-03T00:00:00.000Z',
    ],
    ['hu, year first in numbers', localPage('hu', 'Zárva marad a gyaloghíd', '2026. 12. 03.'), '2026-12-03T00:00:00.000Z'],
    // Finnish months are partitives ("joulukuuta"), Romanian and Greek month names their own.
    ['fi, month partitive', localPage('fi', 'Kävelysilta pysyy suljettuna', 'Julkaistu 3. joulukuuta 2026'), '2026-12-03T00:00:00.000Z'],
    ['ro', localPage('ro', 'Pasarela rămâne închisă', 'Publicat pe 3 decembrie 2026'), '2026-12-03T00:00:00.000Z'],
    ['el, month genitive', localPage('el', 'Κλειστή η πεζογέφυρα', 'Δημοσίευση: 3 Δεκεμβρίου 2026'), '2026-12-03T00:00:00.000Z'],
    // Slovenian and Swahili month names (a Swahili broadcaster's only date: round-16 unseen/africa-news).
    ['sl', localPage('sl', 'Brv ostaja zaprta', 'Objavljeno 3. julija 2026'), '2026-07-03T00:00:00.000Z'],
    ['sw, month before day', localPage('sw', 'Daraja litabaki kufungwa', 'Alhamisi, Machi 20, 2025'), '2025-03-20T00:00:00.000Z'],
    ['sw, day before month', localPage('sw', 'Daraja litabaki kufungwa', 'Imechapishwa 3 Desemba 2026'), '2026-12-03T00:00:00.000Z'],
    // Ukrainian month genitives (round-15 unseen/east-web, "3 травня 2024, 02:40"), Bulgarian and Serbian Cyrillic month names.
    ['uk, month genitive', localPage('uk', 'Міст залишається закритим', 'Опубліковано: 3 травня 2024, 02:40'), '2024-05-03T00:00:00.000Z'],
    ['uk, November is not Polish', localPage('uk', 'Міст залишається закритим', '3 листопада 2026'), '2026-11-03T00:00:00.000Z'],
    ['bg', localPage('bg', 'Мостът остава затворен', 'Публикувано: 3 май 2026'), '2026-05-03T00:00:00.000Z'],
    ['sr, Cyrillic', localPage('sr', 'Мост остаје затворен', 'Објављено: 3. јун 2026.'), '2026-06-03T00:00:00.000Z'],
    // Arabic month names: the Gulf's and Egypt's (round-12 unseen/scripts-world, "22 فبراير 2024 00:35"), the Levant's and the Maghreb's.
    ['ar, Gulf', localPage('ar', 'إغلاق الجسر', 'نشر في: 13 مارس 2025'), '2025-03-13T00:00:00.000Z'],
    ['ar, hamza on the alif', localPage('ar', 'إغلاق الجسر', '3 أبريل 2025'), '2025-04-03T00:00:00.000Z'],
    ['ar, Levant', localPage('ar', 'إغلاق الجسر', '3 أيار 2024'), '2024-05-03T00:00:00.000Z'],
    ['ar, Maghreb', localPage('ar', 'إغلاق الجسر', '3 جوان 2024'), '2024-06-03T00:00:00.000Z'],
    // Thai: a month's dotted abbreviation or its name, and the Buddhist era's year (round-22 unseen/hebrew-indic-thai, "3 ม.ค. 2568 - 06:40 น.").
    ['th, abbreviation, Buddhist era', localPage('th', 'สะพานปิดซ่อม', '3 ม.ค. 2568 - 06:40 น.'), '2025-01-03T00:00:00.000Z'],
    ['th, month name, "พ.ศ."', localPage('th', 'สะพานปิดซ่อม', 'วันที่ 16 มีนาคม พ.ศ. 2567'), '2024-03-16T00:00:00.000Z'],
    ['th, common era', localPage('th', 'สะพานปิดซ่อม', '5 ธ.ค. 2025'), '2025-12-05T00:00:00.000Z'],
    // Indian government press releases and British councils' notices: "Posted On: 03-Dec-2026".
    [
      'en-IN, day, month abbreviation and year joined by hyphens',
      localPage('en-IN', 'Footbridge stays closed', 'Posted On: 03-Dec-2026 10:15 AM'),
      '2026-12-03T00:00:00.000Z',
    ],
  ])('%s', (_name, html, published) => expect(publishedOf(html, 'https://town.example/news/footbridge')).toBe(published));

  it.each([
    [
      'an update printed in Czech is not the publication',
      localPage('cs', 'Lávka', 'Zveřejněno: 1. 12. 2026, aktualizováno: 3. 12. 2026'),
      '2026-12-01T00:00:00.000Z',
      '2026-12-03T00:00:00.000Z',
    ],
    [
      'an update printed in Finnish is not the publication',
      localPage('fi', 'Kävelysilta', 'Päivitetty 3.12.2026 | Julkaistu 1.12.2026'),
      '2026-12-01T00:00:00.000Z',
      '2026-12-03T00:00:00.000Z',
    ],
  ])('%s', (_name, html, published, modified) => {
    const article = extractArticle(html, 'https://town.example/news/footbridge', { now: NOW });
    expect([article?.published_at, article?.modified_at]).toEqual([published, modified]);
  });
});

describe('dates of pages without structured data: a <time> far from the headline', () => {
  // A news site built with generated class names: a "latest" strip of other stories' <time> elements above the story and a
  // list of more stories below it; the story's own date is printed as text under the headline, with no <time>.
  const strip = (days: number[]): string =>
    `<ul class="css-4f1a2b">${days.map((d) => `<li class="css-9c8d7e"><a href="/news/story-${d}">Other story ${d}</a> <time class="css-0b1c2d" datetime="2026-12-0${d}T07:00:00-05:00">Dec ${d}</time></li>`).join('')}</ul>`;
  const page = doc(
    `<div class="css-11aa22">${strip([4, 4])}</div><main class="css-33bb44"><div class="css-55cc66"><h1 class="css-77dd88">Footbridge stays closed</h1>` +
      `<div class="css-99ee00">by Anna Dunst | December 2, 2026 12:01 PM</div></div><div class="css-aa11bb">${STORY}</div>` +
      `<div class="css-cc22dd">${strip([3, 4])}</div></main>`,
  );

  it("the date printed under the headline wins over unmarked <time> elements outside the story's header", () => {
    expect(publishedOf(page)).toBe('2026-12-02T00:00:00.000Z');
  });

  it('a <time> far from the headline is still the date of a page that prints none under it', () => {
    const bare = page.replace('by Anna Dunst | December 2, 2026 12:01 PM', 'by Anna Dunst');
    expect(publishedOf(bare)).toBe('2026-12-04T07:00:00.000-05:00');
  });
});

describe('dates of pages without structured data: what is read after the headline', () => {
  // Pretty-printed templates: a share bar of icon-only list items, each on its own indented lines, stands between the
  // headline and the byline line. Its blanks are no text a reader sees, so they do not use up what is read after the headline.
  const shareBar = `<ul class="share">${['facebook', 'twitter', 'linkedin', 'email', 'print', 'alert']
    .map(
      (n) =>
        `\n                <li class="${n}">\n                    <a href="#${n}" title="${n}"><svg><use href="#${n}"></use></svg></a>\n                </li>\n            `,
    )
    .join('')}</ul>`;
  const page = (line: string): string =>
    doc(
      `<div id="content"><div class="story-head"><h1>Footbridge stays closed</h1><p class="dek">Rust in two supports keeps the crossing shut.</p>` +
        `${shareBar}\n            <div class="meta">\n                By <a href="/people/anna-dunst/">Anna Dunst</a>\n                |   ${line}\n            </div></div>` +
        `<div class="story-body">${STORY}</div></div>`,
    );

  it('a date line after a share bar of indented, icon-only items (no <time>, no date class)', () => {
    expect(publishedOf(page('December 3, 2026 -- 19:14 GMT'))).toBe('2026-12-03T19:14:00.000Z');
  });

  it('a date line closing the header, indented over several lines, under a standfirst longer than the text read after the headline', () => {
    const pad = '\n' + ' '.repeat(24);
    const html = doc(
      `<main><article><header><div><h1>Footbridge stays closed</h1>${DEK}<ul>${pad}<li>${pad}<small>${pad}On 12/3/2026${pad}by @harbourdesk${pad}</small>${pad}</li>${pad}</ul></div>` +
        `</header><section>${STORY}</section></article></main>`,
    );
    expect(publishedOf(html)).toBe('2026-12-03T00:00:00.000Z');
  });

  it('the same bar before a line with no date gives no date', () => {
    expect(publishedOf(page('Topic: Harbour'))).toBeNull();
  });

  // scrapinghub/55bb634 (dealbreaker) with its own date taken out (scripts/lib/date-removed.ts): a short story header in
  // its <article>, then a "Related" grid of <article> cards whose titles print their own day ("Opening Bell 10.29.19").
  const withCards = (dateLine: string): string =>
    doc(
      `<main><article><header><h1>Footbridge stays closed</h1><p>Author: Harbour Desk</p>${dateLine}</header></article>` +
        `<section><h2>Related</h2>` +
        ['Ferry timetable 10.29.26', 'Fish market hours 11.02.26']
          .map((t) => `<article class="card"><a href="/news/${t.length}"><h3>${t}</h3></a></article>`)
          .join('') +
        `</section><div>${STORY}</div></main>`,
    );

  it("another story's <article> card after the story's own <article> header lends it no date", () => {
    expect(publishedOf(withCards(''))).toBeNull();
  });

  it("the story's own date line before those cards is still read", () => {
    expect(publishedOf(withCards('<p>Published Dec 3, 2026</p>'))).toBe('2026-12-03T00:00:00.000Z');
  });
});

describe('dates of pages without structured data: a day printed without its year', () => {
  // Advance Local's sites (and many others) print "Updated Nov 19, 6:55 AM; Posted Nov 18, 8:19 PM" under the headline, with no
  // year, and put the year and month in the story's URL (/2026/12/slug.html).
  const page = (line: string): string =>
    doc(`<main><h1>Footbridge stays closed</h1><div class="timestamp">${line}</div><div class="body">${STORY}</div></main>`);

  it.each([
    [
      '"Posted" after "Updated", the month the URL gives',
      'Updated Dec 4, 6:55 AM; Posted Dec 3, 8:19 PM',
      'https://harbour.example/news/2026/12/footbridge.html',
      '2026-12-03T00:00:00.000Z',
    ],
    [
      'day before month ("3. Dezember")',
      'Veröffentlicht am 3. Dezember um 10:32 Uhr',
      'https://harbour.example/2026/12/footbridge',
      '2026-12-03T00:00:00.000Z',
    ],
    [
      'a URL without year and month: no year to read the day in',
      'Posted Dec 3, 8:19 PM',
      'https://harbour.example/news/footbridge.html',
      null,
    ],
    ["a month other than the URL's: not read", 'Posted Nov 3, 8:19 PM', 'https://harbour.example/news/2026/12/footbridge.html', null],
    [
      'a month and year with no day ("December 2026") is no day of the month',
      'Posted in December 2026',
      'https://harbour.example/news/2026/12/footbridge.html',
      null,
    ],
    [
      'a year printed after all wins ("Dec 3, 2025")',
      'Posted Dec 3, 2025',
      'https://harbour.example/news/2026/12/footbridge.html',
      '2025-12-03T00:00:00.000Z',
    ],
  ])('%s', (_name, line, url, published) => {
    expect(publishedOf(page(line), url)).toBe(published);
  });
});

describe("dates of pages without structured data: a member's join date in a forum post's profile box (round 27: dev/comment-threads)", () => {
  const forum = (joined: string) =>
    doc(
      `<div class="forum"><h1>Hoge Kamp tuinforum</h1><h2 class="topic-title">Footbridge stays closed</h2><div class="post"><dl class="postprofile"><dt><a href="/u/4821">Bartje_R</a></dt><dd class="profile-joined"><strong>${joined}</strong> ma 2 mar 2015 19:20</dd></dl><div class="postbody"><p class="author">door <a href="/u/4821">Bartje_R</a> » <time datetime="2024-04-13T20:41:00+00:00">za 13 apr 2024 22:41</time></p>${STORY}</div></div></div>`,
    );

  it.each(['Lid geworden op:', 'Joined:', 'Mitglied seit:', 'Inscrit le :', 'Registrado:'])(
    'the post\'s time, not the date after "%s"',
    (label) => expect(publishedOf(forum(label))?.slice(0, 10)).toBe('2024-04-13'),
  );
});
