/**
 * Constructed pages for the visible byline alone: no JSON-LD, no <meta> author, no itemprop or rel=author, so only
 * what a reader sees credits the story. Each is written here from general knowledge of how news sites, magazines,
 * health sites and blogs commonly lay out their pages (English, German, French and Spanish), not copied from any site;
 * names, outlets and stories are made up. Two kinds: a person's name printed near the story who is not its author
 * (a photo, illustration or video credit, an editor, a medical reviewer, a translator, a newsletter or podcast host, an
 * embedded post's or quote card's author, a teaser's, a neighbour story's, a reader's, a sponsor, a desk), and the author
 * printed in a less common but real way (capitals, titles, several authors joined by "and", "und", "et", "y", particles,
 * hyphens, non-Latin script). Each page says who a careful reader would record as its authors.
 *
 * "As told to X" (a first-person account the journalist wrote down) credits X: the narrator is the subject and is
 * named in the headline or standfirst, while the outlets that print the form name the journalist as the author in
 * their structured data, as German "Protokoll: X" does. "Interview by X" and "Propos recueillis par X" credit the
 * interviewer likewise. A co-credit at the story's end ("Additional reporting by X", "Mitarbeit: X") is not the byline.
 */
import { AttributionPage, doc, paras } from './attribution-pages';

const EN = [
  'The county library on Harbour Street will reopen on Monday after a two-year rebuild that added a reading garden and a children’s wing.',
  'The work cost about nine million dollars, most of it raised by a local bond measure that voters approved by a wide margin in 2024.',
  'Librarians said the old building had leaked for years, and that thousands of books had been moved to a warehouse while the roof was replaced.',
  'Opening hours will be longer than before, with the branch staying open until nine on weekday evenings and from ten until four on Sundays.',
];
const DE = [
  'Die Stadtbibliothek in der Hafenstraße öffnet am Montag nach zwei Jahren Umbau wieder, mit einem Lesegarten und einem eigenen Kinderflügel.',
  'Der Umbau hat rund neun Millionen Euro gekostet; den größten Teil trägt das Land, wie eine Sprecherin der Stadtverwaltung bestätigte.',
  'Das alte Gebäude war seit Jahren undicht, Tausende Bücher mussten während der Dachsanierung in ein Lager am Stadtrand gebracht werden.',
  'Künftig ist die Bibliothek länger geöffnet als bisher, werktags bis 21 Uhr und erstmals auch sonntags von zehn bis sechzehn Uhr.',
];
const FR = [
  'La médiathèque de la rue du Port rouvrira lundi après deux ans de travaux, avec un jardin de lecture et un espace réservé aux enfants.',
  'Le chantier a coûté environ neuf millions d’euros, financés pour l’essentiel par la région, a précisé une porte-parole de la mairie.',
  'L’ancien bâtiment prenait l’eau depuis des années et des milliers de livres avaient dû être stockés dans un entrepôt pendant la réfection du toit.',
  'Les horaires seront élargis, avec une ouverture jusqu’à vingt et une heures en semaine et, pour la première fois, le dimanche matin.',
];
const ES = [
  'La biblioteca municipal de la calle del Puerto reabrirá el lunes tras dos años de obras que han añadido un jardín de lectura y un ala infantil.',
  'La reforma ha costado unos nueve millones de euros, financiados en su mayor parte por el Gobierno regional, según una portavoz del Ayuntamiento.',
  'El edificio antiguo tenía goteras desde hacía años y miles de libros tuvieron que trasladarse a un almacén mientras se cambiaba el tejado.',
  'El horario será más amplio que antes, hasta las nueve de la noche entre semana y, por primera vez, también los domingos por la mañana.',
];

const TIME = '<time datetime="2026-12-05T10:32:00Z">';
const EN_DATE = `${TIME}December 5, 2026</time>`;
const DE_DATE = `${TIME}05.12.2026, 10:32 Uhr</time>`;
const FR_DATE = `${TIME}5 décembre 2026</time>`;
const ES_DATE = `${TIME}5 de diciembre de 2026</time>`;

interface Shape {
  /** Printed before the headline (a top strip, a kicker, a left rail). */
  before?: string;
  /** Between the headline and the story's text: the byline's usual place. */
  head?: string;
  /** Inside the story's container, after its text. */
  tail?: string;
  /** After the story's container (teasers, lists, comments, the page footer). */
  after?: string;
}

/** A story page of the usual shape: site header, <article> with the headline, the `head` slot, the text, then `after`. */
function story(lang: string, site: string, headline: string, text: string[], s: Shape): string {
  return doc(
    lang,
    `<title>${headline} | ${site}</title>`,
    `<header class="site-header"><a href="/" class="logo">${site}</a><nav><a href="/local/">Local</a> <a href="/politics/">Politics</a></nav></header>
<main>${s.before ?? ''}<article class="story"><h1 class="story-title">${headline}</h1>
${s.head ?? ''}
<div class="story-body">${paras(text)}</div>${s.tail ?? ''}</article>${s.after ?? ''}</main>
<footer class="site-footer">© 2026 ${site}</footer>`,
  );
}

/** The same story in a page without <article>: headline and text in plain divs, as older templates print them. */
function plainStory(lang: string, site: string, headline: string, text: string[], s: Shape): string {
  return doc(
    lang,
    `<title>${headline} - ${site}</title>`,
    `<div id="top"><a href="/">${site}</a></div>
<div id="wrapper">${s.before ?? ''}<div class="col-main"><h1>${headline}</h1>
${s.head ?? ''}
<div class="text">${paras(text)}</div>${s.tail ?? ''}</div>${s.after ?? ''}</div>
<div id="bottom">© 2026 ${site}</div>`,
  );
}

const EN_HEAD = 'County library reopens after two-year rebuild';
const DE_HEAD = 'Stadtbibliothek öffnet nach zwei Jahren Umbau wieder';
const FR_HEAD = 'La médiathèque rouvre après deux ans de travaux';
const ES_HEAD = 'La biblioteca municipal reabre tras dos años de obras';

const en = (name: string, s: Shape, authors: string[], plain = false): AttributionPage => ({
  name,
  url: `https://www.harbor-ledger.example/local/2026/12/05/${slug(name)}`,
  html: (plain ? plainStory : story)('en', 'Harbor Ledger', EN_HEAD, EN, s),
  title: EN_HEAD,
  authors,
  published: '2026-12-05',
});
const de = (name: string, s: Shape, authors: string[], plain = false): AttributionPage => ({
  name,
  url: `https://www.hafenbote-beispiel.example/lokales/${slug(name)}-1.234567`,
  html: (plain ? plainStory : story)('de', 'Hafenbote', DE_HEAD, DE, s),
  title: DE_HEAD,
  authors,
  published: '2026-12-05',
});
const fr = (name: string, s: Shape, authors: string[], plain = false): AttributionPage => ({
  name,
  url: `https://www.le-courrier-exemple.example/ville/${slug(name)}_123456.html`,
  html: (plain ? plainStory : story)('fr', 'Le Courrier Exemple', FR_HEAD, FR, s),
  title: FR_HEAD,
  authors,
  published: '2026-12-05',
});
const es = (name: string, s: Shape, authors: string[], plain = false): AttributionPage => ({
  name,
  url: `https://www.diario-ejemplo.example/local/${slug(name)}.html`,
  html: (plain ? plainStory : story)('es', 'Diario Ejemplo', ES_HEAD, ES, s),
  title: ES_HEAD,
  authors,
  published: '2026-12-05',
});

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40);
}

/** A hero picture under the headline whose caption credits the photographer, linked to the staff page. */
const heroPhoto = (credit: string): string =>
  `<figure class="hero"><img src="/img/library.jpg" alt="The new reading garden"><figcaption>The new reading garden on Harbour Street. ${credit}</figcaption></figure>`;

/** Names near the story who did not write it: each page gives only its author, or nobody. */
const NOT_THE_AUTHOR: AttributionPage[] = [
  en(
    'caption "Photograph: <staff link>/Agency" above an unmarked "By" line',
    {
      head: `${heroPhoto('Photograph: <a href="/staff/tom-baker">Tom Baker</a>/Reuters')}<p class="meta">By Jane Roe · ${EN_DATE}</p>`,
    },
    ['Jane Roe'],
  ),
  en(
    'caption "Photograph: <staff link>" and no byline at all',
    { head: `${heroPhoto('Photograph: <a href="/staff/tom-baker">Tom Baker</a>')}<p class="meta">${EN_DATE}</p>` },
    [],
  ),
  en(
    'caption "Illustration by <contributor link>" before the byline',
    {
      head: `${heroPhoto('Illustration by <a href="/contributors/ann-lee">Ann Lee</a>')}<div class="meta"><span class="byline">By Jane Roe</span> ${EN_DATE}</div>`,
    },
    ['Jane Roe'],
  ),
  en(
    'video player credit "Video by <staff link>" and a dated line with no byline',
    {
      head: `<div class="video-player"><video src="/v/library.mp4"></video><p class="video-meta">Video by <a href="/staff/sam-lee">Sam Lee</a> · 2:14</p></div><p>${EN_DATE}</p>`,
    },
    [],
  ),
  en(
    'a roundup whose only credit under the headline is "Edited by X"',
    { head: `<div class="story-meta"><span class="credit">Edited by <a href="/staff/tom-baker">Tom Baker</a></span> ${EN_DATE}</div>` },
    [],
  ),
  en(
    '"Written by Jane Roe | Edited by Tom Baker" in one credit line',
    { head: `<div class="story-meta"><p class="credits">Written by Jane Roe | Edited by Tom Baker</p> ${EN_DATE}</div>` },
    ['Jane Roe'],
  ),
  en(
    'health site: "Medically reviewed by Dr. X, MD — Written by Y — Updated on" (reviewer first)',
    {
      head: `<div class="article-byline"><span>Medically reviewed by <a href="/reviewers/sam-lee">Dr. Sam Lee, MD</a></span> — <span>Written by <a href="/authors/jane-roe">Jane Roe</a></span> — <span>Updated on ${EN_DATE}</span></div>`,
    },
    ['Jane Roe'],
  ),
  en(
    'health site: only "Medically reviewed by Dr. X" and "Fact checked by Y" in the byline box',
    {
      head: `<div class="byline-box"><div class="byline-row">Medically reviewed by <a href="/reviewers/sam-lee">Sam Lee, MD</a></div><div class="byline-row">Fact checked by <a href="/reviewers/ann-lee">Ann Lee</a></div><div>${EN_DATE}</div></div>`,
    },
    [],
  ),
  en(
    'health site: "By Jane Roe" then "Fact checked by Ann Lee" in the byline box',
    {
      head: `<div class="byline-box"><div class="byline-row">By <a href="/authors/jane-roe">Jane Roe</a></div><div class="byline-row">Fact checked by <a href="/authors/ann-lee">Ann Lee</a></div><div>${EN_DATE}</div></div>`,
    },
    ['Jane Roe'],
  ),
  en(
    '"By Jan Kowalski" with "Translated by Anna Smith" under it',
    { head: `<div class="story-meta"><p>By Jan Kowalski</p><p>Translated by Anna Smith</p>${EN_DATE}</div>` },
    ['Jan Kowalski'],
  ),
  en(
    'a translated essay whose only credit is "Translated by Anna Smith"',
    {
      head: `<div class="story-meta"><p class="translator">Translated by <a href="/contributors/anna-smith">Anna Smith</a></p>${EN_DATE}</div>`,
    },
    [],
  ),
  en(
    '"Additional reporting by Tom Baker" at the story\'s end, "By Jane Roe" at its top',
    {
      head: `<p class="byline">By Jane Roe</p><p>${EN_DATE}</p>`,
      tail: '<p><em>Additional reporting by <a href="/staff/tom-baker">Tom Baker</a> in Springfield.</em></p>',
    },
    ['Jane Roe'],
  ),
  en(
    'a podcast player "Hosted by Tom Baker" under the headline, no byline',
    {
      head: `<div class="audio"><audio src="/a/ep12.mp3"></audio><p>Harbor Ledger Daily · Hosted by <a href="/staff/tom-baker">Tom Baker</a></p></div><p>${EN_DATE}</p>`,
    },
    [],
  ),
  en(
    'an embedded post "— Jane Roe (@janeroe) December 5, 2026" in the text, no byline',
    {
      head: `<p>${EN_DATE}</p>`,
      tail: '<blockquote class="twitter-tweet"><p>Finally! The library is back and the garden is lovely.</p>— Jane Roe (@janeroe) <a href="https://x.example/janeroe/status/1">December 5, 2026</a></blockquote>',
    },
    [],
  ),
  en(
    'a quote card "— Tom Baker, head librarian" right under the headline, no byline',
    {
      head: `<blockquote class="pull-quote"><p>“We have waited two years for this day.”</p><cite>— Tom Baker, head librarian</cite></blockquote><p>${EN_DATE}</p>`,
    },
    [],
  ),
  en(
    'a related story beside the headline with its own headline and "By Tom Baker", no byline of its own',
    {
      head: `<div class="col-side"><h3><a href="/local/2026/12/04/parking">Parking rules change near the harbour</a></h3><p>By Tom Baker</p></div><p>${EN_DATE}</p>`,
    },
    [],
    true,
  ),
  en(
    'a "Latest" strip above the headline with a story and "By Tom Baker", story without byline',
    {
      before:
        '<div class="strip"><span>Latest</span> <a href="/local/2026/12/05/ferry">Ferry service resumes</a> <span class="byline">By Tom Baker</span></div>',
      head: `<p>${EN_DATE}</p>`,
    },
    [],
    true,
  ),
  en(
    'previous and next story links with their bylines after the story, no byline of its own',
    {
      head: `<p>${EN_DATE}</p>`,
      after:
        '<div class="pn"><div><span>Previous</span><a href="/a">Parking rules change</a><span class="byline">By Tom Baker</span></div><div><span>Next</span><a href="/b">Ferry service resumes</a><span class="byline">By Ann Lee</span></div></div>',
    },
    [],
    true,
  ),
  en(
    'a "Most read" list with bylines in the left rail before the headline',
    {
      before:
        '<div class="col-left"><h2>Most read</h2><ol><li><a href="/a">Parking rules change</a> <span class="byline">By Tom Baker</span></li><li><a href="/b">Ferry service resumes</a> <span class="byline">By Ann Lee</span></li></ol></div>',
      head: `<p>${EN_DATE}</p>`,
    },
    [],
    true,
  ),
  en(
    'readers\' comments without class words: "Tom Baker wrote:" under the story',
    {
      head: `<p>${EN_DATE}</p>`,
      after:
        '<div class="c"><h3>3 Comments</h3><div><b>Tom Baker</b> wrote:<p>About time too.</p></div><div><b>Ann Lee</b> wrote:<p>Lovely garden.</p></div></div>',
    },
    [],
    true,
  ),
  en(
    'sponsored story: "Presented by" and the sponsor\'s name in the byline slot',
    {
      head: `<div class="byline"><span class="label">Presented by</span> <a href="https://harbor-bank.example/">Harbor Bank</a></div><p>${EN_DATE}</p>`,
    },
    [],
  ),
  en(
    'opinion piece: "By Jane Roe" and the bio line "Jane Roe is a professor … Tom Baker contributed research."',
    {
      head: `<p class="byline">By Jane Roe</p><p>${EN_DATE}</p>`,
      tail: '<p><i>Jane Roe is a professor of history at Springfield University. Tom Baker contributed research.</i></p>',
    },
    ['Jane Roe'],
  ),
  en('desk byline "By News Desk"', { head: `<p class="byline">By News Desk</p><p>${EN_DATE}</p>` }, []),
  en('desk byline "By Staff" in an unmarked line', { head: `<p>By Staff</p><p>${EN_DATE}</p>` }, []),
  en('desk byline "By The Editorial Board"', { head: `<div class="byline">By The Editorial Board</div><p>${EN_DATE}</p>` }, []),
  en('desk byline "By Web Desk" in capitals', { head: `<p class="meta">BY WEB DESK | ${EN_DATE}</p>` }, []),
  de(
    'Bildunterschrift "Foto: <Link zum Autor>" über "Von Anna Dunst"',
    {
      head: `${heroPhoto('Foto: <a href="/autor/max-muster">Max Muster</a>')}<p class="meta">Von Anna Dunst · ${DE_DATE}</p>`,
    },
    ['Anna Dunst'],
  ),
  de(
    '"Von Anna Dunst" und am Ende "Mitarbeit: Max Muster"',
    { head: `<p class="autor">Von Anna Dunst</p><p>${DE_DATE}</p>`, tail: '<p><em>Mitarbeit: Max Muster</em></p>' },
    ['Anna Dunst'],
  ),
  de('Redaktion als Autor: "Von unserer Redaktion"', { head: `<p class="autor">Von unserer Redaktion</p><p>${DE_DATE}</p>` }, []),
  de('Redaktion als Autor: "Von Redaktion" ohne Klasse', { head: `<p>Von Redaktion</p><p>${DE_DATE}</p>` }, []),
  de(
    'Podcast-Kasten "Moderation: Max Muster" unter der Überschrift, kein Autor',
    {
      head: `<div class="audio"><audio src="/a/folge12.mp3"></audio><p>Moderation: <a href="/autor/max-muster">Max Muster</a></p></div><p>${DE_DATE}</p>`,
    },
    [],
  ),
  de(
    '"Von Anna Dunst" und "Übersetzung: Max Muster"',
    { head: `<div class="meta"><p>Von Anna Dunst</p><p>Übersetzung: Max Muster</p>${DE_DATE}</div>` },
    ['Anna Dunst'],
  ),
  fr(
    'légende « Photo : <lien> / AFP » au-dessus de « Par Jean Dupont »',
    {
      head: `${heroPhoto('Photo : <a href="/auteur/luc-martin">Luc Martin</a> / AFP')}<p class="meta">Par Jean Dupont · ${FR_DATE}</p>`,
    },
    ['Jean Dupont'],
  ),
  fr('rédaction : « Par La Rédaction »', { head: `<p class="auteur">Par La Rédaction</p><p>${FR_DATE}</p>` }, []),
  fr(
    '« Par Jean Dupont » et « Traduit de l’anglais par Marie Durand »',
    { head: `<div class="meta"><p>Par Jean Dupont</p><p>Traduit de l’anglais par Marie Durand</p>${FR_DATE}</div>` },
    ['Jean Dupont'],
  ),
  es(
    'pie de foto "Foto: <enlace> / EFE" sobre "Por Ana García"',
    {
      head: `${heroPhoto('Foto: <a href="/autor/luis-perez">Luis Pérez</a> / EFE')}<p class="meta">Por Ana García · ${ES_DATE}</p>`,
    },
    ['Ana García'],
  ),
  es('redacción: "Redacción Local" como firma', { head: `<p class="autor">Redacción Local</p><p>${ES_DATE}</p>` }, []),
  es(
    '"Por Ana García" y al final "Con información de Luis Pérez"',
    { head: `<p class="firma">Por Ana García</p><p>${ES_DATE}</p>`, tail: '<p><em>Con información de Luis Pérez.</em></p>' },
    ['Ana García'],
  ),
  es(
    '"Texto: Ana García / Fotografía: Luis Pérez" en una línea',
    { head: `<p class="creditos">Texto: Ana García / Fotografía: Luis Pérez</p><p>${ES_DATE}</p>` },
    ['Ana García'],
  ),
  es(
    'solo "Edición: Luis Pérez" como crédito',
    { head: `<p class="creditos">Edición: <a href="/autor/luis-perez">Luis Pérez</a></p><p>${ES_DATE}</p>` },
    [],
  ),
];

/** Authors printed in a less common but real way: each page gives every author, as printed. */
const UNUSUAL_AUTHORS: AttributionPage[] = [
  en('"As told to Jane Roe" under a first-person headline', { head: `<p class="credit">As told to Jane Roe</p><p>${EN_DATE}</p>` }, [
    'Jane Roe',
  ]),
  // A wire story's byline box prints the outlet on its own line under the name, with no comma ("By JANE ROE" / "Associated
  // Press", "Jane Roe" / "Reuters"): read as one run of words, the outlet's capitalised words are not the author's surname.
  en(
    'wire byline with the agency on the next line: "By Jane Roe<br>Reuters"',
    { head: `<p class="byline">By Jane Roe<br>Reuters</p><p>${EN_DATE}</p>` },
    ['Jane Roe'],
  ),
  en(
    'wire byline in capitals, the agency run on: "By JANE ROE Associated Press"',
    { head: `<p>${EN_DATE}</p><p class="byline">By JANE ROE Associated Press</p>` },
    ['JANE ROE'],
  ),
  en(
    'wire byline with agency and role: "By Jane Roe" "AP Sports Writer"',
    { head: `<p>${EN_DATE}</p><div class="byline"><span>By Jane Roe</span> <span>AP Sports Writer</span></div>` },
    ['Jane Roe'],
  ),
  en(
    'two wire reporters, the outlet after the second: "By Jane Roe and Tom Baker" "The Washington Post"',
    { head: `<p>${EN_DATE}</p><div class="byline"><div>By Jane Roe and Tom Baker</div><div>The Washington Post</div></div>` },
    ['Jane Roe', 'Tom Baker'],
  ),
  en('"Interview by Jane Roe" as the byline', { head: `<p class="byline">Interview by Jane Roe</p><p>${EN_DATE}</p>` }, ['Jane Roe']),
  en('byline in capitals: "BY JANE ROE"', { head: `<p class="byline">BY JANE ROE</p><p>${EN_DATE}</p>` }, ['JANE ROE']),
  en(
    'three authors, unmarked: "By Jane Roe, Tom Baker and Ann Lee"',
    { head: `<p>By Jane Roe, Tom Baker and Ann Lee</p><p>${EN_DATE}</p>` },
    ['Jane Roe', 'Tom Baker', 'Ann Lee'],
  ),
  en(
    'particles and apostrophes: "By Jan van der Berg and Siobhán O\'Neill"',
    { head: `<p class="byline">By Jan van der Berg and Siobhán O'Neill</p><p>${EN_DATE}</p>` },
    ['Jan van der Berg', "Siobhán O'Neill"],
  ),
  en('"By Ahmad bin Salleh" with a lower-case particle', { head: `<p class="byline">By Ahmad bin Salleh</p><p>${EN_DATE}</p>` }, [
    'Ahmad bin Salleh',
  ]),
  en(
    'Vietnamese name with diacritics: "By Nguyễn Thị Minh Khai"',
    { head: `<p class="byline">By Nguyễn Thị Minh Khai</p><p>${EN_DATE}</p>` },
    ['Nguyễn Thị Minh Khai'],
  ),
  de(
    '"Von Anna Dunst und Jürgen Groß-Öztürk" mit Bindestrich und Umlauten',
    { head: `<p class="autor">Von Anna Dunst und Jürgen Groß-Öztürk</p><p>${DE_DATE}</p>` },
    ['Anna Dunst', 'Jürgen Groß-Öztürk'],
  ),
  de('"Protokoll: Anna Dunst" unter einem Ich-Text', { head: `<p class="autor">Protokoll: Anna Dunst</p><p>${DE_DATE}</p>` }, [
    'Anna Dunst',
  ]),
  de(
    '"Von Anna Dunst, Korrespondentin in Paris"',
    { head: `<p class="autor">Von Anna Dunst, Korrespondentin in Paris</p><p>${DE_DATE}</p>` },
    ['Anna Dunst'],
  ),
  de('"Ein Gastbeitrag von Prof. Dr. Anna Dunst"', { head: `<p>Ein Gastbeitrag von Prof. Dr. Anna Dunst</p><p>${DE_DATE}</p>` }, [
    'Anna Dunst',
  ]),
  fr(
    '« Par Marie de la Tour et Jean-Luc Lévy-Dubois »',
    { head: `<p class="auteur">Par Marie de la Tour et Jean-Luc Lévy-Dubois</p><p>${FR_DATE}</p>` },
    ['Marie de la Tour', 'Jean-Luc Lévy-Dubois'],
  ),
  fr('« Propos recueillis par Marie Durand »', { head: `<p class="auteur">Propos recueillis par Marie Durand</p><p>${FR_DATE}</p>` }, [
    'Marie Durand',
  ]),
  fr(
    '« Par Jean Dupont, envoyé spécial à Lyon »',
    { head: `<p class="auteur">Par Jean Dupont, envoyé spécial à Lyon</p><p>${FR_DATE}</p>` },
    ['Jean Dupont'],
  ),
  es(
    '"Por Ana García y José Ángel Núñez de la Peña"',
    { head: `<p class="firma">Por Ana García y José Ángel Núñez de la Peña</p><p>${ES_DATE}</p>` },
    ['Ana García', 'José Ángel Núñez de la Peña'],
  ),
  es(
    '"Por Ana García, corresponsal en Bruselas"',
    { head: `<p class="autor">Por Ana García, corresponsal en Bruselas</p><p>${ES_DATE}</p>` },
    ['Ana García'],
  ),
  {
    name: 'Russian page: Cyrillic hyphenated name "Автор: Олена Коваленко-Шевчук"',
    url: 'https://www.vesti-primer.example/gorod/biblioteka-12345',
    html: doc(
      'ru',
      '<title>Городская библиотека снова открыта | Вести Пример</title>',
      `<main><article><h1>Городская библиотека снова открыта</h1><p class="author">Автор: Олена Коваленко-Шевчук</p><p>${TIME}5 декабря 2026</time></p>
${paras([
  'Городская библиотека на Портовой улице в понедельник снова откроется после двухлетней реконструкции, во время которой появились читальный сад и детское крыло.',
  'Работы обошлись примерно в девять миллионов рублей, большую часть расходов взял на себя областной бюджет, сообщили в мэрии.',
  'Часы работы станут длиннее: по будням библиотека будет открыта до девяти вечера, а по воскресеньям с десяти до четырёх.',
])}</article></main>`,
    ),
    title: 'Городская библиотека снова открыта',
    authors: ['Олена Коваленко-Шевчук'],
    published: '2026-12-05',
  },
];

export const VISIBLE_ATTRIBUTION_PAGES: AttributionPage[] = [...NOT_THE_AUTHOR, ...UNUSUAL_AUTHORS];
