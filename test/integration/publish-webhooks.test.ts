/**
 * Webhooks end to end on Postgres with the in-process queue: publish, update and withdrawal each
 * reach a receiver on 127.0.0.1 signed (verified as a portal would), with rights applied to the
 * item; a failing endpoint is retried, then dead-lettered; deliveries replay from a cursor; the
 * database refuses to publish an item of a rights-none source whatever the path.
 */
import type { FastifyInstance } from 'fastify';
import type http from 'node:http';
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { buildServer } from '../../src/server';
import { replayDeliveries } from '../../src/publish/webhooks/dispatch';
import { verifySignature } from '../../src/publish/webhooks/sign';
import { startWebhooks } from '../../src/publish/webhooks/webhook-role';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { insertItem, setStatus } from '../support/publish-items';
import { makeTestDeps, waitFor } from '../support/test-deps';

const SECRET = 'portal-shared-secret';
const ADMIN = 'operator-admin-token';
interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

describe('webhooks', () => {
  let web: FixtureServer;
  let deps: Deps;
  let close: () => Promise<void>;
  let stop: () => Promise<void>;
  let app: FastifyInstance;
  const got: Received[] = [];
  const flakySeen = new Set<string>();

  const receiver = (status: (path: string) => number) => (req: http.IncomingMessage, res: http.ServerResponse) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      got.push({ path: req.url ?? '', headers: req.headers, body });
      res.writeHead(status(req.url ?? '')).end();
    });
  };

  beforeAll(async () => {
    web = await startFixtureServer();
    web.set('/hook', { handler: receiver(() => 204) });
    web.set('/flaky', {
      handler: (req, res) => {
        const first = !flakySeen.has(String(req.headers['wireroom-delivery']));
        flakySeen.add(String(req.headers['wireroom-delivery']));
        receiver(() => (first ? 503 : 200))(req, res);
      },
    });
    web.set('/down', { handler: receiver(() => 500) });
    const yaml = `
sources:
  - { id: full-src, name: Full Wire, feeds: [{ url: "http://full-src.test/f" }], rights: full, credit: "Source: {source}" }
  - { id: excerpt-src, name: Excerpt Wire, feeds: [{ url: "http://excerpt-src.test/f" }], rights: excerpt, excerpt_words: 5 }
  - { id: none-src, name: None Wire, feeds: [{ url: "http://none-src.test/f" }], rights: none }
webhooks:
  - { url: "${web.origin}/hook", secret_env: HOOK_SECRET }
  - { url: "${web.origin}/flaky", secret_env: HOOK_SECRET, events: [item.published] }
  - { url: "${web.origin}/down", secret_env: HOOK_SECRET, events: [item.withdrawn] }
`;
    ({ deps, close } = await makeTestDeps({
      db: 'postgres',
      queue: 'memory',
      feedsYaml: yaml,
      // Three tries a second apart: the schedule's shape, at test speed (publish-webhook-retries.test.ts covers hours).
      env: { HOOK_SECRET: SECRET, WIREROOM_ADMIN_TOKEN: ADMIN, WIREROOM_WEBHOOK_RETRY_SCHEDULE: '1s,1s' },
    }));
    await syncSources(deps);
    stop = startWebhooks(deps);
    app = await buildServer(deps);
  }, 30_000);
  afterAll(async () => {
    await stop?.();
    await app?.close();
    await close?.();
    await web?.close();
  });

  const at = (path: string, type: string, itemId: number) =>
    waitFor(
      async () => got.find((r) => r.path === path && r.headers['wireroom-event'] === type && JSON.parse(r.body).item.id === itemId),
      12_000,
      `${type} of ${itemId} at ${path}`,
    );

  it('publish, update and withdrawal arrive signed, with the credit and rights applied', async () => {
    const id = await insertItem(deps, { sourceId: 'full-src', authors: ['Ann Lee'] });
    const pub = await at('/hook', 'item.published', id);
    expect(verifySignature(SECRET, String(pub.headers['wireroom-signature']), pub.body, new Date())).toBe(true);
    expect(verifySignature('wrong', String(pub.headers['wireroom-signature']), pub.body, new Date())).toBe(false);
    expect(verifySignature(SECRET, String(pub.headers['wireroom-signature']), pub.body + ' ', new Date())).toBe(false);
    const body = JSON.parse(pub.body);
    expect(body.item).toMatchObject({ id, credit_line: 'Source: Full Wire', authors: ['Ann Lee'] });
    expect(body.item.url).toMatch(/^http:\/\/full-src\.test\/story\/\d+$/);
    expect(body.item.content_html).toContain('ships returned to the quay');

    await deps.db.updateTable('items').set({ title: 'Corrected headline', version: 2 }).where('id', '=', id).execute();
    const upd = JSON.parse((await at('/hook', 'item.updated', id)).body);
    expect(upd.item).toMatchObject({ title: 'Corrected headline', version: 2 });

    await setStatus(deps, id, 'withdrawn');
    const wd = JSON.parse((await at('/hook', 'item.withdrawn', id)).body);
    expect(wd.item).toEqual({ id, status: 'withdrawn', version: 2 });
    expect(JSON.stringify(wd)).not.toContain('quay');
  });

  it('excerpt rights cut the webhook item too', async () => {
    const id = await insertItem(deps, { sourceId: 'excerpt-src' });
    const item = JSON.parse((await at('/hook', 'item.published', id)).body).item;
    expect(item.summary.split(' ')).toHaveLength(5);
    expect(item.content_html).not.toContain('ships returned to the quay. The harbour');
  });

  it('retries a failing endpoint with backoff until it takes the delivery', async () => {
    const id = await insertItem(deps, { sourceId: 'full-src' });
    await at('/flaky', 'item.published', id);
    const row = await waitFor(async () =>
      deps.db
        .selectFrom('webhook_deliveries as d')
        .innerJoin('publish_events as e', 'e.id', 'd.event_id')
        .selectAll('d')
        .where('endpoint', '=', `${web.origin}/flaky`)
        .where('e.item_id', '=', id)
        .where('d.status', '=', 'delivered')
        .executeTakeFirst(),
    );
    expect(row.attempts).toBe(2);
    expect(row.last_status).toBe(200);
    expect(got.filter((r) => r.path === '/flaky' && JSON.parse(r.body).item.id === id)).toHaveLength(2);
  });

  it('a delivery that fails its last try is dead-lettered and listed; replay sends it again', async () => {
    const down = await waitFor(
      async () =>
        deps.db
          .selectFrom('webhook_deliveries')
          .select(['id', 'attempts'])
          .where('endpoint', '=', `${web.origin}/down`)
          .where('status', '=', 'dead')
          .executeTakeFirst(),
      12_000,
      'a dead letter',
    );
    expect(down.attempts).toBe(3);
    // The API is open, but dead letters (endpoints, errors) are for operators only.
    expect((await app.inject({ method: 'GET', url: '/api/webhooks/dead-letters' })).statusCode).toBe(401);
    expect(
      (await app.inject({ method: 'GET', url: '/api/webhooks/dead-letters', headers: { authorization: 'Bearer wrong' } })).statusCode,
    ).toBe(401);
    const dead = (
      await app.inject({ method: 'GET', url: '/api/webhooks/dead-letters', headers: { authorization: `Bearer ${ADMIN}` } })
    ).json().dead_letters;
    expect(dead).toEqual([
      expect.objectContaining({ id: Number(down.id), endpoint: `${web.origin}/down`, type: 'item.withdrawn', last_status: 500 }),
    ]);

    const before = got.filter((r) => r.path === '/hook').length;
    const n = await replayDeliveries(deps.db, `${web.origin}/hook`, 0);
    expect(n).toBeGreaterThanOrEqual(4);
    await waitFor(
      async () => (got.filter((r) => r.path === '/hook').length >= before + n ? true : undefined),
      12_000,
      'replayed deliveries',
    );
  });

  it('events list from a cursor; bad cursor is a 400 naming the field', async () => {
    const all = (await app.inject({ method: 'GET', url: '/api/webhooks/events?after=0' })).json();
    expect(all.events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['item.published', 'item.updated', 'item.withdrawn']),
    );
    const rest = (await app.inject({ method: 'GET', url: `/api/webhooks/events?after=${all.events[0].id}` })).json();
    expect(rest.events).toEqual(all.events.slice(1));
    const bad = await app.inject({ method: 'GET', url: '/api/webhooks/events?after=abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.problems[0]).toMatch(/^after:/);
  });

  it('the database refuses to publish an item of a rights-none source, whatever the path', async () => {
    const id = await insertItem(deps, { sourceId: 'none-src', publish: false });
    await expect(
      deps.db.updateTable('items').set({ status: 'published', published_on: new Date() }).where('id', '=', id).execute(),
    ).rejects.toThrow(/rights none/);
  });
});
