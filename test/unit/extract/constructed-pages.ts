/**
 * Constructed pages: the shapes of common real templates (a German WordPress post, a German news
 * article, a town's press release, French and Spanish news, a Blogger post, a short brief, text
 * broken by <br>, a story in bare divs), written here from general knowledge of those templates,
 * not copied from any site. Each says which sentences are the story and which lines are chrome.
 */

export interface ConstructedPage {
  name: string;
  url: string;
  html: string;
  /** Story sentences that must be in the text. */
  must: string[];
  /** Chrome lines that must not be. */
  mustNot: string[];
}

const head = (title: string, lang = 'de'): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head>`;

const wpNav = `<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Gartenglück</a></p>
  <p class="site-description">Ein Blog über Gemüse, Kräuter und Geduld</p></div>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Startseite</a></li><li><a href="/gemuese/">Gemüse</a></li><li><a href="/kraeuter/">Kräuter</a></li><li><a href="/ueber-mich/">Über mich</a></li></ul></nav></header>`;

const WP_STORY = [
  'Im März stehen bei uns die ersten Tomatensamen auf der Fensterbank, und jedes Jahr frage ich mich, ob das nicht doch zu früh ist.',
  'Die Pflanzen brauchen viel Licht, sonst werden sie lang und dünn, und an einem Nordfenster reicht das im Frühjahr einfach nicht aus.',
  'Deshalb säe ich inzwischen erst Ende März aus, stelle die Töpfe an das hellste Fenster und drehe sie jeden Morgen ein Stück weiter.',
  'Nach etwa zehn Tagen zeigen sich die Keimblätter, dann wird es Zeit, die Temperatur ein wenig zu senken, damit die Stängel kräftig bleiben.',
  'Pikiert wird, sobald das erste richtige Blattpaar da ist; ich setze die Pflanzen dabei tiefer, weil Tomaten am Stängel neue Wurzeln bilden.',
];

/** A German WordPress post: entry-content, Jetpack-like share bar and related posts, footer meta, author box, comments, comment form. */
const germanWordPress: ConstructedPage = {
  name: 'German WordPress blog post with comments, related posts, share bar, tags and author box',
  url: 'https://gartenglueck.example/2025/03/tomaten-vorziehen/',
  html: `${head('Tomaten vorziehen: So klappt es auf der Fensterbank – Gartenglück')}
<body class="post-template-default single single-post postid-812 single-format-standard">
<div id="page" class="site">${wpNav}
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-812" class="post-812 post type-post status-publish format-standard hentry category-gemuese tag-tomaten">
<header class="entry-header"><h1 class="entry-title">Tomaten vorziehen: So klappt es auf der Fensterbank</h1>
<div class="entry-meta"><span class="posted-on">Veröffentlicht am <time class="entry-date published" datetime="2025-03-14T09:00:00+01:00">14. März 2025</time></span> <span class="byline">von <span class="author vcard"><a class="url fn n" href="/author/sabine/">Sabine</a></span></span></div></header>
<div class="entry-content">
${WP_STORY.map((s) => `<p>${s}</p>`).join('\n')}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Teilen mit:</h3><div class="sd-content"><ul><li><a href="#"><span>Facebook</span></a></li><li><a href="#"><span>WhatsApp</span></a></li><li><a href="#"><span>Drucken</span></a></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Gefällt mir:</h3><div class="likes-widget-placeholder">Gefällt mir Wird geladen …</div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Ähnliche Beiträge</em></h3>
<div class="jp-relatedposts-items"><div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/2024/05/paprika/">Paprika im Kübel: meine Erfahrungen nach drei Jahren</a></h4><p class="jp-relatedposts-post-date">12. Mai 2024</p><p class="jp-relatedposts-post-context">In „Gemüse“</p></div>
<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/2024/02/anzuchterde/">Anzuchterde selbst mischen – lohnt sich das wirklich?</a></h4><p class="jp-relatedposts-post-date">2. Februar 2024</p><p class="jp-relatedposts-post-context">In „Gemüse“</p></div></div></div>
</div>
<footer class="entry-footer"><span class="cat-links">Kategorien: <a href="/gemuese/" rel="category tag">Gemüse</a></span><span class="tags-links">Schlagwörter: <a href="/tag/tomaten/" rel="tag">Tomaten</a>, <a href="/tag/anzucht/" rel="tag">Anzucht</a></span></footer>
<div class="author-info"><div class="author-avatar"><img src="/sabine.jpg" alt=""></div><div class="author-description"><h2 class="author-title">Über den Autor</h2><p class="author-bio">Sabine gärtnert seit zwanzig Jahren auf einem Reihenhausgrundstück am Stadtrand und schreibt hier über alles, was dabei schiefgeht.</p></div></div>
</article>
<nav class="navigation post-navigation" aria-label="Beiträge"><h2 class="screen-reader-text">Beitragsnavigation</h2><div class="nav-links"><div class="nav-previous"><a href="/2025/02/beete/">Vorheriger Beitrag: Beete im Februar vorbereiten</a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">3 Gedanken zu „Tomaten vorziehen: So klappt es auf der Fensterbank“</h2>
<ol class="comment-list"><li id="comment-41" class="comment even thread-even depth-1"><article id="div-comment-41" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Martina</b> <span class="says">sagt:</span></div><div class="comment-metadata"><a href="#comment-41"><time datetime="2025-03-15T08:12:00+01:00">15. März 2025 um 8:12 Uhr</time></a></div></footer>
<div class="comment-content"><p>Danke für den Tipp mit dem tieferen Einsetzen, das habe ich letztes Jahr nicht gemacht und meine Pflanzen sind alle umgekippt.</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Antworten</a></div></article></li>
<li id="comment-42" class="comment odd alt thread-odd depth-1"><article id="div-comment-42" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Jürgen K.</b> <span class="says">sagt:</span></div><div class="comment-metadata"><a href="#comment-42"><time datetime="2025-03-15T19:40:00+01:00">15. März 2025 um 19:40 Uhr</time></a></div></footer>
<div class="comment-content"><p>Bei mir stehen die Tomaten unter einer Pflanzenlampe im Keller, das funktioniert seit Jahren gut, auch schon ab Mitte Februar.</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Antworten</a></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Deine E-Mail-Adresse wird nicht veröffentlicht.</span> Erforderliche Felder sind mit * markiert</p><p class="comment-form-comment"><label for="comment">Kommentar *</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" value="Kommentar abschicken"></p></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul><li><a href="/a/">Beete im Februar vorbereiten</a></li><li><a href="/b/">Kartoffeln vorkeimen</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="/impressum/">Impressum</a> | <a href="/datenschutz/">Datenschutzerklärung</a> | Stolz präsentiert von WordPress</div></footer></div></body></html>`,
  must: WP_STORY,
  mustNot: [
    'Teilen mit',
    'Gefällt mir',
    'Ähnliche Beiträge',
    'Paprika im Kübel',
    'Kategorien:',
    'Schlagwörter:',
    'Über den Autor',
    'Sabine gärtnert',
    'Vorheriger Beitrag',
    'sagt:',
    'Danke für den Tipp',
    'Antworten',
    'Schreibe einen Kommentar',
    'Deine E-Mail-Adresse',
    'Neueste Beiträge',
    'Impressum',
  ],
};

/** The same post on a theme that names its boxes in German and marks nothing else: only the lines say what they are. */
const GERMAN_THEME_STORY = [
  'Der Stadtrat hat am Dienstagabend beschlossen, die Öffnungszeiten der Stadtbibliothek ab Mai um zwei Stunden am Samstag zu verlängern.',
  'Die Bibliothekarinnen hatten seit Jahren darauf hingewiesen, dass gerade Familien am Wochenende vor verschlossenen Türen stehen.',
  'Die zusätzlichen Stunden werden zunächst für ein Jahr erprobt, danach soll der Rat anhand der Besucherzahlen neu entscheiden.',
  'Finanziert wird der Versuch aus Mitteln, die beim Umbau des Lesesaals im vergangenen Herbst nicht ausgegeben worden sind.',
];

const germanThemeBlog: ConstructedPage = {
  name: 'German blog whose boxes carry German class names (kommentare, teilen, aehnliche-beitraege, autorenbox)',
  url: 'https://ortsblog.example/2025/04/bibliothek-samstag/',
  html: `${head('Bibliothek öffnet samstags länger | Ortsblog')}
<body><div class="wrapper"><div class="kopf"><a href="/">Ortsblog</a> <a href="/politik/">Politik</a> <a href="/kultur/">Kultur</a></div>
<div class="inhalt"><div class="beitrag">
<h1>Bibliothek öffnet samstags länger</h1><div class="datum">22. April 2025</div>
${GERMAN_THEME_STORY.map((s) => `<p>${s}</p>`).join('\n')}
<div class="teilen"><span>Diesen Beitrag teilen:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">E-Mail</a></div>
<div class="schlagworte">Schlagwörter: <a href="/tag/bibliothek/">Bibliothek</a>, <a href="/tag/stadtrat/">Stadtrat</a></div>
<div class="autorenbox"><img src="/autor.jpg" alt=""><h3>Über den Autor</h3><p>Thomas schreibt seit 2012 über die Kommunalpolitik in unserer Stadt und sitzt dafür in fast jeder Ratssitzung.</p></div>
<div class="aehnliche-beitraege"><h3>Das könnte dich auch interessieren</h3><div class="eintrag"><a href="/x/">Neuer Lesesaal ist fertig: ein Rundgang durch die Bibliothek</a></div><div class="eintrag"><a href="/y/">Stadtrat streitet über Parkgebühren in der Innenstadt</a></div></div>
<div class="kommentare"><h3>2 Kommentare</h3>
<div class="kommentar"><p class="kommentar-autor">Petra sagt:</p><p class="kommentar-datum">22. April 2025 um 18:03</p><p>Endlich! Wir waren samstags so oft umsonst da, weil um zwölf schon geschlossen war, und das mit zwei Kindern.</p><a href="#antworten">Antworten</a></div>
<div class="kommentar"><p class="kommentar-autor">Klaus sagt:</p><p class="kommentar-datum">23. April 2025 um 07:45</p><p>Schön wäre es, wenn auch die Zweigstelle im Süden mitmachen würde, dort ist samstags überhaupt nicht geöffnet.</p><a href="#antworten">Antworten</a></div>
<h3>Schreibe einen Kommentar</h3><p>Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.</p><form><textarea></textarea><input type="submit" value="Kommentar abschicken"></form></div>
</div></div>
<div class="fuss"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a></div></div></body></html>`,
  must: GERMAN_THEME_STORY,
  mustNot: [
    'Diesen Beitrag teilen',
    'Schlagwörter',
    'Über den Autor',
    'Thomas schreibt',
    'Das könnte dich auch interessieren',
    'Neuer Lesesaal ist fertig',
    'Kommentare',
    'Petra sagt',
    'Endlich! Wir waren',
    'Antworten',
    'Schreibe einen Kommentar',
    'Deine E-Mail-Adresse',
  ],
};

const NEWS_STORY = [
  'Nach dem Sturm der vergangenen Nacht sind in Norddeutschland zahlreiche Bahnstrecken gesperrt, weil umgestürzte Bäume auf den Gleisen liegen.',
  'Betroffen sind vor allem die Verbindungen zwischen Hamburg und Bremen sowie mehrere Regionalstrecken in Schleswig-Holstein, teilte die Bahn mit.',
  'Reisende sollten ihre Fahrt nach Möglichkeit verschieben, Fahrkarten für den heutigen Tag gelten auch noch in den kommenden drei Tagen.',
  'Die Feuerwehren im Land rückten in der Nacht zu mehr als 400 Einsätzen aus, verletzt wurde nach ersten Angaben niemand schwer.',
  'Der Deutsche Wetterdienst rechnet für den Nachmittag mit einer Beruhigung, warnt aber für die Küste weiter vor Sturmböen.',
];

/** A German news article: consent banner, breadcrumb, caption with agency credit, inline teasers, "Mehr zum Thema", paywall box, comment count. */
const germanNews: ConstructedPage = {
  name: 'German news article with inline teasers, Mehr zum Thema, caption credit, consent text and paywall box',
  url: 'https://nordkurier-beispiel.example/region/sturm-bahn-gesperrt-123456.html',
  html: `${head('Sturm: Bahnstrecken im Norden gesperrt | Nordbote')}
<body><div id="consent-layer"><p>Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzungserlebnis zu bieten. Mit Klick auf „Alle akzeptieren“ stimmen Sie der Verarbeitung Ihrer Daten zu.</p><a href="#">Alle akzeptieren</a> <a href="#">Einstellungen</a></div>
<div class="page"><div class="header"><a href="/">Nordbote</a><ul class="ressorts"><li><a href="/region/">Region</a></li><li><a href="/politik/">Politik</a></li><li><a href="/sport/">Sport</a></li></ul></div>
<ol class="breadcrumb"><li><a href="/">Startseite</a></li><li><a href="/region/">Region</a></li><li>Sturm</li></ol>
<div class="article-wrapper"><article class="article">
<div class="article-head"><span class="kicker">Unwetter</span><h1>Bahnstrecken im Norden nach Sturm gesperrt</h1>
<p class="article-meta">Veröffentlicht: 04.12.2025, 07:31 Uhr | <a href="#kommentare">14 Kommentare</a></p></div>
<figure class="article-image"><img src="/sturm.jpg" alt="Baum auf Gleis"><figcaption>Ein umgestürzter Baum liegt bei Elmshorn auf den Gleisen. Foto: Max Mustermann/dpa</figcaption></figure>
<div class="article-body">
<p class="intro"><strong>Hamburg.</strong> ${NEWS_STORY[0]}</p>
<p>${NEWS_STORY[1]}</p>
<div class="teaser-inline"><a href="/region/sturm-schaeden-bilder-123400.html"><span class="teaser-label">Lesen Sie auch</span><span class="teaser-title">Sturmschäden im Norden: die Bilder der Nacht</span></a></div>
<p>${NEWS_STORY[2]}</p>
<p>${NEWS_STORY[3]}</p>
<p><strong>Lesen Sie auch:</strong> <a href="/region/wetterdienst-warnung-123300.html">Wetterdienst warnt vor Glätte am Wochenende</a></p>
<p>${NEWS_STORY[4]}</p>
<div class="more-on-topic"><h3>Mehr zum Thema</h3><ul><li><a href="/a.html">Sturmtief zieht über Dänemark ab</a></li><li><a href="/b.html">So ist die Lage an den Flughäfen</a></li><li><a href="/c.html">Fähren zu den Inseln fallen aus</a></li></ul></div>
<div class="paywall-teaser"><p>Sie möchten weiterlesen? Jetzt 1 Monat für 0,99 € testen und alle Artikel auf nordbote lesen.</p><a href="/abo/">Jetzt abonnieren</a> <a href="/login/">Bereits Abonnent? Anmelden</a></div>
</div>
<div class="article-footer"><a href="/">Zur Startseite</a></div>
</article></div>
<div class="teaser-list"><h2>Meistgelesen</h2><article><a href="/1.html"><h3>Neue Brücke über den Kanal wird teurer als geplant</h3></a></article><article><a href="/2.html"><h3>Fußball: Holstein verliert knapp in Bremen</h3></a></article><article><a href="/3.html"><h3>Wochenmarkt zieht um: das ändert sich für Kunden</h3></a></article></div>
<div class="footer"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> © Nordbote Verlag 2025</div></div></body></html>`,
  must: NEWS_STORY,
  mustNot: [
    'Cookies',
    'Alle akzeptieren',
    'Startseite',
    '14 Kommentare',
    'Foto: Max Mustermann/dpa',
    'Lesen Sie auch',
    'Sturmschäden im Norden',
    'Wetterdienst warnt vor Glätte',
    'Mehr zum Thema',
    'Sturmtief zieht',
    'weiterlesen',
    'Jetzt abonnieren',
    'Zur Startseite',
    'Meistgelesen',
    'Impressum',
  ],
};

const PRESS_STORY = [
  'Die Stadt Musterstadt saniert ab dem 7. April die Fahrbahn der Bahnhofstraße zwischen der Kreuzung am Marktplatz und der Einmündung der Gartenstraße.',
  'Während der Arbeiten ist die Straße in diesem Abschnitt für den Durchgangsverkehr voll gesperrt; eine Umleitung über die Ringstraße wird ausgeschildert.',
  'Anliegerinnen und Anlieger erreichen ihre Grundstücke weiterhin, der Busverkehr wird über die Haltestelle Am Stadtpark umgeleitet.',
  'Die Bauarbeiten sollen nach derzeitiger Planung bis Ende Mai abgeschlossen sein, die Kosten von rund 480.000 Euro trägt die Stadt.',
];

/** A town's press release on a typical municipal CMS: breadcrumb, date line, contact box, print and back-to-top links. */
const pressRelease: ConstructedPage = {
  name: 'German municipal press release with breadcrumb, contact box, address, print and back-to-top links',
  url: 'https://www.musterstadt.example/rathaus/presse/pressemitteilungen/bahnhofstrasse-sanierung',
  html: `${head('Pressemitteilung: Sanierung der Bahnhofstraße - Stadt Musterstadt')}
<body><a href="#inhalt" class="skip">Zum Inhalt springen</a>
<div id="kopf"><a href="/"><img src="/wappen.png" alt="Stadt Musterstadt"></a><ul id="hauptnavigation"><li><a href="/rathaus/">Rathaus &amp; Politik</a></li><li><a href="/leben/">Leben &amp; Wohnen</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li><li><a href="/kultur/">Kultur &amp; Freizeit</a></li></ul></div>
<div id="pfad">Sie sind hier: <a href="/">Startseite</a> &gt; <a href="/rathaus/">Rathaus &amp; Politik</a> &gt; <a href="/rathaus/presse/">Presse</a> &gt; Pressemitteilungen</div>
<div id="spalten"><div id="linke-spalte"><ul class="subnav"><li><a href="/rathaus/presse/pressemitteilungen/">Pressemitteilungen</a></li><li><a href="/rathaus/presse/archiv/">Pressearchiv</a></li><li><a href="/rathaus/presse/fotos/">Pressefotos</a></li></ul></div>
<div id="inhalt"><h1>Sanierung der Bahnhofstraße beginnt im April</h1>
<p class="datum">Pressemitteilung vom 18.03.2025</p>
${PRESS_STORY.map((s) => `<p>${s}</p>`).join('\n')}
<div class="seitenfunktionen"><a href="javascript:window.print()">Seite drucken</a> | <a href="#kopf">nach oben</a></div></div>
<div id="rechte-spalte"><div class="kontakt"><h2>Kontakt</h2><p><strong>Pressestelle</strong><br>Stadt Musterstadt<br>Rathausplatz 1<br>12345 Musterstadt</p><p>Telefon: 01234 56-789<br>E-Mail: presse@musterstadt.example</p></div>
<div class="kontakt"><h2>Öffnungszeiten</h2><p>Mo–Fr 8:00–12:00 Uhr<br>Do 14:00–18:00 Uhr</p></div></div></div>
<div id="fuss"><a href="/impressum/">Impressum</a> | <a href="/datenschutz/">Datenschutz</a> | <a href="/barrierefreiheit/">Barrierefreiheit</a> | © Stadt Musterstadt</div></body></html>`,
  must: PRESS_STORY,
  mustNot: [
    'Sie sind hier',
    'Pressearchiv',
    'Seite drucken',
    'nach oben',
    'Pressestelle',
    'Rathausplatz 1',
    'Telefon:',
    'Öffnungszeiten',
    'Barrierefreiheit',
  ],
};

const FR_STORY = [
  'Le conseil municipal de Nantes a adopté mardi soir un plan de rénovation des écoles primaires, qui prévoit des travaux dans vingt établissements d’ici à 2030.',
  'Les premiers chantiers commenceront dès l’été prochain, pendant les vacances scolaires, afin de ne pas perturber les cours des élèves.',
  'L’opposition a dénoncé un calendrier trop lent et réclamé que la priorité soit donnée aux bâtiments les plus mal isolés de la ville.',
  'Le budget total du plan s’élève à 85 millions d’euros, dont une partie sera financée par l’État et la région, selon la mairie.',
];

/** A French regional news article: "Lire aussi" in-text links (with and without a colon), "Sur le même sujet", newsletter box. */
const frenchNews: ConstructedPage = {
  name: 'French news article with Lire aussi, À lire aussi, Sur le même sujet and a newsletter box',
  url: 'https://ouest-exemple.example/pays-de-la-loire/nantes/ecoles-renovation-1234.html',
  html: `${head('Nantes : un plan de rénovation pour vingt écoles', 'fr')}
<body><div class="site"><div class="entete"><a href="/">Ouest Exemple</a> <a href="/actu/">Actualité</a> <a href="/sport/">Sport</a></div>
<main><article class="article">
<h1>Nantes : un plan de rénovation pour vingt écoles</h1><p class="article-date">Publié le 12 mars 2025 à 18h45</p>
<div class="article-body">
<p class="chapo">${FR_STORY[0]}</p>
<p>${FR_STORY[1]}</p>
<p class="lire-aussi"><span>Lire aussi</span> <a href="/x.html">Nantes : la cantine bio arrive dans toutes les écoles</a></p>
<p>${FR_STORY[2]}</p>
<div class="encart"><span class="encart-titre">À lire aussi</span><ul><li><a href="/y.html">Rentrée scolaire : les effectifs en baisse à Nantes</a></li><li><a href="/z.html">Les parents d’élèves manifestent devant la mairie</a></li></ul></div>
<p>${FR_STORY[3]}</p>
<div class="newsletter-box"><p>Recevez chaque matin l’essentiel de l’actualité de votre ville.</p><form><input type="email"><button>Je m’inscris</button></form></div>
</div>
<section class="meme-sujet"><h2>Sur le même sujet</h2><ul><li><a href="/1.html">Nantes : le tramway prolongé jusqu’à Rezé</a></li><li><a href="/2.html">Loire-Atlantique : les collèges aussi en travaux</a></li></ul></section>
</article></main>
<div class="pied">Mentions légales – Politique de confidentialité</div></div></body></html>`,
  must: FR_STORY,
  mustNot: [
    'Lire aussi',
    'la cantine bio',
    'À lire aussi',
    'les effectifs en baisse',
    'Recevez chaque matin',
    'Sur le même sujet',
    'le tramway prolongé',
    'Mentions légales',
  ],
};

const ES_STORY = [
  'El Ayuntamiento de Valencia aprobó este jueves la ampliación del carril bici en cuatro avenidas del centro, una obra que comenzará en septiembre.',
  'Según el concejal de Movilidad, la nueva red permitirá cruzar la ciudad de norte a sur sin compartir calzada con los coches.',
  'Las asociaciones de vecinos han pedido que las obras se hagan por fases, para que el comercio de la zona no pierda clientes durante meses.',
  'El proyecto tiene un presupuesto de 12 millones de euros y está financiado en parte con fondos europeos de recuperación.',
];

/** A Spanish news article: "Lee también", "Te puede interesar", "Más información" blocks and a newsletter offer. */
const spanishNews: ConstructedPage = {
  name: 'Spanish news article with Lee también, Te puede interesar, Más información and a newsletter offer',
  url: 'https://diario-ejemplo.example/valencia/2025/03/13/carril-bici-avenidas-98765.html',
  html: `${head('Valencia amplía el carril bici en cuatro avenidas', 'es')}
<body><div class="cabecera"><a href="/">Diario Ejemplo</a> <a href="/valencia/">Valencia</a> <a href="/deportes/">Deportes</a></div>
<div class="contenedor"><div class="noticia">
<h1>Valencia amplía el carril bici en cuatro avenidas</h1><div class="firma">Redacción · 13/03/2025 - 14:20</div>
<div class="cuerpo">
<p>${ES_STORY[0]}</p>
<p>${ES_STORY[1]}</p>
<p><strong>Lee también</strong> <a href="/x.html">Los patinetes eléctricos tendrán nuevas normas en Valencia</a></p>
<p>${ES_STORY[2]}</p>
<div class="te-puede-interesar"><p class="titulo">Te puede interesar</p><a href="/y.html">La EMT estrena diez autobuses eléctricos</a></div>
<p>${ES_STORY[3]}</p>
<div class="mas-info"><h3>Más información</h3><ul><li><a href="/a.html">El tráfico en Valencia cae un 8% en un año</a></li><li><a href="/b.html">Nuevas zonas de bajas emisiones desde enero</a></li></ul></div>
<div class="boletin"><p>Recibe cada mañana las noticias más importantes de Valencia en tu correo.</p><a href="/boletin/">Apúntate gratis</a></div>
</div></div></div>
<div class="pie">Aviso legal · Política de privacidad · © Diario Ejemplo</div></body></html>`,
  must: ES_STORY,
  mustNot: [
    'Lee también',
    'patinetes eléctricos',
    'Te puede interesar',
    'La EMT estrena',
    'Más información',
    'El tráfico en Valencia cae',
    'Recibe cada mañana',
    'Aviso legal',
  ],
};

const BLOGGER_STORY = [
  'Heute waren wir endlich wieder am Steinhuder Meer, zum ersten Mal seit dem Umzug, und das Wetter hat tatsächlich mitgespielt.',
  'Wir sind einmal rund um das Wasser geradelt, gut dreißig Kilometer, mit einer langen Pause in Mardorf und sehr viel Eis.',
  'Die Kinder wollten unbedingt mit dem Boot zur Insel Wilhelmstein übersetzen, aber die letzte Fähre war leider schon weg.',
  'Nächstes Mal fahren wir früher los und nehmen das Boot gleich am Morgen, dann bleibt für die Festung auch genug Zeit.',
];

/** A Blogger post: the text is lines broken by <br> in post-body, the footer says "Gepostet von … um …", labels and comment links. */
const bloggerPost: ConstructedPage = {
  name: 'Blogger post with br-separated text, Gepostet von, Labels and comment links',
  url: 'https://unterwegs-mit-uns.blogspot.com/2025/06/steinhuder-meer.html',
  html: `${head('Unterwegs mit uns: Ausflug ans Steinhuder Meer')}
<body><div class="content-outer"><div class="header-outer"><div id="header"><h1 class="title"><a href="/">Unterwegs mit uns</a></h1><p class="description">Ausflüge, Radtouren und Kuchen</p></div></div>
<div class="main-outer"><div class="main-inner"><div class="column-center-inner"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Sonntag, 8. Juni 2025</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry">
<h3 class="post-title entry-title">Ausflug ans Steinhuder Meer</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-123">${BLOGGER_STORY[0]}<br><br>${BLOGGER_STORY[1]}<br><br><div class="separator" style="clear: both; text-align: center;"><a href="/img.jpg"><img src="/img.jpg" width="320"></a></div><br>${BLOGGER_STORY[2]}<br><br>${BLOGGER_STORY[3]}<br><div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Gepostet von <span class="fn">Anke</span></span> <span class="post-timestamp">um <a class="timestamp-link" href="#"><abbr class="published" title="2025-06-08T20:14:00+02:00">20:14</abbr></a></span> <span class="post-comment-link"><a class="comment-link" href="#comments">Keine Kommentare:</a></span></div>
<div class="post-share-buttons"><a class="share-button sb-email" href="#"><span class="share-button-link-text">Diesen Post per E-Mail versenden</span></a><a class="share-button sb-blog" href="#"><span class="share-button-link-text">BlogThis!</span></a></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/Radtour" rel="tag">Radtour</a>, <a href="/search/label/Niedersachsen" rel="tag">Niedersachsen</a></span></div></div>
</div><div class="comments" id="comments"><h4>Keine Kommentare:</h4><div class="comment-footer"><a href="#">Kommentar veröffentlichen</a></div></div></div></div></div>
</div><div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a href="/n.html">Neuerer Post</a></span> <span id="blog-pager-older-link"><a href="/o.html">Älterer Post</a></span> <a class="home-link" href="/">Startseite</a></div>
<div class="post-feeds"><div class="feed-links">Abonnieren <a class="feed-link" href="/feeds/posts/default">Kommentare zum Post (Atom)</a></div></div></div></div></div></div>
<div class="column-right-inner"><div class="sidebar section" id="sidebar-right-1"><div class="widget BlogArchive"><h2>Blog-Archiv</h2><ul><li><a href="/2025/">2025</a> (12)</li><li><a href="/2024/">2024</a> (31)</li></ul></div></div></div></div></div></body></html>`,
  must: BLOGGER_STORY,
  mustNot: [
    'Gepostet von',
    'Keine Kommentare',
    'Labels:',
    'Kommentar veröffentlichen',
    'Diesen Post per E-Mail',
    'BlogThis',
    'Neuerer Post',
    'Älterer Post',
    'Abonnieren',
    'Blog-Archiv',
  ],
};

const BRIEF_STORY = [
  'Ein Lastwagen hat am Mittwochmorgen auf der A7 bei Hildesheim Feuer gefangen, der Fahrer konnte sich rechtzeitig in Sicherheit bringen.',
  'Die Autobahn war in Richtung Kassel für rund drei Stunden gesperrt, es bildete sich ein Stau von mehreren Kilometern.',
];

/** A short news brief (two paragraphs, about 40 words) on a news page with a long "Meistgelesen" and teaser rail. */
const shortBrief: ConstructedPage = {
  name: 'short news brief of two paragraphs beside long teaser lists',
  url: 'https://nachrichten-beispiel.example/niedersachsen/lkw-brand-a7-hildesheim-100.html',
  html: `${head('Lkw brennt auf A7 bei Hildesheim | Nachrichten Beispiel')}
<body><div class="seite"><div class="navi"><a href="/">Start</a> <a href="/niedersachsen/">Niedersachsen</a> <a href="/wetter/">Wetter</a> <a href="/sport/">Sport</a></div>
<div class="hauptspalte"><div class="meldung"><h1>Lkw brennt auf A7 bei Hildesheim</h1><p class="stand">Stand: 05.03.2025 11:02 Uhr</p>
<p>${BRIEF_STORY[0]}</p><p>${BRIEF_STORY[1]}</p></div>
<div class="weitere"><h2>Weitere Nachrichten aus der Region</h2>
<div class="teaser"><a href="/1.html"><h3>Neues Hallenbad in Peine: Eröffnung verschiebt sich</h3><p>Wegen fehlender Fliesen kann das Bad nicht wie geplant im April öffnen, die Stadt rechnet nun mit dem Sommer.</p></a></div>
<div class="teaser"><a href="/2.html"><h3>Salzgitter: Stahlwerk stellt 200 Auszubildende ein</h3><p>Das Unternehmen will mehr junge Leute ausbilden als in den Jahren zuvor und baut dafür eine neue Lehrwerkstatt.</p></a></div>
<div class="teaser"><a href="/3.html"><h3>Göttingen: Uni bekommt neues Forschungszentrum</h3><p>Land und Bund geben zusammen 60 Millionen Euro für ein Zentrum, in dem an Batterien geforscht werden soll.</p></a></div></div></div>
<div class="randspalte"><h2>Meistgelesen</h2><ol><li><a href="/4.html">Wetter: Frost kehrt zurück nach Niedersachsen</a></li><li><a href="/5.html">Polizei sucht Zeugen nach Unfall in Hannover</a></li><li><a href="/6.html">Eintracht Braunschweig gewinnt das Derby</a></li></ol></div>
<div class="fuss">Impressum · Datenschutz · Kontakt</div></div></body></html>`,
  must: BRIEF_STORY,
  mustNot: ['Weitere Nachrichten', 'Hallenbad in Peine', 'Wegen fehlender Fliesen', 'Meistgelesen', 'Frost kehrt zurück', 'Impressum'],
};

const BR_STORY = [
  'Der Heimatverein lädt am Sonntag zum traditionellen Frühlingsmarkt auf dem Kirchplatz ein, los geht es um elf Uhr mit dem Posaunenchor.',
  'An mehr als dreißig Ständen bieten Handwerker aus der Umgebung ihre Waren an, von Körben über Keramik bis zu selbst gemachtem Honig.',
  'Für Kinder gibt es ein Kinderschminken und eine kleine Eisenbahn, und im Gemeindehaus verkauft der Frauenkreis Kaffee und Kuchen.',
  'Der Erlös des Marktes geht in diesem Jahr an die Renovierung der alten Dorfschule, die der Verein als Museum nutzen möchte.',
];

/** A small club site: the whole text is one div of lines broken by <br><br>, no paragraphs. */
const brText: ConstructedPage = {
  name: 'story as plain text separated by <br><br> inside one div',
  url: 'https://heimatverein-beispiel.example/aktuelles/fruehlingsmarkt.php',
  html: `${head('Frühlingsmarkt am Sonntag - Heimatverein')}
<body><table width="100%"><tr><td class="menu" width="180"><a href="/">Startseite</a><br><a href="/verein.php">Verein</a><br><a href="/termine.php">Termine</a><br><a href="/kontakt.php">Kontakt</a></td>
<td valign="top"><div class="text"><b>Frühlingsmarkt am Sonntag</b><br><br>${BR_STORY.join('<br><br>')}<br><br><i>Der Vorstand</i></div></td></tr></table>
<div class="unten">© Heimatverein | <a href="/impressum.php">Impressum</a></div></body></html>`,
  must: BR_STORY,
  mustNot: ['Termine', 'Impressum'],
};

const DIV_STORY = [
  'Die Gemeinde hat den Auftrag für den Neubau der Kindertagesstätte am Lindenweg vergeben, der erste Spatenstich ist für Juni geplant.',
  'In dem zweigeschossigen Gebäude sollen 75 Kinder in vier Gruppen betreut werden, dazu kommen ein Bewegungsraum und eine eigene Küche.',
  'Die Baukosten liegen bei 4,2 Millionen Euro, das Land beteiligt sich mit einem Zuschuss aus dem Programm für den Kita-Ausbau.',
  'Bis zur Fertigstellung im Herbst nächsten Jahres werden die Kinder weiter in den Containern neben dem Rathaus betreut.',
];

/** A CMS that writes every paragraph as a <div>, beside a sidebar of short teasers in divs. */
const divStory: ConstructedPage = {
  name: 'story in <div>s without <p>',
  url: 'https://gemeinde-beispiel.example/news/kita-lindenweg',
  html: `${head('Neubau der Kita am Lindenweg - Gemeinde Beispiel')}
<body><div class="top"><div class="logo"><a href="/">Gemeinde Beispiel</a></div><div class="nav"><div><a href="/buerger/">Bürgerservice</a></div><div><a href="/news/">Aktuelles</a></div><div><a href="/rat/">Gemeinderat</a></div></div></div>
<div class="main"><div class="news-item"><div class="news-title">Neubau der Kita am Lindenweg</div><div class="news-date">03.04.2025</div>
<div class="news-text">${DIV_STORY.map((s) => `<div>${s}</div>`).join('')}</div>
<div class="news-back"><a href="/news/">« zurück zur Übersicht</a></div></div></div>
<div class="side"><div class="box"><div class="box-title">Termine</div><div><a href="/t1">08.04. Gemeinderatssitzung</a></div><div><a href="/t2">12.04. Osterfeuer</a></div></div></div>
<div class="bottom">Impressum | Datenschutz</div></body></html>`,
  must: DIV_STORY,
  mustNot: ['Bürgerservice', 'zurück zur Übersicht', 'Gemeinderatssitzung', 'Impressum'],
};

const TEASER_BRIEF = [
  'Die Polizei hat am Montagabend in Celle einen 34 Jahre alten Mann festgenommen, der zuvor mehrere Autos in der Innenstadt beschädigt haben soll.',
  'Zeugen hatten beobachtet, wie er Außenspiegel abtrat, und die Beamten alarmiert. Der Schaden liegt nach ersten Schätzungen bei rund 5.000 Euro.',
];

/** A brief of two short paragraphs above a list of teasers whose summaries are plain text (only their headlines are links). */
const briefWithTeaserSummaries: ConstructedPage = {
  name: 'short brief above teasers whose summaries are unlinked text',
  url: 'https://kreiszeitung-beispiel.example/celle/polizei-festnahme-autos-beschaedigt-91234.html',
  html: `${head('Celle: Mann beschädigt Autos und wird festgenommen | Kreiszeitung')}
<body><div class="page"><div class="navigation"><a href="/">Startseite</a> <a href="/celle/">Celle</a> <a href="/sport/">Sport</a></div>
<div class="main"><div class="article"><h1>Mann beschädigt Autos und wird festgenommen</h1><div class="meta">Celle, 11.02.2025</div>
<p>${TEASER_BRIEF[0]}</p><p>${TEASER_BRIEF[1]}</p></div>
<div class="more"><h2>Weitere Artikel aus Celle</h2>
<div class="item"><h3><a href="/1.html">Neues Feuerwehrhaus in Westercelle eingeweiht</a></h3><p>Nach zwei Jahren Bauzeit haben die Einsatzkräfte ihr neues Gebäude bezogen, der Bürgermeister übergab am Samstag den Schlüssel, und die Jugendfeuerwehr zeigte ihr Können.</p></div>
<div class="item"><h3><a href="/2.html">Schwimmbad bleibt bis Ostern geschlossen</a></h3><p>Die Sanierung der Lüftungsanlage dauert länger als geplant, teilte die Stadt mit, Schulen und Vereine müssen deshalb weiter auf andere Bäder ausweichen, auch in Nachbarorten.</p></div>
<div class="item"><h3><a href="/3.html">Kreistag beschließt Haushalt für 2025</a></h3><p>Mit großer Mehrheit hat der Kreistag den Haushalt verabschiedet, größter Posten sind wieder die Schulen, für die in diesem Jahr fast 40 Millionen Euro eingeplant sind.</p></div>
<div class="item"><h3><a href="/4.html">Wochenmarkt zieht auf den Schlossplatz</a></h3><p>Wegen der Bauarbeiten in der Altstadt findet der Markt ab März auf dem Schlossplatz statt, die Händler sind mit dem neuen Standort bisher zufrieden, heißt es.</p></div></div></div>
<div class="footer">Impressum · Datenschutz</div></div></body></html>`,
  must: TEASER_BRIEF,
  mustNot: ['Weitere Artikel', 'Feuerwehrhaus', 'Nach zwei Jahren Bauzeit', 'Die Sanierung der Lüftungsanlage', 'Impressum'],
};

const CAPTION_STORY = [
  'Auf dem Gelände des früheren Güterbahnhofs sollen in den kommenden fünf Jahren rund 600 Wohnungen entstehen, ein Drittel davon gefördert.',
  'Der Bauausschuss hat dem Bebauungsplan am Donnerstag mit großer Mehrheit zugestimmt, nur die Fraktion der Freien Wähler stimmte dagegen.',
  'Neben den Wohnungen sind eine Grundschule, zwei Kindergärten und ein kleiner Park vorgesehen, der an den bestehenden Radweg anschließt.',
  'Mit dem ersten Bauabschnitt soll im Herbst begonnen werden, zuvor müssen noch Altlasten im Boden des früheren Bahngeländes beseitigt werden.',
];

/** A German regional article: picture captions in divs (no <figcaption>), marked by a German class or ending in a credit "Bild: …", and an "Anzeige" label between paragraphs. */
const captionsAndAdLabel: ConstructedPage = {
  name: 'German article with captions outside figcaption ending in a photo credit, and an Anzeige label',
  url: 'https://stadtanzeiger-beispiel.example/lokales/gueterbahnhof-wohnungen-4711.html',
  html: `${head('600 Wohnungen auf dem Güterbahnhof | Stadtanzeiger')}
<body><div class="container"><div class="artikel">
<h1>600 Wohnungen auf dem Güterbahnhof</h1>
<div class="bild"><img src="/gb.jpg" alt=""><div class="bildunterschrift">Blick über das frühere Bahngelände, auf dem das neue Viertel entstehen soll.</div></div>
<p>${CAPTION_STORY[0]}</p>
<p>${CAPTION_STORY[1]}</p>
<div class="werbung"><p class="label">Anzeige</p><div id="div-gpt-ad-1"></div></div>
<p>${CAPTION_STORY[2]}</p>
<div class="bild"><img src="/plan.jpg" alt=""><p class="bu">So soll das Viertel einmal aussehen: der Entwurf des Planungsbüros. Bild: Planungsbüro Nord</p></div>
<p>${CAPTION_STORY[3]}</p>
</div></div></body></html>`,
  must: CAPTION_STORY,
  mustNot: ['Blick über das frühere Bahngelände', 'Anzeige', 'So soll das Viertel', 'Bild: Planungsbüro'],
};

const ZH_STORY = [
  '记者从市交通运输局获悉，本市将于下月起在中心城区新增十二条公交线路，重点覆盖新建住宅区和地铁站之间的接驳需求。',
  '据介绍，新线路将采用新能源公交车运营，高峰时段发车间隔不超过八分钟，平峰时段不超过十五分钟。',
  '市交通运输局有关负责人表示，今后还将根据客流变化及时调整线路和班次，进一步方便市民出行。',
];

/** A Chinese news article: source and editor lines, share bar, "相关新闻" list, error-report link. */
const chineseNews: ConstructedPage = {
  name: 'Chinese news article with source, editor, share and related-news lines',
  url: 'https://news.example.cn/2025-03/18/c_123456.htm',
  html: `${head('本市下月起新增十二条公交线路_新闻中心', 'zh-CN')}
<body><div class="top-bar"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/city/">城市</a></div>
<div class="main"><div class="article-box"><h1>本市下月起新增十二条公交线路</h1>
<div class="info">2025-03-18 09:30:12\u3000来源：城市日报</div>
<div id="article-content">${ZH_STORY.map((s) => `<p>${s}</p>`).join('')}
<p class="editor">责任编辑：王小明</p></div>
<div class="bdsharebuttonbox">分享到：<a href="#">微信</a><a href="#">微博</a></div>
<div class="xiangguan"><h3>相关新闻</h3><ul><li><a href="/1.htm">地铁三号线二期工程进展顺利</a></li><li><a href="/2.htm">本市公交票价保持不变</a></li></ul></div>
<p class="jiucuo"><a href="#">【纠错】</a></p></div></div>
<div class="footer">版权所有 城市日报社</div></body></html>`,
  must: ZH_STORY,
  mustNot: ['分享到', '相关新闻', '地铁三号线', '纠错', '首页'],
};

const SHOP_TEXT = [
  'Die handgefertigte Tasse aus Steinzeug fasst 350 Milliliter und liegt dank des breiten Henkels gut in der Hand.',
  'Jedes Stück wird in unserer Werkstatt einzeln gedreht und glasiert, deshalb weichen Farbe und Form leicht voneinander ab.',
  'Die Tasse ist spülmaschinenfest und für die Mikrowelle geeignet; wir empfehlen trotzdem, sie von Hand zu spülen.',
];

/** A small shop's product page: price, tax and shipping lines, cart button, tabs, "Kunden kauften auch". */
const shopProduct: ConstructedPage = {
  name: 'German shop product page with price, cart, tabs and Kunden kauften auch',
  url: 'https://toepferei-beispiel.example/tassen/steinzeug-tasse-blau',
  html: `${head('Steinzeug-Tasse Blau – Töpferei Beispiel')}
<body><div class="header"><a href="/">Töpferei Beispiel</a> <a href="/tassen/">Tassen</a> <a href="/teller/">Teller</a> <a href="/warenkorb/">Warenkorb (0)</a></div>
<div class="product-detail"><div class="product-images"><img src="/tasse.jpg" alt="Tasse"></div>
<div class="product-info"><h1>Steinzeug-Tasse Blau</h1><div class="price">24,90 €</div><div class="tax-info">inkl. MwSt. zzgl. Versandkosten</div><div class="delivery">Lieferzeit: 2–4 Werktage</div>
<form class="add-to-cart"><input type="number" value="1"><button>In den Warenkorb</button></form></div>
<div class="product-tabs"><ul class="tab-nav"><li><a href="#beschreibung">Beschreibung</a></li><li><a href="#bewertungen">Bewertungen (2)</a></li></ul>
<div id="beschreibung" class="tab-content">${SHOP_TEXT.map((s) => `<p>${s}</p>`).join('')}</div>
<div id="bewertungen" class="tab-content"><div class="review"><span class="stars">5 von 5 Sternen</span><p>Schöne Tasse, schnell geliefert.</p></div></div></div>
<div class="cross-selling"><h2>Kunden kauften auch</h2><div class="product-box"><a href="/teller/blau">Frühstücksteller Blau</a><span class="price">19,90 €</span></div><div class="product-box"><a href="/schalen/blau">Müslischale Blau</a><span class="price">17,90 €</span></div></div></div>
<div class="footer">Versand &amp; Zahlung · AGB · Widerrufsrecht · Impressum</div></body></html>`,
  must: SHOP_TEXT,
  mustNot: ['In den Warenkorb', 'Kunden kauften auch', 'Frühstücksteller', 'Widerrufsrecht'],
};

const TABLE_STORY = [
  'Der Landkreis weist darauf hin, dass die Abfuhr der Gelben Säcke in der Woche nach Ostern in allen Gemeinden um einen Tag verschoben wird.',
  'Wer seine Säcke normalerweise am Montag bereitstellt, stellt sie in dieser Woche am Dienstag an die Straße, alle übrigen Termine verschieben sich entsprechend.',
  'Die aktuellen Abfuhrtermine finden Sie auch im Abfallkalender des Landkreises und in der kostenlosen Abfall-App.',
];

/** An older public-body site laid out in a table: a navigation cell, the text cell and a cell of service links. */
const tableLayout: ConstructedPage = {
  name: 'public-body notice in a table layout beside navigation and service cells',
  url: 'https://www.landkreis-beispiel.example/aktuelles/gelbe-saecke-ostern.html',
  html: `${head('Landkreis Beispiel - Abfuhr der Gelben Säcke nach Ostern')}
<body><table width="960" cellpadding="0" cellspacing="0"><tr><td colspan="3"><img src="/kopf.gif" alt="Landkreis Beispiel"></td></tr>
<tr><td width="200" valign="top"><a href="/">Startseite</a><br><a href="/buergerservice/">Bürgerservice</a><br><a href="/kreistag/">Kreistag</a><br><a href="/abfall/">Abfallwirtschaft</a><br><a href="/aktuelles/">Aktuelles</a></td>
<td width="560" valign="top"><font size="4"><b>Abfuhr der Gelben Säcke nach Ostern</b></font><br><font size="2">27.03.2025</font><br><br>
<font size="2">${TABLE_STORY.join('<br><br>')}</font><br><br><a href="javascript:print()">Drucken</a> | <a href="#top">Nach oben</a></td>
<td width="200" valign="top"><b>Schnellzugriff</b><br><a href="/formulare/">Formulare</a><br><a href="/oeffnungszeiten/">Öffnungszeiten</a><br><a href="/kontakt/">Kontakt</a></td></tr>
<tr><td colspan="3"><font size="1">© Landkreis Beispiel | <a href="/impressum/">Impressum</a> | <a href="/datenschutz/">Datenschutz</a></font></td></tr></table></body></html>`,
  must: TABLE_STORY,
  mustNot: ['Bürgerservice', 'Drucken', 'Nach oben', 'Schnellzugriff', 'Formulare', 'Impressum'],
};

export const CONSTRUCTED_PAGES: ConstructedPage[] = [
  germanWordPress,
  germanThemeBlog,
  germanNews,
  pressRelease,
  frenchNews,
  spanishNews,
  bloggerPost,
  shortBrief,
  brText,
  divStory,
  briefWithTeaserSummaries,
  captionsAndAdLabel,
  chineseNews,
  shopProduct,
  tableLayout,
];
