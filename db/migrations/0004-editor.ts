/**
 * The editors' desk: login sessions (the cookie holds a random token; the table keeps only its
 * SHA-256), login attempts for rate limiting, and indexes for the review queue's filters.
 */
import { sql, type Kysely } from 'kysely';

const STATEMENTS = [
  `CREATE TABLE sessions (
    id text PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf_token text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
  )`,
  `CREATE INDEX sessions_user ON sessions (user_id)`,
  `CREATE INDEX sessions_expires ON sessions (expires_at)`,
  `CREATE TABLE login_attempts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    ip text NOT NULL,
    username text NOT NULL,
    ok boolean NOT NULL
  )`,
  `CREATE INDEX login_attempts_ip ON login_attempts (ip, at DESC) WHERE NOT ok`,
  `CREATE INDEX login_attempts_username ON login_attempts (username, at DESC) WHERE NOT ok`,
  // The queue is ordered by id (import order): an exact keyset, unlike microsecond timestamps.
  `CREATE INDEX items_queue ON items (status, id DESC)`,
  `CREATE INDEX items_queue_source ON items (source_id, status, id DESC)`,
  `CREATE INDEX items_queue_cluster ON items (cluster_id, status, id DESC) WHERE cluster_id IS NOT NULL`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const s of [
    'DROP INDEX IF EXISTS items_queue_cluster',
    'DROP INDEX IF EXISTS items_queue_source',
    'DROP INDEX IF EXISTS items_queue',
    'DROP TABLE IF EXISTS login_attempts',
    'DROP TABLE IF EXISTS sessions',
  ]) {
    await sql.raw(s).execute(db);
  }
}
