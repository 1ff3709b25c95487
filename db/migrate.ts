/** Runs the migrations in db/migrations on any Kysely database (Postgres or PGlite). */
import { Migrator, type Kysely, type MigrationResultSet } from 'kysely';
import { MIGRATIONS } from './migrations';

const provider = { getMigrations: async () => MIGRATIONS };

/** Applies pending migrations; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'wireroom_migration',
    migrationLockTableName: 'wireroom_migration_lock',
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${String((result.error as Error).message ?? result.error)}`, { cause: result.error });
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of migrations not yet applied (for `wireroom doctor`). */
export async function pendingMigrations(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'wireroom_migration',
    migrationLockTableName: 'wireroom_migration_lock',
  });
  const all = await migrator.getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}

/** "0007–0008" (or "0008") from pending migration names, for the one-line refusal. */
export function pendingRange(pending: readonly string[]): string {
  const numbers = pending.map((name) => name.split('-')[0] ?? name);
  const first = numbers[0] ?? '';
  const last = numbers[numbers.length - 1] ?? first;
  return first === last ? first : `${first}–${last}`;
}

/** The line a role prints when the database lacks migrations: where, which, and the fix. */
export function pendingMessage(location: string, pending: readonly string[]): string {
  const noun = pending.length === 1 ? 'migration' : 'migrations';
  return `database at ${location} needs ${noun} ${pendingRange(pending)}: run \`wireroom migrate\` (or set WIREROOM_AUTO_MIGRATE=1)`;
}
