/**
 * Webhook retries over hours (issue 20): a pending delivery waits for its next try in the database,
 * not in a queue's backoff timer, so the schedule (WIREROOM_WEBHOOK_RETRY_SCHEDULE) survives
 * restarts and the in-process queue. NULL = due now. Plain SQL for Postgres 15+ and PGlite.
 */
import { sql, type Kysely } from 'kysely';

const UP = ['ALTER TABLE webhook_deliveries ADD COLUMN next_attempt_at timestamptz'];

const DOWN = ['ALTER TABLE webhook_deliveries DROP COLUMN IF EXISTS next_attempt_at'];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
