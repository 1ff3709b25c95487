/**
 * Portal API 1.0 (issue 20) on Postgres, as a portal's developers would meet it: compressed bodies,
 * validators and Cache-Control on every GET, a changed-since poll, strict parameters, API-shaped
 * errors, and the lead image in every feed format.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import Parser from 'rss-parser';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { openApiDocument } from '../../src/publish/api/openapi';
import { buildServer } from '../../src/server';
import { insertItem } from '../support/publish-items';
import { makeTestDeps } from '../support/test-deps';

const SOURCES = [
  { id: 'p-full', rights: 'full' },
  { id: 'p-excerpt', rights: 'excerpt' },
  { id: 'p-headline', rights: 'headline' },
] as const;
const PER_SOURCE = 20;
const feedsYaml =
  'sources:' +
  SOURCES.map(
    (s) => `
  - id: ${s.id}
    name: ${s.id.toUpperCase()} News
    homepage: http://${s.id}.test/
    feeds: [{ url: "http://${s.id}.test/feed.xml" }]
    rights: ${s.rights}
    excerpt_words: 30`,
  ).join('') +
  '\n';

describe('portal API', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  const ids: number[] = [];

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({
      db: 'postgres',
      queue: 'memory',
      feedsYaml,
      env: { WIREROOM_PUBLIC_URL: 'https://portal.example.org' },
    }));
    await syncSources(deps);
    for (let i = 0; i < PER_SOURCE; i++) for (const s of SOURCES) ids.push(await insertItem(deps, { sourceId: s.id }));
    app = await buildServer(deps);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await close?.();
  });

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
  const clusterId = async () => {
    const { id } = await deps.db
      .insertInto('clusters')
      .values({ representative_item_id: ids[0]! } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.db
      .updateTable('items')
      .set({ cluster_id: id } as never)
      .where('id', '=', ids[0]!)
      .execute();
    return Number(id);
  };

  describe('compression', () => {
    it('a 50-item page goes out as br or gzip when accepted, the same JSON once decoded, with a weak ETag that still revalidates', async () => {
      const plain = await get('/api/items?limit=50');
      const gz = await get('/api/items?limit=50', { 'accept-encoding': 'gzip' });
      const br = await get('/api/items?limit=50', { 'accept-encoding': 'gzip, br' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect([gz.headers['content-encoding'], br.headers['content-encoding']]).toEqual(['gzip', 'br']);
      expect(gz.headers.vary).toMatch(/accept-encoding/i);
      expect(JSON.parse(gunzipSync(gz.rawPayload).toString('utf8'))).toEqual(plain.json());
      expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString('utf8'))).toEqual(plain.json());
      expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
      expect(gz.headers.etag).toBe(`W/${plain.headers.etag}`);
      expect((await get('/api/items?limit=50', { 'accept-encoding': 'gzip', 'if-none-match': String(gz.headers.etag) })).statusCode).toBe(
        304,
      );
      expect((await get('/api/items?limit=50', { 'if-none-match': String(gz.headers.etag) })).statusCode).toBe(304);
    });

    it('with and without the page cache (compressed once per page version, or per request), the same JSON arrives', async () => {
      const uncached = await buildServer({ ...deps, settings: { ...deps.settings, api: { ...deps.settings.api, pageCacheBytes: 0 } } });
      try {
        for (const encoding of ['br', 'gzip'] as const) {
          const decode = (b: Buffer) => JSON.parse((encoding === 'br' ? brotliDecompressSync(b) : gunzipSync(b)).toString('utf8'));
          const headers = { 'accept-encoding': encoding };
          const [a, b, c] = [
            await get('/api/items?limit=40', headers),
            await get('/api/items?limit=40', headers),
            await uncached.inject({ url: '/api/items?limit=40', headers }),
          ];
          for (const r of [a, b, c]) expect(r.headers['content-encoding']).toBe(encoding);
          expect(decode(b.rawPayload)).toEqual(decode(a.rawPayload));
          expect(decode(c.rawPayload)).toEqual(decode(a.rawPayload));
          expect(b.headers.vary).toMatch(/Accept-Encoding/i);
        }
      } finally {
        await uncached.close();
      }
    });

    it('feeds are compressed; item pages (HTML) and tiny bodies are not', async () => {
      const feed = await get('/feeds/all.rss', { 'accept-encoding': 'br' });
      expect(feed.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(feed.rawPayload).toString('utf8')).toMatch(/^<\?xml/);
      expect((await get(`/items/${ids[0]}`, { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBeUndefined();
      expect((await get('/api/items?limit=1&source=nosuch', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBeUndefined();
    });
  });

  describe('caching', () => {
    it.each([
      '/api/sources',
      '/api/clusters/CLUSTER',
      '/api/openapi.json',
      '/api/webhooks/events',
      '/api/items/ITEM.ninjs',
      '/api/items?format=ninjs',
    ])('%s: ETag and Cache-Control, 304 on If-None-Match, headers exposed to browsers', async (path) => {
      const url = path.replace('CLUSTER', String(await clusterId())).replace('ITEM', String(ids[0]));
      const res = await get(url, { origin: 'https://portal.example.org' });
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(String(res.headers['access-control-expose-headers'])).toMatch(
        /ETag.*Last-Modified.*Link.*Retry-After.*X-RateLimit-Remaining/i,
      );
      const again = await get(url, { 'if-none-match': String(res.headers.etag) });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
    });

    it('If-Modified-Since alone gives 304 on lists, feeds and sources until anything they show changes', async () => {
      await new Promise((r) => setTimeout(r, 1100)); // Last-Modified never names the current second
      for (const url of [
        '/api/items?limit=10',
        '/api/items?limit=10&source=p-full',
        '/feeds/all.rss',
        '/feeds/source/p-excerpt.json',
        '/api/sources',
      ]) {
        const res = await get(url);
        const lm = String(res.headers['last-modified']);
        expect(Date.parse(lm)).toBeLessThan(Date.now());
        expect((await get(url, { 'if-modified-since': lm })).statusCode).toBe(304);
      }
      const lm = String((await get('/api/items?limit=10')).headers['last-modified']);
      // A takedown leaves nothing newer on the page; the list is still modified.
      await deps.db
        .updateTable('items')
        .set({ status: 'withdrawn', updated_at: new Date() } as never)
        .where('id', '=', ids[ids.length - 1]!)
        .execute();
      expect((await get('/api/items?limit=10', { 'if-modified-since': lm })).statusCode).toBe(200);
      expect((await get('/feeds/all.rss', { 'if-modified-since': lm })).statusCode).toBe(200);
      await deps.db
        .updateTable('items')
        .set({ status: 'published', updated_at: new Date() } as never)
        .where('id', '=', ids[ids.length - 1]!)
        .execute();
    });
  });

  describe('changed since', () => {
    type Page = { items: { id: number; updated_at: string }[]; next_cursor: string | null };
    async function walk(query: string, limit: number) {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const res = await get(`/api/items?limit=${limit}&${query}${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.statusCode).toBe(200);
        const body = res.json<Page>();
        seen.push(...body.items.map((i) => i.id));
        cursor = body.next_cursor;
      } while (cursor);
      return seen;
    }

    it('a poller with updated_since and sort=updated sees a back-dated new item and an updated old one, newest change first', async () => {
      const since = new Date(Date.now() - 1000).toISOString();
      const backDated = await insertItem(deps, { sourceId: 'p-full', sortAt: new Date('2020-01-01T00:00:00Z') });
      const old = ids[3]!;
      await deps.db
        .updateTable('items')
        .set({ version: 2, updated_at: new Date(Date.now() + 5) } as never)
        .where('id', '=', old)
        .execute();
      const newestFirst = (await walk('', 200)).indexOf(backDated);
      expect(newestFirst).toBeGreaterThan(50); // where a poller of page 1 never looks
      const changed = await walk(`updated_since=${encodeURIComponent(since)}&sort=updated`, 1);
      expect(changed).toEqual(expect.arrayContaining([backDated, old]));
      expect(changed.indexOf(old)).toBeLessThan(changed.indexOf(backDated));
      expect(changed).not.toContain(ids[4]);
    });

    it('sort=updated pages by whole microseconds: rows inside one millisecond are neither skipped nor repeated', async () => {
      const some = ids.slice(10, 16);
      for (const [i, id] of some.entries())
        await sql`UPDATE items SET updated_at = timestamptz '2030-01-01T00:00:00.123Z' + ${i * 100} * interval '1 microsecond' WHERE id = ${id}`.execute(
          deps.db,
        );
      const all = await walk('sort=updated', 2);
      expect(new Set(all).size).toBe(all.length);
      expect(all.slice(0, some.length).sort()).toEqual([...some].sort());
      for (const id of ids) if (id !== ids[ids.length - 1]) expect(all).toContain(id);
    });

    it('a cursor continues only the order it came from', async () => {
      const page = (await get('/api/items?limit=2&sort=updated')).json<Page>();
      const res = await get(`/api/items?limit=2&cursor=${page.next_cursor}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(/sort=updated/);
      expect((await get('/api/items?sort=newest')).json().error.message).toMatch(/sort must be published .* or updated/);
      expect((await get('/api/items?updated_since=yesterday')).statusCode).toBe(400);
    });
  });

  describe('loose edges', () => {
    it('an unknown parameter is a 400 naming it, the nearest known one and the list', async () => {
      const res = await get('/api/items?sourec=p-full');
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(
        /^unknown parameter sourec; did you mean source\? \(the parameters here are limit, cursor, source,/,
      );
      expect((await get('/api/sources?zzzzzz=1')).json().error.message).toBe('unknown parameter zzzzzz (this route takes no parameters)');
      expect((await get('/feeds/all.rss?limt=5')).json().error.message).toMatch(/did you mean limit\?/);
      expect((await get('/api/webhooks/events?afte=0')).json().error.message).toMatch(/did you mean after\?/);
      expect((await get('/api/items?format=ninjs&limit=2&source=p-full')).statusCode).toBe(200);
    });

    it('an unknown route answers the API error shape', async () => {
      for (const url of ['/api/nosuch', '/api/items/1/nosuch', '/feeds/a/b/c.rss']) {
        const res = await get(url);
        expect(res.statusCode).toBe(404);
        expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.stringMatching(/^no route GET /) } });
      }
    });

    it('a withdrawn item is 410 as ninjs too; an unknown feed source is 404', async () => {
      const id = await insertItem(deps, { sourceId: 'p-full' });
      await deps.db
        .updateTable('items')
        .set({ status: 'withdrawn', updated_at: new Date() } as never)
        .where('id', '=', id)
        .execute();
      for (const url of [`/api/items/${id}`, `/api/items/${id}.ninjs`]) expect([url, (await get(url)).statusCode]).toEqual([url, 410]);
      expect((await get('/api/items/99999999.ninjs')).statusCode).toBe(404);
      const feed = await get('/feeds/source/nosuch.rss');
      expect(feed.statusCode).toBe(404);
      expect(feed.json().error.message).toMatch(/no source nosuch/);
    });

    it.each(['rss', 'atom', 'json'])('%s feeds honour limit, bounded', async (ext) => {
      const count = (body: string) =>
        ext === 'json' ? JSON.parse(body).items.length : body.split(ext === 'rss' ? '<item>' : '<entry>').length - 1;
      expect(count((await get(`/feeds/all.${ext}?limit=3`)).body)).toBe(3);
      expect(count((await get(`/feeds/all.${ext}`)).body)).toBe(50);
      expect(count((await get(`/feeds/all.${ext}?limit=200`)).body)).toBeGreaterThan(50);
      expect((await get(`/feeds/all.${ext}?limit=201`)).json().error.message).toMatch(/limit must be at most 200/);
    });
  });

  describe('images', () => {
    const image = {
      url: 'https://cdn.p-full.test/harbour.jpg?w=1200',
      caption: 'Ships at the quay',
      credit: 'Photo: A. Lens',
      width: 1200,
      height: 800,
    };

    it('the lead image goes into RSS (enclosure, media:content with credit), Atom (rel=enclosure) and JSON Feed (image), as the API shows it', async () => {
      const full = await insertItem(deps, { sourceId: 'p-full', sortAt: new Date('2031-01-01T00:00:00Z') });
      const headline = await insertItem(deps, { sourceId: 'p-headline', sortAt: new Date('2031-01-01T00:00:01Z') });
      await deps.db
        .updateTable('items')
        .set({ lead_image: JSON.stringify(image) } as never)
        .where('id', 'in', [full, headline])
        .execute();
      expect((await get(`/api/items/${full}`)).json().lead_image).toEqual(image);
      expect((await get(`/api/items/${headline}`)).json().lead_image).toBeNull();

      const rss = await new Parser({ customFields: { item: [['media:content', 'media']] } }).parseString(
        (await get('/feeds/all.rss?limit=2')).body,
      );
      const [h, f] = rss.items as unknown as { guid: string; enclosure?: { url: string; type: string }; media?: { $: { url: string } } }[];
      expect(h!.guid).toMatch(new RegExp(`/${headline}$`));
      expect([h!.enclosure, h!.media]).toEqual([undefined, undefined]);
      expect(f!.enclosure).toMatchObject({ url: image.url, type: 'image/jpeg' });
      expect(f!.media?.$).toMatchObject({ url: image.url, medium: 'image', width: '1200', height: '800' });
      expect((await get('/feeds/all.rss?limit=2')).body).toContain('<media:credit>Photo: A. Lens</media:credit>');

      const atom = (await get('/feeds/all.atom?limit=2')).body;
      expect(atom.match(/<link rel="enclosure"[^>]*>/g)).toEqual([
        `<link rel="enclosure" type="image/jpeg" href="${image.url.replace('&', '&amp;')}"/>`,
      ]);
      const json = (await get('/feeds/all.json?limit=2')).json();
      expect(json.items.map((i: { image?: string }) => i.image)).toEqual([undefined, image.url]);
      expect(json.items[1]._wireroom.image.credit).toBe('Photo: A. Lens');
      await deps.db
        .updateTable('items')
        .set({ sort_at: new Date('2020-01-01T00:00:00Z') } as never)
        .where('id', 'in', [full, headline])
        .execute();
    });
  });

  describe('OpenAPI', () => {
    const doc = openApiDocument();
    // The document's schemas under one $id, so "#/components/schemas/X" refs resolve as they do for a client.
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    ajv.addSchema({ $id: 'doc', components: doc.components }, 'doc');
    const check = (schema: string, value: unknown) => {
      const validate = ajv.getSchema(`doc#/components/schemas/${schema}`)!;
      expect([schema, validate(value) ? 'valid' : ajv.errorsText(validate.errors)]).toEqual([schema, 'valid']);
    };

    it('live answers match their schemas: items (cluster, original_source, lead_image), ninjs, sources, clusters, events', async () => {
      await deps.db
        .updateTable('items')
        .set({ original_source: JSON.stringify({ name: 'Wire Co', url: 'https://wire.test/' }) } as never)
        .where('id', '=', ids[0]!)
        .execute();
      const cluster = await clusterId();
      for (const it of (await get('/api/items?limit=200')).json().items) check('Item', it);
      check('Item', (await get(`/api/items/${ids[0]}`)).json());
      for (const it of (await get('/api/items?limit=5&format=ninjs')).json().items) check('NinjsItem', it);
      check('NinjsItem', (await get(`/api/items/${ids[0]}.ninjs`)).json());
      for (const src of (await get('/api/sources')).json().sources) check('Source', src);
      check('ClusterDetail', (await get(`/api/clusters/${cluster}`)).json());
      const events = (await get('/api/webhooks/events?limit=5')).json().events;
      expect(events.length).toBeGreaterThan(0);
      for (const e of events) check('Event', e);
      check('Error', (await get('/api/items?sourec=x')).json());
    });

    it('documents the ninjs route, the change filters and the 401/429 answers of every portal GET', () => {
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/items/{id}.ninjs', '/api/clusters/{id}', '/api/openapi.json']));
      const names = doc.paths['/api/items'].get.parameters.map((p) => p.name);
      expect(names).toEqual(expect.arrayContaining(['updated_since', 'sort', 'format']));
      for (const [path, item] of Object.entries(doc.paths) as [string, { get?: { responses: Record<string, unknown> } }][]) {
        if (!item.get || path === '/api/openapi.json' || !/^\/(api\/(items|sources|clusters|categories|webhooks\/events)|feeds)/.test(path))
          continue;
        expect([path, Object.keys(item.get.responses)]).toEqual([path, expect.arrayContaining(['401', '429'])]);
      }
    });
  });
});
