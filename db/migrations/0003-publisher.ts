/**
 * The publisher: a database guard that no item of a `rights: none` source is ever published
 * (backing the single publish path), an outbox of publish / update / withdrawal events written by a
 * trigger (so every path that changes an item — publish path, editor, source takedown — emits one),
 * and webhook deliveries with per-endpoint cursors and a dead-letter status.
 */
import { sql, type Kysely } from 'kysely';

const STATEMENTS = [
  `CREATE FUNCTION wireroom_items_rights_guard() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.status = 'published' AND EXISTS (SELECT 1 FROM sources s WHERE s.id = NEW.source_id AND s.rights = 'none') THEN
      RAISE EXCEPTION 'item %: source % has rights none; it cannot be published', NEW.id, NEW.source_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END $$`,
  `CREATE TRIGGER items_rights_guard BEFORE INSERT OR UPDATE OF status, source_id ON items
    FOR EACH ROW EXECUTE FUNCTION wireroom_items_rights_guard()`,
  `CREATE TABLE publish_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id bigint NOT NULL,
    type text NOT NULL CHECK (type IN ('item.published','item.updated','item.withdrawn')),
    item_version integer NOT NULL,
    status text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX publish_events_item ON publish_events (item_id, id)`,
  `CREATE FUNCTION wireroom_items_publish_event() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE kind text;
  BEGIN
    IF TG_OP = 'INSERT' THEN
      IF NEW.status = 'published' THEN kind := 'item.published'; END IF;
    ELSIF NEW.status = 'published' AND OLD.status <> 'published' THEN kind := 'item.published';
    ELSIF NEW.status <> 'published' AND OLD.status = 'published' THEN kind := 'item.withdrawn';
    ELSIF NEW.status = 'published' AND (NEW.version <> OLD.version OR NEW.title <> OLD.title
        OR NEW.credit_line IS DISTINCT FROM OLD.credit_line OR NEW.content_html IS DISTINCT FROM OLD.content_html
        OR NEW.summary IS DISTINCT FROM OLD.summary OR NEW.authors <> OLD.authors) THEN kind := 'item.updated';
    END IF;
    IF kind IS NOT NULL THEN
      INSERT INTO publish_events (item_id, type, item_version, status) VALUES (NEW.id, kind, NEW.version, NEW.status);
    END IF;
    RETURN NULL;
  END $$`,
  `CREATE TRIGGER items_publish_event AFTER INSERT OR UPDATE ON items
    FOR EACH ROW EXECUTE FUNCTION wireroom_items_publish_event()`,
  `CREATE TABLE webhook_cursors (
    endpoint text PRIMARY KEY,
    last_event_id bigint NOT NULL DEFAULT 0
  )`,
  `CREATE TABLE webhook_deliveries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    endpoint text NOT NULL,
    event_id bigint NOT NULL REFERENCES publish_events(id),
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','delivered','dead')),
    attempts integer NOT NULL DEFAULT 0,
    last_status integer,
    last_error text,
    created_at timestamptz NOT NULL DEFAULT now(),
    delivered_at timestamptz,
    UNIQUE (endpoint, event_id)
  )`,
  `CREATE INDEX webhook_deliveries_dead ON webhook_deliveries (endpoint, id) WHERE status = 'dead'`,
  `CREATE INDEX webhook_deliveries_pending ON webhook_deliveries (id) WHERE status = 'pending'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const s of [
    'DROP TABLE IF EXISTS webhook_deliveries',
    'DROP TABLE IF EXISTS webhook_cursors',
    'DROP TRIGGER IF EXISTS items_publish_event ON items',
    'DROP FUNCTION IF EXISTS wireroom_items_publish_event()',
    'DROP TABLE IF EXISTS publish_events',
    'DROP TRIGGER IF EXISTS items_rights_guard ON items',
    'DROP FUNCTION IF EXISTS wireroom_items_rights_guard()',
  ])
    await sql.raw(s).execute(db);
}
