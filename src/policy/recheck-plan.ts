/**
 * Re-checks of published items, decided without I/O: when an item's next re-check falls (a step of
 * WIREROOM_RECHECK_AFTER counted from its publication), and what a re-fetch that found the page
 * gone means for it. Pure: values in, values out.
 */
import type { ItemStatus } from './item-status';

/** A due row as the claim sees it. */
export interface RecheckRow {
  /** The item's status, or `wire` for wire copy (never re-fetched). */
  status: string;
  publishedOn: Date | null;
  /** Steps of the schedule already claimed; 0 = published and not yet planned. */
  step: number;
}

export interface RecheckPlan {
  /** Whether this claim fetches the page again (step 0 only plans the first re-check). */
  fetch: boolean;
  step: number;
  /** The next re-check, or null when none is left. */
  at: Date | null;
}

/**
 * What a claim does with a due row: fetch the page again unless it only plans the first step, and
 * move to the first step still in the future — steps whose time has passed (a scheduler that was
 * down, an item re-published days later) are skipped rather than fetched one after another.
 */
export function planRecheck(row: RecheckRow, scheduleS: readonly number[], now: Date): RecheckPlan {
  if (row.status !== 'published' || !row.publishedOn || scheduleS.length === 0) return { fetch: false, step: row.step, at: null };
  const fetch = row.step > 0;
  for (let i = row.step; i < scheduleS.length; i++) {
    const at = new Date(row.publishedOn.getTime() + scheduleS[i]! * 1000);
    if (at.getTime() > now.getTime()) return { fetch, step: i + 1, at };
  }
  return { fetch, step: Math.max(row.step, scheduleS.length), at: null };
}

/** A 404 with no later re-check planned is confirmed this long after (one more fetch before a withdrawal). */
export const GONE_CONFIRM_S = 60 * 60;

export type GoneOutcome = { action: 'withdraw'; reason: string } | { action: 'flag' };

/**
 * A re-fetch answered 404 or 410 (RFC 9110 §15.5.5, §15.5.11). 410 says the removal is deliberate
 * and permanent: a published item is withdrawn at once. 404 may be a moved page or a CMS hiccup:
 * the item is flagged `gone_at_source` first, and withdrawn when the next fetch is a 404 again.
 * Items that are not published are only flagged; their status stays with the editors.
 */
export function decideGone(code: string, status: ItemStatus, flaggedBefore: boolean, url: string): GoneOutcome {
  if (status !== 'published') return { action: 'flag' };
  if (code === 'HTTP_410') return { action: 'withdraw', reason: `withdrawn at the source: ${url} answered 410 Gone` };
  if (code === 'HTTP_404' && flaggedBefore)
    return { action: 'withdraw', reason: `withdrawn at the source: ${url} answered 404 Not Found twice` };
  return { action: 'flag' };
}
