/**
 * Portal API 1.0, second part (issue 20): version history under rights, sources and categories with
 * counts, Link headers, the news sitemap, API-shaped 404/405, 410 in every representation,
 * paged feeds (RFC 5005) and the lead image in ninjs.
 */
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { buildServer } from '../../src/server';
import { insertItem, setStatus } from '../support/publish-items';
import { makeTestDeps } from '../support/test-deps';

const feedsYaml = `
sources:
  - { id: c-full, name: Full News, homepage: "http://c-full.test/", feeds: [{ url: "http://c-full.test/f" }], rights: full, categories: [politics] }
  - { id: c-excerpt, name: Excerpt News, feeds: [{ url: "http://c-excerpt.test/f" }], rights: excerpt, excerpt_words: 4 }
  - { id: c-headline, name: Headline News, feeds: [{ url: "http://c-headline.test/f" }], rights: headline }
`;
const SECRET_V1 = 'The first draft said the bridge closed at dawn. '.repeat(5);
const SECRET_V2 = 'The corrected copy says the bridge closed at noon. '.repeat(5);

describe('portal API: catalog, history and edges', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  const recent = Date.now() - 3600_000;
  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  /** Gives an item a second version the way the store does: the old one kept in item_versions with its diff. */
  const correct = async (id: number) => {
    await deps.db
      .insertInto('item_versions')
      .values({
        item_id: id,
        version: 1,
        title: 'Bridge closed at dawn',
        text: SECRET_V1,
        content_hash: 'v1',
        diff: '--- version 1\n+++ version 2\n-Bridge closed at dawn\n+Bridge closed at noon\n-' + SECRET_V1 + '\n+' + SECRET_V2,
        created_at: new Date('2026-11-02T10:00:00Z'),
      })
      .execute();
    await deps.db
      .updateTable('items')
      .set({
        version: 2,
        title: 'Bridge closed at noon',
        text: SECRET_V2,
        content_html: `<p>${SECRET_V2}</p>`,
        updated_at: sql`now()`,
      } as never)
      .where('id', '=', id)
      .execute();
  };
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({
      db: 'postgres',
      queue: 'memory',
      feedsYaml,
      env: { WIREROOM_PUBLIC_URL: 'https://wr.example', WIREROOM_PORTAL_NAME: 'The Portal' },
    }));
    await syncSources(deps);
    for (const s of ['c-full', 'c-excerpt', 'c-headline'])
      ids[s] = await insertItem(deps, { sourceId: s, title: 'Bridge closed at dawn', text: SECRET_V1, categories: ['world', 'transport'] });
    for (let i = 0; i < 5; i++)
      await insertItem(deps, { sourceId: 'c-full', categories: ['world'], sortAt: new Date(recent + i * 60_000) });
    ids.old = await insertItem(deps, { sourceId: 'c-full', categories: ['sport'], sortAt: new Date('2020-01-01T00:00:00Z') });
    for (const s of ['c-full', 'c-excerpt', 'c-headline']) await correct(ids[s]!);
    app = await buildServer(deps);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await close?.();
  });

  describe('version history', () => {
    it('full rights: every version with when and what changed, the diff included', async () => {
      const r = await get(`/api/items/${ids['c-full']}/versions`);
      expect(r.statusCode).toBe(200);
      expect(r.headers.etag).toBeDefined();
      const body = r.json();
      expect(body).toMatchObject({ item_id: ids['c-full'], rights: 'full', current_version: 2 });
      expect(body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
      const [now, first] = body.versions;
      expect(now).toMatchObject({ current: true, title: 'Bridge closed at noon', since: '2026-11-02T10:00:00.000Z', until: null });
      expect(now.changes).toEqual(['title', 'text']);
      expect(now.diff).toContain('+Bridge closed at noon');
      expect(first).toMatchObject({
        current: false,
        title: 'Bridge closed at dawn',
        until: '2026-11-02T10:00:00.000Z',
        changes: [],
        diff: null,
      });
      const revalidated = await get(`/api/items/${ids['c-full']}/versions`, { 'if-none-match': r.headers.etag as string });
      expect(revalidated.statusCode).toBe(304);
    });

    it('excerpt rights: an excerpt of each version, never the diff or the rest of the text', async () => {
      const body = (await get(`/api/items/${ids['c-excerpt']}/versions`)).json();
      expect(body.versions.map((v: { summary: string }) => v.summary)).toEqual(['The corrected copy says…', 'The first draft said…']);
      expect(body.versions.every((v: { diff: unknown }) => v.diff === null)).toBe(true);
      expect(JSON.stringify(body)).not.toContain('closed at dawn. The');
    });

    it('headline rights: headlines and dates only, no body in any version', async () => {
      const body = (await get(`/api/items/${ids['c-headline']}/versions`)).json();
      expect(body.versions).toHaveLength(2);
      expect(body.versions[0].changes).toEqual(['title', 'text']);
      for (const v of body.versions) expect(v).toMatchObject({ summary: null, diff: null });
      expect(JSON.stringify(body)).not.toMatch(/first draft|corrected copy/);
    });
  });

  describe('sources and categories', () => {
    it('/api/sources/{id} gives the source with its published count; unknown is an API 404', async () => {
      const r = await get('/api/sources/c-full');
      expect(r.json()).toMatchObject({ id: 'c-full', name: 'Full News', rights: 'full', published_items: 7 });
      expect((await get('/api/sources/c-headline')).json().published_items).toBe(1);
      const missing = await get('/api/sources/nosuch');
      expect(missing.statusCode).toBe(404);
      expect(missing.json().error.code).toBe('NOT_FOUND');
    });

    it('/api/categories counts published items per category, and a takedown lowers the count', async () => {
      const before = (await get('/api/categories')).json().categories;
      expect(before).toEqual([
        { name: 'sport', published_items: 1 },
        { name: 'transport', published_items: 3 },
        { name: 'world', published_items: 8 },
      ]);
      const extra = await insertItem(deps, { sourceId: 'c-full', categories: ['weather'] });
      expect((await get('/api/categories')).json().categories).toContainEqual({ name: 'weather', published_items: 1 });
      await setStatus(deps, extra, 'withdrawn');
      expect((await get('/api/categories')).json().categories.map((c: { name: string }) => c.name)).not.toContain('weather');
    });
  });

  describe('Link headers', () => {
    it('a list page links rel=next to the next page, and later pages link rel=first', async () => {
      const p1 = await get('/api/items?limit=3&source=c-full');
      const next = /<([^>]+)>; rel="next"/.exec(String(p1.headers.link))?.[1];
      expect(next).toBe(`https://wr.example/api/items?limit=3&source=c-full&cursor=${p1.json().next_cursor}`);
      const p2 = await get(next!.replace('https://wr.example', ''));
      expect(p2.json().items[0].id).not.toBe(p1.json().items[0].id);
      expect(p2.headers.link).toContain('<https://wr.example/api/items?limit=3&source=c-full>; rel="first"');
      const last = await get('/api/items?limit=50&source=c-full');
      expect(last.headers.link).toBeUndefined();
      // The cached path (keys only) links the same.
      expect((await get('/api/items?limit=3&source=c-full')).headers.link).toBe(p1.headers.link);
    });

    it('the ninjs list and the event log link their next page too', async () => {
      expect((await get('/api/items?limit=2&format=ninjs')).headers.link).toMatch(/format=ninjs&cursor=[^>]+>; rel="next"/);
      const events = await get('/api/webhooks/events?limit=2');
      expect(events.headers.link).toBe(`<https://wr.example/api/webhooks/events?limit=2&after=${events.json().next_cursor}>; rel="next"`);
    });
  });

  describe('news sitemap', () => {
    it('lists the last two days in Google News format, our item pages without WIREROOM_PORTAL_ITEM_URL', async () => {
      const r = await get('/sitemap-news.xml');
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toMatch(/^application\/xml/);
      const xml = r.body;
      expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
      expect(xml).toContain('<news:publication><news:name>The Portal</news:name><news:language>en</news:language></news:publication>');
      expect(xml.match(/<url>/g)).toHaveLength(5);
      expect(xml).not.toContain(`/items/${ids.old}<`);
      expect(xml).toMatch(/<loc>https:\/\/wr\.example\/items\/\d+<\/loc>/);
      expect(xml).toMatch(/<news:publication_date>\d{4}-\d\d-\d\dT[\d:.]+Z<\/news:publication_date><news:title>Story \d+<\/news:title>/);
      expect((await get('/sitemap-news.xml', { 'if-none-match': r.headers.etag as string })).statusCode).toBe(304);
    });

    it("lists the portal's own URLs when WIREROOM_PORTAL_ITEM_URL is set", async () => {
      const other = await makeTestDeps({
        db: 'postgres',
        queue: 'memory',
        feedsYaml,
        env: { WIREROOM_PORTAL_ITEM_URL: 'https://portal.example/news/{id}' },
      });
      try {
        await syncSources(other.deps);
        const id = await insertItem(other.deps, { sourceId: 'c-full', sortAt: new Date(recent) });
        const server = await buildServer(other.deps);
        const xml = (await server.inject('/sitemap-news.xml')).body;
        await server.close();
        expect(xml).toContain(`<loc>https://portal.example/news/${id}</loc>`);
        expect(xml).toContain('<news:name>wireroom</news:name>');
      } finally {
        await other.close();
      }
    });
  });

  describe('errors', () => {
    it('a wrong method on a known /api route is a 405 with Allow; an unknown route an API 404', async () => {
      const r = await app.inject({ method: 'DELETE', url: `/api/items/${ids['c-full']}` });
      expect(r.statusCode).toBe(405);
      expect(r.headers.allow).toBe('GET, HEAD');
      expect(r.json().error.code).toBe('METHOD_NOT_ALLOWED');
      expect((await app.inject({ method: 'POST', url: '/api/sources' })).headers.allow).toBe('GET, HEAD');
      expect((await app.inject({ method: 'GET', url: '/api/clusters/merge' })).statusCode).toBe(400);
      const unknown = await get('/api/nothing/here');
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().error.code).toBe('NOT_FOUND');
    });

    it('a withdrawn item is 410 in every representation', async () => {
      const id = await insertItem(deps, { sourceId: 'c-full' });
      await setStatus(deps, id, 'withdrawn');
      for (const url of [`/api/items/${id}`, `/api/items/${id}.ninjs`, `/api/items/${id}/versions`, `/items/${id}`])
        expect([url, (await get(url)).statusCode]).toEqual([url, 410]);
    });

    it('feeds of unknown sources and categories are 404; known but empty categories are 200', async () => {
      expect((await get('/feeds/source/nosuch.rss')).statusCode).toBe(404);
      const cat = await get('/feeds/category/nosuch.atom');
      expect(cat.statusCode).toBe(404);
      expect(cat.json().error.message).toContain('/api/categories');
      // "politics" is a category of the c-full source, though no item carries it yet.
      expect((await get('/feeds/category/politics.json')).statusCode).toBe(200);
    });
  });

  describe('paged feeds (RFC 5005)', () => {
    it('limit and rel=next in RSS (atom:link), Atom, JSON Feed (next_url) and the Link header; the next page continues', async () => {
      const rss = await get('/feeds/source/c-full.rss?limit=2');
      const next = /<atom:link rel="next" href="([^"]+)"\/>/.exec(rss.body)?.[1]?.replaceAll('&amp;', '&');
      expect(next).toMatch(/^https:\/\/wr\.example\/feeds\/source\/c-full\.rss\?limit=2&cursor=/);
      expect(rss.headers.link).toContain(`<${next}>; rel="next"`);
      expect(rss.body.match(/<item>/g)).toHaveLength(2);
      const page2 = await get(next!.replace('https://wr.example', ''));
      expect(page2.body).toContain('<atom:link rel="first" href="https://wr.example/feeds/source/c-full.rss?limit=2"/>');
      const guids = (b: string) => [...b.matchAll(/<guid[^>]*>([^<]+)</g)].map((m) => m[1]);
      expect(guids(page2.body).some((g) => guids(rss.body).includes(g))).toBe(false);
      const atom = await get('/feeds/all.atom?limit=1');
      expect(atom.body).toMatch(/<link rel="next" href="https:\/\/wr\.example\/feeds\/all\.atom\?limit=1&amp;cursor=[^"]+"\/>/);
      const json = (await get('/feeds/all.json?limit=1')).json();
      expect(json.next_url).toMatch(/^https:\/\/wr\.example\/feeds\/all\.json\?limit=1&cursor=/);
      expect((await get('/feeds/all.json?limit=200')).json().next_url).toBeUndefined();
      expect((await get('/feeds/all.rss?cursor=zzz')).statusCode).toBe(400);
    });
  });

  describe('ninjs lead image', () => {
    it('full rights carry the lead image as an association with its rendition; other rights none', async () => {
      const image = { url: 'https://img.example/photo.png', caption: 'The bridge', credit: 'Photo: A. Lens', width: 1200, height: 800 };
      for (const s of ['c-full', 'c-excerpt'])
        await deps.db
          .updateTable('items')
          .set({ lead_image: JSON.stringify(image) } as never)
          .where('id', '=', ids[s]!)
          .execute();
      const full = (await get(`/api/items/${ids['c-full']}.ninjs`)).json();
      expect(full.associations).toEqual([
        {
          name: 'featureimage',
          uri: image.url,
          type: 'picture',
          representationtype: 'full',
          renditions: [{ name: 'original', href: image.url, contenttype: 'image/png', width: 1200, height: 800 }],
          descriptions: [{ role: 'caption', contenttype: 'text/plain', value: 'The bridge' }],
          creditline: 'Photo: A. Lens',
        },
      ]);
      expect((await get(`/api/items/${ids['c-excerpt']}.ninjs`)).json().associations).toBeUndefined();
    });
  });
});
