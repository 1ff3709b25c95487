/**
 * The item view: the checks and the decision beside the extracted article and exactly what the
 * portal will show under the item's rights (through `presentItem`), attribution, the diff from
 * the previous version, the edit form and the audit trail. Pure.
 */
import { diffWords } from 'diff';
import type { AuditRow } from '../../../db/schema';
import type { ApprovalCheck } from '../../policy/approval-checks';
import { mayEdit } from '../../auth/users';
import { presentItem } from '../present-item';
import { formatTime, html, trusted, type Raw } from './html';
import { renderActions, renderChecks, renderLeadImage } from './item-decision';
import type { EditorItem, Outlet } from './item-queries';
import { renderAuditList, versionFields } from './desk-panels';
import { formatAge, summaryRepeatsBody } from './item-text';
import { renderPage, type PageUser } from './layout';
import { renderRejectReasons } from './reject-reasons';

export interface ItemPageData {
  user: PageUser;
  item: EditorItem;
  outlets: Outlet[];
  audit: AuditRow[];
  neighbours: { newer?: number; older?: number };
  checks: ApprovalCheck[];
  now: Date;
  notice?: string | null;
  noticeKind?: 'ok' | 'error';
  /** Two editors and source updates (desk-panels.ts): the lock line, a conflict, the waiting update. */
  desk?: { lock: Raw | null; conflict: Raw | null; pending: Raw | null };
}

/** The credit the portal will carry: the editor's override, else the computed line. */
export function effectiveCredit(item: Pick<EditorItem, 'credit_override' | 'credit_line'>): string | null {
  return item.credit_override ?? item.credit_line;
}

/** The summary, unless it only repeats the body's first paragraph. */
function summaryOnce(summary: string | null, body: string | null): Raw {
  return summary && !summaryRepeatsBody(summary, body) ? html`<p class="summary">${summary}</p>` : html``;
}

function renderExtracted(item: EditorItem): Raw {
  return html`<section class="pane" aria-labelledby="extracted-h"><h2 id="extracted-h">Extracted article</h2>
    ${summaryOnce(item.summary, item.text ?? item.content_html)}${
      item.content_html
        ? trusted(item.content_html)
        : html`<p class="muted">No body extracted${item.extract_error ? html` (${item.extract_error})` : ''}.</p>`
    }</section>`;
}

function renderPreview(item: EditorItem): Raw {
  const p = presentItem({ ...item, credit_line: effectiveCredit(item) });
  const body =
    p.rights === 'none'
      ? html`<p class="warn">Rights “none”: this item is never published.</p>`
      : p.content_html
        ? trusted(p.content_html)
        : html`<p class="muted">(headline and link only)</p>`;
  return html`<section class="pane preview" aria-labelledby="preview-h"><h2 id="preview-h">As published (rights: ${p.rights})</h2>
    <article><h3>${p.title}</h3><p class="credit">${p.credit_line ?? html`<span class="warn">no credit line — set one before approving</span>`}</p>
    ${p.rights === 'full' ? summaryOnce(p.summary, item.text ?? p.content_html) : ''}${body}
    <p><a href="${p.url}" rel="noopener noreferrer">Read the original at ${p.source.name}</a></p></article></section>`;
}

function renderMeta(item: EditorItem, outlets: Outlet[]): Raw {
  const orig = item.original_source;
  return html`<section aria-labelledby="meta-h"><h2 id="meta-h">Attribution and metadata</h2><dl class="meta">
    <dt>Status</dt><dd>${item.status}${item.status_reason ? html` — ${item.status_reason}` : ''}</dd>
    <dt>Source</dt><dd>${item.source_name} (rights: ${item.source_rights}, excerpt ${item.excerpt_words} words)</dd>
    <dt>Original</dt><dd><a href="${item.url}" rel="noopener noreferrer">${item.url}</a></dd>
    <dt>Byline</dt><dd>${item.byline ?? '—'}</dd>
    <dt>Original source</dt><dd>${orig?.name ?? '—'}${orig?.url ? html` (<a href="${orig.url}" rel="noopener noreferrer">${orig.url}</a>)` : ''}</dd>
    <dt>Rights notice</dt><dd>${item.rights_notice ?? '—'}</dd>
    <dt>Credit line</dt><dd>${item.credit_line ?? '—'}${item.credit_override ? html` <strong>(override: ${item.credit_override})</strong>` : ''}</dd>
    <dt>Published at source</dt><dd>${formatTime(item.published_at)}</dd>
    <dt>Imported</dt><dd>${formatTime(item.created_at)} · version ${item.version} · content from ${item.content_from}</dd>
    <dt>Cluster</dt><dd>${item.cluster_id ? html`#${item.cluster_id}` : '—'}</dd>
  </dl>${outlets.length ? html`<h3>Other outlets in this cluster</h3><ul>${outlets.map((o) => html`<li><a href="/editor/items/${o.item_id}">${o.source_name}</a> (${o.status}) — <a href="${o.url}" rel="noopener noreferrer">original</a></li>`)}</ul>` : ''}</section>`;
}

/** Word diff of the previous version's text (and title) against the current one; null when not an update. */
export function renderDiff(previous: unknown, item: Pick<EditorItem, 'title' | 'text'>): Raw | null {
  if (!previous || typeof previous !== 'object') return null;
  const prev = previous as { title?: string; text?: string | null; version?: number };
  const part = (a: string, b: string) =>
    diffWords(a, b).map((c) => (c.added ? html`<ins>${c.value}</ins>` : c.removed ? html`<del>${c.value}</del>` : html`${c.value}`));
  return html`<section aria-labelledby="diff-h"><h2 id="diff-h">Changes since version ${prev.version ?? '?'}</h2>
    <p class="diff"><strong>Title:</strong> ${part(prev.title ?? '', item.title)}</p>
    <div class="diff">${part(prev.text ?? '', item.text ?? '')}</div></section>`;
}

function renderEdit(item: EditorItem, csrfToken: string): Raw {
  return html`<form method="post" action="/editor/items/${item.id}/edit" id="edit-form" class="edit"><input type="hidden" name="_csrf" value="${csrfToken}">${versionFields(item)}
      <h2>Edit before approving</h2>
      <label for="edit-title">Title</label><input id="edit-title" name="title" value="${item.title}" required>
      <label for="edit-summary">Summary</label><textarea id="edit-summary" name="summary" rows="3">${item.summary ?? ''}</textarea>
      <label for="edit-body">Body (HTML, sanitized on save)</label><textarea id="edit-body" name="body" rows="10">${item.content_html ?? ''}</textarea>
      <label for="edit-credit">Credit line (empty = computed: ${item.credit_line ?? 'none'})</label><input id="edit-credit" name="credit" value="${item.credit_override ?? ''}">
      <button type="submit">Save changes</button></form>`;
}

function renderAudit(rows: AuditRow[]): Raw {
  return html`<section aria-labelledby="audit-h"><h2 id="audit-h">Audit trail</h2>${renderAuditList(rows)}</section>`;
}

function renderHead(d: ItemPageData): Raw {
  const { item, neighbours, now } = d;
  const at = item.published_at ?? item.created_at;
  return html`<p class="pager"><a href="/editor">← Queue</a>
    ${neighbours.newer ? html`<a rel="prev" href="/editor/items/${neighbours.newer}">↑ Newer (k)</a>` : ''}
    ${neighbours.older ? html`<a rel="next" href="/editor/items/${neighbours.older}">↓ Older (j)</a>` : ''}</p>
    <header class="item-head"><p class="q-top"><span class="q-source">${item.source_name}</span>
      <time datetime="${new Date(at).toISOString()}">${formatTime(at)}</time> <span class="q-age">${formatAge(at, now)}</span>
      ${item.version > 1 ? html`<span class="pill update">update v${item.version}</span>` : ''}</p>
      <h1>${item.title}</h1>
      <p class="q-facts">${item.byline ? html`<span>By ${item.byline}</span>` : html`<span class="muted">No byline</span>`}<span>${(item.text ?? '').split(/\s+/).filter(Boolean).length.toLocaleString('en')} words</span></p></header>`;
}

/** The whole item page. */
export function renderItemPage(d: ItemPageData): string {
  const { item } = d;
  const body = html`${d.desk?.lock ?? ''}${d.desk?.conflict ?? ''}${renderHead(d)}
    <div class="item-grid">
      <aside class="decision" aria-label="Checks and decision">${renderChecks(d.checks)}${mayEdit(d.user) ? renderActions(item, d.checks, d.user) : ''}${renderLeadImage(item)}</aside>
      <div class="reading"><div class="columns">${renderExtracted(item)}${renderPreview(item)}</div>${d.desk?.pending ?? ''}
        ${renderDiff(item.previous_version, item)}${mayEdit(d.user) ? renderEdit(item, d.user.csrfToken) : ''}${renderMeta(item, d.outlets)}${renderAudit(d.audit)}</div>
    </div>${renderRejectReasons()}`;
  return renderPage({ title: item.title, user: d.user, body, notice: d.notice, noticeKind: d.noticeKind, current: 'queue' });
}
