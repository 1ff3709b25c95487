/**
 * The desk's version check: every form carries the item's revision and a snapshot of what the
 * editor saw (`base`); a save or approve against a newer revision is refused, and the snapshot
 * says what changed in between. Pure.
 */

/** What an editor saw of an item when the page was rendered. */
export interface DeskSnapshot {
  title: string;
  summary: string | null;
  credit: string | null;
  status: string;
  version: number;
  /** A short hash of the body (the body itself is in the form's textarea). */
  body: string;
  pending: number | null;
}

export type SnapshotField = keyof DeskSnapshot;

export interface Change {
  field: SnapshotField;
  from: string | null;
  to: string | null;
}

export type VersionCheck = { ok: true } | { ok: false; rev: number; changes: Change[] };

export interface SnapshotSource {
  title: string;
  summary: string | null;
  credit_override: string | null;
  status: string;
  version: number;
  content_html: string | null;
  pending_update: { version: number } | null;
}

/** FNV-1a (32 bit) of a string, hex: enough to tell two bodies apart on one item. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The snapshot of `item` a form carries. */
export function snapshotOf(item: SnapshotSource): DeskSnapshot {
  return {
    title: item.title,
    summary: item.summary,
    credit: item.credit_override,
    status: item.status,
    version: item.version,
    body: shortHash(item.content_html ?? ''),
    pending: item.pending_update?.version ?? null,
  };
}

/** A form's `base` value back as a snapshot; null when absent or not ours. */
export function parseSnapshot(raw: unknown): Partial<DeskSnapshot> | null {
  if (typeof raw !== 'string' || !raw) return null;
  try {
    const v = JSON.parse(raw) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Partial<DeskSnapshot>) : null;
  } catch {
    return null;
  }
}

/** The revision a form sent: a whole number, undefined when absent (no check asked), NaN when malformed. */
export function parseRevision(raw: unknown): number | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,9}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  return Number.isInteger(n) && n > 0 ? n : NaN;
}

const FIELDS: SnapshotField[] = ['title', 'summary', 'credit', 'body', 'status', 'version', 'pending'];

/**
 * Whether a form opened at revision `sent` (with snapshot `base`) may act on the item now at
 * `rev` (`current`): no revision sent means no check; a different revision is a conflict, with
 * the fields that differ from what the editor saw (all of them when the snapshot is missing).
 */
export function checkVersion(
  sent: number | undefined,
  rev: number,
  current: DeskSnapshot,
  base: Partial<DeskSnapshot> | null,
): VersionCheck {
  if (sent === undefined || sent === rev) return { ok: true };
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const changes = FIELDS.filter((f) => !base || !(f in base) || str(base[f]) !== str(current[f])).map((field) => ({
    field,
    from: base ? str(base[field]) : null,
    to: str(current[field]),
  }));
  return { ok: false, rev, changes };
}

const LABELS: Record<SnapshotField, string> = {
  title: 'headline',
  summary: 'summary',
  credit: 'credit line',
  body: 'body',
  status: 'status',
  version: 'source version',
  pending: 'update waiting for review',
};

/** One sentence per change, for the conflict panel ("the headline changed from “A” to “B”"). */
export function describeChange(c: Change): string {
  const q = (v: string | null) => (v === null || v === '' ? 'nothing' : `“${v}”`);
  if (c.field === 'body') return 'the body was edited';
  if (c.field === 'pending') return c.to === null ? 'the waiting source update was settled' : `a source update (version ${c.to}) arrived`;
  return `the ${LABELS[c.field]} changed from ${q(c.from)} to ${q(c.to)}`;
}
