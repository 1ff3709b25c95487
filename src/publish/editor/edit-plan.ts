/**
 * Pure decisions behind the editor's actions: which status changes are allowed (the item-status
 * table), and what an edit
 * form changes (body sanitized like extracted pages, credit edits kept as an override).
 */
import { sanitizeHtml } from '../../core/sanitize';
import { moveProblem } from '../../policy/item-status';
import { stripTags } from '../../policy/rights';

/** The editor's status moves (their from and to statuses are in policy/item-status's STATUS_MOVES). */
export type EditorAction = 'approve' | 'reject' | 'unpublish';

/** Null when `action` may be applied to an item in `status`, else the reason it may not. */
export function transitionProblem(action: EditorAction, status: string): string | null {
  return moveProblem(action, status);
}

export interface EditableFields {
  title: string;
  summary: string | null;
  content_html: string | null;
  credit_override: string | null;
}

export interface EditForm {
  title?: string;
  summary?: string;
  body?: string;
  credit?: string;
}

export interface EditPlan {
  problems: string[];
  /** Only the fields that change, as columns. */
  set: Partial<EditableFields & { text: string | null; word_count: number; content_from: string }>;
  before: Partial<EditableFields>;
  after: Partial<EditableFields>;
}

const MAX_TITLE = 500;
const MAX_SUMMARY = 5000;
const MAX_CREDIT = 300;

/** What an edit form changes on `current`; the body is sanitized against `baseUrl`. */
export function planEdit(current: EditableFields, form: EditForm, baseUrl: string): EditPlan {
  const problems: string[] = [];
  const next: Partial<EditableFields> = {};
  if (form.title !== undefined) {
    const t = form.title.trim().replace(/\s+/g, ' ');
    if (!t) problems.push('title: must not be empty');
    else if (t.length > MAX_TITLE) problems.push(`title: at most ${MAX_TITLE} characters`);
    else next.title = t;
  }
  if (form.summary !== undefined) {
    const s = form.summary.trim();
    if (s.length > MAX_SUMMARY) problems.push(`summary: at most ${MAX_SUMMARY} characters`);
    else next.summary = s || null;
  }
  if (form.body !== undefined) next.content_html = form.body.trim() ? sanitizeHtml(form.body, baseUrl) : null;
  if (form.credit !== undefined) {
    const c = form.credit.trim().replace(/\s+/g, ' ');
    if (c.length > MAX_CREDIT) problems.push(`credit: at most ${MAX_CREDIT} characters`);
    else next.credit_override = c || null;
  }
  return diffFields(current, next, problems);
}

function diffFields(current: EditableFields, next: Partial<EditableFields>, problems: string[]): EditPlan {
  const plan: EditPlan = { problems, set: {}, before: {}, after: {} };
  for (const key of Object.keys(next) as (keyof EditableFields)[]) {
    const value = next[key] ?? null;
    if (value === (current[key] ?? null)) continue;
    (plan.before as Record<string, unknown>)[key] = current[key];
    (plan.after as Record<string, unknown>)[key] = value;
    (plan.set as Record<string, unknown>)[key] = value;
  }
  if ('content_html' in plan.set) {
    const text = plan.set.content_html ? stripTags(plan.set.content_html) : null;
    Object.assign(plan.set, { text, word_count: text ? text.split(/\s+/).filter(Boolean).length : 0, content_from: 'editor' });
  }
  return plan;
}
