/**
 * Constructed pages for attribution (headline, byline, dates, original outlet) of kinds the development corpora
 * lack: German, Austrian and Swiss news, German public bodies and blogs, French, Spanish, Chinese and English news,
 * a shop. Each is written here from general knowledge of the shape of common templates, not copied from any site;
 * names, outlets and stories are made up. Each page says what a careful reader would record for it.
 */

export interface AttributionPage {
  name: string;
  url: string;
  html: string;
  /** The story's headline (a list when a kicker printed in the title may stay). */
  title: string | string[];
  /** The people the byline names, in order; [] when the page credits no person (a desk, an agency, a login, a first name). */
  authors: string[];
  /** The publication day (UTC day of published_at), or null when the page states none. */
  published: string | null;
  /** The update day, when the page prints one; omitted when not checked. */
  modified?: string | null;
  /** The original outlet's canonical name (an agency credit), null when the page is the original; omitted when not checked. */
  original?: string | null;
}

/** A whole page (the attribution page sets share it): `htmlAttrs` are more attributes of <html> (" itemscope …"). */
export const doc = (lang: string, head: string, body: string, htmlAttrs = ''): string =>
  `<!DOCTYPE html><html lang="${lang}"${htmlAttrs}><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

export const paras = (lines: string[]): string => lines.map((l) => `<p>${l}</p>`).join('\n');

const DE = [
  'Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, die marode Hafenmauer in den kommenden zwei Jahren vollständig zu erneuern.',
  'Die Kosten werden auf rund zwölf Millionen Euro geschätzt, wovon das Land einen großen Teil übernehmen will, wie ein Sprecher des Ministeriums bestätigte.',
  'Schon im vergangenen Winter hatten Sturmfluten die Mauer an mehreren Stellen beschädigt, sodass Teile des Kais für Fußgänger gesperrt werden mussten.',
  'Anwohner begrüßten die Entscheidung, äußerten aber Sorge wegen der Bauarbeiten, die auch nachts stattfinden sollen, um den Fährverkehr nicht zu stören.',
];
const FR = [
  'Le conseil municipal a voté mardi soir un plan de rénovation de la digue du port, fragilisée par les tempêtes de l’hiver dernier.',
  'Le chantier, estimé à douze millions d’euros, doit durer deux ans et sera financé en grande partie par la région, selon la mairie.',
  'Les riverains saluent la décision mais s’inquiètent des travaux de nuit, prévus pour ne pas perturber la circulation des ferries.',
];
const ES = [
  'El pleno del Ayuntamiento aprobó el martes por la noche un plan para reconstruir el muro del puerto, dañado por los temporales del invierno.',
  'Las obras, presupuestadas en doce millones de euros, durarán dos años y serán financiadas en gran parte por el Gobierno regional.',
  'Los vecinos celebran la decisión, aunque temen las molestias de los trabajos nocturnos previstos para no interrumpir el tráfico de ferris.',
];
const EN = [
  'The city council voted on Tuesday night to rebuild the crumbling harbour wall over the next two years, ending months of debate.',
  'The work is expected to cost about twelve million dollars, most of it paid for by the state, a spokesman for the governor said.',
  'Residents welcomed the decision but worried about night-time construction, which is planned so that ferry traffic is not disrupted.',
  'Storms last winter damaged the wall in several places, and parts of the quay have been closed to pedestrians since January.',
];
const ZH = [
  '市议会周二晚间以多数票通过决议，将在未来两年内全面翻修老旧的港口防波堤，工程预计耗资约一亿二千万元。',
  '去年冬季的风暴潮使防波堤多处受损，部分码头至今仍禁止行人进入，附近居民对此十分关注并多次向有关部门反映。',
  '居民对这一决定表示欢迎，但也担心夜间施工带来的噪音，有关部门表示将尽量减少对周边生活的影响并加强现场管理。',
];

/** A German national broadcaster's story: kicker span in the h1, og:title without it, "Stand:" as the only date, an author line with the desk. */
const deBroadcaster: AttributionPage = {
  name: 'German broadcaster: kicker span in h1, "Stand:" only date, "Von X, NDR" author line, teasers with dates',
  url: 'https://www.rundfunk-beispiel.example/inland/hafenmauer-kiel-101.html',
  html: doc(
    'de',
    `<title>Kiel: Hafenmauer wird für zwölf Millionen Euro erneuert | rundfunk-beispiel.example</title>
<meta property="og:title" content="Hafenmauer wird für zwölf Millionen Euro erneuert"><meta property="og:site_name" content="rundfunk-beispiel.example">`,
    `<header class="header"><a href="/" class="logo">Rundfunk Beispiel</a><nav><a href="/inland/">Inland</a> <a href="/ausland/">Ausland</a></nav></header>
<main><div class="seitenkopf"><h1 class="seitenkopf__headline"><span class="seitenkopf__topline">Kiel</span> <span class="seitenkopf__headline--text">Hafenmauer wird für zwölf Millionen Euro erneuert</span></h1>
<p class="metatextline">Stand: 03.05.2022 10:32 Uhr</p></div>
<p class="textabsatz"><strong>Die Kieler Hafenmauer ist marode. Nun hat der Stadtrat entschieden: Sie wird neu gebaut.</strong></p>
<div class="copytext">${paras(DE)}</div>
<div class="authorline"><span>Von Anna Dunst, NDR</span></div>
<div class="teaser-list"><h2>Mehr zum Thema</h2>
<div class="teaser"><span class="teaser__date">02.05.2022</span><a href="/a.html">Sturmflut beschädigt Kaimauer</a><span class="teaser__author">Von Peter Lustig, NDR</span></div>
<div class="teaser"><span class="teaser__date">28.04.2022</span><a href="/b.html">Fährverkehr eingeschränkt</a></div></div></main>
<footer class="footer">© Rundfunk Beispiel 2022</footer>`,
  ),
  title: 'Hafenmauer wird für zwölf Millionen Euro erneuert',
  authors: ['Anna Dunst'],
  published: '2022-05-03',
  original: null,
};

/** A German national news magazine: JSON-LD with two Person authors, kicker + headline spans, "Von A und B" with author links. */
const deMagazine: AttributionPage = {
  name: 'German news magazine: JSON-LD Person authors, kicker+headline spans, "Von A und B" with author links, related bylines',
  url: 'https://www.magazin-beispiel.example/politik/hafenmauer-a-1234.html',
  html: doc(
    'de',
    `<title>Kiel: Hafenmauer wird erneuert - DER MAGAZIN</title>
<meta property="og:title" content="Kiel: Hafenmauer wird erneuert"><meta property="og:site_name" content="DER MAGAZIN">
<meta name="author" content="DER MAGAZIN">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kiel: Hafenmauer wird erneuert","datePublished":"2022-05-03T10:32:00+02:00","dateModified":"2022-05-03T14:05:00+02:00","author":[{"@type":"Person","name":"Anna Dunst","url":"https://www.magazin-beispiel.example/impressum/autor-1"},{"@type":"Person","name":"Max Muster"}],"publisher":{"@type":"Organization","name":"DER MAGAZIN"}}</script>`,
    `<header><a href="/" class="logo">DER MAGAZIN</a></header>
<main><article><header><h2><span class="kicker">Kiel</span><span class="headline">Hafenmauer wird erneuert</span></h2>
<div class="leadtext">Der Stadtrat will die marode Mauer in zwei Jahren neu bauen.</div>
<div class="authors">Von <a href="/impressum/autor-1">Anna Dunst</a> und <a href="/impressum/autor-2">Max Muster</a></div>
<time datetime="2022-05-03 10:32:00">03.05.2022, 10.32 Uhr</time></header>
<section class="body">${paras(DE)}</section></article>
<section class="related"><h3>Mehr zum Thema</h3><article><h3><a href="/x">Sturmflut an der Küste</a></h3><span class="author">Von Peter Lustig</span></article></section></main>`,
  ),
  title: ['Hafenmauer wird erneuert', 'Kiel: Hafenmauer wird erneuert'],
  authors: ['Anna Dunst', 'Max Muster'],
  published: '2022-05-03',
  modified: '2022-05-03',
};

/** A German regional paper: "Von Anna Dunst" with an author link, "Aktualisiert am", a dpa dateline, an author box and "Mehr von diesem Autor". */
const deRegional: AttributionPage = {
  name: 'German regional paper: author link byline, "Aktualisiert am", author box, "Mehr von diesem Autor", comments',
  url: 'https://www.kuestenbote.example/lokales/kiel/hafenmauer-wird-erneuert-id12345.html',
  html: doc(
    'de',
    `<title>Hafenmauer wird erneuert | Küstenbote</title><meta property="og:site_name" content="Küstenbote">
<meta property="og:title" content="Hafenmauer wird erneuert">
<meta property="article:published_time" content="2022-05-03T10:32:00+02:00">`,
    `<header class="site-header"><a href="/" class="brand">Küstenbote</a><nav class="menu"><a href="/lokales/">Lokales</a></nav></header>
<div class="article-wrapper"><div class="article-header"><p class="dachzeile">Stadtrat entscheidet</p><h1 class="headline">Hafenmauer wird erneuert</h1>
<div class="article-meta"><span class="author">Von <a href="/autoren/anna-dunst">Anna Dunst</a></span> <span class="date">Aktualisiert am 04.05.2022, 08:15 Uhr</span> <span class="reading-time">Lesezeit: 3 Min.</span></div></div>
<div class="article-body">${paras(DE)}</div>
<div class="author-box"><img src="/a.jpg" alt=""><p class="author-box__name">Anna Dunst</p><p>Anna Dunst ist Redakteurin im Lokalressort.</p>
<h4>Mehr von diesem Autor</h4><ul><li><a href="/x">Neuer Radweg am Ufer</a> <span class="date">01.05.2022</span></li></ul></div>
<div class="comments"><h3>Kommentare (2)</h3><div class="comment"><span class="comment-author">Klaus Meier</span> schrieb am 03.05.2022 um 12:00: <p>Wurde auch Zeit.</p></div></div></div>`,
  ),
  title: 'Hafenmauer wird erneuert',
  authors: ['Anna Dunst'],
  published: '2022-05-03',
  modified: '2022-05-04',
};

/** A German regional paper running an agency story: "Kiel (dpa/lno) -" dateline, no person byline, "dpa" in the author slot, commenters. */
const deAgency: AttributionPage = {
  name: 'German regional paper running a dpa story: "(dpa/lno)" dateline, "dpa" as the author, commenters with names and dates',
  url: 'https://www.nordpost.example/region/hafenmauer-kiel-wird-erneuert-98765.html',
  html: doc(
    'de',
    `<title>Hafenmauer in Kiel wird erneuert - Nordpost</title><meta property="og:site_name" content="Nordpost">
<meta name="author" content="dpa">
<meta name="date" content="2022-05-03T10:32:00+02:00">`,
    `<div id="page"><article class="article"><h1>Hafenmauer in Kiel wird erneuert</h1>
<div class="article__byline"><span class="article__author">dpa</span> <time class="article__date">03.05.2022, 10:32</time></div>
<div class="article__text"><p>Kiel (dpa/lno) - ${DE[0]}</p>${paras(DE.slice(1))}</div></article>
<section id="comments" class="comments"><h2>Leserkommentare</h2>
<div class="comment"><div class="comment__author">Hans Peter Albers</div><div class="comment__date">03.05.2022, 13:15</div><p>Das hätte man vor Jahren machen müssen.</p></div>
<div class="comment"><div class="comment__author">Renate Schulz</div><div class="comment__date">03.05.2022, 14:02</div><p>Hoffentlich bleibt die Fähre in Betrieb.</p></div></section></div>`,
  ),
  title: 'Hafenmauer in Kiel wird erneuert',
  authors: [],
  published: '2022-05-03',
  original: 'dpa',
};

/** An Austrian daily: byline element with the author, a time element, an APA credit in brackets at the end. */
const atDaily: AttributionPage = {
  name: 'Austrian daily: article-origins byline, pubdate time, "(APA, 3.5.2022)" credit, forum postings',
  url: 'https://www.wiener-blatt.example/story/2000123456/hafenmauer-wird-erneuert',
  html: doc(
    'de-AT',
    `<title>Hafenmauer wird erneuert - Inland - wiener-blatt.example › Inland</title>
<meta property="og:title" content="Hafenmauer wird erneuert"><meta property="og:site_name" content="Wiener Blatt">`,
    `<div class="layout"><main><article class="story-article"><header class="article-header"><p class="article-kicker">Infrastruktur</p><h1 class="article-title">Hafenmauer wird erneuert</h1>
<p class="article-subtitle">Der Gemeinderat hat einen Neubau beschlossen</p>
<div class="article-byline"><div class="article-origins">Anna Dunst</div><p class="article-pubdate"><time datetime="2022-05-03T10:32">3. Mai 2022, 10:32</time></p></div></header>
<div class="article-body">${paras(DE)}<p>(APA, 3.5.2022)</p></div></article>
<section class="forum"><h2>Postings</h2><div class="posting"><span class="posting-user">Hias Gruber</span><span class="posting-date">3. Mai 2022, 11:40</span><p>Na endlich.</p></div></section></main></div>`,
  ),
  title: 'Hafenmauer wird erneuert',
  authors: ['Anna Dunst'],
  published: '2022-05-03',
};

/** A Swiss daily: author with a place ("Anna Dunst, Zürich"), date with "Uhr", sda credit. */
const chDaily: AttributionPage = {
  name: 'Swiss daily: "Anna Dunst, Zürich" metainfo, dotted date and time, "(sda)" in the text',
  url: 'https://www.zuerichbote.example/schweiz/hafenmauer-wird-erneuert-ld.1234567',
  html: doc(
    'de-CH',
    `<title>Hafenmauer wird erneuert | Zürichbote</title><meta property="og:site_name" content="Zürichbote">
<meta property="og:title" content="Hafenmauer wird erneuert">`,
    `<main><article><header><h1 class="headline__title">Hafenmauer wird erneuert</h1>
<p class="headline__lead">Der Kantonsrat bewilligt zwölf Millionen Franken.</p>
<div class="metainfo"><span class="metainfo__item metainfo__item--author"><a href="/impressum/anna-dunst">Anna Dunst</a>, Zürich</span>
<span class="metainfo__item metainfo__item--date"><time datetime="2022-05-03T08:32:00.000Z">03.05.2022, 10.32 Uhr</time></span></div></header>
<section class="articlecomponent">${paras(DE)}</section></article></main>`,
  ),
  title: 'Hafenmauer wird erneuert',
  authors: ['Anna Dunst'],
  published: '2022-05-03',
};

/** A German town's press release: "Pressemitteilung vom …", a press officer named in the contact box, <title> only the town. */
const dePressRelease: AttributionPage = {
  name: 'German town press release: "Pressemitteilung vom 3. Mai 2022", press officer in the contact box, title only the site',
  url: 'https://www.musterstadt.example/rathaus/presse/pressemitteilungen/hafenmauer',
  html: doc(
    'de',
    `<title>Stadt Musterstadt</title>`,
    `<header><div class="logo"><a href="/"><img src="/logo.png" alt="Stadt Musterstadt"></a></div>
<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/rathaus/">Rathaus</a> › <a href="/rathaus/presse/">Presse</a></nav></header>
<div id="content"><h1>Pressemitteilungen</h1>
<div class="news-single"><p class="news-date">Pressemitteilung vom 3. Mai 2022</p>
<h2>Hafenmauer wird für zwölf Millionen Euro erneuert</h2>
${paras(DE)}
<div class="contact"><h3>Kontakt</h3><p>Pressestelle der Stadt Musterstadt</p><p>Pressesprecherin: Anna Dunst</p><p>Telefon: 0431 123456</p><p>E-Mail: presse@musterstadt.example</p></div></div></div>
<footer><a href="/impressum">Impressum</a></footer>`,
  ),
  title: 'Hafenmauer wird für zwölf Millionen Euro erneuert',
  authors: [],
  published: '2022-05-03',
};

/** A federal ministry's press release: number and date on one line, no byline, a "Pressesprecher" in the footer. */
const deMinistry: AttributionPage = {
  name: 'German ministry press release: "Pressemitteilung Nr. 45/2022 | 03.05.2022" and a spokesman box',
  url: 'https://www.bmx-beispiel.example/SharedDocs/Pressemitteilungen/DE/2022/045-hafen.html',
  html: doc(
    'de',
    `<title>Bund fördert Hafenmauer in Kiel - Bundesministerium für Beispiele</title>`,
    `<header><p class="logo">Bundesministerium für Beispiele</p></header>
<main id="main"><div class="article"><p class="article-meta"><span class="type">Pressemitteilung</span> Nr. 45/2022 | <span class="date">03.05.2022</span></p>
<h1 class="isFirstInSlot">Bund fördert Hafenmauer in Kiel</h1>
${paras(DE)}
<aside class="contact"><h2>Pressekontakt</h2><p>Pressesprecher Max Muster</p><p>Telefon 030 1234567</p></aside></div></main>`,
  ),
  title: 'Bund fördert Hafenmauer in Kiel',
  authors: [],
  published: '2022-05-03',
};

/** A German WordPress blog whose posts are by the CMS login "admin", with "X sagt:" comments. */
const deWpAdmin: AttributionPage = {
  name: 'German WordPress blog: entry-meta "Veröffentlicht am … von admin", comments "X sagt:"',
  url: 'https://hafenblog.example/hafenmauer-wird-erneuert/',
  html: doc(
    'de',
    `<title>Hafenmauer wird erneuert – Hafenblog</title><meta name="generator" content="WordPress 6.0">`,
    `<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">Hafenblog</a></p></header>
<main id="main" class="site-main"><article id="post-12" class="post-12 post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">Hafenmauer wird erneuert</h1>
<div class="entry-meta"><span class="posted-on">Veröffentlicht am <a href="/hafenmauer-wird-erneuert/" rel="bookmark"><time class="entry-date published" datetime="2022-05-03T10:32:00+02:00">3. Mai 2022</time><time class="updated" datetime="2022-05-04T08:15:00+02:00">4. Mai 2022</time></a></span><span class="byline"> von <span class="author vcard"><a class="url fn n" href="/author/admin/">admin</a></span></span></div></header>
<div class="entry-content">${paras(DE)}</div></article>
<div id="comments" class="comments-area"><ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Peter Müller</b> <span class="says">sagt:</span></div><div class="comment-metadata"><time datetime="2022-05-03T12:00:00+02:00">3. Mai 2022 um 12:00 Uhr</time></div></footer><div class="comment-content"><p>Danke für den Bericht.</p></div></article></li></ol></div></main>`,
  ),
  title: 'Hafenmauer wird erneuert',
  authors: [],
  published: '2022-05-03',
  modified: '2022-05-04',
};

/** A German WordPress blog with Yoast's graph naming the CMS account "redaktion2", meta author the same. */
const deWpLogin: AttributionPage = {
  name: 'German WordPress site: Yoast graph and meta author "redaktion2", "Von redaktion2" in entry-meta',
  url: 'https://stadtportal-beispiel.example/2022/05/03/hafenmauer/',
  html: doc(
    'de',
    `<title>Hafenmauer wird erneuert - Stadtportal Beispiel</title><meta name="author" content="redaktion2">
<meta property="og:title" content="Hafenmauer wird erneuert - Stadtportal Beispiel"><meta property="og:site_name" content="Stadtportal Beispiel">
<meta property="article:published_time" content="2022-05-03T08:32:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://stadtportal-beispiel.example/2022/05/03/hafenmauer/#article","headline":"Hafenmauer wird erneuert","datePublished":"2022-05-03T08:32:00+00:00","author":{"name":"redaktion2","@id":"https://stadtportal-beispiel.example/#/schema/person/abc"}},{"@type":"Person","@id":"https://stadtportal-beispiel.example/#/schema/person/abc","name":"redaktion2"}]}</script>`,
    `<main><article class="post"><h1 class="entry-title">Hafenmauer wird erneuert</h1>
<div class="entry-meta">Von <a href="/author/redaktion2/" rel="author">redaktion2</a> | 3. Mai 2022</div>
<div class="entry-content">${paras(DE)}</div></article></main>`,
  ),
  title: 'Hafenmauer wird erneuert',
  authors: [],
  published: '2022-05-03',
};

/** A German WordPress blog with a real author, an unmarked post line, a reading time and a comment block. */
const deWpPerson: AttributionPage = {
  name: 'German WordPress blog: unmarked "Veröffentlicht am 3. Mai 2022 von Anna Dunst · 4 Minuten Lesezeit", comments',
  url: 'https://kuestenleben.example/hafenmauer-erneuert/',
  html: doc(
    'de',
    `<title>Hafenmauer erneuert: was das für Anwohner heißt | Küstenleben</title>`,
    `<header class="site-header"><div class="site-title"><a href="/">Küstenleben</a></div></header>
<div class="content"><div class="post"><h1 class="post-title">Hafenmauer erneuert: was das für Anwohner heißt</h1>
<p class="post-info">Veröffentlicht am 3. Mai 2022 von Anna Dunst · 4 Minuten Lesezeit</p>
<div class="post-content">${paras(DE)}</div>
<div class="kommentare"><h3>2 Kommentare</h3><div class="kommentar"><p class="kommentar-kopf">Max Muster sagt:</p><p class="kommentar-datum">4. Mai 2022 um 09:00</p><p>Toller Beitrag!</p></div></div></div></div>`,
  ),
  title: 'Hafenmauer erneuert: was das für Anwohner heißt',
  authors: ['Anna Dunst'],
  published: '2022-05-03',
};

/** A German Blogger blog: date header, post footer "Eingestellt von X um 10:32", title "Blog: Post". */
const deBlogger: AttributionPage = {
  name: 'German Blogger blog: date-header, "Eingestellt von Anna Dunst um 10:32", title "Blog: Post"',
  url: 'https://kuestenwanderer.blogspot.com/2022/05/hafenmauer.html',
  html: doc(
    'de',
    `<title>Küstenwanderer: Die neue Hafenmauer</title><meta property="og:title" content="Die neue Hafenmauer">`,
    `<div class="header"><h1 class="title"><a href="https://kuestenwanderer.blogspot.com/">Küstenwanderer</a></h1></div>
<div class="main"><div class="widget Blog" id="Blog1"><div class="date-outer"><h2 class="date-header"><span>Dienstag, 3. Mai 2022</span></h2>
<div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">Die neue Hafenmauer</h3>
<div class="post-body entry-content">${DE.join('<br><br>')}</div>
<div class="post-footer"><span class="post-author vcard">Eingestellt von <span class="fn">Anna Dunst</span></span> <span class="post-timestamp">um <a class="timestamp-link" href="#"><abbr class="published" title="2022-05-03T10:32:00+02:00">10:32</abbr></a></span>
<span class="post-comment-link"><a href="#">Keine Kommentare:</a></span></div></div></div></div></div></div>`,
  ),
  title: 'Die neue Hafenmauer',
  authors: ['Anna Dunst'],
  published: '2022-05-03',
};

/** A French national daily: "Par Jean Dupont", "Publié le … à 10h32, mis à jour le … à 08h15". */
const frDaily: AttributionPage = {
  name: 'French daily: "Par Jean Dupont" with a link, "Publié le 03 mai 2022 à 10h32 - Mis à jour le 04 mai 2022 à 08h15"',
  url: 'https://www.quotidien-exemple.example/societe/article/2022/05/03/la-digue-sera-reconstruite_123_456.html',
  html: doc(
    'fr',
    `<title>La digue du port sera reconstruite</title><meta property="og:title" content="La digue du port sera reconstruite">`,
    `<header class="Header"><a href="/" class="logo">Le Quotidien</a></header>
<main><section class="article__heading"><h1 class="article__title">La digue du port sera reconstruite</h1>
<p class="article__desc">Le conseil municipal a voté un plan de douze millions d’euros.</p>
<section class="meta meta__publisher"><span class="meta__date">Publié le 03 mai 2022 à 10h32 - Mis à jour le 04 mai 2022 à 08h15</span>
<span class="meta__reading-time">Temps de Lecture 3 min.</span></section>
<span class="author__detail"><span class="meta__author">Par <a class="article__author-link" href="/signataires/jean-dupont/">Jean Dupont</a></span></span></section>
<article class="article__content">${paras(FR)}</article>
<section class="article__reactions"><h2>Réactions</h2><div class="comment"><span class="comment__author">Pierre Martin</span> <span class="comment__date">03/05/2022 - 12h10</span><p>Enfin !</p></div></section></main>`,
  ),
  title: 'La digue du port sera reconstruite',
  authors: ['Jean Dupont'],
  published: '2022-05-03',
  modified: '2022-05-04',
};

/** A French daily running an AFP story: "Par Le Quotidien avec AFP", "Publié le 03/05/2022 à 10:32". */
const frAgency: AttributionPage = {
  name: 'French daily running an AFP story: "Par Le Quotidien avec AFP", numeric dates with "Mis à jour"',
  url: 'https://www.quotidien-exemple.example/actualite-france/la-digue-sera-reconstruite-20220503',
  html: doc(
    'fr',
    `<title>La digue du port sera reconstruite</title><meta property="og:site_name" content="Le Quotidien">`,
    `<main><article><h1 class="fig-headline">La digue du port sera reconstruite</h1>
<div class="fig-content-metas"><span class="fig-content-metas__author">Par Le Quotidien avec AFP</span>
<span class="fig-content-metas__pub-date">Publié le 03/05/2022 à 10:32</span>, <span class="fig-content-metas__pub-maj-date">Mis à jour le 04/05/2022 à 08:15</span></div>
<div class="fig-body">${paras(FR)}</div></article></main>`,
  ),
  title: 'La digue du port sera reconstruite',
  authors: [],
  published: '2022-05-03',
  modified: '2022-05-04',
};

/** A Spanish national daily: author link in a byline div, "Madrid - 03 may 2022 - 10:32 CEST", "Actualizado:". */
const esDaily: AttributionPage = {
  name: 'Spanish daily: author link, "Madrid - 03 may 2022 - 10:32 CEST" and "Actualizado: 04 may 2022 - 08:15 CEST"',
  url: 'https://elpaisano.example/espana/2022-05-03/el-puerto-reconstruira-su-muro.html',
  html: doc(
    'es',
    `<title>El puerto reconstruirá su muro | España | El Paisano</title><meta property="og:site_name" content="El Paisano">`,
    `<header><a href="/" class="logo">El Paisano</a></header>
<main><article><header class="a_e"><h1 class="a_t">El puerto reconstruirá su muro</h1><h2 class="a_st">El Ayuntamiento aprueba una inversión de doce millones</h2></header>
<div class="a_md"><div class="a_md_a"><a href="/autor/ana-garcia/" class="a_md_a_n">Ana García</a></div>
<div class="a_md_f"><span>Madrid - </span><time datetime="2022-05-03T10:32:00+02:00">03 may 2022 - 10:32 CEST</time>
<span class="a_md_f_u">Actualizado: <time datetime="2022-05-04T08:15:00+02:00">04 may 2022 - 08:15 CEST</time></span></div></div>
<div class="a_c">${paras(ES)}</div></article>
<section class="related"><h3>Más información</h3><article><h2><a href="/x">Los temporales dañan el paseo</a></h2><div class="c_a"><a href="/autor/luis-perez/">Luis Pérez</a></div></article></section></main>`,
  ),
  title: 'El puerto reconstruirá su muro',
  authors: ['Ana García'],
  published: '2022-05-03',
  modified: '2022-05-04',
};

/** A Spanish regional daily: "Por Ana García" line, a dateline "Valencia, 3 may (EFE).-" in the story. */
const esRegional: AttributionPage = {
  name: 'Spanish regional daily: "Por Ana García", "03/05/2022 10:32 | Actualizado a las 12:05h"',
  url: 'https://www.diario-levante.example/valencia/2022/05/03/puerto-reconstruira-muro-654321.html',
  html: doc(
    'es',
    `<title>El puerto reconstruirá su muro - Diario Levante</title><meta property="og:site_name" content="Diario Levante">`,
    `<main><div class="article-header"><h1 class="title">El puerto reconstruirá su muro</h1>
<div class="author-date"><span class="author-name">Por Ana García</span><span class="date">03/05/2022 10:32 | Actualizado a las 12:05h</span></div></div>
<div class="article-body">${paras(ES)}</div></main>`,
  ),
  title: 'El puerto reconstruirá su muro',
  authors: ['Ana García'],
  published: '2022-05-03',
};

/** A Chinese news portal: "2022-05-03 10:32 来源：新华网", "记者 张三", "责任编辑：王五". */
const zhPortal: AttributionPage = {
  name: 'Chinese news portal: "2022-05-03 10:32 来源：新华网" info line, "记者 张三" lead, "责任编辑：王五"',
  url: 'https://news.zhongguo-example.example/2022-05/03/c_1128617.htm',
  html: doc(
    'zh-CN',
    `<title>市议会通过港口防波堤翻修计划_新闻频道_中国例子网</title>`,
    `<div class="header"><a href="/">中国例子网</a></div>
<div class="main"><h1 id="title">市议会通过港口防波堤翻修计划</h1>
<div class="info"><span class="time">2022-05-03 10:32</span>\u3000<span class="source">来源：新华网</span></div>
<div id="detail"><p>新华社北京5月3日电（记者 张三）${ZH[0]}</p>${paras(ZH.slice(1))}</div>
<div class="editor">【责任编辑：王五】</div></div>`,
  ),
  title: '市议会通过港口防波堤翻修计划',
  authors: ['张三'],
  published: '2022-05-03',
};

/** A Chinese paper's site: "作者：张三 李四" in the info line, "发布时间：2022年05月03日". */
const zhPaper: AttributionPage = {
  name: 'Chinese paper: "发布时间：2022年05月03日 10:32 作者：张三 李四" and an editor line',
  url: 'https://www.ribao-example.example/html/2022-05/03/content_1234.htm',
  html: doc(
    'zh-CN',
    `<title>港口防波堤将全面翻修 - 例子日报</title>`,
    `<div class="content"><h2 class="article-title">港口防波堤将全面翻修</h2>
<div class="article-info">发布时间：2022年05月03日 10:32\u3000作者：张三 李四</div>
<div class="article-content">${paras(ZH)}</div><p class="article-editor">编辑：王五</p></div>`,
  ),
  title: '港口防波堤将全面翻修',
  authors: ['张三', '李四'],
  published: '2022-05-03',
};

/** An English daily: "By A and B", two Person authors in JSON-LD, related stories with bylines. */
const enTwoAuthors: AttributionPage = {
  name: 'English daily: "By Jane Roe and John Smith", JSON-LD Person array, teaser bylines',
  url: 'https://www.harbor-times.example/news/2022/05/03/harbor-wall-rebuild/',
  html: doc(
    'en-US',
    `<title>City votes to rebuild the harbor wall - Harbor Times</title><meta property="og:site_name" content="Harbor Times">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"City votes to rebuild the harbor wall","datePublished":"2022-05-03T14:32:00Z","author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Smith"}],"publisher":{"@type":"Organization","name":"Harbor Times"}}</script>`,
    `<main><article><h1>City votes to rebuild the harbor wall</h1>
<div class="byline">By <a href="/staff/jane-roe">Jane Roe</a> and <a href="/staff/john-smith">John Smith</a></div>
<time datetime="2022-05-03T14:32:00Z">May 3, 2022</time>${paras(EN)}</article>
<aside class="more-stories"><div class="card"><a href="/x">Ferry schedule cut</a><span class="byline">By Lisa Kubota</span></div></aside></main>`,
  ),
  title: 'City votes to rebuild the harbor wall',
  authors: ['Jane Roe', 'John Smith'],
  published: '2022-05-03',
};

/** An English regional paper: "By Jane Roe | Staff Writer", meta author the outlet. */
const enStaffWriter: AttributionPage = {
  name: 'English regional paper: "By Jane Roe | Staff Writer", "Updated" line, meta author the outlet',
  url: 'https://www.valley-courier.example/news/local/article123456.html',
  html: doc(
    'en-US',
    `<title>City votes to rebuild the harbor wall | Valley Courier</title><meta name="author" content="Valley Courier">
<meta property="og:site_name" content="Valley Courier"><meta property="article:published_time" content="2022-05-03T14:32:00Z">
<meta property="article:modified_time" content="2022-05-04T09:10:00Z">`,
    `<main><div class="story-header"><h1 class="h1">City votes to rebuild the harbor wall</h1>
<p class="byline">By Jane Roe | Staff Writer</p><p class="timestamp">Updated May 4, 2022 5:10 AM</p></div>
<div class="story-body">${paras(EN)}</div>
<div class="comments"><p class="comment-author">bobsmith99</p><p>About time.</p></div></main>`,
  ),
  title: 'City votes to rebuild the harbor wall',
  authors: ['Jane Roe'],
  published: '2022-05-03',
  modified: '2022-05-04',
};

/** An English site whose JSON-LD author is an organization and whose visible byline is its staff desk. */
const enOrgAuthor: AttributionPage = {
  name: 'English outlet: JSON-LD author typed Organization, visible "By Harbor Times Staff"',
  url: 'https://www.harbor-times.example/news/harbor-wall-vote',
  html: doc(
    'en',
    `<title>City votes to rebuild the harbor wall | Harbor Times</title><meta property="og:site_name" content="Harbor Times">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"City votes to rebuild the harbor wall","datePublished":"2022-05-03T14:32:00Z","author":{"@type":"Organization","name":"Harbor Times"}}</script>`,
    `<main><article><h1>City votes to rebuild the harbor wall</h1><div class="byline">By Harbor Times Staff</div>${paras(EN)}</article></main>`,
  ),
  title: 'City votes to rebuild the harbor wall',
  authors: [],
  published: '2022-05-03',
};

/** A page whose JSON-LD describes another story (a teaser of the next article), before the real one's markup. */
const enTeaserLd: AttributionPage = {
  name: 'English page whose only JSON-LD NewsArticle describes a different story (a teaser), visible byline and time',
  url: 'https://www.coastline-news.example/local/harbor-wall-vote',
  html: doc(
    'en-US',
    `<title>City votes to rebuild the harbor wall | Coastline News</title>
<meta property="og:title" content="City votes to rebuild the harbor wall">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry schedule cut for the summer","url":"https://www.coastline-news.example/local/ferry-schedule","datePublished":"2022-04-20T09:00:00Z","author":{"@type":"Person","name":"Lisa Kubota"}}</script>`,
    `<main><article><h1>City votes to rebuild the harbor wall</h1>
<div class="byline">By <a href="/staff/jane-roe">Jane Roe</a></div><time datetime="2022-05-03T14:32:00Z">May 3, 2022</time>
${paras(EN)}</article>
<div class="next-story"><h2><a href="/local/ferry-schedule">Ferry schedule cut for the summer</a></h2></div></main>`,
  ),
  title: 'City votes to rebuild the harbor wall',
  authors: ['Jane Roe'],
  published: '2022-05-03',
};

/** Two h1: the logo and the story; <title> is the site's name only. */
const twoH1SiteTitle: AttributionPage = {
  name: 'German local paper: logo h1 and story h1, <title> only the site name, "Von Anna Dunst" and a date line',
  url: 'https://www.rhein-bote.example/lokales/artikel/hafenmauer-wird-erneuert-4711',
  html: doc(
    'de',
    `<title>Rhein-Bote</title>`,
    `<header><h1 class="logo"><a href="/">Rhein-Bote</a></h1><nav><a href="/lokales/">Lokales</a></nav></header>
<div class="main"><div class="artikel"><h1>Hafenmauer wird erneuert</h1>
<p class="autor">Von Anna Dunst</p><p class="datum">03.05.2022</p>
${paras(DE)}</div>
<div class="weitere"><h2>Weitere Artikel</h2><p><a href="/x">Neuer Radweg</a> 02.05.2022 Von Peter Lustig</p></div></div>`,
  ),
  title: 'Hafenmauer wird erneuert',
  authors: ['Anna Dunst'],
  published: '2022-05-03',
};

/** A German opinion piece: "Ein Kommentar von Anna Dunst" before the text, meta date. */
const deCommentary: AttributionPage = {
  name: 'German commentary: "Ein Kommentar von Anna Dunst" under the headline',
  url: 'https://www.kuestenbote.example/meinung/kommentar-hafenmauer-id4567.html',
  html: doc(
    'de',
    `<title>Kommentar: Endlich eine Entscheidung | Küstenbote</title><meta property="og:site_name" content="Küstenbote">
<meta property="article:published_time" content="2022-05-03T18:00:00+02:00">`,
    `<main><article><h1>Kommentar: Endlich eine Entscheidung</h1><p class="intro">Ein Kommentar von Anna Dunst</p>${paras(DE)}</article></main>`,
  ),
  title: 'Kommentar: Endlich eine Entscheidung',
  authors: ['Anna Dunst'],
  published: '2022-05-03',
};

/** A German news site whose byline gives a first name and a desk only. */
const deDeskByline: AttributionPage = {
  name: 'German news site: "Von Redaktion Kiel" and "Von Anna" (first name only) give no byline',
  url: 'https://www.ostseewelle.example/nachrichten/hafenmauer-wird-erneuert',
  html: doc(
    'de',
    `<title>Hafenmauer wird erneuert | Ostseewelle</title><meta property="og:site_name" content="Ostseewelle">
<meta property="article:published_time" content="2022-05-03T10:32:00+02:00">`,
    `<main><article><h1>Hafenmauer wird erneuert</h1><div class="article-author">Von Anna</div>${paras(DE)}</article></main>`,
  ),
  title: 'Hafenmauer wird erneuert',
  authors: [],
  published: '2022-05-03',
};

/** An English WordPress blog whose author is a login ("jsmith"), with an "About the author" box naming a person. */
const enWpLogin: AttributionPage = {
  name: 'English WordPress blog: "Posted on May 3, 2022 by jsmith", "Leave a comment"',
  url: 'https://harborwatch.example/2022/05/03/harbor-wall/',
  html: doc(
    'en',
    `<title>The harbor wall will be rebuilt &#8211; Harbor Watch</title>`,
    `<main><article class="post"><header class="entry-header"><h2 class="entry-title">The harbor wall will be rebuilt</h2>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="2022-05-03T10:32:00-04:00">May 3, 2022</time></span> <span class="byline">by <span class="author vcard"><a href="/author/jsmith/">jsmith</a></span></span> <span class="comments-link"><a href="#respond">Leave a comment</a></span></div></header>
<div class="entry-content">${paras(EN)}</div></article></main>`,
  ),
  title: 'The harbor wall will be rebuilt',
  authors: [],
  published: '2022-05-03',
};

/** A shop's product page: Product JSON-LD, reviews with names and dates, a delivery date. */
const deShop: AttributionPage = {
  name: 'German shop product page: Product JSON-LD, reviews by name with dates, delivery date',
  url: 'https://www.gartenshop-beispiel.example/p/gartenschlauch-25m-123456',
  html: doc(
    'de',
    `<title>Gartenschlauch 25 m, flexibel | Gartenshop Beispiel</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Gartenschlauch 25 m, flexibel","brand":{"@type":"Brand","name":"Gießfix"},"offers":{"@type":"Offer","price":"29.99","priceCurrency":"EUR"},"review":[{"@type":"Review","author":{"@type":"Person","name":"Klaus Meier"},"datePublished":"2022-04-12"}]}</script>`,
    `<main><div class="product-detail"><h1 class="product-title">Gartenschlauch 25 m, flexibel</h1><p class="price">29,99 €</p>
<p class="delivery">Lieferung bis Montag, 09.05.2022</p>
<div class="product-description"><h2>Produktbeschreibung</h2>
<p>Der flexible Gartenschlauch mit 25 Metern Länge eignet sich für Garten, Terrasse und Balkon und lässt sich nach dem Gebrauch platzsparend aufrollen.</p>
<p>Das Material ist frostbeständig, knickfest und frei von Weichmachern, die Anschlüsse passen auf alle üblichen Wasserhähne und Spritzdüsen.</p>
<p>Im Lieferumfang sind ein Hahnanschluss, zwei Schlauchkupplungen und eine Spritzdüse mit sieben Strahlarten enthalten.</p></div>
<div class="reviews"><h2>Kundenbewertungen</h2><div class="review"><span class="review-author">Klaus Meier</span> <span class="review-date">12.04.2022</span><p>Sehr gut, knickt nicht.</p></div></div></div></main>`,
  ),
  title: 'Gartenschlauch 25 m, flexibel',
  authors: [],
  published: null,
};

export const ATTRIBUTION_PAGES: AttributionPage[] = [
  deBroadcaster,
  deMagazine,
  deRegional,
  deAgency,
  atDaily,
  chDaily,
  dePressRelease,
  deMinistry,
  deWpAdmin,
  deWpLogin,
  deWpPerson,
  deBlogger,
  frDaily,
  frAgency,
  esDaily,
  esRegional,
  zhPortal,
  zhPaper,
  enTwoAuthors,
  enStaffWriter,
  enOrgAuthor,
  enTeaserLd,
  twoH1SiteTitle,
  deCommentary,
  deDeskByline,
  enWpLogin,
  deShop,
];
