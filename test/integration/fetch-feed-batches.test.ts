/**
 * Large feeds through fetchFeed's batched path: the body (above a lowered worker threshold) is parsed
 * in the worker, items come back in batches, each batch is stored and its article jobs enqueued; the
 * feed's health is written once. Also: duplicates across batches count once, a later poll finds the
 * entries unchanged, and a failure after some batches keeps what was stored and records the error.
 */
import { sql } from 'kysely';
import type { Deps } from '../../src/deps';
import { fixedClock } from '../../src/clock';
import { fetchFeed } from '../../src/fetchers/fetch-feed';
import { syncSources } from '../../src/fetchers/sync-sources';
import { silentLogger } from '../../src/log';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { makeTestDeps } from '../support/test-deps';

const PATHS = ['/big.xml', '/dups.xml', '/breaks.xml', '/odd.xml'];
const feedsYaml = (origin: string) => `
sources:
${PATHS.map((p, i) => `  - id: b${i}\n    name: Batches ${i}\n    feeds:\n      - url: ${origin}${p}`).join('\n')}
`;
/** Far below the real threshold (2 MB), so a ~1 MB body takes the worker path. */
const OPTS = { workerThresholdBytes: 64 * 1024, batchItems: 250 };
const ITEMS = 3000;

const item = (key: string, i: number, extra = '') =>
  `<item><title>Story ${i}</title><link>http://site.test/${key}/${i}</link><guid>${key}-${i}</guid>` +
  `<pubDate>Fri, 27 Nov 2026 ${String(i % 24).padStart(2, '0')}:00:00 GMT</pubDate><description><![CDATA[<p>${'Words of the story. '.repeat(12)}</p>]]></description>${extra}</item>`;
const rss = (items: string[]) =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Big</title><link>http://site.test/</link>${items.join('')}</channel></rss>`;

let web: FixtureServer;
let deps: Deps;
let close: () => Promise<void>;
const clock = fixedClock('2026-11-28T10:00:00Z');
const log = silentLogger();

const feedRow = (path: string) => deps.db.selectFrom('feeds').selectAll().where('config_url', '=', web.url(path)).executeTakeFirstOrThrow();
const entriesOf = async (feedId: number | string) =>
  deps.db.selectFrom('entries').select(['guid', 'title', 'version']).where('feed_id', '=', Number(feedId)).orderBy('id').execute();

beforeAll(async () => {
  web = await startFixtureServer();
  const made = await makeTestDeps({ db: 'postgres', queue: 'memory', feedsYaml: feedsYaml(web.origin) });
  close = made.close;
  deps = { ...made.deps, clock, random: () => 0.5 };
  await syncSources(deps);
});
afterAll(async () => {
  await close?.();
  await web?.close();
});

it('stores every item of a big feed once, through the worker and batches, with one health write', async () => {
  const body = rss(Array.from({ length: ITEMS }, (_, i) => item('big', i)));
  expect(Buffer.byteLength(body)).toBeGreaterThan(OPTS.workerThresholdBytes * 10);
  web.set('/big.xml', { body, headers: { 'content-type': 'application/rss+xml' } });
  const feed = await feedRow('/big.xml');
  const jobsBefore = (await deps.queue.counts('article-fetch')).waiting;

  const result = await fetchFeed(deps, Number(feed.id), log, OPTS);
  expect(result).toMatchObject({ outcome: 'ok', status: 200, newEntries: ITEMS, updatedEntries: 0, code: null });
  const rows = await entriesOf(feed.id);
  expect(rows).toHaveLength(ITEMS);
  expect(new Set(rows.map((r) => r.guid)).size).toBe(ITEMS);
  expect(rows.map((r) => r.guid)).toEqual(Array.from({ length: ITEMS }, (_, i) => `big-${i}`));
  expect((await deps.queue.counts('article-fetch')).waiting - jobsBefore).toBe(ITEMS);
  const after = await feedRow('/big.xml');
  expect(after).toMatchObject({ fetch_count: 1, last_new_entries: ITEMS, error_code: null, error_count: 0, title: 'Big' });
  // every item is dated within the last week: 3000 / 7 a day, counted batch by batch
  expect((after.poll_state as { per_day: number }).per_day).toBeCloseTo(ITEMS / 7);

  const again = await fetchFeed(deps, Number(feed.id), log, OPTS);
  expect(again).toMatchObject({ outcome: 'ok', newEntries: 0, updatedEntries: 0 });
  expect(await entriesOf(feed.id)).toHaveLength(ITEMS);
});

it('counts an item repeated in a later batch once, as a document planned whole would', async () => {
  const items = Array.from({ length: 1000 }, (_, i) => item('dup', i));
  items.push(
    item('dup', 3).replace('Story 3', 'Story 3, changed'),
    item('dup', 10).replace('<guid>dup-10</guid>', '<guid>other-10</guid>'),
  );
  web.set('/dups.xml', { body: rss(items) });
  const feed = await feedRow('/dups.xml');
  const result = await fetchFeed(deps, Number(feed.id), log, OPTS);
  expect(result).toMatchObject({ outcome: 'ok', newEntries: 1000, updatedEntries: 0 });
  const rows = await entriesOf(feed.id);
  expect(rows).toHaveLength(1000);
  expect(rows.find((r) => r.guid === 'dup-3')).toMatchObject({ title: 'Story 3', version: 1 });
});

it('keeps the batches stored before a failure, records the error and leaves the ETag for a full re-read', async () => {
  // The database refuses one entry of the third batch (a stand-in for any write failure mid-document).
  await sql`CREATE FUNCTION refuse_brk_700() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN IF NEW.guid = 'brk-700' THEN RAISE EXCEPTION 'test: entry brk-700 refused' USING ERRCODE = 'P0001'; END IF; RETURN NEW; END $$`.execute(
    deps.db,
  );
  await sql`CREATE TRIGGER refuse_brk_700 BEFORE INSERT ON entries FOR EACH ROW EXECUTE FUNCTION refuse_brk_700()`.execute(deps.db);
  try {
    web.set('/breaks.xml', { body: rss(Array.from({ length: 1000 }, (_, i) => item('brk', i))), etag: '"brk-1"' });
    const feed = await feedRow('/breaks.xml');
    const result = await fetchFeed(deps, Number(feed.id), log, OPTS);
    expect(result.outcome).toBe('error');
    expect(result.newEntries).toBe(500); // batches 1 and 2 (items 0–499); batch 3 (500–749) was rolled back
    expect(await entriesOf(feed.id)).toHaveLength(500);
    const row = await feedRow('/breaks.xml');
    expect(row).toMatchObject({ error_count: 1, last_new_entries: 500, etag: null, paused: false });
    expect(row.error_code).toBe('P0001'); // the database's SQLSTATE, as errorCode passes it on
    expect(row.error_message).toMatch(/\(500 new and 0 updated entries stored before the failure\)$/);
  } finally {
    await sql`DROP TRIGGER refuse_brk_700 ON entries`.execute(deps.db);
    await sql`DROP FUNCTION refuse_brk_700()`.execute(deps.db);
  }
});

it('stores a guid and a link too long for an index under their sha256, finds them again, and drops NUL and other control characters', async () => {
  let seed = 1;
  const noise = Array.from({ length: 12_000 }, () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return 'abcdefghijklmnopqrstuvwxyz0123456789'[seed % 36];
  }).join('');
  const items = [
    item('odd', 0).replace('<guid>odd-0</guid>', `<guid>${noise}</guid>`),
    item('odd', 1).replace('http://site.test/odd/1', `http://site.test/odd/1?q=${noise}`),
    item('odd', 2).replace('Story 2', 'Story\u0000 2 &#0;with\u0007 controls').replace('<guid>odd-2</guid>', '<guid>odd-2\u0000</guid>'),
  ];
  web.set('/odd.xml', { body: rss(items) });
  const feed = await feedRow('/odd.xml');
  expect(await fetchFeed(deps, Number(feed.id), log, OPTS)).toMatchObject({ outcome: 'ok', newEntries: 3 });
  const rows = await deps.db
    .selectFrom('entries')
    .select(['guid', 'link', 'link_norm', 'title'])
    .where('feed_id', '=', Number(feed.id))
    .orderBy('id')
    .execute();
  expect(rows[0]!.guid).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(rows[1]!.link).toContain(noise); // the link itself is kept whole; only its index key is hashed
  expect(rows[1]!.link_norm).toMatch(/^sha256:[0-9a-f]{64}$/);
  // raw NUL and BEL are dropped; the reference &#0; becomes U+FFFD, as HTML's character-reference rules say
  expect(rows[2]).toMatchObject({ guid: 'odd-2', title: 'Story 2 \ufffdwith controls' });
  expect(await fetchFeed(deps, Number(feed.id), log, OPTS)).toMatchObject({ outcome: 'ok', newEntries: 0, updatedEntries: 0 });
});
