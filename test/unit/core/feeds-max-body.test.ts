/** feeds.yaml `max_body`: sizes in bytes or with 1024-based units, its bounds and messages, and feed over source over env. */
import { formatByteSize, parseByteSize } from '../../../src/settings/byte-size';
import { parseFeedsConfig } from '../../../src/settings/feeds-config';

const yaml = (source: string, feed: string) =>
  `sources:\n  - id: big\n    name: Big\n${source}    feeds:\n      - url: https://big.example/feed.xml\n${feed}      - url: https://big.example/other.xml\n`;

function configOf(text: string) {
  const r = parseFeedsConfig(text, 'config/feeds.yaml');
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.config;
}

function problemsOf(text: string): string[] {
  const r = parseFeedsConfig(text, 'config/feeds.yaml');
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

describe('parseByteSize', () => {
  it.each([
    [65536, 65536],
    ['65536', 65536],
    ['512KB', 512 * 1024],
    ['512 kb', 512 * 1024],
    ['60MB', 60 * 1024 * 1024],
    ['1.5MB', 1.5 * 1024 * 1024],
    ['1GB', 1024 ** 3],
    ['2MiB', 2 * 1024 * 1024],
    ['100B', 100],
  ])('%j is %d bytes', (input, bytes) => {
    expect(parseByteSize(input)).toBe(bytes);
  });

  it.each([['lots'], ['60 megabytes'], ['-1MB'], ['1e6'], [''], [1.5], [-1], [true], [null]])('%j is not a size', (input) => {
    expect(parseByteSize(input)).toBeUndefined();
  });

  it.each([
    [1024, '1KB'],
    [65536, '64KB'],
    [60 * 1024 * 1024, '60MB'],
    [1024 ** 3, '1GB'],
    [1500, '1500B'],
  ])('formats %d as %s', (bytes, text) => {
    expect(formatByteSize(bytes)).toBe(text);
  });
});

describe('feeds.yaml max_body', () => {
  it('is null on feed and source when the file does not set it (WIREROOM_HTTP_MAX_BODY applies)', () => {
    const s = configOf(yaml('', '')).sources[0]!;
    expect(s.maxBodyBytes).toBeNull();
    expect(s.feeds.map((f) => f.maxBodyBytes)).toEqual([null, null]);
  });

  it('a source value reaches every feed of the source; a feed value overrides it for that feed only', () => {
    const s = configOf(yaml('    max_body: 30MB\n', '        max_body: 60MB\n')).sources[0]!;
    expect(s.maxBodyBytes).toBe(30 * 1024 * 1024);
    expect(s.feeds.map((f) => f.maxBodyBytes)).toEqual([60 * 1024 * 1024, 30 * 1024 * 1024]);
  });

  it('a feed value without a source value applies to that feed only', () => {
    const s = configOf(yaml('', '        max_body: 1048576\n')).sources[0]!;
    expect(s.feeds.map((f) => f.maxBodyBytes)).toEqual([1024 * 1024, null]);
  });

  it('accepts the bounds 1KB and 1GB', () => {
    expect(configOf(yaml('    max_body: 1KB\n', '        max_body: 1GB\n')).sources[0]!.feeds[0]!.maxBodyBytes).toBe(1024 ** 3);
  });

  it.each([
    ['lots', 'max_body must be a size like "512KB", "60MB" or "1GB" (1024-based), or a number of bytes (got "lots")'],
    ['60 megabytes', 'max_body must be a size like "512KB", "60MB" or "1GB" (1024-based), or a number of bytes (got "60 megabytes")'],
    ['2GB', 'max_body must be from 1KB to 1GB, e.g. "60MB" (got "2GB")'],
    ['512', 'max_body must be from 1KB to 1GB, e.g. "60MB" (got 512)'],
  ])('refuses %j on a feed with a message naming the field, the entry and an example', (value, message) => {
    const problems = problemsOf(yaml('', `        max_body: ${value}\n`));
    expect(problems).toEqual([
      `config/feeds.yaml:6:9: sources[0] (id "big") → feeds[0] (https://big.example/feed.xml) → max_body: ${message}.`,
    ]);
  });

  it('refuses a bad value on a source too, naming the source', () => {
    expect(problemsOf(yaml('    max_body: 0\n', ''))).toEqual([
      'config/feeds.yaml:4:5: sources[0] (id "big") → max_body: max_body must be from 1KB to 1GB, e.g. "60MB" (got 0).',
    ]);
  });
});
