/**
 * Duplicates and stories (issue 5): item signatures and the shared LSH band index, the duplicate
 * link, a cluster's original publisher, and earlier versions of an item with their diffs. Plain SQL
 * for Postgres 15+ and PGlite.
 */
import { sql, type Kysely } from 'kysely';

const STATEMENTS = [
  `ALTER TABLE items ADD COLUMN minhash bytea`,
  `ALTER TABLE items ADD COLUMN dedupe_version smallint`,
  `ALTER TABLE items ADD COLUMN duplicate_of bigint REFERENCES items(id)`,
  `CREATE INDEX items_duplicate_of ON items (duplicate_of) WHERE duplicate_of IS NOT NULL`,
  `CREATE INDEX entries_guid ON entries (guid)`,
  `CREATE TABLE dedupe_bands (
    band_key bigint NOT NULL,
    item_id bigint NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, item_id)
  )`,
  `ALTER TABLE clusters ADD COLUMN original_source_id text REFERENCES sources(id)`,
  `CREATE TABLE item_versions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id bigint NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    version integer NOT NULL,
    title text NOT NULL,
    text text,
    content_hash text NOT NULL,
    diff text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (item_id, version)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const s of [
    'DROP TABLE IF EXISTS item_versions',
    'DROP TABLE IF EXISTS dedupe_bands',
    'DROP INDEX IF EXISTS entries_guid',
    'ALTER TABLE clusters DROP COLUMN IF EXISTS original_source_id',
    'ALTER TABLE items DROP COLUMN IF EXISTS duplicate_of',
    'ALTER TABLE items DROP COLUMN IF EXISTS dedupe_version',
    'ALTER TABLE items DROP COLUMN IF EXISTS minhash',
  ])
    await sql.raw(s).execute(db);
}
