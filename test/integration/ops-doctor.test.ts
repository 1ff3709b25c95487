/**
 * `wireroom doctor` against what operators get wrong: a broken config, a stopped Redis, a database
 * without migrations, a feed that is not a feed; and the all-clear on a healthy setup.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openPostgres } from '../../db/connect';
import { formatDoctorReport, runDoctor, type DoctorCheck } from '../../src/cli/doctor';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { fixtureText } from '../support/fixtures';
import { createPostgresDatabase, testDatabaseName } from '../support/test-db';
import { adminQuery, urlFor } from '../support/pg-admin';
import { TEST_REDIS_URL } from '../support/test-deps';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

const ROOT = path.resolve(__dirname, '..', '..');
/** A port nothing listens on: Redis "stopped". */
const STOPPED_REDIS = 'redis://127.0.0.1:1';

const byName = (checks: DoctorCheck[]) => Object.fromEntries(checks.map((c) => [c.name, c]));

describe('wireroom doctor', () => {
  let dir: string;
  let web: FixtureServer;
  let pg: { url: string; drop: () => Promise<void> };
  const writeFeeds = (text: string) => {
    const file = path.join(dir, 'feeds.yaml');
    fs.writeFileSync(file, text);
    return file;
  };
  const goodFeeds = () => `sources:\n  - id: wire\n    name: Wire\n    rights: full\n    feeds:\n      - url: ${web.origin}/feed.xml\n`;
  const baseEnv = () => ({
    WIREROOM_ALLOW_PRIVATE_NETWORKS: '1',
    WIREROOM_DATA_DIR: path.join(dir, 'data'),
    WIREROOM_FEEDS: writeFeeds(goodFeeds()),
  });

  beforeAll(async () => {
    dir = makeTempDir('wireroom-doctor').dir;
    web = await startFixtureServer();
    web.set('/feed.xml', { body: fixtureText('site/feed.xml', web.origin), headers: { 'content-type': 'application/rss+xml' } });
    web.set('/page.html', { body: '<html><body><p>not a feed</p></body></html>', headers: { 'content-type': 'text/html' } });
    pg = await createPostgresDatabase(); // migrated, as `wireroom migrate` leaves it
  });

  afterAll(async () => {
    await web?.close();
    await pg?.drop();
    removeTempDir(dir);
  });

  it('passes every check on Postgres + Redis with a reachable feed', async () => {
    const checks = await runDoctor({}, { ...baseEnv(), DATABASE_URL: pg.url, REDIS_URL: TEST_REDIS_URL });
    expect(checks.map((c) => [c.name, c.status])).toEqual([
      ['config', 'ok'],
      ['database', 'ok'],
      ['migrations', 'ok'],
      ['feeds', 'ok'],
      ['redis', 'ok'],
      ['sample fetch', 'ok'],
    ]);
    expect(byName(checks)['sample fetch']!.detail).toMatch(/HTTP 200, 3 entries/);
    expect(formatDoctorReport(checks, false)).toMatch(/All checks passed\.\n$/);
  });

  it('names every config problem with its fix, and skips what needs the config', async () => {
    const env = {
      ...baseEnv(),
      PORT: 'eighty',
      WIREROOM_FEEDS: writeFeeds('sources:\n  - id: wire\n    name: Wire\n    rights: sideways\n    feeds:\n      - url: not-a-url\n'),
    };
    const checks = await runDoctor({}, env);
    const config = byName(checks).config!;
    expect(config.status).toBe('fail');
    expect(config.detail).toMatch(/PORT="eighty": must be a whole number/);
    expect(config.detail).toMatch(/rights/);
    expect(config.fix).toMatch(/wireroom feeds validate/);
    expect(checks.filter((c) => c.status === 'skip').map((c) => c.name)).toEqual(['database', 'migrations', 'redis', 'sample fetch']);
    const report = formatDoctorReport(checks, false);
    expect(report).toMatch(/^FAIL {2}config/m);
    expect(report).toMatch(/1 check failed\./);
  });

  it('reports a stopped Redis with the refused connection and how to fix it', async () => {
    const checks = await runDoctor({}, { ...baseEnv(), DATABASE_URL: pg.url, REDIS_URL: STOPPED_REDIS });
    const redis = byName(checks).redis!;
    expect(redis).toMatchObject({
      status: 'fail',
      detail: expect.stringMatching(/127\.0\.0\.1:1.*ECONNREFUSED/),
      fix: expect.stringMatching(/start Redis.*REDIS_URL/),
    });
    expect(byName(checks).database!.status).toBe('ok');
  });

  it('reports pending migrations and a page that is not a feed', async () => {
    const name = testDatabaseName('doctor_empty');
    await adminQuery([`DROP DATABASE IF EXISTS "${name}"`, `CREATE DATABASE "${name}"`]); // never migrated
    try {
      const checks = await runDoctor({ url: `${web.origin}/page.html` }, { ...baseEnv(), DATABASE_URL: urlFor(name) });
      expect(byName(checks).migrations).toMatchObject({
        status: 'fail',
        detail: expect.stringMatching(/pending: 0001-init/),
        fix: expect.stringMatching(/wireroom migrate/),
      });
      expect(byName(checks)['sample fetch']).toMatchObject({ status: 'fail', detail: expect.stringMatching(/PARSE_NOT_A_FEED/) });
    } finally {
      await adminQuery([`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
    }
  });

  it('reports failing and paused feeds as degraded, the way /healthz does', async () => {
    const h = await openPostgres(pg.url, { max: 1 });
    try {
      await h.db
        .insertInto('sources')
        .values({ id: 'down', name: 'Down', rights: 'excerpt', review: 'auto', credit_template: 'Source: {source}', excerpt_words: 60 })
        .execute();
      const feed = (url: string, errors: number, paused: boolean) => ({
        source_id: 'down',
        url,
        config_url: url,
        type: 'feed',
        poll_interval_s: 900,
        next_due_at: new Date(),
        error_count: errors,
        paused,
      });
      await h.db
        .insertInto('feeds')
        .values([
          feed('https://down.example/a.xml', 3, false),
          feed('https://down.example/b.xml', 10, true),
          feed('https://down.example/c.xml', 0, false),
        ])
        .execute();
      const checks = await runDoctor({}, { ...baseEnv(), DATABASE_URL: pg.url });
      expect(byName(checks).feeds).toMatchObject({
        status: 'warn',
        detail:
          'degraded: 2 of 3 feeds failing (see `wireroom feeds status --problems`); 1 feeds paused after repeated failures (`wireroom feeds resume <id>`)',
      });
    } finally {
      await h.db.deleteFrom('feeds').where('source_id', '=', 'down').execute();
      await h.db.deleteFrom('sources').where('id', '=', 'down').execute();
      await h.close();
    }
  });

  it('reports a database that does not answer', async () => {
    const checks = await runDoctor({}, { ...baseEnv(), DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(byName(checks).database).toMatchObject({ status: 'fail', fix: expect.stringMatching(/start Postgres/) });
    expect(byName(checks).migrations!.status).toBe('skip');
  });

  it('exits 1 from the command line when a check fails', () => {
    const env = { ...process.env, ...baseEnv(), REDIS_URL: STOPPED_REDIS, NODE_OPTIONS: '' };
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'wireroom.js'), 'doctor', '--json'], {
      env,
      encoding: 'utf8',
      timeout: 20000,
    });
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout) as { ok: boolean; checks: DoctorCheck[] };
    expect(out.ok).toBe(false);
    expect(byName(out.checks).redis!.status).toBe('fail');
  });
});
