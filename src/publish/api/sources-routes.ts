/**
 * GET /api/sources, /api/sources/:id and /api/categories: what the portal may credit and browse
 * by, the last two with their counts of published items.
 */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps';
import { badRequest, notFound } from '../../http/replies';
import { findSourceWithCount, listCategoryCounts } from '../catalog-queries';
import { findChangeWatermark } from '../item-queries';
import { replyIfUnchangedSince } from './conditional';

/** Registers /api/sources, /api/sources/:id and /api/categories. */
export function registerSourceRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/api/sources', async (req, reply) => {
    // Any source's change (a deactivation too) bumps its updated_at: the list is as new as the newest.
    const newest = await deps.db
      .selectFrom('sources')
      .select((eb) => eb.fn.max('updated_at').as('at'))
      .executeTakeFirst();
    if (replyIfUnchangedSince(req, reply, new Date(newest?.at ?? 0), deps.clock.now())) return reply;
    const rows = await deps.db
      .selectFrom('sources')
      .select(['id', 'name', 'homepage', 'rights', 'review', 'categories', 'language'])
      .where('active', '=', true)
      .orderBy('id')
      .execute();
    return { sources: rows };
  });

  app.get('/api/sources/:id', async (req, reply) => {
    const id = (req.params as { id: string }).id;
    if (!/^[a-z0-9-]{1,100}$/.test(id)) return badRequest(reply, ['id: a source id ([a-z0-9-]+), see /api/sources']);
    const source = await findSourceWithCount(deps.db, id);
    if (!source) return notFound(reply, `no source ${id}; see /api/sources`);
    // Counts move with any item's change: the same watermark as the lists.
    if (replyIfUnchangedSince(req, reply, await findChangeWatermark(deps.db), deps.clock.now())) return reply;
    return source;
  });

  app.get('/api/categories', async (req, reply) => {
    if (replyIfUnchangedSince(req, reply, await findChangeWatermark(deps.db), deps.clock.now())) return reply;
    return { categories: await listCategoryCounts(deps.db) };
  });
}
