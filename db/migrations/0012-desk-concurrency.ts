/**
 * Two editors and source updates on the desk (issue 19).
 *
 * - `items.revision` counts every change an editor can see (status, headline, summary, body,
 *   credit, source version, a waiting update); a BEFORE UPDATE trigger bumps it, whichever path
 *   writes the row, so the desk's forms carry it and a stale save or approve is refused (409).
 * - `items.source_fields` holds the source's own headline and summary ({title, summary}); the live
 *   `title`/`summary` differ from it where an editor overrode them, and those overrides survive
 *   source updates. NULL (rows older than this migration) means "no override known".
 * - `items.pending_update` holds a source update of a published item waiting for review: the live
 *   columns stay as approved (the portal keeps the story) until an editor approves the update.
 * - `item_locks`: the soft lock ("being edited by ella since 10:42"), one per item, expiring.
 * Plain SQL for Postgres 15+ and PGlite.
 */
import { sql, type Kysely } from 'kysely';

const UP = [
  'ALTER TABLE items ADD COLUMN revision integer NOT NULL DEFAULT 1',
  'ALTER TABLE items ADD COLUMN source_fields jsonb',
  'ALTER TABLE items ADD COLUMN pending_update jsonb',
  `CREATE FUNCTION wireroom_items_revision() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF (NEW.status, NEW.title, NEW.summary, NEW.content_html, NEW.credit_override, NEW.credit_line, NEW.version, NEW.pending_update)
        IS DISTINCT FROM (OLD.status, OLD.title, OLD.summary, OLD.content_html, OLD.credit_override, OLD.credit_line, OLD.version, OLD.pending_update) THEN
      NEW.revision := OLD.revision + 1;
    END IF;
    RETURN NEW;
  END $$`,
  `CREATE TRIGGER items_revision BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION wireroom_items_revision()`,
  `CREATE INDEX items_pending_update ON items (id) WHERE pending_update IS NOT NULL`,
  `CREATE TABLE item_locks (
    item_id bigint PRIMARY KEY REFERENCES items (id) ON DELETE CASCADE,
    username text NOT NULL,
    since timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
  )`,
  'CREATE INDEX audit_log_actor ON audit_log (actor, id DESC)',
];

const DOWN = [
  'DROP INDEX IF EXISTS audit_log_actor',
  'DROP TABLE IF EXISTS item_locks',
  'DROP INDEX IF EXISTS items_pending_update',
  'DROP TRIGGER IF EXISTS items_revision ON items',
  'DROP FUNCTION IF EXISTS wireroom_items_revision()',
  'ALTER TABLE items DROP COLUMN IF EXISTS pending_update',
  'ALTER TABLE items DROP COLUMN IF EXISTS source_fields',
  'ALTER TABLE items DROP COLUMN IF EXISTS revision',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
