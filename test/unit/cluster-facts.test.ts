/** deriveClusterFacts and splitProblems: the pure rules behind clusters and editors' splits. */
import { deriveClusterFacts, splitProblems, type ClusterMemberFacts } from '../../src/policy/cluster-facts';

const m = (
  id: number,
  source_id: string,
  status: string,
  published_at: string | null = null,
  original: string | null = null,
): ClusterMemberFacts => ({
  id,
  source_id,
  status,
  published_at: published_at ? new Date(published_at) : null,
  original_source: original ? { name: original, url: null } : null,
});

describe('deriveClusterFacts', () => {
  it.each([
    ['no members', [], null, null],
    ['one story: its own publisher', [m(1, 'city', 'published')], 1, { representativeId: 1, original: null, originalSourceId: 'city' }],
    [
      'a copy published earlier names its source as the original',
      [m(1, 'city', 'published', '2026-11-27T10:00:00Z'), m(2, 'rt', 'duplicate', '2026-11-27T09:00:00Z')],
      1,
      { representativeId: 1, original: null, originalSourceId: 'rt' },
    ],
    [
      'a copy without a date never displaces the representative',
      [m(1, 'city', 'published', '2026-11-27T10:00:00Z'), m(2, 'rt', 'duplicate')],
      1,
      { representativeId: 1, original: null, originalSourceId: 'city' },
    ],
    [
      'nor does any copy when the representative has no date',
      [m(1, 'city', 'published'), m(2, 'rt', 'duplicate', '2026-11-27T09:00:00Z')],
      1,
      { representativeId: 1, original: null, originalSourceId: 'city' },
    ],
    [
      'the first attribution found wins',
      [m(1, 'city', 'published'), m(2, 'rt', 'duplicate', null, 'RT'), m(3, 'portal', 'duplicate', null, 'TASS')],
      1,
      { representativeId: 1, original: { name: 'RT', url: null }, originalSourceId: 'city' },
    ],
    [
      'a representative that became a duplicate gives way to the oldest head',
      [m(1, 'city', 'duplicate'), m(2, 'rt', 'queued'), m(3, 'portal', 'queued')],
      1,
      { representativeId: 2, original: null, originalSourceId: 'rt' },
    ],
    [
      'a published head is preferred to one held for rights, which may still be the original',
      [m(1, 'ria', 'held', '2026-11-27T08:00:00Z'), m(2, 'city', 'published', '2026-11-27T09:00:00Z')],
      1,
      { representativeId: 2, original: null, originalSourceId: 'ria' },
    ],
    [
      'only duplicates: the oldest member',
      [m(4, 'city', 'duplicate'), m(5, 'rt', 'duplicate')],
      null,
      { representativeId: 4, original: null, originalSourceId: 'city' },
    ],
  ])('%s', (_name, members, current, expected) => {
    expect(deriveClusterFacts(members, current)).toEqual(expected);
  });
});

describe('splitProblems', () => {
  it.each([
    ['a proper split', [1, 2, 3], 1, [2, 3], []],
    ['items of another cluster', [1, 2, 3], 1, [2, 9], ['item_ids: 9 not in this cluster; list items of this cluster only']],
    ['the representative', [1, 2, 3], 1, [1], ["item_ids: 1 is the cluster's representative; split off the other items instead"]],
    ['every item', [1, 2], null, [1, 2], ['item_ids: leave at least one item in the cluster; to move all, merge instead']],
  ])('%s', (_name, members, representative, itemIds, expected) => {
    expect(splitProblems(members, representative, itemIds)).toEqual(expected);
  });
});
