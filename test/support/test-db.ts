/** A fresh, migrated database per test file: Postgres (copied from the run's template) or PGlite. */
import type { Kysely } from 'kysely';
import { openPglite, openPostgres, type DatabaseHandle } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { adminQuery, urlFor } from './pg-admin';

let counter = 0;
/** Jest loads this module afresh for every test file in the same worker process: the counter alone
 * would repeat names across files, so each module instance adds its own random tag. */
const tag = Math.random().toString(36).slice(2, 8);

/** Creates a database from the template; returns its URL and a function that drops it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const template = process.env.WIREROOM_TEST_TEMPLATE;
  const run = process.env.WIREROOM_TEST_RUN;
  if (!template || !run) throw new Error('integration tests need the jest globalSetup (run them through `npm test`)');
  const name = `wr_t_${run}_${process.pid}_${tag}_${++counter}`;
  await adminQuery([`CREATE DATABASE "${name}" TEMPLATE "${template}"`]);
  return { url: urlFor(name), drop: () => adminQuery([`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]) };
}

/** Opens a fresh database of `kind`, migrated; closing it also drops it. */
export async function openTestDatabase(kind: 'postgres' | 'pglite'): Promise<DatabaseHandle> {
  if (kind === 'pglite') {
    const h = await openPglite(':memory:');
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

/** A unique BullMQ prefix for one test file. */
export function testQueuePrefix(): string {
  return `wrt-${process.env.WIREROOM_TEST_RUN ?? 'x'}-${process.pid}-${tag}-${++counter}`;
}
