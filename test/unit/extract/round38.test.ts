/**
 * Rules fixed on the thirty-eighth probe round (test/fixtures/probe-pages/dev: trade press), constructed here in the
 * shapes those pages showed. Names, places, outlets and stories are made up.
 */
import { extractArticle } from '../../../src/workers/extract';

const STORY = [
  'Delivery costs in the largest cities rose by nine per cent last year, the association said in its annual report.',
  'Low-emission zones, wages and the lack of urban warehouse space were named as the main reasons for the increase.',
  'Smaller carriers said they had passed most of the increase on to their customers in the second half of the year.',
  'On 3 March the association will present the report to the transport committee of the regional parliament.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

/** An old table layout: headline, a long standfirst, a byline box of two lines and, beside it, the date line. */
function page(dateLine: string): string {
  const lead =
    'Low-emission zones, wages and the scarcity of urban land make the last mile more expensive, according to the latest report of the association’s cost observatory';
  return `<!doctype html><html lang="es"><head><title>Last-mile costs rise 9% in the big cities</title></head><body><table><tr><td>
<h1>Last-mile costs rise 9% in the big cities</h1>
<p class="subtitle"><i>${lead}</i></p>
<table><tr><td>By <b>Javier Montoro</b> and <b>Lucía Etxeberria</b><br><font size="1">Research department of the association</font></td>
<td align="right">${dateLine}</td></tr></table>
<div class="body">${STORY}</div></td></tr></table></body></html>`;
}
const date = (html: string) => extractArticle(html, 'https://logistics.example/revista/articulo.asp?id=3318')?.published_at ?? null;

describe('a date labelled as the publication’s under a long standfirst and a byline box', () => {
  it.each([
    ['Publicado: 08/04/2024', '2024-04-08'],
    ['Published: April 8, 2024', '2024-04-08'],
    ['Veröffentlicht am 8. April 2024', '2024-04-08'],
  ])('is read: %j', (line, want) => expect(date(page(line))?.slice(0, 10)).toBe(want));

  it('is not taken unlabelled that far down: the story’s own days are not the publication’s', () =>
    expect(date(page('08/04/2024'))).toBeNull());
});
