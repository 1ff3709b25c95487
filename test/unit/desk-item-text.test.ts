/** The desk's text helpers: ages, queue excerpts, and a feed summary that only repeats the body's start. */
import { formatAge, queueExcerpt, summaryRepeatsBody } from '../../src/publish/editor/item-text';

describe('summaryRepeatsBody', () => {
  const body = '<p>The 22:40 crossing to Westholm sails again on Monday after the crew union accepted a new rota.</p><p>More.</p>';
  it.each<[string | null, string | null, boolean]>([
    ['The 22:40 crossing to Westholm sails again on Monday after the crew union accepted a new rota.', body, true],
    ['<p>The 22:40 crossing to Westholm sails again on Monday after the crew…</p>', body, true],
    ['The 22:40 crossing to Westholm sails again on Monday after the cr […]', body, true],
    ['the 22:40 CROSSING to Westholm sails again — on Monday. Read more', body, true],
    ['Ferry back on Monday: the union accepted a new rota.', body, false],
    ['The 22:40 crossing to Eastholm sails again on Monday.', body, false],
    ['', body, false],
    [null, body, false],
    ['Anything', null, false],
  ])('%j', (summary, text, repeats) => {
    expect(summaryRepeatsBody(summary, text)).toBe(repeats);
  });
});

describe('formatAge', () => {
  const now = new Date('2026-12-05T10:00:00Z');
  it.each<[string | null, string]>([
    ['2026-12-05T09:59:40Z', 'just now'],
    ['2026-12-05T09:48:00Z', '12 min ago'],
    ['2026-12-05T07:00:00Z', '3 h ago'],
    ['2026-12-03T09:00:00Z', '2 d ago'],
    [null, ''],
  ])('%s → %s', (at, age) => {
    expect(formatAge(at, now)).toBe(age);
  });
});

describe('queueExcerpt', () => {
  it('prefers the summary as text, else the first words of the text, cut with an ellipsis', () => {
    expect(queueExcerpt('<p>Short <b>summary</b>.</p>', 'ignored text', false)).toBe('Short summary .');
    const text = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    expect(queueExcerpt(null, text, false)).toBe(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ') + '…');
    expect(queueExcerpt(null, 'three whole words', false)).toBe('three whole words');
    expect(queueExcerpt(null, null, false)).toBe('');
  });
});
