/**
 * Deps for integration tests, built the way `wireroom start` builds them: real Postgres or PGlite,
 * real BullMQ on Redis or the in-process queue, the real HTTP client (private networks allowed,
 * since the fixture web lives on 127.0.0.1).
 */
import { buildDeps, closeDeps, type Deps } from '../../src/deps';
import { createLogger, silentLogger } from '../../src/log';
import { buildSettings } from '../../src/settings';
import { pgliteSeed } from './pglite-seed';
import { createPostgresDatabase, testQueuePrefix } from './test-db';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestDepsOptions {
  db: 'postgres' | 'pglite';
  queue: 'bullmq' | 'memory';
  feedsYaml: string;
  env?: Record<string, string>;
}

/** Builds Deps on a fresh database and queue prefix; `close` tears everything down. */
export async function makeTestDeps(o: TestDepsOptions): Promise<{ deps: Deps; close: () => Promise<void> }> {
  const pg = o.db === 'postgres' ? await createPostgresDatabase() : undefined;
  const env: Record<string, string> = {
    WIREROOM_ALLOW_PRIVATE_NETWORKS: '1',
    WIREROOM_DATA_DIR: ':memory:',
    WIREROOM_QUEUE_PREFIX: testQueuePrefix(),
    WIREROOM_LOG_LEVEL: 'silent',
    WIREROOM_FEEDS: 'test-feeds.yaml',
    WIREROOM_HTTP_BODY_TIMEOUT: '5s',
    WIREROOM_HTTP_HEADERS_TIMEOUT: '5s',
    WIREROOM_API_RATE_LIMIT: '0', // tests poll the API in tight loops; the rate-limit test turns it on
    // Tests change rows and read the list back at once; api-revalidate.test.ts holds the reuse window.
    WIREROOM_API_REVALIDATE_MS: '0',
    ...(pg ? { DATABASE_URL: pg.url } : {}),
    ...(o.queue === 'bullmq' ? { REDIS_URL: TEST_REDIS_URL } : {}),
    ...(o.env ?? {}),
  };
  const settings = buildSettings(env, () => o.feedsYaml);
  // TEST_LOG=debug npm test -- … shows the pipeline's log lines while debugging a test.
  const log = process.env.TEST_LOG ? createLogger(process.env.TEST_LOG, false) : silentLogger();
  const pgliteSeedDump = pg ? undefined : await pgliteSeed();
  const deps = await buildDeps(settings, { log, migrate: true, pgliteSeed: pgliteSeedDump });
  return {
    deps,
    close: async () => {
      await closeDeps(deps, 2000);
      await pg?.drop();
    },
  };
}

/** Polls `check` until it returns a value that is not undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs = 15000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
