/**
 * Workers stop taking jobs while the database is down and start again when it is back: a probe
 * (`select 1` with a short deadline) runs every second in each fetch/work process and pauses or
 * resumes that process's queue workers (BullMQ worker.pause/resume, the in-process queue alike).
 * Without it every job fails fast against a dead database and burns its tries (thousands of failed
 * attempts in a minute-long outage); with it a handful fail, in the second before the probe sees it.
 */
import { sql } from 'kysely';
import type { Deps } from './deps';
import { errorMessage } from './errors';

/** How often the database is probed. */
export const DB_PROBE_INTERVAL_MS = 1000;
/** A probe that has not answered in this long counts as a failure (a cut network hangs rather than refuses). */
export const DB_PROBE_TIMEOUT_MS = 2000;

export interface DbWatchState {
  paused: boolean;
}

/** What one probe result means: pause on a failure, resume on the first success after one. Pure. */
export function planDbWatch(state: DbWatchState, probeOk: boolean): { next: DbWatchState; action: 'pause' | 'resume' | null } {
  if (!probeOk && !state.paused) return { next: { paused: true }, action: 'pause' };
  if (probeOk && state.paused) return { next: { paused: false }, action: 'resume' };
  return { next: state, action: null };
}

/** Whether the database answers within the deadline. */
async function probe(deps: Pick<Deps, 'db'>, timeoutMs: number): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([sql`select 1`.execute(deps.db), late]);
    return null;
  } catch (err) {
    return errorMessage(err);
  } finally {
    clearTimeout(timer);
  }
}

/** A running watch: `nudge` probes now (a job just failed: maybe the database went away), `stop` ends it. */
export interface DbWatch {
  nudge(): void;
  stop(): Promise<void>;
}

/** Nudges closer together than this share one probe: a burst of failing jobs costs one `select 1`. */
const NUDGE_GAP_MS = 100;

/** Starts the watch. Stopping it leaves paused workers paused: the queue's close ends them. */
export function startDbWatch(deps: Pick<Deps, 'db' | 'queue' | 'log'>, opts: { intervalMs?: number; timeoutMs?: number } = {}): DbWatch {
  const intervalMs = opts.intervalMs ?? DB_PROBE_INTERVAL_MS;
  let state: DbWatchState = { paused: false };
  let stopped = false;
  let running = false;
  let lastProbeAt = 0;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    clearTimeout(timer);
    running = true;
    lastProbeAt = Date.now();
    const failure = await probe(deps, opts.timeoutMs ?? DB_PROBE_TIMEOUT_MS);
    const { next, action } = planDbWatch(state, failure === null);
    state = next;
    if (!stopped && action === 'pause') {
      deps.log.warn({ code: 'DB_UNREACHABLE', err: failure }, 'database unreachable: workers paused until it answers');
      await deps.queue.pauseWorkers().catch(() => undefined);
    }
    if (!stopped && action === 'resume') {
      deps.log.info('database answers again: workers resumed');
      deps.queue.resumeWorkers();
    }
    running = false;
    if (!stopped) timer = setTimeout(() => void tick(), intervalMs).unref();
  };
  timer = setTimeout(() => void tick(), intervalMs).unref();
  return {
    nudge() {
      if (!stopped && !running && Date.now() - lastProbeAt >= NUDGE_GAP_MS) void tick();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
