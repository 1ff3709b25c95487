/**
 * "Did you mean …?" for names a person typed: the allowed name nearest by edit distance, when it is
 * close enough to be a typo. Used by the feeds.yaml checks and the API's query parameters alike.
 */
import { closest, distance } from 'fastest-levenshtein';

/** A typo this many edits away is worth a suggestion; further off it is a guess. */
export const SUGGEST_WITHIN_EDITS = 2;

/** The allowed name nearest to `name` (case-insensitive), or undefined when none is a plausible typo of it. */
export function suggestName(name: string, allowed: readonly string[], maxEdits = SUGGEST_WITHIN_EDITS): string | undefined {
  if (!allowed.length) return undefined;
  const typed = name.toLowerCase();
  const near = closest(typed, [...allowed]);
  const d = distance(typed, near);
  return d <= maxEdits && d < name.length ? near : undefined;
}
