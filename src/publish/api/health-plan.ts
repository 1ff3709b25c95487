/**
 * What /healthz and /readyz answer, decided from facts the routes gather: pure, tested with a
 * table of cases. `ok` and `degraded` are 200 (the process works; something it watches does not);
 * `down` is 503 (the database or the queue does not answer).
 */
import type { QueueCounts } from '../../queue';

/** A queue with this many jobs waiting and none running has no worker taking them (a few waiting between jobs is normal). */
export const STALLED_BACKLOG = 100;

export interface HealthFacts {
  database: { ok: boolean; error?: string };
  queue: { ok: boolean; error?: string };
  counts: Partial<Record<string, QueueCounts>>;
  /** Active feeds whose last fetch failed, and those paused after repeated failures. */
  feeds: { active: number; failing: number; paused: number };
}

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  httpStatus: 200 | 503;
  /** One reason per problem, for people and `doctor`. */
  problems: string[];
  stalledQueues: string[];
}

/** Decides /healthz: down when the database or queue does not answer, degraded when feeds fail or a queue stalls. */
export function planHealth(f: HealthFacts): HealthReport {
  const problems: string[] = [];
  if (!f.database.ok) problems.push(`database does not answer: ${f.database.error ?? 'no reply'}`);
  if (!f.queue.ok) problems.push(`queue does not answer: ${f.queue.error ?? 'no reply'}`);
  const stalledQueues = Object.entries(f.counts)
    .filter(([, c]) => c !== undefined && c.waiting >= STALLED_BACKLOG && c.active === 0)
    .map(([name]) => name);
  if (f.feeds.failing) problems.push(`${f.feeds.failing} of ${f.feeds.active} feeds failing (see \`wireroom feeds status --problems\`)`);
  if (f.feeds.paused) problems.push(`${f.feeds.paused} feeds paused after repeated failures (\`wireroom feeds resume <id>\`)`);
  for (const q of stalledQueues)
    problems.push(`queue ${q}: ${f.counts[q]?.waiting} jobs waiting and none running: is a \`work\` process up?`);
  if (!f.database.ok || !f.queue.ok) return { status: 'down', httpStatus: 503, problems, stalledQueues };
  return { status: problems.length ? 'degraded' : 'ok', httpStatus: 200, problems, stalledQueues };
}

export interface ReadyFacts {
  database: { ok: boolean; error?: string };
  queue: { ok: boolean; error?: string };
  /** Pending migration names; null when the database could not be asked. */
  pendingMigrations: string[] | null;
}

/** Decides /readyz: 200 only when the database and queue answer and no migration is pending. */
export function planReady(f: ReadyFacts): { ready: boolean; httpStatus: 200 | 503; problems: string[] } {
  const problems: string[] = [];
  if (!f.database.ok) problems.push(`database does not answer: ${f.database.error ?? 'no reply'}`);
  if (!f.queue.ok) problems.push(`queue does not answer: ${f.queue.error ?? 'no reply'}`);
  if (f.pendingMigrations?.length) problems.push(`migrations pending: ${f.pendingMigrations.join(', ')} (run \`wireroom migrate\`)`);
  const ready = problems.length === 0;
  return { ready, httpStatus: ready ? 200 : 503, problems };
}
