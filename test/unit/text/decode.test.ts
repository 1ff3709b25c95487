/** The one decoding layer: each case of issue 15 (pages, feeds, wire copy), by the witness that decides. */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { decodeBody, decodeHtml, decodeXml } from '../../../src/text/charset';
import { chooseEncoding, decodesAsUtf8, encodingName } from '../../../src/text/sniff';
import { parseFeed } from '../../../src/fetchers/parse/index';
import { feedContentType } from '../../../src/fetchers/feed-charset';
import { parseWire } from '../../../src/fetchers/parse/wire/index';

const QQ_GBK = fs.readFileSync(path.join(__dirname, '../../fixtures/charset/qq-gbk.html'));
const QQ_TITLE = 'DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网';
const rss = (decl: string | null, title: string): string =>
  `${decl ? `<?xml version="1.0" encoding="${decl}"?>` : ''}<rss version="2.0"><channel><title>${title}</title><item><title>${title}</title><guid>a</guid></item></channel></rss>`;

describe('pages (WHATWG sniffing, then detection)', () => {
  it('reads a GBK page by its <meta charset="gbk"> (cut from the readability qq page)', () => {
    expect(chooseEncoding(QQ_GBK, 'html')).toEqual({ charset: 'gbk', start: 0, source: 'meta' });
    const text = decodeHtml(QQ_GBK);
    expect(text).toContain(`<title>${QQ_TITLE}</title>`);
    expect(text).toContain('TNW中文站 10月14日报道');
  });

  it('reads the same page as UTF-8 when it was re-encoded and kept its gb2312 meta (the corpus copy)', () => {
    const utf8 = Buffer.from(decodeHtml(QQ_GBK).replace('charset=gbk', 'charset=gb2312'));
    expect(chooseEncoding(utf8, 'html').charset).toBe('utf-8');
    expect(decodeHtml(utf8)).toContain(QQ_TITLE);
  });

  it.each([
    [
      'the HTTP charset over <meta>',
      iconv.encode('<meta charset="koi8-r"><p>Привет, мир</p>', 'windows-1251'),
      'text/html; charset=windows-1251',
      'windows-1251',
      'header',
    ],
    [
      'a UTF-8 BOM over the HTTP charset',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Grüße</p>')]),
      'text/html; charset=windows-1252',
      'utf-8',
      'bom',
    ],
    [
      'a UTF-16LE BOM over a UTF-8 header',
      iconv.encode('<p>Grüße</p>', 'utf-16le', { addBOM: true }),
      'text/html; charset=utf-8',
      'utf-16le',
      'bom',
    ],
    [
      'a UTF-8 header the bytes refute: <meta> decides',
      iconv.encode('<meta charset="windows-1252"><p>Café</p>', 'windows-1252'),
      'text/html; charset=utf-8',
      'windows-1252',
      'meta',
    ],
    [
      'meta http-equiv',
      iconv.encode('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>Łódź</p>', 'iso-8859-2'),
      undefined,
      'iso-8859-2',
      'meta',
    ],
  ])('%s', (_what, bytes, header, charset, source) => {
    expect(chooseEncoding(bytes, 'html', header)).toMatchObject({ charset, source });
  });

  it('detects undeclared legacy text with chardet (Shift_JIS)', () => {
    const text =
      '<p>東京都は十二月五日、新しい交通計画を発表しました。市民の皆様のご意見をお待ちしております。今後の予定については改めてお知らせします。</p>';
    const bytes = iconv.encode(text, 'shift_jis');
    expect(chooseEncoding(bytes, 'html')).toEqual({ charset: 'shift_jis', start: 0, source: 'detected' });
    expect(decodeHtml(bytes)).toBe(text);
  });

  it('falls back to windows-1252 when nothing is declared and detection has no answer', () => {
    expect(decodeHtml(Buffer.from([0x3c, 0x70, 0x3e, 0x93, 0x68, 0x69, 0x94]))).toBe('<p>“hi”');
  });

  it('keeps a UTF-8 body whose last character was cut by a size cap', () => {
    const cut = Buffer.from('<p>Grüße aus Köln – ein Gedankenstrich').subarray(0, -1);
    expect(decodesAsUtf8(cut)).toBe(true);
    expect(chooseEncoding(cut, 'html', 'text/html; charset=utf-8').charset).toBe('utf-8');
  });
});

describe('XML (BOM, declaration, header; windows-1252 when UTF-8 does not decode)', () => {
  const cafe = 'Café “quoted” — €5';

  it('a feed whose HTTP header says UTF-8 over windows-1252 bytes', () => {
    const bytes = iconv.encode(rss(null, cafe), 'windows-1252');
    const header = 'application/rss+xml; charset=utf-8';
    expect(chooseEncoding(bytes, 'xml', header)).toMatchObject({ charset: 'windows-1252', source: 'default' });
    const r = parseFeed(bytes, { contentType: feedContentType(bytes, header) });
    expect(r.ok && r.feed.items[0]?.title).toBe(cafe);
  });

  it('a feed declared UTF-8 in its prolog over windows-1252 bytes, header too', () => {
    const bytes = iconv.encode(rss('utf-8', cafe), 'windows-1252');
    const r = parseFeed(bytes, { contentType: 'text/xml; charset=utf-8' });
    expect(r.ok && r.feed.title).toBe(cafe);
  });

  it.each([
    [
      'a UTF-8 BOM over a windows-1251 header and declaration',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rss('windows-1251', 'Grüße'))]),
      'text/xml; charset=windows-1251',
      'utf-8',
      'bom',
    ],
    [
      'a UTF-16BE BOM over a UTF-8 header',
      iconv.encode(rss(null, 'Grüße'), 'utf-16be', { addBOM: true }),
      'text/xml; charset=utf-8',
      'utf-16be',
      'bom',
    ],
  ])('%s: the BOM wins', (_what, bytes, header, charset, source) => {
    expect(chooseEncoding(bytes, 'xml', header)).toMatchObject({ charset, source });
    const r = parseFeed(bytes, { contentType: header });
    expect(r.ok && r.feed.title).toBe('Grüße');
  });

  it.each([
    [
      'the declaration over a blanket iso-8859-1 header',
      iconv.encode(rss('windows-1251', 'Новости'), 'windows-1251'),
      'text/xml; charset=iso-8859-1',
      'windows-1251',
      'declaration',
      'Новости',
    ],
    [
      'the header when the declared UTF-8 does not decode',
      iconv.encode(rss('utf-8', 'Новости'), 'koi8-r'),
      'text/xml; charset=koi8-r',
      'koi8-r',
      'header',
      'Новости',
    ],
    [
      'UTF-8 bytes declared latin-1 with a UTF-8 header: the header',
      Buffer.from(rss('iso-8859-1', 'Grüße')),
      'text/xml; charset=utf-8',
      'utf-8',
      'header',
      'Grüße',
    ],
    [
      'UTF-8 bytes still declared latin-1, no header: the bytes',
      Buffer.from(rss('iso-8859-1', 'Grüße')),
      undefined,
      'utf-8',
      'detected',
      'Grüße',
    ],
    [
      'an IBM code page WHATWG lacks (iconv-lite decodes it)',
      iconv.encode(rss('cp437', 'Ça'), 'cp437'),
      undefined,
      'cp437',
      'declaration',
      'Ça',
    ],
  ])('%s', (_what, bytes, header, charset, source, title) => {
    expect(chooseEncoding(bytes, 'xml', header)).toMatchObject({ charset, source });
    const r = parseFeed(bytes, { contentType: header });
    expect(r.ok && r.feed.title).toBe(title);
  });

  it('maps labels as WHATWG Encoding does', () => {
    expect([encodingName('ISO-8859-1'), encodingName('"gb2312"'), encodingName('utf8'), encodingName('no-such-thing')]).toEqual([
      'windows-1252',
      'gbk',
      'utf-8',
      null,
    ]);
  });

  it('decodes JSON as UTF-8 whatever a stray prolog-like string says', () => {
    const json = JSON.stringify({ title: '<?xml encoding="koi8-r"?> Ж' });
    expect(decodeBody(Buffer.from(json), { kind: 'json' })).toEqual({ text: json, charset: 'utf-8' });
  });
});

describe('wire copy', () => {
  const latin1 = fs.readFileSync(path.join(__dirname, '../../fixtures/wire/nitf-3.6-latin1.xml'));
  const title = 'Jürgen Pölzl übernimmt die Hafenbehörde';

  it('reads an NITF document declared ISO-8859-1', () => {
    expect(decodeXml(latin1)).toContain(`<hl1>${title}</hl1>`);
    const r = parseWire(latin1);
    expect(r.ok && r.doc.items[0]?.entry.title).toBe(title);
  });

  it('reads it whatever a wrong UTF-8 header says, and the same text re-encoded as UTF-8', () => {
    const r = parseWire(latin1, 'nitf', 'application/xml; charset=utf-8');
    expect(r.ok && r.doc.items[0]?.entry.title).toBe(title);
    for (const decl of ['UTF-8', 'ISO-8859-1']) {
      // re-encoded to UTF-8, with and without its old label
      const u = parseWire(Buffer.from(decodeXml(latin1).replace('ISO-8859-1', decl)));
      expect(u.ok && u.doc.items[0]?.entry.title).toBe(title);
    }
  });
});
