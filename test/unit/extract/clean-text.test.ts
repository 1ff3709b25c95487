/**
 * cleanText: the whitespace and invisible characters of page text. The Persian and Hindi examples are the kind of words the
 * round-22 probe pages printed (arabic-persian/ofoghnama, varagh, irannegar lost their zero-width non-joiners); the emoji
 * is from a tweet embedded in a scrapinghub page (nj.com, 3f65af7).
 */
import { cleanText } from '../../../src/workers/extract/text';

describe('cleanText', () => {
  it('collapses whitespace and trims', () => {
    expect(cleanText('  Harbour \n\t wall  repairs\u00a0begin ')).toBe('Harbour wall repairs begin');
  });

  it.each([
    [' Harbour', 'Harbour'],
    ['Harbour ', 'Harbour'],
    ['\tHarbour', 'Harbour'],
    ['Harbour\u3000', 'Harbour'],
    ['Harbour  wall', 'Harbour wall'],
    ['Harbour\u00a0wall', 'Harbour wall'],
    ['Harbour \nwall', 'Harbour wall'],
    ['Harbour wall', 'Harbour wall'],
    [' ', ''],
    ['', ''],
  ])('tidies whitespace at an end, in a run or other than a plain space: %j', (raw, tidy) => {
    expect(cleanText(raw)).toBe(tidy);
  });

  it('composes to NFC, in Latin and other scripts', () => {
    expect(cleanText('Cafe\u0301 am Hafen')).toBe('Café am Hafen');
    expect(cleanText('\u0418\u0306 ')).toBe('\u0419');
  });

  it('drops the zero-width space, word joiner, byte-order mark and soft hyphen', () => {
    expect(cleanText('\ufeffHar\u00adbour\u200b wall\u2060')).toBe('Harbour wall');
  });

  it('keeps the zero-width non-joiner and joiner between the letters they shape (Persian, Hindi) and in emoji sequences', () => {
    expect(cleanText('جیره\u200cبندی آب در دشت\u200cآباد')).toBe('جیره\u200cبندی آب در دشت\u200cآباد');
    expect(cleanText('क्\u200dष')).toBe('क्\u200dष');
    expect(cleanText('Dianna E. Anderson 🏳️\u200d🌈')).toBe('Dianna E. Anderson 🏳️\u200d🌈');
  });

  it('drops a joiner a template left beside a space, an ASCII character or an end', () => {
    expect(cleanText('\u200cHarbour\u200c wall \u200drepairs\u200d')).toBe('Harbour wall repairs');
    expect(cleanText('www.\u200cexample\u200c.com')).toBe('www.example.com');
  });
});
