/**
 * Bylines and credits are plain text in every output (issue 19): markup a publisher put in an
 * author field — a page's meta author and JSON-LD, a feed's dc:creator and <source>, a JSON Feed
 * author, a wire byline and distributor — goes through the real pipeline (fixture web → fetch →
 * article jobs → extraction → store; wire push) and comes out of the API, ninjs, the output
 * feeds, the webhook events, the public item page and the desk with the names and without the
 * tags. The payload only ever sits in author fields, so no output may contain "onmouseover".
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { insertUser } from '../../src/auth/users';
import { cheapHash } from '../support/users';
import type { Deps } from '../../src/deps';
import { schedulerTick } from '../../src/fetchers/scheduler';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { startStack, type TestStack } from '../support/stack';
import { waitFor } from '../support/test-deps';

const PUSH_TOKEN = 'push-secret-0123456789';
const EVIL = (name: string) => `<b onmouseover=alert(1)>${name}</b>`;
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Three stories of their own words (near-identical texts would be taken for duplicates). */
const STORIES = {
  harbour:
    'The harbour reopened on Friday after three weeks of repairs to the storm wall. Cranes lifted the last concrete blocks into place before dawn, and the first container ship docked at noon. Port workers said the new wall stands a metre higher than the old one. Fishermen returned to the inner basin, where the moorings had been replaced. The port authority expects traffic to reach its usual level by the end of the month, although the ferry pier stays closed for inspection.',
  ferry:
    'Ferry crews tested the new loading ramp on Thursday evening, running empty lorries on and off the vessel for two hours. The operator plans to resume the island service next week if the inspectors approve the hinge repairs. Passengers have used a temporary bus link through the valley since October. Ticket offices will honour season passes bought before the closure, and the timetable keeps its winter gaps on Sunday mornings.',
  bridge:
    'Painters finished the green coat on the old railway bridge, ending a restoration that started in spring. Volunteers scraped rust from every girder by hand, and a local foundry cast replacement rivets to the original pattern. The town council paid for scaffolding while a heritage trust raised money for the paint. Walkers may cross again from Saturday; cyclists must dismount on the narrow eastern span until the handrails are raised.',
};
const story = (k: keyof typeof STORIES) => `<p>${STORIES[k]}</p>`;

const feedsYaml = (origin: string) => `
sources:
  - id: markup-news
    name: Markup News
    homepage: ${origin}/
    feeds:
      - url: ${origin}/feed.xml
      - url: ${origin}/feed.json
    rights: full
    review: auto
    credit: "Source: {source} ({author})"
  - id: markup-wire
    name: Markup Wire Desk
    rights: full
    review: auto
    credit: "Source: {source}"
    push_token_env: MARKUP_PUSH_TOKEN
    feeds:
      - type: push
`;

/** A page whose meta author and JSON-LD author carry markup. */
function articlePage(): string {
  const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbour reopens', author: { '@type': 'Person', name: EVIL('Ann Lee') } });
  return `<!doctype html><html><head><title>Harbour reopens</title>
<meta name="author" content="${escapeXml(EVIL('Ann Lee'))}">
<script type="application/ld+json">${ld}</script></head>
<body><article><h1>Harbour reopens</h1>${story('harbour')}</article></body></html>`;
}

/** An RSS feed: one item with a page, one whose page is missing (the feed's dc:creator and <source> are all there is). */
function rssFeed(origin: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Markup News</title><link>${origin}/</link>
<item><title>Harbour reopens</title><link>${origin}/news/harbour</link><guid>harbour</guid>
  <dc:creator><![CDATA[${EVIL('Ann Lee')}]]></dc:creator><pubDate>Fri, 27 Nov 2026 09:00:00 GMT</pubDate></item>
<item><title>Ferry returns</title><link>${origin}/news/missing</link><guid>ferry</guid>
  <dc:creator>${escapeXml(EVIL('Bo Berg'))}</dc:creator><description>${escapeXml(story('ferry'))}</description>
  <source url="https://orig.example.test/feed"><![CDATA[<i onmouseover=alert(1)>Orig Times</i>]]></source>
  <pubDate>Fri, 27 Nov 2026 08:00:00 GMT</pubDate></item>
</channel></rss>`;
}

function jsonFeed(origin: string): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Markup News JSON',
    items: [
      {
        id: 'bridge',
        url: `${origin}/news/also-missing`,
        title: 'Bridge repainted',
        content_html: story('bridge'),
        date_published: '2026-11-27T07:00:00Z',
        authors: [{ name: EVIL('Cy Dahl') }],
      },
    ],
  });
}

const wireFixture = (f: string) => fs.readFileSync(path.join(__dirname, '../fixtures/wire', f), 'utf8');

describe('markup in bylines and credits through the pipeline', () => {
  let web: FixtureServer;
  let stack: TestStack | undefined;
  let deps: Deps;
  let app: FastifyInstance;
  let ids: number[] = [];

  const get = async (url: string, headers: Record<string, string> = {}) => {
    const r = await app.inject({ method: 'GET', url, headers });
    expect(r.statusCode).toBe(200);
    return r.body;
  };
  const push = (payload: string, contentType: string) =>
    app.inject({
      method: 'POST',
      url: '/ingest/markup-wire',
      payload,
      headers: { 'content-type': contentType, authorization: `Bearer ${PUSH_TOKEN}` },
    });

  beforeAll(async () => {
    web = await startFixtureServer();
    web.set('/feed.xml', { body: rssFeed(web.origin), headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
    web.set('/feed.json', { body: jsonFeed(web.origin), headers: { 'content-type': 'application/feed+json' } });
    web.set('/news/harbour', { body: articlePage(), headers: { 'content-type': 'text/html; charset=utf-8' } });
    stack = await startStack({
      db: 'postgres',
      queue: 'memory',
      feedsYaml: feedsYaml(web.origin),
      env: { WIREROOM_SCHEDULER_TICK: '59s', MARKUP_PUSH_TOKEN: PUSH_TOKEN },
      roles: ['fetch', 'work'],
      sync: true,
    });
    ({ deps, app } = stack);
    const nitf = wireFixture('nitf-3.6-story.xml')
      .replace('<byline>By <person>Ana Lima</person></byline>', `<byline>By ${escapeXml(EVIL('Ana Lima'))}</byline>`)
      .replace('<distributor>Example Wire Agency</distributor>', `<distributor>${escapeXml(EVIL('Example Wire Agency'))}</distributor>`);
    expect((await push(nitf, 'application/xml')).statusCode).toBe(202);
    const ninjs = JSON.parse(wireFixture('ninjs-1.4.json')) as Record<string, unknown>;
    expect((await push(JSON.stringify({ ...ninjs, byline: EVIL('Dee Park'), usageterms: undefined }), 'application/json')).statusCode).toBe(
      202,
    );
    await schedulerTick(deps);
    const published = async () => {
      const rows = await deps.db.selectFrom('items').select(['id', 'title', 'status', 'status_reason']).orderBy('id').execute();
      return { rows, ids: rows.filter((r) => r.status === 'published').map((r) => r.id) };
    };
    ids = await waitFor(
      async () => ((await published()).ids.length === 5 ? (await published()).ids : undefined),
      60_000,
      'five published items',
    ).catch(async (err: Error) => {
      throw new Error(`${err.message}; items: ${JSON.stringify((await published()).rows)}`);
    });
  }, 120_000);

  afterAll(async () => {
    await stack?.close();
    await web?.close();
  });

  it('stores bylines, authors, credit lines and original outlets without markup', async () => {
    const rows = await deps.db
      .selectFrom('items')
      .select(['title', 'byline', 'authors', 'credit_line', 'original_source'])
      .orderBy('id')
      .execute();
    expect(JSON.stringify(rows)).not.toMatch(/onmouseover|<\/?[bi]\b/);
    const byTitle = Object.fromEntries(rows.map((r) => [r.title, r]));
    expect(byTitle['Harbour reopens']).toMatchObject({
      byline: 'Ann Lee',
      authors: ['Ann Lee'],
      credit_line: 'Source: Markup News (Ann Lee)',
    });
    expect(byTitle['Ferry returns']).toMatchObject({
      byline: 'Bo Berg',
      authors: ['Bo Berg'],
      original_source: { name: 'Orig Times' },
      credit_line: 'Source: Orig Times, via Markup News (Bo Berg)',
    });
    expect(byTitle['Bridge repainted']).toMatchObject({ byline: 'Cy Dahl', authors: ['Cy Dahl'] });
    expect(byTitle['Harbour bridge reopens after storm repairs']).toMatchObject({
      byline: 'Ana Lima',
      credit_line: 'Source: Example Wire Agency, via Markup Wire Desk',
    });
    expect(byTitle['Council delays budget vote']).toMatchObject({ byline: 'Dee Park' });
  });

  it('the API list and item, ninjs, webhook events and every output feed carry the names and no tags', async () => {
    const list = JSON.parse(await get('/api/items?limit=50')) as { items: { byline: string; authors: string[]; credit_line: string }[] };
    expect(list.items).toHaveLength(5);
    expect(list.items.map((i) => i.byline).sort()).toEqual(['Ana Lima', 'Ann Lee', 'Bo Berg', 'Cy Dahl', 'Dee Park']);
    const outputs: Record<string, string> = { list: JSON.stringify(list) };
    for (const id of ids) {
      outputs[`item ${id}`] = await get(`/api/items/${id}`);
      outputs[`ninjs ${id}`] = await get(`/api/items/${id}.ninjs`);
      outputs[`page ${id}`] = await get(`/items/${id}`);
    }
    for (const ext of ['rss', 'atom', 'json']) outputs[`feed ${ext}`] = await get(`/feeds/all.${ext}`);
    outputs.events = await get('/api/webhooks/events?after=0');
    expect(JSON.parse(outputs.events).events.length).toBeGreaterThanOrEqual(5);
    for (const [name, body] of Object.entries(outputs)) {
      expect([name, body.includes('onmouseover')]).toEqual([name, false]);
    }
    const ninjsBy = ids.map((id) => (JSON.parse(outputs[`ninjs ${id}`]!) as { by?: string }).by).sort();
    expect(ninjsBy).toEqual(['Ana Lima', 'Ann Lee', 'Bo Berg', 'Cy Dahl', 'Dee Park']);
    expect(outputs['feed rss']).toContain('Ann Lee');
  });

  it('the desk shows the plain names', async () => {
    await insertUser(deps.db, 'eddie', 'editor', 'correct horse battery', cheapHash);
    const login = await app.inject({
      method: 'POST',
      url: '/editor/login',
      payload: { username: 'eddie', password: 'correct horse battery' },
    });
    const cookie = `wireroom_session=${login.cookies.find((c) => c.name === 'wireroom_session')!.value}`;
    for (const id of ids) {
      const page = await get(`/editor/items/${id}`, { cookie });
      expect(page).not.toContain('onmouseover');
    }
    expect(await get(`/editor/items/${ids[0]}`, { cookie })).toMatch(/Ann Lee|Bo Berg|Cy Dahl|Ana Lima|Dee Park/);
  }, 60_000);
});
