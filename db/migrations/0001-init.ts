/**
 * The first schema: sources and feeds with poll state, entries, items with status and credit,
 * credits, clusters, the audit log and users. Plain SQL that runs unchanged on Postgres 15+ and
 * on PGlite (Postgres 18 in WASM).
 */
import { sql, type Kysely } from 'kysely';

const STATEMENTS = [
  `CREATE TABLE sources (
    id text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]+$'),
    name text NOT NULL CHECK (name <> ''),
    homepage text,
    rights text NOT NULL CHECK (rights IN ('full','excerpt','headline','none')),
    review text NOT NULL CHECK (review IN ('required','auto')),
    credit_template text NOT NULL CHECK (credit_template <> ''),
    excerpt_words integer NOT NULL DEFAULT 60,
    categories jsonb NOT NULL DEFAULT '[]',
    language text,
    settings jsonb NOT NULL DEFAULT '{}',
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE feeds (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id text NOT NULL REFERENCES sources(id),
    url text NOT NULL UNIQUE,
    config_url text NOT NULL UNIQUE,
    type text NOT NULL DEFAULT 'rss',
    title text,
    site_url text,
    poll_interval_s integer NOT NULL,
    etag text,
    last_modified text,
    next_due_at timestamptz NOT NULL DEFAULT now(),
    last_fetched_at timestamptz,
    last_success_at timestamptz,
    last_status integer,
    last_duration_ms integer,
    last_new_entries integer,
    error_code text,
    error_message text,
    error_count integer NOT NULL DEFAULT 0,
    fetch_count integer NOT NULL DEFAULT 0,
    paused boolean NOT NULL DEFAULT false,
    paused_reason text,
    active boolean NOT NULL DEFAULT true,
    poll_state jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX feeds_due ON feeds (next_due_at) WHERE active AND NOT paused`,
  `CREATE TABLE feed_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feed_id bigint NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    at timestamptz NOT NULL DEFAULT now(),
    kind text NOT NULL,
    detail jsonb NOT NULL DEFAULT '{}'
  )`,
  `CREATE INDEX feed_events_feed ON feed_events (feed_id, at DESC)`,
  `CREATE TABLE entries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feed_id bigint NOT NULL REFERENCES feeds(id),
    source_id text NOT NULL REFERENCES sources(id),
    guid text NOT NULL,
    link text,
    link_norm text,
    title text,
    summary text,
    content_html text,
    authors jsonb NOT NULL DEFAULT '[]',
    categories jsonb NOT NULL DEFAULT '[]',
    enclosures jsonb NOT NULL DEFAULT '[]',
    origin jsonb,
    published_at timestamptz,
    updated_at timestamptz,
    content_hash text NOT NULL,
    version integer NOT NULL DEFAULT 1,
    first_seen_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (feed_id, guid)
  )`,
  `CREATE UNIQUE INDEX entries_feed_link ON entries (feed_id, link_norm) WHERE link_norm IS NOT NULL`,
  `CREATE TABLE clusters (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    representative_item_id bigint,
    original jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE items (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_id bigint NOT NULL UNIQUE REFERENCES entries(id),
    source_id text NOT NULL REFERENCES sources(id),
    cluster_id bigint REFERENCES clusters(id),
    url text NOT NULL,
    url_norm text NOT NULL,
    canonical_url text,
    title text NOT NULL,
    byline text,
    authors jsonb NOT NULL DEFAULT '[]',
    summary text,
    content_html text,
    text text,
    word_count integer NOT NULL DEFAULT 0,
    lead_image jsonb,
    original_source jsonb,
    rights_notice text,
    site_name text,
    lang text,
    categories jsonb NOT NULL DEFAULT '[]',
    content_from text NOT NULL CHECK (content_from IN ('page','feed','wire','editor')),
    content_hash text NOT NULL,
    extract_error text,
    published_at timestamptz,
    modified_at timestamptz,
    sort_at timestamptz NOT NULL,
    status text NOT NULL CHECK (status IN ('queued','published','rejected','unpublished','withdrawn','duplicate','held')),
    status_reason text,
    credit_line text,
    credit_override text,
    version integer NOT NULL DEFAULT 1,
    previous_version jsonb,
    flags jsonb NOT NULL DEFAULT '[]',
    published_on timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    search tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
      setweight(to_tsvector('simple', coalesce(summary, '')), 'B') ||
      setweight(to_tsvector('simple', left(coalesce(text, ''), 100000)), 'C')
    ) STORED,
    CONSTRAINT items_published_has_credit CHECK (status <> 'published' OR (credit_line IS NOT NULL AND btrim(credit_line) <> '' AND published_on IS NOT NULL))
  )`,
  `ALTER TABLE clusters ADD CONSTRAINT clusters_representative FOREIGN KEY (representative_item_id) REFERENCES items(id) DEFERRABLE INITIALLY DEFERRED`,
  `CREATE INDEX items_published_order ON items (sort_at DESC, id DESC) WHERE status = 'published'`,
  `CREATE INDEX items_status_order ON items (status, created_at DESC, id DESC)`,
  `CREATE INDEX items_source_published ON items (source_id, sort_at DESC, id DESC) WHERE status = 'published'`,
  `CREATE INDEX items_cluster ON items (cluster_id)`,
  `CREATE INDEX items_url_norm ON items (url_norm)`,
  `CREATE INDEX items_content_hash ON items (content_hash)`,
  `CREATE INDEX items_search ON items USING gin (search)`,
  `CREATE TABLE credits (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id bigint NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    source_id text REFERENCES sources(id),
    entry_id bigint REFERENCES entries(id),
    role text NOT NULL CHECK (role IN ('origin','carrier','author')),
    name text NOT NULL,
    url text,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE UNIQUE INDEX credits_unique ON credits (item_id, role, name, coalesce(url, ''))`,
  `CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    actor text NOT NULL,
    action text NOT NULL,
    item_id bigint,
    cluster_id bigint,
    source_id text,
    feed_id bigint,
    before jsonb,
    after jsonb,
    detail text
  )`,
  `CREATE INDEX audit_item ON audit_log (item_id, at DESC)`,
  `CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username text NOT NULL UNIQUE,
    password_hash text NOT NULL,
    role text NOT NULL CHECK (role IN ('editor','operator')),
    api_token_hash text UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    disabled boolean NOT NULL DEFAULT false
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['users', 'audit_log', 'credits', 'clusters', 'items', 'entries', 'feed_events', 'feeds', 'sources']) {
    await sql.raw(`DROP TABLE IF EXISTS ${t} CASCADE`).execute(db);
  }
}
