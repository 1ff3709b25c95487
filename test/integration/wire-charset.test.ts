/**
 * Issue 15: wire copy declared `encoding="ISO-8859-1"` reads the same on every channel — watched
 * folder, push (POST /ingest/<source>), HTTP pull and a WebSub delivery — because each decodes
 * through src/text.
 * Before, every channel decoded as UTF-8 and stored "J�rgen P�lzl".
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../src/deps';
import { fetchFeed } from '../../src/fetchers/fetch-feed';
import { syncSources } from '../../src/fetchers/sync-sources';
import { buildServer } from '../../src/server';
import { startRoles } from '../../src/roles';
import { findFolderFeeds, scanFolder } from '../../src/fetchers/folder-watch';
import { handleDelivery } from '../../src/fetchers/websub/delivery';
import { signBody } from '../../src/fetchers/websub/signature';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { makeTestDeps, waitFor } from '../support/test-deps';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

const TOKEN = 'push-secret-latin1-0123456789';
const LATIN1 = fs.readFileSync(path.join(__dirname, '../fixtures/wire/nitf-3.6-latin1.xml'));
const TITLE = 'Jürgen Pölzl übernimmt die Hafenbehörde';

describe('ISO-8859-1 NITF on every wire channel (postgres + memory)', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let stop: () => Promise<void>;
  let app: FastifyInstance;
  let web: FixtureServer;
  let dir: string;

  beforeAll(async () => {
    dir = makeTempDir('wireroom-latin1').dir;
    web = await startFixtureServer();
    // A blanket UTF-8 header over Latin-1 bytes, as misconfigured servers send: the bytes refute it.
    web.set('/wire/latin1.xml', { body: LATIN1, headers: { 'content-type': 'application/xml; charset=utf-8' } });
    const feedsYaml = `
sources:
  - id: folder
    name: Folder Desk
    rights: full
    review: auto
    feeds:
      - type: folder
        path: ${dir}
  - id: pushed
    name: Push Desk
    rights: full
    review: auto
    push_token_env: LATIN1_PUSH_TOKEN
    feeds:
      - type: push
  - id: pulled
    name: Pull Desk
    rights: full
    review: auto
    feeds:
      - url: ${web.origin}/wire/latin1.xml
        type: nitf
  - id: hubbed
    name: Hub Desk
    rights: full
    review: auto
    feeds:
      - url: ${web.origin}/wire/hubbed.xml
        type: nitf
`;
    ({ deps, close } = await makeTestDeps({
      db: 'postgres',
      queue: 'memory',
      feedsYaml,
      env: { LATIN1_PUSH_TOKEN: TOKEN, WIREROOM_SCHEDULER_TICK: '59s' },
    }));
    await syncSources(deps);
    stop = await startRoles(deps, ['work']);
    app = await buildServer(deps);
  });

  afterAll(async () => {
    await app?.close();
    await stop?.();
    await close?.();
    await web?.close();
    removeTempDir(dir);
  });

  const itemOf = (sourceId: string) =>
    waitFor(
      async () =>
        deps.db.selectFrom('items').select(['title', 'byline', 'content_html']).where('source_id', '=', sourceId).executeTakeFirst(),
      10000,
      `the ${sourceId} item`,
    );

  const expectDecoded = (item: { title: string | null; byline: string | null; content_html: string | null }) => {
    expect(item.title).toBe(TITLE);
    expect(item.byline).toContain('Jürgen Pölzl');
    expect(item.content_html).toContain('Größere Umbauten');
    expect(JSON.stringify(item)).not.toContain('\ufffd');
  };

  it('folder: a dropped file', async () => {
    const old = new Date(Date.now() - 60_000);
    fs.writeFileSync(path.join(dir, 'story.xml'), LATIN1);
    fs.utimesSync(path.join(dir, 'story.xml'), old, old);
    const [feed] = await findFolderFeeds(deps);
    expect(await scanFolder(deps, feed!, deps.log)).toEqual({ done: ['story.xml'], failed: [] });
    expectDecoded(await itemOf('folder'));
  });

  it('push: POST /ingest/<source>', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/ingest/pushed',
      payload: LATIN1,
      headers: { 'content-type': 'application/xml', authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(202);
    expectDecoded(await itemOf('pushed'));
  });

  it('pull: a feed of type nitf served with a wrong UTF-8 header', async () => {
    const feed = await deps.db.selectFrom('feeds').select('id').where('source_id', '=', 'pulled').executeTakeFirstOrThrow();
    expect(await fetchFeed(deps, feed.id, deps.log)).toMatchObject({ outcome: 'ok', newEntries: 1 });
    expectDecoded(await itemOf('pulled'));
  });

  it('websub: a signed delivery of the document', async () => {
    const feed = await deps.db.selectFrom('feeds').select(['id', 'url']).where('source_id', '=', 'hubbed').executeTakeFirstOrThrow();
    const secret = 'websub-secret-latin1';
    await deps.db
      .insertInto('websub_subscriptions')
      .values({ feed_id: feed.id, hub: `${web.origin}/hub`, topic: feed.url!, secret, state: 'active' })
      .execute();
    const r = await handleDelivery(
      deps,
      feed.id,
      LATIN1,
      { signature: signBody('sha256', LATIN1, secret), contentType: 'application/xml; charset=utf-8' },
      deps.log,
    );
    expect(r).toEqual({ outcome: 'stored', created: 1 });
    expectDecoded(await itemOf('hubbed'));
  });
});
