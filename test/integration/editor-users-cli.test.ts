/** `wireroom users add`: creates an account from --password-stdin, refuses bad input with the field named. */
import { verifyPassword } from '../../src/auth/password';
import { runCli } from '../support/cli';
import { kyselyFor } from '../support/pg-admin';
import { createPostgresDatabase } from '../support/test-db';

describe('wireroom users add', () => {
  let pg: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let env: Record<string, string>;

  beforeAll(async () => {
    pg = await createPostgresDatabase();
    env = { DATABASE_URL: pg.url, WIREROOM_FEEDS: 'config/feeds.yaml', WIREROOM_LOG_LEVEL: 'silent' };
  });
  afterAll(async () => {
    await pg?.drop();
  });

  it('creates an operator from the first line of stdin, hashed with scrypt', async () => {
    const r = await runCli(['users', 'add', 'olga', '--role', 'operator', '--password-stdin'], { env, input: 'a long enough password\nignored\n' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^created operator "olga" \(id \d+\)/);
    expect(r.code).toBe(0);
    const db = kyselyFor(pg.url.split('/').pop()!);
    try {
      const row = (await db.selectFrom('users' as never).selectAll().executeTakeFirstOrThrow()) as { username: string; role: string; password_hash: string };
      expect(row).toMatchObject({ username: 'olga', role: 'operator' });
      expect(row.password_hash).toMatch(/^scrypt\$131072\$8\$1\$/);
      await expect(verifyPassword('a long enough password', row.password_hash)).resolves.toBe(true);
    } finally {
      await db.destroy();
    }
  });

  it('names the field and the fix on bad input, and refuses a duplicate', async () => {
    const bad = await runCli(['users', 'add', 'Bad Name', '--role', 'chief', '--password-stdin'], { env, input: 'short\n' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('username: use 2–64 lowercase letters');
    expect(bad.stderr).toContain('role: must be one of editor, operator');
    expect(bad.stderr).toContain('password: must be at least 10 characters');
    const dup = await runCli(['users', 'add', 'olga', '--role', 'editor', '--password-stdin'], { env, input: 'another long password\n' });
    expect(dup.code).toBe(2);
    expect(dup.stderr).toMatch(/username "olga" exists already/);
  });
});
