/**
 * Graceful shutdown of a real `wireroom start` (embedded PGlite + in-process queue): SIGTERM while
 * an article job waits on a slow page → the job finishes and is stored, connections close, the
 * lock file is released and the process exits 0 within the deadline.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { openPglite } from '../../db/connect';
import type { Database } from '../../db/schema';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { killAllWireroom, makeTempDir, reliabilityFeedsYaml, spawnWireroom, syntheticArticle, syntheticFeed } from '../support/processes';
import { waitFor } from '../support/test-deps';

/** How long the slow page holds its answer: the job is surely in flight when SIGTERM arrives. */
const SLOW_MS = 2500;
/** Embedded start-up creates a PGlite database (initdb in WASM): seconds, more on a busy machine. */
const STARTUP_MS = 60_000;
/** SIGTERM to exit, generous for a loaded CI machine; run-roles gives jobs 20 s. */
const EXIT_DEADLINE_MS = 15_000;

describe('graceful shutdown of wireroom start', () => {
  let web: FixtureServer;
  let tmp: { dir: string; remove: () => void };

  beforeAll(async () => {
    web = await startFixtureServer();
    tmp = makeTempDir('wr-shutdown');
    const paths = ['/news/slow-story'];
    web.set('/feed.xml', { body: syntheticFeed(web.origin, paths), headers: { 'content-type': 'application/rss+xml' } });
    web.set('/news/slow-story', {
      body: syntheticArticle('/news/slow-story'),
      headers: { 'content-type': 'text/html; charset=utf-8' },
      delayMs: SLOW_MS,
    });
    fs.writeFileSync(path.join(tmp.dir, 'feeds.yaml'), reliabilityFeedsYaml([web.url('/feed.xml')], web.origin + '/'));
  });
  afterAll(async () => {
    await killAllWireroom();
    await web?.close();
    tmp?.remove();
  });

  it(
    'drains the job in flight on SIGTERM, stores its item, releases the lock and exits 0',
    async () => {
      const dataDir = path.join(tmp.dir, 'data');
      const proc = spawnWireroom(['start'], {
        WIREROOM_DATA_DIR: dataDir,
        WIREROOM_FEEDS: path.join(tmp.dir, 'feeds.yaml'),
        WIREROOM_ALLOW_PRIVATE_NETWORKS: '1',
        PORT: '0',
        HOST: '127.0.0.1',
        WIREROOM_SCHEDULER_TICK: '1s',
      });
      await proc.waitForLog((l) => l.msg === 'wireroom started', STARTUP_MS, 'start-up');
      await waitFor(async () => (web.hits('/news/slow-story') > 0 ? true : undefined), 15_000, 'the article request');
      expect(fs.readFileSync(path.join(dataDir, 'wireroom.lock'), 'utf8').trim()).toBe(String(proc.pid));

      const sentAt = Date.now();
      proc.kill('SIGTERM');
      const exit = await Promise.race([
        proc.exited,
        new Promise<never>((_, rej) => setTimeout(() => rej(new Error('no exit within the deadline')), EXIT_DEADLINE_MS)),
      ]);
      expect(exit).toEqual({ code: 0, signal: null });
      expect(Date.now() - sentAt).toBeLessThan(EXIT_DEADLINE_MS);
      expect(proc.lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down: draining jobs in flight', 'stopped']));
      expect(fs.existsSync(path.join(dataDir, 'wireroom.lock'))).toBe(false);
      expect(web.hits('/news/slow-story')).toBe(1); // finished, not abandoned and retried

      const handle = await openPglite(dataDir);
      try {
        const db = handle.db as Kysely<Database>;
        const items = await db.selectFrom('items').select(['status', 'title']).execute();
        expect(items).toEqual([{ status: 'published', title: 'Story news slow story' }]);
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from entries`.execute(db);
        expect(rows[0]?.n).toBe(1);
      } finally {
        await handle.close();
      }
    },
    STARTUP_MS + 60_000,
  );
});
