/** Where a new or updated item goes: straight out, or to the editors' queue, and why. Pure. */
import type { ReviewMode, Rights } from '../settings/feeds-schema';
import { STICKY_STATUSES, type ItemStatus } from './item-status';
import { forbidsReuseIntl } from './rights-phrases';

export interface ReviewDecision {
  status: 'queued' | 'published' | 'held';
  reason: string | null;
}

/**
 * A notice that forbids copying ("should not be published, broadcast, rewritten, redistributed",
 * "may not be reproduced without permission", and in the other languages read: "Nachdruck nur mit Genehmigung",
 * "Reproduction interdite", rights-phrases.ts), as opposed to a bare "© 2026 X. All rights
 * reserved." line that nearly every page carries and that says nothing beyond copyright itself.
 */
export function isRestrictiveNotice(notice: string): boolean {
  return RESTRICTIVE.some((re) => re.test(notice)) || forbidsReuseIntl(notice);
}

const RESTRICTIVE = [
  /\b(?:not|never)\s+(?:be\s+)?(?:published|re-?published|reproduced|redistributed|broadcast|rewritten|copied|republished|distributed|transmitted)/i,
  /\bwithout\s+(?:the\s+)?(?:prior\s+|express\s+)?(?:written\s+)?(?:permission|consent|authori[sz]ation)/i,
  /\b(?:reproduction|redistribution|republication|copying)\b[^.]{0,60}\b(?:prohibited|forbidden|not permitted)/i,
  /\bunless\s+otherwise\s+prior\s+consent/i,
];

/**
 * `review: auto` publishes, except: rights `none` is held for reference; a page-level rights
 * notice that forbids copying, found on a `full` source, sends the item to an editor: the page may
 * forbid what the config allows.
 */
export function decideInitialStatus(review: ReviewMode, rights: Rights, rightsNotice: string | null): ReviewDecision {
  if (rights === 'none') return { status: 'held', reason: 'rights: none — kept for editors, never published' };
  if (review === 'required') return { status: 'queued', reason: 'review: required' };
  if (rights === 'full' && rightsNotice && isRestrictiveNotice(rightsNotice))
    return { status: 'queued', reason: 'the page forbids republication; check the licence' };
  return { status: 'published', reason: null };
}

export interface UpdateDecision {
  status: ItemStatus;
  reason: string | null;
}

/**
 * A published item changed at a source whose review sends it to an editor: the approved version
 * stays live (the portal never loses a story it had) and the update waits for review.
 */
export function updateWaitsForReview(current: ItemStatus, fresh: ReviewDecision): boolean {
  return current === 'published' && fresh.status === 'queued';
}

/**
 * After the source changed an item: `auto` keeps a published item published (updated in place);
 * under `required` a published item's update waits beside it (updateWaitsForReview, checked
 * first by planStore) and other items are re-reviewed; rejected, unpublished, withdrawn and
 * duplicate items stay as they are.
 */
export function decideUpdateStatus(current: ItemStatus, fresh: ReviewDecision): UpdateDecision {
  if (STICKY_STATUSES.has(current)) return { status: current, reason: null };
  if (fresh.status !== 'published' && current === 'published')
    return { status: 'queued', reason: 'updated at the source; review the changes' };
  return fresh;
}
