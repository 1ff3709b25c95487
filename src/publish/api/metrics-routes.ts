/**
 * GET /metrics: the Prometheus text format. Needs a Bearer token when WIREROOM_METRICS_TOKEN is set;
 * on a public bind address without a token it is refused here (see metrics/exposure.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps';
import { METRICS_REFUSED, planMetricsExposure } from '../../metrics/exposure';
import { bearerMatches, unauthorizedBody } from '../admin/bearer';

/** Registers /metrics (fetch and work processes without the HTTP server use WIREROOM_METRICS_PORT instead). */
export function registerMetricsRoutes(app: FastifyInstance, deps: Deps): void {
  const { ops, host } = deps.settings;
  const exposure = planMetricsExposure({ host, token: ops.metricsToken, port: ops.metricsPort, serves: true });
  // Scrapes come every 15–60 s: keep them out of the request log.
  app.get('/metrics', { logLevel: 'warn' }, async (req, reply) => {
    if (exposure.main === 'refused') return reply.code(404).send({ error: { code: 'NOT_FOUND', message: METRICS_REFUSED } });
    const token = ops.metricsToken;
    if (token && !bearerMatches(req.headers.authorization, token)) {
      return reply.code(401).header('www-authenticate', 'Bearer').send(unauthorizedBody('WIREROOM_METRICS_TOKEN'));
    }
    if (!deps.metrics) return reply.code(503).send({ error: { code: 'METRICS_OFF', message: 'this process was built without metrics' } });
    const body = await deps.metrics.registry.metrics();
    return reply.header('content-type', deps.metrics.registry.contentType).send(body);
  });
}
