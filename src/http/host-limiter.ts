/**
 * Politeness: at most N requests in flight to one host, and no request at all to a host that asked
 * us to wait (429/503). The in-process limiter serves embedded mode; a Redis-backed one (same
 * interface) shares the limit and the pauses across processes.
 */
import { PipelineError } from '../errors';

export interface HostLimiter {
  /**
   * Waits for a slot on `host`; call the returned function to give it back. Throws FETCH_RATE_LIMITED
   * (retryable, `retryAfterMs` = what is left of the pause) while the host is paused: no request goes.
   */
  acquire(host: string): Promise<() => void>;
  /**
   * Pauses `host` for every holder after a 429/503: `retryAfterMs` when the server named it, else an
   * exponential pause growing with the host's recent refusals. Resolves to the pause in force.
   */
  penalize(host: string, retryAfterMs: number | undefined): Promise<number>;
  /** Ends any connection the limiter holds (the HTTP client calls it on close). */
  close?(): Promise<void>;
}

/** First pause of a host that refused without Retry-After; doubles per refusal within the window. */
export const HOST_PAUSE_BASE_MS = 5_000;
/** Longest pause we impose, and the longest Retry-After we obey (a year-long date is a misconfiguration). */
export const HOST_PAUSE_MAX_MS = 15 * 60_000;
/** Refusals older than this are forgotten: the exponent starts again. */
export const HOST_STRIKE_WINDOW_MS = 30 * 60_000;

/**
 * Server errors (5xx other than 503, which is a refusal already) from this many distinct pages of
 * one host in a row pause the host like a refusal without Retry-After: a site failing on every page
 * is not sent every page of the backlog meanwhile. One broken page retried does not count twice.
 */
export const HOST_ERROR_RUN = 3;

/** The host's run of failing URLs after `url` answered `status`, and whether the run now pauses the host (the run then starts again). Pure. */
export function nextErrorRun(run: readonly string[], url: string, status: number): { run: string[]; pause: boolean } {
  if (status < 500 || status === 503) return { run: [], pause: false };
  const next = run.includes(url) ? [...run] : [...run, url];
  return next.length >= HOST_ERROR_RUN ? { run: [], pause: true } : { run: next, pause: false };
}

/** The pause after the `strikes`-th recent refusal (1-based); a server's Retry-After wins, within bounds. Pure. */
export function hostPauseMs(strikes: number, retryAfterMs: number | undefined): number {
  if (retryAfterMs !== undefined && retryAfterMs > 0) return Math.min(retryAfterMs, HOST_PAUSE_MAX_MS);
  return Math.min(HOST_PAUSE_BASE_MS * 2 ** Math.max(0, Math.min(strikes - 1, 20)), HOST_PAUSE_MAX_MS);
}

/** The error a paused host's requests fail with (before any byte is sent). */
export function hostPausedError(host: string, remainingMs: number): PipelineError {
  return new PipelineError('FETCH_RATE_LIMITED', `${host} asked us to wait; paused for another ${Math.ceil(remainingMs / 1000)} s`, {
    retryAfterMs: remainingMs,
  });
}

/** A per-host semaphore and pause list inside this process. */
export function createLocalHostLimiter(perHost: number, now: () => number = Date.now): HostLimiter {
  const active = new Map<string, number>();
  const waiting = new Map<string, (() => void)[]>();
  const pausedUntil = new Map<string, number>();
  const strikes = new Map<string, { n: number; at: number }>();
  const release = (host: string) => {
    const q = waiting.get(host);
    const next = q?.shift();
    if (q && !q.length) waiting.delete(host);
    if (next) return next();
    const n = (active.get(host) ?? 1) - 1;
    if (n <= 0) active.delete(host);
    else active.set(host, n);
  };
  const once = (host: string) => {
    let done = false;
    return () => {
      if (!done) {
        done = true;
        release(host);
      }
    };
  };
  return {
    acquire(host) {
      const key = host.toLowerCase();
      const left = (pausedUntil.get(key) ?? 0) - now();
      if (left > 0) return Promise.reject(hostPausedError(host, left));
      const n = active.get(key) ?? 0;
      if (n < perHost) {
        active.set(key, n + 1);
        return Promise.resolve(once(key));
      }
      return new Promise((resolve, reject) => {
        const q = waiting.get(key) ?? [];
        // A pause that began while this request waited still holds: the slot goes on to the next waiter.
        q.push(() => {
          const wait = (pausedUntil.get(key) ?? 0) - now();
          if (wait <= 0) return resolve(once(key));
          release(key);
          reject(hostPausedError(host, wait));
        });
        waiting.set(key, q);
      });
    },
    penalize(host, retryAfterMs) {
      const key = host.toLowerCase();
      const t = now();
      const prev = strikes.get(key);
      const n = prev && t - prev.at < HOST_STRIKE_WINDOW_MS ? prev.n + 1 : 1;
      strikes.set(key, { n, at: t });
      const pause = hostPauseMs(n, retryAfterMs);
      pausedUntil.set(key, Math.max(pausedUntil.get(key) ?? 0, t + pause));
      return Promise.resolve(Math.max(pausedUntil.get(key)! - t, 0));
    },
  };
}
