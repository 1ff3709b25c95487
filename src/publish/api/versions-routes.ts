/** GET /api/items/:id/versions: what changed in a published item, and when, under its rights. */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps';
import { TAKEN_DOWN } from '../../policy/item-status';
import { badRequest, gone, notFound } from '../../http/replies';
import { findItemForOutput } from '../item-queries';
import { replyIfNotModified } from './conditional';
import { presentVersions } from './versions-present';

/** Registers the version history route. */
export function registerVersionRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/api/items/:id/versions', async (req, reply) => {
    const id = Number((req.params as { id: string }).id);
    if (!Number.isSafeInteger(id) || id <= 0) return badRequest(reply, ['id: must be a positive whole number']);
    const row = await findItemForOutput(deps.db, id);
    // The same answers as /api/items/:id: 410 once taken down, 404 when never shown.
    if (row && TAKEN_DOWN.has(row.status)) return gone(reply, `item ${id} was ${row.status} and is no longer published`);
    if (!row || row.status !== 'published' || row.rights === 'none') return notFound(reply, `no published item ${id}`);
    // A new version bumps the item's version and updated_at; a rights change its rights: all in the ETag.
    if (replyIfNotModified(req, reply, `versions:${id}`, [row], deps.clock.now())) return reply;
    const stored = await deps.db
      .selectFrom('item_versions')
      .select(['version', 'title', 'text', 'diff', 'created_at'])
      .where('item_id', '=', id)
      .orderBy('version')
      .execute();
    return presentVersions({ ...row, first_at: row.published_on ?? row.published_at }, stored);
  });
}
