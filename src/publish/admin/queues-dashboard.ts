/**
 * Bull Board under /admin/queues for operators, when the queue is BullMQ. Let in: a logged-in
 * user with the operator role (the editor's session cookie), or WIREROOM_ADMIN_TOKEN (Bearer, or
 * Basic with the token as the password so a browser can open the page) for scripts and for
 * deployments without accounts. Everyone else gets 401, an editor 403.
 */
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { Queue, type ConnectionOptions } from 'bullmq';
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply } from 'fastify';
import IORedis from 'ioredis';
import type { Deps } from '../../deps';
import { QUEUE_NAMES } from '../../queue';
import { SESSION_COOKIE } from '../../auth/guard';
import { findSession } from '../../auth/sessions';
import { operatorAuthorized } from './bearer';

export const QUEUES_BASE_PATH = '/admin/queues';

/** Registers the dashboard, or a route explaining why it is off. */
export async function registerQueuesDashboard(app: FastifyInstance, deps: Deps): Promise<void> {
  const off = whyOff(deps);
  if (off) {
    const explain = async (_req: unknown, reply: FastifyReply) => reply.code(404).send({ error: { code: 'DASHBOARD_OFF', message: off } });
    app.get(QUEUES_BASE_PATH, explain);
    app.get(`${QUEUES_BASE_PATH}/*`, explain);
    return;
  }
  const token = deps.settings.ops.adminToken;
  const connection = new IORedis(deps.settings.redisUrl!, { maxRetriesPerRequest: null, lazyConnect: true });
  connection.on('error', (err: Error) => deps.log.debug({ err: err.message }, 'dashboard redis connection error'));
  const queues = QUEUE_NAMES.map(
    (name) => new Queue(name, { connection: connection as ConnectionOptions, prefix: deps.settings.queuePrefix }),
  );
  const serverAdapter = new FastifyAdapter().setBasePath(QUEUES_BASE_PATH);
  createBullBoard({
    queues: queues.map((q) => new BullMQAdapter(q)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'wireroom queues' } },
  });
  await app.register(async (scope) => {
    scope.addHook('onRequest', async (req, reply) => {
      if (token && operatorAuthorized(req.headers.authorization, token)) return;
      const user = await findSession(deps.db, req.cookies[SESSION_COOKIE], deps.clock.now());
      if (user?.role === 'operator') return;
      if (user)
        return reply
          .code(403)
          .send({ error: { code: 'FORBIDDEN', message: `the queue dashboard needs the operator role; you are ${user.role}` } });
      if (token) void reply.header('www-authenticate', 'Basic realm="wireroom operator", charset="UTF-8"');
      return reply.code(401).send({
        error: {
          code: 'UNAUTHORIZED',
          message:
            'log in as an operator at /editor/login, or send Authorization: Bearer <WIREROOM_ADMIN_TOKEN> (or Basic with the token as the password)',
        },
      });
    });
    await scope.register(serverAdapter.registerPlugin(), { prefix: QUEUES_BASE_PATH });
  });
  app.addHook('onClose', async () => {
    await Promise.allSettled(queues.map((q) => q.close()));
    connection.disconnect();
  });
}

/** Why the dashboard is not served, or null when it is. */
export function whyOff(deps: Pick<Deps, 'settings' | 'queue'>): string | null {
  if (deps.queue.kind !== 'bullmq' || !deps.settings.redisUrl)
    return 'the queue dashboard needs BullMQ: set REDIS_URL (the in-process queue has no dashboard; see /healthz for its counts)';
  return null;
}
