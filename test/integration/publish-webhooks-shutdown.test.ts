/**
 * A shutdown never loses a webhook POST in flight (issue 17, point 5), on Postgres with the
 * in-process queue: stopping the webhook role waits for a POST that finishes within the grace
 * period (delivered, once); a POST still running past it is aborted and its delivery handed back
 * (pending, its try not counted, never dead-lettered), and a restart delivers it.
 */
import type http from 'node:http';
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { startWebhooks } from '../../src/publish/webhooks/webhook-role';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { insertItem } from '../support/publish-items';
import { makeTestDeps, waitFor } from '../support/test-deps';

/** The endpoint's answer time while "slow": longer than the short grace, shorter than the long one. */
const SLOW_MS = 1500;

describe('webhook POSTs in flight at shutdown', () => {
  let web: FixtureServer;
  let deps: Deps;
  let close: () => Promise<void>;
  let slow = true;
  const started: string[] = [];
  const answered: string[] = [];

  beforeAll(async () => {
    web = await startFixtureServer();
    web.set('/hook', {
      handler: (req: http.IncomingMessage, res: http.ServerResponse) => {
        const id = String(req.headers['wireroom-delivery']);
        started.push(id);
        req.resume();
        let gaveUp = false;
        res.on('close', () => (gaveUp = !res.writableEnded)); // the sender aborted before the answer
        const answer = () => {
          if (gaveUp) return;
          answered.push(id);
          res.writeHead(204).end();
        };
        if (slow) setTimeout(answer, SLOW_MS);
        else answer();
      },
    });
    const yaml = `
sources:
  - { id: full-src, name: Full Wire, feeds: [{ url: "http://full-src.test/f" }], rights: full, credit: "Source: {source}" }
webhooks:
  - { url: "${web.origin}/hook", secret_env: HOOK_SECRET, events: [item.published] }
`;
    ({ deps, close } = await makeTestDeps({ db: 'postgres', queue: 'memory', feedsYaml: yaml, env: { HOOK_SECRET: 'secret' } }));
    await syncSources(deps);
  }, 30_000);
  afterAll(async () => {
    await close?.();
    await web?.close();
  });

  const delivery = (itemId: number) =>
    deps.db
      .selectFrom('webhook_deliveries as d')
      .innerJoin('publish_events as e', 'e.id', 'd.event_id')
      .select(['d.id', 'd.status', 'd.attempts', 'd.last_error'])
      .where('e.item_id', '=', itemId)
      .executeTakeFirstOrThrow();
  const postStarted = (itemId: number) =>
    waitFor(
      async () => {
        const d = await deps.db
          .selectFrom('webhook_deliveries as d')
          .innerJoin('publish_events as e', 'e.id', 'd.event_id')
          .select('d.id')
          .where('e.item_id', '=', itemId)
          .executeTakeFirst();
        return d && started.includes(String(d.id)) ? d.id : undefined;
      },
      10_000,
      'the POST',
    );

  it('waits for a POST that finishes within the grace period', async () => {
    slow = true;
    const stop = startWebhooks(deps, 4, 10_000);
    const itemId = await insertItem(deps, { sourceId: 'full-src' });
    const id = await postStarted(itemId);
    await stop();
    expect(answered).toContain(String(id));
    expect(await delivery(itemId)).toMatchObject({ status: 'delivered', attempts: 1, last_error: null });
  });

  it('hands back a POST still running past the grace period, and the restart delivers it once', async () => {
    slow = true;
    const stop = startWebhooks(deps, 4, 200);
    const itemId = await insertItem(deps, { sourceId: 'full-src' });
    const id = await postStarted(itemId);
    await stop();
    expect(answered).not.toContain(String(id));
    const handedBack = await delivery(itemId);
    expect(handedBack).toMatchObject({ status: 'pending', attempts: 0 });
    expect(handedBack.last_error).toMatch(/shutdown/);

    slow = false;
    const restart = startWebhooks(deps, 4, 10_000);
    try {
      await waitFor(async () => ((await delivery(itemId)).status === 'delivered' ? true : undefined), 15_000, 'the delivery after restart');
    } finally {
      await restart();
    }
    expect(answered.filter((a) => a === String(id))).toHaveLength(1);
    expect(await delivery(itemId)).toMatchObject({ status: 'delivered', attempts: 1 });
  });
});
