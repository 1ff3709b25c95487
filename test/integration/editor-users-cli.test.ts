/**
 * `wireroom users add`: creates an account from --password-stdin, refuses bad input with the field
 * named; `users token`; `users unlock`; and against a running desk `users list|disable|enable|passwd|role`:
 * a disabled account's session, login and API token stop working, a new password ends sessions,
 * a viewer reads but cannot act.
 */
import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { verifyPassword } from '../../src/auth/password';
import { insertUser, issueApiToken } from '../../src/auth/users';
import { cheapHash } from '../support/users';
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { buildServer } from '../../src/server';
import { runCli } from '../support/cli';
import { kyselyFor } from '../support/pg-admin';
import { insertItem } from '../support/publish-items';
import { createPostgresDatabase } from '../support/test-db';
import { makeTestDeps } from '../support/test-deps';

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
    expect(bad.stderr).toContain('role: must be one of viewer, editor, operator');
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

describe('wireroom users list|disable|enable|passwd|role against a running desk', () => {
  const PASSWORD = 'correct horse battery';
  const feedsYaml = `sources:
  - id: cli-wire
    name: CLI Wire
    feeds:
      - url: http://cli-wire.test/feed.xml
    rights: excerpt
    review: required
`;
  let deps: Deps;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  let env: Record<string, string>;
  let itemId: number;

  const cli = (args: string[], input?: string) => runCli(['users', ...args], { env, input });
  /** Logs in over HTTP; the session cookie, or the status when refused. */
  const login = async (username: string, password: string) => {
    const r = await app.inject({ method: 'POST', url: '/editor/login', payload: { username, password } });
    const cookie = r.cookies.find((c) => c.name === 'wireroom_session');
    return { status: r.statusCode, body: r.body, cookie: cookie ? `wireroom_session=${cookie.value}` : '' };
  };
  const queue = (cookie: string) => app.inject({ method: 'GET', url: '/editor', headers: { cookie } });

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({ db: 'postgres', queue: 'memory', feedsYaml, env: { WIREROOM_API_OPEN: '0' } }));
    await syncSources(deps);
    itemId = await insertItem(deps, { sourceId: 'cli-wire', publish: false, title: 'Harbour reopens' });
    await insertUser(deps.db, 'vera', 'editor', PASSWORD, cheapHash);
    await insertUser(deps.db, 'otto', 'operator', PASSWORD, cheapHash);
    app = await buildServer(deps);
    env = { DATABASE_URL: deps.settings.databaseUrl!, WIREROOM_FEEDS: 'config/feeds.yaml', WIREROOM_LOG_LEVEL: 'silent' };
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await close?.();
  });

  it('users list prints a table, and snake_case JSON with --json', async () => {
    await login('vera', PASSWORD);
    const table = await cli(['list']);
    expect(table.code).toBe(0);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^username\s+role\s+status\s+api token\s+sessions/);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/).slice(0, 5))).toEqual([
      ['otto', 'operator', 'enabled', 'no', '0'],
      ['vera', 'editor', 'enabled', 'no', '1'],
    ]);
    const json = await cli(['list', '--json']);
    expect(json.code).toBe(0);
    const users = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(users.map((u) => Object.keys(u).sort())[0]).toEqual(
      ['api_token', 'created_at', 'disabled', 'id', 'last_seen_at', 'login_wait_until', 'role', 'sessions', 'username'].sort(),
    );
    expect(users.find((u) => u.username === 'vera')).toMatchObject({
      role: 'editor',
      disabled: false,
      api_token: false,
      sessions: 1,
      login_wait_until: null,
    });
    expect(typeof users.find((u) => u.username === 'vera')!.last_seen_at).toBe('string');
    expect(users.find((u) => u.username === 'otto')).toMatchObject({ sessions: 0, last_seen_at: null });
  }, 60_000);

  it('users disable ends sessions, refuses logins and the API token; users enable lets the account log in again', async () => {
    const session = await login('vera', PASSWORD);
    expect((await queue(session.cookie)).statusCode).toBe(200);
    const token = await issueApiToken(deps.db, 'vera');
    const api = () => app.inject({ method: 'GET', url: '/api/items', headers: { authorization: `Bearer ${token}` } });
    expect((await api()).statusCode).toBe(200);

    const off = await cli(['disable', 'Vera']);
    expect(off.code).toBe(0);
    expect(off.stdout).toBe('disabled "vera": it cannot log in, 2 sessions ended, its API token is refused\n');
    expect((await queue(session.cookie)).headers.location).toMatch(/^\/editor\/login/);
    expect((await api()).statusCode).toBe(401);
    const refused = await login('vera', PASSWORD);
    expect(refused.status).toBe(401);
    expect(refused.body).toContain('Wrong username or password');
    const row = await deps.db
      .selectFrom('users')
      .select(['disabled', 'api_token_hash'])
      .where('username', '=', 'vera')
      .executeTakeFirstOrThrow();
    expect(row.disabled).toBe(true);
    expect(await deps.db.selectFrom('sessions').select('id').execute()).toEqual([]);

    const on = await cli(['enable', 'vera']);
    expect(on.stdout).toBe('enabled "vera": it can log in again\n');
    expect((await queue(session.cookie)).statusCode).toBe(303); // the old session stays ended
    expect((await api()).statusCode).toBe(200);
    expect((await login('vera', PASSWORD)).status).toBe(303);
  }, 60_000);

  it('users passwd sets the password from stdin and ends the sessions; a short one is refused with the rule', async () => {
    const session = await login('vera', PASSWORD);
    const short = await cli(['passwd', 'vera', '--password-stdin'], 'short\n');
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('wireroom users passwd: password: must be at least 10 characters');
    const r = await cli(['passwd', 'vera', '--password-stdin'], 'a brand new passphrase\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^new password set for "vera"; [1-9]\d* sessions? ended\n$/);
    expect((await queue(session.cookie)).statusCode).toBe(303);
    expect((await login('vera', PASSWORD)).status).toBe(401);
    expect((await login('vera', 'a brand new passphrase')).status).toBe(303);
  }, 60_000);

  it('users role makes a viewer: reads the queue and the item, every action answers 403 with the way out', async () => {
    const bad = await cli(['role', 'vera', 'chief']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('role: must be one of viewer, editor, operator');
    const r = await cli(['role', 'vera', 'viewer']);
    expect(r.stdout).toBe('"vera" is now viewer (was editor)\n');
    const { cookie } = await login('vera', 'a brand new passphrase');
    const page = await queue(cookie);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Harbour reopens');
    expect(page.body).not.toContain('/editor/items/bulk');
    const item = await app.inject({ method: 'GET', url: `/editor/items/${itemId}`, headers: { cookie } });
    expect(item.statusCode).toBe(200);
    expect(item.body).not.toContain(`/editor/items/${itemId}/approve`);
    const csrf = /name="csrf-token" content="([^"]+)"/.exec(item.body)![1]!;
    for (const action of ['approve', 'reject', 'unpublish', 'edit']) {
      const post = await app.inject({
        method: 'POST',
        url: `/editor/items/${itemId}/${action}`,
        headers: { cookie, 'x-csrf-token': csrf, accept: 'application/json' },
        payload: { reason: 'no', title: 'Changed' },
      });
      expect(post.statusCode).toBe(403);
      expect(post.json()).toEqual({
        error: {
          code: 'FORBIDDEN',
          message:
            'the viewer role can read the desk but not change it; an operator can give you the editor role with: wireroom users role vera editor',
        },
      });
    }
    const feeds = await app.inject({ method: 'GET', url: '/editor/feeds', headers: { cookie, accept: 'application/json' } });
    expect(feeds.statusCode).toBe(403);
    const logout = await app.inject({ method: 'POST', url: '/editor/logout', headers: { cookie }, payload: { _csrf: csrf } });
    expect(logout.statusCode).toBe(303);
    const row = await deps.db.selectFrom('items').select(['status', 'title']).where('id', '=', itemId).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'queued', title: 'Harbour reopens' });
  }, 60_000);

  it('names the missing account and how to list them', async () => {
    const r = await cli(['disable', 'nobody']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('wireroom users disable: no account "nobody"; see the accounts with wireroom users list');
  }, 60_000);
});
