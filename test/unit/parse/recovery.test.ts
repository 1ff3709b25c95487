/** Feed parser recovery: an unclosed <item>/<entry> ends where the next one starts instead of swallowing it. */
import { parseFeed, parseFeedItems } from '../../../src/fetchers/parse/index';
import type { FeedItem, ParseResult } from '../../../src/fetchers/parse/types';

const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>C</title>${items}</channel></rss>`;
const atom = (entries: string) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>C</title>${entries}</feed>`;
const rdf = (items: string) =>
  `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>C</title></channel>${items}</rdf:RDF>`;

/** Titles and links of every item, parsed whole and streamed in tiny windows (the two must agree). */
function read(doc: string): { whole: Array<[string | null, string | null]>; streamed: Array<[string | null, string | null]> } {
  const r = parseFeed(doc, {});
  if (!r.ok) throw new Error(r.reason);
  const streamed: FeedItem[] = [];
  const gen = parseFeedItems(Buffer.from(doc), { windowChars: 7, batchItems: 1 });
  let step = gen.next();
  for (; !step.done; step = gen.next()) streamed.push(...step.value);
  expect((step.value as ParseResult).ok).toBe(true);
  const pairs = (items: FeedItem[]) => items.map((i): [string | null, string | null] => [i.title, i.link]);
  return { whole: pairs(r.feed.items), streamed: pairs(streamed) };
}

describe('unclosed items', () => {
  it.each([
    [
      'RSS: <item> never closed, next <item> follows',
      rss('<item><title>A</title><link>https://x.test/a</link><item><title>B</title><link>https://x.test/b</link></item>'),
      [
        ['A', 'https://x.test/a'],
        ['B', 'https://x.test/b'],
      ],
    ],
    [
      'RSS: two unclosed in a row',
      rss('<item><title>A</title><item><title>B</title><item><title>C</title></item>'),
      [
        ['A', null],
        ['B', null],
        ['C', null],
      ],
    ],
    [
      'RSS: unclosed item whose last child is unclosed too',
      rss('<item><title>A</title><description>text<item><title>B</title></item>'),
      [
        ['A', null],
        ['B', null],
      ],
    ],
    [
      'RSS: last item unclosed before </channel>',
      rss('<item><title>A</title></item><item><title>B</title>'),
      [
        ['A', null],
        ['B', null],
      ],
    ],
    [
      'RSS 1.0: unclosed <item>',
      rdf(
        '<item rdf:about="https://x.test/a"><title>A</title><link>https://x.test/a</link><item rdf:about="https://x.test/b"><title>B</title><link>https://x.test/b</link></item>',
      ),
      [
        ['A', 'https://x.test/a'],
        ['B', 'https://x.test/b'],
      ],
    ],
    [
      'Atom: <entry> never closed, next <entry> follows',
      atom('<entry><title>A</title><link href="https://x.test/a"/><entry><title>B</title><link href="https://x.test/b"/></entry>'),
      [
        ['A', 'https://x.test/a'],
        ['B', 'https://x.test/b'],
      ],
    ],
    [
      'Atom: prefixed entries',
      '<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:entry><a:title>A</a:title><a:entry><a:title>B</a:title></a:entry></a:feed>',
      [
        ['A', null],
        ['B', null],
      ],
    ],
  ])('%s', (_what, doc, expected) => {
    const { whole, streamed } = read(doc);
    expect(whole).toEqual(expected);
    expect(streamed).toEqual(expected);
  });

  it('leaves well-formed feeds and elements named item in other namespaces alone', () => {
    const doc = rss('<item xmlns:x="urn:x"><title>A</title><x:item>inner</x:item></item><item><title>B</title></item>');
    expect(read(doc).whole).toEqual([
      ['A', null],
      ['B', null],
    ]);
  });
});
