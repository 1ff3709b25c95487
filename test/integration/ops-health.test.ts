/** /healthz says degraded (200, with details) while feeds fail or a queue stalls; /readyz answers for orchestrators. */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../src/deps';
import { buildServer } from '../../src/server';
import { makeTestDeps } from '../support/test-deps';

let app: FastifyInstance;
let deps: Deps;
let close: () => Promise<void>;

beforeAll(async () => {
  const t = await makeTestDeps({ db: 'postgres', queue: 'bullmq', feedsYaml: 'sources: []\n' });
  deps = t.deps;
  close = t.close;
  app = await buildServer(t.deps);
  await deps.db
    .insertInto('sources')
    .values({ id: 'wire', name: 'Wire', rights: 'excerpt', review: 'auto', credit_template: 'Source: {source}', excerpt_words: 60 })
    .execute();
  await deps.db
    .insertInto('feeds')
    .values({
      source_id: 'wire',
      url: 'https://wire.example/a.xml',
      config_url: 'https://wire.example/a.xml',
      type: 'feed',
      poll_interval_s: 900,
      next_due_at: new Date(),
    })
    .execute();
});
afterAll(async () => {
  await app?.close();
  await close?.();
});

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json<Record<string, unknown>>() };
};

it('is ok with every feed well, ready with migrations current', async () => {
  expect(await get('/healthz')).toMatchObject({ status: 200, body: { status: 'ok', problems: [], feeds: { active: 1, failing: 0 } } });
  expect(await get('/readyz')).toEqual({ status: 200, body: { ready: true, problems: [] } });
});

it('is degraded, still 200, while a feed fails, naming the count and where to look', async () => {
  await deps.db.updateTable('feeds').set({ error_count: 3, error_code: 'FETCH_TIMEOUT' }).execute();
  const health = await get('/healthz');
  expect(health).toMatchObject({ status: 200, body: { status: 'degraded', feeds: { active: 1, failing: 1, paused: 0 } } });
  expect(health.body.problems).toEqual(['1 of 1 feeds failing (see `wireroom feeds status --problems`)']);
  expect((await get('/readyz')).status).toBe(200); // a failing feed does not make the process unready
});

it('is degraded when a queue holds a backlog and nothing runs it', async () => {
  await deps.db.updateTable('feeds').set({ error_count: 0, error_code: null }).execute();
  for (let i = 0; i < 100; i++) await deps.queue.add('article-fetch', { entryId: i }, { jobId: `stall-${i}` });
  const health = await get('/healthz');
  expect(health).toMatchObject({ status: 200, body: { status: 'degraded', queue: { stalled: ['article-fetch'] } } });
  expect(health.body.problems).toEqual([expect.stringContaining('queue article-fetch: 100 jobs waiting and none running')]);
});

it('is not ready while migrations are pending', async () => {
  await deps.db
    .deleteFrom('wireroom_migration' as never)
    .where('name' as never, '=', '0008-commit-order-and-login-throttle' as never)
    .execute();
  const ready = await get('/readyz');
  expect(ready).toEqual({
    status: 503,
    body: { ready: false, problems: ['migrations pending: 0008-commit-order-and-login-throttle (run `wireroom migrate`)'] },
  });
});
