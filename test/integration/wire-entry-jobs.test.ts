/**
 * Wire entries have their own job kind on Postgres + BullMQ: a pulled wire entry is queued as a
 * `wire-entry` job and built from its wire facts with no page fetch; the orphan sweep re-queues
 * wire entries as wire-entry jobs and feed entries as article jobs; a job queued in Redis by a
 * release before job kinds (`{ entryId, version }`, no kind) is still processed, the wire way for a
 * wire entry, and the orphan sweep does not queue it twice. Fixtures: test/fixtures/wire/SOURCES.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Queue, type ConnectionOptions } from 'bullmq';
import IORedis from 'ioredis';
import type { Deps } from '../../src/deps';
import { fetchFeed } from '../../src/fetchers/fetch-feed';
import { storeEntries } from '../../src/fetchers/store-entries';
import { syncSources } from '../../src/fetchers/sync-sources';
import { silentLogger } from '../../src/log';
import { startRoles } from '../../src/roles';
import { parseWire } from '../../src/fetchers/parse/wire/index';
import { recordWireDocument } from '../../src/fetchers/wire-kill';
import { enqueueOrphanEntries } from '../../src/workers/enqueue';
import { processEntryJob } from '../../src/workers/entry-job';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { makeTestDeps, TEST_REDIS_URL, waitFor } from '../support/test-deps';

const wire = (f: string) => fs.readFileSync(path.join(__dirname, '../fixtures/wire', f));
const rss = (origin: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Plain</title><link>${origin}/</link><item><guid>plain-1</guid><title>Plain story</title><link>${origin}/story</link><description>Short.</description></item></channel></rss>`;
const page = `<!doctype html><html><head><title>Plain story</title></head><body><article><h1>Plain story</h1>${'<p>The whole plain story, told at length on its own page.</p>'.repeat(8)}</article></body></html>`;

describe('wire-entry jobs on postgres + bullmq', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let stop: (() => Promise<void>) | undefined;
  let web: FixtureServer;
  let redis: IORedis;
  let queue: Queue;
  const feedOf = (url: string) =>
    deps.db.selectFrom('feeds').select(['id', 'source_id', 'type']).where('url', '=', url).executeTakeFirstOrThrow();
  const waitingJobs = async () =>
    (await queue.getJobs(['waiting', 'prioritized', 'delayed']))
      .map((j) => ({ id: j.id, data: j.data as unknown }))
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const itemOf = (entryId: number) =>
    deps.db
      .selectFrom('items')
      .select(['status', 'content_from', 'extract_error', 'content_html', 'credit_line', 'rights_notice'])
      .where('entry_id', '=', entryId)
      .executeTakeFirst();
  /** Stores a wire document's facts and entries the way every channel does, but queues no job (an older release's queue, or a lost Redis). */
  const storeWithoutJobs = async (feedUrl: string, file: string) => {
    const feed = await feedOf(feedUrl);
    const parsed = parseWire(wire(file));
    if (!parsed.ok) throw new Error(parsed.reason);
    const { live } = await recordWireDocument(deps.db, feed, parsed.doc, new Date());
    return (
      await storeEntries(
        deps.db,
        feed,
        live.items.map((i) => i.entry),
        new Date(),
      )
    ).created[0]!;
  };

  beforeAll(async () => {
    web = await startFixtureServer();
    web.set('/wire/newsml.xml', { body: wire('newsml-g2-2.33-item.xml'), headers: { 'content-type': 'application/xml' } });
    web.set('/plain.xml', { body: rss(web.origin), headers: { 'content-type': 'application/rss+xml' } });
    web.set('/story', { body: page, headers: { 'content-type': 'text/html' } });
    const feedsYaml = `
sources:
  - id: pull
    name: Pull Desk
    rights: full
    review: auto
    feeds:
      - url: ${web.origin}/wire/newsml.xml
        type: newsml
      - url: ${web.origin}/wire/drop.json
        type: ninjs
      - url: ${web.origin}/plain.xml
`;
    ({ deps, close } = await makeTestDeps({ db: 'postgres', queue: 'bullmq', feedsYaml, env: { WIREROOM_SCHEDULER_TICK: '59s' } }));
    await syncSources(deps);
    redis = new IORedis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue('article-fetch', { connection: redis as ConnectionOptions, prefix: deps.settings.queuePrefix });
  });

  afterAll(async () => {
    await stop?.();
    await queue?.close();
    redis?.disconnect();
    await close?.();
    await web?.close();
  });

  it('queues a pulled full-text wire entry as a wire-entry job, and a feed entry as an article job', async () => {
    expect(await fetchFeed(deps, (await feedOf(`${web.origin}/wire/newsml.xml`)).id, deps.log)).toMatchObject({
      outcome: 'ok',
      newEntries: 1,
    });
    expect(await fetchFeed(deps, (await feedOf(`${web.origin}/plain.xml`)).id, deps.log)).toMatchObject({ outcome: 'ok', newEntries: 1 });
    const entries = await deps.db.selectFrom('entries').select(['id', 'guid']).orderBy('id').execute();
    const [wireEntry, plainEntry] = [entries[0]!, entries[1]!];
    expect(plainEntry.guid).toBe('plain-1');
    expect(await waitingJobs()).toEqual([
      { id: `article-${wireEntry.id}-v1`, data: { kind: 'wire-entry', entryId: wireEntry.id, version: 1 } },
      { id: `article-${plainEntry.id}-v1`, data: { kind: 'article', entryId: plainEntry.id, version: 1 } },
    ]);
  });

  it('re-queues entries left without an item by their kind (a Redis that lost its jobs)', async () => {
    await queue.drain();
    const orphan = await storeWithoutJobs(`${web.origin}/wire/drop.json`, 'ninjs-2.0.json');
    expect(await enqueueOrphanEntries(deps)).toBe(3);
    const kinds = (await waitingJobs()).map((j) => j.data as { kind: string; entryId: number });
    expect(kinds.filter((d) => d.kind === 'wire-entry').map((d) => d.entryId)).toContain(orphan.id);
    expect(kinds.map((d) => d.kind).sort()).toEqual(['article', 'wire-entry', 'wire-entry']);
  });

  it('processes a wire entry job queued before job kinds (no kind) the wire way', async () => {
    const legacy = await storeWithoutJobs(`${web.origin}/wire/drop.json`, 'ninjs-1.4.json');
    const out = await processEntryJob(
      deps,
      { id: 'legacy', queue: 'article-fetch', data: { entryId: legacy.id, version: legacy.version }, attempt: 1, maxAttempts: 5 },
      silentLogger(),
    );
    // ninjs 1.4 usage terms say "Not for republication": only the wire way narrows the rights and holds it.
    expect(out).toMatchObject({ status: 'held' });
    expect(await itemOf(legacy.id)).toMatchObject({
      status: 'held',
      content_from: 'feed',
      extract_error: null,
      rights_notice: "Not for republication outside the subscriber's own site.",
    });
  });

  it('runs every queued kind, and an old-shape job left in Redis, to an item', async () => {
    const entries = await deps.db.selectFrom('entries').select(['id', 'guid']).orderBy('id').execute();
    const plain = entries.find((e) => e.guid === 'plain-1')!;
    const newsml = entries[0]!;
    await queue.drain();
    // As the release before job kinds queued it: same queue, job id and options, no kind.
    await queue.add(
      'article-fetch',
      { entryId: newsml.id, version: 1 },
      { jobId: `article-${newsml.id}-v1`, attempts: 5, backoff: { type: 'wireroom' } },
    );
    stop = await startRoles(deps, ['work']); // its orphan sweep re-queues the other entries, and finds this one queued
    await waitFor(
      async () => ((await queue.getJobState(`article-${newsml.id}-v1`)) === 'completed' ? true : undefined),
      15000,
      'the old-shape job completed',
    );
    expect((await queue.getJob(`article-${newsml.id}-v1`))?.attemptsMade).toBe(1);
    const items = await waitFor(
      async () => {
        const rows = await Promise.all(entries.map((e) => itemOf(e.id)));
        return rows.every(Boolean) ? rows : undefined;
      },
      15000,
      'an item for every entry',
    );
    expect(items).toHaveLength(4);
    // NewsML-G2 "Headline only": built from the wire, its body not stored; the plain story came from its page.
    expect(await itemOf(newsml.id)).toMatchObject({
      status: 'published',
      content_from: 'feed',
      content_html: null,
      extract_error: null,
      credit_line: 'Source: Example Wire Agency, via Pull Desk',
    });
    expect(await itemOf(plain.id)).toMatchObject({ status: 'published', content_from: 'page' });
    expect(web.hits('/story')).toBe(1);
  });
});
