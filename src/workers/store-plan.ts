/**
 * What storing an article's item does, decided from facts the shell loaded (the stored row, the
 * built item, the duplicate found and its story head, whether a re-check claimed the item). Pure:
 * values in, a tagged StoreAction out; store-apply.ts carries it out in the shell's transaction.
 */
import { GONE_CONFIRM_S, decideGone } from '../policy/recheck-plan';
import { decideUpdateStatus, updateWaitsForReview, type UpdateDecision } from '../policy/review';
import { NEVER_OUT, type ItemStatus } from '../policy/item-status';
import { allowsMore } from '../policy/effective-rights';
import { sameOutlet, type OutletRef } from '../policy/outlets';
import type { Rights } from '../settings/feeds-schema';
import type { BuiltItem } from './build-item';

/** Error codes of the article job that mean the page is gone at its source (RFC 9110 §15.5.5, §15.5.11). */
const GONE_CODES: ReadonlySet<string> = new Set(['HTTP_404', 'HTTP_410']);

/**
 * Heads the pipeline placed (published, waiting for an editor, or held for rights: none): a better
 * copy may take the story over from them. An editor's rejection or unpublish, and a withdrawal, stay.
 */
const YIELDING: ReadonlySet<ItemStatus> = new Set(['published', 'queued', 'held']);

export type DuplicateKind = 'url' | 'guid' | 'text' | 'near';

/** A stored item the new one copies, and how it was found. */
export interface DuplicateMatch {
  itemId: number;
  kind: DuplicateKind;
  similarity: number;
}

/** The head of a stored story: the item a chain of duplicate_of ends at. */
export interface StoryHead {
  id: number;
  clusterId: number | null;
  status: ItemStatus;
  /** The outlet that carried the head (its source row). */
  outlet: OutletRef;
  /** The outlet the head (or, failing that, its cluster) credits as the story's original, or null. */
  original: { name: string | null; url: string | null } | null;
  /** The head's effective rights (its source's, narrowed by its wire document's terms). */
  rights: Rights;
}

/** The new item as the story-head rule sees it: its outlet, and whether its review decision publishes it. */
export interface Newcomer {
  outlet: OutletRef;
  publishable: boolean;
  /** Its effective rights. */
  rights: Rights;
  /** The original its own page credits, or null. */
  original: { name: string | null; url: string | null } | null;
}

/** What the shell knows of the item already stored for the entry. */
export interface ExistingItem {
  id: number;
  version: number;
  status: ItemStatus;
  title: string;
  contentHash: string;
  /** Flagged `gone_at_source` by an earlier 404/410. */
  goneFlagged: boolean;
  recheckAt: Date | null;
  url: string;
  /** The source's own headline (an editor's headline is compared as the source's); defaults to `title`. */
  sourceTitle?: string;
  /** The source update waiting for review (its version, title and text hash), or null. */
  pending?: { version: number; title: string; contentHash: string } | null;
}

/**
 * Why the item is being stored: `ingest` for an entry's article job, `recheck` when the scheduler
 * claimed the stored item for a re-fetch (the row's `recheck_pending`).
 */
export type StoreMode = 'ingest' | 'recheck';

export interface StoreFacts {
  /** The item already stored for the entry, or null for a new one. */
  existing: ExistingItem | null;
  mode: StoreMode;
  built: BuiltItem;
  /** The fingerprint hash of the built item's text. */
  contentHash: string;
  /** For a new item: the stored item it copies and that story's head, or null. */
  story: { match: DuplicateMatch; head: StoryHead } | null;
  /** The home page of the new item's source (outlet identity, with its id, name and aliases). */
  sourceHomepage: string | null;
  /** feeds.yaml `aliases` of the new item's source. */
  sourceAliases: readonly string[];
  /** The new item's effective rights. */
  rights: Rights;
  now: Date;
}

/** Where a new item goes among the stored stories: the story-head rule. */
export type StoryPlacement =
  | { kind: 'new-story' }
  | { kind: 'copy'; head: StoryHead; match: DuplicateMatch }
  | { kind: 'beside'; head: StoryHead & { clusterId: number } }
  /** The new item leads the story: it is the original's own copy, or publishable where the head is not. */
  | { kind: 'take-over'; head: StoryHead & { clusterId: number }; match: DuplicateMatch; why: TakeOverReason };

/** Why a new item takes a story over from its head. */
export type TakeOverReason = 'original' | 'publishable' | 'rights';

/** The columns a new item is inserted with, before its review status is settled. */
export interface NewItemRow {
  status: 'duplicate' | 'queued';
  statusReason: string | null;
  duplicateOf: number | null;
  clusterId: number | null;
}

export type StoreAction =
  /** A job for an older version than the one stored: nothing is written. */
  | { kind: 'stale' }
  /** A new story, or a head beside a story whose head never goes out (then it joins that cluster). */
  | { kind: 'insert-new'; row: NewItemRow; joinCluster: number | null; settle: UpdateDecision }
  /** The new story head: inserted and settled like a new story in the head's cluster; the old head and its copies become its duplicates. */
  | { kind: 'take-over'; row: NewItemRow; head: StoryHead & { clusterId: number }; why: TakeOverReason; settle: UpdateDecision }
  /** A copy of a stored story: kept as `duplicate`, its outlet credited on the head. */
  | { kind: 'duplicate'; row: NewItemRow; head: StoryHead; match: DuplicateMatch }
  /** Same title and text: only the version (and a re-check's error) moves. */
  | { kind: 'unchanged'; clearRecheck: boolean; clearExtractError: boolean }
  /** Changed at the source, or a correction a re-check found (`correction`: the entry's version moves too). */
  | { kind: 'new-version'; clearRecheck: boolean; correction: boolean; settle: UpdateDecision; audit: 'source-update' | 'recheck-update' }
  /** Changed at the source while published under review: the approved copy stays live, the update waits for an editor. */
  | { kind: 'pending-update'; clearRecheck: boolean; correction: boolean; audit: 'source-update' | 'recheck-update' }
  /** The source went back to the live version: the update waiting for review is dropped. */
  | { kind: 'drop-pending'; clearRecheck: boolean }
  /** The same update as the one already waiting: nothing but the re-check claim moves. */
  | { kind: 'keep-pending'; clearRecheck: boolean }
  /** 404/410: flagged; withdrawn when `withdrawReason` is set; `confirmAt` schedules one more re-check. */
  | { kind: 'gone'; clearRecheck: boolean; code: string; withdrawReason: string | null; confirmAt: Date | null }
  /** A re-check that failed otherwise: the stored copy stays, the failure is audited. */
  | { kind: 'recheck-failed'; clearRecheck: boolean; code: string };

/** Decides what storing `facts.built` does; the shell carries the action out. */
export function planStore(facts: StoreFacts): StoreAction {
  const { existing } = facts;
  if (!existing) return planInsert(facts.built, placeInStory(facts.story, newcomer(facts)));
  return planUpdate(facts, existing);
}

function newcomer(facts: StoreFacts): Newcomer {
  const { built } = facts;
  return {
    outlet: { id: built.sourceId, name: built.sourceName, homepage: facts.sourceHomepage, aliases: facts.sourceAliases },
    publishable: built.decision.status === 'published',
    rights: facts.rights,
    original: built.originalSource?.name ? { name: built.originalSource.name, url: built.originalSource.url ?? null } : null,
  };
}

/**
 * The story-head rule, so that arrival order does not pick the head: a publishable new item takes
 * the story over when the head is not published, when it is the original's own copy (its outlet is
 * the one the story credits) and the head is not, or when neither is the original's and it allows
 * more than the head; else it is filed under the head, unless that head can never go out
 * (NEVER_OUT), where it becomes a head of its own in the same cluster.
 */
export function placeInStory(story: StoreFacts['story'], item: Newcomer): StoryPlacement {
  if (!story) return { kind: 'new-story' };
  const { head, match } = story;
  // A head with no cluster (no code path leaves one) gives the copy a story of its own.
  if (head.clusterId === null) return NEVER_OUT.has(head.status) ? { kind: 'new-story' } : { kind: 'copy', head, match };
  const clustered = { ...head, clusterId: head.clusterId };
  const why = takeOverReason(head, item);
  if (why) return { kind: 'take-over', head: clustered, match, why };
  return NEVER_OUT.has(head.status) ? { kind: 'beside', head: clustered } : { kind: 'copy', head, match };
}

/** Why `item` should lead the story instead of `head`, or null when the head stays. */
export function takeOverReason(head: StoryHead, item: Newcomer): TakeOverReason | null {
  if (!item.publishable || !YIELDING.has(head.status)) return null;
  if (head.status !== 'published') return 'publishable';
  // The story's original: what the head (or its cluster) credits, else what the new copy's page credits.
  const credited = head.original?.name ? head.original : item.original?.name ? item.original : null;
  const original = credited ? { name: credited.name, homepage: credited.url } : null;
  const headIsOriginal = original !== null && sameOutlet(head.outlet, original);
  if (original && !headIsOriginal && sameOutlet(item.outlet, original)) return 'original';
  return !headIsOriginal && allowsMore(item.rights, head.rights) ? 'rights' : null;
}

function planInsert(built: BuiltItem, placement: StoryPlacement): StoreAction {
  if (placement.kind === 'copy') {
    const { head, match } = placement;
    const row: NewItemRow = {
      status: 'duplicate',
      statusReason: `duplicate (${match.kind}) of item ${head.id}`,
      duplicateOf: head.id,
      clusterId: head.clusterId,
    };
    return { kind: 'duplicate', row, head, match };
  }
  if (placement.kind === 'take-over') {
    const { head, why } = placement;
    const row: NewItemRow = { status: 'queued', statusReason: built.decision.reason, duplicateOf: null, clusterId: head.clusterId };
    return { kind: 'take-over', row, head, why, settle: built.decision };
  }
  const joinCluster = placement.kind === 'beside' ? placement.head.clusterId : null;
  const row: NewItemRow = { status: 'queued', statusReason: built.decision.reason, duplicateOf: null, clusterId: joinCluster };
  return { kind: 'insert-new', row, joinCluster, settle: built.decision };
}

function planUpdate(facts: StoreFacts, existing: ExistingItem): StoreAction {
  const { built, mode } = facts;
  const clearRecheck = mode === 'recheck';
  const pending = existing.pending ?? null;
  if (!clearRecheck && Math.max(existing.version, pending?.version ?? 0) >= built.version) return { kind: 'stale' };
  // A re-check proper: the page fetched again at the version already stored (a newer entry is an ordinary update).
  const recheck = clearRecheck && built.version <= existing.version;
  const code = built.extractError;
  if (code && GONE_CODES.has(code)) return planGone(existing, code, clearRecheck, facts.now);
  if (recheck && code) return { kind: 'recheck-failed', clearRecheck, code };
  if (facts.contentHash === existing.contentHash && built.title === (existing.sourceTitle ?? existing.title))
    return pending === null ? { kind: 'unchanged', clearRecheck, clearExtractError: recheck } : { kind: 'drop-pending', clearRecheck };
  if (pending && facts.contentHash === pending.contentHash && built.title === pending.title) return { kind: 'keep-pending', clearRecheck };
  const audit = recheck ? 'recheck-update' : 'source-update';
  if (updateWaitsForReview(existing.status, built.decision)) return { kind: 'pending-update', clearRecheck, correction: recheck, audit };
  const settle = decideUpdateStatus(existing.status, built.decision);
  return { kind: 'new-version', clearRecheck, correction: recheck, settle, audit };
}

/**
 * The page answered 404/410: flag it; withdraw a published item when decideGone says so (410, or a
 * 404 after an earlier one). A flagged published item with no re-check left gets one more, so a
 * second 404 can confirm the first.
 */
function planGone(existing: ExistingItem, code: string, clearRecheck: boolean, now: Date): StoreAction {
  const outcome = decideGone(code, existing.status, existing.goneFlagged, existing.url);
  const confirm = outcome.action === 'flag' && existing.status === 'published' && existing.recheckAt === null;
  return {
    kind: 'gone',
    clearRecheck,
    code,
    withdrawReason: outcome.action === 'withdraw' ? outcome.reason : null,
    confirmAt: confirm ? new Date(now.getTime() + GONE_CONFIRM_S * 1000) : null,
  };
}
