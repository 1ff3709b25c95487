/**
 * Excerpts and bodies without page chrome: the <time> element, a dateline line and the lead figure at
 * the top of the story are left out of text, excerpt and content_html; dates and figures further down
 * stay. The pages are shaped after common templates (a Ghost-like blog post, a WordPress entry with the
 * date inside the first paragraph, a German news page with a "Berlin, 04.12.2026" line); written for
 * these tests.
 */
import { explainExtraction, extractArticle } from '../../../src/workers/extract';
import { isDateline } from '../../../src/workers/extract/lead';

const FISH =
  "The city's fish market reopened on Friday after three weeks of repairs to the hall, and traders said the first morning was the busiest in a year.";
const MORE = [
  'Stallholders had moved to a car park during the works, where customers found it hard to reach them, and several said they had lost half their takings.',
  'The council said the new roof and drains cost about 1.8 million euros, most of it from a regional fund set up after the spring floods.',
  'The market will keep its Saturday hours, and a second hall for smokehouses is planned for next year, pending a vote on the budget.',
];
const paragraphs = MORE.map((p) => `<p>${p}</p>`).join('\n');

const ghostPost = `<!DOCTYPE html><html lang="en"><head><title>Fish market reopens</title>
<meta property="og:image" content="https://blog.example/content/images/market-hall.jpg"></head>
<body><div class="site-wrapper"><main id="site-main">
<article class="article post">
  <div class="article-info"><time class="article-date" datetime="2026-12-04">2026-12-04</time></div>
  <figure class="article-image"><img src="/content/images/market-hall.jpg" alt="The hall"><figcaption>The renovated hall on Friday.</figcaption></figure>
  <section class="gh-content">
    <p>${FISH}</p>
    ${paragraphs}
    <figure class="kg-image-card"><img src="/content/images/smokehouse.jpg" alt=""><figcaption>The old smokehouse.</figcaption></figure>
    <p>The vote on the second hall is set for <time datetime="2026-12-18">18 December</time>, the council said in a statement on Thursday evening.</p>
  </section>
</article></main></div></body></html>`;

const inlineTime = `<html><head><title>Market</title></head><body><div id="content"><div class="entry">
<p><time datetime="2026-12-04T08:00:00Z">2026-12-04</time> ${FISH}</p>
${paragraphs}
</div></div></body></html>`;

const germanPage = `<html lang="de"><head><title>Fischmarkt</title></head><body><div class="article-body">
<p class="location">Hamburg, 04.12.2026, 10:15 Uhr</p>
<p>Der Fischmarkt der Stadt hat am Freitag nach drei Wochen Bauarbeiten wieder geöffnet, und die Händler sprachen vom besten Morgen seit einem Jahr.</p>
<p>Während der Arbeiten waren die Stände auf einen Parkplatz ausgewichen, wo die Kundschaft sie kaum fand; mehrere Händler sagen, sie hätten die Hälfte ihres Umsatzes verloren.</p>
<p>Das neue Dach und die Abflüsse kosteten nach Angaben der Stadt etwa 1,8 Millionen Euro, den größten Teil zahlte ein regionaler Fonds nach dem Hochwasser im Frühjahr.</p>
<p>Am 18.12.2026 stimmt der Rat über eine zweite Halle für Räuchereien ab.</p>
</div></body></html>`;

describe('the top of the story without chrome', () => {
  it('leaves the <time> element and the lead figure out of text, excerpt and HTML; the lead image keeps its own field', () => {
    const a = extractArticle(ghostPost, 'https://blog.example/fish-market/')!;
    expect(a.text.startsWith(FISH)).toBe(true);
    expect(a.excerpt.startsWith("The city's fish market")).toBe(true);
    expect(a.content_html).not.toContain('2026-12-04');
    expect(a.content_html).not.toContain('market-hall.jpg');
    expect(a.content_html.startsWith('<p>')).toBe(true);
    expect(a.lead_image?.url).toBe('https://blog.example/content/images/market-hall.jpg');
  });

  it('keeps figures and dates further down the story', () => {
    const a = extractArticle(ghostPost, 'https://blog.example/fish-market/')!;
    expect(a.content_html).toContain('smokehouse.jpg');
    expect(a.text).toContain('set for 18 December, the council said');
  });

  it('drops a <time> that opens the first paragraph, and the excerpt starts with the story', () => {
    const a = extractArticle(inlineTime, 'https://x.example/market')!;
    expect(a.excerpt).toBe(FISH);
    expect(a.content_html).not.toContain('2026-12-04');
  });

  it('drops a dateline line at the top, not a dated sentence further down', () => {
    const a = extractArticle(germanPage, 'https://x.example/fischmarkt')!;
    expect(a.text.startsWith('Der Fischmarkt der Stadt')).toBe(true);
    expect(a.content_html).not.toContain('10:15 Uhr');
    expect(a.text).toContain('Am 18.12.2026 stimmt der Rat');
  });

  it('reports which body was used', () => {
    expect(explainExtraction(germanPage, 'https://x.example/fischmarkt')).toMatchObject({ reason: null, body_source: 'own' });
  });
});

describe('the kicker and the byline line at the top (constructed on a German news page shape)', () => {
  const page = (top: string, lead = '') =>
    `<html lang="de"><head><title>Fischmarkt öffnet wieder | Zeitung</title></head><body><main><div class="article">${top}<div class="article-text">${lead}<p>${FISH}</p>${paragraphs}</div></div></main></body></html>`;

  it('leaves a kicker element and a byline paragraph out of the text; the byline keeps its own field', () => {
    const a = extractArticle(
      page(
        '<span class="kicker">Kiel</span><h1>Fischmarkt öffnet wieder</h1><p class="article-author">Von <a href="/autor/anna">Anna Dunst</a>, Kiel</p>',
      ),
      'https://www.zeitung.example/kiel/fischmarkt',
    );
    expect(a?.byline).toBe('Anna Dunst');
    expect(a?.text.startsWith(FISH)).toBe(true);
    expect(a?.content_html).not.toContain('Anna Dunst');
  });

  // Credit lines that name a desk, an agency or the staff (constructed: the shapes German, French, Spanish and English
  // news pages print above the story when no reporter is named).
  it.each([
    'Von dpa',
    'Von Redaktion Kieler Zeitung',
    'Von Lokalredaktion',
    'Par La Rédaction',
    'Por Redacción',
    'By Staff Reporter',
    'By The Associated Press',
  ])('leaves the credit line "%s" out of the text, and gives no byline', (line) => {
    const a = extractArticle(page('<h1>Fischmarkt öffnet wieder</h1>', `<p>${line}</p>`), 'https://www.zeitung.example/kiel/fischmarkt');
    expect(a?.byline).toBeNull();
    expect(a?.text.startsWith(FISH)).toBe(true);
  });

  // An agency named in such a line is the story's original outlet, wherever the template prints the line (in the story's
  // container or in the header above it).
  it.each([
    ['Von dpa', 'dpa'],
    ['By The Associated Press', 'Associated Press'],
    ['Por Redacción / EFE', 'EFE'],
    ['By Reuters Staff', 'Reuters'],
  ])('credits the agency of "%s" as the original outlet', (line, outlet) => {
    const inBody = extractArticle(
      page('<h1>Fischmarkt öffnet wieder</h1>', `<p>${line}</p>`),
      'https://www.zeitung.example/kiel/fischmarkt',
    );
    const inHeader = extractArticle(page(`<h1>Fischmarkt öffnet wieder</h1><p>${line}</p>`), 'https://www.zeitung.example/kiel/fischmarkt');
    expect(inBody?.original_source?.canonical_name).toBe(outlet);
    expect(inHeader?.original_source?.canonical_name).toBe(outlet);
  });

  it('keeps a short first sentence that opens with "By"', () => {
    const line = 'By Tuesday, the traders were back.';
    const a = extractArticle(page('<h1>Fischmarkt öffnet wieder</h1>', `<p>${line}</p>`), 'https://www.zeitung.example/kiel/fischmarkt');
    expect(a?.text.startsWith(line)).toBe(true);
  });

  it('reads the name after a role in a credit line ("Von KN-Redakteurin Anna Dunst"), and leaves the line out of the text', () => {
    const a = extractArticle(
      page('<h1>Fischmarkt öffnet wieder</h1>', '<p>Von KN-Redakteurin Anna Dunst</p>'),
      'https://www.zeitung.example/kiel/fischmarkt',
    );
    expect(a?.authors).toEqual(['Anna Dunst']);
    expect(a?.text.startsWith(FISH)).toBe(true);
  });

  it('leaves out a post line whose credit follows its date ("Publié le … par X"); the byline keeps its own field', () => {
    const a = extractArticle(
      page('<h1>Le marché aux poissons rouvre</h1>', '<p>Publié le 4 décembre 2026 à 10h15 par Jean Dupont</p>'),
      'https://www.journal.example/2026/12/04/marche',
    );
    expect(a?.byline).toBe('Jean Dupont');
    expect(a?.text.startsWith(FISH)).toBe(true);
  });

  it('leaves a kicker printed as a lone link above the headline out of text and excerpt (constructed: an Italian news page shape)', () => {
    const html = `<html lang="it"><head><title>Mercato del pesce riapre | Giornale</title></head><body><main><article><p><a href="/kiel">Kiel</a></p><h1>Fischmarkt öffnet wieder</h1><p>${FISH}</p>${paragraphs}</article></main></body></html>`;
    const a = extractArticle(html, 'https://www.zeitung.example/kiel/fischmarkt');
    expect(a?.text.startsWith(FISH)).toBe(true);
    expect(a?.excerpt?.startsWith('Kiel')).toBe(false);
  });

  const STANDFIRST = 'Nach drei Wochen Bauzeit ist die Halle wieder offen.';

  it.each([
    '<p>05/12/2026 10h32 · Atualizado há 2 horas</p>',
    '<p>Publié le 05/12/2026 à 08h12, mis à jour à 11h40</p>',
    '<p>vor 3 Stunden</p>',
  ])('leaves a date line below the standfirst out of the text: %s (constructed: Portuguese, French and German page shapes)', (line) => {
    const a = extractArticle(
      page('<h1>Fischmarkt öffnet wieder</h1>', `<p>${STANDFIRST}</p>${line}`),
      'https://www.zeitung.example/kiel/fischmarkt',
    );
    expect(a?.text.startsWith(`${STANDFIRST}\n\n${FISH}`)).toBe(true);
  });

  it('leaves a signature line "Site avec AFP" and its date line out of the text, and credits the agency (constructed: a French regional site)', () => {
    const a = extractArticle(
      page(
        '<h1>Le marché aux poissons rouvre</h1>',
        `<p>${STANDFIRST}</p><p>Ouest-Info avec AFP<br>Publié le 05/12/2026 à 08h12, mis à jour à 11h40</p>`,
      ),
      'https://www.ouest-info.example/2026/12/05/marche',
    );
    expect(a?.original_source?.canonical_name).toBe('AFP');
    expect(a?.text.startsWith(`${STANDFIRST}\n\n${FISH}`)).toBe(true);
  });

  it('reads the source of a Chinese date line before leaving the line out (constructed: a portal republishing Xinhua)', () => {
    const a = extractArticle(
      page('<h1>鱼市重新开放</h1>', '<div>来源：新华网 2026-12-05</div>'),
      'https://news.portal.example/2026/1205/1.html',
    );
    expect(a?.original_source?.canonical_name).toBe('Xinhua');
    expect(a?.text.startsWith(FISH)).toBe(true);
  });

  it('reads the author after the date of a meta line ("5 декабря 2026, 10:32 · Автор: Иван Петров") and leaves the line out (constructed: a Russian news page)', () => {
    const a = extractArticle(
      page('<h1>Рыбный рынок снова открыт</h1>', '<p>5 декабря 2026, 10:32 · Автор: Иван Петров</p>'),
      'https://news.example.ru/2026/12/05/rynok',
    );
    expect(a?.authors).toEqual(['Иван Петров']);
    expect(a?.text.startsWith(FISH)).toBe(true);
  });

  it('keeps a paragraph that names the author in a sentence', () => {
    const line = 'Anna Dunst hat den Markt am Freitag besucht.';
    const a = extractArticle(
      page('<h1>Fischmarkt öffnet wieder</h1><p class="article-author">Von Anna Dunst</p>', `<p>${line}</p>`),
      'https://www.zeitung.example/kiel/fischmarkt',
    );
    expect(a?.byline).toBe('Anna Dunst');
    expect(a?.text).toContain(line);
  });
});

describe('the lead image is never the site logo (constructed on WordPress and readability/google-sre-book shapes)', () => {
  const story = `<p>${FISH}</p>${paragraphs}`;
  it.each([
    ['a logo class', '<div class="site-logotype"><img src="/uploads/brand.png" alt="Market News"></div>'],
    ['a link home', '<a href="/"><img src="/graphics/top.png" alt="Market News"></a>'],
    ['a link to the site root', '<a href="https://news.example/"><img src="/graphics/top.png" alt="Market News"></a>'],
    ['"logo" in its address', '<img src="/img/logo-2x.png" alt="">'],
  ])('skips %s and takes the story picture', (_kind, logo) => {
    const html = `<html><body><div id="box">${logo}<div class="story"><h1>Fish market reopens</h1><img src="/photos/hall.jpg" alt="The hall">${story}</div></div></body></html>`;
    const a = extractArticle(html, 'https://news.example/2026/12/fish-market');
    expect(a?.lead_image?.url).toBe('https://news.example/photos/hall.jpg');
  });
});

describe('isDateline', () => {
  it.each([
    ['Hamburg, 04.12.2026, 10:15 Uhr', true],
    ['2026-12-04', true],
    ['Published on December 4, 2026 at 8:00 am', true],
    ['PARIS, le 4 décembre 2026 à 10h15', true],
    ['Actualizado el 4 de diciembre de 2026', true],
    ['Updated 3 hours ago', true],
    ['By Anna Dunst · 4 Dec 2026', false],
    ['Am 18.12.2026 stimmt der Rat über eine zweite Halle ab.', false],
    ['The market opened in 1896.', false],
    // Chinese, Japanese and Korean date lines with a source (constructed on Sina, Asahi and Yonhap shapes)
    ['2026年12月05日 10:30新浪新闻', true],
    ['来源：新华网 2026-12-05', true],
    ['2026年12月5日 15時30分 配信', true],
    ['입력 2026.12.05 10:30', true],
    ['2026年，市议会决定重建港口围墙和码头设施', false],
    // A press release's date line (constructed on German public bodies' shapes)
    ['Pressemitteilung vom 04.12.2026', true],
    ['Datum: 04.12.2026', true],
    // Relative times (constructed on Portuguese, German and Italian shapes)
    ['05/12/2026 10h32 · Atualizado há 2 horas', true],
    ['vor 3 Stunden', true],
    ['2 ore fa', true],
    ['Vor 3 Stunden hat der Rat entschieden, den Markt zu schließen.', false],
  ])('%s → %s', (line, expected) => expect(isDateline(line)).toBe(expected));
});
