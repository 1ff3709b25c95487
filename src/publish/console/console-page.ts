/** The operator console: live feed health with fixes and controls, queues, recent failures, accounts. Pure. */
import type { AccountSummary } from '../../auth/accounts-admin';
import { ROLES } from '../../auth/users';
import { relativeTime } from '../../cli/feeds-health';
import { formatTime, html, type Raw } from '../editor/html';
import type { PageUser } from '../editor/layout';
import type { ConsoleFacts, ConsoleFailure, ConsoleFeed } from './console-queries';
import { renderConsolePage } from './console-layout';
import { feedErrorFix } from './error-fixes';

/** How often the page's script reloads the live part (feeds, queues, failures). */
export const LIVE_REFRESH_S = 5;

export type FeedState = 'paused' | 'failing' | 'new' | 'ok';

/** A feed's state, as `feeds status` names it. */
export function feedState(f: Pick<ConsoleFeed, 'paused' | 'error_count' | 'last_fetched_at'>): FeedState {
  if (f.paused) return 'paused';
  if (f.error_count > 0) return 'failing';
  return f.last_fetched_at ? 'ok' : 'new';
}

function when(t: Date | null, now: Date): Raw {
  if (!t) return html`<span class="c-dim">—</span>`;
  return html`<time datetime="${new Date(t).toISOString()}" title="${formatTime(t)}">${relativeTime(new Date(t), now)}</time>`;
}

function postButton(action: string, label: string, csrf: string, opts: { kind?: string; aria?: string } = {}): Raw {
  return html`<form method="post" action="${action}"><input type="hidden" name="_csrf" value="${csrf}"><button type="submit" class="c-btn ${opts.kind ?? ''}" aria-label="${opts.aria ?? label}">${label}</button></form>`;
}

/** "Paused by chief" as it is; an automatic pause's reason after "Paused: ". */
function pausedText(reason: string): string {
  return /^paused\b/i.test(reason) ? reason.charAt(0).toUpperCase() + reason.slice(1) : `Paused: ${reason}`;
}

function renderFeedRow(f: ConsoleFeed, now: Date, csrf: string): Raw {
  const state = feedState(f);
  const name = f.title ?? f.url;
  const fix = feedErrorFix(f.error_code, f.last_status);
  const act = (a: string, label: string, kind?: string) =>
    postButton(`/editor/console/feeds/${f.id}/${a}`, label, csrf, { kind, aria: `${label} ${name}` });
  return html`<tr data-feed-id="${f.id}" class="c-row-${state}">
    <td><span class="c-pill ${state}">${state}</span></td>
    <td class="c-source"><strong>${f.source_name}</strong><div class="c-feed">${f.title && f.title !== f.source_name ? html`${f.title} · ` : ''}<code>${f.url}</code></div></td>
    <td>${when(f.last_fetched_at, now)}</td>
    <td class="c-num">${f.last_status ?? '—'}</td>
    <td class="c-num">${f.last_duration_ms ?? '—'}</td>
    <td class="c-num">${f.last_new_entries ?? '—'}</td>
    <td class="c-error">${
      f.error_code
        ? html`<code class="c-code">${f.error_code}</code> ×${f.error_count}${f.error_message ? html`<div class="c-msg">${f.error_message}</div>` : ''}${fix ? html`<div class="c-fix"><span>Fix:</span> ${fix}</div>` : ''}`
        : html`<span class="c-dim">—</span>`
    }${f.paused_reason ? html`<div class="c-msg">${pausedText(f.paused_reason)}</div>` : ''}</td>
    <td>${f.paused ? html`<span class="c-dim">paused</span>` : when(f.next_due_at, now)}</td>
    <td><div class="c-actions">${f.paused ? act('resume', 'Resume', 'primary') : act('pause', 'Pause')}${act('poll', 'Poll now')}</div></td></tr>`;
}

function tile(label: string, value: number | string, kind = '', detail: Raw | string = ''): Raw {
  return html`<div class="c-tile ${kind}"><div class="c-tile-label">${label}</div><div class="c-tile-value">${value}</div><div class="c-tile-detail">${detail}</div></div>`;
}

function renderTiles(f: ConsoleFacts): Raw {
  const count = (s: string) => f.feeds.filter((x) => feedState(x) === s).length;
  const waiting = f.queues.reduce((n, q) => n + (q.counts?.waiting ?? 0) + (q.counts?.delayed ?? 0), 0);
  const failedJobs = f.queues.reduce((n, q) => n + (q.counts?.failed ?? 0), 0);
  return html`<div class="c-tiles">
    ${tile('Feeds', f.feeds.length, '', `${count('ok')} ok · ${count('new')} not fetched yet`)}
    ${tile('Failing', count('failing'), count('failing') ? 'bad' : 'good', 'last fetch failed')}
    ${tile('Paused', count('paused'), count('paused') ? 'warn' : 'good', 'resume to poll again')}
    ${tile('Jobs waiting', waiting, '', `${f.queueKind === 'memory' ? 'in-process queue' : 'BullMQ on Redis'}`)}
    ${tile('Failed jobs', failedJobs, failedJobs ? 'warn' : 'good', 'kept for inspection')}
    ${tile('Accounts', f.accounts.length, '', `${f.accounts.filter((a) => a.disabled).length} disabled`)}
  </div>`;
}

function renderStatus(f: ConsoleFacts): Raw {
  const label = { ok: 'All systems normal', degraded: 'Degraded', down: 'Down' }[f.health.status];
  return html`<section class="c-status ${f.health.status}" aria-labelledby="status-h">
    <h2 id="status-h"><span class="c-dot" aria-hidden="true"></span>${label}</h2>
    ${f.health.problems.length ? html`<ul>${f.health.problems.map((p) => html`<li>${p}</li>`)}</ul>` : html`<p>Every feed fetched on its last try; queues are moving.</p>`}
    <p class="c-updated">Updated <time datetime="${f.now.toISOString()}">${formatTime(f.now)}</time> · refreshes every ${LIVE_REFRESH_S} s</p>
  </section>`;
}

function renderQueues(f: ConsoleFacts): Raw {
  const cell = (n: number | undefined) => html`<td class="c-num">${n ?? '—'}</td>`;
  return html`<section class="c-card" id="queues" aria-labelledby="queues-h"><h2 id="queues-h">Queues</h2>
    <table class="c-table"><thead><tr><th scope="col">Queue</th><th scope="col" class="c-num">Waiting</th><th scope="col" class="c-num">Active</th><th scope="col" class="c-num">Delayed</th><th scope="col" class="c-num">Failed</th><th scope="col" class="c-num">Done</th></tr></thead>
    <tbody>${f.queues.map((q) => html`<tr><th scope="row"><code>${q.name}</code></th>${cell(q.counts?.waiting)}${cell(q.counts?.active)}${cell(q.counts?.delayed)}${cell(q.counts?.failed)}${cell(q.counts?.completed)}</tr>`)}</tbody></table></section>`;
}

function renderFailure(x: ConsoleFailure, now: Date): Raw {
  return html`<li><span class="c-kind">${x.kind}</span> <code class="c-code">${x.code}</code> ${when(x.at, now)}
    <div class="c-feed">${x.what} · <code>${x.url}</code></div>${x.message ? html`<div class="c-msg">${x.message}</div>` : ''}</li>`;
}

function renderFailures(f: ConsoleFacts): Raw {
  return html`<section class="c-card" id="failures" aria-labelledby="failures-h"><h2 id="failures-h">Recent failures</h2>
    ${f.failures.length ? html`<ul class="c-failures">${f.failures.map((x) => renderFailure(x, f.now))}</ul>` : html`<p class="c-dim">No failed feed fetches or article pages.</p>`}</section>`;
}

/** The part of the page the script reloads: status, tiles, feeds, queues, failures. */
export function renderConsoleLive(f: ConsoleFacts, csrf: string): Raw {
  return html`${renderStatus(f)}${renderTiles(f)}
    <section class="c-card" id="feeds" aria-labelledby="feeds-h"><h2 id="feeds-h">Feeds</h2>
    <table class="c-table c-feeds"><thead><tr><th scope="col">State</th><th scope="col">Source · feed</th><th scope="col">Last fetch</th><th scope="col" class="c-num">HTTP</th><th scope="col" class="c-num">ms</th><th scope="col" class="c-num">New</th><th scope="col">Error and fix</th><th scope="col">Next due</th><th scope="col"><span class="c-sr">Actions</span></th></tr></thead>
    <tbody>${f.feeds.length ? f.feeds.map((x) => renderFeedRow(x, f.now, csrf)) : html`<tr><td colspan="9" class="c-dim">No feeds: add sources to feeds.yaml.</td></tr>`}</tbody></table></section>
    <div class="c-grid">${renderQueues(f)}${renderFailures(f)}</div>`;
}

function renderAccount(a: AccountSummary, me: PageUser, now: Date): Raw {
  const base = `/editor/console/accounts/${encodeURIComponent(a.username)}`;
  const self = a.username === me.username;
  return html`<tr data-username="${a.username}">
    <th scope="row">${a.username}${self ? html` <span class="c-dim">(you)</span>` : ''}</th><td>${a.role}</td>
    <td><span class="c-pill ${a.disabled ? 'paused' : 'ok'}">${a.disabled ? 'disabled' : 'active'}</span>${a.locked_until ? html` <span class="c-pill failing" title="${formatTime(a.locked_until)}">login wait</span>` : ''}</td>
    <td>${a.has_api_token ? 'yes' : html`<span class="c-dim">no</span>`}</td><td>${when(a.created_at, now)}</td>
    <td><div class="c-actions">${
      self
        ? ''
        : a.disabled
          ? postButton(`${base}/enable`, 'Enable', me.csrfToken, { aria: `Enable ${a.username}` })
          : postButton(`${base}/disable`, 'Disable', me.csrfToken, { kind: 'danger', aria: `Disable ${a.username}` })
    }${a.locked_until ? postButton(`${base}/unlock`, 'Unlock', me.csrfToken, { aria: `Unlock ${a.username}` }) : ''}
      <details class="c-reset"><summary>Reset password</summary><form method="post" action="${base}/password">
        <input type="hidden" name="_csrf" value="${me.csrfToken}"><label>New password for ${a.username} <input type="password" name="password" autocomplete="new-password" minlength="10" required></label>
        <button type="submit" class="c-btn">Set password</button></form></details></div></td></tr>`;
}

function renderAccounts(f: ConsoleFacts, me: PageUser): Raw {
  return html`<section class="c-card" id="accounts" aria-labelledby="accounts-h"><h2 id="accounts-h">Accounts</h2>
    <table class="c-table"><thead><tr><th scope="col">Account</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col">API token</th><th scope="col">Created</th><th scope="col"><span class="c-sr">Actions</span></th></tr></thead>
    <tbody>${f.accounts.map((a) => renderAccount(a, me, f.now))}</tbody></table>
    <form method="post" action="/editor/console/accounts" class="c-add"><input type="hidden" name="_csrf" value="${me.csrfToken}">
      <h3>Add an account</h3>
      <label>Username <input name="username" autocomplete="off" pattern="[a-z0-9._\\-]{2,64}" required></label>
      <label>Role <select name="role">${ROLES.map((r) => html`<option value="${r}">${r}</option>`)}</select></label>
      <label>Password <input type="password" name="password" autocomplete="new-password" minlength="10" required></label>
      <button type="submit" class="c-btn primary">Add account</button></form></section>`;
}

/** The whole console page. */
export function renderConsole(o: { user: PageUser; facts: ConsoleFacts; notice?: string | null; noticeKind?: 'ok' | 'error' }): string {
  const body = html`<div class="c-head"><h1>Operations</h1><p class="c-dim">Everything <code>wireroom feeds status</code> and <code>wireroom users</code> do, while wireroom runs.</p></div>
    <div id="live" data-live="/editor/console/live" data-refresh-s="${LIVE_REFRESH_S}">${renderConsoleLive(o.facts, o.user.csrfToken)}</div>
    ${renderAccounts(o.facts, o.user)}`;
  return renderConsolePage({ title: 'Operator console', user: o.user, body, notice: o.notice, noticeKind: o.noticeKind });
}
