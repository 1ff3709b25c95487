/** Drops every database this run created and deletes its BullMQ keys from Redis. */
import IORedis from 'ioredis';
import { adminQuery, listDatabases } from './pg-admin';

export default async function globalTeardown(): Promise<void> {
  const runId = process.env.WIREROOM_TEST_RUN;
  if (!runId) return;
  const mine = await listDatabases(`wr_t_${runId}`);
  await adminQuery(mine.map((d) => `DROP DATABASE IF EXISTS "${d}" WITH (FORCE)`));
  await deleteRedisKeys(`wrt-${runId}-*`);
}

async function deleteRedisKeys(pattern: string): Promise<void> {
  const redis = new IORedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.unlink(...keys);
    } while (cursor !== '0');
  } catch {
    // Redis already gone: nothing to clean.
  } finally {
    redis.disconnect();
  }
}
