/**
 * Body text on constructed pages whose class names say nothing (see constructed-pages-unnamed.ts): the readers' thread
 * is told by its commenters' headers or its heading, and a live blog or a vox pop stays whole.
 */
import { describeBodyPages } from './page-checks';
import { isCommentThread } from '../../../src/workers/extract/comment-thread';
import { parsePage } from '../../../src/workers/extract/parse';
import { isGalleryCounter } from '../../../src/workers/extract/boilerplate';
import { isSlideshow } from '../../../src/workers/extract/slideshow';
import { endsWithPhotoCredit, isPhotoCreditLine } from '../../../src/workers/extract/photo-credit';
import { UNNAMED_CONSTRUCTED_PAGES } from './constructed-pages-unnamed';
import { UNNAMED_CHROME_PAGES } from './constructed-pages-unnamed-chrome';

describeBodyPages('constructed page without class words: %s', UNNAMED_CONSTRUCTED_PAGES);
describeBodyPages('constructed page with chrome under generated names: %s', UNNAMED_CHROME_PAGES);

describe('a comment thread told by its text', () => {
  const block = (inner: string) =>
    parsePage(`<html><body><div class="css-1a">${inner}</div></body></html>`).body!.children.find((n) => 'name' in n) as Parameters<
      typeof isCommentThread
    >[0];
  const items = (headers: string[], tag = 'li') =>
    headers.map((h) => `<${tag}><div><span>${h}</span></div><p>What a good idea, thanks for writing it up.</p></${tag}>`).join('');

  it.each([
    [['dwoz says:', 'stephan said,', 'gnaddrig sagt:']],
    [
      [
        'Catherine on September 19, 2018 at 10:14 am said:',
        'Alex on September 17, 2018 at 6:34 am said:',
        'Gary M on September 17, 2018 at 8:50 pm said:',
      ],
    ],
    [['Zdigital2015 2 days ago at 08:51 am', 'Nick A 3 hours ago', 'tjedora 1 week ago']],
    [['Anna vor 3 Stunden', 'Max Muster vor 2 Tagen', 'Leser42 vor 5 Minuten']],
    [['Pierre il y a 2 jours', 'Marie il y a 3 heures', 'Luc il y a 10 minutes']],
    [['Ana hace 2 horas', 'Pedro hace 3 días', 'Lucía hace 1 semana']],
    [['Anna am 3. Mai 2022 um 10:32 Uhr', 'Max am 3. Mai 2022 um 11:05 Uhr', 'Eva am 4. Mai 2022 um 08:15 Uhr']],
    // a shop's customer reviews (constructed): an initial in the name, the date before the colon
    [['Max M. schrieb am 03.11.2026:', 'Lisa L. schrieb am 01.11.2026:', 'Tom K. schrieb am 28.10.2026:']],
    [['Jane R. wrote on November 3, 2026:', 'Sam T. wrote on November 1, 2026:', 'Alex P. wrote on October 30, 2026:']],
  ])('items headed %j', (headers) => expect(isCommentThread(block(`<ul>${items(headers)}</ul>`).children[0] as never)).toBe(true));

  it.each([
    'Top Rated Comments',
    '12 thoughts on “Painting the cottage”',
    'One thought on “Painting the cottage”',
    '3 Responses to "Painting the cottage"',
    '4 Kommentare zu „Tomaten vorziehen“',
    '2 réponses à « Le nouveau pont »',
    'Reader comments',
    'Join the discussion',
    'Kommentare (4)',
    'One Response',
    '7 Replies',
    '2 Gedanken zu „Tomaten vorziehen“',
    '3 réflexions sur « Le nouveau pont »',
    '2 pensieri su “Il nuovo ponte”',
    '4 gedachten over “De nieuwe brug”',
    'Leserkommentare',
    'Kundenbewertungen',
    'Customer reviews (12)',
    'Avis clients',
  ])('a block opened by the heading %j', (title) => expect(isCommentThread(block(`<h2>${title}</h2><p>First comment.</p>`))).toBe(true));

  it.each(['header', 'div'])('a block opened by such a heading in a %s box', (box) =>
    expect(
      isCommentThread(
        block(`<${box}><h3>2 comments on “Issue 85”</h3><p><a href="#respond">Post a comment</a></p></${box}><ol><li>First.</li></ol>`),
      ),
    ).toBe(true),
  );
  it('not a thread: a story section whose box opens with a heading of its own', () =>
    expect(isCommentThread(block('<header><h2>Discussion</h2></header><p>The survey undercounted boats.</p>'))).toBe(false));

  it.each([
    [
      'a live blog: entries open with their time',
      `<div>${items(['10:32 by Jo Pike', '10:05 by Jo Pike', '09:41 by Jo Pike'], 'div')}</div>`,
    ],
    [
      'paragraphs that quote people ("X said:")',
      `<div>${['Maria said: yes.', 'Pete said: no.', 'Ana said: maybe.'].map((s) => `<p>${s}</p>`).join('')}</div>`,
    ],
    ['two headed items only', `<ul>${items(['dwoz says:', 'stephan said,'])}</ul>`],
    [
      'a list of dated headlines',
      `<ul>${items(['March 3, 2022: harbour reopens', 'March 2, 2022: storm warning', 'March 1, 2022: gales'])}</ul>`,
    ],
    ['a story section titled "Discussion"', '<h2>Discussion</h2><p>The results suggest that the survey undercounted boats.</p>'],
    [
      'a story section titled "Comments from the council"',
      '<h2>Comments from the council</h2><p>The council said it would review the fees.</p>',
    ],
  ])('not a thread: %s', (_what, inner) => {
    const el = block(inner);
    const inside = el.children.find((n) => 'name' in n) as never;
    expect([isCommentThread(el), isCommentThread(inside)]).toEqual([false, false]);
  });
});

describe('a gallery counter', () => {
  it.each(['Image 1 of 8', 'Photo 3 of 12', 'Bild 2 von 9', 'Photo 1 sur 8', 'Imagen 4 de 10', '1 / 8', '1 of 1'])('%j is one', (line) =>
    expect(isGalleryCounter(line)).toBe(true),
  );
  it.each(['1/2', '9 of 8', 'Image 0 of 8', 'Part 1 of 2', 'Chapter 3 of 12', '3 / 4 cup of flour'])('%j is not', (line) =>
    expect(isGalleryCounter(line)).toBe(false),
  );
});

describe('a slideshow told by its counters', () => {
  const list = (leads: string[]) =>
    parsePage(
      `<html><body><ul>${leads.map((l) => `<li><h2><span>${l}</span> A slide's title</h2><p>Its caption.</p></li>`).join('')}</ul></body></html>`,
    ).body!.children.find((n) => 'name' in n) as Parameters<typeof isSlideshow>[0];

  it.each([
    [['1/50', '2/50', '3/50']],
    [['Image 1 of 8', 'Image 2 of 8', 'Image 3 of 8']],
    [['Bild 4 von 12', 'Bild 5 von 12', 'Bild 6 von 12']],
    [['Intro', '1 / 3', '2 / 3', '3 / 3']],
  ])('slides opened by %j', (leads) => expect(isSlideshow(list(leads))).toBe(true));

  it.each([
    [['1/2', '3/4', '1/4']], // a recipe's fractions
    [['1/50', '2/50']], // two are no run
    [['1/8', '2/9', '3/10']], // not one total
    [['1/50', '3/50', '5/50']], // not counting on
    [['9/8', '10/8', '11/8']],
  ])('not slides: %j', (leads) => expect(isSlideshow(list(leads))).toBe(false));
});

describe("a picture's credit told by its words", () => {
  it.each([
    'Vicente Aguiar loads garage door trims into his pickup truck outside a Home Depot in Hialeah, Fla. (AP Photo/Alan Diaz, File)',
    'The minister at the summit (Photo: Jane Roe/Reuters)',
    'Smoke over the city (Photo by Max Bauer/Getty Images)',
    'A crowd outside the court (REUTERS/Lucy Nicholson)',
    'Der Bürgermeister vor dem Rathaus (dpa/Peter Kneffel)',
    'Der Hafen bei Nacht (dpa/Li)',
  ])('a caption closed by a credit: %j', (text) => expect(endsWithPhotoCredit(text)).toBe(true));
  it.each([
    'The company said on Monday. (Reuters)',
    'Revenue rose 5% (see chart).',
    'He said (in a statement) it was fine.',
    // a wire's tag with its regional desk's code closes a story's paragraph (probe page de-media/03: "(dpa/lby)")
    'Der Verkehrsverbund kündigte an, den Fahrplan ab April anzupassen. (dpa/lby)',
    'Die Polizei ermittelt. (dpa/lnw)',
  ])('a sentence, not a caption: %j', (text) => expect(endsWithPhotoCredit(text)).toBe(false));
  it.each([
    'Natalie Naccache | Bloomberg | Getty Images',
    'Foto: dpa',
    'Bild: picture alliance/dpa/Max Bauer',
    'REUTERS/Lucy Nicholson',
    'Max Bauer/AFP via Getty Images',
    'Photograph: Jane Roe/The Guardian',
  ])('a credit line: %j', (text) => expect(isPhotoCreditLine(text)).toBe(true));
  it.each(['Reuters reported on Monday that the deal was off', 'The AP said', '© 2026 Zeitung', '© Reuters', 'Image 1 of 8'])(
    'not a credit line: %j',
    (text) => expect(isPhotoCreditLine(text)).toBe(false),
  );
});
