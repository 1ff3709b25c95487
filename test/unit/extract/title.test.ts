/** The headline is the story's, not the site's (examples from issue 15 and Mozilla's readability pages). */
import { extractArticle } from '../../../src/workers/extract';
import { stripSiteName } from '../../../src/workers/extract/title';

const STORY =
  '<p>' + 'The sharing economy was sold as a way to make money from idle things, and it turned out otherwise. '.repeat(4) + '</p>';

describe('headline', () => {
  it.each([
    [
      'a blog on a hosting platform (siliconexposed.blogspot.com: the site is the subdomain)',
      'https://siliconexposed.blogspot.com/2016/03/post.html',
      'Silicon Exposed',
    ],
    [
      'a site under a two-part suffix (harbourtimes.com.au: the site is not "com")',
      'https://www.harbourtimes.com.au/news/harbour-wall',
      'Harbour Times',
    ],
  ])("takes the h1 over a <title> that is only the site's name, on %s (constructed)", (_what, url, siteTitle) => {
    const html = `<html><head><title>${siteTitle}</title></head>
      <body><div class="top"><a href="/">Home</a></div><div class="x"><h1>Harbour wall to be rebuilt</h1>${STORY}</div></body></html>`;
    expect(extractArticle(html, url)?.title).toBe('Harbour wall to be rebuilt');
  });

  it('skips an h1 that is the site name ("Salon", readability/salon-1)', () => {
    const html = `<html><head><title>The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians - Salon.com</title></head>
      <body><h1><a href="/">Salon</a></h1><article><h1>The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians</h1>${STORY}</article></body></html>`;
    expect(extractArticle(html, 'https://www.salon.com/2015/01/x/')?.title).toBe(
      'The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians',
    );
  });

  it('takes the post from a portal title when the h1s are the portal and the blog ("Post @ Blog :: 痞客邦 PIXNET ::", readability/pixnet)', () => {
    const html = `<html><head><title>新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::</title></head>
      <body><h1>痞客邦 PIXNET</h1><div><h1>史蒂文的家_藍天</h1></div><div class="article">${STORY}</div></body></html>`;
    expect(extractArticle(html, 'https://example.pixnet.net/blog/post/1')?.title).toBe('新竹尖石_美樹營地賞楓 (2)');
  });

  it('takes the first part of a many-part title when the page prints it as a heading ("Story - Chapter 1 - Author - Fandom | Site", readability/archive-of-our-own)', () => {
    const html = `<html><head><title>Conversations with a Cryptid - Chapter 1 - AMournfulHowlInTheNight - 僕のヒーローアカデミア | Boku no Hero Academia | My Hero Academia [Archive of Our Own]</title></head>
      <body><h1>Archive of Our Own beta</h1><div id="workskin"><div class="preface"><h2 class="title heading">Conversations with a Cryptid</h2></div>${STORY}</div></body></html>`;
    expect(extractArticle(html, 'https://archiveofourown.org/works/1/chapters/2')?.title).toBe('Conversations with a Cryptid');
  });

  it('takes a one-word h1 that is the first part of the title over the site name ("Mozilla - Wikipedia", readability/wikipedia)', () => {
    const html = `<html><head><title>Mozilla - Wikipedia</title></head>
      <body><div id="content"><h1 id="firstHeading">Mozilla</h1>${STORY}</div></body></html>`;
    expect(extractArticle(html, 'http://fakehost/test/page.html')?.title).toBe('Mozilla');
  });

  it("leaves out a kicker printed in its own element of the h1 when title and og:title give the headline without it (constructed on tagesschau.de's topline markup)", () => {
    const html = `<html><head><title>Hafenmauer wird nach Stürmen neu gebaut | tagesschau.de</title>
      <meta property="og:title" content="Hafenmauer wird nach Stürmen neu gebaut"></head>
      <body><article><h1 class="seitenkopf__headline"><span class="seitenkopf__topline">Kiel</span> <span class="seitenkopf__headlinetext">Hafenmauer wird nach Stürmen neu gebaut</span></h1>${STORY}</article></body></html>`;
    expect(extractArticle(html, 'https://www.tagesschau.de/inland/hafen-100.html')?.title).toBe('Hafenmauer wird nach Stürmen neu gebaut');
  });

  it('leaves out a kicker its class names when og:title words the headline another way (probe page av-transcripts/nordmark-schulbus)', () => {
    const page = (og: string) => `<html><head><title>${og} | Nordmark Rundfunk</title><meta property="og:title" content="${og}"></head>
      <body><article><h1 class="article__headline"><span class="article__topline">Kreis Süderwarf</span>
      <span class="article__title">Schulbuslinien gestrichen: Eltern protestieren</span></h1>${STORY}</article></body></html>`;
    const url = 'https://www.nordmark-rundfunk.example/nachrichten/schulbus-184.html';
    expect(extractArticle(page('Kreis Süderwarf streicht Schulbuslinien: Eltern protestieren'), url)?.title).toBe(
      'Schulbuslinien gestrichen: Eltern protestieren',
    );
    // og:title keeps the kicker: so does the headline
    expect(extractArticle(page('Kreis Süderwarf Schulbuslinien gestrichen: Eltern protestieren'), url)?.title).toBe(
      'Kreis Süderwarf Schulbuslinien gestrichen: Eltern protestieren',
    );
  });

  it('keeps the first element of an h1 that no class names a kicker', () => {
    const html = `<html><head><title>Eine ganz andere Überschrift</title><meta property="og:title" content="Eine ganz andere Überschrift"></head>
      <body><article><h1><span class="city">Kreis Süderwarf</span> <span>streicht Schulbuslinien</span></h1>${STORY}</article></body></html>`;
    expect(extractArticle(html, 'https://example.org/a.html')?.title).toBe('Kreis Süderwarf streicht Schulbuslinien');
  });

  it('leaves out a label the heading opens with when og:title gives the rest (probe page web-misc/09: a XenForo thread prefix)', () => {
    const html = `<html><head><title>Regenwasser im Kleingarten: Was ich gelernt habe | Gartenfreunde-Treff</title>
      <meta property="og:title" content="Regenwasser im Kleingarten: Was ich gelernt habe"></head>
      <body><article><h1 class="p-title-value"><span class="label">Erfahrungsbericht</span><span class="label-append">&nbsp;</span>Regenwasser im Kleingarten: Was ich gelernt habe</h1>${STORY}</article></body></html>`;
    expect(extractArticle(html, 'https://forum.example/threads/regenwasser.1/')?.title).toBe(
      'Regenwasser im Kleingarten: Was ich gelernt habe',
    );
  });

  it('keeps a kicker the title also prints ("Küstenschutz: …" in both)', () => {
    const html = `<html><head><title>Küstenschutz: Hafenmauer wird nach Stürmen neu gebaut | Zeitung</title></head>
      <body><article><h1><span class="kicker">Küstenschutz:</span> <span class="title">Hafenmauer wird nach Stürmen neu gebaut</span></h1>${STORY}</article></body></html>`;
    expect(extractArticle(html, 'https://www.zeitung.example/hafen')?.title).toBe('Küstenschutz: Hafenmauer wird nach Stürmen neu gebaut');
  });

  it('never gives the masthead when the title is only the site name: the post heading in the article is the headline (constructed on WordPress theme markup)', () => {
    const html = `<html><head><title>Mein Blog</title></head>
      <body><header><h1 class="site-title"><a href="https://blog.example/" rel="home">Mein Blog</a></h1></header>
      <main><article><h2 class="entry-title">Hafenmauer wird nach Stürmen neu gebaut</h2>${STORY}</article></main></body></html>`;
    expect(extractArticle(html, 'https://blog.example/2026/12/hafen/')?.title).toBe('Hafenmauer wird nach Stürmen neu gebaut');
  });

  it('reads an h1 whose only link goes home as the masthead, not the headline (constructed)', () => {
    const html = `<html><head><title>Mein Blog</title></head>
      <body><h1><a href="/">Mein Blog</a></h1><article><h2>Hafenmauer wird nach Stürmen neu gebaut</h2>${STORY}</article></body></html>`;
    expect(extractArticle(html, 'https://blog.example/hafen/')?.title).toBe('Hafenmauer wird nach Stürmen neu gebaut');
  });

  it.each([
    ['/', 'a link to "/"'],
    ['https://blog.example/', 'the home page written in full'],
  ])(
    "reads a <title> that is the text of a link home (%s: %s) as the site's name, and the post's h3 as the headline (constructed on Blogger's markup with generated class names)",
    (href) => {
      const html = `<html><head><title>Mein Blog</title></head>
      <body><div class="c1"><div class="c2"><a href="${href}">Mein Blog</a></div></div>
      <div class="c3"><div class="c4"><h3 class="c5"><a href="https://blog.example/2026/12/hafen.html">Hafenmauer wird nach Stürmen neu gebaut</a></h3><div class="c6">${STORY}${STORY}</div></div></div></body></html>`;
      expect(extractArticle(html, 'https://blog.example/2026/12/hafen.html')?.title).toBe('Hafenmauer wird nach Stürmen neu gebaut');
    },
  );

  it("keeps a <title> that is no link's text when a link home says something else (constructed)", () => {
    const html = `<html><head><title>Hafenmauer wird nach Stürmen neu gebaut</title></head>
      <body><div class="c1"><a href="/">Startseite</a></div><div class="c3"><h3>Weitere Meldungen aus der Region</h3><div class="c6">${STORY}${STORY}</div></div></body></html>`;
    expect(extractArticle(html, 'https://blog.example/2026/12/hafen.html')?.title).toBe('Hafenmauer wird nach Stürmen neu gebaut');
  });

  it('takes the story heading over a section label that names a folder of the URL ("Pressemitteilungen" on /pressemitteilungen/123, constructed on a city\'s press page)', () => {
    const html = `<html lang="de"><head><title>Pressemitteilungen | Stadt Jena</title></head>
      <body><main><h1>Pressemitteilungen</h1><article><h2>Hafenmauer wird nach Stürmen neu gebaut</h2>${STORY}</article></main></body></html>`;
    expect(extractArticle(html, 'https://www.jena.de/de/pressemitteilungen/123')?.title).toBe('Hafenmauer wird nach Stürmen neu gebaut');
  });

  it('keeps a one-word headline that is the last segment of the URL ("Mozilla" on /wiki/Mozilla)', () => {
    const html = `<html><head><title>Mozilla - Wikipedia</title></head>
      <body><div id="content"><h1 id="firstHeading">Mozilla</h1><h2>Mozilla and the open web today</h2>${STORY}</div></body></html>`;
    expect(extractArticle(html, 'https://en.wikipedia.org/wiki/Mozilla')?.title).toBe('Mozilla');
  });

  it('drops a trailing permalink sign ("Evolve: Shared Mutable History¶", readability/mercurial)', () => {
    const html = `<html><head><title>Evolve: Shared Mutable History — evolve extension for Mercurial</title></head>
      <body><div class="section"><h1>Evolve: Shared Mutable History<a class="headerlink" href="#x">¶</a></h1>${STORY}</div></body></html>`;
    expect(extractArticle(html, 'https://www.mercurial-scm.org/doc/evolve/')?.title).toBe('Evolve: Shared Mutable History');
  });

  it('takes the title side the h1 repeats when the other side starts with the host ("About bugs – Vortex Cannon Entertainment", scrapinghub 95301fb7)', () => {
    const html = `<html><head><title>About bugs – Vortex Cannon Entertainment</title></head>
      <body><header><h1>About bugs</h1></header><div class="entry">${STORY}</div></body></html>`;
    expect(extractArticle(html, 'https://vortexcannon.org/about-bugs/')?.title).toBe('About bugs');
  });

  it('takes the h1 that rewords the title over a fragment of the title (scrapinghub ff0f958a)', () => {
    const html = `<html><head><title>Диета Аткинса (14 дней) - потеря веса до 10 кг. Отзывы</title></head>
      <body><div class="post"><h1>Диета Аткинса - потеря веса до 10 килограмм за 14 дней</h1>${STORY}</div></body></html>`;
    expect(extractArticle(html, 'https://example.ru/dieta-atkinsa')?.title).toBe('Диета Аткинса - потеря веса до 10 килограмм за 14 дней');
  });

  it('does not take an h1 that shares only a few words with the title for the headline', () => {
    const html = `<html><head><title>Council votes to rebuild the harbour wall after storms - Harbor Times</title></head>
      <body><h1>Harbour festival returns after storms</h1><div class="post">${STORY}</div></body></html>`;
    expect(extractArticle(html, 'https://harbortimes.example/x')?.title).toBe('Council votes to rebuild the harbour wall after storms');
  });

  it("prefers an h2 headline that matches og:title over another story's h1 (digg, scrapinghub 680c2848)", () => {
    const html = `<html><head><title>The Early Reviews For Stadia Are Here — And They're Not Great - Digg</title>
      <meta property="og:title" content="The Early Reviews For Stadia Are Here — And They're Not Great - Digg"></head>
      <body><article><header><h2 itemprop="headline"><a href="">The Early Reviews For Stadia Are Here — And They're Not Great</a></h2></header>${STORY}</article>
      <article class="featured"><h1 itemprop="headline">'Why Don't You Go Fight For The Reindeer?'</h1><p>Another story.</p></article></body></html>`;
    expect(extractArticle(html, 'https://digg.com/2019/is-stadia-good-worth-it-reviews')?.title).toBe(
      "The Early Reviews For Stadia Are Here — And They're Not Great",
    );
  });

  it('keeps the visible h1 when an h2 only shares words with og:title', () => {
    const html = `<html><head><title>MacBook sale at Amazon from $700, AirPods, more - 9to5Mac</title>
      <meta property="og:title" content="MacBook sale at Amazon from $700, AirPods, more - 9to5Mac"></head>
      <body><article><h1>Amazon discounts MacBooks from $700, AirPods 2 with wireless case $150, more</h1><h2>Guides</h2>${STORY}</article></body></html>`;
    expect(extractArticle(html, 'https://9to5mac.com/2019/11/18/macbook-deals/')?.title).toBe(
      'Amazon discounts MacBooks from $700, AirPods 2 with wireless case $150, more',
    );
  });

  // Title shapes as the named sites print them (site suffix and separator copied from their pages; the story part is
  // an example): Tencent, Sina, NHK, ITmedia, tagesschau, Le Figaro, EL PAÍS, Entermedia (scrapinghub), The Space Review
  // (scrapinghub c00962aa), Salon and PIXNET (readability).
  it.each([
    ['Story of the day | Site', ['site'], 'Story of the day'],
    ['习近平会见美国总统_新闻_腾讯网', ['腾讯网'], '习近平会见美国总统'],
    ['【独家】某公司宣布裁员_财经_新浪网', ['新浪网'], '【独家】某公司宣布裁员'],
    ['日銀、金融政策の現状維持を決定｜NHKニュース', ['nhk'], '日銀、金融政策の現状維持を決定'],
    // Xinhua's unspaced hyphen (constructed on its shape); in Korean, written with spaces, a hyphen joins two names.
    ['习近平会见美国总统-新华网', ['news'], '习近平会见美国总统'],
    ['엘제이-류화영 진흙탕 싸움', [], '엘제이-류화영 진흙탕 싸움'],
    [
      'トレンドマイクロ、アプリ「フリーWi-Fiプロテクション」 - ITmedia NEWS',
      ['itmedia'],
      'トレンドマイクロ、アプリ「フリーWi-Fiプロテクション」',
    ],
    // "Post @ Blog :: Platform ::" on Chinese blog platforms (readability/pixnet's shape); "@" in English joins teams.
    ['新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::', ['痞客邦 pixnet'], '新竹尖石_美樹營地賞楓 (2)'],
    ['Lakers @ Celtics: Game recap - ESPN', ['espn'], 'Lakers @ Celtics: Game recap'],
    [
      '엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유 - Entermedia',
      ['entermedia'],
      '엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유',
    ],
    ['Bundestag beschließt den Haushalt für 2027 | tagesschau.de', ['tagesschau'], 'Bundestag beschließt den Haushalt für 2027'],
    ['Le Sénat adopte le budget de la Sécurité sociale - Le Figaro', ['le figaro'], 'Le Sénat adopte le budget de la Sécurité sociale'],
    ['EL PAÍS: El Gobierno aprueba los presupuestos', ['el país'], 'El Gobierno aprueba los presupuestos'],
    ['The Space Review: Seeking a bigger role for a big rocket', ['thespacereview'], 'Seeking a bigger role for a big rocket'],
    ['Site - Story of the day', ['site'], 'Story of the day'],
    ['The sharing economy is a lie: Uber and the truth', [], 'The sharing economy is a lie: Uber and the truth'],
    // A dash between two wordy parts before "| Site" is the headline's own (constructed; readability/keep-tabular-data's shape).
    [
      'Corona-Krise: Wirtschaft bricht ein – Ökonomen warnen vor Rezession | ZEIT ONLINE',
      ['zeit online'],
      'Corona-Krise: Wirtschaft bricht ein – Ökonomen warnen vor Rezession',
    ],
    ['Friday Facts #282 - 0.17 in sight | Factorio', ['factorio'], 'Friday Facts #282 - 0.17 in sight'],
    // ... but a short part after the dash is a section or a place, and with a section before the site the general rule applies.
    ['Hafen wird umgebaut - Stadt Kiel | Kieler Nachrichten', ['kieler nachrichten'], 'Hafen wird umgebaut'],
    ['Brexit: Johnson - Deal ist tot | Politik | tagesschau.de', ['tagesschau'], 'Brexit: Johnson - Deal ist tot'],
  ])('stripSiteName(%j)', (title, sites, expected) => {
    expect(stripSiteName(title, sites)).toBe(expected);
  });

  // Pages with no heading that repeats the title, so the <title> alone gives the headline (constructed: each title's shape
  // as the kind of site prints it, the story part made up; the site's name comes only from the host or og:site_name).
  it.each([
    [
      'a site name followed by its trail of sections (a public broadcaster)',
      'https://www.ndr.de/nachrichten/niedersachsen/hafen100.html',
      'Hafen wird ausgebaut | NDR.de - Nachrichten - Niedersachsen - Hannover Weser-Leinegebiet',
      'Hafen wird ausgebaut',
    ],
    [
      'a "›" separator (a blog theme)',
      'https://www.kieler-blog.de/2026/12/hafen/',
      'Stadt plant Ausbau des Hafens › Kieler Blog',
      'Stadt plant Ausbau des Hafens',
    ],
    [
      'a "«" separator (a blog theme)',
      'https://www.kieler-blog.de/2026/12/hafen/',
      'Stadt plant Ausbau des Hafens « Kieler Blog',
      'Stadt plant Ausbau des Hafens',
    ],
    [
      'a shop whose hyphenated host opens its name',
      'https://www.schuhhaus-meier.de/p/x1000',
      'Sportschuh X1000 kaufen | Schuhhaus Meier Online-Shop',
      'Sportschuh X1000 kaufen',
    ],
    [
      'a headline quoting in guillemets, which are then no separators',
      'https://www.quotidien-exemple.fr/politique/2026/12/05/port.html',
      'Le ministre dénonce « une erreur historique » - Quotidien Exemple',
      'Le ministre dénonce « une erreur historique »',
    ],
  ])('reads the headline from the <title> alone with %s', (_what, url, title, expected) => {
    const html = `<html><head><title>${title}</title></head><body><div class="nav"><a href="/">Start</a></div><div class="x">${STORY}</div></body></html>`;
    expect(extractArticle(html, url)?.title).toBe(expected);
  });
});

describe('a heading built of parts without a space between them (round-16 probe page culture-sport/en_music-review, constructed here in its shape)', () => {
  const head = (og: string) => `<title>${og} – Album Review | Static Bloom</title><meta property="og:title" content="${og}">`;
  const body =
    '<article><h1><span class="artist">Hollow Tide</span><span class="album">Lanterns for the Lowlands</span></h1>' + STORY + '</article>';

  it("takes og:title's spelling when only the separators differ", () => {
    const html = `<html><head>${head('Hollow Tide: Lanterns for the Lowlands')}</head><body>${body}</body></html>`;
    expect(extractArticle(html, 'https://staticbloom.example/reviews/hollow-tide')?.title).toBe('Hollow Tide: Lanterns for the Lowlands');
  });

  it('keeps the heading when og:title has other words', () => {
    const html = `<html><head>${head('Hollow Tide find their quiet side')}</head><body>${body.replace('Lanterns for the Lowlands', ' Lanterns for the Lowlands')}</body></html>`;
    expect(extractArticle(html, 'https://staticbloom.example/reviews/hollow-tide')?.title).toBe('Hollow Tide Lanterns for the Lowlands');
  });
});
