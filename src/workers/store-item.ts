/**
 * Stores an article's item, once per entry: load the facts (the stored row, locked; for a new item
 * the stored story it copies), let planStore decide (store-plan.ts), carry the action out
 * (store-apply.ts), all in one transaction. A new item is a new story or a copy of a stored one; a
 * stored item gets a new version, stays unchanged, is flagged gone at the source or withdrawn, or
 * keeps its copy after a failed re-check (the scheduler's claim, `recheck_pending`, is the mode).
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { Deps } from '../deps';
import { scrubText } from '../text/scrub';
import type { BuiltItem } from './build-item';
import { fingerprintText, type Fingerprint } from './dedupe/fingerprint';
import {
  applyGone,
  applyNewVersion,
  applyRecheckFailed,
  applyUnchanged,
  clearRecheckPending,
  insertNewItem,
  settleDuplicate,
  settleNewStory,
  settleTakeOver,
  storedResult,
  type StoredItem,
} from './store-apply';
import { insertNewItemCombined, insertNewStoryAtOnce, openStoryCombined } from './store-combined';
import {
  exactKeys,
  existingFacts,
  findEntryOutlet,
  findItemAndEntryFacts,
  findItemForUpdate,
  findStory,
  headFacts,
  urlKeys,
  withSourceHeadline,
  type EntryFacts,
  type ItemRow,
} from './store-facts';
import { findStoryHead } from '../store/cluster-store';
import { publishRefusal } from '../store/publish-item';
import { isSummaryStub } from './article-fetch-plan';
import { lockDedupeKeys } from './dedupe/pg-index';
import { findDuplicateAtOnce } from './story-lookup';
import { applyDropPending, applyPendingUpdate } from './store-pending';
import { planStore, type StoreAction, type StoreFacts } from './store-plan';

export { DEDUPE_VERSION, type StoredItem } from './store-apply';

type Tx = Transaction<Database>;

/**
 * Inserts or updates the item for an entry, de-duplicates it, and publishes it when its review mode
 * says so. A new item's rows go in combined statements (store-combined.ts) unless the settings turn
 * that off (`WIREROOM_STORE_COMBINED=0`, the one-statement-per-row path kept for comparison).
 */
export async function storeItem(deps: Pick<Deps, 'db' | 'clock'> & Partial<Pick<Deps, 'settings'>>, built: BuiltItem): Promise<StoredItem> {
  const now = deps.clock.now();
  const combined = deps.settings?.work.combinedStore ?? true;
  // Pages and wire documents can carry NUL and other controls XML forbids; Postgres refuses NUL. Cleans `built` in place.
  const scrubbed = scrubText(built);
  return deps.db.transaction().execute(async (tx) => {
    if (combined) {
      const { existing, facts } = await findItemAndEntryFacts(tx, scrubbed.entryId);
      if (!existing) return insertAtOnce(tx, scrubbed, fingerprintText(scrubbed.text ?? scrubbed.title), facts, now);
      // A stored item's next version takes the source's headline: the feed's when only the feed retitled the story.
      const item = withSourceHeadline(scrubbed, existing);
      const fp = fingerprintText(item.text ?? item.title);
      return updateStored(tx, existing, item, fp, planUpdateOf(existing, item, fp, now), now);
    }
    const existing = await findItemForUpdate(tx, scrubbed.entryId);
    const item = existing ? withSourceHeadline(scrubbed, existing) : scrubbed;
    const fp = fingerprintText(item.text ?? item.title);
    const story = existing ? null : await findStory(tx, item, fp);
    const own = story ? await findEntryOutlet(tx, item.entryId) : null;
    const facts: StoreFacts = {
      existing: existing ? existingFacts(existing) : null,
      mode: existing?.recheck_pending === true ? 'recheck' : 'ingest',
      built: item,
      contentHash: fp.hash,
      story,
      sourceHomepage: own?.outlet.homepage ?? null,
      sourceAliases: own?.outlet.aliases ?? [],
      rights: own?.rights ?? 'full',
      now,
    };
    const action = planStore(facts);
    return existing ? updateStored(tx, existing, item, fp, action, now) : insertNew(tx, item, fp, action, now, combined);
  });
}

/** What storing `item` does to the stored row (a re-check's claim, `recheck_pending`, is the mode). */
function planUpdateOf(existing: ItemRow, item: BuiltItem, fp: Fingerprint, now: Date): StoreAction {
  return planStore({
    existing: existingFacts(existing),
    mode: existing.recheck_pending ? 'recheck' : 'ingest',
    built: item,
    contentHash: fp.hash,
    story: null,
    sourceHomepage: null,
    sourceAliases: [],
    rights: 'full',
    now,
  });
}

/**
 * A new item in the fewest round trips (the entry's facts came with the check for a stored item): the advisory locks, every
 * duplicate question in one statement (story-lookup.ts), then a new story's rows in one statement
 * (insertNewStoryAtOnce); copies and take-overs go on as insertNew does.
 */
async function insertAtOnce(tx: Tx, item: BuiltItem, fp: Fingerprint, own: EntryFacts, now: Date): Promise<StoredItem> {
  await lockDedupeKeys(tx, [...fp.bandKeys, ...exactKeys(item, fp, own.guid)]);
  const match = await findDuplicateAtOnce(tx, item, fp, { urls: urlKeys(item), guid: own.guid, stub: isSummaryStub(item) });
  const story = match ? { match, head: await headFacts(tx, (await findStoryHead(tx, match.itemId)).id) } : null;
  const action = planStore({
    existing: null,
    mode: 'ingest',
    built: item,
    contentHash: fp.hash,
    story,
    sourceHomepage: own.outlet.homepage,
    sourceAliases: own.outlet.aliases,
    rights: own.rights,
    now,
  });
  if (action.kind !== 'insert-new' || action.joinCluster !== null) return insertNew(tx, item, fp, action, now, true);
  // A publish the guard refuses goes the stepwise way, where publishItem raises its error.
  const publish = { rights: own.sourceRights, rightsCap: own.rightsCap, credit: item.creditLine };
  if (action.settle.status === 'published' && publishRefusal(item.entryId, publish)) return insertNew(tx, item, fp, action, now, true);
  const { id, clusterId } = await insertNewStoryAtOnce(tx, item, fp, action.row, action.settle, now);
  const status = action.settle.status;
  const columns = {
    status,
    content_from: item.contentFrom,
    extract_error: item.extractError,
    published_at: item.publishedAt,
    published_on: status === 'published' ? now : null,
  };
  return { id, status, created: true, duplicateOf: null, clusterId, columns };
}

async function insertNew(tx: Tx, item: BuiltItem, fp: Fingerprint, action: StoreAction, now: Date, combined: boolean): Promise<StoredItem> {
  if (action.kind !== 'insert-new' && action.kind !== 'duplicate' && action.kind !== 'take-over')
    throw new Error(`planStore: ${action.kind} for an entry with no item`);
  const id = combined ? await insertNewItemCombined(tx, item, fp, action.row, now) : await insertNewItem(tx, item, fp, action.row, now);
  if (action.kind === 'take-over') return settleTakeOver(tx, id, item, action, now);
  if (action.kind === 'duplicate') return settleDuplicate(tx, id, item, action, now);
  return settleNewStory(tx, id, item, action, now, combined ? openStoryCombined : undefined);
}

async function updateStored(
  tx: Tx,
  existing: ItemRow,
  item: BuiltItem,
  fp: Fingerprint,
  action: StoreAction,
  now: Date,
): Promise<StoredItem> {
  if (action.kind === 'stale') return storedResult(existing);
  if (action.kind === 'insert-new' || action.kind === 'duplicate' || action.kind === 'take-over')
    throw new Error(`planStore: ${action.kind} for an entry with an item`);
  if (action.clearRecheck) await clearRecheckPending(tx, existing.id);
  switch (action.kind) {
    case 'gone':
      return applyGone(tx, existing, item, action, now);
    case 'recheck-failed':
      return applyRecheckFailed(tx, existing, action, now);
    case 'unchanged':
      return applyUnchanged(tx, existing, item, action, now);
    case 'new-version':
      return applyNewVersion(tx, existing, item, fp, action, now);
    case 'pending-update':
      return applyPendingUpdate(tx, existing, item, fp, action, now);
    case 'drop-pending':
      return applyDropPending(tx, existing, item, now);
    case 'keep-pending':
      return storedResult(existing);
  }
}
