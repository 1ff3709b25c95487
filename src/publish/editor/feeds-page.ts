/** The operators' page: sources and feeds with their health; pause, resume, poll now. Pure. */
import { formatTime, html, type Raw } from './html';
import { renderPage, type PageUser } from './layout';

export interface FeedHealthRow {
  id: number;
  source_id: string;
  source_name: string;
  url: string;
  title: string | null;
  last_fetched_at: Date | null;
  last_status: number | null;
  error_code: string | null;
  error_message: string | null;
  error_count: number;
  paused: boolean;
  paused_reason: string | null;
  next_due_at: Date;
}

/** A one-word health verdict for a feed. */
export function feedHealth(
  f: Pick<FeedHealthRow, 'paused' | 'error_count' | 'last_fetched_at'>,
): 'paused' | 'failing' | 'never fetched' | 'ok' {
  if (f.paused) return 'paused';
  if (f.error_count > 0) return 'failing';
  if (!f.last_fetched_at) return 'never fetched';
  return 'ok';
}

function renderFeed(f: FeedHealthRow, csrf: string): Raw {
  const action = (name: string, label: string) =>
    html`<form method="post" action="/editor/feeds/${f.id}/${name}"><input type="hidden" name="_csrf" value="${csrf}"><button type="submit" aria-label="${label} ${f.title ?? f.url}">${label}</button></form>`;
  const health = feedHealth(f);
  return html`<tr data-feed-id="${f.id}"><td>${f.source_name}</td><td>${f.title ?? ''}<div class="muted">${f.url}</div></td>
    <td><span class="health ${health.replace(' ', '-')}">${health}</span>${f.paused_reason ? html`<div class="muted">${f.paused_reason}</div>` : ''}</td>
    <td>${formatTime(f.last_fetched_at)}</td><td>${f.last_status ?? '—'}</td>
    <td>${f.error_code ?? '—'}${f.error_count ? html` ×${f.error_count}` : ''}${f.error_message ? html`<div class="muted">${f.error_message}</div>` : ''}</td>
    <td>${formatTime(f.next_due_at)}</td>
    <td class="row-actions">${f.paused ? action('resume', 'Resume') : action('pause', 'Pause')}${action('poll', 'Poll now')}</td></tr>`;
}

/** The whole feeds page. */
export function renderFeedsPage(o: { user: PageUser; feeds: FeedHealthRow[]; notice?: string | null }): string {
  const body = html`<h1>Feeds</h1>
    <table class="feeds"><caption>Every feed with its last fetch</caption><thead><tr><th scope="col">Source</th><th scope="col">Feed</th><th scope="col">Health</th><th scope="col">Last fetched</th><th scope="col">HTTP</th><th scope="col">Error</th><th scope="col">Next due</th><th scope="col">Actions</th></tr></thead>
    <tbody>${o.feeds.map((f) => renderFeed(f, o.user.csrfToken))}</tbody></table>`;
  return renderPage({ title: 'Feeds', user: o.user, body, notice: o.notice, current: 'feeds' });
}
