/**
 * Wire copy and push: what each wire entry carried beyond the feed model (creditline, rights
 * statements, the effective rights), a log of every ingested file or push, and WebSub
 * subscriptions with their lease and secret. Plain SQL for Postgres 15+ and PGlite.
 */
import { sql, type Kysely } from 'kysely';

const STATEMENTS = [
  `CREATE TABLE wire_entries (
    feed_id bigint NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid text NOT NULL,
    format text NOT NULL CHECK (format IN ('nitf','newsml','ninjs')),
    format_version text NOT NULL,
    creditline text,
    byline text,
    dateline text,
    copyright_holder text,
    copyright_notice text,
    usage_terms text,
    full_text boolean NOT NULL DEFAULT true,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (feed_id, guid)
  )`,
  `CREATE TABLE wire_ingests (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id text NOT NULL REFERENCES sources(id),
    feed_id bigint REFERENCES feeds(id) ON DELETE SET NULL,
    channel text NOT NULL CHECK (channel IN ('folder','push','pull','websub')),
    name text,
    format text,
    outcome text NOT NULL CHECK (outcome IN ('ok','failed')),
    code text,
    reason text,
    items integer NOT NULL DEFAULT 0,
    at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX wire_ingests_source ON wire_ingests (source_id, at DESC)`,
  `CREATE TABLE websub_subscriptions (
    feed_id bigint PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
    hub text NOT NULL,
    topic text NOT NULL,
    secret text NOT NULL,
    state text NOT NULL CHECK (state IN ('requested','active','failed','unsubscribed')),
    lease_seconds integer,
    expires_at timestamptz,
    verified_at timestamptz,
    last_delivery_at timestamptz,
    last_error text,
    fail_count integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX websub_renew ON websub_subscriptions (expires_at) WHERE state = 'active'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['websub_subscriptions', 'wire_ingests', 'wire_entries']) await sql.raw(`DROP TABLE IF EXISTS ${t} CASCADE`).execute(db);
}
