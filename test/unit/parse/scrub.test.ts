/** Characters XML forbids (and Postgres refuses, for NUL) never leave the parser, whatever the format or the way they were written. */
import { parseFeed } from '../../../src/fetchers/parse';
import { scrubText } from '../../../src/text/scrub';

describe('forbidden characters', () => {
  it('drops raw C0 controls, U+FFFE and U+FFFF from RSS text, guids and links (titles then have their whitespace collapsed as usual)', () => {
    const r = parseFeed(
      Buffer.from(
        '<rss version="2.0"><channel><title>T\u0001</title><item><title>a\u0000b\u0007c\td\ufffe</title><guid>g\u0000</guid><link>http://x.test/a\u0008</link></item></channel></rss>',
      ),
      {},
    );
    expect(r.ok && r.feed.title).toBe('T');
    expect(r.ok && r.feed.items[0]).toMatchObject({ title: 'abc d', guid: 'g', link: 'http://x.test/a' });
  });

  it('drops them from JSON Feed strings written as \\u escapes, in nested authors too', () => {
    const doc = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'J',
      items: [{ id: 'i\u0000', title: 'x\u0000y', authors: [{ name: 'An\u0002n' }], content_text: 't' }],
    });
    const r = parseFeed(Buffer.from(doc), {});
    expect(r.ok && r.feed.items[0]).toMatchObject({ guid: 'i', title: 'xy', authors: ['Ann'] });
  });

  it('leaves clean data as it is, the same strings', () => {
    const v = { a: 'plain', b: ['x', { c: 'y' }], d: null, e: 3 };
    expect(scrubText(v)).toEqual({ a: 'plain', b: ['x', { c: 'y' }], d: null, e: 3 });
  });
});
