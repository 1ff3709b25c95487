/**
 * The story head does not depend on arrival order (issue 16): a property test (fast-check) feeds the
 * same three copies of one story — RT's own copy (`rights: full`, `review: auto`), a republication
 * crediting "RT NEWS" that waits for an editor (`rights: excerpt`, `review: required`), and a third
 * outlet's uncredited copy published at once (`rights: excerpt`, `review: auto`) — in every order
 * through the real store path (buildItem → storeItem, on Postgres and on embedded PGlite), and asserts what the portal sees
 * is the same each time: the published set, each story's head and the credit lines. One database for
 * the file, emptied between orders.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { buildServer } from '../../src/server';
import { createCorpus, createRng, generateDocument, renderDocument } from '../support/dedupe-generator';
import { makeTestDeps } from '../support/test-deps';
import { ingest, type IngestInput } from './dedupe-support';

const FEEDS_YAML = `
sources:
  - { id: rt, name: RT, homepage: "https://www.rt.com/", feeds: [{ url: "https://www.rt.com/rss" }], rights: full, review: auto }
  - { id: city, name: 247 City News, homepage: "https://city.test/", feeds: [{ url: "https://city.test/feed" }], rights: excerpt, review: required }
  - { id: harbor, name: Harbor Times, homepage: "https://harbor.test/", feeds: [{ url: "https://harbor.test/feed" }], rights: excerpt, review: auto }
  - { id: mws, name: Moscow Wire Service, aliases: ["Moscow Wire", "MWS"], homepage: "https://mws.test/", feeds: [{ url: "https://mws.test/feed" }], rights: full, review: auto }
  - { id: kws, name: Kiev Wire Service, homepage: "https://kws.test/", feeds: [{ url: "https://kws.test/feed" }], rights: full, review: auto }
  - { id: bay, name: Bay Courier, homepage: "https://bay.test/", feeds: [{ url: "https://bay.test/feed" }], rights: full, review: auto }
`;

type Outlet = 'rt' | 'city' | 'harbor';
const OUTLETS: readonly Outlet[] = ['rt', 'city', 'harbor'];
const ORDERS: Outlet[][] = [
  ['rt', 'city', 'harbor'],
  ['rt', 'harbor', 'city'],
  ['city', 'rt', 'harbor'],
  ['city', 'harbor', 'rt'],
  ['harbor', 'rt', 'city'],
  ['harbor', 'city', 'rt'],
];

/** What a portal reads: the published items (source, URL, credit line, rights) and the public cluster view. */
interface Portal {
  published: { source: string; url: string; credit_line: string; rights: string }[];
  heads: Record<Outlet, Outlet | null>;
  cluster: { representative: string | null; sources: string[] } | null;
}

describe.each(['postgres', 'pglite'] as const)('story head, three outlets in every arrival order, on %s', (db) => {
  let deps: Deps;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  const text = renderDocument(generateDocument(createCorpus(16), 1, createRng(16), 220));

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({ db, queue: 'memory', feedsYaml: FEEDS_YAML }));
    await syncSources(deps);
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app?.close();
    await close?.();
  });

  const copy = (outlet: Outlet): IngestInput => {
    const links: Record<Outlet, string> = {
      rt: 'https://www.rt.com/russia/nato-relations/',
      city: 'https://city.test/world/russia-nato-relations',
      harbor: 'https://harbor.test/2026/11/26/nato',
    };
    return {
      source: outlet,
      guid: `${outlet}-nato`,
      link: links[outlet],
      title: 'Russia-NATO relations degrading, Defense Minister says',
      text,
      original: outlet === 'city' ? { name: 'RT NEWS', url: null } : null,
    };
  };

  async function reset(): Promise<void> {
    await sql`TRUNCATE items, entries, clusters, credits, publish_events, audit_log, item_versions, dedupe_bands RESTART IDENTITY CASCADE`.execute(
      deps.db,
    );
  }

  async function portalAfter(order: readonly Outlet[]): Promise<Portal> {
    await reset();
    for (const outlet of order) await ingest(deps, copy(outlet));
    const res = await app.inject({ method: 'GET', url: '/api/items?limit=10' });
    expect(res.statusCode).toBe(200);
    const { items } = res.json() as {
      items: { source: { id: string }; url: string; credit_line: string; rights: string; cluster: { id: number } | null }[];
    };
    const rows = await deps.db.selectFrom('items').select(['id', 'source_id', 'duplicate_of']).execute();
    const outletOf = new Map(rows.map((r) => [r.id, r.source_id as Outlet]));
    const heads = Object.fromEntries(
      rows.map((r) => [r.source_id, r.duplicate_of === null ? null : (outletOf.get(r.duplicate_of) ?? null)]),
    ) as Record<Outlet, Outlet | null>;
    const clusterId = items[0]?.cluster?.id;
    let cluster: Portal['cluster'] = null;
    if (clusterId !== undefined) {
      const view = (await app.inject({ method: 'GET', url: `/api/clusters/${clusterId}` })).json() as {
        representative_item_id: number | null;
        items: { item_id: number; source_id: string }[];
      };
      cluster = {
        representative: view.representative_item_id === null ? null : (outletOf.get(view.representative_item_id) ?? null),
        sources: view.items.map((i) => i.source_id).sort(),
      };
    }
    return {
      published: items.map((i) => ({ source: i.source.id, url: i.url, credit_line: i.credit_line, rights: i.rights })),
      heads,
      cluster,
    };
  }

  it('gives the portal the same story for all six orders: RT leads, credited to RT alone', async () => {
    const reference = await portalAfter(['rt', 'city', 'harbor']);
    expect(reference).toEqual({
      published: [{ source: 'rt', url: 'https://www.rt.com/russia/nato-relations/', credit_line: 'Source: RT', rights: 'full' }],
      heads: { rt: null, city: 'rt', harbor: 'rt' },
      cluster: { representative: 'rt', sources: ['city', 'harbor', 'rt'] },
    });
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray([...OUTLETS], { minLength: 3, maxLength: 3 }), async (order) => {
        seen.add(order.join(','));
        expect({ order, portal: await portalAfter(order) }).toEqual({ order, portal: reference });
      }),
      // Every order first (fast-check runs `examples` before its own draws), then a few shuffles.
      { numRuns: 10, seed: 16, examples: ORDERS.map((o) => [o]) },
    );
    expect(seen.size).toBe(6);
  });

  it("answers the taken-over head's URLs with the new head's: 301 to it, superseded_by in the JSON", async () => {
    await reset();
    const harbor = await ingest(deps, copy('harbor'));
    expect((await app.inject({ method: 'GET', url: `/api/items/${harbor.id}` })).statusCode).toBe(200);
    const rt = await ingest(deps, copy('rt'));
    const never = await ingest(deps, copy('city'));
    for (const [url, location] of [
      [`/api/items/${harbor.id}`, `/api/items/${rt.id}`],
      [`/api/items/${harbor.id}.ninjs`, `/api/items/${rt.id}.ninjs`],
      [`/items/${harbor.id}`, `/items/${rt.id}`],
    ] as const) {
      const res = await app.inject({ method: 'GET', url });
      expect([url, res.statusCode, res.headers.location, res.headers['cache-control']]).toEqual([url, 301, location, 'no-cache']);
      if (!url.startsWith('/items/')) expect(res.json()).toMatchObject({ error: { code: 'SUPERSEDED' }, superseded_by: rt.id, location });
      const followed = await app.inject({ method: 'GET', url: location });
      expect([location, followed.statusCode]).toEqual([location, 200]);
    }
    // A copy the portal never saw (it waited for an editor) is not a published item: still a 404.
    expect((await app.inject({ method: 'GET', url: `/api/items/${never.id}` })).statusCode).toBe(404);
    // When the head that took over is withdrawn, the old URL is gone too.
    await deps.db.updateTable('items').set({ status: 'withdrawn' }).where('id', '=', rt.id).execute();
    const gone = await app.inject({ method: 'GET', url: `/api/items/${harbor.id}` });
    expect([gone.statusCode, gone.json()]).toEqual([410, expect.objectContaining({ superseded_by: rt.id })]);
  });
});

describe.each(['postgres', 'pglite'] as const)('outlet identity through feeds.yaml aliases, on %s', (db) => {
  let deps: Deps;
  let close: () => Promise<void>;
  const corpus = createCorpus(61);
  const rng = createRng(67);

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({ db, queue: 'memory', feedsYaml: FEEDS_YAML }));
    await syncSources(deps);
  });
  afterAll(async () => close?.());

  /** A republication crediting `credit` published first, then the wire's own copy: who leads, and the credit lines. */
  async function story(wire: 'mws' | 'kws', credit: string) {
    const text = renderDocument(generateDocument(corpus, wire === 'mws' ? 1 : 2, rng, 200));
    const bay = await ingest(deps, {
      source: 'bay',
      guid: `bay-${wire}`,
      link: `https://bay.test/${wire}`,
      title: 'Grain deal extended',
      text,
      original: { name: credit, url: null },
    });
    const own = await ingest(deps, { source: wire, guid: `${wire}-1`, link: `https://${wire}.test/1`, title: 'Grain deal extended', text });
    const rows = await deps.db
      .selectFrom('items')
      .select(['id', 'status', 'duplicate_of', 'credit_line'])
      .where('id', 'in', [bay.id, own.id])
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ lead: r.duplicate_of === null, status: r.status, credit_line: r.credit_line }));
  }

  it('a credit naming an alias ("Source: Moscow Wire") makes the wire\'s own copy lead, credited to itself alone', async () => {
    expect(await story('mws', 'Moscow Wire')).toEqual([
      { lead: false, status: 'duplicate', credit_line: 'Source: Moscow Wire, via Bay Courier' },
      { lead: true, status: 'published', credit_line: 'Source: Moscow Wire Service' },
    ]);
  });

  it('without the alias the same credit names no configured source: the published republication stays the head', async () => {
    expect(await story('kws', 'Kiev Wire')).toEqual([
      { lead: true, status: 'published', credit_line: 'Source: Kiev Wire, via Bay Courier' },
      { lead: false, status: 'duplicate', credit_line: 'Source: Kiev Wire Service' },
    ]);
  });
});
