/** GET /metrics: the Prometheus text format; needs a Bearer token when WIREROOM_METRICS_TOKEN is set. */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps';
import { bearerMatches, unauthorizedBody } from '../admin/bearer';

/** Registers /metrics (fetch and work processes without the HTTP server use WIREROOM_METRICS_PORT instead). */
export function registerMetricsRoutes(app: FastifyInstance, deps: Deps): void {
  // Scrapes come every 15–60 s: keep them out of the request log.
  app.get('/metrics', { logLevel: 'warn' }, async (req, reply) => {
    const token = deps.settings.ops.metricsToken;
    if (token && !bearerMatches(req.headers.authorization, token)) {
      return reply.code(401).header('www-authenticate', 'Bearer').send(unauthorizedBody('WIREROOM_METRICS_TOKEN'));
    }
    if (!deps.metrics) return reply.code(503).send({ error: { code: 'METRICS_OFF', message: 'this process was built without metrics' } });
    const body = await deps.metrics.registry.metrics();
    return reply.header('content-type', deps.metrics.registry.contentType).send(body);
  });
}
