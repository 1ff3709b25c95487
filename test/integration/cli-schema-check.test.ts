/**
 * Roles on a database that `wireroom migrate` has not (fully) prepared: `fetch`, `work`, `serve` and a
 * production `start` exit 2 with one line naming the database (password hidden) and the missing
 * migrations, without a stack trace and without hanging; WIREROOM_AUTO_MIGRATE=1 migrates and runs.
 * Also the default bind address: no HOST means 127.0.0.1.
 */
import { Migrator, type Kysely } from 'kysely';
import { MIGRATIONS } from '../../db/migrations';
import { adminQuery, kyselyFor, urlFor } from '../support/pg-admin';
import { runCli, spawnCli } from '../support/cli';
import { testDatabaseName, testQueuePrefix } from '../support/test-db';
import { TEST_REDIS_URL } from '../support/test-deps';

/** The newest migration's number ("0009"): the messages name the range up to it. */
const LAST = Object.keys(MIGRATIONS).sort().at(-1)!.slice(0, 4);

const EMPTY = testDatabaseName('schema_empty');
const PARTIAL = testDatabaseName('schema_partial');
/** The test server trusts local connections, so a password in the URL is accepted and must not be printed. */
const withPassword = (name: string) => urlFor(name).replace('://postgres@', '://postgres:s3cret@');
const redacted = (name: string) => urlFor(name).replace('://postgres@', '://postgres:***@');

beforeAll(async () => {
  await adminQuery([`CREATE DATABASE "${EMPTY}"`, `CREATE DATABASE "${PARTIAL}"`]);
  const db: Kysely<unknown> = kyselyFor(PARTIAL);
  try {
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => MIGRATIONS },
      migrationTableName: 'wireroom_migration',
      migrationLockTableName: 'wireroom_migration_lock',
    });
    const r = await migrator.migrateTo('0006-rechecks');
    if (r.error) throw r.error;
  } finally {
    await db.destroy();
  }
});

afterAll(async () => {
  await adminQuery([`DROP DATABASE IF EXISTS "${EMPTY}" WITH (FORCE)`, `DROP DATABASE IF EXISTS "${PARTIAL}" WITH (FORCE)`]);
});

const roleEnv = (name: string, extra: Record<string, string> = {}) => ({
  DATABASE_URL: withPassword(name),
  REDIS_URL: TEST_REDIS_URL,
  WIREROOM_QUEUE_PREFIX: testQueuePrefix(),
  PORT: '0',
  ...extra,
});

describe('a role on a database with pending migrations', () => {
  it.each(['fetch', 'work', 'serve', 'start'])('%s on a fresh database: exit 2, one line, all migrations named', async (role) => {
    const r = await runCli([role], { env: roleEnv(EMPTY), timeoutMs: 20_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `database at ${redacted(EMPTY)} needs migrations 0001–${LAST}: run \`wireroom migrate\` (or set WIREROOM_AUTO_MIGRATE=1)\n`,
    );
    expect(r.stderr).not.toContain('s3cret');
  });

  it('work on a database migrated to 0006: names 0007 to the newest', async () => {
    const r = await runCli(['work'], { env: roleEnv(PARTIAL), timeoutMs: 20_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `database at ${redacted(PARTIAL)} needs migrations 0007–${LAST}: run \`wireroom migrate\` (or set WIREROOM_AUTO_MIGRATE=1)\n`,
    );
  });

  it('WIREROOM_AUTO_MIGRATE=1: serve migrates and starts, on 127.0.0.1 when HOST is unset', async () => {
    const child = spawnCli(['serve'], roleEnv(PARTIAL, { WIREROOM_AUTO_MIGRATE: '1' }));
    let log = '';
    child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    try {
      for (let i = 0; i < 200 && !log.includes('wireroom started'); i++) {
        if (child.exitCode !== null) throw new Error(`serve exited early:\n${log}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const started = log.split('\n').find((l) => l.includes('wireroom started'));
      expect(started).toBeDefined();
      const line = JSON.parse(started!) as Record<string, unknown>;
      expect(line).toMatchObject({ mode: 'production', roles: ['serve'] });
      expect(String(line.url)).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(log).toContain('0007-feed-max-body');
      const health = await fetch(`${String(line.url)}/readyz`);
      expect(health.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('close', r));
    }
  });
});
