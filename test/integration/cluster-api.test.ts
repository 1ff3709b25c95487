/**
 * Clusters over the API on Postgres: the portal sees one item per story with its cluster's outlets
 * and the original credited; editors split a wrongly merged cluster and merge two; the audit log
 * records both; bad requests get a 400 naming the field.
 */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { buildServer } from '../../src/server';
import { createCorpus, createRng, generateDocument, lightEdit, renderDocument } from '../support/dedupe-generator';
import { fixtureText } from '../support/fixtures';
import { makeTestDeps } from '../support/test-deps';
import { DEDUPE_FEEDS_YAML, ingest } from './dedupe-support';

const TOKEN = 'editor-token-for-tests';
const auth = { authorization: `Bearer ${TOKEN}` };
const rt = (file: string) => fixtureText(`dedupe/rt-nato/${file}`);

interface ApiItem {
  id: number;
  credit_line: string;
  cluster: { id: number; size: number; sources: { id: string; name: string; url: string }[] };
}

describe('cluster API on postgres', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  const corpus = createCorpus(23);
  const rng = createRng(29);

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({
      db: 'postgres',
      queue: 'memory',
      feedsYaml: DEDUPE_FEEDS_YAML,
      env: { WIREROOM_API_TOKENS: TOKEN },
    }));
    await syncSources(deps);
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app?.close();
    await close?.();
  });

  const get = async <T>(url: string) => (await app.inject({ method: 'GET', url, headers: auth })).json() as T;

  it("lists one item for a story carried by three outlets: the original's own copy, which took the story over", async () => {
    const first = await ingest(deps, {
      source: 'city',
      guid: 'c-nato',
      link: 'https://city.test/nato',
      title: 'Russia-NATO relations',
      text: rt('247citynews.txt'),
      original: { name: 'RT', url: 'https://www.rt.com/' },
    });
    const head = await ingest(deps, {
      source: 'rt',
      guid: 'rt-nato',
      link: 'https://rt.test/nato',
      title: 'Russia-NATO',
      text: rt('origin-body.txt'),
    });
    expect(head).toMatchObject({ status: 'published', duplicateOf: null, clusterId: first.clusterId });
    await ingest(deps, {
      source: 'portal',
      guid: 'p-nato',
      link: 'https://portal.test/nato',
      title: 'RUSSIA-NATO',
      text: rt('other-portal.txt'),
    });
    const { items } = await get<{ items: ApiItem[] }>('/api/items?limit=10');
    expect(items.map((i) => i.id)).toEqual([head.id]);
    expect(items[0]!.credit_line).toBe('Source: RT');
    expect(items[0]!.cluster).toEqual({
      id: head.clusterId,
      size: 3,
      sources: expect.arrayContaining([
        { id: 'city', name: '247 City News', url: 'https://city.test/nato' },
        { id: 'rt', name: 'RT', url: 'https://rt.test/nato' },
        { id: 'portal', name: 'Other Portal', url: 'https://portal.test/nato' },
      ]),
    });
    const one = await get<ApiItem>(`/api/items/${head.id}`);
    expect(one.cluster.size).toBe(3);
    const cluster = await get<{ representative_item_id: number; original: { name: string }; items: { item_id: number; status: string }[] }>(
      `/api/clusters/${head.clusterId}`,
    );
    expect(cluster.representative_item_id).toBe(head.id);
    expect(cluster.original.name).toBe('RT');
    expect(cluster.items.map((i) => i.status)).toEqual(['duplicate', 'published', 'duplicate']);
  });

  it('splits items off into a new cluster and merges them back, with audit entries', async () => {
    const doc = generateDocument(corpus, 4, rng, 250);
    const a = await ingest(deps, { source: 'wire', guid: 'w-s', link: 'https://wire.test/s', title: 'Story', text: renderDocument(doc) });
    const b = await ingest(deps, {
      source: 'portal',
      guid: 'p-s',
      link: 'https://portal.test/s',
      title: 'Story copy',
      text: lightEdit(corpus, doc, rng),
    });
    const c = await ingest(deps, {
      source: 'agg',
      guid: 'a-s',
      link: 'https://agg.test/s',
      title: 'Story copy 2',
      text: lightEdit(corpus, doc, rng),
    });
    expect([b.duplicateOf, c.duplicateOf]).toEqual([a.id, a.id]);

    const split = await app.inject({
      method: 'POST',
      url: `/api/clusters/${a.clusterId}/split`,
      headers: auth,
      payload: { item_ids: [b.id, c.id] },
    });
    expect(split.statusCode).toBe(200);
    const newCluster = (split.json() as { cluster_id: number }).cluster_id;
    expect(newCluster).not.toBe(a.clusterId);
    const moved = await deps.db
      .selectFrom('items')
      .select(['id', 'status', 'duplicate_of', 'cluster_id'])
      .where('id', 'in', [b.id, c.id])
      .orderBy('id')
      .execute();
    expect(moved).toEqual([
      { id: b.id, status: 'queued', duplicate_of: null, cluster_id: newCluster },
      { id: c.id, status: 'duplicate', duplicate_of: b.id, cluster_id: newCluster },
    ]);
    const headCredits = await deps.db
      .selectFrom('credits')
      .select('name')
      .where('item_id', '=', a.id)
      .where('role', '=', 'carrier')
      .execute();
    expect(headCredits.map((r) => r.name)).toEqual(['Wire Desk']);

    const merge = await app.inject({
      method: 'POST',
      url: '/api/clusters/merge',
      headers: auth,
      payload: { from: newCluster, into: a.clusterId },
    });
    expect(merge.statusCode).toBe(200);
    const back = await deps.db
      .selectFrom('items')
      .select(['status', 'duplicate_of', 'cluster_id'])
      .where('id', 'in', [b.id, c.id])
      .execute();
    for (const r of back) expect(r).toEqual({ status: 'duplicate', duplicate_of: a.id, cluster_id: a.clusterId });
    expect(await deps.db.selectFrom('clusters').select('id').where('id', '=', newCluster).executeTakeFirst()).toBeUndefined();
    const carriers = await deps.db
      .selectFrom('credits')
      .select('name')
      .where('item_id', '=', a.id)
      .where('role', '=', 'carrier')
      .orderBy('name')
      .execute();
    expect(carriers.map((r) => r.name)).toEqual(['Aggregator', 'Other Portal', 'Wire Desk']);
    const audit = await deps.db
      .selectFrom('audit_log')
      .select(['action', 'actor'])
      .where('action', 'in', ['cluster-split', 'cluster-merge'])
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'cluster-split', actor: 'operator-token' },
      { action: 'cluster-merge', actor: 'operator-token' },
    ]);
  });

  it('refuses edits without an editor token and explains bad requests', async () => {
    const cluster = await deps.db.selectFrom('clusters').select(['id', 'representative_item_id']).orderBy('id').executeTakeFirstOrThrow();
    const noAuth = await app.inject({ method: 'POST', url: '/api/clusters/merge', payload: { from: 1, into: 2 } });
    expect(noAuth.statusCode).toBe(401);
    const bad = await app.inject({ method: 'POST', url: '/api/clusters/merge', headers: auth, payload: { from: 'x' } });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { error: { problems: string[] } }).error.problems).toEqual([
      expect.stringMatching(/^from: /),
      expect.stringMatching(/^into: /),
    ]);
    const rep = await app.inject({
      method: 'POST',
      url: `/api/clusters/${cluster.id}/split`,
      headers: auth,
      payload: { item_ids: [cluster.representative_item_id] },
    });
    expect(rep.statusCode).toBe(400);
    expect((rep.json() as { error: { message: string } }).error.message).toMatch(/representative/);
    const missing = await app.inject({ method: 'GET', url: '/api/clusters/999999', headers: auth });
    expect(missing.statusCode).toBe(404);
  });
});
