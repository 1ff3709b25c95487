/**
 * Login and rate limits that cannot be raced or spoofed (issue 17): concurrent wrong passwords are
 * counted before the hash; waits are per (user, address), so another address still logs in; a
 * forged X-Forwarded-For changes nothing without a trusted proxy and is believed behind one.
 * Postgres (real concurrent transactions), Fastify inject with its socket address.
 */
import type { FastifyInstance } from 'fastify';
import { MAX_CONCURRENT_HASHES, MAX_WAITING_HASHES } from '../../src/auth/hash-slots';
import { ADDRESS_POLICY, ANY_USER, claimAttempt, unlockUsername, USER_ADDRESS_POLICY } from '../../src/auth/login-throttle';
import { insertUser } from '../../src/auth/users';
import type { Deps } from '../../src/deps';
import { buildServer } from '../../src/server';
import { makeTestDeps } from '../support/test-deps';

const PASSWORD = 'correct horse battery';
/** Failures an address makes over HTTP in these tests; the rest of its budget is used up directly (each HTTP one runs scrypt). */
const OVER_HTTP = 3;

/** Uses up all but OVER_HTTP of an address's free failures, as earlier failed logins would have. */
async function spendAddressBudget(deps: Deps, ip: string): Promise<void> {
  for (let i = 0; i < ADDRESS_POLICY.free - OVER_HTTP; i++)
    expect((await claimAttempt(deps.db, ANY_USER, ip, ADDRESS_POLICY, new Date())).ok).toBe(true);
}

async function serve(env: Record<string, string>): Promise<{ app: FastifyInstance; deps: Deps; close: () => Promise<void> }> {
  const t = await makeTestDeps({ db: 'postgres', queue: 'memory', feedsYaml: 'sources: []\n', env });
  const app = await buildServer(t.deps);
  return {
    app,
    deps: t.deps,
    close: async () => {
      await app.close();
      await t.close();
    },
  };
}

function login(app: FastifyInstance, username: string, password: string, o: { from?: string; xff?: string } = {}) {
  return app.inject({
    method: 'POST',
    url: '/editor/login',
    remoteAddress: o.from ?? '127.0.0.1',
    headers: o.xff ? { 'x-forwarded-for': o.xff } : {},
    payload: { username, password },
  });
}

describe('login throttle without a trusted proxy', () => {
  let s: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    s = await serve({ WIREROOM_API_RATE_LIMIT: '3' });
    await insertUser(s.deps.db, 'olga', 'editor', PASSWORD);
  }, 30_000);
  afterAll(async () => s?.close());

  it('evaluates at most the free attempts of 30 concurrent wrong passwords; the rest wait (429) or are turned away (503)', async () => {
    const replies = await Promise.all(Array.from({ length: 30 }, (_, i) => login(s.app, 'olga', `wrong password ${i}`)));
    const counts = replies.reduce<Record<number, number>>((m, r) => ({ ...m, [r.statusCode]: (m[r.statusCode] ?? 0) + 1 }), {});
    expect(counts[401]).toBe(USER_ADDRESS_POLICY.free);
    expect((counts[429] ?? 0) + (counts[503] ?? 0)).toBe(30 - USER_ADDRESS_POLICY.free);
    for (const r of replies.filter((x) => x.statusCode !== 401)) expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    const audit = await s.deps.db.selectFrom('login_attempts').select('ok').where('username', '=', 'olga').execute();
    expect(audit).toHaveLength(USER_ADDRESS_POLICY.free);
  }, 60_000);

  it('makes this address wait, with Retry-After, but does not lock the account elsewhere', async () => {
    const waiting = await login(s.app, 'olga', PASSWORD);
    expect(waiting.statusCode).toBe(429);
    const retryAfter = Number(waiting.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(USER_ADDRESS_POLICY.baseDelayMs / 1000);
    expect(waiting.body).toContain('Too many failed logins');
    const elsewhere = await login(s.app, 'olga', PASSWORD, { from: '10.9.8.7' });
    expect(elsewhere.statusCode).toBe(303);
    expect(await unlockUsername(s.deps.db, 'olga')).toBe(1);
    expect((await login(s.app, 'olga', PASSWORD)).statusCode).toBe(303);
  }, 30_000);

  it('a rotated X-Forwarded-For does not reset the per-address login limit', async () => {
    const from = '192.0.2.10';
    await spendAddressBudget(s.deps, from);
    for (let i = 0; i < OVER_HTTP; i++) {
      expect((await login(s.app, `guess${i}`, 'wrong password', { from, xff: `203.0.113.${i}` })).statusCode).toBe(401);
    }
    const next = await login(s.app, 'guess-next', 'wrong password', { from, xff: '203.0.113.250' });
    expect(next.statusCode).toBe(429);
    const rows = await s.deps.db.selectFrom('login_attempts').select('ip').where('username', 'like', 'guess%').execute();
    expect(new Set(rows.map((r) => r.ip))).toEqual(new Set([from]));
  }, 60_000);

  it('a rotated X-Forwarded-For does not reset the API rate limit', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push(
        (
          await s.app.inject({
            method: 'GET',
            url: '/api/items',
            remoteAddress: '192.0.2.20',
            headers: { 'x-forwarded-for': `198.51.100.${i}` },
          })
        ).statusCode,
      );
    expect(codes).toEqual([200, 200, 200, 429, 429]);
  });
});

describe('login throttle behind a trusted proxy', () => {
  let s: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    s = await serve({ WIREROOM_API_RATE_LIMIT: '3', WIREROOM_TRUSTED_PROXIES: '192.0.2.1, 10.0.0.0/8' });
  }, 30_000);
  afterAll(async () => s?.close());

  it('counts logins per forwarded client address', async () => {
    const proxy = '192.0.2.1';
    await spendAddressBudget(s.deps, '203.0.113.7');
    for (let i = 0; i < OVER_HTTP; i++)
      expect((await login(s.app, `guess${i}`, 'wrong password', { from: proxy, xff: '203.0.113.7' })).statusCode).toBe(401);
    expect((await login(s.app, 'guess-next', 'wrong password', { from: proxy, xff: '203.0.113.7' })).statusCode).toBe(429);
    expect((await login(s.app, 'guess-next', 'wrong password', { from: proxy, xff: '203.0.113.8' })).statusCode).toBe(401);
    const rows = await s.deps.db.selectFrom('login_attempts').select('ip').distinct().execute();
    expect(new Set(rows.map((r) => r.ip))).toEqual(new Set(['203.0.113.7', '203.0.113.8']));
  }, 60_000);

  it('believes X-Forwarded-Proto from the proxy only: Secure session cookie', async () => {
    await insertUser(s.deps.db, 'eddie', 'editor', PASSWORD);
    const viaProxy = await s.app.inject({
      method: 'POST',
      url: '/editor/login',
      remoteAddress: '192.0.2.1',
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.40' },
      payload: { username: 'eddie', password: PASSWORD },
    });
    expect(viaProxy.statusCode).toBe(303);
    expect(viaProxy.cookies.find((c) => c.name === 'wireroom_session')!.secure).toBe(true);
    const direct = await s.app.inject({
      method: 'POST',
      url: '/editor/login',
      remoteAddress: '192.0.2.77',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { username: 'eddie', password: PASSWORD },
    });
    expect(direct.cookies.find((c) => c.name === 'wireroom_session')!.secure).toBeFalsy();
  }, 30_000);

  it('rate-limits the API per forwarded client, and ignores the header from an untrusted peer', async () => {
    const get = (from: string, xff: string) =>
      s.app
        .inject({ method: 'GET', url: '/api/items', remoteAddress: from, headers: { 'x-forwarded-for': xff } })
        .then((r) => r.statusCode);
    for (let i = 0; i < 3; i++) expect(await get('10.1.2.3', '198.51.100.1')).toBe(200);
    expect(await get('10.1.2.3', '198.51.100.1')).toBe(429);
    expect(await get('10.1.2.3', '198.51.100.2')).toBe(200);
    // An appending proxy passes on the client's forged header: only the hop the proxy added counts.
    expect(await get('10.1.2.3', '198.51.100.1, 198.51.100.3')).toBe(200);
    expect(await get('10.1.2.3', '198.51.100.99, 198.51.100.1')).toBe(429);
    // Not from a trusted proxy: the header is ignored and the socket address is the client.
    for (let i = 0; i < 3; i++) expect(await get('192.0.2.50', `198.51.100.${10 + i}`)).toBe(200);
    expect(await get('192.0.2.50', '198.51.100.20')).toBe(429);
  });
});

describe('login throttle behind a proxy given as a hop count', () => {
  let s: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    s = await serve({ WIREROOM_TRUSTED_PROXIES: '1' });
  }, 30_000);
  afterAll(async () => s?.close());

  it('keys on the address the one proxy appended; a forged leftmost X-Forwarded-For buys nothing', async () => {
    const client = '203.0.113.9';
    const proxy = '10.5.5.5';
    await spendAddressBudget(s.deps, client);
    for (let i = 0; i < OVER_HTTP; i++)
      expect((await login(s.app, `hop${i}`, 'wrong password', { from: proxy, xff: `198.51.100.${i}, ${client}` })).statusCode).toBe(401);
    const next = await login(s.app, 'hop-next', 'wrong password', { from: proxy, xff: `198.51.100.200, ${client}` });
    expect(next.statusCode).toBe(429);
    expect(Number(next.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Another client behind the same proxy has its own budget.
    expect((await login(s.app, 'hop-next', 'wrong password', { from: proxy, xff: '203.0.113.10' })).statusCode).toBe(401);
    const rows = await s.deps.db.selectFrom('login_attempts').select('ip').where('username', 'like', 'hop%').execute();
    expect(new Set(rows.map((r) => r.ip))).toEqual(new Set([client, '203.0.113.10']));
  }, 60_000);
});

describe('a login flood beyond the hash cap', () => {
  let s: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    s = await serve({});
  }, 30_000);
  afterAll(async () => s?.close());

  it('is turned away with 503 and Retry-After before hashing, instead of queueing every password', async () => {
    const flood = 30;
    const replies = await Promise.all(
      Array.from({ length: flood }, (_, i) => login(s.app, `flood${i}`, 'wrong password', { from: `192.0.2.${100 + i}` })),
    );
    const busy = replies.filter((r) => r.statusCode === 503);
    const evaluated = replies.filter((r) => r.statusCode === 401);
    expect(busy.length + evaluated.length).toBe(flood);
    // Slots free up while the flood arrives, so a few more than the cap may be evaluated; without a cap all 30 would be.
    const cap = MAX_CONCURRENT_HASHES + MAX_WAITING_HASHES;
    expect(evaluated.length).toBeGreaterThanOrEqual(cap);
    expect(busy.length).toBeGreaterThanOrEqual(flood - 3 * cap);
    for (const r of busy) {
      expect(r.headers['retry-after']).toBe('1');
      expect(r.body).toContain('The desk is busy checking other logins');
    }
    const audit = await s.deps.db.selectFrom('login_attempts').select('username').where('username', 'like', 'flood%').execute();
    expect(audit).toHaveLength(evaluated.length);
    // A login turned away was not counted against its username and address either.
    const counted = await s.deps.db.selectFrom('login_throttle').select('username').where('username', 'like', 'flood%').execute();
    expect(counted).toHaveLength(evaluated.length);
  }, 120_000);
});

describe('login throttle on PGlite (embedded mode)', () => {
  it('claims, refuses with the wait, and unlocks with the same statements', async () => {
    const t = await makeTestDeps({ db: 'pglite', queue: 'memory', feedsYaml: 'sources: []\n' });
    try {
      const now = new Date('2026-12-01T10:00:00Z');
      const claims = [];
      for (let i = 0; i <= USER_ADDRESS_POLICY.free; i++)
        claims.push(await claimAttempt(t.deps.db, 'olga', '10.0.0.1', USER_ADDRESS_POLICY, now));
      expect(claims.slice(0, -1).every((c) => c.ok)).toBe(true);
      expect(claims[claims.length - 1]).toEqual({ ok: false, retryAt: new Date(now.getTime() + USER_ADDRESS_POLICY.baseDelayMs) });
      const later = new Date(now.getTime() + USER_ADDRESS_POLICY.baseDelayMs);
      expect((await claimAttempt(t.deps.db, 'olga', '10.0.0.1', USER_ADDRESS_POLICY, later)).ok).toBe(true);
      expect(await claimAttempt(t.deps.db, 'olga', '10.0.0.1', USER_ADDRESS_POLICY, later)).toEqual({
        ok: false,
        retryAt: new Date(later.getTime() + 2 * USER_ADDRESS_POLICY.baseDelayMs),
      });
      expect(await unlockUsername(t.deps.db, 'olga')).toBe(1);
      expect((await claimAttempt(t.deps.db, 'olga', '10.0.0.1', USER_ADDRESS_POLICY, later)).ok).toBe(true);
    } finally {
      await t.close();
    }
  }, 30_000);
});
