/** WIREROOM_TEST_PREFIX: which values are accepted, and which names count as a stale run of a prefix. */
import { isStaleName, STALE_MS } from '../support/run-cleanup';
import { DEFAULT_TEST_PREFIX, newRunId, parseRunStart, parseTestPrefix } from '../support/test-prefix';

const NOW = Date.UTC(2026, 11, 5, 10, 0, 0);
const OLD = NOW - STALE_MS - 60_000;
const run = (at: number) => newRunId(at, 4242);

describe('parseTestPrefix', () => {
  it.each([
    [undefined, DEFAULT_TEST_PREFIX],
    ['', DEFAULT_TEST_PREFIX],
    ['wr_t_', 'wr_t_'],
    ['ci_job7_', 'ci_job7_'],
    ['x', 'x'],
  ])('%j → %j', (raw, want) => {
    expect(parseTestPrefix(raw)).toBe(want);
  });

  it.each(['WR_T_', 'wr-t-', 'wr t', 'wr_t_%', 'wr_t_*', 'wr"t', 'a'.repeat(25)])('refuses %j, naming the variable and the rule', (raw) => {
    expect(() => parseTestPrefix(raw)).toThrow(
      /^WIREROOM_TEST_PREFIX=.* is not a valid test prefix: use 1–24 lowercase letters, digits and underscores/,
    );
  });
});

describe('parseRunStart and isStaleName', () => {
  it('reads the start time back from every kind of name a run makes', () => {
    for (const rest of ['_tpl', '_1234_ab12cd_3', '-9876-ab12cd-1', '-wireroom-start-Xy12Ab', ''])
      expect(parseRunStart(`wr_t_${run(OLD)}${rest}`, 'wr_t_')).toBe(OLD);
  });

  it.each([
    ['a stale run of the prefix', `wr_t_${run(OLD)}_tpl`, 'wr_t_', true],
    ['a live run of the prefix', `wr_t_${run(NOW - 60_000)}_tpl`, 'wr_t_', false],
    ['another prefix', `ci_${run(OLD)}_tpl`, 'wr_t_', false],
    ['another prefix that begins with this one', `wr_t_ci_${run(OLD)}_tpl`, 'wr_t_', false],
    ['a name LIKE would match (`_` as a wildcard)', `wrxtx${run(OLD)}_tpl`, 'wr_t_', false],
    ['this prefix, run by another prefix', `wr_t_${run(OLD)}_tpl`, 'wr_', false],
    ['no run id', 'wr_t_production', 'wr_t_', false],
    ['a "time" before any run', 'wr_t_00000001x1_tpl', 'wr_t_', false],
  ])('%s: %s with prefix %s → %s', (_what, name, prefix, stale) => {
    expect(isStaleName(name, prefix, NOW)).toBe(stale);
  });
});
