/**
 * The WebSub callback (W3C WebSub §5.3, §7): GET answers the hub's intent check, POST takes a
 * content delivery. Deliveries are acknowledged with 202 even when dropped for a bad signature,
 * as the spec asks, so a hub cannot probe secrets; a delivery for no subscription is 403.
 */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps';
import { handleDelivery } from '../websub/delivery';
import { verifyIntent } from '../websub/subscriptions';
import { notFound } from '../../http/replies';

/** A delivery may be this large: feeds are capped the same way by the fetch client. */
const MAX_DELIVERY_BYTES = 10 * 1024 * 1024;

/** Registers GET and POST /websub/callback/:feed_id in their own scope (raw bodies). */
export async function registerWebsubRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_DELIVERY_BYTES }, (_req, body, done) => done(null, body));
    scope.get('/websub/callback/:feed_id', async (req, reply) => {
      const feedId = Number((req.params as { feed_id: string }).feed_id);
      if (!Number.isSafeInteger(feedId) || feedId <= 0) return notFound(reply, 'no such subscription');
      const challenge = await verifyIntent(deps, feedId, req.query as Record<string, string | undefined>);
      if (challenge === null) return notFound(reply, 'no such subscription for this topic');
      return reply.code(200).type('text/plain').send(challenge);
    });
    scope.post('/websub/callback/:feed_id', async (req, reply) => {
      const feedId = Number((req.params as { feed_id: string }).feed_id);
      if (!Number.isSafeInteger(feedId) || feedId <= 0)
        return reply.code(403).send({ error: { code: 'FORBIDDEN', message: 'no subscription here' } });
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const log = deps.log.child({ feed_id: feedId, channel: 'websub' });
      const r = await handleDelivery(
        deps,
        feedId,
        body,
        { signature: req.headers['x-hub-signature']?.toString(), contentType: req.headers['content-type'] },
        log,
      );
      if (r.outcome === 'unknown-subscription')
        return reply.code(403).send({
          error: { code: 'FORBIDDEN', message: 'no subscription here: deliveries are accepted only for feeds wireroom subscribed to' },
        });
      return reply.code(202).send({ accepted: true });
    });
  });
}
