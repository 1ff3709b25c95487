/** The review queue page: filters, counts per status, a table of items with bulk actions. Pure. */
import { mayEdit } from '../../auth/users';
import { flag, formatTime, html, type Raw } from './html';
import { renderPage, type PageUser } from './layout';
import { REVIEW_STATUSES, type QueueFilters, type QueueRow } from './queue-queries';

export interface QueuePageData {
  user: PageUser;
  filters: QueueFilters;
  rows: QueueRow[];
  counts: Record<string, number>;
  sources: { id: string; name: string }[];
  nextHref: string | null;
  notice?: string | null;
  noticeKind?: 'ok' | 'error';
}

/** The query string for a filter set (and optionally a cursor). */
export function queueHref(f: QueueFilters, after?: string): string {
  const p = new URLSearchParams();
  if (f.status !== 'queued') p.set('status', f.status);
  if (f.source) p.set('source', f.source);
  if (f.cluster) p.set('cluster', String(f.cluster));
  if (after) p.set('after', after);
  const s = p.toString();
  return '/editor' + (s ? `?${s}` : '');
}

function renderFilters(d: QueuePageData): Raw {
  const f = d.filters;
  return html`<form class="filters" method="get" action="/editor" aria-label="Filter the queue">
    <label>Status <select name="status">${REVIEW_STATUSES.map((s) => html`<option value="${s}"${flag('selected', s === f.status)}>${s}</option>`)}</select></label>
    <label>Source <select name="source"><option value="">all sources</option>${d.sources.map((s) => html`<option value="${s.id}"${flag('selected', s.id === f.source)}>${s.name}</option>`)}</select></label>
    <label>Cluster <input name="cluster" inputmode="numeric" pattern="[0-9]*" size="8" value="${f.cluster ?? ''}"></label>
    <button type="submit">Filter</button>
  </form>`;
}

function renderCounts(d: QueuePageData): Raw {
  return html`<ul class="counts" aria-label="Items per status">${REVIEW_STATUSES.map(
    (s) =>
      html`<li><a href="${queueHref({ ...d.filters, status: s })}"${s === d.filters.status ? html` aria-current="true"` : ''}>${s} <strong>${d.counts[s] ?? 0}</strong></a></li>`,
  )}</ul>`;
}

function renderRow(r: QueueRow, editable: boolean): Raw {
  return html`<tr data-item-id="${r.id}">
    <td>${editable ? html`<input type="checkbox" name="ids" value="${r.id}" form="bulk" aria-label="Select “${r.title}”">` : ''}</td>
    <td><a class="row-link" href="/editor/items/${r.id}">${r.title}</a>${r.status_reason ? html`<div class="reason">${r.status_reason}</div>` : ''}</td>
    <td>${r.source_name}<div class="muted">rights: ${r.rights}</div></td>
    <td>${r.version > 1 ? html`<span class="badge">update v${r.version}</span>` : 'new'}</td>
    <td>${r.cluster_id ? html`<a href="${queueHref({ status: r.status, cluster: r.cluster_id })}">#${r.cluster_id}</a>` : '—'}</td>
    <td><time datetime="${new Date(r.created_at).toISOString()}">${formatTime(r.created_at)}</time></td>
  </tr>`;
}

function renderBulk(d: QueuePageData): Raw {
  return html`<form id="bulk" class="bulk" method="post" action="/editor/items/bulk" aria-label="Bulk actions">
    <input type="hidden" name="_csrf" value="${d.user.csrfToken}">
    <input type="hidden" name="back" value="${queueHref(d.filters)}">
    <button type="submit" name="action" value="approve">Approve selected</button>
    <label>Reason <input name="reason" size="30" placeholder="needed to reject"></label>
    <button type="submit" name="action" value="reject">Reject selected</button>
  </form>`;
}

/** The whole queue page. */
export function renderQueuePage(d: QueuePageData): string {
  const editable = mayEdit(d.user);
  const table = d.rows.length
    ? html`<table class="queue"><caption>${d.filters.status} items, newest first</caption>
        <thead><tr><th scope="col"><span class="sr-only">Select</span></th><th scope="col">Title</th><th scope="col">Source</th><th scope="col">Kind</th><th scope="col">Cluster</th><th scope="col">Imported</th></tr></thead>
        <tbody>${d.rows.map((r) => renderRow(r, editable))}</tbody></table>`
    : html`<p>No ${d.filters.status} items match these filters.</p>`;
  const body = html`<h1>Review queue</h1>${renderCounts(d)}${renderFilters(d)}${editable ? renderBulk(d) : ''}${table}
    ${d.nextHref ? html`<p><a rel="next" href="${d.nextHref}">Older items →</a></p>` : ''}
    <p class="muted keys">Keys: <kbd>j</kbd>/<kbd>k</kbd> move${editable ? html`, <kbd>a</kbd> approve, <kbd>r</kbd> reject, <kbd>e</kbd> edit, <kbd>x</kbd> select` : ''}.</p>`;
  return renderPage({ title: 'Review queue', user: d.user, body, notice: d.notice, noticeKind: d.noticeKind, current: 'queue' });
}
