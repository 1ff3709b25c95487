/** The review queue page: counts per status (kept live by the script), filters, bulk actions, and cards. Pure. */
import { mayEdit } from '../../auth/users';
import { flag, html, type Raw } from './html';
import { renderPage, type PageUser } from './layout';
import { renderQueueCard } from './queue-card';
import { REVIEW_STATUSES, type QueueFilters, type QueueRow } from './queue-queries';
import { renderRejectReasons } from './reject-reasons';

export interface QueuePageData {
  user: PageUser;
  filters: QueueFilters;
  rows: QueueRow[];
  counts: Record<string, number>;
  sources: { id: string; name: string }[];
  nextHref: string | null;
  now: Date;
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
    <input type="hidden" name="status" value="${f.status}">
    <label>Source <select name="source"><option value="">all sources</option>${d.sources.map((s) => html`<option value="${s.id}"${flag('selected', s.id === f.source)}>${s.name}</option>`)}</select></label>
    <label>Cluster <input name="cluster" inputmode="numeric" pattern="[0-9]*" size="6" value="${f.cluster ?? ''}"></label>
    <button type="submit">Filter</button>
  </form>`;
}

/** The status tabs with their counts; `data-count` lets the script refresh them after each action. */
export function renderCounts(filters: QueueFilters, counts: Record<string, number>): Raw {
  return html`<nav class="counts" aria-label="Items per status"><ul>${REVIEW_STATUSES.map(
    (s) =>
      html`<li><a href="${queueHref({ ...filters, status: s })}"${s === filters.status ? html` aria-current="true"` : ''}>${s} <strong data-count="${s}">${counts[s] ?? 0}</strong></a></li>`,
  )}</ul></nav>`;
}

function renderBulk(d: QueuePageData): Raw {
  const reviewable = d.filters.status === 'queued' || d.filters.status === 'held';
  return html`<form id="bulk" class="bulk" method="post" action="/editor/items/bulk" aria-label="Bulk actions">
    <input type="hidden" name="_csrf" value="${d.user.csrfToken}">
    <input type="hidden" name="back" value="${d.filters.status === 'queued' ? '/editor' : `/editor?status=${d.filters.status}`}">
    <label class="select-all"><input type="checkbox" id="select-all"> All</label>
    ${reviewable || d.filters.status === 'rejected' || d.filters.status === 'unpublished' ? html`<button type="submit" name="action" value="approve">Approve selected</button>` : ''}
    ${
      reviewable
        ? html`<input name="reason" aria-label="Reason for rejecting the selected items" list="reject-reasons" placeholder="Reject reason">
    <button type="submit" name="action" value="reject">Reject selected</button>`
        : ''
    }
  </form>`;
}

/** The whole queue page. */
export function renderQueuePage(d: QueuePageData): string {
  const editable = mayEdit(d.user);
  const list = d.rows.length
    ? html`<ol class="queue" aria-label="${d.filters.status} items, newest first">${d.rows.map((r) => renderQueueCard(r, d.now, queueHref, editable))}</ol>`
    : html`<p class="empty">No ${d.filters.status} items match these filters.</p>`;
  const body = html`<div class="queue-head"><h1>Review queue</h1>${renderFilters(d)}</div>${renderCounts(d.filters, d.counts)}${editable ? renderBulk(d) : ''}${list}
    ${d.nextHref ? html`<p><a rel="next" href="${d.nextHref}">Older items →</a></p>` : ''}
    ${renderRejectReasons()}
    <p class="muted keys">Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>Enter</kbd> open${editable ? html`, <kbd>a</kbd> approve, <kbd>r</kbd> reject, <kbd>e</kbd> edit, <kbd>x</kbd> select` : ''}.</p>`;
  return renderPage({ title: 'Review queue', user: d.user, body, notice: d.notice, noticeKind: d.noticeKind, current: 'queue' });
}
