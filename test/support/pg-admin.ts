/**
 * Test databases on the real Postgres: one template per test run (migrated once), one fresh copy
 * per test file (CREATE DATABASE … TEMPLATE, ~0.1 s), all dropped at the end of the run.
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';

/** The server tests use; override with TEST_PG_URL (a URL to any database on it, as a superuser). */
export const ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The URL of database `name` on the test server. */
export function urlFor(name: string): string {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  return u.href;
}

/** Runs statements on the admin database (CREATE/DROP DATABASE cannot run in a transaction). */
export async function adminQuery(statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

/** Names of databases starting with `prefix` (literally: `_` and `%` are not LIKE wildcards here). */
export async function listDatabases(prefix: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    const pattern = `${prefix.replace(/[\\%_]/g, '\\$&')}%`;
    const r = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [pattern]);
    return r.rows.map((x) => x.datname);
  } finally {
    await client.end();
  }
}

/** A Kysely on database `name`, for migrations in the global setup. */
export function kyselyFor(name: string): Kysely<unknown> {
  return new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: urlFor(name), max: 2 }) }) });
}

export { sql };
