/**
 * The viewer role (issue 19): a read-only desk account. The users.role check gains 'viewer'.
 * Plain SQL for Postgres 15+ and PGlite. Going down fails while a viewer account exists
 * (give it another role or delete it first).
 */
import { sql, type Kysely } from 'kysely';

const UP = [
  'ALTER TABLE users DROP CONSTRAINT users_role_check',
  `ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('viewer','editor','operator'))`,
];

const DOWN = [
  'ALTER TABLE users DROP CONSTRAINT users_role_check',
  `ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('editor','operator'))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
