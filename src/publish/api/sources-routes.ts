/** GET /api/sources: the sources the portal may credit, with their rights. */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps';
import { replyIfUnchangedSince } from './conditional';

/** Registers /api/sources. */
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
}
