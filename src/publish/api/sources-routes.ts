/** GET /api/sources: the sources the portal may credit, with their rights. */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps';

/** Registers /api/sources. */
export function registerSourceRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/api/sources', async () => {
    const rows = await deps.db
      .selectFrom('sources')
      .select(['id', 'name', 'homepage', 'rights', 'review', 'categories', 'language'])
      .where('active', '=', true)
      .orderBy('id')
      .execute();
    return { sources: rows };
  });
}
