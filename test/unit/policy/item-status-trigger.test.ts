/**
 * The item-status table and the database agree: every (from, to) of every move, run through the
 * items_publish_event trigger of migration 0003 on an in-memory PGlite, writes the event
 * `webhookEvent` names (or none), and the items.status CHECK lists exactly ITEM_STATUSES.
 */
import { sql, type Kysely } from 'kysely';
import { openPglite, type DatabaseHandle } from '../../../db/connect';
import { migrateToLatest } from '../../../db/migrate';
import { pgliteSeed } from '../../support/pglite-seed';
import type { Database } from '../../../db/schema';
import { ITEM_STATUSES, STATUS_MOVES, moveEvents, type ItemStatus, type StatusMoveName } from '../../../src/policy/item-status';

let handle: DatabaseHandle;
let db: Kysely<Database>;
let seq = 0;

beforeAll(async () => {
  handle = await openPglite(':memory:', { seed: await pgliteSeed() });
  db = handle.db;
  await migrateToLatest(db as Kysely<unknown>);
  await db
    .insertInto('sources')
    .values({ id: 's', name: 'S', homepage: null, rights: 'full', review: 'auto', credit_template: 'Source: {source}', excerpt_words: 50 })
    .execute();
  await sql`INSERT INTO feeds (source_id, url, config_url, poll_interval_s) VALUES ('s', 'http://s.test/feed', 'http://s.test/feed', 600)`.execute(
    db,
  );
}, 60_000);
afterAll(async () => handle?.close());

async function insertItem(status: ItemStatus): Promise<number> {
  const n = ++seq;
  const entry = await sql<{
    id: number;
  }>`INSERT INTO entries (feed_id, source_id, guid, content_hash) SELECT id, 's', ${`g-${n}`}, ${`h-${n}`} FROM feeds LIMIT 1 RETURNING id`.execute(
    db,
  );
  const item = await sql<{ id: number }>`
    INSERT INTO items (entry_id, source_id, url, url_norm, title, content_from, content_hash, sort_at, status, credit_line, published_on)
    VALUES (${entry.rows[0]!.id}, 's', ${`http://s.test/${n}`}, ${`http://s.test/${n}`}, ${`Story ${n}`}, 'page', ${`h-${n}`}, now(), ${status}, 'Source: S', now())
    RETURNING id`.execute(db);
  return Number(item.rows[0]!.id);
}

async function eventsOf(itemId: number, afterId: number): Promise<string[]> {
  const rows = await sql<{
    type: string;
  }>`SELECT type FROM publish_events WHERE item_id = ${itemId} AND id > ${afterId} ORDER BY id`.execute(db);
  return rows.rows.map((r) => r.type);
}

async function lastEventId(): Promise<number> {
  const row = await sql<{ id: number | null }>`SELECT max(id) AS id FROM publish_events`.execute(db);
  return Number(row.rows[0]?.id ?? 0);
}

const cases = (Object.keys(STATUS_MOVES) as StatusMoveName[]).flatMap((move) =>
  [false, true].flatMap((changed) =>
    moveEvents(move, changed)
      .filter((e) => !(e.from === 'new' && changed))
      .map((e) => ({ move, changed, ...e })),
  ),
);

describe('items_publish_event trigger', () => {
  it.each(cases)('$move $from → $to (changed $changed) emits $event', async ({ from, to, changed, event }) => {
    if (from === 'new') {
      const before = await lastEventId();
      const id = await insertItem(to);
      expect(await eventsOf(id, before)).toEqual(event ? [event] : []);
      return;
    }
    const id = await insertItem(from);
    const before = await lastEventId();
    await sql`UPDATE items SET status = ${to}, title = CASE WHEN ${changed} THEN title || ' (corrected)' ELSE title END WHERE id = ${id}`.execute(
      db,
    );
    expect(await eventsOf(id, before)).toEqual(event ? [event] : []);
  });
});

describe('items.status CHECK constraint', () => {
  it('lists exactly the statuses of the table', async () => {
    const row = await sql<{
      def: string;
    }>`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'items'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%status = ANY%'`.execute(
      db,
    );
    const listed = [...(row.rows[0]?.def ?? '').matchAll(/'([a-z]+)'::text/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...ITEM_STATUSES].sort());
  });
});
