/**
 * One size cap for wire documents on every channel (issue 16), WIREROOM_WIRE_MAX_BODY set to 64KB
 * here: a push over it gets a 413 naming the cap and the setting; a dropped file over it goes to
 * failed/ unread with a .error.txt naming both (a sparse 3 GB file proves it is not read: reading it
 * whole fails in Node); a pulled wire feed over it fails with FETCH_TOO_LARGE naming both. Documents
 * under the cap pass on every channel.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../src/deps';
import { fetchFeed } from '../../src/fetchers/fetch-feed';
import { findFolderFeeds, scanFolder } from '../../src/fetchers/folder-watch';
import { syncSources } from '../../src/fetchers/sync-sources';
import { buildServer } from '../../src/server';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { makeTestDeps } from '../support/test-deps';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

const TOKEN = 'push-secret-size-cap-0123';
const CAP = 64 * 1024;
const CAP_TEXT = /wire document size cap of 64KB \(WIREROOM_WIRE_MAX_BODY\)/;
const story = fs.readFileSync(path.join(__dirname, '../fixtures/wire', 'nitf-3.6-story.xml'), 'utf8');
/** The same NITF story padded past the cap with whitespace before the root's closing tag. */
const oversized = story.replace(/<\/nitf>\s*$/, `${' '.repeat(CAP)}</nitf>\n`);

describe('wire document size cap on push, folder and pull (postgres + memory)', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  let web: FixtureServer;
  let dir: string;

  beforeAll(async () => {
    dir = makeTempDir('wireroom-cap').dir;
    web = await startFixtureServer();
    web.set('/wire/big.xml', { body: oversized, headers: { 'content-type': 'application/xml' } });
    web.set('/wire/small.xml', { body: story, headers: { 'content-type': 'application/xml' } });
    const feedsYaml = `
sources:
  - { id: pusher, name: Push Desk, rights: full, review: auto, push_token_env: PUSHER_TOKEN, feeds: [{ type: push }] }
  - { id: drop, name: Drop Desk, rights: full, review: auto, feeds: [{ type: folder, path: "${dir}" }] }
  - id: puller
    name: Pull Desk
    rights: full
    review: auto
    feeds:
      - { url: "${web.origin}/wire/big.xml", type: nitf }
      - { url: "${web.origin}/wire/small.xml", type: nitf }
`;
    ({ deps, close } = await makeTestDeps({
      db: 'postgres',
      queue: 'memory',
      feedsYaml,
      env: { PUSHER_TOKEN: TOKEN, WIREROOM_WIRE_MAX_BODY: '64KB' },
    }));
    await syncSources(deps);
    app = await buildServer(deps);
  });

  afterAll(async () => {
    await app?.close();
    await close?.();
    await web?.close();
    removeTempDir(dir);
  });

  it('push: 413 naming the cap and the setting over it, 202 under it', async () => {
    const push = (body: string) =>
      app.inject({
        method: 'POST',
        url: '/ingest/pusher',
        payload: body,
        headers: { 'content-type': 'application/xml', authorization: `Bearer ${TOKEN}` },
      });
    const refused = await push(oversized);
    expect(refused.statusCode).toBe(413);
    expect(refused.json()).toEqual({ error: { code: 'WIRE_TOO_LARGE', message: expect.stringMatching(CAP_TEXT) } });
    expect((await push(story)).statusCode).toBe(202);
  });

  it('folder: an oversized file goes to failed/ unread, with a .error.txt naming the cap and the setting', async () => {
    const old = new Date(Date.now() - 60_000);
    const place = (name: string, write: (file: string) => void) => {
      write(path.join(dir, name));
      fs.utimesSync(path.join(dir, name), old, old);
    };
    place('big.xml', (f) => fs.writeFileSync(f, oversized));
    // Sparse: no disk used; fs.readFile refuses files over 2 GB, so only a capped read handles it.
    place('huge.xml', (f) => {
      fs.closeSync(fs.openSync(f, 'w'));
      fs.truncateSync(f, 3 * 1024 ** 3);
    });
    place('small.xml', (f) => fs.writeFileSync(f, story));
    const [feed] = await findFolderFeeds(deps);
    const report = await scanFolder(deps, feed!, deps.log);
    expect({ done: report.done.sort(), failed: report.failed.sort() }).toEqual({ done: ['small.xml'], failed: ['big.xml', 'huge.xml'] });
    for (const [name, size] of [
      ['big.xml', Buffer.byteLength(oversized)],
      ['huge.xml', 3 * 1024 ** 3],
    ] as const) {
      const why = fs.readFileSync(path.join(dir, 'failed', `${name}.error.txt`), 'utf8');
      expect(why).toMatch(/^WIRE_TOO_LARGE: /);
      expect(why).toMatch(CAP_TEXT);
      expect(why).toContain(`(${size} bytes)`);
      expect(fs.statSync(path.join(dir, 'failed', name)).size).toBe(size);
    }
  });

  it('pull: a wire feed over the cap fails with FETCH_TOO_LARGE naming the cap and the setting; one under it is taken in', async () => {
    const feeds = await deps.db.selectFrom('feeds').select(['id', 'url']).where('source_id', '=', 'puller').orderBy('id').execute();
    for (const f of feeds) await fetchFeed(deps, f.id, deps.log);
    const rows = await deps.db
      .selectFrom('feeds')
      .select(['url', 'error_code', 'error_message'])
      .where('source_id', '=', 'puller')
      .execute();
    const big = rows.find((r) => r.url.endsWith('/big.xml'))!;
    const small = rows.find((r) => r.url.endsWith('/small.xml'))!;
    expect(big.error_code).toBe('FETCH_TOO_LARGE');
    expect(big.error_message).toMatch(CAP_TEXT);
    expect(small.error_code).toBeNull();
    // Pulled wire copy becomes entries for the work jobs (not started here): one, from the small feed.
    const entries = await deps.db.selectFrom('entries').select('link').where('source_id', '=', 'puller').execute();
    expect(entries.length).toBe(1);
  });
});
