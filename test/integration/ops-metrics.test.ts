/**
 * Operations end to end: a fixture ingest on Postgres + BullMQ moves the /metrics counters, the
 * token guards hold, Bull Board answers under /admin/queues, a fetch/work process serves its own
 * /metrics, and request log lines carry Fastify's reqId as JSON.
 */
import type { FastifyInstance } from 'fastify';
import { Writable } from 'node:stream';
import { SESSION_COOKIE } from '../../src/auth/guard';
import { createSession } from '../../src/auth/sessions';
import { insertUser } from '../../src/auth/users';
import { cheapHash } from '../support/users';
import type { Deps } from '../../src/deps';
import { schedulerTick } from '../../src/fetchers/scheduler';
import { createLogger } from '../../src/log';
import { startMetricsServer } from '../../src/metrics/server';
import { buildServer } from '../../src/server';
import { createMemoryQueue } from '../../src/queue/memory-queue';
import { startFetchRole } from '../../src/roles';
import { fixtureText } from '../support/fixtures';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { startStack, type TestStack } from '../support/stack';
import { makeTestDeps, waitFor } from '../support/test-deps';

const METRICS_TOKEN = 'metrics-token-for-tests';
const ADMIN_TOKEN = 'admin-token-for-tests';

const feedsYaml = (origin: string) => `
sources:
  - id: fixture-wire
    name: Fixture Wire
    homepage: ${origin}/
    feeds:
      - url: ${origin}/feed.xml
    rights: full
    review: auto
    credit: "Source: {source}"
`;

/** The value of one sample in Prometheus text format, or undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

/** A pino destination that parses each JSON line into `lines`. */
function jsonSink(lines: Record<string, unknown>[]): Writable {
  return new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
}

describe('metrics, dashboard and logs on postgres + bullmq', () => {
  let web: FixtureServer;
  let deps: Deps;
  let stack: TestStack | undefined;
  let app: FastifyInstance;
  const scrape = async () => {
    const res = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.statusCode).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    web = await startFixtureServer();
    web.set('/feed.xml', {
      body: fixtureText('site/feed.xml', web.origin),
      headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
    });
    web.set('/news/harbour-reopens', {
      body: fixtureText('site/article-harbour.html', web.origin),
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    web.set('/world/russia-nato-relations', {
      body: fixtureText('site/republished-rt.html', web.origin),
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    const env = { WIREROOM_SCHEDULER_TICK: '59s', WIREROOM_METRICS_TOKEN: METRICS_TOKEN, WIREROOM_ADMIN_TOKEN: ADMIN_TOKEN };
    stack = await startStack({ db: 'postgres', queue: 'bullmq', feedsYaml: feedsYaml(web.origin), env, roles: ['fetch', 'work'] });
    ({ deps, app } = stack);
  });

  afterAll(async () => {
    await stack?.close();
    await web?.close();
  });

  it('moves the pipeline counters after a fixture ingest', async () => {
    expect(sample(await scrape(), 'wireroom_articles_published_total')).toBe(0);
    await schedulerTick(deps);
    const text = await waitFor(
      async () => {
        const t = await scrape();
        const processed =
          (sample(t, 'wireroom_articles_processed_total', { content_from: 'page' }) ?? 0) +
          (sample(t, 'wireroom_articles_processed_total', { content_from: 'feed' }) ?? 0);
        return processed === 3 ? t : undefined;
      },
      20000,
      'three processed articles in /metrics',
    );

    expect(sample(text, 'wireroom_feed_fetches_total', { outcome: 'ok', status: '200' })).toBe(1);
    expect(sample(text, 'wireroom_feed_fetch_duration_seconds_count', { outcome: 'ok' })).toBe(1);
    expect(sample(text, 'wireroom_entries_ingested_total', { kind: 'new' })).toBe(3);
    expect(sample(text, 'wireroom_articles_processed_total', { content_from: 'page' })).toBe(2);
    expect(sample(text, 'wireroom_articles_processed_total', { content_from: 'feed' })).toBe(1);
    expect(sample(text, 'wireroom_extraction_failures_total', { code: 'HTTP_404' })).toBe(1);
    // The harbour story and the budget story publish; the RT republication waits for review.
    expect(sample(text, 'wireroom_articles_published_total')).toBe(2);
    expect(sample(text, 'wireroom_source_to_portal_seconds_count')).toBe(2);
    expect(sample(text, 'wireroom_source_to_portal_seconds_sum')).toBeGreaterThan(0);
    expect(sample(text, 'wireroom_job_duration_seconds_count', { queue: 'feed-fetch', result: 'done' })).toBe(1);
    expect(sample(text, 'wireroom_job_duration_seconds_count', { queue: 'article-fetch', result: 'done' })).toBe(3);
    expect(sample(text, 'wireroom_items', { status: 'published' })).toBe(2);
    expect(sample(text, 'wireroom_items', { status: 'queued' })).toBe(1);
    expect(sample(text, 'wireroom_duplicate_items')).toBe(0);
    expect(sample(text, 'wireroom_feeds', { state: 'healthy' })).toBe(1);
    expect(sample(text, 'wireroom_queue_jobs', { queue: 'article-fetch', state: 'waiting' })).toBe(0);
    expect(sample(text, 'wireroom_queue_jobs', { queue: 'feed-fetch', state: 'completed' })).toBe(1);
    expect(text).toContain('wireroom_process_resident_memory_bytes');
  });

  it('counts webhook deliveries by status from the database', async () => {
    const events = await deps.db.selectFrom('publish_events').select('id').orderBy('id').execute();
    expect(events.length).toBeGreaterThanOrEqual(2); // one per publication, written by the items trigger
    await deps.db
      .insertInto('webhook_deliveries')
      .values([
        { endpoint: 'https://portal.test/hook', event_id: events[0]!.id, status: 'delivered', attempts: 1 },
        { endpoint: 'https://portal.test/hook', event_id: events[1]!.id, status: 'dead', attempts: 8 },
      ])
      .execute();
    const text = await scrape();
    expect(sample(text, 'wireroom_webhook_deliveries', { status: 'delivered' })).toBe(1);
    expect(sample(text, 'wireroom_webhook_deliveries', { status: 'dead' })).toBe(1);
    expect(sample(text, 'wireroom_webhook_deliveries', { status: 'pending' })).toBeUndefined();
  });

  it('asks for the metrics token when one is set', async () => {
    const none = await app.inject({ method: 'GET', url: '/metrics' });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ error: { code: 'UNAUTHORIZED', message: expect.stringContaining('WIREROOM_METRICS_TOKEN') } });
    const wrong = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer nope' } });
    expect(wrong.statusCode).toBe(401);
  });

  it('serves Bull Board under /admin/queues to the operator token only', async () => {
    const anon = await app.inject({ method: 'GET', url: '/admin/queues' });
    expect(anon.statusCode).toBe(401);
    expect(anon.headers['www-authenticate']).toMatch(/^Basic/);
    const page = await app.inject({ method: 'GET', url: '/admin/queues', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const basic = 'Basic ' + Buffer.from(`operator:${ADMIN_TOKEN}`).toString('base64');
    const api = await app.inject({ method: 'GET', url: '/admin/queues/api/queues', headers: { authorization: basic } });
    expect(api.statusCode).toBe(200);
    const names = (api.json() as { queues: { name: string }[] }).queues.map((q) => q.name).sort();
    expect(names).toEqual(['article-fetch', 'feed-fetch', 'webhook']);
  });

  it('lets a logged-in operator into /admin/queues and refuses an editor', async () => {
    const cookieFor = async (username: string, role: string) => {
      const user = await insertUser(deps.db, username, role, 'a long enough password', cheapHash);
      const { token } = await createSession(deps.db, user.id, deps.clock.now());
      return `${SESSION_COOKIE}=${token}`;
    };
    const operator = await app.inject({
      method: 'GET',
      url: '/admin/queues/api/queues',
      headers: { cookie: await cookieFor('ops-one', 'operator') },
    });
    expect(operator.statusCode).toBe(200);
    const editor = await app.inject({ method: 'GET', url: '/admin/queues', headers: { cookie: await cookieFor('desk-one', 'editor') } });
    expect(editor.statusCode).toBe(403);
    expect(editor.json()).toMatchObject({ error: { code: 'FORBIDDEN', message: expect.stringContaining('operator') } });
  });

  it('serves /metrics from a process without the HTTP server (WIREROOM_METRICS_PORT)', async () => {
    const server = await startMetricsServer(deps.metrics!, { port: 0, host: '127.0.0.1', token: METRICS_TOKEN, log: deps.log });
    try {
      const anon = await fetch(`http://127.0.0.1:${server.port}/metrics`);
      expect(anon.status).toBe(401);
      const res = await fetch(`http://127.0.0.1:${server.port}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(res.status).toBe(200);
      expect(sample(await res.text(), 'wireroom_articles_published_total')).toBe(2);
    } finally {
      await server.close();
    }
  });

  it('gives every job line the job context and ends each job with its duration (debug)', async () => {
    const lines: Record<string, unknown>[] = [];
    const queue = createMemoryQueue(createLogger('debug', false, jsonSink(lines)));
    const jobDeps = { ...deps, queue };
    await deps.db
      .updateTable('feeds')
      .set({ next_due_at: new Date(Date.now() - 1000) })
      .execute();
    const stopFetch = await startFetchRole(jobDeps);
    try {
      await schedulerTick(jobDeps);
      const finished = await waitFor(async () => lines.find((l) => l.msg === 'job finished'), 10000, 'a job finished line');
      expect(finished).toMatchObject({
        level: 20,
        queue: 'feed-fetch',
        job_id: expect.any(String),
        attempt: 1,
        result: 'done',
        duration_ms: expect.any(Number),
      });
      const fetched = lines.find((l) => l.msg === 'feed fetched');
      expect(fetched).toMatchObject({ level: 30, queue: 'feed-fetch', job_id: finished.job_id, feed_id: expect.any(Number), status: 200 });
    } finally {
      await stopFetch();
      await queue.close(2000);
    }
  });

  it('writes one JSON line per request with the request id, method, URL and status', async () => {
    const lines: Record<string, unknown>[] = [];
    const logged = await buildServer({ ...deps, log: createLogger('info', false, jsonSink(lines)) });
    try {
      await logged.inject({ method: 'GET', url: '/healthz' });
    } finally {
      await logged.close();
    }
    const incoming = lines.find((l) => l.msg === 'incoming request');
    const done = lines.find((l) => l.msg === 'request completed');
    expect(incoming).toMatchObject({ level: 30, role: 'serve', reqId: expect.any(String), req: { method: 'GET', url: '/healthz' } });
    expect(done).toMatchObject({ level: 30, reqId: incoming!.reqId, res: { statusCode: 200 }, responseTime: expect.any(Number) });
    expect(typeof done!.time).toBe('number');
    expect(done!.pid).toBe(process.pid);
  });
});

describe('queue dashboard on the in-process queue', () => {
  it('explains that it needs BullMQ', async () => {
    const { deps, close } = await makeTestDeps({
      db: 'postgres',
      queue: 'memory',
      feedsYaml: 'sources: []\n',
      env: { WIREROOM_ADMIN_TOKEN: ADMIN_TOKEN },
    });
    const app = await buildServer(deps);
    try {
      const res = await app.inject({ method: 'GET', url: '/admin/queues' });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'DASHBOARD_OFF', message: expect.stringContaining('REDIS_URL') } });
      const open = await app.inject({ method: 'GET', url: '/metrics' });
      expect(open.statusCode).toBe(200); // no WIREROOM_METRICS_TOKEN: open
      expect(sample(open.body, 'wireroom_queue_jobs', { queue: 'feed-fetch', state: 'waiting' })).toBe(0);
    } finally {
      await app.close();
      await close();
    }
  });
});
