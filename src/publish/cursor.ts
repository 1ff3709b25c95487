/**
 * Keyset cursors for the item list, opaque to clients. Newest published first: (sort_at, id) of the
 * last item. Newest change first (`sort=updated`): (updated_at in whole microseconds, id), since
 * updated_at keeps microseconds and a millisecond cursor would skip rows inside its millisecond.
 * A cursor names its order, so one from the other order is refused rather than misread. Pure.
 */

export type ListSort = 'published' | 'updated';

/** After an item in publication order (the default, and every cursor issued before `sort`). */
export interface PublishedCursor {
  sort?: 'published';
  sortAt: Date;
  id: number;
}

/** After an item in update order: microseconds since the epoch, as a decimal string (exact). */
export interface UpdatedCursor {
  sort: 'updated';
  updatedUs: string;
  id: number;
}

export type Cursor = PublishedCursor | UpdatedCursor;

const UPDATED_PREFIX = 'u|';

/** Encodes the position after an item. */
export function encodeCursor(c: Cursor): string {
  const text = c.sort === 'updated' ? `${UPDATED_PREFIX}${c.updatedUs}|${c.id}` : `${c.sortAt.toISOString()}|${c.id}`;
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** Decodes a cursor; undefined when it is not one of ours. */
export function decodeCursor(s: string): Cursor | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(s)) return undefined;
  const text = Buffer.from(s, 'base64url').toString('utf8');
  if (text.startsWith(UPDATED_PREFIX)) {
    const [us, id] = text.slice(UPDATED_PREFIX.length).split('|');
    const n = Number(id);
    if (!/^\d{1,19}$/.test(us ?? '') || !Number.isSafeInteger(n) || n <= 0) return undefined;
    return { sort: 'updated', updatedUs: us!, id: n };
  }
  const [iso, id] = text.split('|');
  const sortAt = new Date(iso ?? '');
  const n = Number(id);
  if (Number.isNaN(sortAt.getTime()) || !Number.isSafeInteger(n) || n <= 0) return undefined;
  return { sortAt, id: n };
}

/** The sort a cursor belongs to. */
export function cursorSort(c: Cursor): ListSort {
  return c.sort ?? 'published';
}

/** The cursor after `row` in `sort` order (rows of the list carry both keys). */
export function cursorAfter(row: { id: number; sort_at: Date; updated_us: string }, sort: ListSort): Cursor {
  return sort === 'updated' ? { sort, updatedUs: row.updated_us, id: row.id } : { sortAt: row.sort_at, id: row.id };
}

/** The cursor of the page after `rows` (`limit + 1` of them were asked for), or null on the last page. */
export function nextCursor(rows: readonly { id: number; sort_at: Date; updated_us: string }[], limit: number, sort: ListSort | undefined) {
  const last = rows[limit - 1];
  return rows.length > limit && last ? encodeCursor(cursorAfter(last, sort ?? 'published')) : null;
}
