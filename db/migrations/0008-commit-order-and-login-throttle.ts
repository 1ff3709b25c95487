/**
 * Commit-ordered publish events and the login throttle.
 *
 * Event ids come from a sequence taken mid-transaction, so a reader can see id 12 committed while
 * id 10 is still in flight: a cursor on the id skips 10 for good. Each event now records the id of
 * the transaction that wrote it (`txid`); readers take only events whose transaction is older than
 * every transaction still running (`pg_snapshot_xmin`), in (txid, id) order, which is final — no
 * event can later appear before that point. Rows written before this migration get txid 0 (all
 * committed, in id order). Webhook cursors keep the txid of their last event beside its id.
 *
 * `login_throttle` counts failed logins per (username, address) and per address (username '') and
 * holds the time the next attempt is allowed; one upsert checks and counts an attempt atomically.
 * Plain SQL for Postgres 15+ and PGlite.
 */
import { sql, type Kysely } from 'kysely';

const UP = [
  'ALTER TABLE publish_events ADD COLUMN txid bigint NOT NULL DEFAULT 0',
  'ALTER TABLE publish_events ALTER COLUMN txid SET DEFAULT (pg_current_xact_id()::text)::bigint',
  'CREATE INDEX publish_events_commit_order ON publish_events (txid, id)',
  'ALTER TABLE webhook_cursors ADD COLUMN last_txid bigint NOT NULL DEFAULT 0',
  `CREATE TABLE login_throttle (
    username text NOT NULL,
    ip text NOT NULL,
    failures integer NOT NULL,
    last_at timestamptz NOT NULL,
    next_at timestamptz NOT NULL,
    PRIMARY KEY (username, ip)
  )`,
];

const DOWN = [
  'DROP TABLE IF EXISTS login_throttle',
  'ALTER TABLE webhook_cursors DROP COLUMN IF EXISTS last_txid',
  'DROP INDEX IF EXISTS publish_events_commit_order',
  'ALTER TABLE publish_events DROP COLUMN IF EXISTS txid',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
