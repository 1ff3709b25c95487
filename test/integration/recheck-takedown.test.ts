/**
 * Corrections and takedowns found by re-checks: a published item whose page starts answering 410 is
 * withdrawn (410 on the API, gone from the list and the feeds, an item.withdrawn webhook delivery);
 * a 404 flags it once and withdraws it the second time; a correction becomes a new version; a 500
 * changes nothing; two schedulers never claim the same re-check. Pages are scripted on the local
 * fixture server; the stories were written for this test.
 */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../src/deps';
import { claimDueRechecks, requestRecheck } from '../../src/fetchers/recheck-claim';
import { recheckTick, schedulerTick } from '../../src/fetchers/scheduler';
import { dispatchWebhookEvents } from '../../src/publish/webhooks/dispatch';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { insertItem } from '../support/publish-items';
import { startStack, type TestStack } from '../support/stack';
import { waitFor } from '../support/test-deps';

const H = 3600_000;

/** Four unrelated stories, so none is taken for a copy of another. */
const STORIES: Record<string, { title: string; paragraphs: string[] }> = {
  gone: {
    title: 'Lighthouse keeper retires after forty years',
    paragraphs: [
      'The keeper of the northern lighthouse climbed its spiral stairs for the last time on Thursday, ending four decades of nightly watches over the strait.',
      'He recalled winter gales that shook the lantern room and a fishing crew he guided home through fog with nothing but the beam and a hand-cranked horn.',
      'The maritime authority said the light will be automated next spring, with sensors and a remote camera replacing the logbook he kept in pencil.',
      'Neighbours from the village gathered at the foot of the tower with cake, a brass band and a framed chart of every wreck the light has prevented.',
    ],
  },
  missing: {
    title: 'Orchard growers report record apple harvest',
    paragraphs: [
      'Growers across the valley picked more apples this autumn than in any season since records began, helped by a wet spring and a long, mild September.',
      'Cooperative managers said cold stores are nearly full and that cider makers have agreed to take the surplus of smaller fruit at a fixed price.',
      'Seasonal pickers arrived earlier than usual, and several farms added evening shifts under floodlights to bring in late varieties before frost.',
      'Agronomists warned that next year may be leaner, since trees that crop heavily often rest the following season regardless of the weather.',
    ],
  },
  corrected: {
    title: 'Museum reopens its dinosaur gallery',
    paragraphs: [
      'The natural history museum reopened its dinosaur gallery on Saturday after a renovation that took two years and moved three skeletons to new mounts.',
      'Curators rebuilt the long-necked sauropod in a walking pose based on recent studies of trackways found in quarries along the coast.',
      'Children can now touch a cast of a tyrannosaur tooth and compare it with the teeth of a crocodile and a shark in a new hands-on corner.',
      'Admission to the gallery is free on the first Sunday of every month, and audio guides are available in six languages at the entrance desk.',
    ],
  },
  flaky: {
    title: 'Chess club wins regional team championship',
    paragraphs: [
      'The town chess club won the regional team championship on Sunday, beating the university side in the final round with a narrow half-point margin.',
      'Their youngest player, aged fourteen, held a rook endgame against an international master for more than five hours to secure the decisive draw.',
      'The captain credited weekly training sessions in the library annex, where members study openings on a projector and replay their own games.',
      'The club will represent the region at the national finals in March and is raising money for travel with a simultaneous exhibition next month.',
    ],
  },
};

const CORRECTION = 'Correction: an earlier version of this story said the renovation took two years; it took three years.';

function page(key: string, extra: string | null = null): string {
  const s = STORIES[key]!;
  const body = [...s.paragraphs, ...(extra ? [extra] : [])].map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${s.title}</title></head><body><article><h1>${s.title}</h1><p class="byline">By Staff Reporter</p>\n${body}\n</article></body></html>`;
}

function feed(origin: string): string {
  const items = Object.entries(STORIES).map(
    ([key, s], i) =>
      `<item><title>${s.title}</title><link>${origin}/news/${key}</link><guid isPermaLink="false">recheck-${key}</guid><pubDate>Fri, 27 Nov 2026 0${i}:00:00 +0000</pubDate><description>${s.paragraphs[0]}</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Recheck Times</title><link>${origin}/</link><description>test</description>${items.join('')}</channel></rss>`;
}

const feedsYaml = (origin: string) => `
sources:
  - id: recheck-times
    name: Recheck Times
    homepage: ${origin}/
    feeds:
      - url: ${origin}/feed.xml
    rights: full
    review: auto
    credit: "Source: {source}"
webhooks:
  - { url: "${origin}/hook", secret_env: RECHECK_HOOK_SECRET }
`;

const html = { 'content-type': 'text/html; charset=utf-8' };

describe.each([
  { db: 'postgres', queue: 'bullmq' },
  { db: 'pglite', queue: 'memory' },
] as const)('re-checks on $db + $queue', ({ db, queue }) => {
  let web: FixtureServer;
  let deps: Deps;
  let stack: TestStack | undefined;
  let app: FastifyInstance;
  const ids: Record<string, number> = {};

  const item = (key: string) => deps.db.selectFrom('items').selectAll().where('id', '=', ids[key]!).executeTakeFirstOrThrow();
  const makeDue = (keys: string[]) =>
    deps.db
      .updateTable('items')
      .set({ recheck_at: new Date(Date.now() - 1000) })
      .where(
        'id',
        'in',
        keys.map((k) => ids[k]!),
      )
      .execute();
  /** Runs one re-check tick and waits until every claimed job has been stored. */
  const recheckNow = async (keys: string[]) => {
    await makeDue(keys);
    expect(await recheckTick(deps)).toBe(keys.length);
    await waitFor(
      async () => {
        const rows = await deps.db
          .selectFrom('items')
          .select('id')
          .where(
            'id',
            'in',
            keys.map((k) => ids[k]!),
          )
          .where('recheck_pending', '=', true)
          .execute();
        return rows.length === 0 ? true : undefined;
      },
      20000,
      're-check jobs done',
    );
  };

  beforeAll(async () => {
    web = await startFixtureServer();
    web.set('/feed.xml', { body: feed(web.origin), headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
    for (const key of Object.keys(STORIES)) web.set(`/news/${key}`, { body: page(key), headers: html });
    web.set('/hook', { status: 204 });
    stack = await startStack({
      db,
      queue,
      feedsYaml: feedsYaml(web.origin),
      env: { WIREROOM_SCHEDULER_TICK: '59s', WIREROOM_RECHECK_AFTER: '1h,6h,24h', RECHECK_HOOK_SECRET: 'recheck-secret' },
      roles: ['fetch', 'work'],
    });
    ({ deps, app } = stack);
  });

  afterAll(async () => {
    await stack?.close();
    await web?.close();
  });

  it('publishes the four stories and plans each first re-check an hour after publication, without fetching', async () => {
    await schedulerTick(deps);
    const rows = await waitFor(
      async () => {
        const r = await deps.db
          .selectFrom('items as i')
          .innerJoin('entries as e', 'e.id', 'i.entry_id')
          .select(['i.id', 'e.guid', 'i.status'])
          .where('i.status', '=', 'published')
          .execute();
        return r.length === 4 ? r : undefined;
      },
      20000,
      'four published items',
    );
    for (const r of rows) ids[r.guid.replace('recheck-', '')] = Number(r.id);
    // Read the list and the feed once, so a cached page or ETag would show if a withdrawal did not reach them.
    expect(((await app.inject({ method: 'GET', url: '/api/items?limit=50' })).json() as { items: unknown[] }).items).toHaveLength(4);
    expect(((await app.inject({ method: 'GET', url: '/feeds/all.json' })).json() as { items: unknown[] }).items).toHaveLength(4);
    const hits = web.hits('/news/gone');
    // Publication made them due at once: a claim only plans. A claim skips a row another transaction still holds (FOR
    // UPDATE SKIP LOCKED: the publish's own follow-up writes, on a loaded machine), and the next tick takes it, as the
    // scheduler's would.
    await waitFor(
      async () => {
        await recheckTick(deps);
        const rows = await Promise.all(Object.keys(STORIES).map((key) => item(key)));
        return rows.every((r) => r.recheck_step >= 1) ? true : undefined;
      },
      20000,
      'first re-checks planned',
    );
    for (const key of Object.keys(STORIES)) {
      const row = await item(key);
      expect(row.recheck_step).toBe(1);
      expect(row.recheck_pending).toBe(false);
      expect(row.recheck_at!.getTime()).toBe(row.published_on!.getTime() + 1 * H);
    }
    expect(web.hits('/news/gone')).toBe(hits);
  });

  it('withdraws on 410, flags on a first 404, stores a correction as a new version, and keeps the copy on a 500', async () => {
    web.set('/news/gone', { status: 410, body: 'gone', headers: { 'content-type': 'text/plain' } });
    web.set('/news/missing', { status: 404, body: 'not found', headers: { 'content-type': 'text/plain' } });
    web.set('/news/corrected', { body: page('corrected', CORRECTION), headers: html });
    web.set('/news/flaky', { status: 500, body: 'oops', headers: { 'content-type': 'text/plain' } });
    const flakyBefore = await item('flaky');
    await recheckNow(['gone', 'missing', 'corrected', 'flaky']);

    const gone = await item('gone');
    expect(gone.status).toBe('withdrawn');
    expect(gone.status_reason).toBe(`withdrawn at the source: ${web.origin}/news/gone answered 410 Gone`);
    expect(gone.recheck_at).toBeNull();
    const audit = await deps.db
      .selectFrom('audit_log')
      .select(['actor', 'action', 'before', 'after'])
      .where('item_id', '=', ids.gone!)
      .where('action', '=', 'withdraw')
      .execute();
    expect(audit).toEqual([
      {
        actor: 'pipeline',
        action: 'withdraw',
        before: { status: 'published' },
        after: { status: 'withdrawn', status_reason: gone.status_reason },
      },
    ]);

    const missing = await item('missing');
    expect(missing.status).toBe('published');
    expect(missing.flags).toEqual(['gone_at_source']);

    const corrected = await item('corrected');
    expect(corrected.status).toBe('published');
    expect(corrected.version).toBe(2);
    expect(corrected.text).toContain('it took three years');
    const versions = await deps.db.selectFrom('item_versions').select(['version', 'diff']).where('item_id', '=', ids.corrected!).execute();
    expect(versions).toHaveLength(1);
    expect(versions[0]!.version).toBe(1);
    expect(versions[0]!.diff).toContain('+' + CORRECTION);
    const entry = await deps.db.selectFrom('entries').select('version').where('id', '=', corrected.entry_id).executeTakeFirstOrThrow();
    expect(entry.version).toBe(2); // the entry moves with the item, so the next feed change is not mistaken for an old one

    const flaky = await item('flaky');
    expect(flaky.status).toBe('published');
    expect(flaky.version).toBe(flakyBefore.version);
    expect(flaky.content_hash).toBe(flakyBefore.content_hash);
    expect(flaky.text).toBe(flakyBefore.text);

    for (const key of ['missing', 'corrected', 'flaky']) {
      const row = await item(key);
      expect([key, row.recheck_step, row.recheck_at!.getTime()]).toEqual([key, 2, row.published_on!.getTime() + 6 * H]);
    }
  });

  it('reflects the withdrawal at the next request: 410 on the item, gone from the list and the feed, an item.withdrawn delivery', async () => {
    const one = await app.inject({ method: 'GET', url: `/api/items/${ids.gone}` });
    expect(one.statusCode).toBe(410);
    const list = (await app.inject({ method: 'GET', url: '/api/items?limit=50' })).json() as { items: { id: number }[] };
    expect(list.items.map((i) => Number(i.id)).sort()).toEqual([ids.missing!, ids.corrected!, ids.flaky!].sort());
    const jf = (await app.inject({ method: 'GET', url: '/feeds/all.json' })).json() as { items: { title: string }[] };
    expect(jf.items.map((i) => i.title)).not.toContain(STORIES.gone!.title);
    expect(jf.items.map((i) => i.title)).toContain(STORIES.flaky!.title);

    // Dispatch reads only events older than every transaction still open on the server (event-log.ts),
    // and the Postgres here is shared with the other test files: dispatch until both events are final.
    const deliveries = await waitFor(
      async () => {
        await dispatchWebhookEvents(deps);
        const rows = await deps.db
          .selectFrom('webhook_deliveries as d')
          .innerJoin('publish_events as ev', 'ev.id', 'd.event_id')
          .select(['ev.item_id', 'ev.type', 'd.endpoint'])
          .where('ev.type', 'in', ['item.withdrawn', 'item.updated'])
          .orderBy('ev.id')
          .execute();
        return rows.length >= 2 ? rows : undefined;
      },
      20000,
      'the withdrawal and the correction dispatched',
    );
    expect(deliveries.map((d) => [Number(d.item_id), d.type, d.endpoint])).toEqual(
      expect.arrayContaining([
        [ids.gone, 'item.withdrawn', `${web.origin}/hook`],
        [ids.corrected, 'item.updated', `${web.origin}/hook`],
      ]),
    );
    expect(deliveries.filter((d) => d.type === 'item.withdrawn').map((d) => Number(d.item_id))).toEqual([ids.gone]);
  });

  it('withdraws on a second 404; an unchanged page and a recovered one change nothing', async () => {
    web.set('/news/flaky', { body: page('flaky'), headers: html });
    await recheckNow(['missing', 'corrected', 'flaky']);
    const missing = await item('missing');
    expect(missing.status).toBe('withdrawn');
    expect(missing.status_reason).toBe(`withdrawn at the source: ${web.origin}/news/missing answered 404 Not Found twice`);
    expect((await item('corrected')).version).toBe(2);
    const flaky = await item('flaky');
    expect([flaky.status, flaky.version, flaky.flags]).toEqual(['published', 1, []]);
    const list = (await app.inject({ method: 'GET', url: '/api/items?limit=50' })).json() as { items: { id: number }[] };
    expect(list.items.map((i) => Number(i.id)).sort()).toEqual([ids.corrected!, ids.flaky!].sort());
    expect((await app.inject({ method: 'GET', url: `/api/items/${ids.missing}` })).statusCode).toBe(410);
  });

  it("re-checks on an operator's request an item with no re-check planned (published before re-checks existed)", async () => {
    await deps.db.updateTable('items').set({ recheck_at: null, recheck_step: 0 }).where('id', '=', ids.flaky!).execute();
    web.set('/news/flaky', { status: 410, body: 'gone', headers: { 'content-type': 'text/plain' } });
    expect(await recheckTick(deps)).toBe(0); // nothing planned, nothing fetched
    expect(await requestRecheck(deps.db, { publishedSince: new Date(Date.now() + H) }, new Date())).toBe(0);
    // Only published items count: "gone" and "missing" were withdrawn above.
    expect(await requestRecheck(deps.db, { itemIds: [ids.flaky!, ids.gone!, ids.missing!] }, new Date())).toBe(1);
    expect(await recheckTick(deps)).toBe(1);
    const flaky = await waitFor(
      async () => {
        const row = await item('flaky');
        return row.recheck_pending ? undefined : row;
      },
      20000,
      'the requested re-check done',
    );
    expect(flaky.status).toBe('withdrawn');
    expect(flaky.status_reason).toBe(`withdrawn at the source: ${web.origin}/news/flaky answered 410 Gone`);
    expect(await requestRecheck(deps.db, { sourceId: 'recheck-times' }, new Date())).toBe(1); // "corrected" is the last one published
    await deps.db.updateTable('items').set({ recheck_at: null }).where('id', '=', ids.corrected!).execute(); // leave no re-check due for the next test
  });

  it('never lets two concurrent claims take the same re-check', async () => {
    const extra: number[] = [];
    for (let i = 0; i < 60; i++) extra.push(await insertItem(deps, { sourceId: 'recheck-times', title: `Claim race ${i}` }));
    const now = new Date();
    await deps.db
      .updateTable('items')
      .set({ recheck_at: new Date(now.getTime() - 1000), recheck_step: 1, published_on: now })
      .where('id', 'in', extra)
      .execute();
    const [a, b] = await Promise.all([
      claimDueRechecks(deps.db, now, [3600, 21600], 40),
      claimDueRechecks(deps.db, now, [3600, 21600], 40),
    ]);
    const got = [...a!, ...b!].map((c) => c.itemId).filter((id) => extra.includes(id));
    expect(new Set(got).size).toBe(got.length);
    expect(got.sort((x, y) => x - y)).toEqual([...extra].sort((x, y) => x - y));
    const steps = await deps.db.selectFrom('items').select('recheck_step').where('id', 'in', extra).execute();
    expect(new Set(steps.map((s) => s.recheck_step))).toEqual(new Set([2])); // each moved exactly one step
    await deps.db.updateTable('items').set({ recheck_pending: false, recheck_at: null }).where('id', 'in', extra).execute(); // no jobs were enqueued for these
  });
});
