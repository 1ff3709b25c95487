/**
 * Structural embargoes of wire copy (NewsML-G2 itemMeta/embargoed, NITF management-status="embargoed"
 * and date.release, ninjs embargoed): the item is held, in no output, until its release time, then
 * published by the scheduler (src/store/embargo-release.ts); earlier only by an editor. Pure.
 */
import type { Rights } from '../settings/feeds-schema';
import { rightsFromUsageTerms, type UsageTerms } from './effective-rights';

/** An embargo that names no time: held until an editor releases it (the scheduler never reaches it). */
export const INDEFINITE_EMBARGO = new Date('9999-12-31T00:00:00.000Z');

/** The reason an embargoed item is held with; the release claims only items held for it. */
export const EMBARGO_REASON_PREFIX = 'embargoed until ';

/** The time to store for a stated embargo: its time, the indefinite mark without one, null when none is stated. */
export function embargoUntil(embargo: { until: string | null } | null): Date | null {
  if (!embargo) return null;
  if (!embargo.until) return INDEFINITE_EMBARGO;
  const at = new Date(embargo.until);
  return Number.isNaN(at.getTime()) ? INDEFINITE_EMBARGO : at;
}

/** Whether an item with this embargo must be held at `now`. */
export function isEmbargoed(until: Date | null, now: Date): boolean {
  return until !== null && until.getTime() > now.getTime();
}

/** The held reason for an embargo ("embargoed until <ISO>", or "… until an editor releases it"). */
export function embargoReason(until: Date): string {
  return EMBARGO_REASON_PREFIX + (until.getTime() >= INDEFINITE_EMBARGO.getTime() ? 'an editor releases it' : until.toISOString());
}

/** The most a wire document's own terms allow (full when they do not restrict): wire_entries.rights_cap. */
export function wireRightsCap(info: UsageTerms): Rights {
  return rightsFromUsageTerms(info.usage_terms) ?? rightsFromUsageTerms(info.copyright_notice) ?? 'full';
}
