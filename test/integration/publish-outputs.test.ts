/**
 * The publisher's outputs on Postgres: every published item, across sources with each rights mode,
 * carries its credit, original URL and authors in the API and in RSS, Atom and JSON Feed (read back
 * by rss-parser and by our own parser); rights cut the content in every format; takedowns show at
 * the next request; 304 for unchanged lists, items and feeds.
 */
import type { FastifyInstance } from 'fastify';
import Parser from 'rss-parser';
import type { Deps } from '../../src/deps';
import { parseFeed } from '../../src/fetchers/parse';
import { syncSources } from '../../src/fetchers/sync-sources';
import { publishItem } from '../../src/store/publish-item';
import { buildServer } from '../../src/server';
import { insertItem, setStatus } from '../support/publish-items';
import { makeTestDeps } from '../support/test-deps';

const SOURCES = [
  { id: 'wire-full', rights: 'full' },
  { id: 'wire-excerpt', rights: 'excerpt' },
  { id: 'wire-headline', rights: 'headline' },
  { id: 'wire-none', rights: 'none' },
] as const;
const PER_SOURCE = 15;
const EXCERPT_WORDS = 12;

const feedsYaml = SOURCES.map(
  (s) => `
  - id: ${s.id}
    name: ${s.id.toUpperCase()} News
    homepage: http://${s.id}.test/
    feeds: [{ url: "http://${s.id}.test/feed.xml" }]
    rights: ${s.rights}
    excerpt_words: ${EXCERPT_WORDS}
    credit: "Credit: {source} ({author})"`,
).join('');

describe('publisher outputs', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  const ids = new Map<number, string>();

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({
      db: 'postgres',
      queue: 'memory',
      feedsYaml: `sources:${feedsYaml}\n`,
      env: { WIREROOM_PUBLIC_URL: 'https://portal.example.org' },
    }));
    await syncSources(deps);
    for (let i = 0; i < PER_SOURCE; i++) {
      for (const s of SOURCES.slice(0, 3))
        ids.set(
          await insertItem(deps, { sourceId: s.id, categories: [i % 2 ? 'world' : 'sport'], authors: [`Ann ${i}`, `Bo ${i}`] }),
          s.id,
        );
    }
    app = await buildServer(deps);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await close?.();
  });

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  async function allApiItems(query = '') {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- API items are read field by field below, as the portal would
    const out: Record<string, any>[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(`/api/items?limit=13${query}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      out.push(...body.items);
      cursor = body.next_cursor;
    } while (cursor);
    return out;
  }

  it('API: every published item has a credit, the original URL, its authors and rights-limited content', async () => {
    const items = await allApiItems();
    expect(items.map((i) => i.id).sort((a, b) => a - b)).toEqual([...ids.keys()].sort((a, b) => a - b));
    for (const it of items) {
      expect(it.credit_line).toMatch(new RegExp(`^Credit: ${it.source.name} \\(Ann \\d+\\)$`));
      expect(it.url).toMatch(new RegExp(`^http://${it.source.id}\\.test/story/`));
      expect(it.authors).toHaveLength(2);
      if (it.rights === 'full') expect(it.content_html).toContain('ships returned to the quay. The harbour');
      if (it.rights === 'excerpt') {
        expect(it.summary.split(' ')).toHaveLength(EXCERPT_WORDS);
        expect(it.summary.endsWith('…')).toBe(true);
        expect(it.content_html).not.toContain('quay. The harbour reopened after the storm and ships');
      }
      if (it.rights === 'headline') expect([it.summary, it.content_html]).toEqual([null, null]);
    }
  });

  it('rights none: the single publish path refuses it', async () => {
    await expect(insertItem(deps, { sourceId: 'wire-none' })).rejects.toMatchObject({ code: 'PUBLISH_RIGHTS_NONE' });
    expect(await allApiItems('&source=wire-none')).toEqual([]);
  });

  it('no credit, no publication: the publish path refuses and the database CHECK backs it', async () => {
    const id = await insertItem(deps, { sourceId: 'wire-full', publish: false });
    await deps.db.updateTable('items').set({ credit_line: '  ' }).where('id', '=', id).execute();
    await expect(deps.db.transaction().execute((tx) => publishItem(tx, id, 'test', new Date()))).rejects.toMatchObject({
      code: 'PUBLISH_NO_CREDIT',
    });
    await expect(
      deps.db.updateTable('items').set({ status: 'published', published_on: new Date() }).where('id', '=', id).execute(),
    ).rejects.toThrow(/items_published_has_credit/);
    expect((await get(`/api/items/${id}`)).statusCode).toBe(404);
  });

  it.each(['rss', 'atom', 'json'] as const)(
    '%s feeds per source carry every item with credit, link, authors; rights applied; valid to two parsers',
    async (ext) => {
      const rss = new Parser({ customFields: { item: ['dc:creator', 'source', 'rights'] } });
      for (const s of SOURCES.slice(0, 3)) {
        const res = await get(`/feeds/source/${s.id}.${ext}`);
        expect(res.statusCode).toBe(200);
        const ours = parseFeed(res.body, { contentType: String(res.headers['content-type']) });
        if (!ours.ok) throw new Error(ours.reason);
        const want = [...ids]
          .filter(([, src]) => src === s.id)
          .map(([id]) => `https://portal.example.org/api/items/${id}`)
          .sort();
        expect(ours.feed.items.map((i) => i.guid).sort()).toEqual(want);
        for (const item of ours.feed.items) {
          expect(item.link).toMatch(new RegExp(`^http://${s.id}\\.test/story/\\d+$`));
          expect(item.authors.join('|')).toMatch(/Ann \d+\|Bo \d+/);
          expect(item.content_html).toContain(`Credit: ${s.id.toUpperCase()} News (Ann`);
          expect(item.content_html).toContain(`<a href="${item.link}"`);
          if (s.rights === 'full') expect(item.content_html).toContain('ships returned to the quay. The harbour');
          else expect(item.content_html).not.toContain('ships returned to the quay. The harbour');
          if (ext === 'rss') expect(item.source).toEqual({ name: `${s.id.toUpperCase()} News`, url: `http://${s.id}.test/` });
        }
        if (ext === 'json') {
          const doc = JSON.parse(res.body);
          expect(doc.version).toBe('https://jsonfeed.org/version/1.1');
          for (const i of doc.items) expect(i._wireroom.credit_line).toMatch(/^Credit: /);
          continue;
        }
        const theirs = await rss.parseString(res.body);
        expect(theirs.items).toHaveLength(want.length);
        for (const i of theirs.items) {
          expect(i.link).toMatch(/^http:\/\/wire-/);
          expect(i.isoDate).toBeDefined();
          expect(i.content ?? i.summary).toMatch(/Credit: WIRE-/);
          const fields = i as unknown as Record<string, unknown>;
          if (ext === 'rss') expect(fields['dc:creator']).toMatch(/^Ann \d+$/);
          if (ext === 'atom') expect(fields.author).toMatch(/^Ann \d+$/);
        }
      }
    },
  );

  it('category and all feeds; bad feed names are 400', async () => {
    const sport = await get('/feeds/category/sport.json');
    expect(JSON.parse(sport.body).items.every((i: { tags: string[] }) => i.tags.includes('sport'))).toBe(true);
    expect(JSON.parse((await get('/feeds/all.json')).body).items).toHaveLength(ids.size);
    expect((await get('/feeds/all.xml')).statusCode).toBe(400);
    expect((await get('/feeds/source/NOPE!.rss')).json().error.problems[0]).toMatch(/^source:/);
  });

  it('filters: source, category, lang, since/until, q; hostile parameters name the field', async () => {
    expect((await allApiItems('&source=wire-full')).every((i) => i.source.id === 'wire-full')).toBe(true);
    expect((await allApiItems('&category=world')).every((i) => i.categories.includes('world'))).toBe(true);
    expect(await allApiItems('&lang=fr')).toEqual([]);
    const all = await allApiItems();
    const mid = all[10]!.published_at as string;
    const since = await allApiItems(`&since=${mid}`);
    expect(since.map((i) => i.id)).toEqual(all.slice(0, 11).map((i) => i.id));
    const until = await allApiItems(`&until=${mid}`);
    expect(until.length + since.length).toBe(all.length);
    const t = all[3]!.title as string;
    expect((await allApiItems(`&q=${encodeURIComponent(`"${t}"`)}`)).map((i) => i.title)).toContain(t);
    for (const [q, field] of [
      ['limit=0', 'limit'],
      ['limit=abc', 'limit'],
      ['since=yesterday', 'since'],
      ['cursor=%27%3Bdrop', 'cursor'],
      ['source=A%20B', 'source'],
      ['cluster=-1', 'cluster'],
      ['lang=%3Cscript%3E', 'lang'],
    ]) {
      const res = await get(`/api/items?${q}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.problems[0]).toMatch(new RegExp(`^${field}:`));
    }
  });

  it('304 on unchanged list, item and feed; a takedown shows at the next request (410, absent, new ETag)', async () => {
    const [first] = [...ids.keys()];
    // Last-Modified never names the current second (http-cache.ts sentLastModified): start in a new
    // second, so every earlier write is dated before it and its date can validate.
    await new Promise((r) => setTimeout(r, 1001 - (Date.now() % 1000)));
    const list = await get('/api/items?limit=100');
    const item = await get(`/api/items/${first}`);
    const feed = await get('/feeds/all.atom');
    for (const [url, res] of [
      ['/api/items?limit=100', list],
      [`/api/items/${first}`, item],
      ['/feeds/all.atom', feed],
    ] as const) {
      expect(res.headers.etag).toBeDefined();
      expect(res.headers['last-modified']).toBeDefined();
      expect((await get(url, { 'if-none-match': String(res.headers.etag) })).statusCode).toBe(304);
    }
    expect((await get(`/api/items/${first}`, { 'if-modified-since': String(item.headers['last-modified']) })).statusCode).toBe(304);
    await setStatus(deps, first!, 'withdrawn');
    expect((await get(`/api/items/${first}`)).statusCode).toBe(410);
    const after = await get('/api/items?limit=100', { 'if-none-match': String(list.headers.etag) });
    expect(after.statusCode).toBe(200);
    expect(after.json().items.map((i: { id: number }) => i.id)).not.toContain(first);
    expect((await get('/feeds/all.atom', { 'if-none-match': String(feed.headers.etag) })).statusCode).toBe(200);
    expect((await get('/api/items/999999')).statusCode).toBe(404);
    await setStatus(deps, first!, 'published');
  });

  it('keyset pagination under concurrent inserts: no item skipped or repeated', async () => {
    const before = new Set((await allApiItems()).map((i) => i.id));
    const seen: number[] = [];
    let cursor: string | null = null;
    let n = 0;
    do {
      const [res]: [{ json(): { items: { id: number }[]; next_cursor: string | null } }, number] = await Promise.all([
        get(`/api/items?limit=5${cursor ? `&cursor=${cursor}` : ''}`),
        insertItem(deps, { sourceId: 'wire-full', sortAt: new Date(Date.UTC(2026, 10, 1) + (n++ % 2 ? 1e9 : 30_000 + n)) }),
      ]);
      const body = res.json();
      seen.push(...body.items.map((i) => i.id));
      cursor = body.next_cursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of before) expect(seen).toContain(id);
  });

  it('HTML item pages: a visible credit block on every item, rel=canonical to the original unless rights are full', async () => {
    for (const [id, src] of ids) {
      const res = await get(`/items/${id}`);
      expect(res.statusCode).toBe(200);
      const p = (await get(`/api/items/${id}`)).json();
      expect(res.body).toContain(`<aside class="wireroom-credit-block"><p class="wireroom-credit">Credit: ${src.toUpperCase()} News (Ann`);
      expect(res.body).toContain(`<a href="${p.url}" rel="nofollow">`);
      expect(res.body.includes(`<link rel="canonical" href="${p.url}">`)).toBe(src !== 'wire-full');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toMatch(/default-src 'none'.*script-src 'none'/);
    }
    expect((await get('/items/999999')).statusCode).toBe(404);
  });

  it('serves the OpenAPI 3.1 document', async () => {
    const doc = (await get('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/items', '/api/items/{id}', '/api/sources']));
  });
});
