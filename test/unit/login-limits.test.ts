/** Pure parts of the login limits: the delay schedule, the hash slots, WIREROOM_TRUSTED_PROXIES. */
import { createHashSlots } from '../../src/auth/hash-slots';
import { ADDRESS_POLICY, delayAfter, delaySchedule, USER_ADDRESS_POLICY } from '../../src/auth/login-throttle';
import { buildSettings } from '../../src/settings';

describe('delayAfter', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 30_000],
    [6, 60_000],
    [7, 120_000],
    [11, 1_920_000],
    [12, 3_600_000],
    [500, 3_600_000],
  ])('after %i failures of one user at one address waits %i ms', (f, ms) => expect(delayAfter(f, USER_ADDRESS_POLICY)).toBe(ms));

  it('an address waits 15 minutes after 20 failures, never longer', () => {
    expect([19, 20, 21, 40].map((f) => delayAfter(f, ADDRESS_POLICY))).toEqual([0, 900_000, 900_000, 900_000]);
  });

  it('the schedule covers every count up to the cap, which repeats from there', () => {
    const s = delaySchedule(USER_ADDRESS_POLICY);
    expect(s.slice(0, 7)).toEqual([0, 0, 0, 0, 0, 30_000, 60_000]);
    expect(s[s.length - 1]).toBe(USER_ADDRESS_POLICY.maxDelayMs);
    expect(s.every((d, i) => d === delayAfter(i, USER_ADDRESS_POLICY))).toBe(true);
  });
});

describe('createHashSlots', () => {
  it('runs at most `max` at once, queues up to `maxWaiting`, turns the rest away', async () => {
    const slots = createHashSlots(2, 3);
    let running = 0;
    let peak = 0;
    const work = () =>
      slots.run(async () => {
        peak = Math.max(peak, ++running);
        await new Promise((r) => setTimeout(r, 20));
        running--;
        return 'done';
      });
    const results = await Promise.all(Array.from({ length: 7 }, work));
    expect(peak).toBe(2);
    expect(results.filter((r) => r.busy)).toHaveLength(2);
    expect(results.filter((r) => !r.busy)).toHaveLength(5);
    expect((await work()).busy).toBe(false); // slots come back
  });
});

describe('WIREROOM_TRUSTED_PROXIES', () => {
  const settingsWith = (v?: string) => buildSettings({ WIREROOM_TRUSTED_PROXIES: v }, () => 'sources: []\n');
  it.each([
    [undefined, false],
    ['0', false],
    ['2', 2],
    ['127.0.0.1', ['127.0.0.1']],
    ['10.0.0.0/8, ::1 ,loopback', ['10.0.0.0/8', '::1', 'loopback']],
    ['fd00::/8', ['fd00::/8']],
  ])('%s → %j', (v, want) => expect(settingsWith(v).trustedProxies).toEqual(want));

  it('names the bad entries and the accepted forms', () => {
    expect(() => settingsWith('10.0.0.0/33, proxy.example, 127.0.0.1')).toThrow(
      /WIREROOM_TRUSTED_PROXIES.*not an address or range: 10\.0\.0\.0\/33, proxy\.example; must be a number of proxy hops/,
    );
  });
});
