import { buildSettings } from '../../../src/settings';
import { UserError } from '../../../src/errors';
import { parseFeedsConfig } from '../../../src/settings/feeds-config';
import { parseDuration } from '../../../src/settings/duration';

const minimal = 'sources:\n  - id: rt\n    name: RT\n    feeds:\n      - url: https://www.rt.com/rss/news/\n';

function problemsOf(yaml: string): string[] {
  const r = parseFeedsConfig(yaml, 'config/feeds.yaml');
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

describe('feeds.yaml', () => {
  it('applies the conservative defaults', () => {
    const r = parseFeedsConfig(minimal, 'config/feeds.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rt = r.config.sources[0]!;
    expect(rt).toMatchObject({ rights: 'excerpt', review: 'required', creditTemplate: 'Source: {source}', pollIntervalS: 900 });
    expect(rt.feeds[0]).toMatchObject({ url: 'https://www.rt.com/rss/news/', pollIntervalS: 900 });
    expect(Object.isFrozen(r.config.sources[0])).toBe(true);
  });

  it('reports every problem at once, with the file, line, entry and the fix', () => {
    const problems = problemsOf(
      'sources:\n  - id: RT News\n    name: RT\n    rights: ful\n    feeds:\n      - url: ftp://x\n        poll_interval: soon\n  - id: ok\n    name: Ok\n    reveiw: auto\n    credit: "Source: {src}"\n',
    );
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toContain('config/feeds.yaml:2:5: sources[0] (id "RT News") → id: id must match [a-z0-9-]+');
    expect(problems.join('\n')).toContain(
      'config/feeds.yaml:4:5: sources[0] (id "RT News") → rights: rights must be one of full, excerpt, headline, none (got "ful")',
    );
    expect(problems.join('\n')).toContain('poll_interval must be a duration like "90s"');
    expect(problems.join('\n')).toContain(
      'config/feeds.yaml:10:5: sources[1] (id "ok") → reveiw: unknown key "reveiw"; did you mean "review"?',
    );
    expect(problems.join('\n')).toContain('credit uses unknown placeholder {src}');
  });

  it('refuses duplicate ids and feeds listed twice', () => {
    const problems = problemsOf(`${minimal}  - id: rt\n    name: Again\n    feeds:\n      - url: https://www.rt.com/rss/news/\n`);
    expect(problems).toEqual([
      'config/feeds.yaml:6:5: sources[1] (id "rt") → id: id "rt" is already used by sources[0]; give each source a unique id.',
      expect.stringContaining('feed https://www.rt.com/rss/news/ is already listed under sources[0] (id "rt")'),
    ]);
  });

  it('names the line of a YAML syntax error', () => {
    expect(problemsOf('sources:\n - id: a\n  name: b\n')[0]).toMatch(/^config\/feeds\.yaml:\d+:\d+: YAML syntax error/);
  });

  it('reads OPML as sources', () => {
    const opml =
      '<?xml version="1.0"?><opml version="2.0"><body><outline text="World"><outline text="RT News" xmlUrl="https://www.rt.com/rss/news/" htmlUrl="https://www.rt.com"/></outline></body></opml>';
    const r = parseFeedsConfig(opml, 'feeds.opml');
    expect(r.ok && r.config.sources[0]).toMatchObject({ id: 'rt-news', name: 'RT News', categories: ['World'], rights: 'excerpt' });
  });
});

describe('environment', () => {
  it('validates env and the feeds file together, then freezes', () => {
    const s = buildSettings({ PORT: '9090', WIREROOM_ALLOW_PRIVATE_NETWORKS: '1' }, () => minimal, '/srv');
    expect(s).toMatchObject({ port: 9090, allowPrivateNetworks: true, databaseUrl: null, redisUrl: null, dataDir: '/srv/data' });
    expect(s.api.open).toBeNull(); // decided by whether a read token exists
    expect(Object.isFrozen(s.http)).toBe(true);
  });

  it('throws one UserError listing env and file problems', () => {
    let err: unknown;
    try {
      buildSettings({ PORT: 'eighty', DATABASE_URL: 'mysql://x', REDIS_URL: 'localhost:6379' }, () => 'sources: 3\n');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    const msg = (err as UserError).message;
    expect((err as UserError).exitCode).toBe(2);
    expect(msg).toContain('environment PORT="eighty"');
    expect(msg).toContain('environment DATABASE_URL="mysql://x": must be a URL starting with postgres:// or postgresql://');
    expect(msg).toContain('environment REDIS_URL="localhost:6379"');
    expect(msg).toContain('`sources:` must be a list of sources');
  });

  it('leaves API access to the tokens that exist unless WIREROOM_API_OPEN decides', () => {
    expect(buildSettings({ WIREROOM_API_TOKENS: 'a,b' }, () => minimal).api).toMatchObject({ tokens: ['a', 'b'], open: null });
    expect(buildSettings({ WIREROOM_API_TOKENS: 'a', WIREROOM_API_OPEN: '1' }, () => minimal).api.open).toBe(true);
    expect(buildSettings({ WIREROOM_API_OPEN: '0' }, () => minimal).api.open).toBe(false);
  });

  it.each([
    ['90s', 90],
    ['10m', 600],
    ['2h', 7200],
    ['1d', 86400],
    [30, 30],
    ['soon', undefined],
  ])('parses duration %p', (input, seconds) => {
    expect(parseDuration(input)).toBe(seconds);
  });
});
