/** The operator console's pure decisions: the setup link, where /metrics goes, the fix per feed error, the held-directory message. */
import { heldByStartMessage } from '../../src/cli/running-console';
import { isLoopbackHost, METRICS_REFUSED, planMetricsExposure } from '../../src/metrics/exposure';
import { createSetupGate, planSetup, SETUP_TTL_MS, type SetupFacts } from '../../src/auth/setup-token';
import { feedState } from '../../src/publish/console/console-page';
import { feedErrorFix } from '../../src/publish/console/error-fixes';

const NOW = new Date('2026-12-05T06:00:00Z');

describe('planSetup', () => {
  const gate = createSetupGate();
  const token = gate.arm(NOW);
  const base: SetupFacts = { state: gate.state, token, fromLoopback: true, accounts: 0, now: NOW };
  it.each<[string, Partial<SetupFacts>, string]>([
    ['the right token from loopback', {}, 'ok'],
    ['just before expiry', { now: new Date(NOW.getTime() + SETUP_TTL_MS - 1) }, 'ok'],
    ['at expiry', { now: new Date(NOW.getTime() + SETUP_TTL_MS) }, 'expired'],
    ['from another machine', { fromLoopback: false }, 'not-loopback'],
    ['from another machine, even with no account', { fromLoopback: false, state: null }, 'not-loopback'],
    ['once an account exists', { accounts: 1 }, 'has-accounts'],
    ['with no link armed', { state: null }, 'no-link'],
    ['used already', { state: { ...gate.state!, used: true } }, 'used'],
    ['another token', { token: 'not-the-token' }, 'wrong-token'],
    ['no token', { token: undefined }, 'wrong-token'],
  ])('%s', (_name, change, want) => expect(planSetup({ ...base, ...change })).toBe(want));

  it('spends the token once, and gives it back when the account could not be made', () => {
    const g = createSetupGate();
    expect(g.consume()).toBe(false);
    g.arm(NOW);
    expect(g.consume()).toBe(true);
    expect(g.consume()).toBe(false);
    g.release();
    expect(g.consume()).toBe(true);
  });
});

describe('planMetricsExposure', () => {
  it.each<[string, string, string | null, number | null, boolean, string, number | null]>([
    ['loopback serve', '127.0.0.1', null, null, true, 'open', null],
    ['loopback serve with token', '127.0.0.1', 't', null, true, 'token', null],
    ['loopback serve with a port set', 'localhost', null, 9464, true, 'open', null],
    ['public serve, nothing set', '0.0.0.0', null, null, true, 'refused', null],
    ['public serve with token', '0.0.0.0', 't', null, true, 'token', null],
    ['public serve with a port', '0.0.0.0', null, 9464, true, 'refused', 9464],
    ['public serve with token and port', '::', 't', 9464, true, 'token', null],
    ['fetch/work with a port', '0.0.0.0', null, 9464, false, 'none', 9464],
    ['fetch/work without a port', '127.0.0.1', null, null, false, 'none', null],
  ])('%s', (_name, host, token, port, serves, main, separatePort) => {
    expect(planMetricsExposure({ host, token, port, serves })).toMatchObject({ main, separatePort });
  });

  it('says where metrics are in the start line', () => {
    expect(planMetricsExposure({ host: '127.0.0.1', token: null, port: null, serves: true }).summary).toBe(
      '/metrics on the API port (open, loopback only)',
    );
    expect(planMetricsExposure({ host: '0.0.0.0', token: null, port: null, serves: true }).summary).toBe(
      `/metrics off: ${METRICS_REFUSED}`,
    );
    expect(planMetricsExposure({ host: '0.0.0.0', token: null, port: 9464, serves: true }).summary).toBe(
      '/metrics on port 9464 of 0.0.0.0 (open), not on the API port',
    );
  });

  it.each([
    ['127.0.0.1', true],
    ['127.8.0.1', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['localhost', true],
    ['0.0.0.0', false],
    ['::', false],
    ['10.0.0.5', false],
    ['example.test', false],
  ])('isLoopbackHost(%s) = %s', (host, want) => expect(isLoopbackHost(host)).toBe(want));
});

describe('feedErrorFix and feedState', () => {
  it.each<[string | null, number | null, RegExp | null]>([
    [null, null, null],
    ['FETCH_HTTP_ERROR', 500, /failing on its side/],
    ['FETCH_HTTP_ERROR', 404, /new URL/],
    ['FETCH_HTTP_ERROR', 403, /refuses us/],
    ['FETCH_TOO_LARGE', null, /max_body/],
    ['PARSE_NOT_A_FEED', 200, /feeds test/],
    ['SOMETHING_NEW', null, /feeds test <url>/],
  ])('%s %s', (code, status, want) => {
    const fix = feedErrorFix(code, status);
    if (want === null) expect(fix).toBeNull();
    else expect(fix).toMatch(want);
  });

  it.each<[boolean, number, Date | null, string]>([
    [true, 3, NOW, 'paused'],
    [false, 1, NOW, 'failing'],
    [false, 0, null, 'new'],
    [false, 0, NOW, 'ok'],
  ])('paused=%s errors=%s fetched=%s → %s', (paused, error_count, last_fetched_at, want) =>
    expect(feedState({ paused, error_count, last_fetched_at })).toBe(want),
  );
});

describe('heldByStartMessage', () => {
  it('names the pid and the console URL of the running process', () => {
    expect(heldByStartMessage('./data', { url: 'http://127.0.0.1:8080', pid: 42 })).toBe(
      [
        'wireroom: `wireroom start` (pid 42) holds the embedded database in ./data; only one process may open it.',
        'While it runs, do this in the operator console: http://127.0.0.1:8080/editor/console',
        '  (feeds: health, errors and their fix, pause, resume, poll now; accounts: add, disable, enable, unlock, reset password).',
        'No account yet? Open the one-time setup link that `wireroom start` printed. Otherwise stop it (Ctrl-C) and run this command again.',
      ].join('\n'),
    );
  });
  it('falls back to the console path when the URL was not recorded', () => {
    expect(heldByStartMessage('./data', { url: null, pid: null })).toContain(
      'do this in the operator console: /editor/console on the running server',
    );
  });
});
