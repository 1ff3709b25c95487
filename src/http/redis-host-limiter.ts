/**
 * The per-host limit shared by every process: a Redis sorted set per host is a semaphore whose
 * members are holders scored by their lease expiry, so a crashed holder frees its slot when the
 * lease runs out. Acquire is one Lua script (paused? expire stale holders, count, add), atomic in
 * Redis. A live holder renews its lease while its request runs (a killed worker's slots come free
 * within one lease). A 429/503 sets the host's pause key (expiring with the pause) that every process's acquire
 * reads, and counts a strike so pauses without Retry-After grow exponentially.
 */
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { HOST_PAUSE_BASE_MS, HOST_PAUSE_MAX_MS, HOST_STRIKE_WINDOW_MS, hostPausedError, type HostLimiter } from './host-limiter';

/** First wait between tries for a full host; doubles up to MAX_WAIT_MS. */
const FIRST_WAIT_MS = 10;
/** Longest wait between tries: a freed slot is found within this. */
const MAX_WAIT_MS = 250;

/**
 * KEYS[1] = the host's set, KEYS[2] = its pause key; ARGV = token, limit, lease ms. Returns 1 (slot
 * taken), 0 (full) or minus the pause left in ms. Uses the server's clock (no skew).
 */
const ACQUIRE = `
local paused = redis.call('PTTL', KEYS[2])
if paused > 0 then return -paused end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]))
  return 1
end
return 0`;

/** KEYS[1] = the host's set; ARGV = token, lease ms. Moves a live holder's expiry on; 0 when the slot is gone (expired, Redis restarted). */
const RENEW = `
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
return 1`;

/**
 * KEYS[1] = the host's strike counter, KEYS[2] = its pause key; ARGV = Retry-After ms (0: none),
 * base, max, strike window. The same rule as hostPauseMs; a pause in force is never shortened.
 * Returns the pause in force in ms.
 */
const PENALIZE = `
local strikes = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[4]))
local asked = tonumber(ARGV[1])
local pause
if asked > 0 then pause = math.min(asked, tonumber(ARGV[3]))
else pause = math.min(tonumber(ARGV[2]) * 2 ^ math.min(strikes - 1, 20), tonumber(ARGV[3])) end
pause = math.floor(pause)
local left = redis.call('PTTL', KEYS[2])
if left >= pause then return left end
redis.call('SET', KEYS[2], '1', 'PX', pause)
return pause`;

export interface RedisHostLimiterOptions {
  url: string;
  perHost: number;
  /** Key prefix (one per deployment, like the queue's). */
  prefix: string;
  /**
   * A slot's lease: a live holder renews it every third of it while its request runs, so a holder
   * that dies (kill -9, a lost machine) frees its slots within one lease, not a request deadline.
   */
  leaseMs: number;
}

type LimiterRedis = Redis & {
  wireroomAcquire(key: string, pauseKey: string, token: string, limit: number, leaseMs: number): Promise<number>;
  wireroomPenalize(strikeKey: string, pauseKey: string, askedMs: number, baseMs: number, maxMs: number, windowMs: number): Promise<number>;
  wireroomRenew(key: string, token: string, leaseMs: number): Promise<number>;
};

/** A HostLimiter shared through Redis; `close` ends its connection. */
export function createRedisHostLimiter(o: RedisHostLimiterOptions): HostLimiter & { close(): Promise<void> } {
  const redis = new Redis(o.url, { maxRetriesPerRequest: 3, enableOfflineQueue: true }) as LimiterRedis;
  redis.defineCommand('wireroomAcquire', { numberOfKeys: 2, lua: ACQUIRE });
  redis.defineCommand('wireroomPenalize', { numberOfKeys: 2, lua: PENALIZE });
  redis.defineCommand('wireroomRenew', { numberOfKeys: 1, lua: RENEW });
  const renewals = new Set<NodeJS.Timeout>();
  redis.on('error', () => undefined); // surfaced through the failing command instead
  const keyOf = (host: string) => `${o.prefix}:host-slots:${host.toLowerCase()}`;
  const pauseKeyOf = (host: string) => `${o.prefix}:host-pause:${host.toLowerCase()}`;

  return {
    async acquire(host) {
      const key = keyOf(host);
      const token = randomUUID();
      for (let wait = FIRST_WAIT_MS; ; wait = Math.min(wait * 2, MAX_WAIT_MS)) {
        const got = await redis.wireroomAcquire(key, pauseKeyOf(host), token, o.perHost, o.leaseMs);
        if (got === 1) break;
        if (got < 0) throw hostPausedError(host, -got);
        await new Promise((r) => setTimeout(r, wait));
      }
      const renewal = setInterval(() => void redis.wireroomRenew(key, token, o.leaseMs).catch(() => undefined), Math.max(1, o.leaseMs / 3));
      renewal.unref();
      renewals.add(renewal);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        clearInterval(renewal);
        renewals.delete(renewal);
        redis.zrem(key, token).catch(() => undefined); // the lease frees it anyway
      };
    },
    async penalize(host, retryAfterMs) {
      const strikeKey = `${o.prefix}:host-strikes:${host.toLowerCase()}`;
      const asked = Math.max(0, Math.round(retryAfterMs ?? 0));
      return redis.wireroomPenalize(strikeKey, pauseKeyOf(host), asked, HOST_PAUSE_BASE_MS, HOST_PAUSE_MAX_MS, HOST_STRIKE_WINDOW_MS);
    },
    async close() {
      for (const r of renewals) clearInterval(r);
      renewals.clear();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** A slot's lease, renewed every third of it while its request runs (see RedisHostLimiterOptions.leaseMs). */
const LEASE_MS = 15_000;

/** The shared limiter when REDIS_URL is set (scale-out), else undefined (the client's in-process one). */
export function hostLimiterFor(s: {
  redisUrl: string | null;
  queuePrefix: string;
  http: { perHostConcurrency: number };
}): (HostLimiter & { close(): Promise<void> }) | undefined {
  if (!s.redisUrl) return undefined;
  return createRedisHostLimiter({ url: s.redisUrl, perHost: s.http.perHostConcurrency, prefix: s.queuePrefix, leaseMs: LEASE_MS });
}
