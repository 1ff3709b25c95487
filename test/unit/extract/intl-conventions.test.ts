/**
 * The conventions of the languages the development corpora lack, rule by rule: date labels and month names
 * (it, nl, pt, pl, ru, sv, no, da, tr, ja), byline prefixes, joins, reporters' roles and desks, and the Japanese
 * title's site name in fullwidth angle brackets. The strings are written here as those languages print them on
 * news pages (constructed, not copied); attribution-kinds-intl.test.ts runs whole pages of the same shapes.
 */
import { extractArticle } from '../../../src/workers/extract';
import { isBoilerplateLine, isRelatedLine } from '../../../src/workers/extract/boilerplate';
import { findTextDates } from '../../../src/workers/extract/date-text';
import { isDateline } from '../../../src/workers/extract/lead';
import { bylineNames } from '../../../src/workers/extract/person-name';
import { stripSiteName } from '../../../src/workers/extract/title';

describe('findTextDates: publication and update labels', () => {
  it.each([
    ['Publicado em 5 de dezembro de 2026', '2026-12-05', 'published'],
    ['05/12/2026 10h32 Atualizado em 06/12/2026 08h15', '2026-12-06', 'modified'],
    ['Atualizado a 6 dez 2026, 08:15', '2026-12-06', 'modified'],
    ['Ultima modifica: 6 dicembre 2026', '2026-12-06', 'modified'],
    ['Ultimo aggiornamento: 6 dicembre 2026', '2026-12-06', 'modified'],
    ['Geplaatst op 5 december 2026', '2026-12-05', 'published'],
    ['Gewijzigd op 6 december 2026', '2026-12-06', 'modified'],
    ['Opublikowano: 5 grudnia 2026', '2026-12-05', 'published'],
    ['Aktualizacja: 6 grudnia 2026, 08:15', '2026-12-06', 'modified'],
    ['Zaktualizowano 6.12.2026', '2026-12-06', 'modified'],
    ['Опубликовано: 5 декабря 2026', '2026-12-05', 'published'],
    ['Обновлено 6 декабря 2026, 08:15', '2026-12-06', 'modified'],
    ['Дата обновления: 06.12.2026', '2026-12-06', 'modified'],
    ['Publicerad 5 december 2026 kl. 10.32', '2026-12-05', 'published'],
    ['Uppdaterad den 6 december 2026', '2026-12-06', 'modified'],
    ['Publisert 05.12.2026 10:32', '2026-12-05', 'published'],
    ['Oppdatert 06.12.2026 08:15', '2026-12-06', 'modified'],
    ['Publiceret 5. december 2026', '2026-12-05', 'published'],
    ['Opdateret 6. dec. 2026', '2026-12-06', 'modified'],
    ['Yayınlanma: 05.12.2026 10:32', '2026-12-05', 'published'],
    ['Güncelleme: 06.12.2026 08:15', '2026-12-06', 'modified'],
    ['Güncellenme Tarihi: 06 Aralık 2026', '2026-12-06', 'modified'],
    ['Dodano: 5 grudnia 2026', '2026-12-05', 'published'],
    ['Data dodania: 05.12.2026', '2026-12-05', 'published'],
  ])('%j', (text, day, role) => {
    const dates = findTextDates(text);
    expect(dates[dates.length - 1]).toMatchObject({ day, role });
  });
});

describe('findTextDates: month names', () => {
  it.each([
    ['5 gru 2026', '2026-12-05'], // pl abbreviations
    ['12 lis 2026', '2026-11-12'],
    ['3 paź 2026', '2026-10-03'],
    ['5 сент. 2026', '2026-09-05'], // ru four-letter abbreviations
    ['5 нояб. 2026', '2026-11-05'],
    ['5 Aralık 2026', '2026-12-05'], // tr, dotless ı
    ['14 Şubat 2026', '2026-02-14'],
    ['19 Mayıs 2026', '2026-05-19'],
    ['30 Ağustos 2026', '2026-08-30'],
    ['1 Eki 2026', '2026-10-01'],
    ['5.dez.2026 às 10h32', '2026-12-05'], // pt-BR, dotted
    ['Bregenz, 15. Jänner 2026', '2026-01-15'], // de-AT: the table is looked up without accents
    ['3. Feber 2026', '2026-02-03'],
    ['05.jan.2027', '2027-01-05'],
  ])('%j', (text, day) => expect(findTextDates(text)[0]?.day).toBe(day));
});

describe('bylineNames: prefixes, joins, roles and desks of other languages', () => {
  it.each([
    ['Tekst: Anna Nowak', ['Anna Nowak']],
    ['Texto: Ana Souza', ['Ana Souza']],
    ['Корреспондент: Иван Петров', ['Иван Петров']],
    ['Yazar: Ayşe Yılmaz', ['Ayşe Yılmaz']],
    ['Muhabir: Ayşe Yılmaz', ['Ayşe Yılmaz']],
    ['Иван Петров и Мария Смирнова', ['Иван Петров', 'Мария Смирнова']],
    ['Ayşe Yılmaz ve Mehmet Demir', ['Ayşe Yılmaz', 'Mehmet Demir']],
    ['Mario Rossi, inviato a Napoli', ['Mario Rossi']],
    ['Mario Rossi, corrispondente da Parigi', ['Mario Rossi']],
    ['Ana Souza, jornalista do Portal', ['Ana Souza']],
    ['Jan Kowalski, dziennikarz Gazety', ['Jan Kowalski']],
    ['Иван Петров, корреспондент газеты', ['Иван Петров']],
    ['Ayşe Yılmaz, Ankara muhabiri', ['Ayşe Yılmaz']],
    ['Door onze verslaggever Jan de Vries', ['Jan de Vries']],
    ['Van onze correspondent Jan de Vries', ['Jan de Vries']],
    ['dal nostro inviato Mario Rossi', ['Mario Rossi']],
    ['Ana Souza, do Rio', ['Ana Souza']],
    ['Por Ana Souza, do Portal Exemplo', ['Ana Souza']],
    ['Текст: Иван Петров, фото: Мария Смирнова', ['Иван Петров']],
    ['Tekst: Jan Kowalski, zdjęcia: Anna Nowak', ['Jan Kowalski']],
  ])('%j → %j', (raw, names) => expect(bylineNames(raw)).toEqual(names));

  it.each([
    ['Testo di Mario Rossi', ['Mario Rossi']],
    ['Servizio di Mario Rossi', ['Mario Rossi']],
    ['Reportagem de Ana Souza', ['Ana Souza']],
  ])('%j → %j: the Romance "text by" words are no part of the name', (raw, names) => expect(bylineNames(raw)).toEqual(names));

  it.each([
    ['Redakcja Portalu'],
    ['Redakcja WP'],
    ['Редакция РБК'],
    ['Redaksjonen Nyheter'],
    ['Haber Merkezi'],
    ['Dış Haberler Servisi'],
    ['編集部'],
    ['社会部'],
    ['取材班'],
    ['共同通信'],
    ['Por Estadão Conteúdo'],
    ['Por Agência Brasil'],
    ['Agencja Przykład'],
    ['Equipe Exemplo'],
    ['Zespół Redakcyjny'],
    ['Отдел Новостей'],
    ['Dış Haberler'],
    ['Nyhetsbyrån TT'],
  ])('%j is a desk or an agency, not a person', (raw) => expect(bylineNames(raw)).toEqual([]));

  it.each([
    ['Todos Os Artigos'],
    ['Alle Artikelen'],
    ['Wszystkie Artykuły'],
    ['Все Статьи'],
    ['Tüm Yazıları'],
    ['Mais Lidas'],
    ['Czytaj Więcej'],
    ['Читать Далее'],
    ['Läs Också'],
  ])('%j is a link of an author box, not a person', (raw) => expect(bylineNames(raw)).toEqual([]));

  it.each([
    ['山田 太郎', 'ja', ['山田 太郎']],
    ['佐々木 健一', 'ja-JP', ['佐々木 健一']],
    ['山田 太郎 記者', 'ja', ['山田 太郎']],
    ['山田太郎 鈴木花子', 'ja', ['山田太郎', '鈴木花子']],
    ['张三 李四', 'zh-CN', ['张三', '李四']],
    ['ワシントン＝山田太郎', 'ja', ['山田太郎']],
  ])('%j on a page in %j → %j', (raw, lang, names) => expect(bylineNames(raw, [], lang)).toEqual(names));

  it('keeps a Dutch surname that is also a word ("van der Meer")', () =>
    expect(bylineNames('Door Jan van der Meer')).toEqual(['Jan van der Meer']));

  it("drops the site's own name after the author's, on the Brazilian portals' \"Por X, Site — Place\"", () => {
    expect(bylineNames('Por Ana Souza, Portal Exemplo — Santos', ['Portal Exemplo'])).toEqual(['Ana Souza']);
  });
});

describe('Japanese titles: the site in fullwidth angle brackets', () => {
  it('drops a known site name in ＜＞ at the end', () => {
    expect(stripSiteName('港の防波堤、全面改修へ＜ニュース例＞', ['ニュース例'])).toBe('港の防波堤、全面改修へ');
  });

  it.each([['港の防波堤、全面改修へ（ニュース例）'], ['港の防波堤、全面改修へ【ニュース例】']])(
    'drops a known site name in fullwidth brackets: %j',
    (title) => {
      expect(stripSiteName(title, ['ニュース例'])).toBe('港の防波堤、全面改修へ');
    },
  );

  it('keeps a bracketed label that is not a known site name (the headline\'s own "＜動画＞")', () => {
    expect(stripSiteName('港の防波堤、全面改修へ＜動画＞', ['ニュース例'])).toBe('港の防波堤、全面改修へ＜動画＞');
  });

  it('reads the headline from an h2 that the bracketed title and og:title agree with', () => {
    const story =
      '<p>' + '市議会は火曜日の夜、老朽化した港の防波堤を今後二年間で全面的に改修する計画を賛成多数で可決した。'.repeat(4) + '</p>';
    const html = `<html lang="ja"><head><title>港の防波堤、全面改修へ＜ニュース例＞</title><meta property="og:site_name" content="ニュース例">
      <meta property="og:title" content="港の防波堤、全面改修へ＜ニュース例＞"></head>
      <body><div class="header"><a href="/">ニュース例</a></div><div class="article"><h2>港の防波堤、全面改修へ</h2>${story}</div></body></html>`;
    expect(extractArticle(html, 'https://www.news-rei.example/news/2026/12/05/1.html')?.title).toBe('港の防波堤、全面改修へ');
  });
});

describe('chrome lines in other languages', () => {
  it.each([
    'Leia também',
    'Veja também:',
    'Czytaj też',
    'Zobacz także',
    'Читайте также',
    'Похожие новости',
    'Läs också',
    'Les også:',
    'İlgili Haberler',
    'Bunlar da ilginizi çekebilir',
    'Potrebbe interessarti',
    'Meer over dit onderwerp',
    '関連記事',
    'あわせて読みたい',
  ])('%j announces related links', (line) => expect(isRelatedLine(line)).toBe(true));

  it.each([
    'Leia também: Patinetes elétricos terão novas regras no centro',
    'Czytaj też: Nowe zasady dla hulajnóg elektrycznych',
    'Читайте также: Для электросамокатов введут новые правила',
    'İlgili Haber: Elektrikli scooterlara yeni kurallar geliyor',
    'Reacties (1)',
    'Komentarze (4)',
    'Комментарии (5)',
    'Yorumlar (2)',
    'Kommentarer',
    '3 件のコメント',
    'コメント（2件）',
    'Meld je aan voor onze nieuwsbrief.',
    'Receba as principais notícias no seu e-mail. Assine a nossa newsletter gratuita.',
    'Zapisz się do naszego newslettera i otrzymuj codziennie najważniejsze wiadomości.',
    'Подпишитесь на нашу рассылку и получайте главные новости каждое утро.',
    'Prenumerera på vårt nyhetsbrev.',
    'Bültenimize abone olun.',
    'ニュースレターに登録すると、毎朝の主要ニュースをメールでお届けします。',
  ])('%j is chrome', (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each([
    'Leia também o relatório completo, publicado pela prefeitura na sexta-feira.',
    'По теме выступления мэр не сказал ни слова.',
    'Polecamy ostrożność na drogach, mówi rzecznik policji.',
    'Kommentarer från invånarna har varit blandade sedan beslutet.',
    'Reacties', // a news story's own section of politicians' reactions
    'Комментарии',
  ])('%j is a sentence of a story', (line) => {
    expect(isRelatedLine(line)).toBe(false);
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it('keeps a section of the story headed by a word that also titles comments, without a count ("Reacties")', () => {
    const story = [
      'De gemeenteraad heeft dinsdagavond besloten de havenmuur de komende twee jaar volledig te vernieuwen, na maanden van discussie.',
      'De kosten worden geschat op twaalf miljoen euro, waarvan de provincie het grootste deel voor haar rekening neemt.',
    ];
    const reaction = 'De oppositie noemde het besluit te laat en vroeg om een onafhankelijk onderzoek naar de staat van de kade.';
    const html = `<html lang="nl"><head><title>Havenmuur</title></head><body><div class="artikel"><h1>Havenmuur wordt vernieuwd</h1>
      ${story.map((s) => `<p>${s}</p>`).join('')}<div class="sectie"><h2>Reacties</h2><p>${reaction}</p></div></div></body></html>`;
    expect(extractArticle(html, 'https://krant.example/nieuws/havenmuur-1')?.text).toContain(reaction);
  });

  it('leaves out a comment section opened by its title, whatever its class says', () => {
    const story = [
      'Pierwsze zdanie artykułu o budowie dróg rowerowych w mieście, które ruszy w marcu.',
      'Drugie zdanie o kosztach inwestycji i terminach, które podał rzecznik urzędu miasta.',
    ];
    const html = `<html lang="pl"><head><title>Drogi rowerowe</title></head><body><div class="artykul"><h1>Drogi rowerowe na północy</h1>
      ${story.map((s) => `<p>${s.repeat(3)}</p>`).join('')}
      <div class="opinie"><h3>Komentarze (4)</h3><div><b>Marek</b><p>Nareszcie, jeżdżę tamtędy codziennie i jest naprawdę niebezpiecznie.</p></div></div></div></body></html>`;
    const text = extractArticle(html, 'https://portal.example/miasto/drogi-rowerowe-1')?.text ?? '';
    expect(text).toContain(story[1]);
    expect(text).not.toContain('Nareszcie');
  });
});

describe('date lines at the top of a story in other languages', () => {
  it.each([
    'Bologna, 5 dicembre 2026 - ore 10:32',
    'Rotterdam, zaterdag 5 december 2026, 08:15 uur',
    'Santos, 5 de dezembro de 2026, às 10h32',
    'Gdańsk, 5 grudnia 2026 r., godz. 10:32',
    'Москва, 5 декабря 2026 г., 10:32',
    'Göteborg, publicerad lördag 5 december 2026 kl. 10.32',
    'Publisert lørdag 5. desember 2026 kl. 10:32',
    'Ankara, 05 Aralık 2026 Cumartesi 10:32',
  ])('%j is a date line', (line) => expect(isDateline(line)).toBe(true));

  it.each(['Bologna, 5 dicembre 2026: il sindaco firma il piano', 'Москва, 5 декабря 2026 года мэр подписал план'])(
    '%j is a sentence',
    (line) => expect(isDateline(line)).toBe(false),
  );
});

describe("blog post lines in other languages: the credit after the date (constructed, WordPress-like themes' wording)", () => {
  const story = (sentence: string): string => `<p>${sentence.repeat(4)}</p><p>${sentence.repeat(3)}</p>`;
  it.each([
    [
      'sv',
      'Publicerad 5 december 2026 av Anna Svensson',
      'Kommunen bygger fyra nya cykelbanor mellan stationen och bostadsområdena i norr. ',
      'Anna Svensson',
    ],
    [
      'nb',
      'Publisert 5. desember 2026 av Ola Nordmann',
      'Kommunen skal bygge fire nye sykkelveier mellom stasjonen og boligområdene. ',
      'Ola Nordmann',
    ],
    [
      'da',
      'Udgivet 5. december 2026 af Hans Hansen',
      'Kommunen bygger fire nye cykelstier mellem stationen og boligområderne mod nord. ',
      'Hans Hansen',
    ],
    [
      'pl',
      'Opublikowano 5 grudnia 2026 przez Jan Kowalski',
      'Władze miasta ogłosiły budowę czterech nowych dróg rowerowych na północy miasta. ',
      'Jan Kowalski',
    ],
    [
      'pl',
      'Dodane przez Jan Kowalski, 5 grudnia 2026',
      'Władze miasta ogłosiły budowę czterech nowych dróg rowerowych na północy miasta. ',
      'Jan Kowalski',
    ],
    [
      'it',
      'Pubblicato il 5 dicembre 2026 da Mario Rossi',
      'La giunta ha approvato il piano per le nuove piste ciclabili nella periferia nord. ',
      'Mario Rossi',
    ],
    [
      'ru',
      'Опубликовано 5 декабря 2026, автор: Иван Петров',
      'Мэрия объявила о строительстве четырёх новых велодорожек на севере города. ',
      'Иван Петров',
    ],
  ])('%s: %j', (lang, line, sentence, author) => {
    const html = `<html lang="${lang}"><head><title>Blog</title></head><body><div class="post"><h1 class="post-title">Nowe drogi rowerowe</h1>
      <p class="post-info">${line}</p>${story(sentence)}</div></body></html>`;
    const article = extractArticle(html, 'https://blog.example/2026/12/post/');
    expect(article?.authors).toEqual([author]);
    expect(article?.byline).toBe(author);
  });
});

describe('comment boxes named in other languages, without a title', () => {
  const sentence = 'Władze miasta ogłosiły budowę czterech nowych dróg rowerowych na północy miasta. ';
  it.each(['komentarze', 'kommentarer', 'kommentarii', 'yorumlar', 'reacties', 'commenti'])(
    'class %j: no commenter as author, no comment in the text',
    (cls) => {
      const html = `<html><head><title>T</title></head><body><div class="main"><div class="art"><h1>Nowe drogi rowerowe w mieście</h1>
      <p>${sentence.repeat(3)}</p><p>${sentence.repeat(2)}</p>
      <div class="${cls}"><div class="item"><span class="author">Marek Nowicki</span><p>Nareszcie, jeżdżę tamtędy codziennie.</p></div></div></div></div></body></html>`;
      const article = extractArticle(html, 'https://news.example/a/1');
      expect(article?.authors).toEqual([]);
      expect(article?.text).not.toContain('Nareszcie');
    },
  );
});

describe('related-story boxes named in other languages, without a title', () => {
  const sentence = 'Władze miasta ogłosiły budowę czterech nowych dróg rowerowych na północy miasta. ';
  it.each([
    'correlati',
    'relacionadas',
    'gerelateerd',
    'polecane',
    'czytaj-tez',
    'leia-tambem',
    'ilgili-haberler',
    'relaterade',
    'po-teme',
  ])("class %j: a teaser's author and date are not the story's", (cls) => {
    const html = `<html><head><title>T</title></head><body><div class="main"><div class="art"><h1>Nowe drogi rowerowe w mieście</h1>
      <p>${sentence.repeat(3)}</p><p>${sentence.repeat(2)}</p>
      <div class="${cls}"><div class="item"><a href="/x">Sztorm uszkodził molo na plaży</a> <span class="author">Marek Nowicki</span> <span class="date">01.12.2026</span></div></div></div></div></body></html>`;
    const article = extractArticle(html, 'https://news.example/a/1', { now: '2026-12-08T00:00:00Z' });
    expect(article?.authors).toEqual([]);
    expect(article?.published_at).toBeNull();
  });
});
