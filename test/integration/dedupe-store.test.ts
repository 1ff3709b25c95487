/**
 * Duplicates through the real store path on Postgres (dedupe-pglite.test.ts: the embedded database): each exact kind (canonical URL without
 * tracking, global guid, normalized text), near copies through the band index (the RT story from
 * the seed page carried by four outlets), the two-worker race, updates with diffs, and a page gone
 * at its source.
 */
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { publishItem } from '../../src/store/publish-item';
import { createCorpus, createRng, generateDocument, renderDocument } from '../support/dedupe-generator';
import { fixtureText } from '../support/fixtures';
import { makeTestDeps } from '../support/test-deps';
import { DEDUPE_FEEDS_YAML, ingest } from './dedupe-support';

const STORY = [
  'Harbour authority confirms the north pier will reopen to ferries on Monday after three weeks of storm repairs.',
  'Engineers replaced forty metres of decking and two mooring bollards that the January gales tore loose from the quay wall.',
  'The ferry operator said the first crossing would leave at seven in the morning and that timetables return to normal by Wednesday.',
  'Local traders, who lost most of their winter business while the pier was closed, welcomed the news but asked the council for rent relief.',
].join('\n');

const corpus = createCorpus(5);
const rng = createRng(17);
/** A fresh ~200-word story on `topic`, unrelated to every other call's. */
const story = (topic: number) => renderDocument(generateDocument(corpus, topic, rng, 200));

const rt = (file: string) => fixtureText(`dedupe/rt-nato/${file}`);

describe.each(['postgres'] as const)('dedupe store on %s', (db) => {
  let deps: Deps;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({ db, queue: 'memory', feedsYaml: DEDUPE_FEEDS_YAML }));
    await syncSources(deps);
  });
  afterAll(async () => close?.());

  const item = (id: number) => deps.db.selectFrom('items').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const credits = async (id: number) =>
    (await deps.db.selectFrom('credits').select(['role', 'name', 'source_id']).where('item_id', '=', id).orderBy('id').execute()).map(
      (c) => `${c.role}:${c.name}`,
    );

  it('same canonical URL with tracking parameters: one item, both outlets credited', async () => {
    const a = await ingest(deps, {
      source: 'wire',
      guid: 'w-1',
      link: 'https://news.test/a/pier?id=1',
      title: 'Pier reopens',
      text: STORY,
    });
    const b = await ingest(deps, {
      source: 'city',
      guid: 'c-1',
      link: 'https://news.test/a/pier?id=1&utm_source=rss&utm_medium=feed',
      title: 'Pier to reopen',
      text: 'Short teaser only.',
    });
    expect(a.status).toBe('published');
    expect(b).toMatchObject({ status: 'duplicate', duplicateOf: a.id, clusterId: a.clusterId });
    expect((await item(b.id)).status_reason).toMatch(/duplicate \(url\)/);
    expect(await credits(a.id)).toEqual(['carrier:Wire Desk', 'carrier:247 City News']);
  });

  it('same global guid across feeds, and same normalized text under other URLs', async () => {
    const text = story(3);
    const a = await ingest(deps, {
      source: 'rt',
      guid: 'tag:wire.test,2026:story-77',
      link: 'https://rt.test/77',
      title: 'Guid story',
      text,
    });
    const b = await ingest(deps, {
      source: 'portal',
      guid: 'tag:wire.test,2026:story-77',
      link: 'https://portal.test/x/77',
      title: 'Guid story',
      text: 'Other text entirely, too short.',
    });
    expect(b).toMatchObject({ status: 'duplicate', duplicateOf: a.id });
    expect((await item(b.id)).status_reason).toMatch(/\(guid\)/);
    // Case, punctuation and spacing differ; the words are the same.
    const c = await ingest(deps, {
      source: 'city',
      guid: 'c-77',
      link: 'https://city.test/77',
      title: 'Copy',
      text: text.toUpperCase().replace(/\./g, ' !').replace(/\n\n/g, '\n'),
    });
    expect(c).toMatchObject({ status: 'duplicate', duplicateOf: a.id });
    expect((await item(c.id)).status_reason).toMatch(/\(text\)/);
  });

  it("clusters the seed story across four outlets: RT's own copy leads it, whatever arrived first, and the same-topic story stays apart", async () => {
    const first = await ingest(deps, {
      source: 'city',
      guid: 'c-nato',
      link: 'https://city.test/nato',
      title: 'Russia-NATO relations',
      text: rt('247citynews.txt'),
      original: { name: 'RT', url: 'https://www.rt.com/' },
    });
    const copies = await Promise.all([
      ingest(deps, {
        source: 'rt',
        guid: 'rt-nato',
        link: 'https://rt.test/nato',
        title: 'Russia-NATO relations',
        text: rt('origin-body.txt'),
      }),
      ingest(deps, {
        source: 'portal',
        guid: 'p-nato',
        link: 'https://portal.test/nato',
        title: 'RUSSIA-NATO',
        text: rt('other-portal.txt'),
      }),
      ingest(deps, { source: 'agg', guid: 'a-nato', link: 'https://agg.test/nato', title: 'Shoigu on NATO', text: rt('rewrite.txt') }),
    ]);
    const distinct = await ingest(deps, {
      source: 'wire',
      guid: 'w-nato',
      link: 'https://wire.test/nato',
      title: 'Kelin on NATO',
      text: rt('distinct-same-topic.txt'),
    });
    const original = copies[0]!;
    expect(first.status).toBe('published');
    expect(original).toMatchObject({ status: 'published', duplicateOf: null, clusterId: first.clusterId });
    expect(distinct.status).toBe('published');
    expect(distinct.clusterId).not.toBe(first.clusterId);
    // City's republication yielded to RT's own copy (a duplicate now, withdrawn from the portal); every copy points at RT.
    const members = await deps.db
      .selectFrom('items')
      .select(['id', 'source_id', 'status', 'duplicate_of'])
      .where('cluster_id', '=', first.clusterId!)
      .orderBy('source_id')
      .execute();
    expect(members.map((m) => [m.source_id, m.status, m.duplicate_of])).toEqual([
      ['agg', 'duplicate', original.id],
      ['city', 'duplicate', original.id],
      ['portal', 'duplicate', original.id],
      ['rt', 'published', null],
    ]);
    const head = await item(original.id);
    expect(head.credit_line).toBe('Source: RT');
    expect(head.original_source).toBeNull();
    expect(await credits(original.id)).toEqual(
      expect.arrayContaining(['carrier:247 City News', 'origin:RT', 'carrier:RT', 'carrier:Other Portal', 'carrier:Aggregator']),
    );
    const cluster = await deps.db.selectFrom('clusters').selectAll().where('id', '=', first.clusterId!).executeTakeFirstOrThrow();
    expect(cluster).toMatchObject({ representative_item_id: original.id, original: { name: 'RT', url: 'https://www.rt.com/' } });
    const events = await deps.db
      .selectFrom('publish_events')
      .select(['item_id', 'type'])
      .where('item_id', 'in', [first.id, original.id])
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { item_id: first.id, type: 'item.published' },
      { item_id: first.id, type: 'item.withdrawn' },
      { item_id: original.id, type: 'item.published' },
    ]);
    const bands = await deps.db
      .selectFrom('dedupe_bands')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('item_id', '=', copies[2]!.id)
      .executeTakeFirstOrThrow();
    expect(Number(bands.n)).toBe(64); // copies are indexed too: a copy of a copy still finds the story
  });

  it('names the original in the head credit line once the cluster knows it (an earlier publisher, or the attribution of a copy)', async () => {
    const text = story(12);
    const head = await ingest(deps, {
      source: 'wire',
      guid: 'w-late',
      link: 'https://wire.test/late',
      title: 'Late',
      text,
      publishedAt: new Date('2026-11-27T10:00:00Z'),
    });
    expect((await item(head.id)).credit_line).toBe('Source: Wire Desk');
    await ingest(deps, {
      source: 'rt',
      guid: 'rt-early',
      link: 'https://rt.test/early',
      title: 'Early',
      text,
      publishedAt: new Date('2026-11-27T09:00:00Z'),
    });
    expect((await item(head.id)).credit_line).toBe('Source: RT, via Wire Desk');
    const cluster = await deps.db
      .selectFrom('clusters')
      .select('original_source_id')
      .where('id', '=', head.clusterId!)
      .executeTakeFirstOrThrow();
    expect(cluster.original_source_id).toBe('rt');

    const other = story(13);
    const h2 = await ingest(deps, { source: 'portal', guid: 'p-attr', link: 'https://portal.test/attr', title: 'Attr', text: other });
    await ingest(deps, {
      source: 'city',
      guid: 'c-attr',
      link: 'https://city.test/attr',
      title: 'Attr',
      text: other,
      original: { name: 'Reuters', url: null },
    });
    expect((await item(h2.id)).credit_line).toBe('Source: Reuters, via Other Portal');
  });

  it('a copy is not hidden behind a head that can never go out (rights: none): it joins the cluster and is published', async () => {
    const text = story(14);
    const held = await ingest(deps, {
      source: 'ria',
      guid: 'ria-1',
      link: 'https://ria.test/1',
      title: 'Held',
      text,
      publishedAt: new Date('2026-11-27T08:00:00Z'),
    });
    expect(held.status).toBe('held');
    const copy = await ingest(deps, {
      source: 'city',
      guid: 'c-ria',
      link: 'https://city.test/ria',
      title: 'Copy',
      text,
      publishedAt: new Date('2026-11-27T09:00:00Z'),
    });
    expect(copy).toMatchObject({ status: 'published', duplicateOf: null, clusterId: held.clusterId });
    const cluster = await deps.db
      .selectFrom('clusters')
      .select(['representative_item_id', 'original_source_id'])
      .where('id', '=', held.clusterId!)
      .executeTakeFirstOrThrow();
    expect(cluster).toEqual({ representative_item_id: copy.id, original_source_id: 'ria' });
    expect((await item(copy.id)).credit_line).toBe('Source: RIA, via 247 City News');
  });

  it('two workers storing copies of one story at once open one cluster, not two', async () => {
    const text = story(9);
    const [x, y] = await Promise.all([
      ingest(deps, { source: 'rt', guid: 'race-1', link: 'https://rt.test/race', title: 'Race', text }),
      ingest(deps, {
        source: 'portal',
        guid: 'race-2',
        link: 'https://portal.test/race',
        title: 'Race',
        text: `${text}\nAdded closing line from the second outlet about the boats.`,
      }),
    ]);
    expect([x!.status, y!.status].sort()).toEqual(['duplicate', 'published']);
    expect(x!.clusterId).toBe(y!.clusterId);
  });

  it('an update at an auto source updates the published copy and keeps a diff', async () => {
    const v1 = await ingest(deps, {
      source: 'wire',
      guid: 'w-upd',
      link: 'https://wire.test/upd',
      title: 'Budget vote',
      text: 'The council voted on the draft budget on Tuesday evening after a long debate.\nThe mayor said the vote was close.',
    });
    const v2 = await ingest(deps, {
      source: 'wire',
      guid: 'w-upd',
      link: 'https://wire.test/upd',
      title: 'Budget vote',
      version: 2,
      text: 'The council voted on the draft budget on Tuesday evening after a long debate.\nThe mayor said the vote was unanimous.',
    });
    expect(v2).toMatchObject({ id: v1.id, status: 'published' });
    const row = await item(v1.id);
    expect(row.version).toBe(2);
    expect(row.text).toContain('unanimous');
    const versions = await deps.db.selectFrom('item_versions').selectAll().where('item_id', '=', v1.id).execute();
    expect(versions).toHaveLength(1);
    expect(versions[0]!.version).toBe(1);
    expect(versions[0]!.diff).toContain('-The mayor said the vote was close.');
    expect(versions[0]!.diff).toContain('+The mayor said the vote was unanimous.');
  });

  it('an update at a review-required source keeps the published copy live and the update waiting with its diff', async () => {
    const v1 = await ingest(deps, {
      source: 'agg',
      guid: 'a-upd',
      link: 'https://agg.test/upd',
      title: 'Road closure',
      text: 'The coast road stays closed until Friday.',
    });
    expect(v1.status).toBe('queued');
    await deps.db.transaction().execute((tx) => publishItem(tx, v1.id, 'editor:test', new Date()));
    const v2 = await ingest(deps, {
      source: 'agg',
      guid: 'a-upd',
      link: 'https://agg.test/upd',
      title: 'Road closure extended',
      version: 2,
      text: 'The coast road stays closed until next Monday.',
    });
    expect(v2.status).toBe('published');
    const row = await item(v1.id);
    expect(row.title).toBe('Road closure');
    expect(row.version).toBe(1);
    expect(row.pending_update).toMatchObject({ version: 2, title: 'Road closure extended', paragraphs_changed: 1 });
    expect(row.pending_update!.diff).toContain('+Road closure extended');
  });

  it('a first 404 at the source flags the published copy and keeps its text (a 410, or a second 404, withdraws it: recheck-takedown.test.ts)', async () => {
    const v1 = await ingest(deps, {
      source: 'wire',
      guid: 'w-gone',
      link: 'https://wire.test/gone',
      title: 'Retracted story',
      text: 'A story the outlet later took down.',
    });
    await ingest(deps, {
      source: 'wire',
      guid: 'w-gone',
      link: 'https://wire.test/gone',
      title: 'Retracted story',
      version: 2,
      text: 'Feed fallback text.',
      extractError: 'HTTP_404',
    });
    const row = await item(v1.id);
    expect(row.flags).toEqual(['gone_at_source']);
    expect(row.status).toBe('published');
    expect(row.text).toBe('A story the outlet later took down.');
    const audit = await deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('item_id', '=', v1.id)
      .where('action', '=', 'gone-at-source')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('stores an article whose page carried NUL and other control characters, without them', async () => {
    // (the entry comes from a feed, already clean; the page's text is not)
    const stored = await ingest(deps, {
      source: 'wire',
      guid: 'w-nul',
      link: 'https://wire.test/nul',
      title: 'Harbour reopens',
      text: 'The harbour\u0000 reopened\u0007 on Monday after the storm.',
    });
    const row = await item(stored.id);
    expect(row.text).toBe('The harbour reopened on Monday after the storm.');
  });
});
