/**
 * The database as Kysely sees it. Column names are snake_case; row types come from
 * Selectable/Insertable/Updateable so a schema change is a type error wherever it matters.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { ItemStatus, WebhookEvent } from '../src/policy/item-status';
import type { PendingUpdate, SourceFields } from '../src/policy/source-update';
import type { ReviewMode, Rights } from '../src/settings/feeds-schema';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** jsonb with a database default: optional on insert. */
type JsonDefault<T> = ColumnType<T, string | undefined, string>;
/** Nullable jsonb: optional on insert, SQL NULL when absent. */
type JsonNullable<T> = ColumnType<T | null, string | null | undefined, string | null>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** A timestamp with a database default that code may also set. */
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface SourcesTable {
  id: string;
  name: string;
  homepage: string | null;
  rights: Rights;
  review: ReviewMode;
  credit_template: string;
  excerpt_words: number;
  categories: JsonDefault<string[]>;
  language: string | null;
  settings: JsonDefault<Record<string, unknown>>;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: DefaultTimestamp;
}

export interface FeedsTable {
  id: Generated<number>;
  source_id: string;
  url: string;
  /** The URL as feeds.yaml lists it; `url` may differ after a permanent redirect. */
  config_url: string;
  type: string;
  title: string | null;
  site_url: string | null;
  poll_interval_s: number;
  /** feeds.yaml `max_body` in bytes, for this feed's own fetch; null = WIREROOM_HTTP_MAX_BODY. */
  max_body_bytes: number | null;
  etag: string | null;
  last_modified: string | null;
  next_due_at: Timestamp;
  last_fetched_at: Timestamp | null;
  last_success_at: Timestamp | null;
  last_status: number | null;
  last_duration_ms: number | null;
  last_new_entries: number | null;
  error_code: string | null;
  error_message: string | null;
  error_count: Generated<number>;
  fetch_count: Generated<number>;
  paused: Generated<boolean>;
  paused_reason: string | null;
  active: Generated<boolean>;
  poll_state: JsonDefault<Record<string, unknown>>;
  created_at: CreatedAt;
  updated_at: DefaultTimestamp;
}

export interface FeedEventsTable {
  id: Generated<number>;
  feed_id: number;
  at: DefaultTimestamp;
  kind: string;
  detail: JsonDefault<Record<string, unknown>>;
}

export interface EntriesTable {
  id: Generated<number>;
  feed_id: number;
  source_id: string;
  guid: string;
  link: string | null;
  link_norm: string | null;
  title: string | null;
  summary: string | null;
  content_html: string | null;
  authors: JsonDefault<string[]>;
  categories: JsonDefault<string[]>;
  enclosures: JsonDefault<unknown[]>;
  origin: JsonNullable<{ name: string | null; url: string | null }>;
  published_at: Timestamp | null;
  updated_at: Timestamp | null;
  content_hash: string;
  version: Generated<number>;
  first_seen_at: CreatedAt;
  last_seen_at: DefaultTimestamp;
}

export interface ItemsTable {
  id: Generated<number>;
  entry_id: number;
  source_id: string;
  cluster_id: number | null;
  url: string;
  url_norm: string;
  canonical_url: string | null;
  title: string;
  byline: string | null;
  authors: JsonDefault<string[]>;
  summary: string | null;
  content_html: string | null;
  text: string | null;
  word_count: number;
  lead_image: JsonNullable<unknown>;
  original_source: JsonNullable<{ name: string | null; url: string | null }>;
  rights_notice: string | null;
  site_name: string | null;
  lang: string | null;
  categories: JsonDefault<string[]>;
  content_from: string;
  content_hash: string;
  extract_error: string | null;
  published_at: Timestamp | null;
  modified_at: Timestamp | null;
  sort_at: Timestamp;
  status: ItemStatus;
  status_reason: string | null;
  credit_line: string | null;
  credit_override: string | null;
  version: Generated<number>;
  previous_version: JsonNullable<unknown>;
  flags: JsonDefault<string[]>;
  published_on: Timestamp | null;
  created_at: CreatedAt;
  updated_at: DefaultTimestamp;
  /** 0002: MinHash signature (serializeSignature), its params version, and the item this one duplicates. */
  minhash: ColumnType<Buffer | null, Buffer | null | undefined, Buffer | null>;
  dedupe_version: number | null;
  duplicate_of: number | null;
  /** 0006: the next re-check (NULL = none), the schedule steps claimed, a claimed re-check awaiting its job. */
  recheck_at: Timestamp | null;
  recheck_step: Generated<number>;
  recheck_pending: Generated<boolean>;
  /** 0012: bumped by a trigger on every change an editor sees; the desk's forms carry it (version check). */
  revision: Generated<number>;
  /** 0012: the source's own headline and summary; NULL = no editor override known. */
  source_fields: JsonNullable<SourceFields>;
  /** 0012: a source update of a published item waiting for review (src/policy/source-update.ts). */
  pending_update: JsonNullable<PendingUpdate>;
}

/** 0012: the desk's soft lock on an item. */
export interface ItemLocksTable {
  item_id: number;
  username: string;
  since: Timestamp;
  expires_at: Timestamp;
}

export interface CreditsTable {
  id: Generated<number>;
  item_id: number;
  source_id: string | null;
  entry_id: number | null;
  role: string;
  name: string;
  url: string | null;
  created_at: CreatedAt;
}

export interface ClustersTable {
  id: Generated<number>;
  representative_item_id: number | null;
  original: JsonNullable<{ name: string | null; url: string | null }>;
  created_at: CreatedAt;
  updated_at: DefaultTimestamp;
  /** 0002: the source that first published the story, when it is one of ours. */
  original_source_id: string | null;
}

/** 0002: one row per (LSH band key, item); shared by every worker. */
export interface DedupeBandsTable {
  band_key: number;
  item_id: number;
}

/** 0002: an item's earlier versions with the diff to the next one, for editors. */
export interface ItemVersionsTable {
  id: Generated<number>;
  item_id: number;
  version: number;
  title: string;
  text: string | null;
  content_hash: string;
  diff: string;
  created_at: CreatedAt;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor: string;
  action: string;
  item_id: number | null;
  cluster_id: number | null;
  source_id: string | null;
  feed_id: number | null;
  before: JsonNullable<unknown>;
  after: JsonNullable<unknown>;
  detail: string | null;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  /** viewer, editor or operator (migration 0013 added viewer). */
  role: string;
  api_token_hash: string | null;
  created_at: CreatedAt;
  disabled: Generated<boolean>;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the cookie's token; the token itself is never stored. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: DefaultTimestamp;
  expires_at: Timestamp;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  at: DefaultTimestamp;
  ip: string;
  username: string;
  ok: boolean;
}

export interface WireEntriesTable {
  feed_id: number;
  guid: string;
  format: string;
  format_version: string;
  creditline: string | null;
  byline: string | null;
  dateline: string | null;
  copyright_holder: string | null;
  copyright_notice: string | null;
  usage_terms: string | null;
  full_text: Generated<boolean>;
  received_at: DefaultTimestamp;
  /** 0009: the most the document's own terms allow (full when they do not restrict). */
  rights_cap: ColumnType<Rights, Rights | undefined, Rights>;
  /** 0009: the document's structural embargo: held until then. */
  embargo_until: Timestamp | null;
}

export interface WireIngestsTable {
  id: Generated<number>;
  source_id: string;
  feed_id: number | null;
  channel: string;
  name: string | null;
  format: string | null;
  outcome: string;
  code: string | null;
  reason: string | null;
  items: Generated<number>;
  at: DefaultTimestamp;
}

export interface WebsubSubscriptionsTable {
  feed_id: number;
  hub: string;
  topic: string;
  secret: string;
  state: string;
  lease_seconds: number | null;
  expires_at: Timestamp | null;
  verified_at: Timestamp | null;
  last_delivery_at: Timestamp | null;
  last_error: string | null;
  fail_count: Generated<number>;
  created_at: CreatedAt;
  updated_at: DefaultTimestamp;
}

/** 0003-publisher: one row per publish / update / withdrawal, written by a trigger on items. */
export interface PublishEventsTable {
  id: Generated<number>;
  item_id: number;
  type: WebhookEvent;
  item_version: number;
  status: ItemStatus;
  at: Generated<Date>;
  /** The writing transaction's id (0 before migration 0008): events are read in (txid, id) order. */
  txid: Generated<number>;
}

export interface WebhookCursorsTable {
  endpoint: string;
  last_event_id: Generated<number>;
  last_txid: Generated<number>;
}

/** Failed logins per (username, address); username '' is the address as a whole. */
export interface LoginThrottleTable {
  username: string;
  ip: string;
  failures: number;
  last_at: Date;
  next_at: Date;
}

export interface WebhookDeliveriesTable {
  id: Generated<number>;
  endpoint: string;
  event_id: number;
  status: Generated<'pending' | 'delivered' | 'dead'>;
  attempts: Generated<number>;
  last_status: number | null;
  last_error: string | null;
  created_at: Generated<Date>;
  delivered_at: Date | null;
  /** 0017: when a pending delivery is tried next (null = now). */
  next_attempt_at: Generated<Date | null>;
}

export interface Database {
  wire_entries: WireEntriesTable;
  wire_ingests: WireIngestsTable;
  websub_subscriptions: WebsubSubscriptionsTable;
  sources: SourcesTable;
  feeds: FeedsTable;
  feed_events: FeedEventsTable;
  entries: EntriesTable;
  items: ItemsTable;
  credits: CreditsTable;
  clusters: ClustersTable;
  audit_log: AuditLogTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  login_throttle: LoginThrottleTable;
  dedupe_bands: DedupeBandsTable;
  item_versions: ItemVersionsTable;
  publish_events: PublishEventsTable;
  webhook_cursors: WebhookCursorsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  item_locks: ItemLocksTable;
}

export type SourceRow = Selectable<SourcesTable>;
export type FeedRow = Selectable<FeedsTable>;
export type NewFeed = Insertable<FeedsTable>;
export type FeedUpdate = Updateable<FeedsTable>;
export type EntryRow = Selectable<EntriesTable>;
export type NewEntry = Insertable<EntriesTable>;
export type ItemRow = Selectable<ItemsTable>;
export type NewItem = Insertable<ItemsTable>;
export type ItemUpdate = Updateable<ItemsTable>;
export type CreditRow = Selectable<CreditsTable>;
export type ClusterRow = Selectable<ClustersTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
