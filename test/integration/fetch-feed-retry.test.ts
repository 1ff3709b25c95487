/**
 * A feed-fetch job whose database write fails (the soak's Postgres restart hit one mid-job) is tried
 * again within seconds, on BullMQ as in production, instead of leaving its feed under the claim's
 * 15-minute lease. The failure is a real Postgres error: a trigger refuses the first write of the
 * feed's fetch result, the way a restarting server refuses a statement.
 */
import { sql } from 'kysely';
import type { Deps } from '../../src/deps';
import { startFetchRole, type Stop } from '../../src/roles';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { syntheticFeed } from '../support/processes';
import { makeTestDeps, waitFor } from '../support/test-deps';

const PATHS = ['/news/1', '/news/2', '/news/3'];

let web: FixtureServer;
let deps: Deps;
let close: () => Promise<void>;
let stop: Stop | undefined;

beforeAll(async () => {
  web = await startFixtureServer();
  web.set('/feed.xml', { body: syntheticFeed(web.origin, PATHS), headers: { 'content-type': 'application/rss+xml' } });
  const feedsYaml = `defaults:\n  poll_interval: 10m\nsources:\n  - id: wire\n    name: Wire\n    feeds:\n      - url: ${web.url('/feed.xml')}\n`;
  ({ deps, close } = await makeTestDeps({ db: 'postgres', queue: 'bullmq', feedsYaml, env: { WIREROOM_SCHEDULER_TICK: '1s' } }));
  await sql`CREATE SEQUENCE feed_result_writes`.execute(deps.db);
  await sql`CREATE FUNCTION refuse_first_feed_result() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF nextval('feed_result_writes') = 1 THEN
        RAISE EXCEPTION 'the database system is shutting down (simulated)' USING ERRCODE = '57P01';
      END IF;
      RETURN NEW;
    END $$`.execute(deps.db);
  // The claim only moves next_due_at; the fetch's result sets last_fetched_at.
  await sql`CREATE TRIGGER refuse_first_feed_result BEFORE UPDATE ON feeds FOR EACH ROW
    WHEN (NEW.last_fetched_at IS DISTINCT FROM OLD.last_fetched_at) EXECUTE FUNCTION refuse_first_feed_result()`.execute(deps.db);
});
afterAll(async () => {
  await stop?.();
  await close?.();
  await web?.close();
});

it('fetches the feed again within seconds after its first try failed on a database error, not after the lease', async () => {
  const startedAt = Date.now();
  stop = await startFetchRole(deps);
  const feed = await waitFor(
    async () => {
      const row = await deps.db.selectFrom('feeds').select(['id', 'last_success_at', 'next_due_at']).executeTakeFirst();
      return row?.last_success_at ? row : undefined;
    },
    20_000,
    'a recorded fetch',
  );
  const writes = await sql<{ n: string }>`SELECT last_value AS n FROM feed_result_writes`.execute(deps.db);
  expect(Number(writes.rows[0]!.n)).toBeGreaterThanOrEqual(2); // the refused write, then the retry's
  expect(Date.now() - startedAt).toBeLessThan(20_000);
  // The feed is due at its poll interval again (10 min, jittered), not held by the 15-minute lease.
  expect(feed.next_due_at.getTime() - Date.now()).toBeLessThan(14 * 60_000);
  const entries = await deps.db.selectFrom('entries').select('link').where('feed_id', '=', feed.id).execute();
  expect(entries.map((e) => new URL(e.link!).pathname).sort()).toEqual(PATHS);
}, 30_000);
