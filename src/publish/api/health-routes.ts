/** GET /healthz (ok / degraded with details / down) and GET /readyz (for orchestrators), from the plans in health-plan.ts. */
import { sql, type Kysely } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { pendingMigrations } from '../../../db/migrate';
import type { Deps } from '../../deps';
import { errorMessage } from '../../errors';
import { QUEUE_NAMES, type QueueCounts } from '../../queue';
import { planHealth, planReady, type HealthFacts } from './health-plan';

/** A probe that takes longer than this counts as no answer. */
const PROBE_TIMEOUT_MS = 2000;

/** Registers /healthz and /readyz. */
export function registerHealthRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/healthz', async (_req, reply) => {
    const facts = await gatherHealth(deps);
    const report = planHealth(facts);
    return reply.code(report.httpStatus).send({
      status: report.status,
      problems: report.problems,
      database: { ...facts.database, kind: deps.dbKind },
      queue: { ...facts.queue, kind: deps.queue.kind, counts: facts.counts, stalled: report.stalledQueues },
      feeds: facts.feeds,
    });
  });
  app.get('/readyz', async (_req, reply) => {
    const database = await probe(async () => void (await sql`select 1`.execute(deps.db)));
    const queue = await probe(() => deps.queue.ping());
    const pending = database.ok ? await pendingMigrations(deps.db as Kysely<unknown>).catch(() => null) : null;
    const plan = planReady({ database, queue, pendingMigrations: pending });
    return reply.code(plan.httpStatus).send({ ready: plan.ready, problems: plan.problems });
  });
}

/** Database and queue probes, queue counts and feed failure counts; never throws. */
export async function gatherHealth(deps: Pick<Deps, 'db' | 'queue'>): Promise<HealthFacts> {
  const database = await probe(async () => void (await sql`select 1`.execute(deps.db)));
  const queue = await probe(() => deps.queue.ping());
  const counts: Partial<Record<string, QueueCounts>> = {};
  if (queue.ok) for (const q of QUEUE_NAMES) counts[q] = await deps.queue.counts(q).catch(() => undefined);
  const feeds = database.ok ? await countFeeds(deps.db).catch(() => NO_FEEDS) : NO_FEEDS;
  return { database, queue, counts, feeds };
}

const NO_FEEDS = { active: 0, failing: 0, paused: 0 };

/** Active, failing (last fetch failed) and paused feeds. */
export async function countFeeds(db: Deps['db']): Promise<HealthFacts['feeds']> {
  const row = await db
    .selectFrom('feeds')
    .where('active', '=', true)
    .select((eb) => [
      eb.fn.countAll<number>().as('active'),
      eb.fn.count<number>('id').filterWhere('error_count', '>', 0).as('failing'),
      eb.fn.count<number>('id').filterWhere('paused', '=', true).as('paused'),
    ])
    .executeTakeFirstOrThrow();
  return { active: Number(row.active), failing: Number(row.failing), paused: Number(row.paused) };
}

async function probe(fn: () => Promise<void>): Promise<{ ok: boolean; error?: string; latency_ms: number }> {
  const t = performance.now();
  try {
    await Promise.race([
      fn(),
      new Promise((_, rej) => setTimeout(() => rej(new Error(`no answer within ${PROBE_TIMEOUT_MS / 1000} s`)), PROBE_TIMEOUT_MS).unref()),
    ]);
    return { ok: true, latency_ms: Math.round(performance.now() - t) };
  } catch (err) {
    return { ok: false, error: errorMessage(err), latency_ms: Math.round(performance.now() - t) };
  }
}
