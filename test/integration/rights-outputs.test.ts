/**
 * No output shows more than the item's rights allow (issue 16), on Postgres and on PGlite: `rights` in the API,
 * JSON Feed and ninjs is the item's effective rights (wire usage terms narrow the source's); `q=`
 * matches only the text an item's rights show; the public cluster view lists only published members
 * and their credited copies (404 without one); a structurally embargoed wire document is held out of
 * every output until its time, then the scheduler tick publishes it (a moved test clock). Wire
 * documents are test/fixtures/wire ones (SOURCES.md) with an embargo added here.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { fixedClock } from '../../src/clock';
import type { Deps } from '../../src/deps';
import { schedulerTick } from '../../src/fetchers/scheduler';
import { syncSources } from '../../src/fetchers/sync-sources';
import { openApiDocument } from '../../src/publish/api/openapi';
import { buildServer } from '../../src/server';
import { publishItem } from '../../src/store/publish-item';
import { insertItem } from '../support/publish-items';
import { makeTestDeps } from '../support/test-deps';

const TOKEN = 'push-secret-rights-16';
const wire = (f: string) => fs.readFileSync(path.join(__dirname, '../fixtures/wire', f), 'utf8');
const source = (id: string, rights: string) => `
  - id: ${id}
    name: ${id} News
    rights: ${rights}
    review: auto
    excerpt_words: 5
    feeds: [{ url: "http://${id}.test/feed.xml" }]`;
const feedsYaml = `
sources:
  - id: agency
    name: Agency Desk
    rights: full
    review: auto
    credit: "Source: {source}"
    push_token_env: AGENCY_PUSH_TOKEN
    feeds:
      - type: push${source('full', 'full')}${source('excerpt', 'excerpt')}${source('headline', 'headline')}${source('none', 'none')}
`;

interface ApiItem {
  id: number;
  rights: string;
  cluster: { id: number; size: number; sources: { id: string }[] } | null;
}

describe.each(['postgres', 'pglite'] as const)('outputs show no more than the rights allow (%s)', (db) => {
  const clock = fixedClock('2026-12-05T12:00:00Z');
  let deps: Deps;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  const get = async <T>(url: string) => (await app.inject({ url })).json() as T;
  const push = (body: string) =>
    app.inject({
      method: 'POST',
      url: '/ingest/agency',
      payload: body,
      headers: { 'content-type': 'application/xml', authorization: `Bearer ${TOKEN}` },
    });
  const ids = async (url: string) => (await get<{ items: ApiItem[] }>(url)).items.map((i) => i.id).sort((a, b) => a - b);

  beforeAll(async () => {
    const made = await makeTestDeps({ db, queue: 'memory', feedsYaml, env: { AGENCY_PUSH_TOKEN: TOKEN } });
    ({ close } = made);
    deps = { ...made.deps, clock };
    await syncSources(deps);
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app?.close();
    await close?.();
  });

  it("reports the wire item's effective rights, not its source's, in the API, JSON Feed and ninjs", async () => {
    const res = await push(wire('newsml-g2-2.33-item.xml')); // usage terms "Headline only"; the source allows full
    const id = (res.json() as { items: { id: number; status: string }[] }).items[0]!.id;
    expect((await get<ApiItem>(`/api/items/${id}`)).rights).toBe('headline');
    const listed = (await get<{ items: ApiItem[] }>('/api/items?source=agency')).items.find((i) => i.id === id);
    expect(listed?.rights).toBe('headline');
    const feed = await get<{ items: { id: string; _wireroom: { rights: string } }[] }>('/feeds/source/agency.json');
    expect(feed.items.map((i) => i._wireroom.rights)).toEqual(['headline']);
    const ninjs = await get<{ representationtype: string; rightsinfo: { encodedrights: string } }>(`/api/items/${id}.ninjs`);
    expect(ninjs.representationtype).toBe('partial');
    expect(JSON.parse(ninjs.rightsinfo.encodedrights)).toMatchObject({ rights: 'headline' });
    // The ingest's own item stays honest too: a feed item of a full source still says full.
    const plain = await insertItem(deps, { sourceId: 'full', title: 'Plain full story' });
    expect((await get<ApiItem>(`/api/items/${plain}`)).rights).toBe('full');
  });

  it('matches q= only against the text the rights show', async () => {
    const text = 'alpha bravo charlie delta echo zulufoxtrot golf hotel india juliett';
    const full = await insertItem(deps, { sourceId: 'full', title: 'Full quokka', text });
    const excerpt = await insertItem(deps, { sourceId: 'excerpt', title: 'Excerpt quokka', text });
    const headline = await insertItem(deps, { sourceId: 'headline', title: 'Headline quokka', text });
    expect(await ids('/api/items?q=quokka')).toEqual([full, excerpt, headline]); // titles always show
    expect(await ids('/api/items?q=bravo')).toEqual([full, excerpt]); // inside the 5-word excerpt
    expect(await ids('/api/items?q=zulufoxtrot')).toEqual([full]); // beyond the excerpt, never in a headline
    expect(await ids('/api/items?q=quokka%20-zulufoxtrot')).toEqual([excerpt, headline]); // a negation sees the same text
    expect(await ids('/api/items?q=%22echo%20zulufoxtrot%22')).toEqual([full]);
  });

  it('lists only published members and their credited copies in the public cluster view', async () => {
    const head = await insertItem(deps, { sourceId: 'full', title: 'Head of the story' });
    const copy = await insertItem(deps, { sourceId: 'excerpt', title: 'A credited copy', publish: false });
    const hidden: number[] = [];
    for (const [sourceId, status] of [
      ['headline', 'held'],
      ['headline', 'queued'],
      ['headline', 'rejected'],
      ['headline', 'withdrawn'],
      ['none', 'duplicate'],
    ] as const)
      hidden.push(await insertItem(deps, { sourceId, title: `Secret ${status} title`, publish: false }));
    const cluster = await deps.db
      .insertInto('clusters')
      .values({ representative_item_id: head } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    const cid = Number(cluster.id);
    await deps.db
      .updateTable('items')
      .set({ cluster_id: cid })
      .where('id', 'in', [head, copy, ...hidden])
      .execute();
    await deps.db.updateTable('items').set({ status: 'duplicate', duplicate_of: head }).where('id', 'in', [copy, hidden[4]!]).execute();
    for (const [i, status] of (['held', 'queued', 'rejected', 'withdrawn'] as const).entries())
      await deps.db.updateTable('items').set({ status }).where('id', '=', hidden[i]!).execute();

    const res = await app.inject({ url: `/api/clusters/${cid}` });
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      size: number;
      representative_item_id: number;
      items: { item_id: number; title: string; rights: string }[];
    };
    expect(body.items.map((m) => [m.item_id, m.rights])).toEqual([
      [head, 'full'],
      [copy, 'excerpt'],
    ]);
    expect(body.size).toBe(2);
    const { ClusterDetail, ClusterMember } = openApiDocument().components.schemas; // the documented contract
    expect(Object.keys(body).sort()).toEqual([...ClusterDetail.required].sort());
    for (const m of body.items) expect(Object.keys(m).sort()).toEqual([...ClusterMember.required].sort());
    expect(res.body).not.toMatch(/Secret/);
    expect((await get<ApiItem>(`/api/items/${head}`)).cluster).toMatchObject({ id: cid, size: 2 });

    // Without a published member the cluster is not there for the portal: the head taken down.
    await deps.db.updateTable('items').set({ status: 'withdrawn' }).where('id', '=', head).execute();
    expect((await app.inject({ url: `/api/clusters/${cid}` })).statusCode).toBe(404);
  });

  it('holds a NewsML-G2 item embargoed until later out of every output, then publishes it on time', async () => {
    const doc = wire('newsml-g2-2.33-item.xml')
      .replace('exa-0002', 'exa-0900')
      .replace('<headline>Ferry timetable changes for winter</headline>', '<headline>Embargoed budget figures</headline>')
      .replace('<pubStatus qcode="stat:usable"/>', '<pubStatus qcode="stat:usable"/><embargoed>2026-12-05T18:00:00Z</embargoed>');
    const res = await push(doc);
    const item = (res.json() as { items: { id: number; status: string }[] }).items[0]!;
    expect(item.status).toBe('held');
    const outputs = async () => [
      (await app.inject({ url: `/api/items/${item.id}` })).statusCode,
      (await app.inject({ url: '/api/items?q=budget' })).body.includes('Embargoed budget'),
      (await app.inject({ url: '/feeds/all.rss' })).body.includes('Embargoed budget'),
    ];
    expect(await outputs()).toEqual([404, false, false]);

    clock.set('2026-12-05T17:59:59Z');
    await schedulerTick(deps);
    expect(await outputs()).toEqual([404, false, false]);

    clock.set('2026-12-05T18:00:01Z');
    await schedulerTick(deps);
    expect(await outputs()).toEqual([200, true, true]);
    const audit = await deps.db.selectFrom('audit_log').select(['actor', 'action']).where('item_id', '=', item.id).execute();
    expect(audit).toContainEqual({ actor: 'embargo', action: 'publish' });
    const events = await sql<{ type: string }>`SELECT type FROM publish_events WHERE item_id = ${item.id}`.execute(deps.db);
    expect(events.rows.map((r) => r.type)).toEqual(['item.published']);
  });

  it('holds an NITF document with management-status="embargoed" and a future date.release until then', async () => {
    clock.set('2026-12-06T08:00:00Z');
    const doc = wire('nitf-3.6-story.xml')
      .replace('EXA-20261127-0001', 'EXA-20261206-0900')
      .replace('<docdata>', '<docdata management-status="embargoed">')
      .replace('<date.issue norm="20261127T091500Z"/>', '<date.issue norm="20261127T091500Z"/><date.release norm="20261206T100000Z"/>');
    const item = ((await push(doc)).json() as { items: { id: number; status: string }[] }).items[0]!;
    expect(item.status).toBe('held');
    clock.set('2026-12-06T10:00:00Z');
    await schedulerTick(deps);
    expect((await app.inject({ url: `/api/items/${item.id}` })).statusCode).toBe(200);
  });

  it('withdraws an embargoed item killed before its release without any publish event, and never releases it', async () => {
    clock.set('2026-12-07T08:00:00Z');
    const doc = wire('newsml-g2-2.33-item.xml')
      .replace('exa-0002', 'exa-0901')
      .replace('<pubStatus qcode="stat:usable"/>', '<pubStatus qcode="stat:usable"/><embargoed>2026-12-07T10:00:00Z</embargoed>');
    const item = ((await push(doc)).json() as { items: { id: number; status: string }[] }).items[0]!;
    expect(item.status).toBe('held');
    expect((await push(wire('newsml-g2-2.33-kill.xml').replace('exa-0002', 'exa-0901'))).statusCode).toBe(202);
    clock.set('2026-12-07T10:00:01Z');
    await schedulerTick(deps);
    const row = await deps.db.selectFrom('items').select('status').where('id', '=', item.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('withdrawn');
    const events = await sql<{ type: string }>`SELECT type FROM publish_events WHERE item_id = ${item.id}`.execute(deps.db);
    expect(events.rows).toEqual([]);
  });

  it('refuses to publish a wire item whose usage terms allow none, as it refuses a none source', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/ingest/agency',
      payload: wire('ninjs-1.4.json'), // usage terms "Not for republication"
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    });
    const item = (res.json() as { items: { id: number; status: string }[] }).items[0]!;
    expect(item.status).toBe('held');
    await expect(deps.db.transaction().execute((tx) => publishItem(tx, item.id, 'test', clock.now()))).rejects.toMatchObject({
      code: 'PUBLISH_RIGHTS_NONE',
    });
  });
});
