/** Parses the editor's query strings and form bodies; every problem names the field and the fix. Pure. */
import { decodeQueueCursor, REVIEW_STATUSES, type QueueCursor, type QueueFilters } from './queue-queries';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

function positiveInt(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** `?status=&source=&cluster=&after=` for the queue page. */
export function parseQueueQuery(q: Record<string, unknown>): Parsed<{ filters: QueueFilters; after?: QueueCursor }> {
  const problems: string[] = [];
  const wanted = typeof q.status === 'string' && q.status ? q.status : 'queued';
  const status = REVIEW_STATUSES.find((s) => s === wanted);
  if (!status) problems.push(`status: must be one of ${REVIEW_STATUSES.join(', ')}`);
  const source = typeof q.source === 'string' && q.source ? q.source : undefined;
  if (source && !/^[a-z0-9-]+$/.test(source)) problems.push('source: a source id (lowercase letters, digits, -)');
  let cluster: number | undefined;
  if (typeof q.cluster === 'string' && q.cluster) {
    cluster = positiveInt(q.cluster);
    if (!cluster) problems.push('cluster: must be a positive whole number');
  }
  let after: QueueCursor | undefined;
  if (typeof q.after === 'string' && q.after) {
    after = decodeQueueCursor(q.after);
    if (!after) problems.push('after: not a cursor from this page; start again from /editor');
  }
  return problems.length || !status ? { ok: false, problems } : { ok: true, value: { filters: { status, source, cluster }, after } };
}

/** An item id from the path. */
export function parseId(v: unknown): number | undefined {
  return positiveInt(v);
}

/** The ids of a bulk form (`ids` repeated). */
export function parseIds(v: unknown): Parsed<number[]> {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  const ids = list.map(positiveInt);
  if (!ids.length) return { ok: false, problems: ['ids: select at least one item'] };
  if (ids.some((i) => i === undefined)) return { ok: false, problems: ['ids: item ids must be positive whole numbers'] };
  if (ids.length > 200) return { ok: false, problems: ['ids: at most 200 items at once'] };
  return { ok: true, value: ids as number[] };
}
