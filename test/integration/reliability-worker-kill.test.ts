/**
 * At-least-once processing with exactly-once effects, with real processes on Postgres + BullMQ:
 * a `wireroom start` process is SIGKILLed while its article job waits on a slow page; a `wireroom
 * work` process started afterwards recovers the stalled job (BullMQ stalled-job check, lock
 * expiry) and stores the item, once: one entry, one item, one publish in the audit log.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { openPostgres, type DatabaseHandle } from '../../db/connect';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { killAllWireroom, makeTempDir, reliabilityFeedsYaml, spawnWireroom, syntheticArticle, syntheticFeed } from '../support/processes';
import { createPostgresDatabase, testQueuePrefix } from '../support/test-db';
import { TEST_REDIS_URL, waitFor } from '../support/test-deps';

const STORY = '/news/killed-mid-job';

describe('a worker killed mid-job', () => {
  let web: FixtureServer;
  let tmp: { dir: string; remove: () => void };
  let pg: { url: string; drop: () => Promise<void> };
  let handle: DatabaseHandle | undefined;

  beforeAll(async () => {
    web = await startFixtureServer();
    tmp = makeTempDir('wr-kill');
    pg = await createPostgresDatabase();
    web.set('/feed.xml', { body: syntheticFeed(web.origin, [STORY]), headers: { 'content-type': 'application/rss+xml' } });
    let served = 0;
    web.set(STORY, {
      // The first request never gets an answer (its worker is killed); later ones are answered.
      handler: (_req, res) => {
        if (++served === 1) return;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(syntheticArticle(STORY));
      },
    });
    fs.writeFileSync(path.join(tmp.dir, 'feeds.yaml'), reliabilityFeedsYaml([web.url('/feed.xml')], web.origin + '/'));
  });
  afterAll(async () => {
    await killAllWireroom();
    await handle?.close();
    await web?.close();
    await pg?.drop();
    tmp?.remove();
  });

  it('is retried by another process and its item is stored and published once', async () => {
    const env = {
      DATABASE_URL: pg.url,
      REDIS_URL: TEST_REDIS_URL,
      WIREROOM_AUTO_MIGRATE: '1', // a fresh database: the first process migrates it
      WIREROOM_QUEUE_PREFIX: testQueuePrefix(),
      WIREROOM_FEEDS: path.join(tmp.dir, 'feeds.yaml'),
      WIREROOM_ALLOW_PRIVATE_NETWORKS: '1',
      PORT: '0',
      HOST: '127.0.0.1',
      WIREROOM_SCHEDULER_TICK: '1s',
      WIREROOM_HTTP_HEADERS_TIMEOUT: '60s',
    };
    const first = spawnWireroom(['start'], env);
    await first.waitForLog((l) => l.msg === 'wireroom started', 20_000, 'first process start-up');
    await waitFor(async () => (web.hits(STORY) === 1 ? true : undefined), 15_000, 'the first article request');
    first.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });

    const second = spawnWireroom(['work'], env);
    handle = await openPostgres(pg.url, { max: 2 });
    const db = handle.db;
    const item = await waitFor(
      () => db.selectFrom('items').select(['id', 'status']).executeTakeFirst(),
      40_000,
      'the item stored by the second process',
    );
    expect(item.status).toBe('published');
    expect(web.hits(STORY)).toBe(2);
    // Give a wrongly doubled job time to show itself before counting.
    await second.waitForLog((l) => l.msg === 'wireroom started', 5_000, 'second process start-up');
    await new Promise((r) => setTimeout(r, 1500));
    const count = async (q: ReturnType<typeof sql<{ n: number }>>) => (await q.execute(db)).rows[0]?.n;
    expect(await count(sql<{ n: number }>`select count(*)::int as n from entries`)).toBe(1);
    expect(await count(sql<{ n: number }>`select count(*)::int as n from items`)).toBe(1);
    expect(await count(sql<{ n: number }>`select count(*)::int as n from audit_log where action = 'publish'`)).toBe(1);
    expect(web.hits(STORY)).toBe(2);
    second.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
  }, 90_000); // its own waits add up to 80 s (two process start-ups, a kill, a retry): jest's 30 s default cut it short under load
});
