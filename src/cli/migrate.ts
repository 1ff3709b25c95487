/** `wireroom migrate`: applies pending migrations to the configured database. */
import type { Kysely } from 'kysely';
import { openDatabase } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { loadSettings } from '../settings';

/** Migrates and prints what was applied. */
export async function migrateCommand(): Promise<void> {
  const s = loadSettings();
  const handle = await openDatabase(s);
  try {
    const applied = await migrateToLatest(handle.db as Kysely<unknown>);
    process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : `${handle.location}: already up to date\n`);
  } finally {
    await handle.close();
  }
}
