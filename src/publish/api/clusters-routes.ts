/**
 * Story clusters over the API: GET /api/clusters/:id for anyone who may read the portal API;
 * POST /api/clusters/:id/split and POST /api/clusters/merge for editors. Until the editor page
 * lands, an editor is a bearer token: an operator token from WIREROOM_API_TOKENS (actor
 * "operator-token") or an enabled user's API token (actor "user:<name>").
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { findTokenActor } from '../../auth/bearer';
import type { Deps } from '../../deps';
import { mergeClusters, splitCluster, type EditResult } from '../clusters-edit';
import { findClusterDetail } from '../clusters-queries';
import { badRequest, notFound } from '../../http/replies';

/** Registers the cluster routes. */
export function registerClusterRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/api/clusters/:id', async (req, reply) => {
    const id = positiveId((req.params as { id: string }).id);
    if (id === undefined) return badRequest(reply, ['id: must be a positive whole number']);
    const cluster = await findClusterDetail(deps.db, id);
    return cluster ?? notFound(reply, `no cluster ${id}`);
  });

  app.post('/api/clusters/:id/split', async (req, reply) => {
    const actor = await findTokenActor(deps, req.headers.authorization);
    if (!actor) return forbidden(reply);
    const id = positiveId((req.params as { id: string }).id);
    const body = (req.body ?? {}) as { item_ids?: unknown };
    const itemIds = Array.isArray(body.item_ids) ? body.item_ids.map(positiveId) : [];
    const problems = [
      ...(id === undefined ? ['id: must be a positive whole number'] : []),
      ...(itemIds.length === 0 || itemIds.includes(undefined)
        ? ['item_ids: send a non-empty list of item ids, e.g. {"item_ids":[12,15]}']
        : []),
    ];
    if (problems.length) return badRequest(reply, problems);
    return sendEdit(reply, await splitCluster(deps.db, id!, [...new Set(itemIds as number[])], actor, deps.clock.now()));
  });

  app.post('/api/clusters/merge', async (req, reply) => {
    const actor = await findTokenActor(deps, req.headers.authorization);
    if (!actor) return forbidden(reply);
    const body = (req.body ?? {}) as { from?: unknown; into?: unknown };
    const from = positiveId(body.from);
    const into = positiveId(body.into);
    const problems = [
      ...(from === undefined ? ['from: the id of the cluster to merge away, e.g. {"from":7,"into":3}'] : []),
      ...(into === undefined ? ['into: the id of the cluster that stays, e.g. {"from":7,"into":3}'] : []),
    ];
    if (problems.length) return badRequest(reply, problems);
    return sendEdit(reply, await mergeClusters(deps.db, from!, into!, actor, deps.clock.now()));
  });
}

function sendEdit(reply: FastifyReply, r: EditResult) {
  if (r.ok) return { cluster_id: r.clusterId, moved_item_ids: r.moved };
  return r.status === 404 ? notFound(reply, r.problems.join('; ')) : badRequest(reply, r.problems);
}

function forbidden(reply: FastifyReply) {
  return reply.code(403).send({
    error: {
      code: 'FORBIDDEN',
      message: "cluster edits need Authorization: Bearer <token> with an operator token from WIREROOM_API_TOKENS or an editor's API token",
    },
  });
}

function positiveId(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
