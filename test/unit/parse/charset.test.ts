/** Charset: BOM, then HTTP header, then XML declaration / meta; no mojibake for the usual suspects. */
import iconv from 'iconv-lite';
import { decodeBody } from '../../../src/text/charset';
import { parseFeed } from '../../../src/fetchers/parse/index';

const SAMPLES: Array<[string, string]> = [
  ['windows-1251', 'Новости дня: рубль и нефть'],
  ['koi8-r', 'Новости дня: рубль и нефть'],
  ['windows-1252', 'Café “quoted” — déjà vu €5'],
  ['shift_jis', '日本のニュース：東京で会議'],
  ['gbk', '中文新闻：北京会议'],
  ['iso-8859-1', 'Größe & Straße'],
];

const feed = (title: string, encoding: string | null): string =>
  `<?xml version="1.0"${encoding ? ` encoding="${encoding}"` : ''}?><rss version="2.0"><channel><title>${title}</title><item><title>${title}</title></item></channel></rss>`;

describe('decodeBody', () => {
  it.each(SAMPLES)('%s from the XML declaration', (charset, text) => {
    const bytes = iconv.encode(feed(text, charset), charset);
    const r = parseFeed(bytes, {});
    expect(r.ok && r.feed.items[0]?.title).toBe(text);
  });

  it.each(SAMPLES)('%s from the HTTP header, overriding a wrong declaration', (charset, text) => {
    const bytes = iconv.encode(feed(text, 'utf-8'), charset);
    const r = parseFeed(bytes, { contentType: `application/rss+xml; charset="${charset}"` });
    expect(r.ok && r.feed.title).toBe(text);
  });

  it.each([['utf-16le'], ['utf-16be']])('%s with a BOM', (charset) => {
    const text = 'Ünïcödé – 日本';
    const bytes = iconv.encode(feed(text, 'utf-16'), charset, { addBOM: true });
    expect(decodeBody(bytes, { kind: 'xml' }).charset).toBe(charset);
    const r = parseFeed(bytes, {});
    expect(r.ok && r.feed.title).toBe(text);
  });

  it('utf-16le without a BOM, sniffed from "<?"', () => {
    const bytes = iconv.encode(feed('Привет', 'utf-16'), 'utf-16le');
    expect(decodeBody(bytes, { kind: 'xml' })).toMatchObject({ charset: 'utf-16le' });
  });

  it('lets the BOM win over the header', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<a>é</a>')]);
    expect(decodeBody(bytes, { kind: 'xml', contentType: 'text/xml; charset=windows-1251' })).toEqual({
      text: '<a>é</a>',
      charset: 'utf-8',
    });
  });

  it('reads <meta charset> and http-equiv in HTML', () => {
    const a = iconv.encode('<html><head><meta charset="windows-1251"><title>Тест</title>', 'windows-1251');
    const b = iconv.encode('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><title>Тест</title>', 'koi8-r');
    expect(decodeBody(a, { kind: 'html' }).text).toContain('Тест');
    expect(decodeBody(b, { kind: 'html' }).text).toContain('Тест');
  });

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', () => {
    const bytes = iconv.encode('<a>naïve café</a>', 'windows-1252');
    expect(decodeBody(bytes, { kind: 'xml' })).toEqual({ text: '<a>naïve café</a>', charset: 'windows-1252' });
  });

  it('decodes JSON Feed as UTF-8 regardless of a stray prolog-like string', () => {
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Ж', items: [] });
    expect(decodeBody(Buffer.from(json), { kind: 'json' })).toEqual({ text: json, charset: 'utf-8' });
  });
});
