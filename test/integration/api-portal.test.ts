/**
 * Portal API 1.0 (issue 20) on Postgres, as a portal's developers would meet it: compressed bodies,
 * validators and Cache-Control on every GET, a changed-since poll, strict parameters, API-shaped
 * errors, and the lead image in every feed format.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
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

    it('feeds are compressed; item pages (HTML) and tiny bodies are not', async () => {
      const feed = await get('/feeds/all.rss', { 'accept-encoding': 'br' });
      expect(feed.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(feed.rawPayload).toString('utf8')).toMatch(/^<\?xml/);
      expect((await get(`/items/${ids[0]}`, { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBeUndefined();
      expect((await get('/api/items?limit=1&source=nosuch', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBeUndefined();
    });
  });
});
