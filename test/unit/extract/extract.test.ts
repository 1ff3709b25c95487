/** extractArticle's contract: null without an article, hints as fallback, per-source overrides, normalization. */
import { extractArticle } from '../../../src/workers/extract';

const prose = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1}: the regional water board approved the new rates after a long hearing, and officials said the increase would pay for pipe repairs, meters, and a new treatment plant.</p>`,
  ).join('');

describe('no article → null', () => {
  it.each([
    ['an empty page', ''],
    [
      'a page without body text',
      '<html><head><title>Home</title></head><body><nav><a href="/a">A</a><a href="/b">B</a></nav></body></html>',
    ],
    [
      'a link index',
      `<html><body><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/s${i}">Story number ${i} about the city council and its budget</a></li>`).join('')}</ul></body></html>`,
    ],
    ['a one-line teaser', '<html><body><p>Short teaser.</p></body></html>'],
  ])('%s', (_name, html) => expect(extractArticle(html, 'https://x.example/')).toBeNull());
});

describe('hints fallback', () => {
  const bare = `<html><body><div>${prose(3)}</div></body></html>`;

  it('takes title, date (its offset kept), authors and source from the feed entry when the page says nothing', () => {
    const a = extractArticle(bare, 'https://x.example/s', {
      hints: {
        title: 'Water rates rise',
        published_at: '2024-05-01T08:00:00+02:00',
        authors: ['Ana Ruiz'],
        source: { name: 'Reuters', url: null },
      },
    })!;
    expect(a).toMatchObject({
      title: 'Water rates rise',
      published_at: '2024-05-01T08:00:00.000+02:00',
      byline: 'Ana Ruiz',
      authors: ['Ana Ruiz'],
    });
    expect(a.original_source).toEqual({ name: 'Reuters', url: null, canonical_name: 'Reuters' });
    expect(a.attribution_evidence).toEqual(['feed-source']);
  });

  it('prefers what the page says over the hints', () => {
    const page = `<html><head><meta property="og:title" content="Rates go up"><meta property="article:published_time" content="2024-05-02T10:00:00Z"></head><body><article><h1>Rates go up</h1>${prose(3)}</article></body></html>`;
    const a = extractArticle(page, 'https://x.example/s', { hints: { title: 'Water rates rise', published_at: '2024-05-01T08:00:00Z' } })!;
    expect(a.title).toBe('Rates go up');
    expect(a.published_at).toBe('2024-05-02T10:00:00.000Z');
  });

  it('does not report the feed source when it is the site itself', () => {
    const page = `<html><head><meta property="og:site_name" content="Reuters"></head><body><article>${prose(3)}</article></body></html>`;
    expect(
      extractArticle(page, 'https://www.reuters.com/a', { hints: { source: { name: 'Reuters', url: 'https://www.reuters.com' } } })!
        .original_source,
    ).toBeNull();
  });
});

describe('per-source overrides', () => {
  const page = `<html><body><div class="teasers">${prose(6)}</div><div class="the-story"><p class="kicker">Kicker line to remove</p>${prose(2)}</div></body></html>`;

  it('options.body picks the container, options.remove drops nodes', () => {
    const a = extractArticle(page, 'https://x.example/s', { body: '.the-story', remove: ['.kicker'] })!;
    expect(a.text.split('\n\n')).toHaveLength(2);
    expect(a.text).not.toContain('Kicker');
  });

  it('an invalid selector is ignored rather than thrown', () => {
    expect(extractArticle(page, 'https://x.example/s', { body: '[[[' })).not.toBeNull();
  });
});

describe('normalization', () => {
  it('NFC text, collapsed whitespace, absolute URLs without tracking, excerpt and word count', () => {
    const page = `<html><body><article><p>Cafe\u0301   opened\u00a0on   Main Street, and the owners said business was brisk from the first morning. It stayed busy all week.</p><p>See <a href="/menu?utm_source=tw&amp;day=mon">the menu</a>, which changes daily, and the reviews, which are mixed but mostly kind to the pastries.</p></article></body></html>`;
    const a = extractArticle(page, 'https://x.example/news/cafe')!;
    expect(a.text.startsWith('Café opened on Main Street, and')).toBe(true);
    expect(a.text.normalize('NFC')).toBe(a.text);
    expect(a.content_html).toContain('href="https://x.example/menu?day=mon"');
    expect(a.excerpt).toBe(
      'Café opened on Main Street, and the owners said business was brisk from the first morning. It stayed busy all week.',
    );
    expect(a.word_count).toBe(a.text.split(/\s+/).length);
  });
});

describe('a sibling block of the story with a fifth of its words linked is more story', () => {
  // Shaped after a review page (Engadget): the text comes in several "article-text" blocks side by side,
  // the later ones linking product names, prices and earlier reviews; a teaser box sits between them.
  const linked = (i: number): string =>
    `<p>Part ${i}: the new <a href="/p${i}">Xbox console</a> runs most games at a higher resolution, and loading is quicker; the <a href="/r${i}">older model</a> still costs less.</p>`;
  const page = `<html><body><div class="page">
    <div class="article-text">${prose(4)}</div>
    <div class="box"><p>Other reviews this week: phones, cameras, laptops, and more from our team of editors and critics.</p><p>Prices were checked on the day of publication and may have changed since then in the shops.</p></div>
    <div class="article-text">${[1, 2, 3].map(linked).join('')}</div>
  </div></body></html>`;

  it('keeps the linked block', () => {
    const a = extractArticle(page, 'https://x.example/review')!;
    expect(a.text).toContain('Paragraph 4');
    expect(a.text).toContain('Part 3: the new Xbox console runs');
  });
});

describe('a row of sibling <article> teasers is a list, not the story', () => {
  // Shaped after a WordPress blog post (mensagensreflexao.com.br, scrapinghub corpus): the post is one
  // <article>; after it a "You may like..." <article> holds six sibling <article> teasers, each an image,
  // share links and a long excerpt, which together outweigh the post.
  const teaser = (i: number): string =>
    `<article class="postbox post-${i}"><a name="${i}"></a><img src="/t${i}.jpg"><div><a href="/share?${i}">Share</a> <a href="/pin?${i}">Pin</a></div>
    <p>Teaser ${i}: life asks of us optimism and courage, to hope for the best, to make the best happen, to get up again after a fall, to keep the enthusiasm, the hope, and the faith that good is close by, waiting ahead for those who…</p></article>`;
  const page = `<html><body><div id="primary">
    <article class="articlebox"><h1>Only who loves oneself</h1><p>Living a true experience of love is one of the greatest pleasures of life. To like is to feel with the soul, but to express feelings depends on the ideas of each one. We tie love to our needs, and so we end it.</p><p>We live a life trying to make others responsible for our needs, while we abandon ourselves. We want to be loved, and we do not love ourselves; we want to be understood, and we do not understand ourselves.</p><p>When we abandon ourselves, we look for someone to fill the hole we dug. The dissatisfaction, the inner emptiness, turn into a constant search for new relationships, whose frustrating results will repeat. Each one is the only one responsible for their own needs.</p></article>
    <article class="postbox"><h3>You may like...</h3>${[1, 2, 3, 4, 5, 6].map(teaser).join('')}</article>
  </div></body></html>`;

  it('keeps the post and drops the teasers', () => {
    const a = extractArticle(page, 'https://x.example/post')!;
    expect(a.text).toContain('one of the greatest pleasures of life');
    expect(a.text).toContain('we do not understand ourselves');
    expect(a.text).not.toContain('Teaser');
  });
});

describe('a standfirst beside the story does not widen the container to their ancestor', () => {
  // Shaped after a Sputnik column (scrapinghub corpus): the standfirst sits in its own block
  // (div.b-article__lead) before the article text (div.b-article__text); both are strong candidates,
  // but the standfirst is a few lines against the story's many paragraphs, and the marked article body is whole.
  const page = `<html><body><div class="b-article">
    <div class="b-article__refs">Columnists <a href="/authors/f">Finian Cunningham</a></div>
    <div itemprop="description" class="b-article__lead"><p>What was this royal thinking of, when he granted a high-profile interview, on a Saturday, to clear his name, with his aides, from an old association?</p></div>
    <div itemprop="articleBody" class="b-article__text">${prose(14)}</div>
  </div></body></html>`;

  it('keeps the story text and its standfirst, not the columnist line beside them', () => {
    const a = extractArticle(page, 'https://x.example/column')!;
    expect(a.text).toContain('Paragraph 14');
    // the lead in a field of its own before the marked body is the story's standfirst (content.ts isStandfirst)
    expect(a.text.startsWith('What was this royal thinking of')).toBe(true);
    expect(a.text).not.toContain('Columnists');
  });
});

describe('list items are not paragraphs: a reference list does not outscore the story table', () => {
  // Shaped after a Wikipedia list article ("List of films featuring time loops", Readability's test
  // pages): a lead, a table whose cells describe each film, then a long references list whose items
  // cite sources with commas; each item's points went straight to the <ol>, the cells' were split over tr/tbody/table.
  // The table has a caption outside its body: the chosen tbody is climbed to its table, so the lead joins as a sibling.
  const row = (i: number): string =>
    `<tr><td>Film ${i}</td><td>19${50 + i}</td><td>Row ${i}: a man relives the same winter day, again and again, until he learns to be kind to the people of the small town where he is stuck.</td></tr>`;
  const ref = (i: number): string =>
    `<li id="cite_note-${i}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i}">^</a></b></span> <span class="reference-text"><cite class="citation web"><a href="https://news.example/${i}">"Review of the film number ${i}"</a>. <i><a href="/wiki/Paper">The Daily Paper</a></i>. August 9, 2017. Archived from the original on 3 March 2018. Retrieved 27 January 2020.</cite></span></li>`;
  const page = `<html><body><div class="mw-parser-output">
    <p>This is a list of films in which characters experience a time loop, repeating the same period of time, often a single day, over and over.</p>
    <table class="wikitable"><caption>Films with time loops</caption><tbody><tr><th>Film</th><th>Year</th><th>Description</th></tr>${Array.from({ length: 20 }, (_, i) => row(i + 1)).join('')}</tbody></table>
    <h2>References</h2>
    <div class="reflist"><ol class="references">${Array.from({ length: 40 }, (_, i) => ref(i + 1)).join('')}</ol></div>
  </div></body></html>`;

  it('keeps the table of films', () => {
    const a = extractArticle(page, 'https://x.example/wiki/List_of_films')!;
    expect(a.text).toContain('This is a list of films');
    expect(a.text).toContain('Row 1: a man relives');
    expect(a.text).toContain('Row 20: a man relives');
  });
});

describe('the container is not widened to a parent that adds text of its own', () => {
  // Shaped after a Wall Street Journal snippet page (scrapinghub corpus): the story's paragraphs sit in
  // div.wsj-snippet-body, next to a paywall box ("To Read the Full Story", Subscribe, Sign In) that adds
  // only a few per cent of text to their parent, so the old climb took the box in.
  const page = `<html><body><div class="module"><div class="snippet">
    <div class="clearfix byline-wrap"><div class="byline">By <span class="name">Sarah E. Needleman</span></div></div>
    <div class="wsj-snippet-body">${prose(4)}</div>
    <div class="wsj-snippet-login"><span class="snippet-label">To Read the Full Story</span>
      <div class="snippet-actions"><a class="snippet-button" href="https://subscribe.example/">Subscribe</a> <a class="snippet-button" href="https://accounts.example/login">Sign In</a></div></div>
  </div></div></body></html>`;

  it('keeps the story and leaves the paywall box out', () => {
    const a = extractArticle(page, 'https://x.example/articles/gaming')!;
    expect(a.text).toContain('Paragraph 4');
    expect(a.text).not.toContain('To Read the Full Story');
  });
});

describe('a span is words of its parent, not a paragraph of its own', () => {
  // Shaped after a news home-page rail (Yahoo's "yom-remote" lists in Readability's test pages): each item
  // is a linked headline and a summary in a <span>; counted as paragraphs, the spans' points went to
  // their items and list, and a long rail outscored a story of a few paragraphs.
  const item = (i: number): string =>
    `<li><a href="/s${i}"><span class="title">Story ${i} in the rail</span></a> <span class="summary">Summary ${i}: officials, residents, and business owners met on Tuesday, and the talks went on into the night.</span></li>`;
  const page = `<html><body>
    <div class="col"><div class="story">${prose(4)}</div></div>
    <div class="col"><div class="list"><ul>${Array.from({ length: 30 }, (_, i) => item(i + 1)).join('')}</ul></div></div>
  </body></html>`;

  it('keeps the story, not the rail', () => {
    const a = extractArticle(page, 'https://x.example/story')!;
    expect(a.text).toContain('Paragraph 4');
    expect(a.text).not.toContain('Summary 1:');
  });
});

describe('a first paragraph that repeats the headline is the headline', () => {
  // Shaped after a Brazilian city-hall news page (scrapinghub corpus): the title is a <p class="titulo">
  // inside the story's column, followed by a date line and the text.
  const page = `<html><head><title>Atendimento Domiciliar registra arrombamento em veículos</title></head><body>
    <div class="col-md-9"><p class="titulo">Atendimento Domiciliar registra arrombamento em veículos</p>
    <small>05/10/2018</small>${prose(4)}</div></body></html>`;

  it('leaves the repeated headline out of the text', () => {
    const a = extractArticle(page, 'https://x.example/noticia')!;
    expect(a.title).toBe('Atendimento Domiciliar registra arrombamento em veículos');
    expect(a.text).not.toContain('Atendimento Domiciliar');
    expect(a.text).toContain('Paragraph 1:');
  });
});
