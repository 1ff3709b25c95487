/** GET /healthz: database and queue state; 503 when either does not answer. */
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps';
import { errorMessage } from '../../errors';
import { QUEUE_NAMES, type QueueCounts } from '../../queue';

/** Registers /healthz. */
export function registerHealthRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/healthz', async (_req, reply) => {
    const database = await probe(async () => {
      await sql`select 1`.execute(deps.db);
    });
    const queue = await probe(() => deps.queue.ping());
    const counts: Partial<Record<string, QueueCounts>> = {};
    if (queue.ok) for (const q of QUEUE_NAMES) counts[q] = await deps.queue.counts(q).catch(() => undefined);
    const ok = database.ok && queue.ok;
    return reply.code(ok ? 200 : 503).send({
      status: ok ? 'ok' : 'degraded',
      database: { ...database, kind: deps.dbKind },
      queue: { ...queue, kind: deps.queue.kind, counts },
    });
  });
}

async function probe(fn: () => Promise<void>): Promise<{ ok: boolean; error?: string; latency_ms: number }> {
  const t = performance.now();
  try {
    await Promise.race([fn(), new Promise((_, rej) => setTimeout(() => rej(new Error('no answer within 2 s')), 2000).unref())]);
    return { ok: true, latency_ms: Math.round(performance.now() - t) };
  } catch (err) {
    return { ok: false, error: errorMessage(err), latency_ms: Math.round(performance.now() - t) };
  }
}
