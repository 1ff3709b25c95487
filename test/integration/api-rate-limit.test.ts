/** The portal API's rate limit: per client, a 429 naming the limit, other routes untouched. */
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server';
import { makeTestDeps } from '../support/test-deps';

let app: FastifyInstance;
let close: () => Promise<void>;

beforeAll(async () => {
  const t = await makeTestDeps({ db: 'pglite', queue: 'memory', feedsYaml: 'sources: []\n', env: { WIREROOM_API_RATE_LIMIT: '3' } });
  close = t.close;
  app = await buildServer(t.deps);
});
afterAll(async () => {
  await app?.close();
  await close?.();
});

it('answers 429 past the limit, per client, and leaves /healthz alone', async () => {
  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
  for (let i = 0; i < 3; i++) expect((await get('/api/items')).statusCode).toBe(200);
  const limited = await get('/api/items');
  expect(limited.statusCode).toBe(429);
  expect(limited.json()).toMatchObject({
    error: { code: 'RATE_LIMITED', message: expect.stringContaining('more than 3 requests a minute') },
  });
  expect(limited.headers['retry-after']).toBeDefined();
  expect((await get('/api/items', { authorization: 'Bearer another-client' })).statusCode).not.toBe(429);
  expect((await get('/healthz')).statusCode).toBe(200);
});
