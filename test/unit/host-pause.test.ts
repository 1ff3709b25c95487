/** The host pause after a 429/503 (hostPauseMs, the local limiter) and the database watch's decisions (planDbWatch). Pure. */
import { planDbWatch } from '../../src/db-watch';
import { HOST_PAUSE_MAX_MS, createLocalHostLimiter, hostPauseMs } from '../../src/http/host-limiter';

describe('hostPauseMs', () => {
  it.each([
    ['Retry-After wins', 3, 60_000, 60_000],
    ['a year-long Retry-After is capped', 1, 365 * 86_400_000, HOST_PAUSE_MAX_MS],
    ['no Retry-After: 5 s first', 1, undefined, 5_000],
    ['no Retry-After: doubles per recent refusal', 3, undefined, 20_000],
    ['no Retry-After: capped', 30, undefined, HOST_PAUSE_MAX_MS],
    ['Retry-After: 0 counts as none', 2, 0, 10_000],
  ])('%s', (_name, strikes, retryAfter, expected) => {
    expect(hostPauseMs(strikes, retryAfter)).toBe(expected);
  });
});

describe('local host limiter pauses', () => {
  it('refuses a paused host without a request until the pause ends; other hosts go on', async () => {
    let now = 1_000_000;
    const limiter = createLocalHostLimiter(2, () => now);
    expect(await limiter.penalize('News.test', 2000)).toBe(2000);
    await expect(limiter.acquire('news.test')).rejects.toMatchObject({ code: 'FETCH_RATE_LIMITED', retryAfterMs: 2000 });
    (await limiter.acquire('other.test'))();
    now += 2000;
    (await limiter.acquire('news.test'))();
  });

  it('never shortens a pause in force', async () => {
    const now = 0;
    const limiter = createLocalHostLimiter(1, () => now);
    await limiter.penalize('a.test', 60_000);
    expect(await limiter.penalize('a.test', 1000)).toBe(60_000);
  });
});

describe('planDbWatch', () => {
  it.each([
    ['a failed probe pauses', false, false, 'pause', true],
    ['a failed probe while paused does nothing more', true, false, null, true],
    ['an answer while paused resumes', true, true, 'resume', false],
    ['an answer while running does nothing', false, true, null, false],
  ] as const)('%s', (_name, paused, ok, action, pausedAfter) => {
    expect(planDbWatch({ paused }, ok)).toEqual({ next: { paused: pausedAfter }, action });
  });
});
