/**
 * Portal API changes (issue 20): items in update order for `sort=updated` and `updated_since`
 * (published only, keyset on (updated_at, id)), and plain updated_at indexes so a list's change
 * watermark (the newest change of any item, source or cluster) is three index lookups.
 * Plain SQL for Postgres 15+ and PGlite.
 */
import { sql, type Kysely } from 'kysely';

const UP = [
  `CREATE INDEX items_published_updated ON items (updated_at DESC, id DESC) WHERE status = 'published'`,
  'CREATE INDEX items_updated_at ON items (updated_at)',
  'CREATE INDEX clusters_updated_at ON clusters (updated_at)',
];

const DOWN = [
  'DROP INDEX IF EXISTS clusters_updated_at',
  'DROP INDEX IF EXISTS items_updated_at',
  'DROP INDEX IF EXISTS items_published_updated',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
