/** The operators' page: GET /editor/feeds and POST /editor/feeds/:id/pause|resume|poll. */
import type { FastifyInstance } from 'fastify';
import { refuse, requireRole, wantsJson } from '../../auth/guard';
import type { Deps } from '../../deps';
import { PipelineError } from '../../errors';
import { applyFeedAction, listFeedHealth, type FeedAction } from './feed-actions';
import { renderFeedsPage } from './feeds-page';
import { parseId } from './params';

const DONE: Record<string, string> = {
  pause: 'Feed paused.',
  resume: 'Feed resumed; it is due now.',
  poll: 'Feed will be polled on the next scheduler tick.',
};

/** Registers the feeds page and its actions (operators only). */
export function registerFeedDeskRoutes(app: FastifyInstance, deps: Deps): void {
  const operator = { preHandler: requireRole(deps, 'operator') };

  app.get('/editor/feeds', operator, async (req, reply) => {
    const feeds = await listFeedHealth(deps.db);
    const notice = DONE[String((req.query as Record<string, unknown>).done ?? '')] ?? null;
    return reply.type('text/html; charset=utf-8').send(renderFeedsPage({ user: req.editor!, feeds, notice }));
  });

  app.post('/editor/feeds/:id/:action', operator, async (req, reply) => {
    const p = req.params as { id?: string; action?: string };
    const id = parseId(p.id);
    const action = p.action as FeedAction;
    if (!id || !['pause', 'resume', 'poll'].includes(action))
      return refuse(req, reply, 400, 'BAD_REQUEST', 'use POST /editor/feeds/<feed id>/pause|resume|poll');
    try {
      await applyFeedAction(deps.db, id, action, req.editor!.username, deps.clock.now());
    } catch (err) {
      if (err instanceof PipelineError && err.code === 'NOT_FOUND') return refuse(req, reply, 404, err.code, err.message);
      throw err;
    }
    req.log.info({ feed_id: id, action, actor: req.editor!.username }, 'operator action');
    return wantsJson(req) ? reply.send({ ok: true, id, action }) : reply.redirect(`/editor/feeds?done=${action}`, 303);
  });
}
