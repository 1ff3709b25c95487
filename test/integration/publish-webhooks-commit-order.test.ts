/**
 * Webhooks and the events feed are exactly-once-visible when publish transactions commit out of
 * id order (issue 17): one transaction holds an early event id open while later ones commit and
 * dispatch runs; after it commits, every event is delivered once and the events endpoint, paged by
 * next_cursor, lists every event once. Postgres for real concurrency; PGlite for the same queries.
 */
import type { FastifyInstance } from 'fastify';
import type http from 'node:http';
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { publishItem } from '../../src/store/publish-item';
import { buildServer } from '../../src/server';
import { readEventsAfter, LOG_START } from '../../src/publish/webhooks/event-log';
import { dispatchWebhookEvents } from '../../src/publish/webhooks/dispatch';
import { startWebhooks } from '../../src/publish/webhooks/webhook-role';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { insertItem } from '../support/publish-items';
import { makeTestDeps, waitFor } from '../support/test-deps';
import { createPostgresDatabase } from '../support/test-db';
import pg from 'pg';

const yamlFor = (hook: string) => `
sources:
  - { id: order-src, name: Order Wire, feeds: [{ url: "http://order-src.test/f" }], rights: full }
webhooks:
  - { url: "${hook}", secret_env: HOOK_SECRET }
`;

/** Publishes `id` in its own transaction and keeps it open until `release` resolves. */
function publishHeld(deps: Deps, id: number, release: Promise<void>): Promise<void> {
  return deps.db.transaction().execute(async (tx) => {
    await publishItem(tx, id, 'test', deps.clock.now());
    await release;
  });
}

/** Pages /api/webhooks/events by next_cursor until a page comes back empty. */
async function pageAll(app: FastifyInstance, after: number, seen: number[]): Promise<number> {
  for (;;) {
    const page = (await app.inject({ method: 'GET', url: `/api/webhooks/events?after=${after}&limit=3` })).json() as {
      events: { id: number }[];
      next_cursor: number;
    };
    if (!page.events.length) return after;
    seen.push(...page.events.map((e) => e.id));
    after = page.next_cursor;
  }
}

describe('webhook events in commit order (Postgres)', () => {
  let web: FixtureServer;
  let deps: Deps;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  const received: number[] = [];

  beforeAll(async () => {
    web = await startFixtureServer();
    web.set('/hook', {
      handler: (req: http.IncomingMessage, res: http.ServerResponse) => {
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString('utf8')));
        req.on('end', () => {
          received.push((JSON.parse(body) as { id: number }).id);
          res.writeHead(204).end();
        });
      },
    });
    ({ deps, close } = await makeTestDeps({
      db: 'postgres',
      queue: 'memory',
      feedsYaml: yamlFor(`${web.origin}/hook`),
      env: { HOOK_SECRET: 's' },
    }));
    await syncSources(deps);
    app = await buildServer(deps);
  }, 30_000);
  afterAll(async () => {
    await app?.close();
    await close?.();
    await web?.close();
  });

  it('holds back later events while an earlier one is uncommitted, then delivers each once', async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, () => insertItem(deps, { sourceId: 'order-src', publish: false })));
    let release!: () => void;
    const held = publishHeld(deps, ids[0]!, new Promise<void>((r) => (release = r)));
    // Let the held transaction write its event (the lowest id) before the others start.
    await new Promise((r) => setTimeout(r, 100));
    for (const id of ids.slice(1)) await deps.db.transaction().execute((tx) => publishItem(tx, id, 'test', deps.clock.now()));
    const committed = await deps.db.selectFrom('publish_events').select('id').execute();
    expect(committed).toHaveLength(5);

    // Dispatch and a reader run while the first event is still in flight: nothing may pass it.
    expect(await dispatchWebhookEvents(deps)).toBe(0);
    const early: number[] = [];
    const cursor = await pageAll(app, 0, early);
    expect(early).toEqual([]);

    release();
    await held;
    const stop = startWebhooks(deps);
    try {
      const all = (await deps.db.selectFrom('publish_events').select('id').execute()).map((r) => Number(r.id)).sort((a, b) => a - b);
      expect(all).toHaveLength(6);
      await waitFor(async () => (received.length >= all.length ? true : undefined), 12_000, 'six deliveries');
      const seen: number[] = [];
      await pageAll(app, cursor, seen);
      expect([...received].sort((a, b) => a - b)).toEqual(all);
      expect([...seen].sort((a, b) => a - b)).toEqual(all);
      // Ordered by transaction id: the held event's transaction wrote first, so it is listed first.
      expect(seen[0]).toBe(all[0]);
    } finally {
      await stop();
    }
  });

  it('under concurrent commits with random delays, dispatch and paging never skip or repeat an event', async () => {
    received.length = 0;
    const start = await deps.db
      .selectFrom('publish_events')
      .select((eb) => eb.fn.max('id').as('max'))
      .executeTakeFirstOrThrow();
    const paged: number[] = [];
    let after = Number(start.max);
    const ids = await Promise.all(Array.from({ length: 30 }, () => insertItem(deps, { sourceId: 'order-src', publish: false })));
    let writing = true;
    const writers = Promise.all(
      ids.map((id, i) =>
        deps.db.transaction().execute(async (tx) => {
          await publishItem(tx, id, 'test', deps.clock.now());
          await new Promise((r) => setTimeout(r, (i * 37) % 120)); // commit order differs from id order
        }),
      ),
    ).finally(() => (writing = false));
    const stop = startWebhooks(deps);
    try {
      while (writing) {
        await dispatchWebhookEvents(deps);
        after = await pageAll(app, after, paged);
        await new Promise((r) => setTimeout(r, 5));
      }
      await writers;
      after = await pageAll(app, after, paged);
      const all = (await deps.db.selectFrom('publish_events').select('id').where('id', '>', Number(start.max)).execute())
        .map((r) => Number(r.id))
        .sort((a, b) => a - b);
      expect(all).toHaveLength(30);
      await waitFor(async () => (received.length >= 30 ? true : undefined), 15_000, '30 deliveries');
      await new Promise((r) => setTimeout(r, 1500)); // one more dispatch tick: nothing extra may arrive
      expect([...received].sort((a, b) => a - b)).toEqual(all);
      expect([...paged].sort((a, b) => a - b)).toEqual(all);
    } finally {
      await stop();
    }
  }, 40_000);

  it('is not held back by a transaction open in another database of the same server (a shared Postgres)', async () => {
    const other = await createPostgresDatabase();
    const client = new pg.Client({ connectionString: other.url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_current_xact_id()'); // takes a transaction id, as any write would
      const before = await readEventsAfter(deps.db, LOG_START, 10_000);
      const id = await insertItem(deps, { sourceId: 'order-src' });
      const after = await readEventsAfter(deps.db, before[before.length - 1] ?? LOG_START, 10);
      expect(after.map((e) => e.item_id)).toEqual([id]);
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end();
      await other.drop();
    }
  });

  it('still holds back behind a transaction open in this database', async () => {
    const client = new pg.Client({ connectionString: deps.settings.databaseUrl! });
    await client.connect();
    try {
      const before = await readEventsAfter(deps.db, LOG_START, 10_000);
      await client.query('BEGIN');
      await client.query('SELECT pg_current_xact_id()');
      const id = await insertItem(deps, { sourceId: 'order-src' });
      expect(await readEventsAfter(deps.db, before[before.length - 1] ?? LOG_START, 10)).toEqual([]);
      await client.query('COMMIT');
      const after = await readEventsAfter(deps.db, before[before.length - 1] ?? LOG_START, 10);
      expect(after.map((e) => e.item_id)).toEqual([id]);
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end();
    }
  });
});

describe('webhook events in commit order (PGlite)', () => {
  it('reads committed events past the snapshot horizon', async () => {
    const t = await makeTestDeps({
      db: 'pglite',
      queue: 'memory',
      feedsYaml: yamlFor('http://127.0.0.1:9/hook'),
      env: { HOOK_SECRET: 's' },
    });
    try {
      await syncSources(t.deps);
      const a = await insertItem(t.deps, { sourceId: 'order-src' });
      const b = await insertItem(t.deps, { sourceId: 'order-src' });
      const events = await readEventsAfter(t.deps.db, LOG_START, 10);
      expect(events.map((e) => e.item_id)).toEqual([a, b]);
      expect(events.every((e) => e.txid > 0)).toBe(true);
      expect(await readEventsAfter(t.deps.db, events[0]!, 10)).toEqual([events[1]]);
    } finally {
      await t.close();
    }
  }, 30_000);
});
