/**
 * Read access to the portal API: open by default (no setup), tokens from WIREROOM_API_TOKENS or a
 * user's API token (sha256 stored) when configured, WIREROOM_API_OPEN to open it anyway; CORS as
 * configured. The check follows the matched route, so a percent-encoded path cannot get around it.
 * Output feeds and item pages are public unless WIREROOM_FEEDS_OPEN=0, which puts them under the
 * API's rule with the token also accepted as ?token= (masked in the access log).
 */
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { USER_TOKENS_RECHECK_MS } from '../../src/auth/api-access';
import { issueApiToken, revokeApiToken } from '../../src/auth/users';
import { createLogger } from '../../src/log';
import { buildServer } from '../../src/server';
import { makeTestDeps } from '../support/test-deps';

const yaml = 'sources: []\n';

async function serverWith(env: Record<string, string>) {
  const { deps, close } = await makeTestDeps({ db: 'postgres', queue: 'memory', feedsYaml: yaml, env });
  const app = await buildServer(deps);
  return {
    deps,
    app,
    close: async () => {
      await app.close();
      await close();
    },
  };
}

const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

describe('portal API access', () => {
  it('is open with no setup', async () => {
    const s = await serverWith({});
    try {
      expect((await s.app.inject('/api/items')).statusCode).toBe(200);
    } finally {
      await s.close();
    }
  });

  describe('with tokens configured', () => {
    let s: Awaited<ReturnType<typeof serverWith>>;
    let app: FastifyInstance;
    beforeAll(async () => {
      s = await serverWith({ WIREROOM_API_TOKENS: 'tok-a, tok-b', WIREROOM_CORS_ORIGINS: 'https://portal.test' });
      app = s.app;
      await s.deps.db
        .insertInto('users')
        .values([
          { username: 'reader', password_hash: 'x', role: 'editor', api_token_hash: createHash('sha256').update('user-tok').digest('hex') },
          {
            username: 'gone',
            password_hash: 'x',
            role: 'editor',
            api_token_hash: createHash('sha256').update('old-tok').digest('hex'),
            disabled: true,
          },
        ] as never)
        .execute();
    }, 30_000);
    afterAll(() => s?.close());

    it.each([
      [401, 'no token', {}],
      [401, 'a wrong token', bearer('nope')],
      [200, 'an env token', bearer('tok-b')],
      [200, "a user's token", bearer('user-tok')],
      [401, "a disabled user's token", bearer('old-tok')],
    ])('%i for %s', async (status, _, headers) => {
      const res = await app.inject({ url: '/api/items', headers });
      expect(res.statusCode).toBe(status);
      if (status === 401) expect(res.json().error.code).toBe('UNAUTHORIZED');
    });

    it('cannot be reached around the token by spelling the path differently', async () => {
      // Each of these routes to the item list; the check follows the route, not the raw URL.
      for (const url of ['/%61pi/items', '/api/%69tems', '/%61%70%69/items?limit=1', '/api/items/1.ninjs']) {
        expect([url, (await app.inject(url)).statusCode]).toEqual([url, 401]);
      }
      expect((await app.inject({ url: '/%61pi/items', headers: bearer('tok-a') })).statusCode).toBe(200);
    });

    it('leaves the output feeds and item pages public (WIREROOM_FEEDS_OPEN defaults to 1)', async () => {
      expect((await app.inject('/feeds/all.rss')).statusCode).toBe(200);
      expect((await app.inject('/feeds/all.json')).statusCode).toBe(200);
    });

    it('leaves the OpenAPI document readable', async () => {
      expect((await app.inject('/api/openapi.json')).statusCode).toBe(200);
    });

    it('answers CORS only for configured origins', async () => {
      const ok = await app.inject({ url: '/api/items', headers: { ...bearer('tok-a'), origin: 'https://portal.test' } });
      expect(ok.headers['access-control-allow-origin']).toBe('https://portal.test');
      const other = await app.inject({ url: '/api/items', headers: { ...bearer('tok-a'), origin: 'https://evil.test' } });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  it('WIREROOM_API_OPEN=1 opens it even with tokens set', async () => {
    const s = await serverWith({ WIREROOM_API_TOKENS: 'tok-a', WIREROOM_API_OPEN: '1' });
    try {
      expect((await s.app.inject('/api/items')).statusCode).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('a token issued to a user closes an API that was open by default; revoking the last one opens it again', async () => {
    const s = await serverWith({});
    try {
      expect((await s.app.inject('/api/items')).statusCode).toBe(200);
      await s.deps.db
        .insertInto('users')
        .values({ username: 'portal', password_hash: 'x', role: 'editor' } as never)
        .execute();
      const token = await issueApiToken(s.deps.db, 'portal');
      const fresh = await buildServer(s.deps); // a new process: no remembered answer
      try {
        expect((await fresh.inject('/api/items')).statusCode).toBe(401);
        expect((await fresh.inject({ url: '/api/items', headers: bearer(token) })).statusCode).toBe(200);
        expect((await fresh.inject({ url: '/api/items', headers: bearer(token + 'x') })).statusCode).toBe(401);
        await revokeApiToken(s.deps.db, 'portal');
        expect(
          await buildServer(s.deps).then(async (again) => {
            try {
              return (await again.inject('/api/items')).statusCode;
            } finally {
              await again.close();
            }
          }),
        ).toBe(200);
      } finally {
        await fresh.close();
      }
    } finally {
      await s.close();
    }
  });

  it('a running server notices the first user token within the recheck interval', async () => {
    let now = Date.UTC(2026, 0, 1);
    const s = await serverWith({});
    try {
      const deps = { ...s.deps, clock: { now: () => new Date(now) } };
      const app = await buildServer(deps as typeof s.deps);
      try {
        expect((await app.inject('/api/items')).statusCode).toBe(200);
        await s.deps.db
          .insertInto('users')
          .values({ username: 'portal2', password_hash: 'x', role: 'editor' } as never)
          .execute();
        await issueApiToken(s.deps.db, 'portal2');
        expect((await app.inject('/api/items')).statusCode).toBe(200); // still the remembered answer
        now += USER_TOKENS_RECHECK_MS;
        expect((await app.inject('/api/items')).statusCode).toBe(401);
      } finally {
        await app.close();
      }
    } finally {
      await s.close();
    }
  });

  it('WIREROOM_API_OPEN=0 needs a token even before any exists', async () => {
    const s = await serverWith({ WIREROOM_API_OPEN: '0' });
    try {
      expect((await s.app.inject('/api/items')).statusCode).toBe(401);
    } finally {
      await s.close();
    }
  });

  describe('WIREROOM_FEEDS_OPEN=0 with tokens configured', () => {
    let s: Awaited<ReturnType<typeof serverWith>>;
    beforeAll(async () => {
      s = await serverWith({ WIREROOM_API_TOKENS: 'tok-a', WIREROOM_FEEDS_OPEN: '0' });
    }, 30_000);
    afterAll(() => s?.close());

    it('closes the output feeds and item pages to requests without a token', async () => {
      for (const url of ['/feeds/all.rss', '/feeds/source/x.atom', '/feeds/category/world.json', '/items/1', '/%66eeds/all.rss']) {
        const res = await s.app.inject(url);
        expect([url, res.statusCode]).toEqual([url, 401]);
        expect(res.json().error.message).toContain('?token=<token>');
      }
    });

    it('takes the token in the Authorization header or, for feed readers, as ?token=', async () => {
      expect((await s.app.inject({ url: '/feeds/all.rss', headers: bearer('tok-a') })).statusCode).toBe(200);
      const viaQuery = await s.app.inject('/feeds/all.rss?token=tok-a');
      expect(viaQuery.statusCode).toBe(200);
      expect(viaQuery.body).not.toContain('tok-a'); // the feed's own links do not carry the token
      expect((await s.app.inject('/feeds/all.rss?token=wrong')).statusCode).toBe(401);
    });

    it('masks the token of a feed URL in the access log', async () => {
      const lines: string[] = [];
      const sink = new Writable({ write: (c: Buffer, _e, cb) => void (lines.push(c.toString()), cb()) });
      const logged = await buildServer({ ...s.deps, log: createLogger('info', false, sink) });
      try {
        expect((await logged.inject('/feeds/all.rss?limit=5&token=tok-a')).statusCode).toBe(200);
      } finally {
        await logged.close();
      }
      expect(lines.join('')).toContain('"url":"/feeds/all.rss?limit=5&token=***"');
      expect(lines.join('')).not.toContain('tok-a');
    });

    it('does not take ?token= for the JSON API, whose clients can send a header', async () => {
      expect((await s.app.inject('/api/items?token=tok-a')).statusCode).toBe(401);
    });
  });

  it('WIREROOM_FEEDS_OPEN=0 with an API left open leaves the feeds open too (they follow the API)', async () => {
    const s = await serverWith({ WIREROOM_FEEDS_OPEN: '0' });
    try {
      expect((await s.app.inject('/feeds/all.rss')).statusCode).toBe(200);
    } finally {
      await s.close();
    }
  });
});
