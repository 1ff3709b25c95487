/**
 * The desk's only stylesheet and script, served from /editor/static/ (same origin, so the
 * Content-Security-Policy can forbid inline script). Colours meet WCAG AA contrast (≥ 4.5:1).
 */

export const EDITOR_CSS = `
:root { --fg:#1a1a1a; --muted:#555; --bg:#fff; --line:#c8c8c8; --accent:#0b4f9c; --focus:#d4351c; --ok:#0a5d2a; --err:#a4000f; }
* { box-sizing: border-box; }
body { font: 16px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 0; }
header { display: flex; align-items: center; gap: 1.5rem; padding: .5rem 1rem; border-bottom: 1px solid var(--line); flex-wrap: wrap; }
header nav { display: flex; flex: 1; justify-content: space-between; align-items: center; gap: 1rem; }
header ul { list-style: none; display: flex; gap: 1rem; margin: 0; padding: 0; }
.brand { font-weight: 700; }
main { padding: 1rem; max-width: 1400px; }
a { color: var(--accent); }
a[aria-current] { font-weight: 700; text-decoration-thickness: 3px; }
:focus-visible, tr.current a.row-link { outline: 3px solid var(--focus); outline-offset: 2px; }
tr.current { background: #fff4d6; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .25rem .5rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.muted, .reason { color: var(--muted); font-size: .9em; }
.notice { padding: .5rem .75rem; border-left: 4px solid var(--ok); background: #eef7f0; }
.notice.error { border-color: var(--err); background: #fbeaea; }
.warn { color: var(--err); font-weight: 600; }
.counts { list-style: none; display: flex; flex-wrap: wrap; gap: .75rem; padding: 0; }
.filters, .bulk { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; margin: .75rem 0; }
label { font-weight: 600; }
input, select, textarea, button { font: inherit; color: inherit; }
input, select, textarea { border: 1px solid #767676; padding: .25rem .4rem; background: #fff; }
button { border: 1px solid var(--accent); background: #fff; color: var(--accent); padding: .3rem .8rem; cursor: pointer; border-radius: 3px; }
button.primary { background: var(--accent); color: #fff; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.pane { border: 1px solid var(--line); padding: .75rem 1rem; overflow-wrap: anywhere; max-height: 70vh; overflow: auto; }
.pane img { max-width: 100%; height: auto; }
.preview { background: #fafafa; }
.credit { font-style: italic; }
.actions form { margin: .5rem 0; }
.edit { display: grid; gap: .3rem; max-width: 60rem; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; }
ins { background: #d7f5dd; text-decoration: underline; } del { background: #fbdada; }
.lock form.inline, .pending form { display: inline-block; margin: .25rem .5rem .25rem 0; } .conflict, .pending { border-left: 4px solid var(--err); padding: .25rem .75rem; overflow-wrap: anywhere; } pre { white-space: pre-wrap; overflow-wrap: anywhere; }
.login { display: grid; gap: .4rem; max-width: 22rem; }
.row-actions { display: flex; gap: .4rem; }
.health.failing { color: var(--err); font-weight: 600; } .health.paused { color: var(--muted); font-weight: 600; }
code { font-size: .85em; overflow-wrap: anywhere; }
@media (max-width: 900px) { .columns { grid-template-columns: 1fr; } }
`;

export const EDITOR_JS = `
(function () {
  'use strict';
  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content;
  function typing(e) { var t = e.target; return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(t.tagName) && t.type !== 'checkbox'); }
  function post(url, fields) {
    var body = new URLSearchParams(fields || {});
    return fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'x-csrf-token': csrf, 'accept': 'application/json' }, body: body })
      .then(function (r) { return r.json().then(function (j) { if (!r.ok) throw new Error(j.error ? j.error.message : 'failed'); return j; }); });
  }
  function say(msg, error) {
    var p = document.querySelector('p.notice') || document.createElement('p');
    p.className = 'notice ' + (error ? 'error' : 'ok'); p.setAttribute('role', error ? 'alert' : 'status'); p.textContent = msg;
    var main = document.getElementById('main'); if (!p.parentNode) main.insertBefore(p, main.firstChild);
  }
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.queue tbody tr'));
  var cur = -1;
  function select(i) {
    if (!rows.length) return;
    cur = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach(function (r, j) { r.classList.toggle('current', j === cur); });
    rows[cur].querySelector('a.row-link').focus();
  }
  function currentId() { return cur >= 0 ? rows[cur].getAttribute('data-item-id') : null; }
  function act(id, action, fields) {
    post('/editor/items/' + id + '/' + action, fields).then(function () {
      say('Item ' + id + ': ' + action + ' done');
      var row = rows[cur]; row.parentNode.removeChild(row); rows.splice(cur, 1); select(cur);
    }, function (err) { say(err.message, true); });
  }
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e)) return;
    var k = e.key;
    if (rows.length) {
      if (k === 'j') select(cur + 1);
      else if (k === 'k') select(cur - 1);
      else if (k === 'x' && cur >= 0) { var c = rows[cur].querySelector('input[type=checkbox]'); c.checked = !c.checked; }
      else if (k === 'a' && currentId()) act(currentId(), 'approve');
      else if (k === 'r' && currentId()) { var why = window.prompt('Reason for rejecting'); if (why) act(currentId(), 'reject', { reason: why }); }
      else if (k === 'e' && currentId()) location.href = '/editor/items/' + currentId() + '#edit-form';
      else return;
      e.preventDefault(); return;
    }
    var link;
    if (k === 'j' && (link = document.querySelector('a[rel=next]'))) location.href = link.href;
    else if (k === 'k' && (link = document.querySelector('a[rel=prev]'))) location.href = link.href;
    else if (k === 'a' && document.getElementById('approve-form')) document.getElementById('approve-form').requestSubmit();
    else if (k === 'r' && document.getElementById('reject-reason')) document.getElementById('reject-reason').focus();
    else if (k === 'e' && document.getElementById('edit-title')) document.getElementById('edit-title').focus();
    else return;
    e.preventDefault();
  });
  if (location.hash === '#edit-form' && document.getElementById('edit-title')) document.getElementById('edit-title').focus();
})();
`;
