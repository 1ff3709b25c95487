/**
 * The audit trail as a person reads it: one sentence per entry ("ella changed the headline from …
 * to …", "published", "updated at the source: 3 paragraphs changed"), with the raw diff or
 * before/after kept for a collapsed detail. Pure.
 */

export interface AuditFacts {
  actor: string;
  action: string;
  before: unknown;
  after: unknown;
  detail: string | null;
}

export interface AuditSentence {
  text: string;
  /** The raw diff (source updates) or before/after JSON, shown collapsed; null when there is nothing more. */
  raw: string | null;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const quote = (v: unknown) => (v === null || v === undefined || v === '' ? 'nothing' : `“${clip(String(v))}”`);
const clip = (s: string) => (s.length > 120 ? `${s.slice(0, 119)}…` : s);
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

const FIELD_NAMES: Record<string, string> = {
  title: 'headline',
  summary: 'summary',
  credit_override: 'credit line',
  credit: 'credit line',
};

/** Who did it, as the sentence starts: the pipeline's own moves read without an actor. */
function who(actor: string): string {
  return actor === 'pipeline' || actor === 'recheck' ? '' : `${actor} `;
}

function editSentence(actor: string, before: Obj, after: Obj): string {
  const parts = Object.keys(after).map((k) => {
    if (k === 'content_html') return 'edited the body';
    if (k === 'credit_override' && (after[k] === null || after[k] === ''))
      return 'cleared the credit line override (the computed credit applies)';
    return `changed the ${FIELD_NAMES[k] ?? k} from ${quote(before[k])} to ${quote(after[k])}`;
  });
  return `${actor} ${parts.length ? parts.join(' and ') : 'saved without changes'}`;
}

/** Paragraph lines a unified diff adds or removes (for entries written before the count was recorded). */
export function paragraphsInDiff(diff: string): number {
  let plus = 0;
  let minus = 0;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++') || line.startsWith('---')) continue;
    if (line.startsWith('+') && line.trim().length > 1) plus++;
    else if (line.startsWith('-') && line.trim().length > 1) minus++;
  }
  return Math.max(plus, minus);
}

function updateSentence(e: AuditFacts, after: Obj): string {
  const n = typeof after.paragraphs_changed === 'number' ? after.paragraphs_changed : paragraphsInDiff(e.detail ?? '');
  const where = e.action === 'recheck-update' ? 'corrected at the source (found by a re-check)' : 'updated at the source';
  const waits = after.pending === true ? '; the published version stays live while the update waits for review' : '';
  const kept =
    Array.isArray(after.kept) && after.kept.length
      ? `; the editor's ${after.kept.map((f) => FIELD_NAMES[String(f)] ?? f).join(' and ')} kept`
      : '';
  const what = after.headline_changed === true ? (n > 0 ? `headline and ${plural(n, 'paragraph')}` : 'headline') : plural(n, 'paragraph');
  return `${where}: ${what} changed${waits}${kept}`;
}

function fields(list: unknown): string {
  return Array.isArray(list) ? list.map((f) => FIELD_NAMES[String(f)] ?? String(f)).join(' and ') : '';
}

/** The sentence for one audit entry. */
export function describeAudit(e: AuditFacts): AuditSentence {
  const before = obj(e.before);
  const after = obj(e.after);
  const json = JSON.stringify({ before: e.before ?? null, after: e.after ?? null }, null, 2);
  const reason = e.detail ? `: ${clip(e.detail)}` : '';
  const by = who(e.actor);
  switch (e.action) {
    case 'edit':
      return { text: editSentence(e.actor, before, after), raw: json };
    case 'publish':
      return { text: by ? `${by}published` : 'published automatically', raw: null };
    case 'reject':
      return { text: `${by}rejected${reason}`, raw: null };
    case 'unpublish':
      return { text: `${by}unpublished${reason}`, raw: null };
    case 'ingest':
      return { text: `imported from the source (${String(after.status ?? 'queued')})`, raw: null };
    case 'duplicate':
      return { text: `filed as a copy of item ${String(after.duplicate_of ?? '?')}`, raw: null };
    case 'take-over':
      return { text: `gave the story to item ${String(after.duplicate_of ?? '?')}${reason}`, raw: null };
    case 'source-update':
    case 'recheck-update':
      return { text: updateSentence(e, after), raw: e.detail };
    case 'approve-update': {
      const kept = fields(after.kept);
      const taken = fields(after.taken);
      return {
        text: `${by}approved the source update (version ${String(after.version ?? '?')})${kept ? `, keeping the editor's ${kept}` : ''}${taken ? `, taking the source's ${taken}` : ''}`,
        raw: json,
      };
    }
    case 'dismiss-update':
      return { text: `${by}kept the published version and dropped the source update`, raw: null };
    case 'update-dropped':
      return { text: 'the source went back to the published version; the waiting update was dropped', raw: null };
    case 'lock-takeover':
      return { text: `${by}took over editing from ${String(before.username ?? 'another editor')}`, raw: null };
    case 'gone-at-source':
      return { text: `the source page answered ${String(after.code ?? 'an error').replace('HTTP_', 'HTTP ')}`, raw: null };
    case 'recheck-failed':
      return { text: `a re-check of the source failed (${String(after.code ?? '?')})`, raw: null };
    case 'withdraw':
      return { text: `${by}withdrawn${reason}`, raw: null };
    case 'credit-original':
      return { text: `the credit line became ${quote(after.credit_line)}`, raw: null };
    default:
      return { text: `${by}${e.action.replace(/-/g, ' ')}${reason}`, raw: e.before || e.after ? json : null };
  }
}
