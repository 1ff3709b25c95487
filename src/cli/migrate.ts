/** `wireroom migrate`: applies pending migrations to the configured database. */
import type { Kysely } from 'kysely';
import { redactUrl } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { loadSettings } from '../settings';
import { withDatabase } from './with-database';

/** Migrates and prints what was applied. */
export async function migrateCommand(): Promise<void> {
  const s = loadSettings();
  const applied = await withDatabase(s, (db) => migrateToLatest(db as Kysely<unknown>), { migrate: false });
  const location = s.databaseUrl ? redactUrl(s.databaseUrl) : s.dataDir;
  process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : `${location}: already up to date\n`);
}
