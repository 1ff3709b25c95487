/**
 * An embargoed wire item is released across a restart, exactly once (issue 16), in both modes:
 * Postgres + BullMQ and embedded PGlite (a data directory on disk) + the in-process queue. A pushed
 * NewsML-G2 item embargoed until 18:00 is held; the process stops (roles, queue, database closed);
 * a new process opens the same database with its clock past 18:00, its scheduler's first tick
 * publishes the item, and further ticks publish nothing more.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildDeps, closeDeps, type Deps } from '../../src/deps';
import { fixedClock } from '../../src/clock';
import { ingestDocument } from '../../src/fetchers/ingest';
import { schedulerTick } from '../../src/fetchers/scheduler';
import { silentLogger } from '../../src/log';
import { startRoles } from '../../src/roles';
import { buildSettings } from '../../src/settings';
import { createPostgresDatabase, testQueuePrefix } from '../support/test-db';
import { TEST_REDIS_URL, waitFor } from '../support/test-deps';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

const FEEDS_YAML = `
sources:
  - { id: agency, name: Agency Desk, rights: full, review: auto, push_token_env: AGENCY_PUSH_TOKEN, feeds: [{ type: push }] }
`;
const doc = fs
  .readFileSync(path.join(__dirname, '../fixtures/wire', 'newsml-g2-2.33-item.xml'), 'utf8')
  .replace('exa-0002', 'exa-0950')
  .replace('<headline>Ferry timetable changes for winter</headline>', '<headline>Embargoed port figures</headline>')
  .replace('<pubStatus qcode="stat:usable"/>', '<pubStatus qcode="stat:usable"/><embargoed>2026-12-05T18:00:00Z</embargoed>');

describe.each([
  ['postgres + bullmq', 'postgres', 'bullmq'],
  ['embedded pglite + memory queue', 'pglite', 'memory'],
] as const)('embargo release across a restart, %s', (_mode, db, queue) => {
  let env: Record<string, string>;
  let dropDb: (() => Promise<void>) | undefined;
  let dataDir: string | undefined;

  beforeAll(async () => {
    const pg = db === 'postgres' ? await createPostgresDatabase() : undefined;
    dropDb = pg?.drop;
    dataDir = db === 'pglite' ? makeTempDir('wireroom-embargo').dir : undefined;
    env = {
      WIREROOM_DATA_DIR: dataDir ?? ':memory:',
      WIREROOM_QUEUE_PREFIX: testQueuePrefix(),
      WIREROOM_LOG_LEVEL: 'silent',
      WIREROOM_FEEDS: 'test-feeds.yaml',
      WIREROOM_SCHEDULER_TICK: '59s',
      AGENCY_PUSH_TOKEN: 'agency-token-0123456789',
      ...(pg ? { DATABASE_URL: pg.url } : {}),
      ...(queue === 'bullmq' ? { REDIS_URL: TEST_REDIS_URL } : {}),
    };
  });
  afterAll(async () => {
    await dropDb?.();
    if (dataDir) removeTempDir(dataDir);
  });

  /** One wireroom process: deps on the shared database with its own clock, the fetch role (scheduler) started. */
  async function startProcess(at: string) {
    const clock = fixedClock(at);
    const deps = await buildDeps(
      buildSettings(env, () => FEEDS_YAML),
      { log: silentLogger(), migrate: true, clock },
    );
    const stop = await startRoles(deps, ['fetch']);
    return {
      deps,
      stop: async () => {
        await stop();
        await closeDeps(deps, 2000);
      },
    };
  }

  const itemState = async (deps: Deps, id: number) => {
    const item = await deps.db.selectFrom('items').select(['status']).where('id', '=', id).executeTakeFirstOrThrow();
    const events = await deps.db.selectFrom('publish_events').select('type').where('item_id', '=', id).execute();
    const audit = await deps.db.selectFrom('audit_log').select('action').where('item_id', '=', id).where('actor', '=', 'embargo').execute();
    return { status: item.status, events: events.map((e) => e.type), releases: audit.length };
  };

  it('holds the item before the restart and publishes it once after it, when the clock is past the release', async () => {
    const first = await startProcess('2026-12-05T17:00:00Z');
    let id: number;
    try {
      const feed = await first.deps.db.selectFrom('feeds').select(['id', 'source_id', 'type']).executeTakeFirstOrThrow();
      const result = await ingestDocument(first.deps, feed, { channel: 'push', body: Buffer.from(doc), name: null }, first.deps.log);
      expect(result.ok).toBe(true);
      id = result.ok ? result.items[0]!.itemId : 0;
      await schedulerTick(first.deps);
      expect(await itemState(first.deps, id)).toEqual({ status: 'held', events: [], releases: 0 });
    } finally {
      await first.stop();
    }

    const second = await startProcess('2026-12-05T18:00:01Z');
    try {
      // The scheduler's first tick, on start, releases it.
      await waitFor(async () => ((await itemState(second.deps, id)).status === 'published' ? true : undefined), 15000, 'the release');
      await schedulerTick(second.deps);
      await schedulerTick(second.deps);
      expect(await itemState(second.deps, id)).toEqual({ status: 'published', events: ['item.published'], releases: 1 });
    } finally {
      await second.stop();
    }
    // Two PGlite opens of a data directory on disk (first one creates and migrates it): slow on a busy machine.
  }, 180_000);
});
