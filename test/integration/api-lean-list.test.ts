/**
 * /api/items loads only what each rights mode lets it show (a text prefix, no body for excerpt or
 * headline) and keeps rendered pages by ETag. Both are shortcuts, so this holds them to the long
 * way round: every listed item equals presentItem over the item's whole row, and a server with the
 * page cache answers exactly what one without it answers, before and after each kind of change a
 * page can see (takedown, credit edit, source renamed, a cluster gaining a member).
 */
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { findClusterSummaries } from '../../src/publish/clusters-queries';
import { findItemForOutput, PREFIX_CHARS_PER_WORD } from '../../src/publish/item-queries';
import { presentItem } from '../../src/publish/present-item';
import { buildServer } from '../../src/server';
import { insertItem, setStatus } from '../support/publish-items';
import { makeTestDeps } from '../support/test-deps';

const EXCERPT_WORDS = 12;
const SOURCES = [
  { id: 'lean-full', rights: 'full' },
  { id: 'lean-excerpt', rights: 'excerpt' },
  { id: 'lean-headline', rights: 'headline' },
] as const;
const feedsYaml =
  'sources:' +
  SOURCES.map(
    (s) => `
  - id: ${s.id}
    name: ${s.id.toUpperCase()}
    homepage: http://${s.id}.test/
    feeds: [{ url: "http://${s.id}.test/feed.xml" }]
    rights: ${s.rights}
    excerpt_words: ${EXCERPT_WORDS}`,
  ).join('') +
  '\n';

/** Texts that stress the prefix: short, far longer than the prefix, and "words" longer than the per-word allowance. */
const TEXTS = {
  short: 'A short story of nine words ends right here.',
  long: 'Ships returned to the quay after the storm, and the harbour master counted them in. '.repeat(60),
  hugeWords: Array.from({ length: 30 }, (_, i) => `${String.fromCharCode(97 + (i % 26))}${'x'.repeat(PREFIX_CHARS_PER_WORD * 2)}`).join(
    ' ',
  ),
  unicode: 'Корабли вернулись в порт после шторма, и капитан порта пересчитал их. '.repeat(40),
};

describe('lean list and page cache', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let cached: FastifyInstance;
  let uncached: FastifyInstance;
  const ids: number[] = [];

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({ db: 'postgres', queue: 'memory', feedsYaml }));
    await syncSources(deps);
    for (const s of SOURCES) for (const text of Object.values(TEXTS)) ids.push(await insertItem(deps, { sourceId: s.id, text }));
    cached = await buildServer(deps);
    uncached = await buildServer({ ...deps, settings: { ...deps.settings, api: { ...deps.settings.api, pageCacheBytes: 0 } } });
  }, 60_000);
  afterAll(async () => {
    await cached?.close();
    await uncached?.close();
    await close?.();
  });

  const list = async (app: FastifyInstance, url = '/api/items?limit=50') => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    return { body: res.body, etag: String(res.headers.etag), items: (res.json() as { items: Record<string, unknown>[] }).items };
  };

  /** presentItem over the whole row: what the list must equal. */
  async function presentedFromFullRow(id: number) {
    const row = (await findItemForOutput(deps.db, id))!;
    const clusters = await findClusterSummaries(deps.db, [row.cluster_id]);
    return JSON.parse(JSON.stringify(presentItem(row, (row.cluster_id && clusters.get(row.cluster_id)) || null))) as Record<
      string,
      unknown
    >;
  }

  it('lists every item exactly as presentItem renders its whole row, for each rights mode', async () => {
    const { items } = await list(uncached);
    expect(items).toHaveLength(ids.length);
    for (const item of items) {
      const full = await presentedFromFullRow(item.id as number);
      const words = full.summary === null ? [] : String(full.summary).replace(/…$/, '').split(' ');
      if (words.some((w) => w.length > PREFIX_CHARS_PER_WORD)) {
        // Only absurdly long "words" may make the lean summary shorter, never longer, and it stays the same prefix.
        const lean = String(item.summary).replace(/…$/, '').split(' ');
        expect(lean.length).toBeGreaterThan(0);
        expect(lean.length).toBeLessThan(words.length);
        expect(lean).toEqual(words.slice(0, lean.length));
        expect(String(item.summary).endsWith('…')).toBe(true);
        const rest = (o: Record<string, unknown>) => ({
          ...o,
          summary: null,
          content_html: o.rights === 'excerpt' ? null : o.content_html,
        });
        expect(rest(item)).toEqual(rest(full));
        continue;
      }
      expect(item).toEqual(full);
    }
    const excerpt = items.filter((i) => i.rights === 'excerpt').map((i) => String(i.summary));
    expect(excerpt).toContain(TEXTS.short);
    expect(excerpt.filter((s) => s.endsWith('…') && s.split(' ').length === EXCERPT_WORDS)).toHaveLength(2);
    expect(items.filter((i) => i.rights === 'headline').every((i) => i.summary === null && i.content_html === null)).toBe(true);
  });

  it('a full-rights item without a summary gets its N-word summary from the text prefix', async () => {
    const { items } = await list(uncached, '/api/items?source=lean-full');
    const long = items.find((i) => String(i.content_html).includes('harbour master counted'))!;
    expect(long.summary).toBe('Ships returned to the quay after the storm, and the harbour master…');
  });

  it('the cached server answers byte for byte what the uncached one does, on first and repeated requests', async () => {
    const a = await list(cached);
    const b = await list(uncached);
    expect(a.body).toBe(b.body);
    expect(a.etag).toBe(b.etag);
    const again = await list(cached);
    expect(again.body).toBe(a.body);
  });

  it('follows every change a page can see: takedown, credit edit, renamed source, a cluster gaining a member', async () => {
    const same = async () => {
      const a = await list(cached);
      const b = await list(uncached);
      expect(a.body).toBe(b.body);
      expect(a.etag).toBe(b.etag);
      return a;
    };
    const before = await same();

    await setStatus(deps, ids[0]!, 'unpublished');
    const afterTakedown = await same();
    expect(afterTakedown.items.map((i) => i.id)).not.toContain(ids[0]);
    expect(afterTakedown.etag).not.toBe(before.etag);

    await deps.db
      .updateTable('items')
      .set({ credit_line: 'Source: corrected credit', updated_at: sql`now()` } as never)
      .where('id', '=', ids[1]!)
      .execute();
    const afterCredit = await same();
    expect(afterCredit.items.find((i) => i.id === ids[1])!.credit_line).toBe('Source: corrected credit');

    // A source renamed in feeds.yaml changes no item row.
    await deps.db.updateTable('sources').set({ name: 'Renamed Wire' }).where('id', '=', 'lean-excerpt').execute();
    const afterRename = await same();
    expect(
      afterRename.items
        .filter((i) => (i.source as { id: string }).id === 'lean-excerpt')
        .every((i) => (i.source as { name: string }).name === 'Renamed Wire'),
    ).toBe(true);

    // A member joins the cluster of ids[2]: that item's row is untouched, only the cluster changes.
    const cluster = await deps.db
      .insertInto('clusters')
      .values({ representative_item_id: ids[2]!, original: null } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.db
      .updateTable('items')
      .set({ cluster_id: cluster.id } as never)
      .where('id', '=', ids[2]!)
      .execute();
    await deps.db
      .updateTable('items')
      .set({ cluster_id: cluster.id, updated_at: sql`now()` } as never)
      .where('id', '=', ids[3]!)
      .execute();
    const joined = await same();
    const headBefore = joined.items.find((i) => i.id === ids[2])!.cluster as { size: number };
    expect(headBefore.size).toBe(2);
    const third = ids[4]!;
    await deps.db
      .updateTable('items')
      .set({ cluster_id: cluster.id } as never)
      .where('id', '=', third)
      .execute();
    await deps.db
      .updateTable('clusters')
      .set({ updated_at: sql`now() + interval '1 second'` } as never)
      .where('id', '=', cluster.id)
      .execute();
    const grown = await same();
    expect(grown.items.find((i) => i.id === ids[2])!.cluster).toMatchObject({ size: 3 });
    expect(grown.etag).not.toBe(joined.etag);
  });

  it('a revalidation of an unchanged page is a 304 from either server', async () => {
    const { etag } = await list(cached);
    for (const app of [cached, uncached]) {
      const res = await app.inject({ method: 'GET', url: '/api/items?limit=50', headers: { 'if-none-match': etag } });
      expect(res.statusCode).toBe(304);
    }
  });
});
