/**
 * An item's life in one table: every status it can have, every move that changes it (who makes the
 * move, from which statuses, to which), and the webhook event each move emits. The database emits
 * the events itself (the items_publish_event trigger, migration 0003); `webhookEvent` says the same
 * thing in TypeScript, and a test runs the trigger over this table to keep the two in step. Pure.
 */

/** Every status of `items.status`. */
export const ITEM_STATUSES = ['queued', 'published', 'held', 'rejected', 'unpublished', 'withdrawn', 'duplicate'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** Who moves an item: the article pipeline, a re-check of a published page, an editor, a wire kill. */
export type StatusActor = 'pipeline' | 'recheck' | 'editor' | 'wire';

/** The events of `publish_events.type` (and of webhook subscriptions). */
export type WebhookEvent = 'item.published' | 'item.updated' | 'item.withdrawn';

/** A move of the table: `new` in `from` means the item is being inserted. */
export interface StatusMove {
  actor: StatusActor;
  from: readonly (ItemStatus | 'new')[];
  to: readonly ItemStatus[];
  /** What the move is, for people reading the table. */
  means: string;
}

/** Statuses the pipeline's review decision may give (decideInitialStatus). */
const REVIEWED: readonly ItemStatus[] = ['queued', 'published', 'held'];

/** The one transition table. */
export const STATUS_MOVES = {
  ingest: {
    actor: 'pipeline',
    from: ['new'],
    to: REVIEWED,
    means: 'a new story, published or queued by its review mode; held when its rights are none',
  },
  duplicate: { actor: 'pipeline', from: ['new'], to: ['duplicate'], means: 'a copy of a stored story, credited on its head' },
  'take-over': {
    actor: 'pipeline',
    from: ['published', 'queued', 'held'],
    to: ['duplicate'],
    means: "a story head yields to the original's own copy, or to a publishable one: it becomes that head's duplicate",
  },
  'source-update': {
    actor: 'pipeline',
    from: REVIEWED,
    to: REVIEWED,
    means:
      'the source changed the entry; decideUpdateStatus re-reviews it (a published item under review stays published, its update waits in pending_update)',
  },
  'recheck-update': {
    actor: 'recheck',
    from: REVIEWED,
    to: REVIEWED,
    means: 'a re-check found the page corrected; reviewed like a source update',
  },
  gone: { actor: 'recheck', from: ['published'], to: ['withdrawn'], means: 'the page answered 410, or 404 twice' },
  'wire-kill': {
    actor: 'wire',
    from: ['published', 'queued', 'held'],
    to: ['withdrawn'],
    means: 'the agency canceled or withheld the story; a kill also stops an item still waiting for an editor',
  },
  'embargo-release': {
    actor: 'pipeline',
    from: ['held'],
    to: ['published'],
    means: 'a structural embargo ended: the item held for it goes out (src/store/embargo-release.ts); an editor may approve it earlier',
  },
  approve: { actor: 'editor', from: ['queued', 'held', 'rejected', 'unpublished'], to: ['published'], means: 'an editor publishes' },
  reject: { actor: 'editor', from: ['queued', 'held'], to: ['rejected'], means: 'an editor turns it down' },
  unpublish: { actor: 'editor', from: ['published'], to: ['unpublished'], means: 'an editor takes it off the portal' },
  edit: {
    actor: 'editor',
    from: ['published'],
    to: ['published'],
    means: 'an editor edits a published item (editing any other item moves nothing)',
  },
  split: {
    actor: 'editor',
    from: ITEM_STATUSES,
    to: ['queued', 'duplicate'],
    means: 'split off a story: its head goes to review, the other moved items are its duplicates',
  },
  merge: {
    actor: 'editor',
    from: ITEM_STATUSES,
    to: ['duplicate'],
    means: "merged into another story: the heads become the other story's duplicates",
  },
} as const satisfies Record<string, StatusMove>;

export type StatusMoveName = keyof typeof STATUS_MOVES;

/** Statuses the source (or an editor) chose; an update at the source leaves them as they are. */
export const STICKY_STATUSES: ReadonlySet<ItemStatus> = new Set(ITEM_STATUSES.filter((s) => !mayMove('source-update', s)));

/** Taken down after publication: the API answers 410 Gone for them. */
export const TAKEN_DOWN: ReadonlySet<ItemStatus> = new Set([...STATUS_MOVES.unpublish.to, ...STATUS_MOVES.gone.to]);

/** Heads that will not reach the portal (rights none, rejected, taken down): a copy of their story is not hidden behind them. */
export const NEVER_OUT: ReadonlySet<ItemStatus> = new Set(['held', 'rejected', ...TAKEN_DOWN]);

/** Whether `move` may start from `status`. */
export function mayMove(move: StatusMoveName, status: ItemStatus | 'new'): boolean {
  return (STATUS_MOVES[move].from as readonly string[]).includes(status);
}

/** Null when `move` may be applied to an item in `status`, else the reason it may not. */
export function moveProblem(move: StatusMoveName, status: string): string | null {
  const from = STATUS_MOVES[move].from;
  return (from as readonly string[]).includes(status) ? null : `cannot ${move} an item that is ${status} (only ${from.join(', ')})`;
}

/** Whether `status` is one of ITEM_STATUSES (a value read from outside the type system). */
export function isItemStatus(status: string): status is ItemStatus {
  return (ITEM_STATUSES as readonly string[]).includes(status);
}

/**
 * The webhook event an item moving `from` → `to` emits, or null. Going out is `item.published`,
 * coming off is `item.withdrawn`, and a published item whose output changed (`changed`: version,
 * title, credit line, body, summary or authors) is `item.updated`. The trigger in 0003 decides the same.
 */
export function webhookEvent(from: ItemStatus | 'new', to: ItemStatus, changed: boolean): WebhookEvent | null {
  if (to === 'published') return from !== 'published' ? 'item.published' : changed ? 'item.updated' : null;
  return from === 'published' ? 'item.withdrawn' : null;
}

/** Every (from, to, event) a move can make, for tables and documentation. */
export function moveEvents(
  move: StatusMoveName,
  changed: boolean,
): { from: ItemStatus | 'new'; to: ItemStatus; event: WebhookEvent | null }[] {
  const m = STATUS_MOVES[move];
  return m.from.flatMap((from) => m.to.map((to) => ({ from, to, event: webhookEvent(from, to, changed) })));
}
