/**
 * `wireroom start` as a newcomer runs it: embedded (no DATABASE_URL, no REDIS_URL), a fresh data
 * directory, a fixture feed on 127.0.0.1 → items in /api/items; the data directory is locked
 * against a second process; SIGTERM stops it cleanly with exit 0.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { fixtureText } from '../support/fixtures';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { runCli, spawnCli } from '../support/cli';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

jest.setTimeout(90_000);

let web: FixtureServer;
let child: ChildProcess | undefined;
let base = '';
let log = '';
const tmp = makeTempDir('wireroom-start').dir;
const dataDir = path.join(tmp, 'data');
const feedsFile = path.join(tmp, 'feeds.yaml');

beforeAll(async () => {
  web = await startFixtureServer();
  web.set('/feed.xml', { body: fixtureText('site/feed.xml', web.origin), headers: { 'content-type': 'application/rss+xml' } });
  web.set('/news/harbour-reopens', {
    body: fixtureText('site/article-harbour.html', web.origin),
    headers: { 'content-type': 'text/html' },
  });
  web.set('/world/russia-nato-relations', {
    body: fixtureText('site/republished-rt.html', web.origin),
    headers: { 'content-type': 'text/html' },
  });
  fs.writeFileSync(
    feedsFile,
    `sources:\n  - id: fixture-wire\n    name: Fixture Wire\n    feeds:\n      - url: ${web.origin}/feed.xml\n    rights: excerpt\n    review: auto\n`,
  );
  child = spawnCli(['start'], {
    WIREROOM_FEEDS: feedsFile,
    WIREROOM_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    WIREROOM_ALLOW_PRIVATE_NETWORKS: '1',
  });
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  for (let i = 0; i < 600 && !base; i++) {
    base = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(log)?.[1] ?? '';
    if (child.exitCode !== null) throw new Error(`wireroom start exited early:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!base) throw new Error(`wireroom start did not come up:\n${log}`);
});

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await web?.close();
  removeTempDir(tmp);
});

it('serves /healthz and ingests the fixture feed into /api/items, credited', async () => {
  const health = await (await fetch(`${base}/healthz`)).json();
  expect(health).toMatchObject({ status: 'ok', database: { kind: 'pglite' }, queue: { kind: 'memory' } });
  let items: { title: string; credit_line: string; content_html: string | null; rights: string }[] = [];
  for (let i = 0; i < 300 && items.length < 3; i++) {
    items = ((await (await fetch(`${base}/api/items`)).json()) as { items: typeof items }).items;
    if (items.length < 3) await new Promise((r) => setTimeout(r, 100));
  }
  expect(items.map((i) => i.credit_line)).toEqual(['Source: Fixture Wire', 'Source: RT, via Fixture Wire', 'Source: Fixture Wire']);
  for (const it of items) expect(it.rights).toBe('excerpt');
  expect(items[0]!.content_html).toMatch(/^<p>The harbour resumed full traffic[^<]*…<\/p>$/);
});

it('refuses a second process on the same data directory', async () => {
  const r = await runCli(['start'], { env: { WIREROOM_FEEDS: feedsFile, WIREROOM_DATA_DIR: dataDir, PORT: '0' } });
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/in use by another wireroom process \(pid \d+\)/);
});

it('stops on SIGTERM with exit code 0', async () => {
  const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
  child!.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(log).toContain('"msg":"stopped"');
  expect(fs.existsSync(path.join(dataDir, 'wireroom.lock'))).toBe(false);
});
