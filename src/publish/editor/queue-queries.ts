/** Reads for the review queue: one keyset page, counts per status, the filter choices. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ItemStatus } from '../../policy/item-status';
import { effectiveRightsSql } from '../rights-sql';
import { APPROVAL_COLUMNS, type ApprovalRow } from './approval-facts';

export const QUEUE_PAGE_SIZE = 50;
/** Every status, in the order the desk lists them (the work first). */
export const REVIEW_STATUSES: readonly ItemStatus[] = ['queued', 'held', 'published', 'rejected', 'unpublished', 'withdrawn', 'duplicate'];

export interface QueueFilters {
  status: ItemStatus;
  source?: string;
  cluster?: number;
}

/** The last id shown; ids grow with import order, so `id < cursor` is the next page exactly. */
export interface QueueCursor {
  id: number;
}

/** Characters of the text a queue card reads for its excerpt (a few lines; the rest stays in the database). */
export const QUEUE_TEXT_CHARS = 400;

export interface QueueRow extends ApprovalRow {
  id: number;
  title: string;
  status: ItemStatus;
  status_reason: string | null;
  cluster_id: number | null;
  version: number;
  word_count: number;
  created_at: Date;
  published_at: Date | null;
  summary: string | null;
  /** The first QUEUE_TEXT_CHARS characters of the text. */
  text_start: string | null;
}

/** Newest imports first (by id); `limit + 1` rows so the caller knows whether a next page exists. */
export function listQueue(
  db: Kysely<Database>,
  f: QueueFilters,
  after: QueueCursor | undefined,
  limit = QUEUE_PAGE_SIZE,
): Promise<QueueRow[]> {
  let q = db
    .selectFrom('items as i')
    .innerJoin('sources as s', 's.id', 'i.source_id')
    .leftJoin('entries as e', 'e.id', 'i.entry_id')
    .leftJoin('wire_entries as w', (j) => j.onRef('w.feed_id', '=', 'e.feed_id').onRef('w.guid', '=', 'e.guid'))
    .select([
      'i.id',
      'i.title',
      'i.status',
      'i.status_reason',
      'i.cluster_id',
      'i.version',
      'i.word_count',
      'i.created_at',
      'i.published_at',
    ])
    .select(['i.summary', sql<string | null>`left(i.text, ${QUEUE_TEXT_CHARS})`.as('text_start')])
    .select(APPROVAL_COLUMNS)
    .select(effectiveRightsSql().as('rights'))
    .where('i.status', '=', f.status);
  if (f.source) q = q.where('i.source_id', '=', f.source);
  if (f.cluster) q = q.where('i.cluster_id', '=', f.cluster);
  if (after) q = q.where('i.id', '<', after.id);
  return q
    .orderBy('i.id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** How many items are in each status under the source/cluster filters (status itself not applied). */
export async function countByStatus(db: Kysely<Database>, f: Omit<QueueFilters, 'status'>): Promise<Record<string, number>> {
  let q = db
    .selectFrom('items')
    .select(['status', sql<number>`count(*)::int`.as('n')])
    .groupBy('status');
  if (f.source) q = q.where('source_id', '=', f.source);
  if (f.cluster) q = q.where('cluster_id', '=', f.cluster);
  const rows = await q.execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** The active sources, for the filter menu (a source removed from feeds.yaml or paused there is left out). */
export function listSourceChoices(db: Kysely<Database>): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('sources').select(['id', 'name']).where('active', '=', true).orderBy('name').execute();
}

/** Encodes a queue cursor for a URL. */
export function encodeQueueCursor(c: QueueCursor): string {
  return String(c.id);
}

/** Decodes a queue cursor; undefined when malformed. */
export function decodeQueueCursor(s: string): QueueCursor | undefined {
  const n = /^\d{1,15}$/.test(s) ? Number(s) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? { id: n } : undefined;
}
