/**
 * The embedded database (PGlite) runs the same band index, advisory locks and cluster bookkeeping:
 * the seed story from three outlets becomes one published item (RT's own copy, which takes the story
 * over from the republication that arrived first), and two copies stored at once still open one cluster.
 */
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { fixtureText } from '../support/fixtures';
import { makeTestDeps } from '../support/test-deps';
import { DEDUPE_FEEDS_YAML, ingest } from './dedupe-support';

const rt = (file: string) => fixtureText(`dedupe/rt-nato/${file}`);

describe('dedupe on pglite', () => {
  let deps: Deps;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({ db: 'pglite', queue: 'memory', feedsYaml: DEDUPE_FEEDS_YAML }));
    await syncSources(deps);
  });
  afterAll(async () => close?.());

  it("stores the seed story from three outlets as one published item in one cluster: RT's own", async () => {
    const first = await ingest(deps, {
      source: 'city',
      guid: 'c-nato',
      link: 'https://city.test/nato',
      title: 'Russia-NATO relations',
      text: rt('247citynews.txt'),
      original: { name: 'RT', url: null },
    });
    const [a, b] = await Promise.all([
      ingest(deps, { source: 'rt', guid: 'rt-nato', link: 'https://rt.test/nato', title: 'Russia-NATO', text: rt('origin-body.txt') }),
      ingest(deps, {
        source: 'portal',
        guid: 'p-nato',
        link: 'https://portal.test/nato',
        title: 'RUSSIA-NATO',
        text: rt('other-portal.txt'),
      }),
    ]);
    expect(first.status).toBe('published');
    expect(a).toMatchObject({ status: 'published', duplicateOf: null, clusterId: first.clusterId });
    const copies = await deps.db.selectFrom('items').select('duplicate_of').where('id', 'in', [first.id, b!.id]).execute();
    expect(copies).toEqual([{ duplicate_of: a!.id }, { duplicate_of: a!.id }]);
    const published = await deps.db.selectFrom('items').select(['id', 'credit_line']).where('status', '=', 'published').execute();
    expect(published).toEqual([{ id: a!.id, credit_line: 'Source: RT' }]);
    const sizes = await deps.db.selectFrom('items').select('cluster_id').where('cluster_id', '=', first.clusterId!).execute();
    expect(sizes).toHaveLength(3);
  });
});
