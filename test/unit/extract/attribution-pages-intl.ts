/**
 * Constructed pages for attribution in the languages the development corpora and attribution-pages.ts lack: Italian,
 * Dutch, Portuguese (Brazil and Portugal), Polish, Russian, Swedish, Norwegian, Japanese and Turkish news. Each is
 * written here from general knowledge of how sites in that language are commonly built (their byline prefixes, date
 * formats, update labels, desk credits and title separators), not copied from any site; names, outlets and stories
 * are made up. Each page says what a careful reader would record for it.
 */
import { AttributionPage, doc, paras } from './attribution-pages';

const IT = [
  'Il consiglio comunale ha approvato martedì sera, con un’ampia maggioranza, il progetto per ricostruire il molo del porto danneggiato dalle mareggiate.',
  'I lavori costeranno circa dodici milioni di euro e dureranno due anni; gran parte della spesa sarà coperta dalla Regione, ha spiegato l’assessore.',
  'I residenti hanno accolto con favore la decisione, ma temono il rumore dei cantieri notturni previsti per non fermare il traffico dei traghetti.',
];
const NL = [
  'De gemeenteraad heeft dinsdagavond met een ruime meerderheid besloten de vervallen havenmuur de komende twee jaar volledig te vernieuwen.',
  'De kosten worden geschat op ongeveer twaalf miljoen euro, waarvan de provincie het grootste deel voor haar rekening neemt, zegt de wethouder.',
  'Omwonenden zijn blij met het besluit, maar maken zich zorgen over de werkzaamheden die ook ’s nachts worden uitgevoerd om de veerdienst niet te hinderen.',
];
const PT = [
  'A Câmara Municipal aprovou na noite de terça-feira o projeto de reconstrução do paredão do porto, danificado pelas ressacas do último inverno.',
  'As obras devem custar cerca de doze milhões de reais e durar dois anos, com a maior parte financiada pelo governo estadual, segundo a prefeitura.',
  'Os moradores comemoraram a decisão, mas temem o barulho das obras noturnas, planejadas para não interromper a travessia das balsas.',
];
const PL = [
  'Rada miasta zdecydowała we wtorek wieczorem, że zniszczone nabrzeże portowe zostanie w ciągu dwóch najbliższych lat całkowicie odbudowane.',
  'Koszt prac oszacowano na około dwanaście milionów złotych, z czego większość pokryje samorząd województwa, poinformował rzecznik urzędu.',
  'Mieszkańcy przyjęli decyzję z zadowoleniem, choć obawiają się hałasu podczas nocnych robót, zaplanowanych tak, by nie wstrzymywać ruchu promów.',
];
const RU = [
  'Городской совет во вторник вечером большинством голосов решил полностью перестроить обветшавшую портовую стену в течение ближайших двух лет.',
  'Стоимость работ оценивается примерно в двенадцать миллионов рублей, большую часть расходов возьмёт на себя областной бюджет, сообщили в мэрии.',
  'Жители одобрили решение, но опасаются шума ночных работ, которые планируется вести так, чтобы не останавливать паромное сообщение.',
];
const SV = [
  'Kommunfullmäktige beslutade på tisdagskvällen med stor majoritet att den förfallna hamnmuren ska byggas om helt under de kommande två åren.',
  'Kostnaden beräknas till omkring tolv miljoner kronor, och regionen väntas stå för merparten av pengarna, uppger kommunens pressekreterare.',
  'De boende välkomnar beslutet men oroar sig för buller från nattarbetet, som planeras för att inte störa färjetrafiken till öarna.',
];
const NO = [
  'Bystyret vedtok tirsdag kveld med stort flertall at den forfalne havnemuren skal bygges helt opp igjen i løpet av de neste to årene.',
  'Arbeidet er beregnet å koste rundt tolv millioner kroner, og fylkeskommunen skal dekke det meste av regningen, opplyser byrådet.',
  'Naboene er fornøyde med vedtaket, men frykter støy fra nattarbeidet, som skal gjøres slik at fergetrafikken ikke blir stanset.',
];
const JA = [
  '市議会は火曜日の夜、老朽化した港の防波堤を今後二年間で全面的に改修する計画を賛成多数で可決した。総工費は約十二億円を見込んでいる。',
  '昨年冬の高潮で防波堤は複数の箇所が損傷し、岸壁の一部は現在も立ち入りが禁止されている。市は早期の着工を目指すとしている。',
  '住民からは歓迎の声が上がる一方、フェリーの運航を止めないために予定されている夜間工事の騒音を心配する声も出ている。',
];
const TR = [
  'Belediye meclisi salı akşamı oy çokluğuyla, yıpranan liman duvarının önümüzdeki iki yıl içinde tamamen yeniden inşa edilmesine karar verdi.',
  'Çalışmaların yaklaşık on iki milyon liraya mal olması bekleniyor; maliyetin büyük bölümünü il özel idaresi karşılayacak, belediye sözcüsü açıkladı.',
  'Mahalle sakinleri karardan memnun, ancak feribot seferlerini aksatmamak için gece yapılacak çalışmaların gürültüsünden endişe ediyor.',
];

/** An Italian daily: "di Mario Rossi" under the headline, "5 dicembre 2026", "Aggiornato il …", "Leggi anche" teasers with bylines. */
const itDaily: AttributionPage = {
  name: 'Italian daily: "di Mario Rossi", "5 dicembre 2026", "Aggiornato il 6 dicembre 2026", "Leggi anche" teaser byline',
  url: 'https://www.corriere-esempio.example/cronache/26_dicembre_05/molo-porto-ricostruito-a1b2c3.shtml',
  html: doc(
    'it',
    `<title>Il molo del porto sarà ricostruito - Corriere Esempio</title><meta property="og:site_name" content="Corriere Esempio">
<meta property="og:title" content="Il molo del porto sarà ricostruito">`,
    `<header><a href="/" class="logo">Corriere Esempio</a><nav><a href="/cronache/">Cronache</a> <a href="/politica/">Politica</a></nav></header>
<main><article><header class="article-header"><p class="occhiello">Infrastrutture</p><h1 class="title-art">Il molo del porto sarà ricostruito</h1>
<p class="summary-art">Il consiglio comunale stanzia dodici milioni per i lavori.</p>
<div class="article-info"><span class="writer">di Mario Rossi</span> <span class="date">5 dicembre 2026</span> <span class="update">Aggiornato il 6 dicembre 2026 alle 08:15</span></div></header>
<div class="body-text">${paras(IT)}</div></article>
<section class="leggi-anche"><h3>Leggi anche</h3><div class="item"><a href="/x">Mareggiata, danni sul lungomare</a><span class="author">di Luca Bianchi</span></div></section>
<footer>© Corriere Esempio - P.IVA 01234567890</footer></main>`,
  ),
  title: 'Il molo del porto sarà ricostruito',
  authors: ['Mario Rossi'],
  published: '2026-12-05',
  modified: '2026-12-06',
};

/** An Italian local site whose only credit is its desk ("Redazione"), with a numeric date. */
const itDesk: AttributionPage = {
  name: 'Italian local site: "di Redazione" as the byline, "05/12/2026 - 10:32" date line',
  url: 'https://www.notizie-locali.example/porto/molo-ricostruito-98765/',
  html: doc(
    'it',
    `<title>Il molo del porto sarà ricostruito | Notizie Locali</title><meta property="og:site_name" content="Notizie Locali">`,
    `<main><div class="articolo"><h1>Il molo del porto sarà ricostruito</h1>
<div class="autore-data"><span class="autore">di Redazione</span> <span class="data">05/12/2026 - 10:32</span></div>
<div class="testo">${paras(IT)}</div></div></main>`,
  ),
  title: 'Il molo del porto sarà ricostruito',
  authors: [],
  published: '2026-12-05',
};

/** A Dutch national paper: "Door Jan de Vries", "5 december 2026 08:15", "Bijgewerkt: 6 december 2026". */
const nlDaily: AttributionPage = {
  name: 'Dutch daily: "Door Jan de Vries", "5 december 2026 08:15", "Bijgewerkt 6 december 2026 10:02", "Lees ook" byline',
  url: 'https://www.dagblad-voorbeeld.example/binnenland/havenmuur-wordt-vernieuwd~b1a2c3d4/',
  html: doc(
    'nl',
    `<title>Havenmuur wordt volledig vernieuwd | Dagblad Voorbeeld</title><meta property="og:site_name" content="Dagblad Voorbeeld">
<meta property="og:title" content="Havenmuur wordt volledig vernieuwd">`,
    `<header><a href="/" class="logo">Dagblad Voorbeeld</a></header>
<main><article><header><h1 class="article__title">Havenmuur wordt volledig vernieuwd</h1>
<div class="article__meta"><span class="article__author">Door Jan de Vries</span> <time class="article__time">5 december 2026 08:15</time> <span class="article__updated">Bijgewerkt 6 december 2026 10:02</span></div></header>
<div class="article__body">${paras(NL)}</div></article>
<aside class="lees-ook"><h3>Lees ook</h3><div><a href="/x">Storm beschadigt kade</a> <span class="author">Door Piet Jansen</span></div></aside></main>`,
  ),
  title: 'Havenmuur wordt volledig vernieuwd',
  authors: ['Jan de Vries'],
  published: '2026-12-05',
  modified: '2026-12-06',
};

/** A Dutch regional site whose byline is its desk ("Redactie"), with two-digit years and "Laatste update". */
const nlDesk: AttributionPage = {
  name: 'Dutch regional site: "Door Redactie" with "05-12-26, 08:15" and "Laatste update: 06-12-26, 10:02"',
  url: 'https://www.omroep-voorbeeld.example/nieuws/havenmuur-wordt-vernieuwd',
  html: doc(
    'nl',
    `<title>Havenmuur wordt vernieuwd - Omroep Voorbeeld</title><meta property="og:site_name" content="Omroep Voorbeeld">`,
    `<main><article><h1>Havenmuur wordt vernieuwd</h1>
<p class="meta">Door Redactie · 05-12-26, 08:15 · Laatste update: 06-12-26, 10:02</p>
${paras(NL)}</article></main>`,
  ),
  title: 'Havenmuur wordt vernieuwd',
  authors: [],
  published: '2026-12-05',
  modified: '2026-12-06',
};

/** A Brazilian portal: "Por Ana Souza, <site> — Santos" (the site's name after the author's), "05/12/2026 10h32 Atualizado em …". */
const ptBrazil: AttributionPage = {
  name: 'Brazilian portal: "Por Ana Souza, Portal Exemplo — Santos", "05/12/2026 10h32 Atualizado em 06/12/2026 08h15"',
  url: 'https://portal-exemplo.example/sp/santos-regiao/noticia/2026/12/05/paredao-do-porto-sera-reconstruido.ghtml',
  html: doc(
    'pt-BR',
    `<title>Paredão do porto será reconstruído | Santos e Região | Portal Exemplo</title><meta property="og:site_name" content="Portal Exemplo">
<meta property="og:title" content="Paredão do porto será reconstruído">`,
    `<main><div class="mc-article-header"><h1 class="content-head__title">Paredão do porto será reconstruído</h1>
<h2 class="content-head__subtitle">Obra de R$ 12 milhões deve durar dois anos</h2>
<div class="content-publication-data"><p class="content-publication-data__from">Por Ana Souza, Portal Exemplo — Santos</p>
<p class="content-publication-data__updated"><time>05/12/2026 10h32</time> Atualizado em 06/12/2026 08h15</p></div></div>
<article class="mc-body">${paras(PT)}</article>
<div class="leia-tambem"><h3>Leia também</h3><a href="/x">Ressaca derruba muro na orla</a></div></main>`,
  ),
  title: 'Paredão do porto será reconstruído',
  authors: ['Ana Souza'],
  published: '2026-12-05',
  modified: '2026-12-06',
};

/** A Portuguese daily: the desk "Redação" as the byline, "5 de dezembro de 2026, 10:32", "Atualizado a …". */
const ptPortugal: AttributionPage = {
  name: 'Portuguese daily: "Por Redação" desk byline, "5 de dezembro de 2026, 10:32", "Atualizado a 6 dez 2026"',
  url: 'https://www.jornal-exemplo.example/local/noticia/paredao-do-porto-sera-reconstruido-2012345',
  html: doc(
    'pt-PT',
    `<title>Paredão do porto será reconstruído – Jornal Exemplo</title><meta property="og:site_name" content="Jornal Exemplo">`,
    `<main><article><h1 class="headline">Paredão do porto será reconstruído</h1>
<div class="byline"><span class="byline__author">Por Redação</span></div><div class="dates"><time>5 de dezembro de 2026, 10:32</time> · Atualizado a 6 dez 2026, 08:15</div>
${paras(PT)}</article></main>`,
  ),
  title: 'Paredão do porto será reconstruído',
  authors: [],
  published: '2026-12-05',
  modified: '2026-12-06',
};

/** A Polish portal: "Autor: Jan Kowalski", "5 grudnia 2026, 10:32", "Aktualizacja: 6 grudnia 2026", "Czytaj też" teaser. */
const plPortal: AttributionPage = {
  name: 'Polish portal: "Autor: Jan Kowalski", "5 grudnia 2026, 10:32", "Aktualizacja: 6 grudnia 2026, 08:15", "Czytaj też"',
  url: 'https://wiadomosci.portal-przyklad.example/kraj/nabrzeze-zostanie-odbudowane-6812345678',
  html: doc(
    'pl',
    `<title>Nabrzeże zostanie odbudowane - Portal Przykład</title><meta property="og:site_name" content="Portal Przykład">`,
    `<main><article><h1 class="article-title">Nabrzeże zostanie odbudowane</h1>
<div class="article-meta"><span class="author">Autor: Jan Kowalski</span> <span class="date">5 grudnia 2026, 10:32</span> <span class="updated">Aktualizacja: 6 grudnia 2026, 08:15</span></div>
<div class="article-body">${paras(PL)}</div></article>
<section class="czytaj-tez"><h3>Czytaj też</h3><a href="/x">Sztorm uszkodził molo</a> <span class="author">Autor: Anna Nowak</span></section></main>`,
  ),
  title: 'Nabrzeże zostanie odbudowane',
  authors: ['Jan Kowalski'],
  published: '2026-12-05',
  modified: '2026-12-06',
};

/** A Polish local paper with the desk as the author ("Redakcja"), and "Opracowanie:" before it. */
const plDesk: AttributionPage = {
  name: 'Polish local paper: "Opracowanie: Redakcja" and "05.12.2026 10:32"',
  url: 'https://www.gazeta-przyklad.example/wiadomosci/nabrzeze-zostanie-odbudowane/ar/c1-1234567',
  html: doc(
    'pl',
    `<title>Nabrzeże zostanie odbudowane | Gazeta Przykład</title><meta property="og:site_name" content="Gazeta Przykład">`,
    `<main><article><h1>Nabrzeże zostanie odbudowane</h1><p class="atr">Opracowanie: Redakcja</p><p class="data">05.12.2026 10:32</p>
${paras(PL)}</article></main>`,
  ),
  title: 'Nabrzeże zostanie odbudowane',
  authors: [],
  published: '2026-12-05',
};

/** A Russian news site: "Автор: Иван Петров", "5 декабря 2026, 10:32", "Обновлено: 6 декабря 2026", "Читайте также". */
const ruNews: AttributionPage = {
  name: 'Russian news site: "Автор: Иван Петров", "5 декабря 2026, 10:32", "Обновлено 6 декабря 2026, 08:15", "Читайте также"',
  url: 'https://www.gazeta-primer.example/society/2026/12/05/portovaya-stena/',
  html: doc(
    'ru',
    `<title>Портовую стену перестроят за два года — Газета Пример</title><meta property="og:site_name" content="Газета Пример">
<meta property="og:title" content="Портовую стену перестроят за два года">`,
    `<main><article><h1 class="article__title">Портовую стену перестроят за два года</h1>
<div class="article__info"><span class="article__author">Автор: Иван Петров</span> <time class="article__date">5 декабря 2026, 10:32</time> <span class="article__updated">Обновлено 6 декабря 2026, 08:15</span></div>
<div class="article__text">${paras(RU)}</div></article>
<section class="read-also"><h3>Читайте также</h3><a href="/x">Шторм повредил набережную</a> <span class="author">Мария Смирнова</span></section></main>`,
  ),
  title: 'Портовую стену перестроят за два года',
  authors: ['Иван Петров'],
  published: '2026-12-05',
  modified: '2026-12-06',
};

/** A Russian site whose only credit is its desk: "Текст: Редакция" and a numeric date. */
const ruDesk: AttributionPage = {
  name: 'Russian site: "Текст: Редакция" and "05.12.2026 10:32"',
  url: 'https://novosti-primer.example/20261205/stena-1234567.html',
  html: doc(
    'ru',
    `<title>Портовую стену перестроят - Новости Пример</title><meta property="og:site_name" content="Новости Пример">`,
    `<main><div class="article"><h1>Портовую стену перестроят</h1><div class="meta"><span class="author">Текст: Редакция</span> <span class="time">05.12.2026 10:32</span></div>
${paras(RU)}</div></main>`,
  ),
  title: 'Портовую стену перестроят',
  authors: [],
  published: '2026-12-05',
};

/** A Swedish daily: "Av Anna Svensson", "Publicerad 5 december 2026 kl. 10.32", "Uppdaterad 6 december 2026 kl. 08.15", "Läs också". */
const svDaily: AttributionPage = {
  name: 'Swedish daily: "Av Anna Svensson", "Publicerad 5 december 2026 kl. 10.32", "Uppdaterad 6 december 2026 kl. 08.15"',
  url: 'https://www.tidning-exempel.example/nyheter/a/Xy12Ab/hamnmuren-byggs-om',
  html: doc(
    'sv',
    `<title>Hamnmuren byggs om för tolv miljoner | Tidning Exempel</title><meta property="og:site_name" content="Tidning Exempel">`,
    `<main><article><h1 class="article-title">Hamnmuren byggs om för tolv miljoner</h1>
<div class="article-byline"><span class="byline-name">Av Anna Svensson</span></div>
<div class="article-dates"><span>Publicerad 5 december 2026 kl. 10.32</span> <span>Uppdaterad 6 december 2026 kl. 08.15</span></div>
<div class="article-body">${paras(SV)}</div></article>
<section class="las-ocksa"><h3>Läs också</h3><a href="/x">Stormen skadade kajen</a> <span class="byline">Av Erik Lind</span></section></main>`,
  ),
  title: 'Hamnmuren byggs om för tolv miljoner',
  authors: ['Anna Svensson'],
  published: '2026-12-05',
  modified: '2026-12-06',
};

/** A Norwegian site: "Av Ola Nordmann", "Publisert 05.12.2026 10:32", "Oppdatert 06.12.2026 08:15", "Les også:". */
const noNews: AttributionPage = {
  name: 'Norwegian site: byline "Av Ola Nordmann", "Publisert 05.12.2026 10:32", "Oppdatert 06.12.2026 08:15", "Les også"',
  url: 'https://www.avis-eksempel.example/nyheter/i/Qx7yZ/havnemuren-bygges-opp-igjen',
  html: doc(
    'nb',
    `<title>Havnemuren bygges opp igjen – Avis Eksempel</title><meta property="og:site_name" content="Avis Eksempel">`,
    `<main><article><h1>Havnemuren bygges opp igjen</h1>
<div class="byline"><span class="name">Av Ola Nordmann</span></div>
<div class="timestamps"><span>Publisert 05.12.2026 10:32</span> <span>Oppdatert 06.12.2026 08:15</span></div>
${paras(NO)}
<div class="les-ogsa"><strong>Les også:</strong> <a href="/x">Stormen rev med seg kaia</a></div></article></main>`,
  ),
  title: 'Havnemuren bygges opp igjen',
  authors: ['Ola Nordmann'],
  published: '2026-12-05',
  modified: '2026-12-06',
};

/** A Japanese newspaper site: title "見出し：サイト名", "2026年12月5日 10時32分", "更新 2026年12月6日", no byline. */
const jaPaper: AttributionPage = {
  name: 'Japanese paper: title "見出し：日報例", "2026年12月5日 10時32分", "更新：2026年12月6日 8時15分"',
  url: 'https://www.nippo-rei.example/articles/20261205/k00/00m/040/123000c',
  html: doc(
    'ja',
    `<title>港の防波堤、2年かけ全面改修へ：日報例</title><meta property="og:site_name" content="日報例">`,
    `<header><a href="/" class="logo">日報例</a></header>
<main><article><h1 class="title-page">港の防波堤、2年かけ全面改修へ</h1>
<p class="articledate">2026年12月5日 10時32分</p><p class="updatedate">更新：2026年12月6日 8時15分</p>
<div class="articledetail-body">${paras(JA)}</div></article></main>`,
  ),
  title: '港の防波堤、2年かけ全面改修へ',
  authors: [],
  published: '2026-12-05',
  modified: '2026-12-06',
};

/** A Japanese site titled "見出し | サイト名" with a reporter line "記者：山田太郎". */
const jaBar: AttributionPage = {
  name: 'Japanese news site: title "見出し | ニュース例", "記者：山田太郎", "2026/12/05 10:32"',
  url: 'https://news-rei.example/article/2026120500123',
  html: doc(
    'ja',
    `<title>港の防波堤を全面改修\u3000市議会が可決 | ニュース例</title><meta property="og:site_name" content="ニュース例">`,
    `<main><article><h1>港の防波堤を全面改修\u3000市議会が可決</h1><div class="meta"><span class="author">記者：山田太郎</span> <time>2026/12/05 10:32</time></div>
${paras(JA)}</article></main>`,
  ),
  // The ideographic space between the headline's two clauses comes out as a plain space, as all whitespace does.
  title: '港の防波堤を全面改修 市議会が可決',
  authors: ['山田太郎'],
  published: '2026-12-05',
};

/** A Japanese portal titled "見出し＜サイト名＞" (the site in fullwidth angle brackets), no h1 but the headline in an h2. */
const jaAngle: AttributionPage = {
  name: 'Japanese portal: title "見出し＜ニュース例＞" and og:title the same, headline only in <title> and an h2',
  url: 'https://www.kahoku-rei.example/news/2026/12/05/123456.html',
  html: doc(
    'ja',
    `<title>港の防波堤、全面改修へ＜ニュース例＞</title><meta property="og:title" content="港の防波堤、全面改修へ＜ニュース例＞"><meta property="og:site_name" content="ニュース例">`,
    `<div class="header"><a href="/">ニュース例</a></div>
<div class="main"><div class="article"><h2 class="article-title">港の防波堤、全面改修へ</h2><p class="date">2026年12月5日</p>
${paras(JA)}</div></div>`,
  ),
  title: '港の防波堤、全面改修へ',
  authors: [],
  published: '2026-12-05',
};

/** A Japanese site titled "見出し＜サイト名＞" whose name the page states nowhere else: the h1 tells the headline. */
const jaAngleNoSite: AttributionPage = {
  name: 'Japanese site: title "見出し＜地域ニュース＞" with no og:site_name, the h1 the headline',
  url: 'https://chiiki-rei.example/news/123456',
  html: doc(
    'ja',
    `<title>港の防波堤、全面改修へ＜地域ニュース＞</title>`,
    `<main><article><h1>港の防波堤、全面改修へ</h1><p class="date">2026年12月5日</p>
${paras(JA)}</article></main>`,
  ),
  title: '港の防波堤、全面改修へ',
  authors: [],
  published: '2026-12-05',
};

/** A Turkish news site: the author's name alone in an author box, "Yayınlanma: 05.12.2026 10:32", "Güncelleme: 06.12.2026 08:15". */
const trNews: AttributionPage = {
  name: 'Turkish news site: "Ayşe Yılmaz" author, "Yayınlanma: 05.12.2026 10:32", "Güncelleme: 06.12.2026 08:15"',
  url: 'https://www.gazete-ornek.example/gundem/liman-duvari-yeniden-yapilacak-1234567',
  html: doc(
    'tr',
    `<title>Liman duvarı yeniden yapılacak - Gazete Örnek</title><meta property="og:site_name" content="Gazete Örnek">`,
    `<main><article><h1>Liman duvarı yeniden yapılacak</h1>
<div class="author-info"><span class="name">Ayşe Yılmaz</span></div>
<div class="dates"><span>Yayınlanma: 05.12.2026 10:32</span> <span>Güncelleme: 06.12.2026 08:15</span></div>
${paras(TR)}</article></main>`,
  ),
  title: 'Liman duvarı yeniden yapılacak',
  authors: ['Ayşe Yılmaz'],
  published: '2026-12-05',
  modified: '2026-12-06',
};

/** An Italian daily's report from abroad: "dal nostro inviato Mario Rossi", JSON-LD author the desk ("Redazione"), "Pubblicato il … alle ore …". */
const itInviato: AttributionPage = {
  name: 'Italian daily: "dal nostro inviato Mario Rossi", JSON-LD Person "Redazione", "Pubblicato il 05/12/2026 alle ore 10:32"',
  url: 'https://www.quotidiano-esempio.example/esteri/2026/12/05/news/porto-ricostruito-1234567/',
  html: doc(
    'it',
    `<title>Il molo del porto sarà ricostruito - Quotidiano Esempio</title><meta property="og:site_name" content="Quotidiano Esempio">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Il molo del porto sarà ricostruito","author":{"@type":"Person","name":"Redazione"}}</script>`,
    `<main><article><h1>Il molo del porto sarà ricostruito</h1>
<p class="firma">dal nostro inviato Mario Rossi</p><p class="data">Pubblicato il 05/12/2026 alle ore 10:32</p>
${paras(IT)}</article></main>`,
  ),
  title: 'Il molo del porto sarà ricostruito',
  authors: ['Mario Rossi'],
  published: '2026-12-05',
};

/** A Dutch paper's report: "Van onze verslaggever Jan de Vries", "5 dec 2026, 08:15", ANP in meta author. */
const nlVerslaggever: AttributionPage = {
  name: 'Dutch daily: "Van onze verslaggever Jan de Vries" under the headline, "5 dec 2026, 08:15"',
  url: 'https://www.krant-voorbeeld.example/nieuws/havenmuur-wordt-vernieuwd~b9876543/',
  html: doc(
    'nl',
    `<title>Havenmuur wordt vernieuwd | Krant Voorbeeld</title><meta property="og:site_name" content="Krant Voorbeeld">`,
    `<main><article><h1>Havenmuur wordt vernieuwd</h1><p class="byline">Van onze verslaggever Jan de Vries</p><p class="datum">5 dec 2026, 08:15</p>
${paras(NL)}</article></main>`,
  ),
  title: 'Havenmuur wordt vernieuwd',
  authors: ['Jan de Vries'],
  published: '2026-12-05',
};

/** A Brazilian paper: "Por Ana Souza, do Portal Exemplo" (writer and outlet), "5.dez.2026 às 10h32". */
const ptDotted: AttributionPage = {
  name: 'Brazilian paper: "Ana Souza, do Rio" byline and "5.dez.2026 às 10h32" with dotted month',
  url: 'https://www.folha-exemplo.example/cotidiano/paredao-do-porto-sera-reconstruido.shtml',
  html: doc(
    'pt-BR',
    `<title>Paredão do porto será reconstruído - Folha Exemplo</title><meta property="og:site_name" content="Folha Exemplo">`,
    `<main><article><h1 class="c-content-head__title">Paredão do porto será reconstruído</h1>
<div class="c-signature"><strong class="c-signature__author">Ana Souza</strong>, do Rio</div>
<time class="c-more-options__published-date">5.dez.2026 às 10h32</time>
${paras(PT)}</article></main>`,
  ),
  title: 'Paredão do porto será reconstruído',
  authors: ['Ana Souza'],
  published: '2026-12-05',
};

/** A Russian magazine: "Текст: Иван Петров, фото: Мария Смирнова" (writer and photographer), agency in meta author. */
const ruPhoto: AttributionPage = {
  name: 'Russian magazine: "Текст: Иван Петров, фото: Мария Смирнова" credits the writer only',
  url: 'https://zhurnal-primer.example/articles/portovaya-stena',
  html: doc(
    'ru',
    `<title>Портовую стену перестроят — Журнал Пример</title><meta property="og:site_name" content="Журнал Пример">
<meta property="article:published_time" content="2026-12-05T10:32:00+03:00">`,
    `<main><article><h1>Портовую стену перестроят</h1><p class="credits">Текст: Иван Петров, фото: Мария Смирнова</p>
${paras(RU)}</article></main>`,
  ),
  title: 'Портовую стену перестроят',
  authors: ['Иван Петров'],
  published: '2026-12-05',
};

/** A Japanese web magazine: JSON-LD Person "山田 太郎" (family and given name spaced), "文：山田 太郎 記者" under the headline. */
const jaSpacedName: AttributionPage = {
  name: 'Japanese web magazine: JSON-LD author "山田 太郎" and "山田 太郎 記者" are one person, not two',
  url: 'https://web-rei.example/articles/-/123456',
  html: doc(
    'ja',
    `<title>港の防波堤、全面改修へ | ウェブ例</title><meta property="og:site_name" content="ウェブ例">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"港の防波堤、全面改修へ","datePublished":"2026-12-05T10:32:00+09:00","author":{"@type":"Person","name":"山田 太郎"}}</script>`,
    `<main><article><h1>港の防波堤、全面改修へ</h1><p class="author">山田 太郎 記者</p>
${paras(JA)}</article></main>`,
  ),
  title: '港の防波堤、全面改修へ',
  authors: ['山田 太郎'],
  published: '2026-12-05',
};

/** A Japanese paper's story credited in the dateline style "（ワシントン＝山田太郎）" in a byline element. */
const jaPlaceCredit: AttributionPage = {
  name: 'Japanese paper: byline "（ワシントン＝山田太郎）" names the reporter, not the place',
  url: 'https://www.shinbun-rei.example/articles/ASX12345.html',
  html: doc(
    'ja',
    `<title>港の防波堤、全面改修へ：新聞例</title><meta property="og:site_name" content="新聞例">`,
    `<main><article><h1>港の防波堤、全面改修へ</h1><p class="byline">（ワシントン＝山田太郎）</p><p class="date">2026年12月5日 10時32分</p>
${paras(JA)}</article></main>`,
  ),
  title: '港の防波堤、全面改修へ',
  authors: ['山田太郎'],
  published: '2026-12-05',
};

/** A Polish portal's story with no byline, and a "Polecane" box of other stories with their authors below it. */
const plTeaserBox: AttributionPage = {
  name: 'Polish portal: no byline of its own; the "Polecane" box below names other stories\' authors',
  url: 'https://wiadomosci.portal-przyklad.example/kraj/nabrzeze-6812399',
  html: doc(
    'pl',
    `<title>Nabrzeże zostanie odbudowane - Portal Przykład</title><meta property="og:site_name" content="Portal Przykład">`,
    `<div class="main"><div class="art"><h1>Nabrzeże zostanie odbudowane</h1><p class="data">05.12.2026 10:32</p>${paras(PL)}
<div class="polecane"><h3>Polecane</h3><div class="item"><a href="/x">Sztorm uszkodził molo</a><span class="autor">Autor: Anna Nowak</span></div>
<div class="item"><a href="/y">Promy kursują rzadziej</a><span class="autor">Autor: Piotr Zieliński</span></div></div></div></div>`,
  ),
  title: 'Nabrzeże zostanie odbudowane',
  authors: [],
  published: '2026-12-05',
};

/** A Russian site's story with no byline, followed (outside its container) by a "По теме" box with authors. */
const ruTeaserBox: AttributionPage = {
  name: 'Russian site: no byline of its own; the "По теме" box after it names other stories\' authors',
  url: 'https://www.gazeta-primer.example/society/2026/12/05/stena-2/',
  html: doc(
    'ru',
    `<title>Портовую стену перестроят — Газета Пример</title><meta property="og:site_name" content="Газета Пример">`,
    `<div class="main"><div class="material"><h1>Портовую стену перестроят</h1><p class="date">5 декабря 2026, 10:32</p>${paras(RU)}</div>
<div class="po-teme"><div class="zag">По теме</div><div><a href="/x">Шторм повредил набережную</a> <span class="author">Автор: Мария Смирнова</span></div></div></div>`,
  ),
  title: 'Портовую стену перестроят',
  authors: [],
  published: '2026-12-05',
};

/** A Swedish paper's story by its named author, with a "Läs mer" box of other stories by others inside the same container. */
const svTeaserBox: AttributionPage = {
  name: 'Swedish daily: "Av Anna Svensson" and a "Läs mer" box with another author inside the story\'s container',
  url: 'https://www.tidning-exempel.example/nyheter/hamnmuren-2',
  html: doc(
    'sv',
    `<title>Hamnmuren byggs om | Tidning Exempel</title><meta property="og:site_name" content="Tidning Exempel">`,
    `<div class="artikel"><h1>Hamnmuren byggs om</h1><p class="byline">Av Anna Svensson</p><p class="datum">Publicerad 5 december 2026 kl. 10.32</p>${paras(SV)}
<div class="las-mer"><h3>Läs mer</h3><div><a href="/x">Stormen skadade kajen</a> <span class="byline">Av Erik Lind</span></div></div></div>`,
  ),
  title: 'Hamnmuren byggs om',
  authors: ['Anna Svensson'],
  published: '2026-12-05',
};

/** A Polish local site's notice with no byline and no date of its own, and readers' comments in a box named in Polish. */
const plComments: AttributionPage = {
  name: 'Polish local site: no byline or date of its own; commenters with dates in a "komentarze" box',
  url: 'https://www.gmina-przyklad.example/aktualnosci/nabrzeze',
  html: doc(
    'pl',
    `<title>Nabrzeże zostanie odbudowane</title>`,
    `<div class="tresc"><h1>Nabrzeże zostanie odbudowane</h1>${paras(PL)}
<div class="komentarze"><div class="wpis"><span class="author">Marek Nowicki</span> <span class="date">07.12.2026 12:00</span><p>Nareszcie, jeżdżę tamtędy codziennie.</p></div>
<div class="wpis"><span class="author">Ewa Wiśniewska</span> <span class="date">07.12.2026 14:10</span><p>Oby zdążyli przed latem.</p></div></div></div>`,
  ),
  title: 'Nabrzeże zostanie odbudowane',
  authors: [],
  published: null,
};

/** A Dutch blog post with no byline or date of its own, and readers' reactions in a "reacties" box. */
const nlComments: AttributionPage = {
  name: 'Dutch blog: no byline or date of its own; reactions with names and dates in a "reacties" box',
  url: 'https://havenblog-voorbeeld.example/havenmuur-wordt-vernieuwd',
  html: doc(
    'nl',
    `<title>Havenmuur wordt vernieuwd</title>`,
    `<div class="bericht"><h1>Havenmuur wordt vernieuwd</h1>${paras(NL)}
<div class="reacties"><div class="reactie"><span class="author">Henk Bakker</span> <span class="datum">7 december 2026 om 12:00</span><p>Eindelijk!</p></div></div></div>`,
  ),
  title: 'Havenmuur wordt vernieuwd',
  authors: [],
  published: null,
};

export const INTL_ATTRIBUTION_PAGES: AttributionPage[] = [
  itDaily,
  itDesk,
  nlDaily,
  nlDesk,
  ptBrazil,
  ptPortugal,
  plPortal,
  plDesk,
  ruNews,
  ruDesk,
  svDaily,
  noNews,
  jaPaper,
  jaBar,
  jaAngle,
  jaAngleNoSite,
  trNews,
  itInviato,
  nlVerslaggever,
  ptDotted,
  ruPhoto,
  jaSpacedName,
  jaPlaceCredit,
  plTeaserBox,
  ruTeaserBox,
  svTeaserBox,
  plComments,
  nlComments,
];
