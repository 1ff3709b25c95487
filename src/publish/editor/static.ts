/**
 * The desk's only stylesheet and script, served from /editor/static/ (same origin, so the
 * Content-Security-Policy can forbid inline script). Colours meet WCAG AA contrast (≥ 4.5:1).
 * Layout: cards that fit a 390 px phone without sideways scrolling; on the item page the checks
 * and the decision come first on a phone and stay beside the article on a desk.
 */

export const EDITOR_CSS = `
:root { --fg:#1b1f24; --muted:#555d6b; --bg:#f3f4f6; --card:#fff; --line:#d5d9df; --accent:#0b4f9c; --focus:#d4351c;
  --ok:#0a5d2a; --ok-bg:#e6f3ea; --err:#a4000f; --err-bg:#fbeaea; --warn:#6b4200; --warn-bg:#fff3d1; --warn-line:#c98a00; --info-bg:#edf0f4; --ink:#14213d; }
* { box-sizing: border-box; }
body { font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); margin: 0; }
body > header { display: flex; align-items: center; gap: .5rem 1.5rem; padding: .55rem 1rem; background: var(--ink); color: #fff; flex-wrap: wrap; }
body > header a, body > header span { color: #fff; }
body > header nav { display: flex; flex: 1; justify-content: space-between; align-items: center; gap: .5rem 1rem; flex-wrap: wrap; }
body > header ul { list-style: none; display: flex; gap: 1rem; margin: 0; padding: 0; }
body > header button { color: #fff; border-color: #fff; background: transparent; }
.brand { font-weight: 800; letter-spacing: .04em; text-transform: uppercase; font-size: .9rem; }
.logout { display: flex; gap: .5rem; align-items: center; font-size: .9rem; }
main { padding: 1rem; max-width: 1440px; margin: 0 auto; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .25rem 0 .5rem; }
h2 { font-size: 1.05rem; margin: 0 0 .5rem; }
a { color: var(--accent); }
a[aria-current] { font-weight: 700; text-decoration-thickness: 3px; }
:focus-visible, .q-item.current a.row-link { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .25rem .5rem; color: var(--accent); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.muted, .reason { color: var(--muted); font-size: .9em; }
.notice { padding: .5rem .75rem; border-left: 4px solid var(--ok); background: var(--ok-bg); margin: 0 0 1rem; }
.notice.error { border-color: var(--err); background: var(--err-bg); }
.warn { color: var(--err); font-weight: 600; }
label { font-weight: 600; }
input, select, textarea, button { font: inherit; color: inherit; max-width: 100%; }
input, select, textarea { border: 1px solid #767676; border-radius: 3px; padding: .3rem .45rem; background: #fff; }
button, a.button { border: 1px solid var(--accent); background: #fff; color: var(--accent); padding: .35rem .85rem; cursor: pointer; border-radius: 4px; font-weight: 600; text-decoration: none; display: inline-block; }
button.primary { background: var(--accent); color: #fff; }
button.danger { border-color: var(--err); color: var(--err); }
button:disabled { opacity: .55; cursor: not-allowed; }
kbd { border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 3px; padding: 0 .3rem; font-size: .85em; background: #fff; }
table { border-collapse: collapse; width: 100%; background: var(--card); }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
.table-wrap { overflow-x: auto; max-width: 100%; }
.pill { display: inline-block; font-size: .75rem; font-weight: 700; padding: .05rem .45rem; border-radius: 999px; background: var(--info-bg); color: #2f3744; text-transform: uppercase; letter-spacing: .03em; }
.pill.update { background: #e4ecfa; color: #0b3f7c; }
.pill.status-published { background: var(--ok-bg); color: var(--ok); } .pill.status-rejected, .pill.status-unpublished { background: var(--err-bg); color: var(--err); }
/* The queue */
.queue-head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: end; gap: .5rem 1rem; }
.filters, .bulk { display: flex; flex-wrap: wrap; gap: .5rem .75rem; align-items: end; }
.filters label { display: grid; font-size: .85rem; }
.counts ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0 .25rem; padding: 0; margin: .5rem 0 .75rem; border-bottom: 1px solid var(--line); }
.counts a { display: block; padding: .4rem .6rem; text-decoration: none; color: var(--muted); border-bottom: 3px solid transparent; margin-bottom: -1px; }
.counts a[aria-current] { color: var(--fg); border-color: var(--accent); }
.counts strong { background: #e1e5ea; border-radius: 999px; padding: 0 .45rem; font-size: .8rem; margin-left: .15rem; color: var(--fg); }
.bulk { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; margin-bottom: .75rem; align-items: center; }
.bulk input[name=reason] { flex: 1 1 8rem; min-width: 0; }
.filters select { max-width: 12rem; } .filters input { width: 5rem; }
.queue { list-style: none; padding: 0; margin: 0; display: grid; gap: .5rem; }
.q-item { display: grid; grid-template-columns: auto 112px minmax(0, 1fr); gap: .8rem; background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .75rem; align-items: start; }
.q-item.current { background: #fffaf0; border-color: var(--focus); }
.q-select { margin-top: .3rem; width: 1.1rem; height: 1.1rem; }
.q-thumb { width: 112px; height: 76px; object-fit: cover; border-radius: 4px; background: #e1e5ea; display: flex; align-items: center; justify-content: center; font-weight: 600; font-size: .75rem; color: var(--muted); }
.q-top { margin: 0; font-size: .85rem; color: var(--muted); display: flex; flex-wrap: wrap; gap: .1rem .6rem; align-items: center; }
.q-source { font-weight: 800; color: var(--fg); text-transform: uppercase; letter-spacing: .04em; font-size: .78rem; }
.q-title { font-size: 1.1rem; margin: .15rem 0 .1rem; line-height: 1.3; overflow-wrap: anywhere; }
.q-title a { color: var(--fg); text-decoration: none; } .q-title a:hover { color: var(--accent); text-decoration: underline; }
.q-facts { margin: 0; font-size: .85rem; color: var(--muted); display: flex; flex-wrap: wrap; gap: .1rem .9rem; overflow-wrap: anywhere; }
.q-excerpt { margin: .3rem 0 0; font-size: .92rem; color: #2f3540; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; overflow-wrap: anywhere; }
.badges { list-style: none; display: flex; flex-wrap: wrap; gap: .3rem; margin: .45rem 0 0; padding: 0; }
.badge { font-size: .75rem; font-weight: 700; padding: .1rem .45rem; border-radius: 3px; border: 1px solid; background: var(--info-bg); color: #2f3744; border-color: #b9c0ca; }
.badge.level-warn { background: var(--warn-bg); color: var(--warn); border-color: var(--warn-line); }
.badge.level-block { background: var(--err-bg); color: var(--err); border-color: var(--err); }
.inline-reject { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; margin-top: .5rem; }
.inline-reject input { flex: 1 1 12rem; min-width: 0; }
.empty { background: var(--card); border: 1px dashed var(--line); padding: 1.5rem; text-align: center; color: var(--muted); }
/* The item */
.pager { display: flex; gap: 1rem; margin: 0 0 .5rem; font-size: .9rem; }
.item-head { margin-bottom: 1rem; }
.item-grid { display: grid; grid-template-columns: minmax(0, 1fr) 23rem; gap: 1.25rem; align-items: start; }
.reading { grid-column: 1; grid-row: 1; min-width: 0; display: grid; gap: 1.25rem; }
.reading > section, .reading > form { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .9rem 1rem; min-width: 0; }
.decision { grid-column: 2; grid-row: 1; display: grid; gap: .75rem; min-width: 0; }
.decision > * { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .75rem .9rem; margin: 0; }
.check-list { list-style: none; padding: 0; margin: 0; display: grid; gap: .4rem; }
.check { border-left: 4px solid #8a94a3; background: var(--info-bg); padding: .45rem .65rem; border-radius: 3px; font-size: .9rem; display: grid; gap: .15rem; margin: 0 0 .4rem; overflow-wrap: anywhere; }
.check.level-block { background: var(--err-bg); border-color: var(--err); } .check.level-warn { background: var(--warn-bg); border-color: var(--warn-line); }
.check.level-ok { background: var(--ok-bg); border-color: var(--ok); }
.check.level-info { display: block; font-size: .85rem; padding: .3rem .6rem; }
.check q { font-style: italic; color: #2f3540; font-size: .85rem; }
.check ul { margin: 0; padding-left: 1.1rem; }
.actions form { margin: 0 0 .75rem; display: grid; gap: .35rem; }
.actions .inline { display: flex; gap: .4rem; } .actions .inline input { flex: 1; min-width: 0; }
.confirm { font-weight: 600; display: flex; gap: .5rem; align-items: start; background: var(--warn-bg); border: 1px solid var(--warn-line); border-radius: 4px; padding: .45rem .55rem; font-size: .9rem; }
.confirm input { margin-top: .2rem; }
.approve button { padding: .5rem 1rem; font-size: 1.02rem; }
.lead-image img { width: 100%; height: auto; border-radius: 4px; display: block; }
.lead-image figcaption { font-size: .85rem; margin-top: .35rem; color: var(--muted); }
.photo-credit { font-weight: 600; color: var(--fg); }
.columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.25rem; }
.pane { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .9rem 1rem; overflow-wrap: anywhere; max-height: 70vh; overflow: auto; min-width: 0; }
.pane img, .pane video, .pane iframe, .pane table, .pane pre { max-width: 100%; height: auto; }
.pane pre, .pane table { display: block; overflow-x: auto; }
.preview { background: #fbfbfc; }
.summary { font-weight: 600; }
.credit { font-style: italic; color: var(--muted); }
.edit { display: grid; gap: .3rem; }
.edit input, .edit textarea { width: 100%; }
.edit button { justify-self: start; }
.meta { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .2rem 1rem; margin: 0; }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; overflow-wrap: anywhere; }
ins { background: #d7f5dd; text-decoration: underline; } del { background: #fbdada; }
.error-page { max-width: 48rem; background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.25rem; }
.lock form.inline, .pending form { display: inline-block; margin: .25rem .5rem .25rem 0; } .conflict, .pending { border-left: 4px solid var(--err); padding: .25rem .75rem; overflow-wrap: anywhere; } pre { white-space: pre-wrap; overflow-wrap: anywhere; }
.login { display: grid; gap: .4rem; max-width: 22rem; }
.row-actions { display: flex; gap: .4rem; }
.health.failing { color: var(--err); font-weight: 600; } .health.paused { color: var(--muted); font-weight: 600; }
code { font-size: .85em; overflow-wrap: anywhere; }
@media (max-width: 1200px) { .columns { grid-template-columns: minmax(0, 1fr); } }
@media (max-width: 1000px) {
  .item-grid { grid-template-columns: minmax(0, 1fr); }
  .decision, .reading { grid-column: 1; grid-row: auto; }
}
@media (max-width: 600px) {
  main { padding: .6rem; }
  h1 { font-size: 1.3rem; }
  .q-item { grid-template-columns: auto 64px minmax(0, 1fr); gap: .55rem; padding: .6rem; }
  .q-thumb { width: 64px; height: 48px; font-size: .8rem; }
  .q-title { font-size: 1rem; }
  .pane { max-height: 55vh; }
  .meta { grid-template-columns: minmax(0, 1fr); } .meta dd { margin-bottom: .3rem; }
  .keys { display: none; }
  .counts ul { flex-wrap: nowrap; overflow-x: auto; white-space: nowrap; }
  .queue-head h1 { flex-basis: 100%; margin-bottom: 0; }
}
`;

export const EDITOR_JS = `
(function () {
  'use strict';
  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content;
  function typing(e) { var t = e.target; return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(t.tagName) && t.type !== 'checkbox'); }
  function post(url, fields) {
    var body = new URLSearchParams(fields || {});
    return fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'x-csrf-token': csrf, 'accept': 'application/json' }, body: body })
      .then(function (r) { return r.json().then(function (j) { if (!r.ok) { var err = new Error(j.error ? j.error.message : 'failed'); err.code = j.error && j.error.code; throw err; } return j; }); });
  }
  function say(msg, error) {
    var p = document.querySelector('p.notice') || document.createElement('p');
    p.className = 'notice ' + (error ? 'error' : 'ok'); p.setAttribute('role', error ? 'alert' : 'status'); p.textContent = msg;
    var main = document.getElementById('main'); if (!p.parentNode) main.insertBefore(p, main.firstChild);
  }
  var DONE = { approve: 'approved and published', reject: 'rejected' };
  var rows = Array.prototype.slice.call(document.querySelectorAll('.queue .q-item'));
  var cur = -1;
  function select(i) {
    if (!rows.length) return;
    cur = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach(function (r, j) { r.classList.toggle('current', j === cur); });
    rows[cur].querySelector('a.row-link').focus();
  }
  function currentId() { return cur >= 0 && rows[cur] ? rows[cur].getAttribute('data-item-id') : null; }
  function refreshCounts() {
    var q = new URLSearchParams(location.search); q.delete('after'); q.delete('done'); q.delete('status');
    return fetch('/editor/counts?' + q.toString(), { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (j) {
        if (!j) return;
        Array.prototype.forEach.call(document.querySelectorAll('[data-count]'), function (el) { el.textContent = String(j.counts[el.getAttribute('data-count')] || 0); });
      }, function () {});
  }
  function removeCurrent() {
    var row = rows[cur]; row.parentNode.removeChild(row); rows.splice(cur, 1);
    if (rows.length) select(cur);
    else { var list = document.querySelector('.queue'); var p = document.createElement('p'); p.className = 'empty'; p.textContent = 'Nothing left on this page.'; list.parentNode.replaceChild(p, list); }
  }
  function act(id, action, fields) {
    post('/editor/items/' + id + '/' + action, fields).then(function () {
      say('Item ' + id + ': ' + (DONE[action] || action + ' done') + '.');
      removeCurrent(); refreshCounts();
    }, function (err) { say(err.message, true); });
  }
  function approveCurrent() {
    var row = rows[cur];
    if (row.getAttribute('data-warnings')) { say('Item ' + currentId() + ' has warnings (' + Array.prototype.map.call(row.querySelectorAll('.badge.level-warn'), function (b) { return b.textContent; }).join(', ') + '): open it with Enter to approve over them.', true); return; }
    act(currentId(), 'approve');
  }
  function openReject() {
    var row = rows[cur], id = currentId(), form = row.querySelector('form.inline-reject');
    if (!form) {
      form = document.createElement('form'); form.className = 'inline-reject';
      var label = document.createElement('label'); label.textContent = 'Reason for rejecting'; label.htmlFor = 'reject-' + id;
      var input = document.createElement('input'); input.id = 'reject-' + id; input.name = 'reason'; input.required = true; input.setAttribute('list', 'reject-reasons');
      var ok = document.createElement('button'); ok.type = 'submit'; ok.textContent = 'Reject';
      var cancel = document.createElement('button'); cancel.type = 'button'; cancel.textContent = 'Cancel';
      form.appendChild(label); form.appendChild(input); form.appendChild(ok); form.appendChild(cancel);
      row.querySelector('.q-body').appendChild(form);
      function close() { form.parentNode.removeChild(form); select(rows.indexOf(row)); }
      cancel.addEventListener('click', close);
      input.addEventListener('keydown', function (e) { if (e.key === 'Escape') { e.preventDefault(); close(); } });
      form.addEventListener('submit', function (e) {
        e.preventDefault(); cur = rows.indexOf(row);
        if (input.value.trim()) act(id, 'reject', { reason: input.value.trim() });
      });
    }
    form.querySelector('input').focus();
  }
  var all = document.getElementById('select-all');
  if (all) all.addEventListener('change', function () { Array.prototype.forEach.call(document.querySelectorAll('.q-select'), function (c) { c.checked = all.checked; }); });
  if (rows.length || document.querySelector('[data-count]')) setInterval(refreshCounts, 30000);
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e)) return;
    var k = e.key;
    if (rows.length) {
      if (k === 'j') select(cur + 1);
      else if (k === 'k') select(cur - 1);
      else if (k === 'x' && cur >= 0) { var c = rows[cur].querySelector('input[type=checkbox]'); if (c) c.checked = !c.checked; }
      else if (k === 'a' && currentId()) approveCurrent();
      else if (k === 'r' && currentId()) openReject();
      else if (k === 'e' && currentId()) location.href = '/editor/items/' + currentId() + '#edit-form';
      else return;
      e.preventDefault(); return;
    }
    var link, confirm = document.getElementById('confirm-warnings'), approve = document.getElementById('approve-form');
    if (k === 'j' && (link = document.querySelector('a[rel=next]'))) location.href = link.href;
    else if (k === 'k' && (link = document.querySelector('a[rel=prev]'))) location.href = link.href;
    else if (k === 'a' && confirm && !confirm.checked) { confirm.focus(); say('This item has warnings: tick “Approve over these warnings” first.', true); }
    else if (k === 'a' && approve) approve.requestSubmit();
    else if (k === 'r' && document.getElementById('reject-reason')) document.getElementById('reject-reason').focus();
    else if (k === 'e' && document.getElementById('edit-title')) document.getElementById('edit-title').focus();
    else return;
    e.preventDefault();
  });
  if (location.hash === '#edit-form' && document.getElementById('edit-title')) document.getElementById('edit-title').focus();
})();
`;
