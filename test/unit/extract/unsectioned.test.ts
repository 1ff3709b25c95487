/**
 * Pages without HTML5 sectioning (no <article>, <main>, <header>, <footer>, <nav>, <aside>, <section>, <figure>, <time>):
 * what a public body's site, an old CMS, a small site or a shop prints, all <div>s and <span>s. Where the extractor reads a
 * sectioning element when there is one, it falls back on a signal that does not need it. Every page is written here from
 * general knowledge of such templates (a town council's news page, an old-CMS news site); names and text are made up.
 */
import { extractArticle } from '../../../src/workers/extract';

const STORY = [
  'The town council approved the harbour budget on Tuesday evening after a debate that ran for almost four hours.',
  'Most of the money goes to the repair of the north quay, where two mooring posts gave way during the storms last winter.',
  'The remainder pays for dredging the inner basin, which the harbour master says has not been done properly in a decade.',
  'Residents who spoke at the meeting asked for the footpath along the quay to stay open while the works are carried out.',
].map((t) => `<p>${t}</p>`);

const doc = (title: string, body: string): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

describe('headline on a page without <article> or <main>', () => {
  // A town council's news page: the <title> is the CMS's short label, the h1 above the text is the story's headline; a
  // "Quick links" box in the left column carries an h1 of its own before it.
  const council = (leftBox: string) =>
    doc(
      'Harbour budget 2027 - Town of Kelmouth',
      `<div id="top"><div class="logo"><a href="/"><img src="/crest.png" alt="Town of Kelmouth"></a></div>
<div class="menu"><a href="/">Home</a> <a href="/news/">News</a> <a href="/council/">Council</a> <a href="/contact/">Contact</a></div></div>
<div class="wrapper"><div class="left">${leftBox}</div>
<div class="centre"><div class="box"><div class="box-head"><h1>Council approves repairs to the north quay and dredging of the inner basin</h1>
<div class="small">Published 14 March 2027</div></div><div class="box-body">${STORY.join('\n')}</div></div></div></div>
<div id="bottom">Town of Kelmouth, Harbour Road 1 · Opening hours Mon–Fri 8–16</div>`,
    );

  it('takes the h1 that opens the story text over the <title>', () => {
    expect(extractArticle(council(''), 'https://kelmouth.example/news/harbour-budget-2027')?.title).toBe(
      'Council approves repairs to the north quay and dredging of the inner basin',
    );
  });

  it("not an h1 further up the page: a side box's heading before the story's own", () => {
    const box = '<div class="box"><h1>Quick links</h1><a href="/waste/">Waste collection</a> <a href="/parking/">Parking permits</a></div>';
    expect(extractArticle(council(box), 'https://kelmouth.example/news/harbour-budget-2027')?.title).toBe(
      'Council approves repairs to the north quay and dredging of the inner basin',
    );
  });

  it('not a heading far from the story: a site name printed as an h1 at the top keeps the <title> in charge', () => {
    const html = doc(
      'Harbour budget 2027 - Town of Kelmouth',
      `<div id="top"><div class="a"><div class="b"><div class="c"><h1>Kelmouth Town Hall Online</h1></div></div></div></div>
<div class="wrapper"><div class="centre"><div class="box"><div class="box-body">${STORY.join('\n')}</div></div></div></div>`,
    );
    expect(extractArticle(html, 'https://kelmouth.example/news/harbour-budget-2027')?.title).toBe('Harbour budget 2027');
  });

  it("not the site's name: an h1 wrapped in a link home, in the story's wrapper", () => {
    // An old news CMS (Korean and Japanese portals print it so): "<a href="/"><h1>Site</h1></a>" in the header, inside
    // the one wrapper that also holds the story, whose headline is not an h1.
    const html = doc(
      'Harbour budget 2027 approved',
      `<div id="wrap"><div id="head"><a href="/"><h1>Kelmouth Weekly</h1></a><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li></ul></div>
<div id="story">${STORY.join('\n')}</div></div>`,
    );
    expect(extractArticle(html, 'https://kw-news.example/news/1234')?.title).toBe('Harbour budget 2027 approved');
  });
});

describe('captions on a page without <figure> and <figcaption>', () => {
  // An old CMS's or a shop blog's picture box, all divs: the picture, the caption under it, a credit. The caption and
  // credit leave the text as a <figcaption> would; a story paragraph beside a picture, a step's title above its picture
  // and a line after a spacer GIF stay.
  const page = (figure: string) =>
    doc(
      'Harbour budget 2027 - Town of Kelmouth',
      `<div class="wrapper"><div class="centre"><div class="box"><h1>Council approves repairs to the north quay</h1>
<div class="box-body">${STORY.slice(0, 2).join('\n')}
${figure}
${STORY.slice(2).join('\n')}</div></div></div></div>`,
    );
  const text = (figure: string) => extractArticle(page(figure), 'https://kelmouth.example/news/harbour-budget-2027')?.text ?? '';

  it('leaves out the line under a picture in a box of divs, and its credit', () => {
    const t = text(
      '<div class="img-box"><div class="pic"><img src="/quay.jpg" width="640" height="400" alt=""></div><div class="txt">The north quay after the storm in January, seen from the lighthouse.</div><span>Photo: Jan Brandt</span></div>',
    );
    expect(t).toContain('Most of the money goes to the repair of the north quay');
    expect(t).toContain('The remainder pays for dredging the inner basin');
    expect(t).not.toContain('seen from the lighthouse');
  });

  it('a lazy picture (an empty element with data-src) counts as the picture', () => {
    const t = text(
      '<div><div class="lazy" data-src="/quay.jpg"></div><div>The north quay after the storm in January, seen from the lighthouse.</div></div>',
    );
    expect(t).not.toContain('seen from the lighthouse');
  });

  it.each([
    [
      'a paragraph beside the picture',
      '<div><img src="/quay.jpg" width="640" height="400"><div>The quay will stay closed to cars until May.</div><div>Boats may still moor at the south quay.</div></div>',
      'The quay will stay closed to cars until May.',
    ],
    [
      'a step title above its picture',
      '<div><div>Step 2: Seal the joints</div><img src="/step2.jpg" width="640" height="400"></div>',
      'Step 2: Seal the joints',
    ],
    [
      'a line holding a link (a byline beside a portrait, a pointer to a document)',
      '<div><div><img src="/quay.jpg" width="640" height="400"></div><div>The council published <a href="/budget-2027.pdf">the full budget</a> on its website.</div></div>',
      'The council published the full budget on its website.',
    ],
    [
      'a line holding a link with markup after it',
      '<div><div><img src="/quay.jpg" width="640" height="400"></div><div>The council published <a href="/budget-2027.pdf">the full budget</a> on <b>its website</b>.</div></div>',
      'The council published the full budget on its website.',
    ],
    [
      'a line under a heading in the box beside the picture',
      '<div><div><img src="/quay.jpg" width="640" height="400"></div><div><h2>Works on the quay</h2><div>The quay will stay closed to cars until May.</div></div></div>',
      'The quay will stay closed to cars until May.',
    ],
    [
      'a line after a spacer GIF',
      '<div><img src="/spacer.gif" width="1" height="1"><span>The quay will stay closed to cars until May.</span></div>',
      'The quay will stay closed to cars until May.',
    ],
  ])('keeps %s', (_what, figure, line) => {
    expect(text(figure)).toContain(line);
  });
});
