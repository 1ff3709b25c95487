/**
 * Dead-letter replay for operators while the server runs (embedded PGlite included, which no
 * second process can open): POST /api/webhooks/dead-letters/:id/replay and
 * POST /api/webhooks/dead-letters/replay (all, or `?endpoint=` one endpoint's). A replayed
 * delivery is pending again with the whole retry schedule ahead; the dispatcher sends it within
 * a second wherever webhooks run.
 */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps';
import { badRequest, notFound } from '../../http/replies';
import { replayDeadLetters } from './dispatch';
import { requireOperator } from './operator-guard';

/** Registers the replay routes (operator only). */
export function registerReplayRoutes(app: FastifyInstance, deps: Deps): void {
  app.post('/api/webhooks/dead-letters/:id/replay', { preHandler: requireOperator(deps) }, async (req, reply) => {
    const id = Number((req.params as { id: string }).id);
    if (!Number.isSafeInteger(id) || id <= 0)
      return badRequest(reply, ['id: a dead letter id (a positive whole number), see GET /api/webhooks/dead-letters']);
    const ids = await replayDeadLetters(deps.db, { id });
    if (!ids.length) return notFound(reply, `no dead letter ${id}; see GET /api/webhooks/dead-letters`);
    return reply.code(202).send(replayed(ids));
  });

  app.post('/api/webhooks/dead-letters/replay', { preHandler: requireOperator(deps) }, async (req, reply) => {
    const query = (req.query ?? {}) as Record<string, unknown>;
    const unknown = Object.keys(query).filter((k) => k !== 'endpoint');
    if (unknown.length)
      return badRequest(
        reply,
        unknown.map((k) => `unknown parameter ${k} (the parameter here is endpoint)`),
      );
    const endpoint = query.endpoint;
    if (endpoint !== undefined && !deps.settings.webhooks.some((w) => w.url === endpoint))
      return badRequest(reply, [
        `endpoint: not in feeds.yaml webhooks; use one of: ${deps.settings.webhooks.map((w) => w.url).join(', ') || '(none configured)'}`,
      ]);
    const ids = await replayDeadLetters(deps.db, { endpoint: typeof endpoint === 'string' ? endpoint : undefined });
    return reply.code(202).send(replayed(ids));
  });
}

/** The answer; the dispatcher (webhook-role.ts) enqueues the pending deliveries at its next tick. */
function replayed(ids: number[]) {
  return { replayed: ids.length, ids };
}
