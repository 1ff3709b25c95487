/** The operators' page: GET /editor/feeds and POST /editor/feeds/:id/pause|resume|poll. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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

/**
 * POST `<base>/:id/pause|resume|poll` (the feeds page and the console): checks the parameters, applies the
 * action with its audit entry and logs it; null when it already answered (400 or 404).
 */
export async function runFeedAction(
  deps: Deps,
  req: FastifyRequest,
  reply: FastifyReply,
  base: string,
): Promise<{ id: number; action: FeedAction } | null> {
  const p = req.params as { id?: string; action?: string };
  const id = parseId(p.id);
  const action = p.action as FeedAction;
  if (!id || !['pause', 'resume', 'poll'].includes(action)) {
    await refuse(req, reply, 400, 'BAD_REQUEST', `use POST ${base}/<feed id>/pause|resume|poll`);
    return null;
  }
  try {
    await applyFeedAction(deps.db, id, action, req.editor!.username, deps.clock.now());
  } catch (err) {
    if (!(err instanceof PipelineError) || err.code !== 'NOT_FOUND') throw err;
    await refuse(req, reply, 404, err.code, err.message);
    return null;
  }
  req.log.info({ feed_id: id, action, actor: req.editor!.username }, 'operator action');
  return { id, action };
}

/** Registers the feeds page and its actions (operators only). */
export function registerFeedDeskRoutes(app: FastifyInstance, deps: Deps): void {
  const operator = { preHandler: requireRole(deps, 'operator') };

  app.get('/editor/feeds', operator, async (req, reply) => {
    const feeds = await listFeedHealth(deps.db);
    const notice = DONE[String((req.query as Record<string, unknown>).done ?? '')] ?? null;
    return reply.type('text/html; charset=utf-8').send(renderFeedsPage({ user: req.editor!, feeds, notice }));
  });

  app.post('/editor/feeds/:id/:action', operator, async (req, reply) => {
    const done = await runFeedAction(deps, req, reply, '/editor/feeds');
    if (!done) return reply;
    const { id, action } = done;
    return wantsJson(req) ? reply.send({ ok: true, id, action }) : reply.redirect(`/editor/feeds?done=${action}`, 303);
  });
}
