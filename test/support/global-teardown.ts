/** Drops every database this run created, deletes its BullMQ keys from Redis and removes its temporary directories. */
import IORedis from 'ioredis';
import { dropRunDatabases, removeRunTempDirs } from './run-cleanup';
import { runNamespace } from './test-prefix';

export default async function globalTeardown(): Promise<void> {
  if (!process.env.WIREROOM_TEST_RUN) return;
  const namespace = runNamespace();
  await dropRunDatabases(namespace);
  await deleteRedisKeys(`${namespace}-*`);
  removeRunTempDirs(namespace);
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
