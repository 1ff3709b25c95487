/** GET /items/:id: the item's HTML page (410 when taken down, 301 to the head that took its story over, 404 when never published). */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps';
import { replyIfNotModified } from '../api/conditional';
import { findItemForOutput } from '../item-queries';
import { presentItem } from '../present-item';
import { renderItemPage } from './item-page';
import { findSuperseded, replySuperseded } from '../superseded';

/** Registers the HTML item page. */
export function registerItemPageRoute(app: FastifyInstance, deps: Deps): void {
  app.get('/items/:id', async (req, reply) => {
    const id = Number((req.params as { id: string }).id);
    const row = Number.isSafeInteger(id) && id > 0 ? await findItemForOutput(deps.db, id) : undefined;
    if (row && (row.status === 'unpublished' || row.status === 'withdrawn'))
      return reply.code(410).type('text/plain; charset=utf-8').send('This item has been taken down.\n');
    const moved = row?.status === 'duplicate' ? await findSuperseded(deps.db, id) : null;
    if (moved) return replySuperseded(reply, id, moved, `/items/${moved.headId}`, true);
    if (!row || row.status !== 'published' || row.rights === 'none')
      return reply.code(404).type('text/plain; charset=utf-8').send('No such item.\n');
    if (replyIfNotModified(req, reply, `page:${id}`, [row], deps.clock.now())) return reply;
    return reply.type('text/html; charset=utf-8').send(renderItemPage(presentItem(row)));
  });
}
