/** `wireroom users add`: creates an account from --password-stdin, refuses bad input with the field named; `users token`; `users unlock`. */
import { createHash } from 'node:crypto';
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
    const r = await runCli(['users', 'add', 'olga', '--role', 'operator', '--password-stdin'], {
      env,
      input: 'a long enough password\nignored\n',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^created operator "olga" \(id \d+\)/);
    expect(r.code).toBe(0);
    const db = kyselyFor(pg.url.split('/').pop()!);
    try {
      const row = (await db
        .selectFrom('users' as never)
        .selectAll()
        .executeTakeFirstOrThrow()) as { username: string; role: string; password_hash: string };
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

  it('users token prints a read token once, stores only its sha256, and revokes it', async () => {
    const r = await runCli(['users', 'token', 'olga'], { env });
    expect(r.code).toBe(0);
    const token = r.stdout.trim();
    expect(token).toMatch(/^wr_[A-Za-z0-9_-]{32}$/);
    expect(r.stderr).toContain('shown once');
    const db = kyselyFor(pg.url.split('/').pop()!);
    try {
      const hash = async () =>
        (
          (await db
            .selectFrom('users' as never)
            .select('api_token_hash' as never)
            .where('username' as never, '=', 'olga' as never)
            .executeTakeFirstOrThrow()) as { api_token_hash: string | null }
        ).api_token_hash;
      expect(await hash()).toBe(createHash('sha256').update(token).digest('hex'));
      const revoked = await runCli(['users', 'token', 'olga', '--revoke'], { env });
      expect(revoked.stdout).toContain('revoked the API token of "olga"');
      expect(await hash()).toBeNull();
    } finally {
      await db.destroy();
    }
    const missing = await runCli(['users', 'token', 'nobody'], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no account "nobody"');
  });

  it('users unlock lifts the login waits of one account at every address, and only those', async () => {
    const db = kyselyFor(pg.url.split('/').pop()!);
    const throttle = () =>
      db
        .selectFrom('login_throttle' as never)
        .select(['username', 'ip'] as never)
        .orderBy('ip' as never)
        .execute() as Promise<{ username: string; ip: string }[]>;
    try {
      const wait = new Date(Date.now() + 60_000);
      for (const [username, ip] of [
        ['olga', '10.0.0.1'],
        ['olga', '10.0.0.2'],
        ['', '10.0.0.3'],
        ['eddie', '10.0.0.4'],
      ]) {
        await db
          .insertInto('login_throttle' as never)
          .values({ username, ip, failures: 9, last_at: new Date(), next_at: wait } as never)
          .execute();
      }
      const r = await runCli(['users', 'unlock', 'Olga'], { env });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('unlocked "olga" (login waits cleared at 2 addresses)\n');
      expect(await throttle()).toEqual([
        { username: '', ip: '10.0.0.3' },
        { username: 'eddie', ip: '10.0.0.4' },
      ]);
      expect((await runCli(['users', 'unlock', 'olga'], { env })).stdout).toBe('"olga" had no login waits\n');
    } finally {
      await db.destroy();
    }
  });
});
