/**
 * Push channel and ninjs output: partners POST NITF, NewsML-G2 and ninjs to /ingest/<source>;
 * each ends as a credited item in /api/items with its usage terms honoured, and as ninjs 2.0.
 * (Postgres here for speed; the same file passed on PGlite, set db: 'pglite' to check.)
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { buildServer } from '../../src/server';
import { makeTestDeps } from '../support/test-deps';

const TOKEN = 'push-secret-0123456789';
const wire = (f: string) => fs.readFileSync(path.join(__dirname, '../fixtures/wire', f));

const feedsYaml = `
sources:
  - id: agency
    name: Agency Desk
    rights: full
    review: auto
    credit: "Source: {source}"
    push_token_env: AGENCY_PUSH_TOKEN
    feeds:
      - type: push
  - id: quiet
    name: Quiet Partner
    push_token_env: QUIET_PUSH_TOKEN_UNSET
    feeds:
      - type: push
`;

describe('wire push on postgres + memory', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  const push = (body: Buffer | string, auth: string | null = `Bearer ${TOKEN}`, source = 'agency') =>
    app.inject({
      method: 'POST',
      url: `/ingest/${source}`,
      payload: body,
      headers: { 'content-type': 'application/xml', ...(auth ? { authorization: auth } : {}) },
    });

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({
      db: 'postgres',
      queue: 'memory',
      feedsYaml,
      env: { AGENCY_PUSH_TOKEN: TOKEN, WIREROOM_PUBLIC_URL: 'https://portal.example.test' },
    }));
    await syncSources(deps);
    app = await buildServer(deps);
  });

  afterAll(async () => {
    await app?.close();
    await close?.();
  });

  it('refuses a push without the right token with 401 and leaves no trace in the database', async () => {
    for (const auth of [null, 'Bearer wrong-token', `Basic ${TOKEN}`])
      expect((await push(wire('nitf-3.6-story.xml'), auth)).statusCode).toBe(401);
    expect((await push(wire('nitf-3.6-story.xml'), `Bearer ${TOKEN}`, 'quiet')).statusCode).toBe(401);
    expect(await deps.db.selectFrom('wire_ingests').select('id').execute()).toEqual([]);
    expect(await deps.db.selectFrom('entries').select('id').execute()).toEqual([]);
  });

  it.each([
    ['bad-nitf-invalid-xml.xml', 'WIRE_INVALID_XML'],
    ['bad-nitf-version-2.5.xml', 'WIRE_UNKNOWN_VERSION'],
    ['bad-newsml-no-headline.xml', 'WIRE_MISSING_FIELD'],
  ])('answers 400 to %s and stores nothing', async (file, code) => {
    const res = await push(wire(file));
    expect(res.statusCode).toBe(400);
    const body = res.json() as { error: { code: string; problems: string[] } };
    expect(body.error.code).toBe(code);
    expect(body.error.problems[0]).toBeTruthy();
    expect(await deps.db.selectFrom('entries').select('id').execute()).toEqual([]);
    expect(await deps.db.selectFrom('items').select('id').execute()).toEqual([]);
  });

  it('publishes an NITF story with the creditline in the credit', async () => {
    const res = await push(wire('nitf-3.6-story.xml'));
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ format: 'nitf', created: 1, items: [{ status: 'published' }] });
    const list = (await app.inject({ url: '/api/items' })).json() as {
      items: { title: string; credit_line: string; content_html: string | null; original_source: unknown; byline: string }[];
    };
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      title: 'Harbour bridge reopens after storm repairs',
      credit_line: 'Source: Example Wire Agency, via Agency Desk',
      byline: 'Ana Lima',
      original_source: { name: 'Example Wire Agency', url: null },
    });
    expect(list.items[0]?.content_html).toContain('expansion joints');
  });

  it('is idempotent: the same document pushed twice stores one item', async () => {
    const res = await push(wire('nitf-3.6-story.xml'));
    expect(res.json()).toMatchObject({ created: 0, updated: 0, items: [] });
    expect(await deps.db.selectFrom('items').select('id').execute()).toHaveLength(1);
  });

  it('honours NewsML-G2 "Headline only" usage terms: title and credit, no text', async () => {
    const res = await push(wire('newsml-g2-2.33-item.xml'));
    expect(res.json()).toMatchObject({ format: 'newsml', items: [{ status: 'published' }] });
    const id = (res.json() as { items: { id: number }[] }).items[0]!.id;
    const item = (await app.inject({ url: `/api/items/${id}` })).json() as Record<string, unknown>;
    expect(item).toMatchObject({
      title: 'Ferry timetable changes for winter',
      credit_line: 'Source: Example Wire Agency, via Agency Desk',
      content_html: null,
      summary: null,
    });
    const row = await deps.db
      .selectFrom('items')
      .select(['text', 'content_html', 'rights_notice'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ text: null, content_html: null, rights_notice: 'Headline only: subscribers may show the headline with a link.' });
    const ninjs = (await app.inject({ url: `/api/items/${id}.ninjs` })).json() as {
      representationtype: string;
      bodies?: unknown;
      rightsinfo: { encodedrights: string };
      usageterms: string;
    };
    expect(ninjs).toMatchObject({ representationtype: 'partial' });
    expect(ninjs.bodies).toBeUndefined();
    expect(JSON.parse(ninjs.rightsinfo.encodedrights)).toMatchObject({ rights: 'headline' });
    expect(ninjs.usageterms).toMatch(/^Rights: headline\. Credit: Source: Example Wire Agency, via Agency Desk\. Headline only/);
  });

  it('holds a ninjs 1.4 document marked "Not for republication" and never publishes it', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/ingest/agency',
      payload: wire('ninjs-1.4.json'),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    });
    expect(res.json()).toMatchObject({ format: 'ninjs', items: [{ status: 'held' }] });
    const id = (res.json() as { items: { id: number }[] }).items[0]!.id;
    expect((await app.inject({ url: `/api/items/${id}` })).statusCode).toBe(404);
  });

  it('publishes ninjs 2.0 and serves it back as ninjs 2.0 with credit, rights and sources', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/ingest/agency',
      payload: wire('ninjs-2.0.json'),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    });
    const id = (res.json() as { items: { id: number; status: string }[] }).items[0]!.id;
    const out = await app.inject({ url: `/api/items/${id}.ninjs` });
    expect(out.statusCode).toBe(200);
    expect(out.json()).toMatchObject({
      uri: `https://portal.example.test/api/items/${id}.ninjs`,
      standard: { name: 'ninjs', version: '2.0' },
      headlines: [{ role: 'main', value: 'Library extends opening hours' }],
      by: 'Carla Mendes',
      located: 'PORTVILLE',
      copyrightholder: 'Example Wire Agency',
      representationtype: 'full',
      infosources: [{ name: 'Agency Desk' }, { name: 'Example Wire Agency' }],
    });
    const n = out.json() as { usageterms: string; bodies: { value: string }[]; rightsinfo: { encodedrights: string } };
    expect(n.usageterms).toContain('Credit: Source: Example Wire Agency, via Agency Desk.');
    expect(n.usageterms).toContain('Free for use by subscribers.');
    expect(JSON.parse(n.rightsinfo.encodedrights)).toEqual({ rights: 'full', credit_line: 'Source: Example Wire Agency, via Agency Desk' });
    expect(n.bodies[0]?.value).toContain('central library');
  });

  it('lists published items as ninjs with ?format=ninjs and rejects unknown formats', async () => {
    const res = await app.inject({ url: '/api/items?format=ninjs&limit=10' });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { items: { headlines: { value: string }[]; bodies?: unknown }[] };
    expect(body.items.map((i) => i.headlines[0]?.value).sort()).toEqual([
      'Ferry timetable changes for winter',
      'Harbour bridge reopens after storm repairs',
      'Library extends opening hours',
    ]);
    expect(body.items.find((i) => i.headlines[0]?.value.startsWith('Ferry'))?.bodies).toBeUndefined();
    expect((await app.inject({ url: '/api/items?format=xml' })).statusCode).toBe(400);
    expect(((await app.inject({ url: '/api/items?format=json' })).json() as { items: unknown[] }).items).toHaveLength(3);
  });
});
