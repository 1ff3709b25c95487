/** Validates the portal API's query parameters; a bad one is a 400 naming the field and the fix. */
import { z } from 'zod';
import { cursorSort, decodeCursor, type Cursor } from '../cursor';
import type { ItemFilters } from '../item-queries';

export const MAX_LIMIT = 200;
export const DEFAULT_LIMIT = 50;

/** Free text: 1..max characters, no control characters (Postgres refuses NUL in text). */
const text = (field: string, max: number) =>
  z
    .string()
    .min(1, `${field} must not be empty`)
    .max(max, `${field} must be at most ${max} characters`)
    .refine((v) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(v), { message: `${field} must not contain control characters` });

const date = (field: string) =>
  z
    .string()
    .refine((v) => !Number.isNaN(Date.parse(v)), { message: `${field} must be an ISO 8601 date or time, e.g. 2026-11-28T10:00:00Z` })
    .transform((v) => new Date(v));

export const listQuerySchema = z
  .object({
    limit: z.coerce
      .number({ error: `limit must be a whole number from 1 to ${MAX_LIMIT}` })
      .int(`limit must be a whole number from 1 to ${MAX_LIMIT}`)
      .min(1, `limit must be at least 1`)
      .max(MAX_LIMIT, `limit must be at most ${MAX_LIMIT}`)
      .default(DEFAULT_LIMIT),
    cursor: z.string().max(200).optional(),
    source: z
      .string()
      .regex(/^[a-z0-9-]+(,[a-z0-9-]+)*$/, 'source must be a source id or a comma-separated list of ids')
      .optional(),
    category: text('category', 200).optional(),
    lang: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'lang must be a language tag such as en or pt-BR')
      .optional(),
    since: date('since').optional(),
    until: date('until').optional(),
    cluster: z.coerce
      .number({ error: 'cluster must be a cluster id (a positive whole number)' })
      .int()
      .positive('cluster must be a positive whole number')
      .optional(),
    q: text('q', 500).optional(),
    updated_since: date('updated_since').optional(),
    sort: z
      .enum(['published', 'updated'], { error: 'sort must be published (newest first, the default) or updated (newest change first)' })
      .default('published'),
  })
  .passthrough();

export type ListQuery = { filters: ItemFilters; cursor: Cursor | undefined; limit: number };

/** Parses the list query or returns the problems, one per field. */
export function parseListQuery(raw: unknown): { ok: true; value: ListQuery } | { ok: false; problems: string[] } {
  const r = listQuerySchema.safeParse(raw);
  if (!r.success) return { ok: false, problems: r.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`) };
  const v = r.data;
  let cursor: Cursor | undefined;
  if (v.cursor !== undefined) {
    cursor = decodeCursor(v.cursor);
    if (!cursor)
      return {
        ok: false,
        problems: ['cursor: not a cursor from this API; pass next_cursor from the previous page, or omit it to start at the newest item'],
      };
    if (cursorSort(cursor) !== v.sort)
      return {
        ok: false,
        problems: [`cursor: it continues a sort=${cursorSort(cursor)} list; send the same sort it came with (got sort=${v.sort})`],
      };
  }
  return {
    ok: true,
    value: {
      limit: v.limit,
      cursor,
      filters: {
        source: v.source?.split(','),
        category: v.category,
        lang: v.lang,
        since: v.since,
        until: v.until,
        cluster: v.cluster,
        q: v.q,
        updatedSince: v.updated_since,
        sort: v.sort,
      },
    },
  };
}
