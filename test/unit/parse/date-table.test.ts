/**
 * Python feedparser's documented date table ("Recognized Date Formats" in its date-parsing docs),
 * row by row, with feedparser's parsed value written as UTC ISO; plus the zone names and military
 * letters its RFC 822 reader knows. Results are computed with Date.UTC only, so the process TZ is irrelevant.
 */
import { parseFeedDate } from '../../../src/fetchers/parse/dates';

describe('feedparser date table', () => {
  it.each([
    ['valid RFC 822 (2-digit year)', 'Thu, 01 Jan 04 19:48:21 GMT', '2004-01-01T19:48:21Z'],
    ['valid RFC 822 (4-digit year)', 'Thu, 01 Jan 2004 19:48:21 GMT', '2004-01-01T19:48:21Z'],
    ['invalid RFC 822 (no time)', '01 Jan 2004', '2004-01-01T00:00:00Z'],
    ['invalid RFC 822 (no seconds)', '01 Jan 2004 00:00 GMT', '2004-01-01T00:00:00Z'],
    ['valid W3CDTF (numeric timezone)', '2003-12-31T10:14:55-08:00', '2003-12-31T18:14:55Z'],
    ['valid W3CDTF (UTC timezone)', '2003-12-31T10:14:55Z', '2003-12-31T10:14:55Z'],
    ['valid W3CDTF (yyyy)', '2003', '2003-01-01T00:00:00Z'],
    ['valid W3CDTF (yyyy-mm)', '2003-12', '2003-12-01T00:00:00Z'],
    ['valid W3CDTF (yyyy-mm-dd)', '2003-12-31', '2003-12-31T00:00:00Z'],
    ['valid ISO 8601 (yyyymmdd)', '20031231', '2003-12-31T00:00:00Z'],
    ['valid ISO 8601 (-yy-mm)', '-03-12', '2003-12-01T00:00:00Z'],
    ['valid ISO 8601 (-yymm)', '-0312', '2003-12-01T00:00:00Z'],
    ['valid ISO 8601 (-yy-mm-dd)', '-03-12-31', '2003-12-31T00:00:00Z'],
    ['valid ISO 8601 (yymmdd)', '031231', '2003-12-31T00:00:00Z'],
    ['valid ISO 8601 (yyyy-o)', '2003-335', '2003-12-01T00:00:00Z'],
    ['valid ISO 8601 (yyo)', '03335', '2003-12-01T00:00:00Z'],
    ['valid asctime', 'Sun Jan 4 16:29:06 PST 2004', '2004-01-05T00:29:06Z'],
    ['bogus RFC 822 (invalid day/month)', 'Thu, 31 Jun 2004 19:48:21 GMT', '2004-07-01T19:48:21Z'],
    ['bogus RFC 822 (invalid month)', 'Mon, 26 January 2004 16:31:00 EST', '2004-01-26T21:31:00Z'],
    ['bogus RFC 822 (invalid timezone)', 'Mon, 26 Jan 2004 16:31:00 ET', '2004-01-26T21:31:00Z'],
    ['bogus asctime', 'Sun Jan  4 16:29:06 2004', '2004-01-04T16:29:06Z'],
    ['bogus ISO 8601 (invalid time)', '2003-12-31T25:14:55Z', '2004-01-01T01:14:55Z'],
    ['bogus ISO 8601 (invalid minute)', '2003-12-31T10:61:55Z', '2003-12-31T11:01:55Z'],
    ['bogus ISO 8601 (invalid second)', '2003-12-31T10:14:61Z', '2003-12-31T10:15:01Z'],
    ['Korean (Nate)', '2004-05-25 오후 11:23:17', '2004-05-25T14:23:17Z'],
    ['Korean (OnBlog)', '2004년 05월 28일  01:31:15', '2004-05-27T16:31:15Z'],
    ['Greek', 'Κυρ, 11 Ιούλ 2004 12:00:00 EST', '2004-07-11T17:00:00Z'],
    ['Hungarian', '2004-július-13T9:15-05:00', '2004-07-13T14:15:00Z'],
    ['Perforce', 'Fri, 2006/09/15 08:19:53 EDT', '2006-09-15T12:19:53Z'],
    // feedparser reads this MSSQL form as Korean time (14:56:58Z); a zoneless date is UTC here, as everywhere.
    ['MSSQL (UTC here, not KST)', '2004-07-08 23:56:58.0', '2004-07-08T23:56:58Z'],
  ])('%s: %s', (_row, raw, iso) => {
    expect(parseFeedDate(raw)).toBe(iso);
  });
});

describe('zone names', () => {
  const at = (zone: string) => parseFeedDate(`Thu, 01 Jan 2004 12:00:00 ${zone}`);
  it.each([
    ['GMT', '12:00'],
    ['UT', '12:00'],
    ['Z', '12:00'],
    ['EST', '17:00'],
    ['EDT', '16:00'],
    ['ET', '17:00'],
    ['CST', '18:00'],
    ['CDT', '17:00'],
    ['CT', '18:00'],
    ['MST', '19:00'],
    ['MDT', '18:00'],
    ['MT', '19:00'],
    ['PST', '20:00'],
    ['PDT', '19:00'],
    ['PT', '20:00'],
    ['AST', '16:00'],
    ['ADT', '15:00'],
    ['MET', '11:00'],
    ['MEST', '10:00'],
    // RFC 822 military letters as written there (feedparser: a −1, n +1, m −12, y +12)
    ['A', '13:00'],
    ['I', '21:00'],
    ['K', '22:00'],
    ['M', '00:00'],
    ['N', '11:00'],
    ['Y', '00:00'],
  ])('%s', (zone, hhmm) => {
    expect(at(zone)?.slice(11, 16)).toBe(hhmm);
  });

  it('rolls the day over with the zone', () => {
    expect(at('M')).toBe('2004-01-02T00:00:00Z');
    expect(at('Y')).toBe('2004-01-01T00:00:00Z');
  });
});

describe('still rejected', () => {
  it.each(['', 'soon', '2003-13-01', '2003-367', 'Thu, 01 Foo 2004 12:00:00 GMT', 'Κυρ, 11 Ιού 2004 12:00:00 EST'])('%p', (raw) => {
    expect(parseFeedDate(raw)).toBeNull();
  });
});
