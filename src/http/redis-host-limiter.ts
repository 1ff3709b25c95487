/**
 * The per-host limit shared by every process: a Redis sorted set per host is a semaphore whose
 * members are holders scored by their lease expiry, so a crashed holder frees its slot when the
 * lease runs out. Acquire is one Lua script (expire stale holders, count, add), atomic in Redis.
 */
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import type { HostLimiter } from './host-limiter';

/** First wait between tries for a full host; doubles up to MAX_WAIT_MS. */
const FIRST_WAIT_MS = 10;
/** Longest wait between tries: a freed slot is found within this. */
const MAX_WAIT_MS = 250;

/** KEYS[1] = the host's set; ARGV = token, limit, lease ms. Uses the server's clock (no skew). */
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]))
  return 1
end
return 0`;

export interface RedisHostLimiterOptions {
  url: string;
  perHost: number;
  /** Key prefix (one per deployment, like the queue's). */
  prefix: string;
  /** How long a slot is held at most: longer than any request may run (headers + body deadline). */
  leaseMs: number;
}

type LimiterRedis = Redis & { wireroomAcquire(key: string, token: string, limit: number, leaseMs: number): Promise<number> };

/** A HostLimiter shared through Redis; `close` ends its connection. */
export function createRedisHostLimiter(o: RedisHostLimiterOptions): HostLimiter & { close(): Promise<void> } {
  const redis = new Redis(o.url, { maxRetriesPerRequest: 3, enableOfflineQueue: true }) as LimiterRedis;
  redis.defineCommand('wireroomAcquire', { numberOfKeys: 1, lua: ACQUIRE });
  redis.on('error', () => undefined); // surfaced through the failing command instead
  const keyOf = (host: string) => `${o.prefix}:host-slots:${host.toLowerCase()}`;

  return {
    async acquire(host) {
      const key = keyOf(host);
      const token = randomUUID();
      for (let wait = FIRST_WAIT_MS; ; wait = Math.min(wait * 2, MAX_WAIT_MS)) {
        if ((await redis.wireroomAcquire(key, token, o.perHost, o.leaseMs)) === 1) break;
        await new Promise((r) => setTimeout(r, wait));
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        redis.zrem(key, token).catch(() => undefined); // the lease frees it anyway
      };
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** Added to the request deadline for the lease, so a live holder never loses its slot. */
const LEASE_MARGIN_MS = 5000;

/** The shared limiter when REDIS_URL is set (scale-out), else undefined (the client's in-process one). */
export function hostLimiterFor(s: {
  redisUrl: string | null;
  queuePrefix: string;
  http: { perHostConcurrency: number; connectTimeoutMs: number; headersTimeoutMs: number; bodyTimeoutMs: number };
}): (HostLimiter & { close(): Promise<void> }) | undefined {
  if (!s.redisUrl) return undefined;
  const leaseMs = s.http.connectTimeoutMs + s.http.headersTimeoutMs + s.http.bodyTimeoutMs + LEASE_MARGIN_MS;
  return createRedisHostLimiter({ url: s.redisUrl, perHost: s.http.perHostConcurrency, prefix: s.queuePrefix, leaseMs });
}
