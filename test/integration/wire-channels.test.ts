/**
 * The watched-folder and HTTP-pull channels: files dropped in a source's folder end in done/ or
 * failed/ (with the reason beside them) and as credited items; a feed declared `type: newsml`, and
 * a feed with no type that serves ninjs, are read as wire copy by the feed job and stored without
 * a page fetch.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Deps } from '../../src/deps';
import { fetchFeed } from '../../src/fetchers/fetch-feed';
import { syncSources } from '../../src/fetchers/sync-sources';
import { startRoles } from '../../src/roles';
import { findFolderFeeds, scanFolder } from '../../src/fetchers/folder-watch';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { makeTestDeps, waitFor } from '../support/test-deps';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

const wire = (f: string) => fs.readFileSync(path.join(__dirname, '../fixtures/wire', f));

describe('wire folder and pull channels on postgres + memory', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let stop: () => Promise<void>;
  let web: FixtureServer;
  let dir: string;

  beforeAll(async () => {
    dir = makeTempDir('wireroom-drop').dir;
    web = await startFixtureServer();
    web.set('/wire/newsml.xml', { body: wire('newsml-g2-2.33-item.xml'), headers: { 'content-type': 'application/xml' } });
    web.set('/wire/latest.json', { body: wire('ninjs-2.0.json'), headers: { 'content-type': 'application/json' } });
    web.set('/wire/broken.xml', { body: wire('bad-nitf-invalid-xml.xml'), headers: { 'content-type': 'application/xml' } });
    const feedsYaml = `
sources:
  - id: dropbox
    name: Drop Desk
    rights: full
    review: auto
    feeds:
      - type: folder
        path: ${dir}
  - id: pull
    name: Pull Desk
    rights: full
    review: auto
    feeds:
      - url: ${web.origin}/wire/newsml.xml
        type: newsml
      - url: ${web.origin}/wire/latest.json
      - url: ${web.origin}/wire/broken.xml
        type: nitf
`;
    ({ deps, close } = await makeTestDeps({ db: 'postgres', queue: 'memory', feedsYaml, env: { WIREROOM_SCHEDULER_TICK: '59s' } }));
    await syncSources(deps);
    stop = await startRoles(deps, ['work']);
  });

  afterAll(async () => {
    await stop?.();
    await close?.();
    await web?.close();
    removeTempDir(dir);
  });

  it('moves ingested files to done/, bad ones to failed/ with the reason, and leaves partial and fresh files', async () => {
    const old = new Date(Date.now() - 60_000);
    for (const [name, src] of [
      ['story.xml', 'nitf-3.6-story.xml'],
      ['budget.json', 'ninjs-1.4.json'],
      ['broken.xml', 'bad-nitf-invalid-xml.xml'],
      ['incoming.xml.part', 'nitf-3.6-story.xml'],
    ] as const) {
      fs.writeFileSync(path.join(dir, name), wire(src));
      fs.utimesSync(path.join(dir, name), old, old);
    }
    fs.writeFileSync(path.join(dir, 'fresh.xml'), wire('newsml-g2-2.33-item.xml'));
    const [feed] = await findFolderFeeds(deps);
    const report = await scanFolder(deps, feed!, deps.log);
    expect(report.done.sort()).toEqual(['budget.json', 'story.xml']);
    expect(report.failed).toEqual(['broken.xml']);
    expect(
      fs
        .readdirSync(dir)
        .filter((n) => !['done', 'failed', '.processing'].includes(n))
        .sort(),
    ).toEqual(['fresh.xml', 'incoming.xml.part']);
    expect(fs.readdirSync(path.join(dir, 'done')).sort()).toEqual(['budget.json', 'story.xml']);
    expect(fs.readFileSync(path.join(dir, 'failed', 'broken.xml.error.txt'), 'utf8')).toMatch(/^WIRE_INVALID_XML: invalid XML at line 2/);
    expect(fs.readdirSync(path.join(dir, '.processing'))).toEqual([]);
    const items = await deps.db
      .selectFrom('items')
      .select(['title', 'status', 'credit_line'])
      .where('source_id', '=', 'dropbox')
      .orderBy('title')
      .execute();
    expect(items).toEqual([
      { title: 'Council delays budget vote', status: 'held', credit_line: 'Source: Example Wire Agency, via Drop Desk' },
      {
        title: 'Harbour bridge reopens after storm repairs',
        status: 'published',
        credit_line: 'Source: Example Wire Agency, via Drop Desk',
      },
    ]);
    const log = await deps.db
      .selectFrom('wire_ingests')
      .select(['channel', 'name', 'outcome', 'code'])
      .where('source_id', '=', 'dropbox')
      .orderBy('name')
      .execute();
    expect(log).toEqual([
      { channel: 'folder', name: 'broken.xml', outcome: 'failed', code: 'WIRE_INVALID_XML' },
      { channel: 'folder', name: 'budget.json', outcome: 'ok', code: null },
      { channel: 'folder', name: 'story.xml', outcome: 'ok', code: null },
    ]);
  });

  it('takes back a file claimed by a process that died mid-file', async () => {
    fs.rmSync(path.join(dir, 'fresh.xml'));
    const orphan = wire('nitf-3.6-story.xml')
      .toString('utf8')
      .replaceAll('EXA-20261127-0001', 'EXA-20261127-0099')
      .replaceAll('Harbour bridge reopens', 'Tunnel closes');
    fs.writeFileSync(path.join(dir, '.processing', 'orphan.xml'), orphan);
    const [feed] = await findFolderFeeds(deps);
    const soon = await scanFolder(deps, feed!, deps.log);
    expect(soon).toEqual({ done: [], failed: [] });
    const later = { ...deps, clock: { ...deps.clock, now: () => new Date(Date.now() + 11 * 60_000) } };
    expect(await scanFolder(later, feed!, deps.log)).toEqual({ done: ['orphan.xml'], failed: [] });
    expect(fs.readdirSync(path.join(dir, '.processing'))).toEqual([]);
  });

  it('pulls a declared NewsML-G2 feed and a ninjs feed detected from its content, without page fetches', async () => {
    const feeds = await deps.db.selectFrom('feeds').select(['id', 'url']).where('source_id', '=', 'pull').orderBy('id').execute();
    for (const f of feeds.slice(0, 2)) expect(await fetchFeed(deps, f.id, deps.log)).toMatchObject({ outcome: 'ok', newEntries: 1 });
    const items = await waitFor(
      async () => {
        const rows = await deps.db
          .selectFrom('items')
          .select(['title', 'status', 'credit_line', 'content_html', 'content_from'])
          .where('source_id', '=', 'pull')
          .orderBy('title')
          .execute();
        return rows.length === 2 ? rows : undefined;
      },
      10000,
      'two pulled wire items',
    );
    expect(items[0]).toMatchObject({
      title: 'Ferry timetable changes for winter',
      status: 'published',
      credit_line: 'Source: Example Wire Agency, via Pull Desk',
      content_html: null,
      content_from: 'feed',
    });
    expect(items[1]).toMatchObject({ title: 'Library extends opening hours', status: 'published', content_from: 'feed' });
    expect(items[1]?.content_html).toContain('central library');
    expect(web.hits('/ninjs/exa-0003')).toBe(0);
  });

  it('records a bad wire document on the feed like any fetch failure', async () => {
    const feed = await deps.db
      .selectFrom('feeds')
      .select('id')
      .where('url', '=', `${web.origin}/wire/broken.xml`)
      .executeTakeFirstOrThrow();
    expect(await fetchFeed(deps, feed.id, deps.log)).toMatchObject({ outcome: 'error', code: 'WIRE_INVALID_XML' });
    const row = await deps.db.selectFrom('feeds').select(['error_code', 'error_count']).where('id', '=', feed.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ error_code: 'WIRE_INVALID_XML', error_count: 1 });
  });
});
