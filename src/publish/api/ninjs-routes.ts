/** GET /api/items/:id.ninjs and GET /api/items?format=ninjs: published items as ninjs 2.0. */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps';
import { findWireFactsForItem } from '../../store/wire-store';
import { TAKEN_DOWN } from '../../policy/item-status';
import { findChangeWatermark, findItemForOutput, listItems } from '../item-queries';
import { replyIfNotModified } from './conditional';
import { nextCursor } from '../cursor';
import { setPagingLinks } from './paging-reply';
import { presentNinjs } from './ninjs-present';
import { parseListQuery } from './query-params';
import { badRequest, gone, notFound } from '../../http/replies';
import { findSuperseded, replySuperseded } from '../superseded';

const NINJS_TYPE = 'application/json; charset=utf-8';

/** Registers the ninjs item route and the `?format=ninjs` option of the list. */
export function registerNinjsRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/api/items/:id(^\\d+).ninjs', async (req, reply) => {
    const id = Number((req.params as { id: string }).id);
    if (!Number.isSafeInteger(id) || id <= 0) return badRequest(reply, ['id: must be a positive whole number']);
    const row = await findItemForOutput(deps.db, id);
    // The same answers as /api/items/:id: 410 once taken down, 404 when never shown.
    if (row && TAKEN_DOWN.has(row.status)) return gone(reply, `item ${id} was ${row.status} and is no longer published`);
    const moved = row?.status === 'duplicate' ? await findSuperseded(deps.db, id) : null;
    if (moved) return replySuperseded(reply, id, moved, `/api/items/${moved.headId}.ninjs`);
    if (!row || row.status !== 'published' || row.rights === 'none') return notFound(reply, `no published item ${id}`);
    if (replyIfNotModified(req, reply, `ninjs:${id}`, [row], deps.clock.now())) return reply;
    return reply.type(NINJS_TYPE).send(presentNinjs(row, await findWireFactsForItem(deps.db, id), deps.settings.publicUrl));
  });

  // The list route belongs to items-routes; `format=ninjs` is answered here, before it runs.
  app.addHook('preHandler', async (req, reply) => {
    if (req.method !== 'GET' || req.routeOptions.url !== '/api/items') return;
    const query = { ...(req.query as Record<string, unknown>) };
    const format = query.format;
    if (format === undefined) return;
    if (format !== 'ninjs' && format !== 'json')
      return badRequest(reply, [`format: must be json or ninjs (got ${JSON.stringify(format)})`]);
    delete (req.query as Record<string, unknown>).format;
    if (format === 'json') return;
    delete query.format;
    const parsed = parseListQuery(query);
    if (!parsed.ok) return badRequest(reply, parsed.problems);
    const { filters, cursor, limit } = parsed.value;
    const [rows, watermark] = await Promise.all([
      listItems(deps.db, filters, cursor, limit, { fullText: true }),
      findChangeWatermark(deps.db),
    ]);
    const page = rows.slice(0, limit);
    const variant = `ninjs-list:${req.url}:${rows.length > limit ? 'more' : 'last'}`;
    if (replyIfNotModified(req, reply, variant, page, deps.clock.now(), watermark)) return reply;
    const next_cursor = nextCursor(rows, limit, filters.sort);
    setPagingLinks(deps, req, reply, next_cursor);
    const items = [];
    for (const r of page) items.push(presentNinjs(r, await findWireFactsForItem(deps.db, r.id), deps.settings.publicUrl));
    return reply.type(NINJS_TYPE).send({ items, next_cursor });
  });
}
