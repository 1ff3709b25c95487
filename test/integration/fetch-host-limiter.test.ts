/**
 * The per-host limit shared through Redis: two limiters (two processes) on the same Redis never
 * hold more than N slots for one host together, a live holder keeps its slot however long its request
 * runs (it renews the lease), and a holder that dies frees its slot when its lease runs out.
 */
import { randomUUID } from 'node:crypto';
import { createRedisHostLimiter } from '../../src/http/redis-host-limiter';
import { TEST_REDIS_URL } from '../support/test-deps';
import { runNamespace } from '../support/test-prefix';

/** Under the run's namespace: the global teardown deletes whatever keys a lease left. */
const prefix = `${runNamespace()}-limiter-${randomUUID().slice(0, 8)}`;
const opened: { close(): Promise<void> }[] = [];
const limiter = (perHost: number, leaseMs = 10_000) => {
  const l = createRedisHostLimiter({ url: TEST_REDIS_URL, perHost, prefix, leaseMs });
  opened.push(l);
  return l;
};
afterAll(async () => {
  await Promise.all(opened.map((l) => l.close()));
});

const settled = async <T>(p: Promise<T>, ms: number): Promise<boolean> =>
  Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

it('shares the limit between two limiters and hands a freed slot to the other', async () => {
  const a = limiter(2);
  const b = limiter(2);
  const r1 = await a.acquire('news.test');
  const r2 = await b.acquire('news.test');
  const third = b.acquire('news.test');
  expect(await settled(third, 400)).toBe(false); // both slots are held
  expect(
    await settled(
      a.acquire('other.test').then((r) => r()),
      1000,
    ),
  ).toBe(true); // hosts are independent
  r1();
  expect(await settled(third, 2000)).toBe(true);
  (await third)();
  r2();
});

it('never exceeds the limit under contention from both limiters', async () => {
  const a = limiter(3);
  const b = limiter(3);
  let inFlight = 0;
  let peak = 0;
  const work = async (l: typeof a) => {
    const release = await l.acquire('busy.test');
    inFlight++;
    peak = Math.max(peak, inFlight);
    await new Promise((r) => setTimeout(r, 5));
    inFlight--;
    release();
  };
  await Promise.all(Array.from({ length: 40 }, (_, i) => work(i % 2 ? a : b)));
  expect(peak).toBe(3);
});

it('frees the slots of a holder that died once its lease runs out', async () => {
  const crashed = limiter(1, 300);
  await crashed.acquire('crash.test'); // never released
  await crashed.close();
  const survivor = limiter(1, 300);
  expect(await settled(survivor.acquire('crash.test'), 3000)).toBe(true);
});

it("keeps a live holder's slot past its lease (renewed while the request runs), and frees it on release", async () => {
  const holder = limiter(1, 300);
  const other = limiter(1, 300);
  const release = await holder.acquire('long.test');
  const waiting = other.acquire('long.test');
  expect(await settled(waiting, 1200)).toBe(false); // four leases long: still held
  release();
  expect(await settled(waiting, 2000)).toBe(true);
  (await waiting)();
});
