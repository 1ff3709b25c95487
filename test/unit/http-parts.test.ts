/** Small pure parts of the HTTP client: Retry-After, the address block list, deflate sniffing, feed charsets. */
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { isBlockedAddress } from '../../src/http/address-guard';
import { parseRetryAfter } from '../../src/http/client';
import { looksLikeZlib } from '../../src/http/read-body';
import { feedContentType } from '../../src/fetchers/feed-charset';

const NOW = new Date('2026-11-28T10:00:00Z');

describe('parseRetryAfter (RFC 9110 §10.2.3)', () => {
  it.each([
    ['120', 120_000],
    [' 5 ', 5000],
    ['Sat, 28 Nov 2026 11:00:00 GMT', 3_600_000],
    ['Sat, 28 Nov 2026 09:00:00 GMT', 0], // a date in the past: now
    ['soon', undefined],
    [undefined, undefined],
  ])('%p → %p ms', (v, ms) => expect(parseRetryAfter(v, NOW)).toBe(ms));
});

describe('isBlockedAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    'not-an-ip',
  ])('blocks %s', (a) => expect(isBlockedAddress(a)).toBe(true));
  it.each(['93.184.216.34', '8.8.8.8', '2606:4700::1111', '172.32.0.1'])('allows %s', (a) => expect(isBlockedAddress(a)).toBe(false));
});

describe('looksLikeZlib', () => {
  it('tells zlib-wrapped deflate from raw deflate', () => {
    const text = 'hello hello hello';
    expect(looksLikeZlib(zlib.deflateSync(text))).toBe(true);
    expect(looksLikeZlib(zlib.deflateSync(text, { level: 9 }))).toBe(true);
    expect(looksLikeZlib(zlib.deflateRawSync(text))).toBe(false);
  });
});

describe('feedContentType', () => {
  const cp1251 = iconv.encode(
    '<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>Новости</title></channel></rss>',
    'windows-1251',
  );
  const utf8Lying = Buffer.from('<?xml version="1.0" encoding="iso-8859-1"?><rss><channel><title>Новости</title></channel></rss>');
  it.each([
    [
      'a windows-1251 body labelled utf-8 by the server',
      cp1251,
      'application/rss+xml; charset=utf-8',
      'application/rss+xml; charset=windows-1251',
    ],
    ['a windows-1251 body labelled iso-8859-1', cp1251, 'text/xml; charset=ISO-8859-1', 'text/xml; charset=windows-1251'],
    ['no charset in the header: left to the parser', cp1251, 'text/xml', 'text/xml'],
    ['valid UTF-8 whose declaration lies: the header wins', utf8Lying, 'text/xml; charset=utf-8', 'text/xml; charset=utf-8'],
    ['no header at all', cp1251, undefined, undefined],
  ])('%s', (_what, body, header, expected) => expect(feedContentType(body, header)).toBe(expected));
});
