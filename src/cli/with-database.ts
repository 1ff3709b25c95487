/** The database commands' shared shell: open the configured database, bring its schema up to date, run, close. */
import type { Kysely } from 'kysely';
import { openDatabase } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import type { Database } from '../../db/schema';
import type { Settings } from '../settings';

/** Runs `fn` with the database of `settings` open (migrated first unless `migrate` is false), then closes it. */
export async function withDatabase<T>(
  settings: Pick<Settings, 'databaseUrl' | 'dataDir'>,
  fn: (db: Kysely<Database>) => Promise<T>,
  opts: { migrate?: boolean } = {},
): Promise<T> {
  const handle = await openDatabase(settings);
  try {
    if (opts.migrate !== false) await migrateToLatest(handle.db as Kysely<unknown>);
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}
