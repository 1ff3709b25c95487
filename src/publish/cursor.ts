/** Keyset cursors for the item list: (sort_at, id) of the last item, opaque to clients. Pure. */

export interface Cursor {
  sortAt: Date;
  id: number;
}

/** Encodes the position after an item. */
export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.sortAt.toISOString()}|${c.id}`, 'utf8').toString('base64url');
}

/** Decodes a cursor; undefined when it is not one of ours. */
export function decodeCursor(s: string): Cursor | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(s)) return undefined;
  const [iso, id] = Buffer.from(s, 'base64url').toString('utf8').split('|');
  const sortAt = new Date(iso ?? '');
  const n = Number(id);
  if (Number.isNaN(sortAt.getTime()) || !Number.isSafeInteger(n) || n <= 0) return undefined;
  return { sortAt, id: n };
}
