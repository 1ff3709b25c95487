/**
 * The WebSub cycle against a small hub on 127.0.0.1 (a fixture-server handler): discovery from a
 * Link header, subscribe, intent verification, signed delivery stored as a fetch result, unsigned
 * and mis-signed deliveries dropped, renewal before the lease lapses, hub failure back to polling.
 */
import type { FastifyInstance } from 'fastify';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Deps } from '../../src/deps';
import { fetchFeed } from '../../src/fetchers/fetch-feed';
import { syncSources } from '../../src/fetchers/sync-sources';
import { buildServer } from '../../src/server';
import { signBody } from '../../src/fetchers/websub/signature';
import { websubTick } from '../../src/fetchers/websub/subscriptions';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { makeTestDeps, waitFor } from '../support/test-deps';

const rss = (guids: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Hubbed</title><link>https://site.example.test/</link>${guids
    .map(
      (g) =>
        `<item><guid>${g}</guid><title>Story ${g}</title><link>https://site.example.test/${g}</link><description>Text of ${g}.</description></item>`,
    )
    .join('')}</channel></rss>`;

interface HubRequest {
  form: URLSearchParams;
  verified: boolean | null;
}

/** A hub that accepts (202) or refuses (500) requests and verifies intent like a real one. */
function hubHandler(requests: HubRequest[], mode: { refuse: boolean }) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      const form = new URLSearchParams(data);
      const entry: HubRequest = { form, verified: null };
      requests.push(entry);
      if (mode.refuse) return void res.writeHead(500).end('hub is down');
      res.writeHead(202).end();
      const challenge = `ch-${requests.length}`;
      const u = new URL(form.get('hub.callback')!);
      u.search = new URLSearchParams({
        'hub.mode': 'subscribe',
        'hub.topic': form.get('hub.topic')!,
        'hub.challenge': challenge,
        'hub.lease_seconds': '7200',
      }).toString();
      http.get(u, (r) => {
        let echoed = '';
        r.on('data', (c: Buffer) => (echoed += c.toString()));
        r.on('end', () => (entry.verified = r.statusCode === 200 && echoed === challenge));
      });
    });
  };
}

async function freePort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

describe('WebSub cycle on postgres + memory', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let web: FixtureServer;
  let app: FastifyInstance;
  let feedId: number;
  let callback: string;
  const requests: HubRequest[] = [];
  const hubMode = { refuse: false };

  beforeAll(async () => {
    web = await startFixtureServer();
    web.set('/hub', { handler: hubHandler(requests, hubMode) });
    web.set('/feed.xml', {
      body: rss(['a1']),
      headers: { 'content-type': 'application/rss+xml', link: `<${web.origin}/hub>; rel="hub", <${web.origin}/feed.xml>; rel="self"` },
    });
    const port = await freePort();
    const feedsYaml = `
sources:
  - id: hubbed
    name: Hubbed News
    rights: excerpt
    review: auto
    feeds:
      - url: ${web.origin}/feed.xml
`;
    ({ deps, close } = await makeTestDeps({
      db: 'postgres',
      queue: 'memory',
      feedsYaml,
      env: { WIREROOM_PUBLIC_URL: `http://127.0.0.1:${port}` },
    }));
    await syncSources(deps);
    app = await buildServer(deps);
    await app.listen({ port, host: '127.0.0.1' });
    feedId = (await deps.db.selectFrom('feeds').select('id').executeTakeFirstOrThrow()).id;
    callback = `http://127.0.0.1:${port}/websub/callback/${feedId}`;
  });

  afterAll(async () => {
    await app?.close();
    await close?.();
    await web?.close();
  });

  const sub = () => deps.db.selectFrom('websub_subscriptions').selectAll().where('feed_id', '=', feedId).executeTakeFirstOrThrow();
  const entryGuids = async () => (await deps.db.selectFrom('entries').select('guid').orderBy('guid').execute()).map((r) => r.guid);
  const deliver = (body: string, signature?: string) =>
    fetch(callback, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/rss+xml', ...(signature ? { 'x-hub-signature': signature } : {}) },
    });

  it('discovers the hub from the Link header, subscribes with a callback on the public URL and answers the challenge', async () => {
    expect(await fetchFeed(deps, feedId, deps.log)).toMatchObject({ outcome: 'ok', newEntries: 1 });
    expect(await websubTick(deps)).toMatchObject({ subscribed: 1 });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.form.get('hub.mode')).toBe('subscribe');
    expect(requests[0]!.form.get('hub.topic')).toBe(`${web.origin}/feed.xml`);
    expect(requests[0]!.form.get('hub.callback')).toBe(callback);
    expect(requests[0]!.form.get('hub.secret')).toMatch(/^[0-9a-f]{64}$/);
    await waitFor(async () => requests[0]!.verified ?? undefined, 5000, 'intent verification');
    expect(requests[0]!.verified).toBe(true);
    expect(await sub()).toMatchObject({ state: 'active', lease_seconds: 7200 });
  });

  it('refuses a challenge for another topic, and deliveries for feeds it did not subscribe to', async () => {
    const res = await fetch(`${callback}?hub.mode=subscribe&hub.topic=${encodeURIComponent('https://evil.test/feed')}&hub.challenge=x`);
    expect(res.status).toBe(404);
    const other = await fetch(callback.replace(/\/\d+$/, `/${feedId + 1000}`), { method: 'POST', body: rss(['x9']) });
    expect(other.status).toBe(403);
  });

  it('drops unsigned and mis-signed deliveries and stores a signed one as a fetch result', async () => {
    const body = rss(['a1', 'b2']);
    const secret = (await sub()).secret;
    expect((await deliver(body)).status).toBe(202);
    expect((await deliver(body, signBody('sha256', body, 'not-the-secret'))).status).toBe(202);
    expect((await deliver(body, 'sha256=zz')).status).toBe(202);
    expect(await entryGuids()).toEqual(['a1']);
    expect((await deliver(body, signBody('sha512', body, secret))).status).toBe(202);
    expect(await entryGuids()).toEqual(['a1', 'b2']);
    const feed = await deps.db
      .selectFrom('feeds')
      .select(['next_due_at', 'poll_interval_s'])
      .where('id', '=', feedId)
      .executeTakeFirstOrThrow();
    expect(new Date(feed.next_due_at).getTime()).toBeGreaterThan(Date.now() + 3 * feed.poll_interval_s * 1000);
    expect((await sub()).last_delivery_at).not.toBeNull();
  });

  it('renews before the lease lapses, keeping the secret', async () => {
    const before = await sub();
    await deps.db
      .updateTable('websub_subscriptions')
      .set({ expires_at: new Date(Date.now() + 10 * 60_000) })
      .where('feed_id', '=', feedId)
      .execute();
    expect(await websubTick(deps)).toMatchObject({ renewed: 1 });
    expect(requests).toHaveLength(2);
    expect(requests[1]!.form.get('hub.secret')).toBe(before.secret);
    await waitFor(async () => requests[1]!.verified ?? undefined, 5000, 'renewal verification');
    expect(new Date((await sub()).expires_at!).getTime()).toBeGreaterThan(Date.now() + 3600_000);
  });

  it('falls back to polling when the hub fails', async () => {
    hubMode.refuse = true;
    await deps.db
      .updateTable('websub_subscriptions')
      .set({ expires_at: new Date(Date.now() + 60_000) })
      .where('feed_id', '=', feedId)
      .execute();
    await deps.db
      .updateTable('feeds')
      .set({ next_due_at: new Date(Date.now() + 86400_000) })
      .where('id', '=', feedId)
      .execute();
    expect(await websubTick(deps)).toMatchObject({ failed: 1 });
    expect(await sub()).toMatchObject({ state: 'failed', fail_count: 1, last_error: expect.stringContaining('HTTP 500') });
    const feed = await deps.db.selectFrom('feeds').select('next_due_at').where('id', '=', feedId).executeTakeFirstOrThrow();
    expect(new Date(feed.next_due_at).getTime()).toBeLessThanOrEqual(Date.now());
    // A signed delivery still counts, but the feed stays on its normal polling rate.
    const body = rss(['c3']);
    await deliver(body, signBody('sha256', body, (await sub()).secret));
    expect(await entryGuids()).toEqual(['a1', 'b2', 'c3']);
    const after = await deps.db.selectFrom('feeds').select('next_due_at').where('id', '=', feedId).executeTakeFirstOrThrow();
    expect(new Date(after.next_due_at).getTime()).toBeLessThanOrEqual(Date.now());
  });
});
