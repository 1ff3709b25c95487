/** The formats and the normalizations the issue lists, one small document each. */
import { parseFeed } from '../../../src/fetchers/parse/index';
import type { ParsedFeed } from '../../../src/fetchers/parse/types';

function feedOf(body: string, url?: string): ParsedFeed {
  const r = parseFeed(body, { url });
  if (!r.ok) throw new Error(`${r.code}: ${r.reason}`);
  return r.feed;
}

const rss = (items: string, channel = '', attrs = ' version="2.0"'): string =>
  `<?xml version="1.0"?><rss${attrs} xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Chan</title><link>https://ex.com/</link>${channel}${items}</channel></rss>`;

describe('RSS', () => {
  it('reads <rss> without a version attribute', () => {
    const f = feedOf(rss('<item><title>A</title><link>https://ex.com/a</link></item>', '', ''));
    expect(f).toMatchObject({ format: 'rss', title: 'Chan' });
    expect(f.items).toHaveLength(1);
  });

  it('keeps bare & and decodes HTML entities', () => {
    const f = feedOf(rss('<item><title>AT&T caf&eacute;&nbsp;&mdash; &amp; co</title></item>'));
    expect(f.items[0]?.title).toBe('AT&T café — & co');
  });

  it('yields the complete items of a truncated file', () => {
    const full = rss('<item><title>one</title><guid>1</guid></item><item><title>two</title><guid>2</guid></item><item><title>thr');
    const cut = full.slice(0, full.indexOf('<item><title>thr') + 16);
    expect(feedOf(cut).items.map((i) => i.title)).toEqual(['one', 'two']);
  });

  it('keeps every enclosure and resolves relative links against the document URL', () => {
    const f = feedOf(
      rss(
        '<item><link>/a</link><enclosure url="/1.mp3" type="audio/mpeg" length="10"/><enclosure url="https://cdn.ex/2.jpg" type="image/jpeg"/></item>',
      ),
      'https://ex.com/feed.xml',
    );
    expect(f.items[0]?.link).toBe('https://ex.com/a');
    expect(f.items[0]?.enclosures).toEqual([
      { url: 'https://ex.com/1.mp3', type: 'audio/mpeg', length: 10 },
      { url: 'https://cdn.ex/2.jpg', type: 'image/jpeg', length: null },
    ]);
  });

  it('reads dates without a zone as UTC, and RFC 822 zones', () => {
    const f = feedOf(
      rss('<item><pubDate>Mon, 06 Jan 2025 10:00:00</pubDate></item><item><pubDate>Mon, 06 Jan 2025 10:00:00 EST</pubDate></item>'),
    );
    expect(f.items.map((i) => i.published_at)).toEqual(['2025-01-06T10:00:00Z', '2025-01-06T15:00:00Z']);
  });

  it('gives authors as names and a stable guid when there is none', () => {
    const item =
      '<item><title>T</title><link>https://ex.com/t</link><author>ann@ex.com (Ann Lee)</author><dc:creator>Bo</dc:creator></item>';
    const a = feedOf(rss(item)).items[0];
    const b = feedOf(rss(item)).items[0];
    expect(a?.authors).toEqual(['Ann Lee', 'Bo']);
    expect(a?.guid).toMatch(/^urn:wireroom:[0-9a-f]{32}$/);
    expect(a?.guid).toBe(b?.guid);
    expect(a?.guid_generated).toBe(true);
  });

  it('reads channel ttl, skipHours, skipDays, self link and hubs', () => {
    const ch =
      '<ttl>30</ttl><skipHours><hour>0</hour><hour>23</hour></skipHours><skipDays><day>saturday</day></skipDays>' +
      '<atom:link rel="self" href="https://ex.com/feed"/><atom:link rel="hub" href="https://hub.ex/"/>';
    expect(feedOf(rss('', ch))).toMatchObject({
      ttl_minutes: 30,
      skip_hours: [0, 23],
      skip_days: ['Saturday'],
      self_url: 'https://ex.com/feed',
      hubs: ['https://hub.ex/'],
    });
  });

  it('reads media:content, media:thumbnail, categories, comments and <source>', () => {
    const item =
      '<item><category>World</category><category>Europe</category><comments>https://ex.com/c</comments>' +
      '<source url="https://wire.ex/rss">Wire</source><media:content url="https://ex.com/p.jpg" medium="image" width="800" height="600"><media:credit>AP</media:credit>' +
      '<media:thumbnail url="https://ex.com/t.jpg"/></media:content></item>';
    const it = feedOf(rss(item)).items[0];
    expect(it?.categories).toEqual(['World', 'Europe']);
    expect(it?.comments_url).toBe('https://ex.com/c');
    expect(it?.source).toEqual({ name: 'Wire', url: 'https://wire.ex/rss' });
    expect(it?.media).toEqual([
      {
        url: 'https://ex.com/p.jpg',
        type: null,
        medium: 'image',
        width: 800,
        height: 600,
        title: null,
        credit: 'AP',
        thumbnail: 'https://ex.com/t.jpg',
      },
    ]);
  });

  it('reads RSS 1.0 (RDF) with rdf:about as the id', () => {
    const xml =
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://ex.com/"><title>R</title><link>https://ex.com/</link></channel>' +
      '<item rdf:about="https://ex.com/1"><title>One</title><link>https://ex.com/1</link></item></rdf:RDF>';
    const f = feedOf(xml);
    expect(f).toMatchObject({ format: 'rdf', version: '1.0', title: 'R' });
    expect(f.items[0]).toMatchObject({ guid: 'https://ex.com/1', title: 'One' });
  });
});

describe('Atom', () => {
  const atom = (entry: string, base = ''): string =>
    `<feed xmlns="http://www.w3.org/2005/Atom"${base}><title>F</title><link href="https://ex.com/"/><link rel="self" href="https://ex.com/atom"/>${entry}</feed>`;

  it('returns xhtml and html titles as text', () => {
    const f = feedOf(
      atom(
        '<entry><id>1</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A <b>bold</b> move</div></title></entry><entry><id>2</id><title type="html">&lt;i&gt;Fish&lt;/i&gt; &amp;amp; chips</title></entry>',
      ),
    );
    expect(f.items.map((i) => i.title)).toEqual(['A bold move', 'Fish & chips']);
  });

  it('resolves links against xml:base, and reads categories by term or label', () => {
    const f = feedOf(
      atom(
        '<entry xml:base="/blog/"><id>1</id><link rel="alternate" href="post"/><link rel="enclosure" href="a.mp3" length="5"/><category term="tech"/><category label="Science"/></entry>',
        ' xml:base="https://ex.com/"',
      ),
    );
    expect(f.items[0]).toMatchObject({ link: 'https://ex.com/blog/post', categories: ['tech', 'Science'] });
    expect(f.items[0]?.enclosures).toEqual([{ url: 'https://ex.com/blog/a.mp3', type: null, length: 5 }]);
    expect(f.self_url).toBe('https://ex.com/atom');
  });

  it('reads Atom 0.3 leniently (issued, modified, escaped content)', () => {
    const xml =
      '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title><entry><id>x</id><title>E</title><issued>2004-05-06T07:08:09Z</issued><content type="text/html" mode="escaped">&lt;p&gt;hi&lt;/p&gt;</content></entry></feed>';
    const f = feedOf(xml);
    expect(f.version).toBe('0.3');
    expect(f.items[0]).toMatchObject({ published_at: '2004-05-06T07:08:09Z', content_html: '<p>hi</p>' });
  });

  it('reads authors as names', () => {
    const f = feedOf(atom('<entry><id>1</id><author><name>Ann</name><email>a@ex.com</email></author></entry>'));
    expect(f.items[0]?.authors).toEqual(['Ann']);
  });
});

describe('JSON Feed', () => {
  it.each(['https://jsonfeed.org/version/1', 'https://jsonfeed.org/version/1.1'])('reads %s', (version) => {
    const doc = {
      version,
      title: 'J',
      home_page_url: 'https://ex.com/',
      authors: [{ name: 'Desk' }],
      items: [
        {
          id: '1',
          url: '/a',
          title: 'A',
          content_html: '<p>x</p>',
          date_published: '2025-01-06T10:00:00+01:00',
          tags: ['t'],
          attachments: [{ url: 'https://ex.com/a.mp3', mime_type: 'audio/mpeg', size_in_bytes: 9 }],
        },
      ],
    };
    const f = feedOf(JSON.stringify(doc), 'https://ex.com/feed.json');
    expect(f).toMatchObject({ format: 'json', version: version.endsWith('1.1') ? '1.1' : '1', title: 'J' });
    expect(f.items[0]).toMatchObject({
      guid: '1',
      link: 'https://ex.com/a',
      published_at: '2025-01-06T09:00:00Z',
      authors: ['Desk'],
      categories: ['t'],
    });
    expect(f.items[0]?.enclosures).toEqual([{ url: 'https://ex.com/a.mp3', type: 'audio/mpeg', length: 9 }]);
  });
});
