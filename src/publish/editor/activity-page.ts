/** The desk-wide activity page: who did what to which item, as sentences, filterable by editor and source. Pure. */
import { describeAudit } from './audit-sentences';
import { flag, formatTime, html, type Raw } from './html';
import { renderPage, type PageUser } from './layout';
import type { ActivityFilters, ActivityRow } from './activity-queries';

export interface ActivityPageData {
  user: PageUser;
  filters: ActivityFilters;
  rows: ActivityRow[];
  actors: string[];
  sources: { id: string; name: string }[];
  pending: { id: number; title: string; source_id: string }[];
  nextHref: string | null;
}

/** The activity page's query string for a filter set (and a cursor). */
export function activityHref(f: ActivityFilters): string {
  const p = new URLSearchParams();
  if (f.actor) p.set('editor', f.actor);
  if (f.source) p.set('source', f.source);
  if (f.before) p.set('before', String(f.before));
  const s = p.toString();
  return '/editor/activity' + (s ? `?${s}` : '');
}

function renderFilters(d: ActivityPageData): Raw {
  const f = d.filters;
  return html`<form class="filters" method="get" action="/editor/activity" aria-label="Filter the activity">
    <label>Editor <select name="editor"><option value="">everyone</option>${d.actors.map((a) => html`<option value="${a}"${flag('selected', a === f.actor)}>${a}</option>`)}</select></label>
    <label>Source <select name="source"><option value="">all sources</option>${d.sources.map((s) => html`<option value="${s.id}"${flag('selected', s.id === f.source)}>${s.name}</option>`)}</select></label>
    <button type="submit">Filter</button></form>`;
}

function renderRow(r: ActivityRow): Raw {
  const s = describeAudit(r);
  const item = r.item_id ? html`<a href="/editor/items/${r.item_id}">${r.item_title ?? `item ${r.item_id}`}</a>` : html`—`;
  return html`<tr><td>${formatTime(r.at)}</td><td>${r.actor}</td><td>${item}</td><td><span class="sentence">${s.text}</span>${s.raw ? html`<details><summary>Raw change</summary><pre>${s.raw}</pre></details>` : ''}</td></tr>`;
}

/** The whole activity page. */
export function renderActivityPage(d: ActivityPageData): string {
  const pending = d.pending.length
    ? html`<section aria-labelledby="pending-h"><h2 id="pending-h">Source updates waiting for review</h2><ul>${d.pending.map((p) => html`<li><a href="/editor/items/${p.id}">${p.title}</a> (${p.source_id})</li>`)}</ul></section>`
    : '';
  const table = d.rows.length
    ? html`<table class="audit activity"><thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Item</th><th scope="col">What happened</th></tr></thead><tbody>${d.rows.map(renderRow)}</tbody></table>`
    : html`<p>No activity matches.</p>`;
  const body = html`<h1>Desk activity</h1>${pending}${renderFilters(d)}${table}${d.nextHref ? html`<p class="pager"><a rel="next" href="${d.nextHref}">Older entries</a></p>` : ''}`;
  return renderPage({ title: 'Desk activity', user: d.user, body, current: 'activity' });
}
