/** The conformance script's page perturbations (scripts/lib/perturb.ts): each takes away exactly its kind of signal. */
import { perturb } from '../../../scripts/lib/perturb';

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
});
