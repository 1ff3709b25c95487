/**
 * A cap on password hashes running at once: each scrypt takes ~128 MB and a libuv thread, so a
 * burst of logins must queue, and past a short queue be told to come back, instead of exhausting
 * memory or starving other work.
 */

/** Hashes running at once per process (2 cores; ~256 MB at most). */
export const MAX_CONCURRENT_HASHES = 2;
/**
 * Logins waiting for a slot before new ones are turned away with 503 and Retry-After. Short, so
 * the last one in line waits two rounds of hashes (well under a second on an idle machine), not
 * the many seconds a long line would (issue 19 saw 9 s replies).
 */
export const MAX_WAITING_HASHES = 4;

export interface HashSlots {
  /** Runs `fn` in a slot; `busy` when the queue is full. */
  run<T>(fn: () => Promise<T>): Promise<{ busy: false; value: T } | { busy: true }>;
}

/** Builds the slots for one server. */
export function createHashSlots(max = MAX_CONCURRENT_HASHES, maxWaiting = MAX_WAITING_HASHES): HashSlots {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return {
    async run(fn) {
      if (running >= max) {
        if (waiting.length >= maxWaiting) return { busy: true };
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else running++;
      try {
        return { busy: false, value: await fn() };
      } finally {
        release();
      }
    },
  };
}
