/**
 * Politeness: at most N requests in flight to one host. The in-process limiter serves embedded
 * mode; a Redis-backed one (same interface) shares the limit across processes.
 */
export interface HostLimiter {
  /** Waits for a slot on `host`; call the returned function to give it back. */
  acquire(host: string): Promise<() => void>;
  /** Ends any connection the limiter holds (the HTTP client calls it on close). */
  close?(): Promise<void>;
}

/** A per-host semaphore inside this process. */
export function createLocalHostLimiter(perHost: number): HostLimiter {
  const active = new Map<string, number>();
  const waiting = new Map<string, (() => void)[]>();
  const release = (host: string) => {
    const q = waiting.get(host);
    const next = q?.shift();
    if (q && !q.length) waiting.delete(host);
    if (next) return next();
    const n = (active.get(host) ?? 1) - 1;
    if (n <= 0) active.delete(host);
    else active.set(host, n);
  };
  return {
    acquire(host) {
      const once = () => {
        let done = false;
        return () => {
          if (!done) {
            done = true;
            release(host);
          }
        };
      };
      const n = active.get(host) ?? 0;
      if (n < perHost) {
        active.set(host, n + 1);
        return Promise.resolve(once());
      }
      return new Promise((resolve) => {
        const q = waiting.get(host) ?? [];
        q.push(() => resolve(once()));
        waiting.set(host, q);
      });
    },
  };
}
