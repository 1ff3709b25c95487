/**
 * Wire kills: NITF `management-status="canceled"`, NewsML-G2 `pubStatus stat:canceled` and ninjs
 * `pubstatus: "withheld"` each withdraw the stored item of their guid (410 on the API, off the list,
 * an item.withdrawn event); a kill for a guid never stored stores nothing. Fixtures: test/fixtures/wire/SOURCES.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../src/deps';
import { fetchFeed } from '../../src/fetchers/fetch-feed';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { startStack, type TestStack } from '../support/stack';
import { waitFor } from '../support/test-deps';

const TOKEN = 'kill-push-secret-0123456789';
const wire = (f: string) => fs.readFileSync(path.join(__dirname, '../fixtures/wire', f), 'utf8');

const feedsYaml = (origin: string) => `
sources:
  - id: agency
    name: Agency Desk
    rights: full
    review: auto
    credit: "Source: {source}"
    push_token_env: KILL_PUSH_TOKEN
    feeds:
      - type: push
  - id: pull
    name: Pull Desk
    rights: full
    review: auto
    feeds:
      - url: ${origin}/wire/newsml.xml
        type: newsml
`;

describe('wire kills on postgres + memory', () => {
  let deps: Deps;
  let stack: TestStack | undefined;
  let app: FastifyInstance;
  let web: FixtureServer;
  const push = (body: string) =>
    app.inject({
      method: 'POST',
      url: '/ingest/agency',
      payload: body,
      headers: { 'content-type': 'application/xml', authorization: `Bearer ${TOKEN}` },
    });
  const itemOf = (guid: string) =>
    deps.db
      .selectFrom('items as i')
      .innerJoin('entries as e', 'e.id', 'i.entry_id')
      .select(['i.id', 'i.status', 'i.status_reason'])
      .where('e.guid', '=', guid)
      .executeTakeFirst();

  beforeAll(async () => {
    web = await startFixtureServer();
    stack = await startStack({
      db: 'postgres',
      queue: 'memory',
      feedsYaml: feedsYaml(web.origin),
      env: { KILL_PUSH_TOKEN: TOKEN, WIREROOM_SCHEDULER_TICK: '59s' },
      roles: ['work'],
      sync: true,
    });
    ({ deps, app } = stack);
  });

  afterAll(async () => {
    await stack?.close();
    await web?.close();
  });

  it.each([
    ['NITF', 'nitf-3.6-story.xml', 'nitf-3.6-kill.xml', 'EXA-20261127-0001', 'nitf', 'canceled'],
    [
      'NewsML-G2',
      'newsml-g2-2.33-item.xml',
      'newsml-g2-2.33-kill.xml',
      'urn:newsml:wire.example.test:20261127:exa-0002',
      'newsml',
      'canceled',
    ],
    ['ninjs', 'ninjs-2.0.json', 'ninjs-2.0-withheld.json', 'https://wire.example.test/ninjs/exa-0003', 'ninjs', 'withheld'],
  ])('a %s kill withdraws the stored item of its guid', async (_name, story, kill, guid, format, status) => {
    expect((await push(wire(story))).statusCode).toBe(202);
    const before = await itemOf(guid);
    expect(before?.status).toBe('published');
    const res = await push(wire(kill));
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ created: 0, updated: 0, items: [], withdrawn: [Number(before!.id)] });
    const after = await itemOf(guid);
    expect(after).toEqual({
      id: before!.id,
      status: 'withdrawn',
      status_reason: `withdrawn at the source: the ${format} wire marked ${guid} ${status}`,
    });
    expect((await app.inject({ url: `/api/items/${before!.id}` })).statusCode).toBe(410);
    const list = (await app.inject({ url: '/api/items' })).json() as { items: { id: number }[] };
    expect(list.items.map((i) => Number(i.id))).not.toContain(Number(before!.id));
    const events = await deps.db.selectFrom('publish_events').select('type').where('item_id', '=', before!.id).orderBy('id').execute();
    expect(events.map((e) => e.type)).toEqual(['item.published', 'item.withdrawn']);
    const audit = await deps.db
      .selectFrom('audit_log')
      .select(['actor', 'action'])
      .where('item_id', '=', before!.id)
      .where('action', '=', 'withdraw')
      .execute();
    expect(audit).toEqual([{ actor: 'wire', action: 'withdraw' }]);
  });

  it('stores nothing for a kill of a guid never stored, and a re-sent story stays withdrawn', async () => {
    const entries = await deps.db.selectFrom('entries').select('id').execute();
    const items = await deps.db.selectFrom('items').select('id').execute();
    const res = await push(wire('nitf-3.6-kill.xml').replace('EXA-20261127-0001', 'EXA-20261127-9999'));
    expect(res.statusCode).toBe(202);
    expect(await deps.db.selectFrom('entries').select('id').execute()).toHaveLength(entries.length);
    expect(await deps.db.selectFrom('items').select('id').execute()).toHaveLength(items.length);
    expect(await deps.db.selectFrom('wire_entries').select('guid').where('guid', '=', 'EXA-20261127-9999').execute()).toEqual([]);

    await push(wire('nitf-3.6-story.xml').replace('Traffic resumes on both decks', 'Traffic resumes on the upper deck'));
    expect((await itemOf('EXA-20261127-0001'))?.status).toBe('withdrawn');
  });

  it('a kill in a pulled NewsML-G2 feed withdraws the item that feed stored', async () => {
    const guid = 'urn:newsml:wire.example.test:20261127:exa-0002';
    const feed = await deps.db.selectFrom('feeds').select('id').where('source_id', '=', 'pull').executeTakeFirstOrThrow();
    web.set('/wire/newsml.xml', { body: wire('newsml-g2-2.33-item.xml'), headers: { 'content-type': 'application/xml' } });
    expect(await fetchFeed(deps, feed.id, deps.log)).toMatchObject({ outcome: 'ok', newEntries: 1 });
    const stored = await waitFor(
      async () => {
        const r = await deps.db
          .selectFrom('items as i')
          .innerJoin('entries as e', 'e.id', 'i.entry_id')
          .select(['i.id', 'i.status'])
          .where('e.guid', '=', guid)
          .where('i.source_id', '=', 'pull')
          .executeTakeFirst();
        return r?.status === 'published' ? r : undefined;
      },
      10000,
      'the pulled item published',
    );
    web.set('/wire/newsml.xml', { body: wire('newsml-g2-2.33-kill.xml'), headers: { 'content-type': 'application/xml' } });
    expect(await fetchFeed(deps, feed.id, deps.log)).toMatchObject({ outcome: 'ok', newEntries: 0 });
    const after = await deps.db
      .selectFrom('items')
      .select(['status', 'status_reason'])
      .where('id', '=', stored.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ status: 'withdrawn', status_reason: `withdrawn at the source: the newsml wire marked ${guid} canceled` });
  });
});
