/**
 * Re-checks of published items: when the next one is due (`recheck_at`, NULL = none), how many of
 * the schedule's steps have been claimed (`recheck_step`; 0 = published, not yet planned), and
 * whether a claimed re-check is waiting for its article job (`recheck_pending`, so the job is run
 * even though the entry's version did not change). The partial index holds only items with a
 * re-check to come. Plain SQL for Postgres 15+ and PGlite.
 */
import { sql, type Kysely } from 'kysely';

const STATEMENTS = [
  `ALTER TABLE items ADD COLUMN recheck_at timestamptz`,
  `ALTER TABLE items ADD COLUMN recheck_step smallint NOT NULL DEFAULT 0`,
  `ALTER TABLE items ADD COLUMN recheck_pending boolean NOT NULL DEFAULT false`,
  `CREATE INDEX items_recheck_due ON items (recheck_at) WHERE recheck_at IS NOT NULL`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const s of [
    'DROP INDEX IF EXISTS items_recheck_due',
    'ALTER TABLE items DROP COLUMN IF EXISTS recheck_pending',
    'ALTER TABLE items DROP COLUMN IF EXISTS recheck_step',
    'ALTER TABLE items DROP COLUMN IF EXISTS recheck_at',
  ])
    await sql.raw(s).execute(db);
}
