/**
 * A source update of an item an editor has worked on: what the editor's own headline, summary and
 * credit become (they survive unless the editor takes the source's), and how much the text moved.
 * The pipeline uses it when an update goes straight out, the desk when it approves a waiting one.
 * Pure.
 */
import { diffArrays } from 'diff';

/** The source's own headline and summary (`items.source_fields`). */
export interface SourceFields {
  title: string;
  summary: string | null;
  /** Where the headline came from: absent on rows stored before it was kept. */
  headlines?: Headlines;
}

/** The two headlines a source gives an item: its page's (as extracted) and its feed entry's. */
export interface Headlines {
  page: string | null;
  feed: string | null;
}

/**
 * The source's headline for a new version of a stored item. The page's headline leads, as for a
 * new item; but when only the feed's changed since the stored version (the page still carries the
 * old one: feeds are often retitled first, and cached pages lag), the feed's new headline is the
 * source's. When neither changed the stored headline stays, so one taken from the feed does not
 * flip back at the next update. `stored.headlines` null (rows stored before they were kept): the
 * page's, else the feed's, as for a new item. Null when the source gives no headline at all.
 */
export function chooseHeadline(fresh: Headlines, stored: { title: string; headlines: Headlines | null }): string | null {
  const was = stored.headlines;
  if (!was) return fresh.page ?? fresh.feed;
  if (fresh.page !== null && fresh.page !== was.page) return fresh.page;
  if (fresh.feed !== null && fresh.feed !== was.feed) return fresh.feed;
  return (fresh.page ?? fresh.feed) ? stored.title : null;
}

/**
 * A source update of a published item waiting for review (`items.pending_update`): the live columns
 * stay as approved until an editor approves it. `columns` are the item columns the source's version
 * sets (JSON-safe: the MinHash signature as hex), applied over the row on approval.
 */
export interface PendingUpdate {
  version: number;
  received_at: string;
  audit: 'source-update' | 'recheck-update';
  title: string;
  summary: string | null;
  text: string | null;
  content_html: string | null;
  paragraphs_changed: number;
  /** The update's headlines (its `source_fields.headlines` once approved); absent on updates stored before they were kept. */
  headlines?: Headlines;
  /** Unified diff of the live version's text against the update's (as item_versions keeps). */
  diff: string;
  columns: Record<string, unknown>;
}

/** The fields an editor may override and later give back to the source. */
export type EditorField = 'title' | 'summary' | 'credit';

/** The live fields a source update meets. */
export interface LiveFields {
  title: string;
  summary: string | null;
  credit_override: string | null;
  /** NULL: no override known (rows from before the desk kept the source's own values). */
  source_fields: SourceFields | null;
}

export interface MergedFields {
  title: string;
  summary: string | null;
  credit_override: string | null;
  source_fields: SourceFields;
  /** The editor's overrides that stay. */
  kept: EditorField[];
  /** The overrides given back to the source. */
  taken: EditorField[];
}

/** Which fields of `live` an editor has overridden (they differ from the source's own values). */
export function editorOverrides(live: LiveFields): EditorField[] {
  const src = live.source_fields;
  const out: EditorField[] = [];
  if (src && live.title !== src.title) out.push('title');
  if (src && (live.summary ?? null) !== (src.summary ?? null)) out.push('summary');
  if (live.credit_override !== null) out.push('credit');
  return out;
}

/**
 * The headline, summary and credit override after the source sent `fresh`: an editor's override
 * stays unless `take` names it (then the source's value, or the computed credit, replaces it).
 */
export function mergeSourceUpdate(live: LiveFields, fresh: SourceFields, take: readonly EditorField[] = []): MergedFields {
  const overridden = editorOverrides(live);
  const keeps = (f: EditorField) => overridden.includes(f) && !take.includes(f);
  return {
    title: keeps('title') ? live.title : fresh.title,
    summary: keeps('summary') ? live.summary : fresh.summary,
    credit_override: keeps('credit') ? live.credit_override : null,
    source_fields: { title: fresh.title, summary: fresh.summary, ...(fresh.headlines ? { headlines: fresh.headlines } : {}) },
    kept: overridden.filter(keeps),
    taken: overridden.filter((f) => !keeps(f)),
  };
}

/** Paragraphs (blank-line or newline separated blocks) added, removed or rewritten between two texts. */
export function countChangedParagraphs(before: string | null, after: string | null): number {
  const split = (t: string | null) =>
    (t ?? '')
      .split(/\n+/)
      .map((p) => p.trim().replace(/\s+/g, ' '))
      .filter(Boolean);
  let removed = 0;
  let added = 0;
  let changed = 0;
  for (const part of diffArrays(split(before), split(after))) {
    if (part.added) added += part.count ?? part.value.length;
    else if (part.removed) removed += part.count ?? part.value.length;
    else {
      changed += Math.max(removed, added);
      removed = added = 0;
    }
  }
  return changed + Math.max(removed, added);
}
