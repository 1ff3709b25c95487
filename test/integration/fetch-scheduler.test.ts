/**
 * Two scheduler processes (two Deps with their own connection pools and queues on the same
 * Postgres) ticking at once never enqueue the same feed twice for one slot.
 */
import { sql } from 'kysely';
import { buildDeps, closeDeps, type Deps } from '../../src/deps';
import { claimDueFeeds } from '../../src/fetchers/claim';
import { schedulerTick } from '../../src/fetchers/scheduler';
import { syncSources } from '../../src/fetchers/sync-sources';
import { silentLogger } from '../../src/log';
import { makeTestDeps } from '../support/test-deps';

const FEEDS = 300;
const feedsYaml = `
sources:
  - id: many
    name: Many Feeds
    feeds:
${Array.from({ length: FEEDS }, (_, i) => `      - url: http://feeds.test/${i}.xml`).join('\n')}
`;

let a: Deps;
let b: Deps;
let close: () => Promise<void>;

beforeAll(async () => {
  const made = await makeTestDeps({ db: 'postgres', queue: 'memory', feedsYaml });
  a = made.deps;
  close = made.close;
  b = await buildDeps(a.settings, { log: silentLogger() });
  await syncSources(a);
});
afterAll(async () => {
  await closeDeps(b, 1000);
  await close?.();
});

const makeAllDue = (at: Date) => sql`UPDATE feeds SET next_due_at = ${at}`.execute(a.db);

it('splits concurrent claims between two schedulers with no feed claimed twice', async () => {
  const now = new Date();
  await makeAllDue(new Date(now.getTime() - 1000));
  const claimed: number[] = [];
  for (;;) {
    const [x, y] = await Promise.all([claimDueFeeds(a.db, now, 40, 600), claimDueFeeds(b.db, now, 40, 600)]);
    if (!x.length && !y.length) break;
    claimed.push(...x.map((c) => c.id), ...y.map((c) => c.id));
  }
  expect(claimed).toHaveLength(FEEDS);
  expect(new Set(claimed).size).toBe(FEEDS);
});

it('enqueues each due feed once across two concurrent scheduler ticks, and again only at its next slot', async () => {
  await makeAllDue(new Date(Date.now() - 1000));
  const [na, nb] = await Promise.all([schedulerTick(a), schedulerTick(b)]);
  expect(na + nb).toBe(FEEDS);
  const waiting = (await a.queue.counts('feed-fetch')).waiting + (await b.queue.counts('feed-fetch')).waiting;
  expect(waiting).toBe(FEEDS);
  const again = await Promise.all([schedulerTick(a), schedulerTick(b)]); // leased: nothing is due
  expect(again).toEqual([0, 0]);
});

it('gives back the claims it could not enqueue, so the next tick takes them instead of waiting out the lease', async () => {
  await makeAllDue(new Date(Date.now() - 1000));
  let adds = 0;
  const refusing: Deps = {
    ...a,
    queue: {
      ...a.queue,
      add: async (...args: Parameters<Deps['queue']['add']>) => {
        if (++adds > 10) throw new Error('OOM command not allowed when used memory > maxmemory');
        return a.queue.add(...args);
      },
    },
  };
  const before = (await a.queue.counts('feed-fetch')).waiting;
  await expect(schedulerTick(refusing)).rejects.toThrow(/maxmemory/);
  expect((await a.queue.counts('feed-fetch')).waiting - before).toBe(10);
  // Nothing is leased but the ten that were enqueued: the next tick claims all the others.
  const next = await schedulerTick(a);
  expect(next).toBe(FEEDS - 10);
  expect((await a.queue.counts('feed-fetch')).waiting - before).toBe(FEEDS);
});
