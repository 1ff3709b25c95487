/** Hostile input: entity attacks, XXE, deep nesting, junk. Each must end as a coded result, fast. */
import { parseFeed } from '../../../src/fetchers/parse/index';

const FAST_MS = 1000;

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

describe('hostile input', () => {
  it('never resolves an external entity (XXE)', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <rss version="2.0"><channel><title>t</title><item><title>a &xxe; b</title><guid>1</guid></item></channel></rss>`;
    const r = parseFeed(xml, {});
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.feed.items[0]?.title).toBe('a &xxe; b');
    expect(JSON.stringify(r)).not.toContain('root:');
  });

  it('refuses billion laughs quickly without expanding', () => {
    const decls = [
      '<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
    ];
    const xml = `<?xml version="1.0"?><!DOCTYPE lolz [${decls.join('')}]><rss><channel><item><title>&lol9;</title></item></channel></rss>`;
    const { value, ms } = timed(() => parseFeed(xml, {}));
    expect(value).toMatchObject({ ok: false, code: 'PARSE_ENTITY_EXPANSION' });
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('refuses a quadratic blowup quickly without expanding', () => {
    const big = 'x'.repeat(50_000);
    const xml = `<!DOCTYPE rss [<!ENTITY a "${big}">]><rss><channel><item><title>${'&a;'.repeat(50_000)}</title></item></channel></rss>`;
    const { value, ms } = timed(() => parseFeed(xml, {}));
    expect(value).toMatchObject({ ok: false, code: 'PARSE_ENTITY_EXPANSION' });
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('expands a small, harmless internal entity', () => {
    const xml = `<!DOCTYPE rss [<!ENTITY co "Example Co">]><rss version="2.0"><channel><item><title>By &co;</title></item></channel></rss>`;
    const r = parseFeed(xml, {});
    expect(r.ok && r.feed.items[0]?.title).toBe('By Example Co');
  });

  it('survives 100k-deep nesting without a stack overflow and keeps later items', () => {
    const deep = '<x>'.repeat(100_000) + '</x>'.repeat(100_000);
    const xml = `<rss version="2.0"><channel><item><title>one</title><description>${deep}</description></item><item><title>two</title></item></channel></rss>`;
    const { value, ms } = timed(() => parseFeed(xml, {}));
    expect(value.ok).toBe(true);
    if (value.ok) expect(value.feed.items.map((i) => i.title)).toEqual(['one', 'two']);
    expect(ms).toBeLessThan(FAST_MS * 2);
  });

  it('survives unclosed 100k-deep nesting, reported as too deep since no item is in it', () => {
    const r = parseFeed('<rss><channel>' + '<a>'.repeat(100_000), {});
    expect(r).toMatchObject({ ok: false, code: 'PARSE_TOO_DEEP' });
  });

  it('reports a 100k-deep document without items as PARSE_TOO_DEEP with the depth and the limit', () => {
    const xml = '<?xml version="1.0"?><rss version="2.0"><channel>' + '<x>'.repeat(100_000) + '</x>'.repeat(100_000) + '</channel></rss>';
    const { value, ms } = timed(() => parseFeed(xml, {}));
    expect(value).toMatchObject({ ok: false, code: 'PARSE_TOO_DEEP' });
    if (!value.ok) expect(value.reason).toBe('elements nested 100002 levels deep (limit 1000) and no items found');
    expect(ms).toBeLessThan(FAST_MS * 2);
  });

  it('keeps items found around deep nesting, with a warning, and no failure for nesting within the limit', () => {
    const deep = '<x>'.repeat(2_000) + '</x>'.repeat(2_000);
    const r = parseFeed(`<rss><channel><item><title>one</title><description>${deep}</description></item></channel></rss>`, {});
    expect(r).toMatchObject({ ok: true, warnings: ['nesting deeper than 1000 levels was skipped'] });
    const fine = '<x>'.repeat(900) + '</x>'.repeat(900);
    expect(parseFeed(`<rss><channel>${fine}</channel></rss>`, {})).toMatchObject({ ok: true, warnings: [] });
  });

  it('reports random bytes as not a feed', () => {
    let seed = 42;
    const bytes = Buffer.alloc(64 * 1024, 0).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed & 0xff;
    });
    const r = parseFeed(Buffer.from(bytes), {});
    expect(r).toMatchObject({ ok: false, code: 'PARSE_NOT_A_FEED' });
  });

  it('reports an HTML page without a feed as not a feed', () => {
    const html =
      '<!DOCTYPE html><html><head><title>Shop</title><link rel="stylesheet" href="/a.css"></head><body><p>Hi<br>there</p></body></html>';
    expect(parseFeed(html, { url: 'https://example.com/' })).toMatchObject({ ok: false, code: 'PARSE_NOT_A_FEED' });
  });

  it.each([
    ['empty', '', 'PARSE_EMPTY'],
    ['whitespace', '  \n ', 'PARSE_EMPTY'],
    ['broken JSON', '{"version": "https://jsonfeed.org/version/1", ', 'PARSE_INVALID_JSON'],
    ['JSON that is not a feed', '{"hello": 1}', 'PARSE_NOT_A_FEED'],
    ['plain text', 'just words', 'PARSE_NOT_A_FEED'],
  ])('%s → %s', (_name, body, code) => {
    expect(parseFeed(body, {})).toMatchObject({ ok: false, code });
  });
});
