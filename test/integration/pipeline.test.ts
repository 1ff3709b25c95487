/**
 * End to end, as a newcomer sees it: a fixture feed on 127.0.0.1 → scheduler → feed fetch →
 * article jobs → extraction → store → publish → GET /api/items with credit lines. Runs on the
 * embedded stack (PGlite + in-process queue) and on Postgres + BullMQ/Redis.
 */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../src/deps';
import { schedulerTick } from '../../src/fetchers/scheduler';
import { fixtureText } from '../support/fixtures';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { startStack, type TestStack } from '../support/stack';
import { waitFor } from '../support/test-deps';

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

describe.each([
  { db: 'pglite', queue: 'memory' },
  { db: 'postgres', queue: 'bullmq' },
] as const)('pipeline on $db + $queue', ({ db, queue }) => {
  let web: FixtureServer;
  let deps: Deps;
  let stack: TestStack | undefined;
  let app: FastifyInstance;

  beforeAll(async () => {
    web = await startFixtureServer();
    web.set('/feed.xml', {
      body: fixtureText('site/feed.xml', web.origin),
      headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
      etag: '"feed-v1"',
    });
    web.set('/news/harbour-reopens', {
      body: fixtureText('site/article-harbour.html', web.origin),
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    web.set('/world/russia-nato-relations', {
      body: fixtureText('site/republished-rt.html', web.origin),
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    stack = await startStack({
      db,
      queue,
      feedsYaml: feedsYaml(web.origin),
      env: { WIREROOM_SCHEDULER_TICK: '59s' },
      roles: ['fetch', 'work'],
    });
    ({ deps, app } = stack);
  });

  afterAll(async () => {
    await stack?.close();
    await web?.close();
  });

  it('ingests the fixture feed and serves its items with credit lines', async () => {
    await schedulerTick(deps);
    const items = await waitFor(
      async () => {
        const res = await app.inject({ method: 'GET', url: '/api/items?limit=10' });
        const body = res.json() as {
          items: {
            title: string;
            credit_line: string;
            url: string;
            content_html: string | null;
            source: { id: string };
            published_at: string;
          }[];
        };
        return body.items.length === 2 ? body.items : undefined;
      },
      20000,
      'two published items',
    );

    expect(items.map((i) => i.title)).toEqual(['Harbour reopens after storm repairs', 'Council publishes budget draft']);
    for (const it of items) {
      expect(it.credit_line).toBe('Source: Fixture Wire');
      expect(it.source.id).toBe('fixture-wire');
      expect(it.published_at).toMatch(/Z$/);
    }
    const [harbour, budget] = items;
    expect(harbour!.url).toBe(`${web.origin}/news/harbour-reopens`); // tracking parameters removed
    expect(harbour!.content_html).toContain('north pier');
    expect(harbour!.content_html).not.toContain('Leave a Reply');
    expect(budget!.content_html).toContain('draft budget'); // the page is a 404: the feed's own content is used
  });

  it('holds a republished page that forbids redistribution for review, crediting the original', async () => {
    const rt = await waitFor(
      () => deps.db.selectFrom('items').selectAll().where('title', 'like', 'Russia-NATO%').executeTakeFirst(),
      10000,
      'the RT item',
    );
    expect(rt.status).toBe('queued');
    expect(rt.status_reason).toMatch(/forbids republication/);
    expect(rt.rights_notice).toMatch(/should not be published, broadcast, rewritten, redistributed/);
    expect(rt.original_source?.name).toMatch(/^RT/);
    expect(rt.credit_line).toMatch(/^Source: RT.*, via Fixture Wire$/);
    expect(rt.text).not.toMatch(/should not be published|Leave a Reply|2 min read/);
  });

  it('polls again with a conditional GET and stores nothing twice', async () => {
    const before = web.hits('/feed.xml');
    await deps.db
      .updateTable('feeds')
      .set({ next_due_at: new Date(Date.now() - 1000) })
      .execute();
    await schedulerTick(deps);
    await waitFor(async () => (web.hits('/feed.xml') > before ? true : undefined), 10000, 'second poll');
    const last = web.requests.filter((r) => r.path === '/feed.xml').pop();
    expect(last?.headers['if-none-match']).toBe('"feed-v1"');
    const feed = await waitFor(
      async () => {
        const f = await deps.db.selectFrom('feeds').selectAll().executeTakeFirstOrThrow();
        return f.last_status === 304 ? f : undefined;
      },
      10000,
      'the 304 recorded',
    );
    expect(feed.error_count).toBe(0);
    const count = await deps.db
      .selectFrom('items')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(3);
  });

  it('reports database and queue state on /healthz', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { ok: true, kind: db }, queue: { ok: true, kind: queue } });
  });
});
