import { snakeCase, snakeKeys } from '../../../src/core/snake-keys';

describe('snakeKeys', () => {
  it.each([
    ['pollIntervalS', 'poll_interval_s'],
    ['creditTemplate', 'credit_template'],
    ['maxBodyBytes', 'max_body_bytes'],
    ['id', 'id'],
    ['already_snake', 'already_snake'],
  ])('%s → %s', (k, want) => expect(snakeCase(k)).toBe(want));

  it('renames keys at every depth and keeps values', () => {
    expect(snakeKeys({ pushTokenEnv: null, feeds: [{ pollIntervalS: 60, title: 'camelCase value' }], extract: { body: 'x' } })).toEqual({
      push_token_env: null,
      feeds: [{ poll_interval_s: 60, title: 'camelCase value' }],
      extract: { body: 'x' },
    });
  });
});
