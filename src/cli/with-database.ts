/** The database commands' shared shell: open the configured database, bring its schema up to date, run, close. */
import type { Kysely } from 'kysely';
import { openDatabase } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import type { Database } from '../../db/schema';
import { errorCode, UserError } from '../errors';
import type { Settings } from '../settings';
import { heldByStartMessage, readRunningProcess } from './running-console';

/**
 * Runs `fn` with the database of `settings` open (migrated first unless `migrate` is false), then
 * closes it. While `wireroom start` holds the embedded data directory, exits 1 naming the console
 * that does the same in the browser.
 */
export async function withDatabase<T>(
  settings: Pick<Settings, 'databaseUrl' | 'dataDir'>,
  fn: (db: Kysely<Database>) => Promise<T>,
  opts: { migrate?: boolean } = {},
): Promise<T> {
  const handle = await openDatabase(settings).catch((err: unknown) => {
    if (!settings.databaseUrl && errorCode(err) === 'DB_LOCKED')
      throw new UserError(heldByStartMessage(settings.dataDir, readRunningProcess(settings.dataDir)), 1);
    throw err;
  });
  try {
    if (opts.migrate !== false) await migrateToLatest(handle.db as Kysely<unknown>);
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}
