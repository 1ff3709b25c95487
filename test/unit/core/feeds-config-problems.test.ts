/**
 * feeds.yaml problems in one pass: schema, cross-entry and bound checks together, each at the
 * line and column of its key, unknown keys with a suggestion, one line per YAML syntax error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFeedsConfig } from '../../../src/settings/feeds-config';
import { suggestKey } from '../../../src/settings/feeds-problems';

const FILE = 'config/feeds.yaml';
function problemsOf(yaml: string): string[] {
  const r = parseFeedsConfig(yaml, FILE);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}
const src = (extra: string, feedExtra = '') =>
  `sources:\n  - id: rt\n    name: RT\n${extra}    feeds:\n      - url: https://www.rt.com/rss/news/\n${feedExtra}`;

it('reports eight kinds of mistakes in one real-shaped file, in file order, each with line and column', () => {
  const file = path.join(__dirname, '../../fixtures/config/eight-mistakes.yaml');
  const problems = problemsOf(fs.readFileSync(file, 'utf8')).map((p) => p.slice(0, p.indexOf(': ', FILE.length + 1)));
  // The fixture has a comment line first, so every line is one below the .scratch original.
  expect(problems).toEqual([
    `${FILE}:4:3`, // unknown key with a suggestion (defaults)
    `${FILE}:8:5`, // unknown key "rigths"
    `${FILE}:11:9`, // poll_interval under the minimum
    `${FILE}:12:5`, // duplicate source id
    `${FILE}:14:5`, // value not in the enum
    `${FILE}:16:9`, // feed listed twice
    `${FILE}:17:9`, // not a URL
    `${FILE}:18:9`, // unknown feed key "titel"
    `${FILE}:19:5`, // missing id
    `${FILE}:20:5`, // unknown credit placeholder
  ]);
});

describe('one problem, its place and its fix', () => {
  it.each<[string, string, string]>([
    [
      'a typo in a source key',
      src('    rigths: full\n'),
      `${FILE}:4:5: sources[0] (id "rt") → rigths: unknown key "rigths"; did you mean "rights"?`,
    ],
    [
      'a key unlike any allowed one',
      src('    colour: red\n'),
      `${FILE}:4:5: sources[0] (id "rt") → colour: unknown key "colour"; remove it, or use one of id, name, homepage, aliases, feeds, rights, review, credit, poll_interval, max_body, excerpt_words, categories, language, extract, paused, push_token_env.`,
    ],
    [
      'a poll interval under the minimum',
      src('', '        poll_interval: 1m\n'),
      `${FILE}:6:9: sources[0] (id "rt") → feeds[0] (https://www.rt.com/rss/news/) → poll_interval: poll_interval 1m is below the minimum min_poll_interval 5m; use at least 5m (or lower defaults.min_poll_interval).`,
    ],
    [
      'a source poll interval over the maximum',
      src('    poll_interval: 2d\n'),
      `${FILE}:4:5: sources[0] (id "rt") → poll_interval: poll_interval 2d is above the maximum max_poll_interval 1d; use at most 1d (or raise defaults.max_poll_interval).`,
    ],
    [
      'bounds the wrong way round',
      `defaults:\n  min_poll_interval: 2h\n  max_poll_interval: 1h\n${src('')}`,
      `${FILE}:2:3: defaults → min_poll_interval: min_poll_interval 2h is above max_poll_interval 1h; swap them.`,
    ],
  ])('%s', (_name, yaml, expected) => expect(problemsOf(yaml)).toEqual([expected]));

  it('accepts an interval the lowered minimum allows, unchanged', () => {
    const r = parseFeedsConfig(`defaults:\n  min_poll_interval: 1m\n${src('', '        poll_interval: 1m\n')}`, FILE);
    expect(r.ok && r.config.sources[0]!.feeds[0]!.pollIntervalS).toBe(60);
  });

  it('prints one bad indentation once, without repeating the position in the text', () => {
    const problems = problemsOf('sources:\n  - id: rt\n    name: RT\n      rights: full\n');
    expect(problems).toEqual([
      `${FILE}:3:11: YAML syntax error: Nested mappings are not allowed in compact mappings. Fix the indentation or quoting there.`,
    ]);
  });
});

describe('did you mean', () => {
  it.each([
    ['rigths', 'rights'],
    ['reveiw', 'review'],
    ['polll_interval', 'poll_interval'],
    ['URL', 'url'],
    ['colour', undefined],
    ['x', undefined],
  ])('%s → %s', (key, guess) => expect(suggestKey(key, ['rights', 'review', 'poll_interval', 'url', 'id'])).toBe(guess));
});
