/**
 * The item page's parts for two editors and source updates: the lock line, the hidden version
 * fields every form carries, the conflict panel of a stale save, the waiting source update with
 * its readable diff, and the audit trail as sentences. Pure.
 */
import { diffWords } from 'diff';
import type { AuditRow } from '../../../db/schema';
import { editorOverrides, type PendingUpdate, type SourceFields } from '../../policy/source-update';
import { describeAudit } from './audit-sentences';
import { formatTime, html, type Raw } from './html';
import type { LockPlan } from './lock-plan';
import { describeChange, snapshotOf, type Change, type SnapshotSource } from './version-check';

export interface DeskItem extends SnapshotSource {
  id: number;
  revision: number;
  source_fields: SourceFields | null;
  credit_line: string | null;
  text: string | null;
}

/** Hidden fields every item form carries: the revision the page was opened at and what it showed. */
export function versionFields(item: DeskItem): Raw {
  return html`<input type="hidden" name="rev" value="${item.revision}"><input type="hidden" name="base" value="${JSON.stringify(snapshotOf(item))}">`;
}

const hhmm = (d: Date) => d.toISOString().slice(11, 16);

/** "Being edited by ella since 10:42" with a take-over button, or the viewer's own lock. */
export function renderLockLine(id: number, plan: LockPlan, csrf: string): Raw {
  const { lock } = plan;
  if (plan.kind === 'held')
    return html`<p class="lock warn" role="status" id="lock-line">Being edited by <strong>${lock.username}</strong> since ${hhmm(lock.since)} UTC (until ${hhmm(lock.expiresAt)} UTC, unless renewed).
      <form method="post" action="/editor/items/${id}/lock" class="inline"><input type="hidden" name="_csrf" value="${csrf}"><button type="submit">Take over editing</button></form></p>`;
  return html`<p class="lock muted" id="lock-line">You are editing this item (since ${hhmm(lock.since)} UTC; others see it as taken until ${hhmm(lock.expiresAt)} UTC).</p>`;
}

/** What changed since the editor opened the item, and what they tried to save. */
export function renderConflict(changes: Change[], mine: Record<string, string | undefined>): Raw {
  const tried = Object.entries(mine).filter(([, v]) => v !== undefined);
  return html`<section class="conflict" aria-labelledby="conflict-h" id="conflict"><h2 id="conflict-h">Changed since you opened it</h2>
    <ul>${changes.map((c) => html`<li>${describeChange(c)}</li>`)}</ul>
    ${tried.length ? html`<details><summary>What you tried to save (not saved)</summary><dl>${tried.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl></details>` : ''}
    <p>The form below shows the item as it is now; make your change again.</p></section>`;
}

function wordDiff(a: string, b: string): Raw[] {
  return diffWords(a, b).map((c) => (c.added ? html`<ins>${c.value}</ins>` : c.removed ? html`<del>${c.value}</del>` : html`${c.value}`));
}

function takeBox(field: string, label: string, on: boolean): Raw {
  return on ? html`<label class="check"><input type="checkbox" name="take" value="${field}"> ${label}</label>` : html``;
}

/** The source update waiting for review: a readable diff, the overrides it keeps, approve or keep the published version. */
export function renderPendingUpdate(item: DeskItem, p: PendingUpdate, csrf: string): Raw {
  const overridden = editorOverrides(item);
  const src = item.source_fields;
  const hidden = html`<input type="hidden" name="_csrf" value="${csrf}">${versionFields(item)}`;
  return html`<section class="pending" aria-labelledby="pending-h" id="pending-update"><h2 id="pending-h">Update at the source waiting for review</h2>
    <p>Version ${p.version} arrived ${formatTime(p.received_at)}: ${p.paragraphs_changed} paragraph${p.paragraphs_changed === 1 ? '' : 's'} changed. The published version (${item.version}) stays live until you approve it.</p>
    <p class="diff"><strong>Source headline:</strong> ${wordDiff(src?.title ?? item.title, p.title)}</p>
    ${overridden.includes('title') ? html`<p>Your headline “${item.title}” is kept unless you take the source's.</p>` : ''}
    <div class="diff pending-diff">${wordDiff(item.text ?? '', p.text ?? '')}</div>
    <form method="post" action="/editor/items/${item.id}/approve-update" id="approve-update-form">${hidden}
      ${takeBox('title', "Use the source's headline", overridden.includes('title'))}${takeBox('summary', "Use the source's summary", overridden.includes('summary'))}${takeBox('credit', 'Use the computed credit line', overridden.includes('credit'))}
      <button type="submit" class="primary">Approve the update</button></form>
    <form method="post" action="/editor/items/${item.id}/dismiss-update">${hidden}<button type="submit">Keep the published version</button></form></section>`;
}

/** The audit trail as sentences, newest first, each raw diff collapsed. */
export function renderAuditList(rows: Pick<AuditRow, 'at' | 'actor' | 'action' | 'before' | 'after' | 'detail'>[]): Raw {
  if (!rows.length) return html`<p>No entries yet.</p>`;
  return html`<table class="audit"><thead><tr><th scope="col">When</th><th scope="col">What happened</th></tr></thead><tbody>${rows.map(
    (r) => {
      const s = describeAudit(r);
      return html`<tr><td>${formatTime(r.at)}</td><td><span class="sentence">${s.text}</span>${s.raw ? html`<details><summary>Raw change</summary><pre>${s.raw}</pre></details>` : ''}</td></tr>`;
    },
  )}</tbody></table>`;
}
