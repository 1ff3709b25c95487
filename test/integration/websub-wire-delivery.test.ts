/**
 * WebSub deliveries through the ingest funnel: wire copy a hub delivers is recorded like any wire
 * document (ingest log, kills) and its full-text entries become items through wire-entry jobs,
 * without a page; a broken wire document is refused with its code (in the ingest log and the
 * outcome), nothing stored. Fixtures: test/fixtures/wire/SOURCES.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { startRoles } from '../../src/roles';
import { handleDelivery } from '../../src/fetchers/websub/delivery';
import { signBody } from '../../src/fetchers/websub/signature';
import { makeTestDeps, waitFor } from '../support/test-deps';

const wire = (f: string) => fs.readFileSync(path.join(__dirname, '../fixtures/wire', f));
const SECRET = 'websub-wire-secret';

describe('WebSub wire deliveries on postgres + memory', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let stop: (() => Promise<void>) | undefined;
  let feedId: number;
  const deliver = (body: Buffer) =>
    handleDelivery(deps, feedId, body, { signature: signBody('sha256', body, SECRET), contentType: 'application/xml' }, deps.log);
  const ingests = () =>
    deps.db.selectFrom('wire_ingests').select(['channel', 'format', 'outcome', 'code', 'items']).orderBy('id').execute();

  beforeAll(async () => {
    const feedsYaml = `
sources:
  - id: hubbed
    name: Hubbed Desk
    rights: full
    review: auto
    feeds:
      - url: https://wire.example.test/feed.json
`;
    ({ deps, close } = await makeTestDeps({ db: 'postgres', queue: 'memory', feedsYaml, env: { WIREROOM_SCHEDULER_TICK: '59s' } }));
    await syncSources(deps);
    feedId = (await deps.db.selectFrom('feeds').select('id').executeTakeFirstOrThrow()).id;
    await deps.db
      .insertInto('websub_subscriptions')
      .values({
        feed_id: feedId,
        hub: 'https://hub.example.test/',
        topic: 'https://wire.example.test/feed.json',
        secret: SECRET,
        state: 'active',
        updated_at: new Date(),
      })
      .execute();
    stop = await startRoles(deps, ['work']);
  });

  afterAll(async () => {
    await stop?.();
    await close?.();
  });

  it('refuses broken wire copy with its code and stores nothing', async () => {
    expect(await deliver(wire('bad-nitf-version-2.5.xml'))).toEqual({ outcome: 'unparsable', created: 0 });
    expect(await ingests()).toEqual([{ channel: 'websub', format: null, outcome: 'failed', code: 'WIRE_UNKNOWN_VERSION', items: 0 }]);
    expect(await deps.db.selectFrom('entries').select('id').execute()).toEqual([]);
  });

  it('stores delivered ninjs and builds its item from the wire', async () => {
    expect(await deliver(wire('ninjs-2.0.json'))).toEqual({ outcome: 'stored', created: 1 });
    expect((await ingests()).at(-1)).toEqual({ channel: 'websub', format: 'ninjs', outcome: 'ok', code: null, items: 1 });
    const item = await waitFor(
      () => deps.db.selectFrom('items').select(['title', 'status', 'content_from', 'extract_error', 'content_html']).executeTakeFirst(),
      10000,
      'the delivered wire item',
    );
    expect(item).toMatchObject({ title: 'Library extends opening hours', status: 'published', content_from: 'feed', extract_error: null });
    expect(item.content_html).toContain('central library');
  });

  it('withdraws the item a delivered kill names', async () => {
    expect(await deliver(wire('ninjs-2.0-withheld.json'))).toEqual({ outcome: 'stored', created: 0 });
    expect(await deps.db.selectFrom('items').select(['status', 'status_reason']).executeTakeFirstOrThrow()).toEqual({
      status: 'withdrawn',
      status_reason: 'withdrawn at the source: the ninjs wire marked https://wire.example.test/ninjs/exa-0003 withheld',
    });
  });
});
