/**
 * WIREROOM_API_REVALIDATE_MS: a serve process reuses a list URL's check of what changed for that
 * long, so a change shows on /api/items within the window and not necessarily before; a single
 * item never waits. The clock is the server's own (deps.clock), moved by hand.
 */
import type { FastifyInstance } from 'fastify';
import { fixedClock } from '../../src/clock';
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { buildServer } from '../../src/server';
import { insertItem, setStatus } from '../support/publish-items';
import { makeTestDeps } from '../support/test-deps';

const feedsYaml = `sources:
  - id: reval
    name: Revalidate Wire
    homepage: http://reval.test/
    feeds: [{ url: "http://reval.test/feed.xml" }]
    rights: full
`;
const WINDOW_MS = 1000;

describe('list revalidation window', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  const clock = fixedClock('2026-12-05T12:00:00Z');
  const ids: number[] = [];

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({ db: 'postgres', queue: 'memory', feedsYaml }));
    await syncSources(deps);
    for (let i = 0; i < 3; i++) ids.push(await insertItem(deps, { sourceId: 'reval', text: `Story ${i} of the harbour.` }));
    app = await buildServer({ ...deps, clock, settings: { ...deps.settings, api: { ...deps.settings.api, revalidateMs: WINDOW_MS } } });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await close?.();
  });

  const list = async (headers: Record<string, string> = {}) => {
    const res = await app.inject({ method: 'GET', url: '/api/items', headers });
    return {
      status: res.statusCode,
      etag: String(res.headers.etag),
      ids: res.statusCode === 200 ? (res.json() as { items: { id: number }[] }).items.map((i) => i.id) : [],
    };
  };

  it('shows a withdrawal on the list once the window has passed, and at once on the item', async () => {
    const before = await list();
    expect(before.ids.sort()).toEqual([...ids].sort());
    const gone = ids[1]!;
    await setStatus(deps, gone, 'withdrawn');

    // Inside the window the list still answers from the check it made, page and 304 alike.
    clock.advance(WINDOW_MS - 1);
    expect((await list()).etag).toBe(before.etag);
    expect((await list({ 'if-none-match': before.etag })).status).toBe(304);
    // The item itself is read every time.
    expect((await app.inject({ method: 'GET', url: `/api/items/${gone}` })).statusCode).toBe(410);

    clock.advance(1);
    const after = await list();
    expect(after.etag).not.toBe(before.etag);
    expect(after.ids).not.toContain(gone);
    expect((await list({ 'if-none-match': before.etag })).status).toBe(200);
  });

  it('keeps the window per URL: a list not asked before reads the current rows', async () => {
    const published = ids[0]!;
    await setStatus(deps, published, 'withdrawn');
    const fresh = await app.inject({ method: 'GET', url: '/api/items?limit=10' });
    expect((fresh.json() as { items: { id: number }[] }).items.map((i) => i.id)).not.toContain(published);
  });
});
