/** The conformance script's page perturbations (scripts/lib/perturb.ts): each takes away exactly its kind of signal. */
import { parsePerturbations, perturb } from '../../../scripts/lib/perturb';

const PAGE = `<!doctype html><html><head><title>Harbour wall</title><meta name="author" content="Anna Dunst"><meta property="og:title" content="Harbour wall">
<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Anna Dunst"}}</script><script>var x = 1;</script></head>
<body><article class="story main" id="top" itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Harbour wall</h1>
<a rel="author nofollow" class="byline" href="/anna">Anna Dunst</a><p class="story">Text.</p></article></body></html>`;

describe('perturb', () => {
  it('no-structured drops JSON-LD, meta tags, microdata and rel=author, and keeps what a reader sees', () => {
    const out = perturb(PAGE, 'no-structured');
    expect(out).not.toMatch(/ld\+json|<meta|itemprop|itemscope|itemtype|rel="author/);
    expect(out).toContain('rel="nofollow"');
    expect(out).toContain('<title>Harbour wall</title>');
    expect(out).toContain('var x = 1;');
    expect(out).toContain('class="byline"');
    expect(out).toContain('>Anna Dunst</a>');
  });

  it('hashed-classes turns every class and id into a token, equal values into equal tokens', () => {
    const out = perturb(PAGE, 'hashed-classes');
    expect(out).not.toMatch(/class="[^"]*(?:story|main|byline)|id="top"/);
    const classes = [...out.matchAll(/class="([^"]*)"/g)].map((m) => m[1]!.split(' '));
    expect(classes.flat().every((c) => /^css-[0-9a-f]{6}$/.test(c))).toBe(true);
    // "story" on the <article> and on the <p> hash to the same token
    expect(classes[0]![0]).toBe(classes[2]![0]);
    expect(out).toContain('itemprop="headline"');
  });

  const SEMANTIC = `<!doctype html><html><head><title>Harbour wall</title></head><body>
<header class="site-head"><nav id="menu"><a href="/">Home</a></nav></header>
<main><article class="story" data-id="7"><hgroup><h1>Harbour wall</h1><p>Kicker</p></hgroup>
<time class="published" datetime="2024-03-01T10:00:00Z" title="1 March">1 March 2024</time>
<section><p>Text.</p><figure id="f1"><img src="a.jpg" alt="Wall"><figcaption class="caption">The wall.</figcaption></figure></section>
<aside class="related"><a href="/b">Other</a></aside></article></main><footer>Footer</footer></body></html>`;

  it('no-semantic turns sectioning elements into divs and <time> into a span without datetime, and keeps the rest', () => {
    const out = perturb(SEMANTIC, 'no-semantic');
    expect(out).not.toMatch(/<\/?(?:article|main|header|footer|nav|aside|section|figure|figcaption|hgroup|time)\b/);
    expect(out).not.toContain('datetime');
    expect(out).toContain('<span class="published" title="1 March">1 March 2024</span>');
    expect(out).toContain('<div class="story" data-id="7">');
    expect(out).toContain('<div id="menu">');
    expect(out).toContain('<div class="caption">The wall.</div>');
    // the tree is unchanged otherwise: the same elements, text and attributes, in the same order
    const shape = (html: string) =>
      html
        .replace(/<(\/?)(?:article|main|header|footer|nav|aside|section|figure|figcaption|hgroup)\b/g, '<$1div')
        .replace(/<(\/?)time\b/g, '<$1span')
        .replace(/ datetime="[^"]*"/g, '');
    expect(out).toBe(shape(perturb(SEMANTIC, [])));
    expect(out).toContain('<h1>Harbour wall</h1>');
    expect(out).toContain('<img src="a.jpg" alt="Wall">');
  });

  it('kinds combine in order, and an unknown kind is named in the error', () => {
    const both = perturb(SEMANTIC, ['hashed-classes', 'no-semantic']);
    expect(both).not.toMatch(/<article|class="story"|<time/);
    expect(both).toMatch(/<div class="css-[0-9a-f]{6}" data-id="7">/);
    expect(parsePerturbations('hashed-classes,no-semantic')).toEqual(['hashed-classes', 'no-semantic']);
    expect(parsePerturbations('no-structured')).toEqual(['no-structured']);
    expect(parsePerturbations('hashed-classes,no-semantics')).toEqual({
      error: expect.stringMatching(/unknown kind "no-semantics".*no-structured, hashed-classes, no-semantic/),
    });
  });
});
