/**
 * The conformance scorer's date agreement (scripts/lib/meta-score.ts): a printed day without a time against the
 * labels' instants. Each case is a shape seen in test/fixtures/dates/scrapinghub.json (labels keep the structured
 * instant, in UTC or with the page's offset) beside what the extractor writes for a printed day (midnight UTC).
 */
import { sameCalendarDay, scoreDates } from '../../scripts/lib/meta-score';

describe('sameCalendarDay', () => {
  it.each([
    ['an evening story in California, labelled in UTC, printed as its local day', '2019-11-20T01:50:59Z', '2019-11-19T00:00:00.000Z', true],
    ['the day before that local day', '2019-11-20T01:50:59Z', '2019-11-18T00:00:00.000Z', false],
    ['a label with its own offset: its local day decides', '2019-11-19T18:18:25-08:00', '2019-11-19T00:00:00.000Z', true],
    ['a label with its own offset: the next day is wrong', '2019-11-19T18:18:25-08:00', '2019-11-20T00:00:00.000Z', false],
    ['a bare-day label against an instant with an offset', '2019-11-19', '2019-11-19T23:30:00-05:00', true],
    ['a bare-day label against a UTC instant that is that day in the Americas', '2019-11-19', '2019-11-20T04:30:00Z', true],
    ['a UTC instant two days on is no time zone away', '2019-11-19', '2019-11-21T00:30:00Z', false],
    ['two instants: the same UTC day', '2019-11-19T10:00:00Z', '2019-11-19T22:00:00Z', true],
    ['two instants on different UTC days, whatever their offsets', '2019-11-19T10:00:00Z', '2019-11-19T23:00:00-05:00', false],
  ])('%s', (_name, expected, got, agrees) => {
    expect(sameCalendarDay(expected, got)).toBe(agrees);
  });

  it('scoreDates counts a date given where the label states none as wrong, and an unreadable date as none given', () => {
    const s = scoreDates([
      { id: 'a', expected: '2019-11-20T01:50:59Z', got: '2019-11-19T00:00:00.000Z' },
      { id: 'b', expected: null, got: '2019-11-19T00:00:00.000Z' },
      { id: 'c', expected: '2019-11-19', got: 'not a date' },
    ]);
    expect([s.stated, s.right, s.given, s.wrong]).toEqual([2, 1, 2, 1]);
  });
});
