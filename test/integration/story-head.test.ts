/**
 * The story head is the original's own copy, whatever order the jobs finish in (issue 16), end to
 * end on Postgres + BullMQ: a fixture portal page republishing an RT story ("Source: RT NEWS", a
 * no-redistribution notice; its source is `rights: excerpt`, `review: required`, so it waits for an
 * editor) and RT's own copy (`rights: full`, `review: auto`), fed in both orders through the
 * scheduler, feed fetch, article jobs and the store. Both orders give the same portal: RT's item
 * published and leading the story, the portal page a member of its cluster crediting RT. And an
 * outlet is never credited via itself: a member saying "Source: WIRE" leaves the Wire's own item as it is.
 */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../src/deps';
import { schedulerTick } from '../../src/fetchers/scheduler';
import { syncSources } from '../../src/fetchers/sync-sources';
import type { StoredItem } from '../../src/workers/store-item';
import { createCorpus, createRng, generateDocument, renderDocument } from '../support/dedupe-generator';
import { fixtureText } from '../support/fixtures';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { startStack, type TestStack } from '../support/stack';
import { makeTestDeps, waitFor } from '../support/test-deps';
import { ingest } from './dedupe-support';

const TITLE = 'Russia-NATO relations DEGRADING, causing global security to decline – Defense Minister';
const RSS = { 'content-type': 'application/rss+xml; charset=utf-8' };
const HTML = { 'content-type': 'text/html; charset=utf-8' };

/** Homepages are fake hosts: both feeds are served from 127.0.0.1, and a shared host would make the two outlets one. */
const feedsYaml = (origin: string) => `
sources:
  - { id: city, name: 247 City News, homepage: "https://247citynews.test/", feeds: [{ url: "${origin}/city/feed.xml" }], rights: excerpt, review: required }
  - { id: rt, name: RT, homepage: "https://www.rt.com/", feeds: [{ url: "${origin}/rt/feed.xml" }], rights: full, review: auto }
`;

/** An RSS feed written for these tests: one item linking `link`, or none. */
const feed = (name: string, item: { guid: string; link: string } | null) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${name}</title><link>https://example.test/</link><description>test</description>
${item ? `<item><title>${TITLE}</title><link>${item.link}</link><guid isPermaLink="false">${item.guid}</guid><pubDate>Thu, 26 Nov 2026 18:00:00 +0000</pubDate></item>` : ''}
</channel></rss>`;

type Outlet = 'city' | 'rt';

interface PortalItem {
  id: number;
  url: string;
  credit_line: string;
  source: { id: string };
}

describe.each<[string, Outlet[]]>([
  ['the republication first', ['city', 'rt']],
  ['the original first', ['rt', 'city']],
])('story head on postgres + bullmq, %s', (_order, order) => {
  let web: FixtureServer;
  let deps: Deps;
  let stack: TestStack | undefined;
  let app: FastifyInstance;

  beforeAll(async () => {
    web = await startFixtureServer();
    web.set('/city/feed.xml', { body: feed('247 City News', null), headers: RSS });
    web.set('/rt/feed.xml', { body: feed('RT', null), headers: RSS });
    web.set('/world/russia-nato-relations', { body: fixtureText('site/republished-rt.html', web.origin), headers: HTML });
    web.set('/rt/russia-nato', { body: fixtureText('site/rt-origin.html', web.origin), headers: HTML });
    stack = await startStack({
      db: 'postgres',
      queue: 'bullmq',
      feedsYaml: feedsYaml(web.origin),
      env: { WIREROOM_SCHEDULER_TICK: '59s' },
      roles: ['fetch', 'work'],
    });
    ({ deps, app } = stack);
    // The fetch role polls every feed once as it starts: let those polls end, so each arrival's poll is the only one.
    await waitFor(
      async () =>
        (await deps.db.selectFrom('feeds').select('id').where('last_fetched_at', 'is', null).execute()).length ? undefined : true,
      30000,
      'the first polls of both feeds',
    );
  }, 60_000);

  afterAll(async () => {
    await stack?.close();
    await web?.close();
  });

  /** Puts the outlet's story in its feed, polls every feed, and waits until the outlet's item is stored. */
  async function arrive(outlet: Outlet): Promise<number> {
    const item =
      outlet === 'rt'
        ? { guid: 'rt-nato', link: `${web.origin}/rt/russia-nato` }
        : { guid: 'city-nato', link: `${web.origin}/world/russia-nato-relations` };
    web.set(`/${outlet}/feed.xml`, { body: feed(outlet, item), headers: RSS });
    await deps.db
      .updateTable('feeds')
      .set({ next_due_at: new Date(Date.now() - 1000) })
      .execute();
    await schedulerTick(deps);
    const row = await waitFor(
      () => deps.db.selectFrom('items').select('id').where('source_id', '=', outlet).executeTakeFirst(),
      45000,
      `the ${outlet} item`,
    ).catch(async (err: Error) => {
      throw new Error(`${err.message}; stored: ${await pipelineState()}`);
    });
    return row.id;
  }

  /** What the pipeline holds, for a failure's message: each feed's poll state, the entries and the items. */
  async function pipelineState(): Promise<string> {
    const feeds = await deps.db
      .selectFrom('feeds')
      .select(['id', 'source_id', 'next_due_at', 'last_fetched_at', 'error_code', 'error_message'])
      .execute();
    const entries = await deps.db.selectFrom('entries').select(['id', 'source_id', 'guid', 'version']).execute();
    const items = await deps.db.selectFrom('items').select(['id', 'source_id', 'status']).execute();
    return JSON.stringify({ feeds, entries, items });
  }

  it("publishes RT's own copy as the story head, with the portal page a member crediting RT", async () => {
    const ids: Partial<Record<Outlet, number>> = {};
    for (const outlet of order) ids[outlet] = await arrive(outlet);
    const rt = await deps.db.selectFrom('items').selectAll().where('id', '=', ids.rt!).executeTakeFirstOrThrow();
    const city = await deps.db.selectFrom('items').selectAll().where('id', '=', ids.city!).executeTakeFirstOrThrow();

    expect(rt).toMatchObject({ status: 'published', duplicate_of: null, credit_line: 'Source: RT', original_source: null });
    expect(city).toMatchObject({ status: 'duplicate', duplicate_of: rt.id, cluster_id: rt.cluster_id });
    expect(city.original_source?.name).toMatch(/^RT/);
    expect(city.rights_notice).toMatch(/should not be published/);
    const cluster = await deps.db.selectFrom('clusters').selectAll().where('id', '=', rt.cluster_id!).executeTakeFirstOrThrow();
    expect(cluster.representative_item_id).toBe(rt.id);

    // The portal shows RT's page, RT's URL, credited to RT alone; the same set in either order.
    const { items } = (await app.inject({ method: 'GET', url: '/api/items?limit=10' })).json() as { items: PortalItem[] };
    expect(items.map((i) => [i.id, i.source.id, i.url, i.credit_line])).toEqual([
      [rt.id, 'rt', `${web.origin}/rt/russia-nato`, 'Source: RT'],
    ]);
    const events = await deps.db.selectFrom('publish_events').select(['item_id', 'type']).orderBy('id').execute();
    expect(events).toEqual([{ item_id: rt.id, type: 'item.published' }]);
  }, 100_000); // two arrivals of up to 45 s each on a loaded machine
});

const SELF_FEEDS_YAML = `
sources:
  - { id: wire, name: Wire, homepage: "https://wire.test/", feeds: [{ url: "https://wire.test/feed" }], rights: full, review: auto }
  - { id: city, name: 247 City News, homepage: "https://city.test/", feeds: [{ url: "https://city.test/feed" }], rights: full, review: auto }
`;

describe.each(['postgres', 'pglite'] as const)('an outlet is never credited via itself, on %s', (db) => {
  let deps: Deps;
  let close: () => Promise<void>;
  const corpus = createCorpus(31);
  const rng = createRng(37);

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({ db, queue: 'memory', feedsYaml: SELF_FEEDS_YAML }));
    await syncSources(deps);
  });
  afterAll(async () => close?.());

  const wireCopy = (guid: string, text: string) => ({ source: 'wire', guid, link: `https://wire.test/${guid}`, title: 'Story', text });
  const cityCopy = (guid: string, text: string) => ({
    source: 'city',
    guid,
    link: `https://city.test/${guid}`,
    title: 'Story',
    text,
    original: { name: 'WIRE', url: null },
  });

  it.each([
    ["the wire's own item first", ['wire', 'city']],
    ['the member saying "Source: WIRE" first', ['city', 'wire']],
  ])('%s: the wire item keeps "Source: Wire", no original, no item.updated', async (_what, order) => {
    const text = renderDocument(generateDocument(corpus, order[0] === 'wire' ? 1 : 2, rng, 200));
    const stored: Record<string, StoredItem> = {};
    for (const o of order) stored[o] = await ingest(deps, o === 'wire' ? wireCopy(`w-${order[0]}`, text) : cityCopy(`c-${order[0]}`, text));
    const wire = await deps.db.selectFrom('items').selectAll().where('id', '=', stored.wire!.id).executeTakeFirstOrThrow();
    expect(wire).toMatchObject({ status: 'published', duplicate_of: null, credit_line: 'Source: Wire', original_source: null });
    const city = await deps.db.selectFrom('items').selectAll().where('id', '=', stored.city!.id).executeTakeFirstOrThrow();
    expect(city).toMatchObject({ status: 'duplicate', duplicate_of: wire.id, credit_line: 'Source: WIRE, via 247 City News' });
    const events = await deps.db.selectFrom('publish_events').select('type').where('item_id', '=', wire.id).execute();
    expect(events.map((e) => e.type)).toEqual(['item.published']);
  });
});
