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

describe('a paywall box whose offer heads it after the brand’s mark', () => {
  const PARAGRAPHS = [
    'Relief on many farms between the marsh and the heath: with the new map of nitrate zones that the ministry published early this week, the area under the strictest fertiliser rules in the district shrinks by almost two thirds.',
    'The new map rests on the emissions each farm reports, not only on the readings of the groundwater bodies, so farms that show they lose little nitrogen are no longer held to the rules of their neighbours.',
    '“For the farms that fall out of the zones this is real relief, above all for wheat and rapeseed,” said the chamber’s fertiliser adviser, who expects farms that stay inside to go to court.',
    'The network of measuring points still needs work, he said: of the 46 points in the district at least six are too close to villages or sewage plants to give a fair reading, according to independent experts.',
  ];
  const body = `<div class="article-body field__item"><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p><h2>Chamber expects lawsuits</h2><p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[3]}</p></div>`;
  const box = (mark: string, title: string, offer: string) =>
    `<div class="offer-content offer-content--locked"><div class="offer-fade"></div><div class="offer-box"><div class="offer-box__brand">${mark}</div>` +
    `<h3 class="offer-box__title">${title}</h3><p class="offer-box__text">${offer} You get every article, the market analyses and the e-paper.</p>` +
    '<ul class="offer-box__benefits"><li>All articles on the website and in the app</li><li>Weekly market reports and price forecasts</li><li>Cancel at any time</li></ul>' +
    '<a class="btn btn--primary" href="/abo/plus?source=offer">Four weeks for 1 €</a></div></div>';
  const page = (after: string) =>
    `<!doctype html><html lang="de"><head><title>Nitrate zones shrink</title></head><body><article role="article" class="node node--type-article">${body}${after}</article></body></html>`;
  const text = (html: string) => extractArticle(html, 'https://trade.example/crops/nitrate-zones-17842')?.text ?? '';

  it.each([
    ['feldblatt+', 'Lesen Sie weiter mit feldblatt+', 'Dieser Artikel ist exklusiv für Abonnenten.'],
    ['Harbour+', 'Subscribe to continue reading', 'This report is available to members of the association.'],
  ])('is left out whole (%j)', (mark, title, offer) => {
    const t = text(page(box(mark, title, offer)));
    expect(t).toContain('too close to villages or sewage plants');
    for (const chrome of [offer, 'Weekly market reports', 'Four weeks for 1 €']) expect(t).not.toContain(chrome);
  });

  it('keeps a section of the story whose subheading follows a short kicker', () => {
    const section =
      '<section><div class="kicker">Analysis</div><h3>What the zones cost the farms</h3><p>Farms in the three largest districts paid on average eleven per cent more for each tonne of fertiliser than a year before, the chamber said.</p></section>';
    const html = page('').replace('</p></div>', `</p>${section}</div>`);
    expect(text(html)).toContain('paid on average eleven per cent more');
  });
});

describe('a box of paid links between the paragraphs (rel="sponsored")', () => {
  const PARAGRAPHS = [
    'Anyone who wants to put money aside regularly will hardly get past an index fund savings plan, the consumer advisers say.',
    'Most online brokers now accept monthly rates of 25 or 50 euros, and many no longer charge a fee for each purchase.',
    'The day of the month on which the plan buys matters little over long periods, an analysis of twenty years of prices shows.',
    'What matters more is keeping the plan going when prices fall: then the saver buys more shares for the same money.',
  ];
  const page = (inserted: string) => {
    const [a, b, c, d] = PARAGRAPHS.map((p) => `<p>${p}</p>`);
    return `<!doctype html><html><head><title>Savings plans</title></head><body><article><h1>Savings plans</h1><div class="article-body">${a}${b}${inserted}${c}${d}</div></article></body></html>`;
  };
  const text = (html: string) => extractArticle(html, 'https://money.example/savings-plans')?.text ?? '';

  it('is left out, whatever its class is called', () => {
    const box =
      '<div class="x9-box"><p class="x9-tag">Anzeige</p><p class="x9-title">Savings plan comparison: the cheapest brokers in May</p>' +
      '<ul><li>Kranich Bank – 0 € per purchase</li><li>Tradium – from 25 €</li></ul><a href="/compare" rel="sponsored">Compare now</a></div>';
    const t = text(page(box));
    expect(t).toContain('the saver buys more shares');
    for (const chrome of ['the cheapest brokers in May', 'Kranich Bank', 'Compare now']) expect(t).not.toContain(chrome);
  });

  it.each([
    [
      'a section with a heading (a buying guide’s pick)',
      '<section><h2>Budget pick: Tradium</h2><p>Tradium charges nothing for a plan and accepts rates from 25 euros a month.</p><a href="/go/tradium" rel="sponsored">Open an account</a></section>',
      'accepts rates from 25 euros a month',
    ],
    [
      'a list of tips',
      '<ul><li>Check the fee for each purchase before you sign up.</li><li>We use <a href="/go/tradium" rel="sponsored">Tradium</a> for our own plan.</li></ul>',
      'Check the fee for each purchase',
    ],
    [
      'a paragraph',
      '<p>We use <a href="/go/tradium" rel="sponsored">Tradium</a> for our own plan, which costs nothing a month.</p>',
      'for our own plan',
    ],
  ])('is kept as %s', (_, inserted, kept) => expect(text(page(inserted))).toContain(kept));
});

describe('a reader poll’s call to vote between the paragraphs', () => {
  const PARAGRAPHS = [
    'A few hours later he left the camp, and the broadcaster confirmed on Monday morning that he would not return to the show.',
    'His wife was waiting for him at a hotel in the nearest town, a spokeswoman for the production company said.',
    'Fans of the show took his side on social media, where many of them called the decision brave and overdue.',
  ];
  const page = (line: string) =>
    `<!doctype html><html><head><title>He left the camp</title></head><body><article><h1>He left the camp</h1><div class="body"><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p><div class="box">${line}</div><p>${PARAGRAPHS[2]}</p></div></article></body></html>`;
  const text = (html: string) => extractArticle(html, 'https://showbiz.example/tv/camp')?.text ?? '';

  it.each([
    ['<strong>Umfrage:</strong> Wer soll nach seinem Auszug „Inselkönig“ werden? Jetzt abstimmen auf showbiz.example!'],
    ['<p><strong>ENQUETE:</strong> Quem você quer ver no próximo paredão? Vote agora no Babado!</p>'],
    ['<p><b>Poll:</b> Should he have left the camp? Vote now and see what other readers think.</p>'],
  ])('is left out: %j', (line) => {
    const t = text(page(line));
    expect(t).toContain('called the decision brave');
    expect(t).not.toMatch(/abstimmen|Vote agora|Vote now/);
  });

  it('keeps a line reporting a poll’s result', () =>
    expect(text(page('<p>Umfrage: Zwei Drittel der Zuschauer fanden seinen Auszug richtig, wie der Sender mitteilte.</p>'))).toContain(
      'Zwei Drittel der Zuschauer',
    ));
});

describe('a video player’s shell between the paragraphs', () => {
  const PARAGRAPHS = [
    'The Duchess arrived at the charity polo match shortly after two and spent the afternoon in the members’ enclosure.',
    'She was seen laughing with the organisers and stayed for the prize-giving, a spokesman for the club said.',
    'She left the grounds at around half past five and is expected at a garden show with her husband on Thursday.',
  ];
  const shell = (cls: string, inner = '') =>
    `<div class="${cls}" data-video-id="3398122"><div class="vjs-title">Duchess all smiles at charity polo match</div>` +
    `<div class="vjs-source">Source: Glare Video / WNA</div><button class="vjs-play">Play</button> <span>01:12</span>${inner}</div>`;
  const page = (box: string) =>
    `<!doctype html><html lang="en-GB"><head><title>Duchess at the polo</title></head><body><article><h1>Duchess at the polo</h1><div class="body"><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>${box}<p>${PARAGRAPHS[2]}</p></div></article></body></html>`;
  const read = (html: string) => extractArticle(html, 'https://tabloid.example/news/royals/duchess-polo');

  it('is left out, and its source line credits the clip, not the story', () => {
    const a = read(page(shell('video-player-wrapper')));
    expect(a?.text).toContain('garden show with her husband');
    expect(a?.text).not.toContain('Duchess all smiles');
    expect(a?.original_source).toBeNull();
  });

  it('is told by a video player’s class words only: a sports player’s box is the story’s', () =>
    expect(
      read(
        page(
          '<div class="player-profile"><p>Marcus Hale, 24, joined the club from Northbridge in the summer and has scored six goals.</p></div>',
        ),
      )?.text,
    ).toContain('joined the club from Northbridge'));
});
