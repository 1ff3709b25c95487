/**
 * The date probe of conformance:extract (scripts/lib/date-removed.ts): a page's own publication date is taken out of
 * every place the finder reads one, and another day's date is left where it was. Constructed page.
 */
import { withoutOwnDate } from '../../scripts/lib/date-removed';
import { extractArticle } from '../../src/workers/extract';

const STORY = [
  'The council agreed on Tuesday to keep the harbour footbridge closed until the spring, after engineers found rust in two of its supports.',
  'Ferry passengers will use the temporary crossing beside the fish market, which opens an hour earlier than the bridge used to.',
  'The repair is expected to cost about 340,000 euros, most of it paid from the maintenance reserve set aside last year.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');
const URL = 'https://harbour.example/2019/11/19/footbridge-stays-closed/';
const page = (comment: string) =>
  '<html lang="en"><head><title>Footbridge stays closed</title>' +
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Footbridge stays closed","datePublished":"2019-11-19T18:18:25-08:00"}</script>' +
  '<meta property="article:published_time" content="2019-11-19T18:18:25-08:00">' +
  `<link rel="canonical" href="${URL}"></head><body><article><h1>Footbridge stays closed</h1>` +
  '<p class="dateline">Published Nov. 19, 2019 at 6:18 p.m. <time datetime="2019-11-19T18:18:25-08:00">Tuesday</time></p>' +
  `${STORY}</article>${comment}</body></html>`;

describe('withoutOwnDate', () => {
  it('takes the date out of JSON-LD, meta, <time>, the printed line, the canonical link and the URL', () => {
    expect(extractArticle(page(''), URL)?.published_at).toBe('2019-11-19T18:18:25.000-08:00');
    const probed = withoutOwnDate(page(''), URL, '2019-11-19T18:18:25-08:00');
    expect(probed.url).toBe('https://harbour.example/footbridge-stays-closed/');
    expect(probed.html).not.toMatch(/2019-11-19|Nov\. 19, 2019/);
    expect(extractArticle(probed.html, probed.url)?.published_at ?? null).toBeNull();
  });

  it("leaves another day's date where it was", () => {
    const probed = withoutOwnDate(page('<p>Comment posted December 3, 2019</p>'), URL, '2019-11-19T18:18:25-08:00');
    expect(probed.html).toContain('December 3, 2019');
  });
});
