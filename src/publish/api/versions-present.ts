/**
 * An item's version history for the portal ("updated" notes; corrections are news): each version's
 * headline, when it was current, what changed from the one before, and no more of its text than
 * the item's effective rights let any output show — a full-rights item gives the stored diff, an
 * excerpt item an excerpt of each version, a headline item headlines only. Pure.
 */
import { plainText } from '../../core/plain-text';
import { applyRights } from '../../policy/rights';
import type { Rights } from '../../settings/feeds-schema';

/** A superseded version as item_versions keeps it: `diff` goes from it to the version after it, `created_at` is when that happened. */
export interface StoredVersion {
  version: number;
  title: string;
  text: string | null;
  diff: string;
  created_at: Date;
}

/** The item as it is now, with what decides how much of each version may be shown. */
export interface CurrentVersion {
  id: number;
  version: number;
  title: string;
  text: string | null;
  rights: Rights;
  excerpt_words: number;
  /** When the first version went out (published_on, else the article's own date). */
  first_at: Date | null;
}

export type VersionChange = 'title' | 'text';

/** The history, newest version first. */
export function presentVersions(current: CurrentVersion, stored: readonly StoredVersion[]) {
  const chain = [...stored].sort((a, b) => a.version - b.version).filter((v) => v.version < current.version);
  const all = [...chain, { ...current, diff: null, created_at: null }];
  const versions = all.map((v, i) => {
    const before = i > 0 ? chain[i - 1] : undefined;
    const since = before ? before.created_at : current.first_at;
    return {
      version: v.version,
      current: i === all.length - 1,
      title: plainText(v.title),
      since: iso(since),
      until: iso(v.created_at),
      changes: before ? changesBetween(before, v) : [],
      summary: applyRights(current.rights, { summary: null, content_html: null, text: v.text }, current.excerpt_words).summary,
      // The unified diff holds both versions' text: only an item whose text may be shown gives it.
      diff: current.rights === 'full' && before ? before.diff : null,
    };
  });
  return { item_id: current.id, rights: current.rights, current_version: current.version, versions: versions.reverse() };
}

/** What differs between two consecutive versions. */
export function changesBetween(a: { title: string; text: string | null }, b: { title: string; text: string | null }): VersionChange[] {
  const out: VersionChange[] = [];
  if (a.title !== b.title) out.push('title');
  if ((a.text ?? '') !== (b.text ?? '')) out.push('text');
  return out;
}

function iso(d: Date | null | undefined): string | null {
  return d ? new Date(d).toISOString() : null;
}
