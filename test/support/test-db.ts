/** A fresh, migrated database per test file: Postgres (copied from the run's template) or PGlite. */
import type { Kysely } from 'kysely';
import { openPglite, openPostgres, type DatabaseHandle } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { adminQuery, urlFor } from './pg-admin';
import { pgliteSeed } from './pglite-seed';
import { runNamespace } from './test-prefix';

let counter = 0;
/** Jest loads this module afresh for every test file in the same worker process: the counter alone
 * would repeat names across files, so each module instance adds its own random tag. */
const tag = Math.random().toString(36).slice(2, 8);

/** Creates a database from the template; returns its URL and a function that drops it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const template = process.env.WIREROOM_TEST_TEMPLATE;
  if (!template || !process.env.WIREROOM_TEST_RUN)
    throw new Error('integration tests need the jest globalSetup (run them through `npm test`)');
  const name = testDatabaseName(`${tag}_${++counter}`);
  await adminQuery([`CREATE DATABASE "${name}" TEMPLATE "${template}"`]);
  return { url: urlFor(name), drop: () => adminQuery([`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]) };
}

/** Opens a fresh database of `kind`, migrated; closing it also drops it. */
export async function openTestDatabase(kind: 'postgres' | 'pglite'): Promise<DatabaseHandle> {
  if (kind === 'pglite') {
    const h = await openPglite(':memory:', { seed: await pgliteSeed() });
    await migrateToLatest(h.db as Kysely<unknown>);
    return h;
  }
  const { url, drop } = await createPostgresDatabase();
  const h = await openPostgres(url);
  return {
    ...h,
    close: async () => {
      await h.close();
      await drop();
    },
  };
}

/**
 * A database name of this run for a test that creates its own (`suffix`: lowercase letters, digits,
 * `_`): the global teardown drops it if the test could not.
 */
export function testDatabaseName(suffix: string): string {
  return `${runNamespace()}_${process.pid}_${suffix}`;
}

/** A unique BullMQ prefix for one test file, under this run's namespace (the global teardown deletes its keys). */
export function testQueuePrefix(): string {
  return `${runNamespace()}-${process.pid}-${tag}-${++counter}`;
}
