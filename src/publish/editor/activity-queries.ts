/** Reads for the desk-wide activity page: audit entries filtered by editor and source, newest first, and updates waiting for review. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/** Entries per activity page. */
export const ACTIVITY_PAGE_SIZE = 50;

export interface ActivityFilters {
  actor?: string;
  source?: string;
  /** Keyset cursor: entries with a smaller id. */
  before?: number;
}

export interface ActivityRow {
  id: number;
  at: Date;
  actor: string;
  action: string;
  before: unknown;
  after: unknown;
  detail: string | null;
  item_id: number | null;
  item_title: string | null;
  source_id: string | null;
}

/** One page of entries (one more than the page size when there is a next page). */
export function listActivity(db: Kysely<Database>, f: ActivityFilters): Promise<ActivityRow[]> {
  let q = db
    .selectFrom('audit_log as a')
    .leftJoin('items as i', 'i.id', 'a.item_id')
    .select(['a.id', 'a.at', 'a.actor', 'a.action', 'a.before', 'a.after', 'a.detail', 'a.item_id', 'i.title as item_title'])
    .select((eb) => eb.fn.coalesce('i.source_id', 'a.source_id').as('source_id'));
  if (f.actor) q = q.where('a.actor', '=', f.actor);
  if (f.source) q = q.where((eb) => eb.or([eb('i.source_id', '=', f.source!), eb('a.source_id', '=', f.source!)]));
  if (f.before) q = q.where('a.id', '<', f.before);
  return q
    .orderBy('a.id', 'desc')
    .limit(ACTIVITY_PAGE_SIZE + 1)
    .execute();
}

/** The people who can appear in the log: desk accounts, and the pipeline. */
export async function listActors(db: Kysely<Database>): Promise<string[]> {
  const users = await db.selectFrom('users').select('username').orderBy('username').execute();
  return [...users.map((u) => u.username), 'pipeline'];
}

/** Published items whose source update waits for review, oldest first. */
export function listPendingUpdates(db: Kysely<Database>): Promise<{ id: number; title: string; source_id: string }[]> {
  return db
    .selectFrom('items')
    .select(['id', 'title', 'source_id'])
    .where('pending_update', 'is not', null)
    .orderBy('id')
    .limit(100)
    .execute();
}
