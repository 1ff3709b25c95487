/**
 * A feed's own body size cap (`max_body` in feeds.yaml, on the feed or its source), written by the
 * config sync: bytes, or NULL = the process-wide WIREROOM_HTTP_MAX_BODY. Only the feed's own fetch
 * uses it; article pages keep the global cap. Plain SQL for Postgres 15+ and PGlite.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE feeds ADD COLUMN max_body_bytes integer').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE feeds DROP COLUMN IF EXISTS max_body_bytes').execute(db);
}
