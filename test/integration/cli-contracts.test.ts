/**
 * The CLI contracts other tools rely on, run as a user runs them: `parse-feed`, `extract`,
 * `feeds validate`, and start-up failures (bad config, unreachable Postgres or Redis).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fixtureText, FIXTURES } from '../support/fixtures';
import { openPglite } from '../../db/connect';
import { runCli } from '../support/cli';
import { pgliteSeed } from '../support/pglite-seed';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

const tmp = makeTempDir('wireroom-cli').dir;
/**
 * A command that opens an embedded database creates and migrates it first: about 15 s of a test at load 6, past jest's
 * 30 s default when the machine is busier.
 */
const EMBEDDED_START_TIMEOUT_MS = 90_000;
afterAll(() => removeTempDir(tmp));

describe('parse-feed', () => {
  it('prints the normalized feed', async () => {
    const r = await runCli(['parse-feed', path.join(FIXTURES, 'site/feed.xml'), '--url', 'https://wire.example/feed.xml']);
    expect(r.code).toBe(0);
    const feed = JSON.parse(r.stdout);
    expect(feed).toMatchObject({ format: 'rss', title: 'Fixture Wire' });
    expect(feed.items).toHaveLength(3);
    expect(Object.keys(feed.items[0])).toEqual(
      expect.arrayContaining([
        'guid',
        'link',
        'title',
        'published_at',
        'updated_at',
        'authors',
        'summary',
        'content_html',
        'enclosures',
        'categories',
      ]),
    );
    expect(feed.items[0]).toMatchObject({ guid: 'fixture-harbour-1', authors: ['Mara Lindqvist'], categories: ['Local'] });
    expect(new Date(feed.items[0].published_at).toISOString()).toBe('2026-11-27T09:30:00.000Z');
    expect(feed.items[0].published_at).toMatch(/Z$/);
  });

  it('reads standard input', async () => {
    const r = await runCli(['parse-feed', '-'], {
      input:
        '{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","url":"https://j.example/1","content_text":"hi"}]}',
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'json', items: [{ guid: '1', link: 'https://j.example/1' }] });
  });

  it('exits 1 with a one-line reason for input that is not a feed', async () => {
    const r = await runCli(['parse-feed', '-'], { input: '<html><body>hello</body></html>' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/PARSE_NOT_A_FEED/);
  });
});

describe('extract', () => {
  it('prints the article and its attribution', async () => {
    const file = path.join(tmp, 'rt.html');
    fs.writeFileSync(file, fixtureText('site/republished-rt.html', 'https://247citynews.example'));
    const r = await runCli(['extract', file, '--url', 'https://247citynews.example/world/russia-nato']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    for (const key of [
      'title',
      'byline',
      'published_at',
      'modified_at',
      'canonical_url',
      'site_name',
      'lang',
      'original_source',
      'text',
      'content_html',
      'excerpt',
      'word_count',
      'lead_image',
      'rights_notice',
    ]) {
      expect(a).toHaveProperty(key);
    }
    expect(a.original_source.name).toMatch(/^RT/);
    expect(a.rights_notice).toMatch(/should not be published/);
    expect(a.text).toMatch(/^Russia is ready to work with NATO/);
    expect(a.text).not.toMatch(/Leave a Reply|2 min read|Source: RT NEWS/);
  });

  it('says why a page gives no article', async () => {
    const r = await runCli(['extract', '-', '--url', 'https://x.example/teaser'], {
      input: '<html><body><p>Short teaser.</p></body></html>',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/EXTRACT_NO_ARTICLE: .*\(too-short: /);
  });

  it('requires --url', async () => {
    const r = await runCli(['extract', '-'], { input: '<p>x</p>' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--url/);
  });
});

describe('settings and start-up failures', () => {
  it('feeds validate: OK for the shipped config', async () => {
    const r = await runCli(['feeds', 'validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^config\/feeds\.yaml: OK — \d+ sources, \d+ feeds/);
  });

  it('feeds list --json: snake_case keys, like feeds.yaml and the API', async () => {
    const r = await runCli(['feeds', 'list', '--json']);
    expect(r.code).toBe(0);
    const sources = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(sources.length).toBeGreaterThan(0);
    const keys = (o: object): string[] => Object.keys(o);
    const all = sources.flatMap((s) => [...keys(s), ...(s.feeds as object[]).flatMap(keys)]);
    expect(all.filter((k) => /[A-Z]/.test(k))).toEqual([]);
    expect(sources[0]).toMatchObject({ credit_template: expect.any(String), poll_interval_s: expect.any(Number) });
    expect(sources[0]).toHaveProperty('push_token_env');
  });

  it('a malformed feeds.yaml: one message naming the file, the entry and the fix; exit 2; nothing started', async () => {
    const bad = path.join(tmp, 'bad.yaml');
    fs.writeFileSync(
      bad,
      'sources:\n  - id: rt\n    name: RT\n    rights: everything\n    feeds:\n      - url: https://www.rt.com/rss/news/\n',
    );
    const dataDir = path.join(tmp, 'never-created');
    const r = await runCli(['start'], { env: { WIREROOM_FEEDS: bad, WIREROOM_DATA_DIR: dataDir, PORT: '0' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${bad}:4:5: sources[0] (id "rt") → rights: rights must be one of full, excerpt, headline, none (got "everything")`,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('Postgres unreachable: a message naming the URL, exit 1', async () => {
    const r = await runCli(['start'], { env: { DATABASE_URL: 'postgres://wireroom:secret@127.0.0.1:1/wireroom', PORT: '0' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot reach Postgres at postgres://wireroom:***@127.0.0.1:1/wireroom');
    expect(r.stderr).not.toContain('secret');
  });

  it('Redis unreachable: a message naming the URL, exit 1, before an embedded database is created', async () => {
    const dataDir = path.join(tmp, 'redis-down');
    const r = await runCli(['start'], { env: { REDIS_URL: 'redis://127.0.0.1:1', WIREROOM_DATA_DIR: dataDir, PORT: '0' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot reach Redis at redis://127.0.0.1:1');
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});

describe('items recheck', () => {
  const env = () => ({ WIREROOM_DATA_DIR: path.join(tmp, 'items-recheck') });
  // The embedded database is made from the migrated seed here (~1 s, not ~5 s of initdb in the child):
  // the first start's initdb is cli-start.test.ts's subject, not this one's.
  beforeAll(async () => {
    const h = await openPglite(env().WIREROOM_DATA_DIR, { seed: await pgliteSeed() });
    await h.close();
  }, EMBEDDED_START_TIMEOUT_MS);

  it('asks which items when given no selection; exit 2', async () => {
    const r = await runCli(['items', 'recheck'], { env: env() });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'wireroom items recheck: say which items: --source <id>, --since <duration> (e.g. 24h), --item <id> (repeatable), or --all',
    );
  });

  it(
    'names the bad value: a --since that is no duration, an --item that is no id, a source that does not exist',
    async () => {
      const since = await runCli(['items', 'recheck', '--since', 'yesterday'], { env: env() });
      expect([since.code, since.stderr.trim()]).toEqual([
        2,
        'wireroom items recheck: --since must be a duration like "90m", "24h" or "7d" (got "yesterday")',
      ]);
      const item = await runCli(['items', 'recheck', '--item', '12,x7'], { env: env() });
      expect([item.code, item.stderr.trim()]).toEqual([
        2,
        'wireroom items recheck: --item takes item ids (numbers, as in /api/items); got "x7"',
      ]);
      const source = await runCli(['items', 'recheck', '--source', 'no-such-source'], { env: env(), timeoutMs: EMBEDDED_START_TIMEOUT_MS });
      expect([source.code, source.stderr.trim()]).toEqual([
        2,
        'wireroom items recheck: no source with id "no-such-source"; see `wireroom feeds list`',
      ]);
    },
    EMBEDDED_START_TIMEOUT_MS,
  );

  it('says re-checks are off when WIREROOM_RECHECK_AFTER is off', async () => {
    const r = await runCli(['items', 'recheck', '--all'], { env: { ...env(), WIREROOM_RECHECK_AFTER: 'off' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('re-checks are off (WIREROOM_RECHECK_AFTER=off)');
  });

  it(
    'counts the published items it made due (none in a new database)',
    async () => {
      const r = await runCli(['items', 'recheck', '--all'], { env: env(), timeoutMs: EMBEDDED_START_TIMEOUT_MS });
      expect([r.code, r.stdout]).toEqual([0, '0 published items due for a re-check now\n']);
    },
    EMBEDDED_START_TIMEOUT_MS,
  );
});
