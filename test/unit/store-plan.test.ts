/** planStore and its story-head rule: what storing an item does, from the facts the shell loads. */
import type { ItemStatus } from '../../src/policy/item-status';
import type { BuiltItem } from '../../src/workers/build-item';
import {
  placeInStory,
  planStore,
  type ExistingItem,
  type StoreAction,
  type StoreFacts,
  type StoryHead,
  type Newcomer,
} from '../../src/workers/store-plan';

const NOW = new Date('2026-11-27T12:00:00Z');
const HOUR_MS = 3600 * 1000;
const URL = 'https://news.example.test/story';
const PUBLISH = { status: 'published', reason: null } as const;
const REVIEW = { status: 'queued', reason: 'review: required' } as const;

function built(over: Partial<BuiltItem> = {}): BuiltItem {
  return {
    entryId: 11,
    version: 2,
    sourceId: 'harbour-news',
    sourceName: 'Harbour News',
    url: URL,
    urlNorm: URL,
    canonicalUrl: null,
    title: 'Harbour works finish early',
    headlines: { page: 'Harbour works finish early', feed: 'Harbour works finish early' },
    byline: null,
    authors: [],
    summary: null,
    contentHtml: '<p>Text</p>',
    text: 'Text',
    wordCount: 1,
    leadImage: null,
    originalSource: null,
    rightsNotice: null,
    siteName: null,
    lang: 'en',
    categories: [],
    contentFrom: 'page',
    extractError: null,
    publishedAt: NOW,
    modifiedAt: null,
    sortAt: NOW,
    creditLine: 'Source: Harbour News',
    decision: PUBLISH,
    ...over,
  };
}

function stored(over: Partial<ExistingItem> = {}): ExistingItem {
  return {
    id: 5,
    version: 1,
    status: 'published',
    title: 'Harbour works finish early',
    contentHash: 'hash-a',
    goneFlagged: false,
    recheckAt: null,
    url: URL,
    ...over,
  };
}

const PORTAL = { id: 'portal', name: 'Harbor Times', homepage: 'https://harbor.test/' };
const RT = { id: 'rt', name: 'RT', homepage: 'https://rt.test/' };
const head = (status: ItemStatus, clusterId: number | null = 3, over: Partial<StoryHead> = {}): StoryHead => ({
  id: 7,
  clusterId,
  status,
  outlet: PORTAL,
  original: null,
  rights: 'full',
  ...over,
});
/** A new item from `outlet`, published by its review or not. */
const newcomer = (
  publishable: boolean,
  outlet: Newcomer['outlet'] = { id: 'city', name: '247 City News', homepage: null },
  over: Partial<Newcomer> = {},
): Newcomer => ({ outlet, publishable, rights: 'full', original: null, ...over });
const match = { itemId: 9, kind: 'url', similarity: 1 } as const;

function facts(over: Partial<StoreFacts>): StoreFacts {
  return {
    existing: null,
    mode: 'ingest',
    built: built(),
    contentHash: 'hash-a',
    story: null,
    sourceHomepage: null,
    sourceAliases: [],
    rights: 'full',
    now: NOW,
    ...over,
  };
}

describe('planStore: a new item', () => {
  it.each<[string, Partial<StoreFacts>, StoreAction]>([
    [
      'no stored story: a new story, settled by its review decision',
      {},
      {
        kind: 'insert-new',
        row: { status: 'queued', statusReason: null, duplicateOf: null, clusterId: null },
        joinCluster: null,
        settle: PUBLISH,
      },
    ],
    [
      'no stored story, review required: queued with its reason',
      { built: built({ decision: REVIEW }) },
      {
        kind: 'insert-new',
        row: { status: 'queued', statusReason: 'review: required', duplicateOf: null, clusterId: null },
        joinCluster: null,
        settle: REVIEW,
      },
    ],
    [
      'a copy of a published story: a duplicate of its head',
      { story: { match, head: head('published') } },
      {
        kind: 'duplicate',
        row: { status: 'duplicate', statusReason: 'duplicate (url) of item 7', duplicateOf: 7, clusterId: 3 },
        head: head('published'),
        match,
      },
    ],
    [
      'a copy waiting for review of a queued story: still a duplicate (the head may go out)',
      { built: built({ decision: REVIEW }), story: { match: { itemId: 7, kind: 'near', similarity: 0.8 }, head: head('queued') } },
      {
        kind: 'duplicate',
        row: { status: 'duplicate', statusReason: 'duplicate (near) of item 7', duplicateOf: 7, clusterId: 3 },
        head: head('queued'),
        match: { itemId: 7, kind: 'near', similarity: 0.8 },
      },
    ],
    [
      'a publishable copy of a queued story: it takes the story over (a queued head never hides a publishable copy)',
      { story: { match, head: head('queued') } },
      {
        kind: 'take-over',
        row: { status: 'queued', statusReason: null, duplicateOf: null, clusterId: 3 },
        head: { ...head('queued'), clusterId: 3 },
        why: 'publishable',
        settle: PUBLISH,
      },
    ],
    [
      'a copy of a withdrawn story: a head of its own in that cluster',
      { story: { match, head: head('withdrawn') } },
      {
        kind: 'insert-new',
        row: { status: 'queued', statusReason: null, duplicateOf: null, clusterId: 3 },
        joinCluster: 3,
        settle: PUBLISH,
      },
    ],
    [
      'a copy of a story whose head has no cluster: a story of its own',
      { story: { match, head: head('held', null) } },
      {
        kind: 'insert-new',
        row: { status: 'queued', statusReason: null, duplicateOf: null, clusterId: null },
        joinCluster: null,
        settle: PUBLISH,
      },
    ],
  ])('%s', (_what, over, expected) => {
    expect(planStore(facts(over))).toEqual(expected);
  });
});

describe('planStore: an item already stored', () => {
  const changed = { contentHash: 'hash-b' };
  const recheck = { mode: 'recheck' as const, built: built({ version: 1 }) };
  const recheckError = (code: string, e: Partial<ExistingItem> = {}) => ({
    ...recheck,
    built: built({ version: 1, extractError: code }),
    existing: stored(e),
  });
  it.each<[string, Partial<StoreFacts>, StoreAction]>([
    ['an older job at the stored version: nothing written', { existing: stored({ version: 2 }) }, { kind: 'stale' }],
    ['an older job behind the stored version: nothing written', { existing: stored({ version: 3 }), ...changed }, { kind: 'stale' }],
    [
      'a newer entry with the same title and text: unchanged',
      { existing: stored() },
      { kind: 'unchanged', clearRecheck: false, clearExtractError: false },
    ],
    [
      'a newer entry with a new title: a new version',
      { existing: stored({ title: 'Harbour works run late' }) },
      { kind: 'new-version', clearRecheck: false, correction: false, settle: PUBLISH, audit: 'source-update' },
    ],
    [
      'a newer entry with new text under review: the published copy stays live, the update waits',
      { existing: stored(), built: built({ decision: REVIEW }), ...changed },
      { kind: 'pending-update', clearRecheck: false, correction: false, audit: 'source-update' },
    ],
    [
      'a newer entry under review of a queued item: a new version, still queued',
      { existing: stored({ status: 'queued' }), built: built({ decision: REVIEW }), ...changed },
      { kind: 'new-version', clearRecheck: false, correction: false, settle: REVIEW, audit: 'source-update' },
    ],
    [
      'a re-check correction under review: it waits too',
      { ...recheck, existing: stored(), built: built({ version: 1, decision: REVIEW }), ...changed },
      { kind: 'pending-update', clearRecheck: true, correction: true, audit: 'recheck-update' },
    ],
    [
      "the editor's headline is not a change at the source",
      { existing: stored({ title: 'Harbour works: a triumph', sourceTitle: 'Harbour works finish early' }) },
      { kind: 'unchanged', clearRecheck: false, clearExtractError: false },
    ],
    [
      'an entry no newer than the waiting update: nothing written',
      { existing: stored({ pending: { version: 2, title: 'X', contentHash: 'hash-b' } }), ...changed },
      { kind: 'stale' },
    ],
    [
      'the same update as the one waiting, found by a re-check: only the claim moves',
      {
        mode: 'recheck',
        existing: stored({ pending: { version: 2, title: 'Harbour works finish early', contentHash: 'hash-b' } }),
        ...changed,
      },
      { kind: 'keep-pending', clearRecheck: true },
    ],
    [
      'a newer update replaces the waiting one',
      {
        existing: stored({ pending: { version: 2, title: 'X', contentHash: 'hash-c' } }),
        built: built({ version: 3, decision: REVIEW }),
        ...changed,
      },
      { kind: 'pending-update', clearRecheck: false, correction: false, audit: 'source-update' },
    ],
    [
      'the source went back to the live version: the waiting update is dropped',
      { existing: stored({ pending: { version: 2, title: 'X', contentHash: 'hash-c' } }), built: built({ version: 3 }) },
      { kind: 'drop-pending', clearRecheck: false },
    ],
    [
      'a newer entry of a rejected item: a new version that stays rejected',
      { existing: stored({ status: 'rejected' }), ...changed },
      { kind: 'new-version', clearRecheck: false, correction: false, settle: { status: 'rejected', reason: null }, audit: 'source-update' },
    ],
    [
      'a newer entry whose page failed (not a re-check): the feed copy is compared',
      { existing: stored(), built: built({ extractError: 'HTTP_503' }), ...changed },
      { kind: 'new-version', clearRecheck: false, correction: false, settle: PUBLISH, audit: 'source-update' },
    ],
    [
      'a newer entry whose page is gone: flagged, one more re-check to confirm',
      { existing: stored(), built: built({ extractError: 'HTTP_404' }) },
      { kind: 'gone', clearRecheck: false, code: 'HTTP_404', withdrawReason: null, confirmAt: new Date(NOW.getTime() + HOUR_MS) },
    ],
    [
      'a re-check with the same title and text: unchanged, its old error cleared',
      { ...recheck, existing: stored() },
      { kind: 'unchanged', clearRecheck: true, clearExtractError: true },
    ],
    [
      'a re-check that finds new text: a correction',
      { ...recheck, existing: stored(), ...changed },
      { kind: 'new-version', clearRecheck: true, correction: true, settle: PUBLISH, audit: 'recheck-update' },
    ],
    [
      'a re-check overtaken by a newer entry: an ordinary update',
      { mode: 'recheck', existing: stored(), ...changed },
      { kind: 'new-version', clearRecheck: true, correction: false, settle: PUBLISH, audit: 'source-update' },
    ],
    [
      'a re-check overtaken by a newer entry whose page failed: compared as an update',
      { mode: 'recheck', existing: stored(), built: built({ extractError: 'HTTP_500' }) },
      { kind: 'unchanged', clearRecheck: true, clearExtractError: false },
    ],
    [
      'a re-check answered 410: a published item is withdrawn',
      recheckError('HTTP_410'),
      {
        kind: 'gone',
        clearRecheck: true,
        code: 'HTTP_410',
        withdrawReason: `withdrawn at the source: ${URL} answered 410 Gone`,
        confirmAt: null,
      },
    ],
    [
      'a re-check answered 404 twice: withdrawn',
      recheckError('HTTP_404', { goneFlagged: true }),
      {
        kind: 'gone',
        clearRecheck: true,
        code: 'HTTP_404',
        withdrawReason: `withdrawn at the source: ${URL} answered 404 Not Found twice`,
        confirmAt: null,
      },
    ],
    [
      'a first 404 with a re-check still planned: only flagged',
      recheckError('HTTP_404', { recheckAt: new Date(NOW.getTime() + 5 * HOUR_MS) }),
      { kind: 'gone', clearRecheck: true, code: 'HTTP_404', withdrawReason: null, confirmAt: null },
    ],
    [
      'a 410 on a queued item: only flagged, no confirmation',
      recheckError('HTTP_410', { status: 'queued' }),
      { kind: 'gone', clearRecheck: true, code: 'HTTP_410', withdrawReason: null, confirmAt: null },
    ],
    [
      'a re-check that failed otherwise: the stored copy stays',
      recheckError('FETCH_TIMEOUT'),
      { kind: 'recheck-failed', clearRecheck: true, code: 'FETCH_TIMEOUT' },
    ],
  ])('%s', (_what, over, expected) => {
    expect(planStore(facts(over))).toEqual(expected);
  });

  it('does not look at the story of an item already stored', () => {
    expect(planStore(facts({ existing: stored(), story: { match, head: head('published') } }))).toEqual({
      kind: 'unchanged',
      clearRecheck: false,
      clearExtractError: false,
    });
  });
});

describe('placeInStory (the story-head rule)', () => {
  it.each([
    ['published', 'copy', 'copy'],
    ['queued', 'copy', 'take-over'],
    ['duplicate', 'copy', 'copy'],
    ['held', 'beside', 'take-over'],
    ['rejected', 'beside', 'beside'],
    ['unpublished', 'beside', 'beside'],
    ['withdrawn', 'beside', 'beside'],
  ])('a copy of a story whose head is %s: %s when the copy waits for review, %s when it is publishable', (status, waiting, publishable) => {
    const story = { match, head: head(status as ItemStatus) };
    expect(placeInStory(story, newcomer(false)).kind).toBe(waiting);
    expect(placeInStory(story, newcomer(true)).kind).toBe(publishable);
  });

  const creditsRt = { name: 'RT NEWS', url: null };
  it.each<[string, StoryHead, Newcomer, string]>([
    [
      "the original's own copy after a published republication",
      head('published', 3, { original: creditsRt }),
      newcomer(true, RT),
      'take-over:original',
    ],
    ["the original's own copy after a held one", head('queued', 3, { original: creditsRt }), newcomer(true, RT), 'take-over:publishable'],
    [
      "the original's own copy waiting for review: the published head stays",
      head('published', 3, { original: creditsRt }),
      newcomer(false, RT),
      'copy',
    ],
    ['a republication after the original: a copy', head('published', 3, { outlet: RT }), newcomer(true, PORTAL), 'copy'],
    ['a held republication after the original: a copy', head('published', 3, { outlet: RT }), newcomer(false, PORTAL), 'copy'],
    [
      'the original named by its home page URL',
      head('published', 3, { original: { name: 'Russia Today', url: 'https://www.rt.com/news/1' } }),
      newcomer(true, RT),
      'take-over:original',
    ],
    ['another outlet than the one credited: a copy', head('published', 3, { original: creditsRt }), newcomer(true), 'copy'],
    [
      'a head that is the credited outlet itself stays ("Source: WIRE" on the Wire\'s own item)',
      head('published', 3, { outlet: { id: 'wire', name: 'Wire', homepage: null }, original: { name: 'WIRE', url: null } }),
      newcomer(true, { id: 'wire2', name: 'Wire', homepage: null }),
      'copy',
    ],
    ['a head with no cluster is not taken over', head('queued', null, { original: creditsRt }), newcomer(true, RT), 'copy'],
    [
      'the original named only by the new copy: RT after an uncredited republication',
      head('published'),
      newcomer(true, RT, { original: creditsRt }),
      'take-over:original',
    ],
    [
      'the original named through a source alias ("Russia Today")',
      head('published', 3, { original: { name: 'Russia Today', url: null } }),
      newcomer(true, { id: 'rt-int', name: 'RT International Desk', homepage: null, aliases: ['Russia Today'] }),
      'take-over:original',
    ],
    [
      'no original known: a copy that allows more takes over',
      head('published', 3, { rights: 'excerpt' }),
      newcomer(true),
      'take-over:rights',
    ],
    [
      'no original known: a copy that allows as much stays a copy',
      head('published', 3, { rights: 'excerpt' }),
      newcomer(true, undefined, { rights: 'excerpt' }),
      'copy',
    ],
    [
      'no original known: a copy that allows less stays a copy',
      head('published'),
      newcomer(true, undefined, { rights: 'headline' }),
      'copy',
    ],
    [
      "the original's own copy stays the head against a copy that allows more",
      head('published', 3, { outlet: RT, original: creditsRt, rights: 'excerpt' }),
      newcomer(true, PORTAL),
      'copy',
    ],
    [
      'a copy that allows more but waits for review: the published head stays',
      head('published', 3, { rights: 'headline' }),
      newcomer(false),
      'copy',
    ],
  ])('%s', (_what, h, item, expected) => {
    const placed = placeInStory({ match, head: h }, item);
    expect(placed.kind === 'take-over' ? `take-over:${placed.why}` : placed.kind).toBe(expected);
  });

  it('a new story when nothing matched', () => {
    expect(placeInStory(null, newcomer(true))).toEqual({ kind: 'new-story' });
  });
});

describe('planStore: a take-over', () => {
  it("inserts the original's own copy as a head in the story's cluster, settled by its own review", () => {
    const h = head('published', 3, { original: { name: 'RT NEWS', url: null } });
    const f = facts({ built: built({ sourceId: 'rt', sourceName: 'RT' }), story: { match, head: h }, sourceHomepage: 'https://rt.test/' });
    expect(planStore(f)).toEqual({
      kind: 'take-over',
      row: { status: 'queued', statusReason: null, duplicateOf: null, clusterId: 3 },
      head: { ...h, clusterId: 3 },
      why: 'original',
      settle: PUBLISH,
    });
  });

  it('keeps a copy that waits for review under the head', () => {
    const h = head('queued', 3, { original: { name: 'RT NEWS', url: null } });
    expect(planStore(facts({ built: built({ sourceId: 'rt', sourceName: 'RT', decision: REVIEW }), story: { match, head: h } })).kind).toBe(
      'duplicate',
    );
  });
});
