/**
 * Webhook retries over hours and dead-letter replay while the server runs (issue 20): a receiver
 * that stays down is tried on the operator's schedule (the default: 5 s, then 30 s growing to 8 h, moved
 * through with a test clock), then dead-lettered; an operator replays one dead letter or all of
 * them over the API, and the running dispatcher sends them.
 */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../src/deps';
import { fixedClock, type Clock } from '../../src/clock';
import { syncSources } from '../../src/fetchers/sync-sources';
import { buildServer } from '../../src/server';
import { enqueuePending } from '../../src/publish/webhooks/dispatch';
import { startWebhooks } from '../../src/publish/webhooks/webhook-role';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { insertItem } from '../support/publish-items';
import { makeTestDeps, waitFor } from '../support/test-deps';

const ADMIN = 'replay-admin-token';
const DEFAULT_SCHEDULE_S = [5, 30, 120, 600, 1800, 3600, 7200, 14400, 28800];

describe('webhook retries and replay', () => {
  let web: FixtureServer;
  let deps: Deps;
  let close: () => Promise<void>;
  let stop: () => Promise<void>;
  let app: FastifyInstance;
  let up = false;
  const hits: string[] = [];
  const clock = fixedClock('2026-11-20T08:00:00Z');
  const admin = { authorization: `Bearer ${ADMIN}` };

  const delivery = (item: number) =>
    deps.db
      .selectFrom('webhook_deliveries as d')
      .innerJoin('publish_events as e', 'e.id', 'd.event_id')
      .select(['d.id', 'd.status', 'd.attempts', 'd.next_attempt_at', 'd.last_status'])
      .where('e.item_id', '=', item)
      .executeTakeFirst();
  const afterTries = (item: number, n: number) =>
    waitFor(
      async () => {
        const d = await delivery(item);
        return d && d.attempts >= n ? d : undefined;
      },
      10_000,
      `${n} tries of item ${item}`,
    );

  beforeAll(async () => {
    web = await startFixtureServer();
    web.set('/portal', {
      handler: (req, res) => {
        hits.push(String(req.headers['wireroom-delivery']));
        req.resume();
        req.on('end', () => res.writeHead(up ? 204 : 503).end());
      },
    });
    const yaml = `
sources:
  - { id: r-src, name: Retry News, feeds: [{ url: "http://r-src.test/f" }], rights: full }
webhooks:
  - { url: "${web.origin}/portal", secret_env: HOOK_SECRET, events: [item.published] }
`;
    ({ deps, close } = await makeTestDeps({
      db: 'postgres',
      queue: 'memory',
      feedsYaml: yaml,
      env: { HOOK_SECRET: 's', WIREROOM_ADMIN_TOKEN: ADMIN },
    }));
    (deps as { clock: Clock }).clock = clock;
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

  it('the default schedule spreads ten tries over about 16 hours, then the delivery is a dead letter', async () => {
    expect(deps.settings.portal.webhookRetrySeconds).toEqual(DEFAULT_SCHEDULE_S);
    const item = await insertItem(deps, { sourceId: 'r-src' });
    let d = await afterTries(item, 1);
    for (const [i, delay] of DEFAULT_SCHEDULE_S.entries()) {
      expect(d).toMatchObject({ status: 'pending', attempts: i + 1, last_status: 503 });
      expect(new Date(d.next_attempt_at!).getTime()).toBe(clock.now().getTime() + delay * 1000);
      // Not due yet: nothing is enqueued, however often the dispatcher looks.
      expect(await enqueuePending(deps)).toBe(0);
      clock.advance(delay * 1000);
      d = await afterTries(item, i + 2);
    }
    expect(d).toMatchObject({ status: 'dead', attempts: 10, next_attempt_at: null });
    expect(hits.filter((h) => h === String(d.id))).toHaveLength(10);
    const listed = await app.inject({ method: 'GET', url: '/api/webhooks/dead-letters', headers: admin });
    expect(listed.json().dead_letters.map((x: { id: number }) => x.id)).toEqual([Number(d.id)]);
  });

  it('an operator replays one dead letter over the API while the server runs; it is delivered', async () => {
    const [dead] = (await app.inject({ method: 'GET', url: '/api/webhooks/dead-letters', headers: admin })).json().dead_letters;
    const url = `/api/webhooks/dead-letters/${dead.id}/replay`;
    expect((await app.inject({ method: 'POST', url })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/webhooks/dead-letters/999999/replay', headers: admin })).statusCode).toBe(404);
    const get = await app.inject({ method: 'GET', url, headers: admin });
    expect([get.statusCode, get.headers.allow]).toEqual([405, 'POST']);
    up = true;
    const r = await app.inject({ method: 'POST', url, headers: admin });
    expect(r.statusCode).toBe(202);
    expect(r.json()).toEqual({ replayed: 1, ids: [dead.id] });
    await waitFor(async () => ((await delivery(dead.item_id))?.status === 'delivered' ? true : undefined), 10_000, 'the replayed delivery');
    // Delivered, not dead: a second replay finds nothing.
    expect((await app.inject({ method: 'POST', url, headers: admin })).statusCode).toBe(404);
  });

  it('replay-all sends every dead letter again, or those of one endpoint; an unknown endpoint is a 400', async () => {
    up = false;
    const a = await insertItem(deps, { sourceId: 'r-src' });
    const b = await insertItem(deps, { sourceId: 'r-src' });
    await afterTries(a, 1);
    await afterTries(b, 1);
    await deps.db.updateTable('webhook_deliveries').set({ status: 'dead' }).where('status', '=', 'pending').execute();
    const bad = await app.inject({
      method: 'POST',
      url: '/api/webhooks/dead-letters/replay?endpoint=http://elsewhere.test/',
      headers: admin,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.problems[0]).toMatch(/^endpoint:/);
    up = true;
    const r = await app.inject({
      method: 'POST',
      url: `/api/webhooks/dead-letters/replay?endpoint=${encodeURIComponent(`${web.origin}/portal`)}`,
      headers: admin,
    });
    expect(r.statusCode).toBe(202);
    expect(r.json().replayed).toBe(2);
    for (const item of [a, b]) {
      const d = await waitFor(
        async () => {
          const x = await delivery(item);
          return x?.status === 'delivered' ? x : undefined;
        },
        10_000,
        'replayed deliveries',
      );
      // A replay starts the schedule afresh: this was its first try since.
      expect(d.attempts).toBe(1);
    }
  });
});
