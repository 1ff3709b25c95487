/**
 * The operator console over HTTP (Postgres, in-process queue): the first-start setup link and its
 * refusals, `/` by role, account actions (add, disable, enable, unlock, reset password) with their
 * guards, and where /metrics is served for loopback and public bind addresses.
 */
import type { FastifyInstance } from 'fastify';
import net from 'node:net';
import { SESSION_COOKIE } from '../../src/auth/guard';
import { createSession } from '../../src/auth/sessions';
import { createSetupGate, type SetupGate } from '../../src/auth/setup-token';
import { findUserByName, insertUser } from '../../src/auth/users';
import { cheapHash } from '../support/users';
import type { Deps } from '../../src/deps';
import { METRICS_REFUSED } from '../../src/metrics/exposure';
import { startRoles } from '../../src/roles';
import { buildServer } from '../../src/server';
import { makeTestDeps } from '../support/test-deps';

const feedsYaml = `sources:\n  - id: console-wire\n    name: Console Wire\n    feeds:\n      - url: http://console-wire.test/feed.xml\n    rights: excerpt\n`;
const PASSWORD = 'correct horse battery';

/** A session cookie and CSRF token for `username`. */
async function login(deps: Deps, username: string): Promise<{ cookie: string; csrf: string }> {
  const user = await findUserByName(deps.db, username);
  const s = await createSession(deps.db, user!.id, new Date());
  return { cookie: `${SESSION_COOKIE}=${s.token}`, csrf: s.csrfToken };
}

describe('first-start setup and account actions', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  let gate: SetupGate;

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({ db: 'postgres', queue: 'memory', feedsYaml }));
    gate = createSetupGate();
    app = await buildServer(deps, { setup: gate });
  });
  afterAll(async () => {
    await app?.close();
    await close?.();
  });

  const form = (fields: Record<string, string>) => ({
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });

  it('sends / to the setup page while no account exists, and refuses a setup page without the link', async () => {
    const root = await app.inject({ method: 'GET', url: '/' });
    expect(root.statusCode).toBe(302);
    expect(root.headers.location).toBe('/editor/setup');
    const bare = await app.inject({ method: 'GET', url: '/editor/setup' });
    expect(bare.statusCode).toBe(410);
    expect(bare.body).toContain('Open the one-time setup link that `wireroom start` printed');
  });

  it('accepts the link only from loopback without proxy headers, once, and logs the operator in', async () => {
    const token = gate.arm(new Date());
    const url = `/editor/setup?token=${token}`;
    expect((await app.inject({ method: 'GET', url, remoteAddress: '203.0.113.9' })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url, headers: { 'x-forwarded-for': '203.0.113.9' } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/editor/setup?token=wrong' })).statusCode).toBe(410);
    const page = await app.inject({ method: 'GET', url });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Create operator and open the console');

    const mismatch = await app.inject({
      method: 'POST',
      url: '/editor/setup',
      ...form({ token, username: 'ops', password: PASSWORD, password2: 'something else entirely' }),
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.body).toContain('the two passwords differ');

    const created = await app.inject({
      method: 'POST',
      url: '/editor/setup',
      ...form({ token, username: 'ops', password: PASSWORD, password2: PASSWORD }),
    });
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe('/editor/console?done=welcome');
    expect(await findUserByName(deps.db, 'ops')).toMatchObject({ role: 'operator', disabled: false });
    const cookie = String(created.headers['set-cookie']).split(';')[0]!;
    const console = await app.inject({ method: 'GET', url: '/editor/console?done=welcome', headers: { cookie } });
    expect(console.statusCode).toBe(200);
    expect(console.body).toContain('Your operator account is ready');

    const again = await app.inject({
      method: 'POST',
      url: '/editor/setup',
      ...form({ token, username: 'ops2', password: PASSWORD, password2: PASSWORD }),
    });
    expect(again.statusCode).toBe(410);
    expect(await findUserByName(deps.db, 'ops2')).toBeUndefined();
    expect((await app.inject({ method: 'GET', url })).headers.location).toBe('/editor/login');
  });

  it('sends / to the console for an operator and to the queue for an editor', async () => {
    await insertUser(deps.db, 'eddie', 'editor', PASSWORD, cheapHash);
    expect((await app.inject({ method: 'GET', url: '/' })).headers.location).toBe('/editor/home');
    const home = async (u: string) =>
      (await app.inject({ method: 'GET', url: '/editor/home', headers: { cookie: (await login(deps, u)).cookie } })).headers.location;
    expect(await home('ops')).toBe('/editor/console');
    expect(await home('eddie')).toBe('/editor');
    const editor = await login(deps, 'eddie');
    expect((await app.inject({ method: 'GET', url: '/editor/console', headers: { cookie: editor.cookie } })).statusCode).toBe(403);
  });

  it('adds, disables, enables, unlocks and resets accounts, each needing the CSRF token', async () => {
    const ops = await login(deps, 'ops');
    const post = (url: string, fields: Record<string, string>, csrf = ops.csrf) =>
      app.inject({ method: 'POST', url, ...form({ _csrf: csrf, ...fields }), headers: { ...form({}).headers, cookie: ops.cookie } });

    expect((await post('/editor/console/accounts', { username: 'nina', role: 'editor', password: PASSWORD }, 'forged')).statusCode).toBe(
      403,
    );
    const added = await post('/editor/console/accounts', { username: 'nina', role: 'editor', password: PASSWORD });
    expect(added.headers.location).toBe('/editor/console?done=added#accounts');
    const bad = await post('/editor/console/accounts', { username: 'nina', role: 'editor', password: 'short' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Not created: password: must be at least 10 characters');

    const nina = await login(deps, 'nina');
    await post('/editor/console/accounts/nina/disable', {});
    expect(await findUserByName(deps.db, 'nina')).toMatchObject({ disabled: true });
    expect((await app.inject({ method: 'GET', url: '/editor', headers: { cookie: nina.cookie } })).statusCode).toBe(303);
    await post('/editor/console/accounts/nina/enable', {});
    expect(await findUserByName(deps.db, 'nina')).toMatchObject({ disabled: false });

    const self = await post('/editor/console/accounts/ops/disable', {});
    expect(self.statusCode).toBe(400);
    expect(self.body).toContain('You cannot disable your own account');

    const later = new Date(Date.now() + 3600_000);
    await deps.db
      .insertInto('login_throttle')
      .values({ username: 'nina', ip: '198.51.100.7', failures: 9, last_at: new Date(), next_at: later })
      .execute();
    expect((await app.inject({ method: 'GET', url: '/editor/console', headers: { cookie: ops.cookie } })).body).toContain('login wait');
    await post('/editor/console/accounts/nina/unlock', {});
    expect(await deps.db.selectFrom('login_throttle').selectAll().where('username', '=', 'nina').execute()).toEqual([]);

    const before = (await findUserByName(deps.db, 'nina'))!.password_hash;
    expect((await post('/editor/console/accounts/nina/password', { password: 'short' })).statusCode).toBe(400);
    await post('/editor/console/accounts/nina/password', { password: 'a whole new passphrase' });
    expect((await findUserByName(deps.db, 'nina'))!.password_hash).not.toBe(before);
  });
});

/** A TCP port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((r) => server.close(r));
  return port;
}

describe('/metrics by bind address', () => {
  const withServer = async (env: Record<string, string>, fn: (app: FastifyInstance) => Promise<void>) => {
    const { deps, close } = await makeTestDeps({ db: 'postgres', queue: 'memory', feedsYaml, env });
    const app = await buildServer(deps);
    try {
      await fn(app);
    } finally {
      await app.close();
      await close();
    }
  };

  it('is open on a loopback address, refused on a public one without a token, and token-guarded with one', async () => {
    await withServer({ HOST: '127.0.0.1' }, async (app) =>
      expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(200),
    );
    await withServer({ HOST: '0.0.0.0' }, async (app) => {
      const r = await app.inject({ method: 'GET', url: '/metrics' });
      expect(r.statusCode).toBe(404);
      expect(r.json()).toEqual({ error: { code: 'NOT_FOUND', message: METRICS_REFUSED } });
    });
    await withServer({ HOST: '0.0.0.0', WIREROOM_METRICS_TOKEN: 'scrape-me' }, async (app) => {
      expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
      const ok = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer scrape-me' } });
      expect(ok.statusCode).toBe(200);
      expect(ok.body).toContain('# TYPE');
    });
  });

  it('moves to WIREROOM_METRICS_PORT, off the API port, on a public address', async () => {
    const metricsPort = await freePort();
    const { deps, close } = await makeTestDeps({
      db: 'postgres',
      queue: 'memory',
      feedsYaml,
      // A name, not loopback to wireroom; the test network guard resolves *.test to 127.0.0.1.
      env: { HOST: 'public-host.test', PORT: '0', WIREROOM_METRICS_PORT: String(metricsPort) },
    });
    let url = '';
    const stop = await startRoles(deps, ['serve'], (u) => (url = u));
    try {
      const api = await fetch(`http://127.0.0.1:${new URL(url).port}/metrics`);
      expect(api.status).toBe(404);
      const separate = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(separate.status).toBe(200);
      expect(await separate.text()).toContain('# TYPE');
    } finally {
      await stop();
      await close();
    }
  });
});
