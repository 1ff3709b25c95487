/** nextPollAt: what servers, feeds, history and errors ask of the next poll. Pure. */
import { nextPollAt, parseMaxAge, skipForbidden, type PollOutcome } from '../../src/fetchers/schedule';

const NOW = new Date('2026-11-28T10:00:00Z'); // a Saturday
const base: PollOutcome = { intervalS: 600, bounds: { minS: 60, maxS: 86400 }, now: NOW, errorCount: 0, random: 0.5 };
const inS = (o: Partial<PollOutcome>) => (nextPollAt({ ...base, ...o }).getTime() - NOW.getTime()) / 1000;

describe('nextPollAt', () => {
  it('polls after the configured interval', () => expect(inS({})).toBe(600));

  it.each([
    [0, 540],
    [0.999999, 660],
  ])('spreads feeds with ±10%% jitter (random %p → %p s)', (random, s) => expect(inS({ random })).toBeCloseTo(s, 0));

  it.each([
    [1, 600],
    [2, 1200],
    [3, 2400],
    [6, 19200],
    [12, 86400],
    [40, 86400],
  ])('backs off exponentially with a cap: %p failures → %p s', (errorCount, s) => expect(inS({ errorCount })).toBe(s));

  it('waits for Retry-After even when the backoff is shorter', () => expect(inS({ errorCount: 1, retryAfterMs: 7_200_000 })).toBe(7200));
  it('waits for Cache-Control max-age', () => expect(inS({ maxAgeS: 3600 })).toBe(3600));
  it('waits for the RSS <ttl> (minutes)', () => expect(inS({ ttlMinutes: 120 })).toBe(7200));
  it('never waits beyond the upper bound, even when asked to', () => expect(inS({ maxAgeS: 10 * 86400 })).toBe(86400));

  it.each([
    [480, 360], // 480 entries a day → every 6 min for ~2 new entries per poll
    [100_000, 60], // never faster than the lower bound
    [1, 600], // never slower than the configured interval
    [0, 600],
  ])('adapts to %p entries/day → %p s', (entriesPerDay, s) => expect(inS({ entriesPerDay })).toBe(s));

  it('skips hours listed in skipHours (GMT)', () => {
    const t = nextPollAt({ ...base, skipHours: [10, 11, 12] });
    expect(t.toISOString()).toBe('2026-11-28T13:00:00.000Z');
  });

  it('skips days listed in skipDays', () => {
    const t = nextPollAt({ ...base, skipDays: ['Saturday', 'Sunday'] });
    expect(t.toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });
});

describe('skipForbidden', () => {
  it('ignores a list that forbids every hour (a broken feed must still be polled)', () => {
    const t = new Date('2026-11-28T10:10:00Z');
    expect(
      skipForbidden(
        t,
        Array.from({ length: 24 }, (_, h) => h),
        [],
      ),
    ).toEqual(t);
  });
});

describe('parseMaxAge', () => {
  it.each([
    ['public, max-age=300', 300],
    ['max-age="60", must-revalidate', 60],
    ['s-maxage=120', undefined],
    ['s-max-age=120', 120],
    ['no-cache', undefined],
    [undefined, undefined],
  ])('%p → %p', (h, s) => expect(parseMaxAge(h)).toBe(s));
});
