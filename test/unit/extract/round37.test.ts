/**
 * Rules fixed on the thirty-seventh probe round (test/fixtures/probe-pages/dev: education, automotive), constructed here in
 * the shapes those pages showed. Names, places, outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';
import { creditLine } from '../../../src/workers/extract/attribution';

const STORY = [
  'From Monday another hundred and forty teachers in the district will join the strike, closing four schools.',
  'The union said the talks had broken down over pay and the right to negotiate working hours locally.',
  'Parents were told on Thursday evening that the schools would stay closed until further notice.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

function page(authors: string[], box: string): string {
  const ld = JSON.stringify({
    '@type': 'NewsArticle',
    headline: 'Strike spreads',
    author: authors.map((name) => ({ '@type': 'Person', name })),
  });
  const metas = `<script type="application/ld+json">${ld}</script>`;
  return `<!doctype html><html lang="nb"><head><title>Strike spreads</title>${metas}</head><body><article><h1>Strike spreads</h1><div class="article-byline">${box}</div><div class="body">${STORY}</div></article></body></html>`;
}
const authors = (html: string) => extractArticle(html, 'https://lokalavis.example/nyheter/streik')?.authors ?? [];

describe("a writer's name linked to their address", () => {
  const person = (name: string, mail: string, role: string) =>
    `<div class="article-byline__person"><a class="article-byline__name" href="mailto:${mail}">${name}</a><span class="article-byline__role">${role}</span></div>`;

  it('is read as the byline, so the photographer beside it (and among the JSON-LD authors) is no writer', () =>
    expect(
      authors(
        page(
          ['Sindre Holmøy', 'Ingrid Sæther'],
          person('Sindre Holmøy', 's@lokalavis.example', 'Journalist') + person('Ingrid Sæther', 'i@lokalavis.example', 'Fotograf'),
        ),
      ),
    ).toEqual(['Sindre Holmøy']));

  it('but a mail link that says "E-Mail" or prints the address is a control, not a name', () =>
    expect(
      authors(page([], '<a href="mailto:desk@lokalavis.example">E-Mail an die Redaktion</a> <a href="mailto:x@y.example">x@y.example</a>')),
    ).toEqual([]));
});

describe('a structured name in short form', () => {
  it('gives way to the printed full form ("Magda X" in the JSON-LD, "Magdalena X" printed)', () => {
    const ld = JSON.stringify({ '@type': 'Article', headline: 'Strike spreads', author: { '@type': 'Person', name: 'Magda Wrzosek' } });
    const html = `<!doctype html><html lang="pl"><head><title>Strike spreads</title><script type="application/ld+json">${ld}</script></head><body><article><h1>Strike spreads</h1><p class="author">Magdalena Wrzosek</p>${STORY}</article></body></html>`;
    expect(extractArticle(html, 'https://auto.example/test/1')?.authors).toEqual(['Magdalena Wrzosek']);
  });
});

describe('a data source named as a sample or a state of the data', () => {
  it('"Quelle: KBD-Stichprobe, Stand Dezember" credits no outlet', () => {
    const credit = creditLine('Quelle: KBD-Stichprobe, Stand Dezember');
    const html = `<!doctype html><html lang="de"><head><title>Strom teurer</title></head><body><article><h1>Strom teurer</h1>${STORY}<p>Quelle: KBD-Stichprobe, Stand Dezember</p></article></body></html>`;
    expect(credit?.sourceLabel).toBe(true);
    expect(extractArticle(html, 'https://auto.example/ratgeber/1')?.original_source).toBeNull();
  });
});
