/** The host pause after a 429/503 (hostPauseMs, the local limiter) and the database watch's decisions (planDbWatch). Pure. */
import { planDbWatch } from '../../src/db-watch';
import { HOST_ERROR_RUN, HOST_PAUSE_MAX_MS, createLocalHostLimiter, hostPauseMs, nextErrorRun } from '../../src/http/host-limiter';

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

describe('nextErrorRun', () => {
  it.each([
    ['a first 500 starts a run', [], '/a', 500, ['/a'], false],
    ['a 502 from another page grows it', ['/a'], '/b', 502, ['/a', '/b'], false],
    ['the same page failing again does not count twice', ['/a', '/b'], '/b', 500, ['/a', '/b'], false],
    ['a third distinct page pauses the host and starts again', ['/a', '/b'], '/c', 504, [], true],
    ['a 200 ends the run', ['/a', '/b'], '/c', 200, [], false],
    ['a 404 ends it too (the host answers)', ['/a', '/b'], '/c', 404, [], false],
    ['a 503 is a refusal of its own, not part of a run', ['/a', '/b'], '/c', 503, [], false],
  ])('%s', (_case, run, url, status, next, pause) => {
    expect(nextErrorRun(run, url, status)).toEqual({ run: next, pause });
  });

  it('needs HOST_ERROR_RUN distinct pages', () => {
    let run: string[] = [];
    const pauses = Array.from({ length: HOST_ERROR_RUN * 2 }, (_, i) => {
      const r = nextErrorRun(run, `/p${i}`, 500);
      run = r.run;
      return r.pause;
    });
    expect(pauses.map((p, i) => (p ? i + 1 : 0)).filter(Boolean)).toEqual([HOST_ERROR_RUN, HOST_ERROR_RUN * 2]);
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
