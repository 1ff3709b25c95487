/** GET /api/items and /api/items/:id: published items with credits, rights applied at output. */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps';
import { encodeCursor } from '../cursor';
import { findClusterSummaries } from '../clusters-queries';
import { findItemForOutput, listItemKeys, listItems } from '../item-queries';
import { presentItem } from '../present-item';
import { replyIfNotModified } from './conditional';
import { parseListQuery } from './query-params';
import { badRequest, gone, notFound } from './replies';

/** Statuses of items that were published once and then taken down: 410, not 404. */
const TAKEN_DOWN = new Set(['unpublished', 'withdrawn']);

/** Registers the item routes. */
export function registerItemRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/api/items', async (req, reply) => {
    const parsed = parseListQuery(req.query);
    if (!parsed.ok) return badRequest(reply, parsed.problems);
    const { filters, cursor, limit } = parsed.value;
    // A client revalidating gets its 304 from the key columns alone, without loading the content.
    if (req.headers['if-none-match'] && replyIfNotModified(req, reply, `list:${req.url}`, await listItemKeys(deps.db, filters, cursor, limit), deps.clock.now(), true)) return reply;
    const rows = await listItems(deps.db, filters, cursor, limit);
    const page = rows.slice(0, limit);
    if (replyIfNotModified(req, reply, `list:${req.url}`, page, deps.clock.now(), true)) return reply;
    const last = page[page.length - 1];
    const next_cursor = rows.length > limit && last ? encodeCursor({ sortAt: last.sort_at, id: last.id }) : null;
    const clusters = await findClusterSummaries(deps.db, page.map((r) => r.cluster_id));
    return { items: page.map((r) => presentItem(r, (r.cluster_id && clusters.get(r.cluster_id)) || null)), next_cursor };
  });

  app.get('/api/items/:id', async (req, reply) => {
    const id = Number((req.params as { id: string }).id);
    if (!Number.isSafeInteger(id) || id <= 0) return badRequest(reply, ['id: must be a positive whole number']);
    const row = await findItemForOutput(deps.db, id);
    if (row && TAKEN_DOWN.has(row.status)) return gone(reply, `item ${id} was ${row.status} and is no longer published`);
    if (!row || row.status !== 'published' || row.rights === 'none') return notFound(reply, `no published item ${id}`);
    if (replyIfNotModified(req, reply, `item:${id}`, [row], deps.clock.now(), false)) return reply;
    const clusters = await findClusterSummaries(deps.db, [row.cluster_id]);
    return presentItem(row, (row.cluster_id && clusters.get(row.cluster_id)) || null);
  });
}
