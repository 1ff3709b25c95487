/** GET /api/items and /api/items/:id: published items with credits, rights applied at output. */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps';
import { TAKEN_DOWN } from '../../policy/item-status';
import { nextCursor } from '../cursor';
import { findClusterSummaries } from '../clusters-queries';
import { findChangeWatermark, findItemForOutput, listItemKeys, listItems } from '../item-queries';
import { presentItem } from '../present-item';
import { replyIfNotModified, setValidators } from './conditional';
import { sendPage } from './encoded-pages';
import { createKeyMemo } from './key-memo';
import { createPageCache } from './page-cache';
import { parseListQuery } from './query-params';
import { setPagingLinks } from './paging-reply';
import { badRequest, gone, notFound } from '../../http/replies';
import { findSuperseded, replySuperseded } from '../superseded';

/** Registers the item routes. */
export function registerItemRoutes(app: FastifyInstance, deps: Deps): void {
  const pages = createPageCache(deps.settings.api.pageCacheBytes);
  // A list page is its URL and the key columns of its rows (and whether more follow): the key
  // columns alone answer a revalidation (304) or find the rendered page in the cache; only a
  // miss loads the content.
  const variant = (url: string, rows: number, limit: number) => `list:${url}:${rows > limit ? 'more' : 'last'}`;
  type KeyCheck = [Awaited<ReturnType<typeof listItemKeys>>, Date];
  const checks = createKeyMemo<KeyCheck>(deps.settings.api.revalidateMs);
  app.get('/api/items', async (req, reply) => {
    const parsed = parseListQuery(req.query);
    if (!parsed.ok) return badRequest(reply, parsed.problems);
    const { filters, cursor, limit } = parsed.value;
    const now = deps.clock.now();
    // Without a cache and without a validator to check, the key columns would be read for nothing.
    let etag: string | null = null;
    if (pages || req.headers['if-none-match'] || req.headers['if-modified-since']) {
      const [keys, changed] = await checks.get(req.url, now.getTime(), () =>
        Promise.all([listItemKeys(deps.db, filters, cursor, limit), findChangeWatermark(deps.db)]),
      );
      if (replyIfNotModified(req, reply, variant(req.url, keys.length, limit), keys.slice(0, limit), now, changed)) return reply;
      etag = String(reply.getHeader('etag'));
      const cached = pages?.get(etag);
      if (cached !== undefined) {
        setPagingLinks(deps, req, reply, nextCursor(keys, limit, filters.sort));
        return sendPage(req, reply, pages, etag, cached);
      }
    }
    const watermark = findChangeWatermark(deps.db);
    const rows = await listItems(deps.db, filters, cursor, limit);
    const page = rows.slice(0, limit);
    // The page may have changed since the keys were read: its own validators go out with it.
    const fresh = setValidators(reply, variant(req.url, rows.length, limit), page, now, await watermark).etag;
    const next_cursor = nextCursor(rows, limit, filters.sort);
    setPagingLinks(deps, req, reply, next_cursor);
    const clusters = await findClusterSummaries(
      deps.db,
      page.map((r) => r.cluster_id),
    );
    const body = Buffer.from(
      JSON.stringify({ items: page.map((r) => presentItem(r, (r.cluster_id && clusters.get(r.cluster_id)) || null)), next_cursor }),
    );
    const keep = etag !== null && fresh === etag ? etag : null;
    if (keep !== null) pages?.set(keep, body);
    return sendPage(req, reply, pages, keep, body);
  });

  app.get('/api/items/:id', async (req, reply) => {
    const id = Number((req.params as { id: string }).id);
    if (!Number.isSafeInteger(id) || id <= 0) return badRequest(reply, ['id: must be a positive whole number']);
    const row = await findItemForOutput(deps.db, id);
    if (row && TAKEN_DOWN.has(row.status)) return gone(reply, `item ${id} was ${row.status} and is no longer published`);
    const moved = row?.status === 'duplicate' ? await findSuperseded(deps.db, id) : null;
    if (moved) return replySuperseded(reply, id, moved, `/api/items/${moved.headId}`);
    if (!row || row.status !== 'published' || row.rights === 'none') return notFound(reply, `no published item ${id}`);
    if (replyIfNotModified(req, reply, `item:${id}`, [row], deps.clock.now())) return reply;
    const clusters = await findClusterSummaries(deps.db, [row.cluster_id]);
    return presentItem(row, (row.cluster_id && clusters.get(row.cluster_id)) || null);
  });
}
