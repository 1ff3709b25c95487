/**
 * The operator console's stylesheet and script, served from /editor/static/console.{css,js} (same
 * origin: the desk's Content-Security-Policy forbids inline script and style). Kept apart from the
 * desk's editor.css. Colours meet WCAG AA contrast (≥ 4.5:1) on their backgrounds.
 */

export const CONSOLE_CSS = `
:root { --c-ink:#16202b; --c-dim:#56626f; --c-bg:#f3f5f8; --c-card:#fff; --c-line:#dfe4ea; --c-top:#101826; --c-accent:#1f5fbf;
  --c-ok:#11703c; --c-ok-bg:#e3f4ea; --c-bad:#b0141f; --c-bad-bg:#fde8e9; --c-warn:#8a5300; --c-warn-bg:#fff1d6; --c-new:#3d4b5c; --c-new-bg:#e9edf2; }
* { box-sizing: border-box; }
body.c-body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--c-ink); background: var(--c-bg); }
.c-skip { position: absolute; left: -999px; } .c-skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .25rem .5rem; z-index: 2; }
.c-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
:focus-visible { outline: 3px solid #f0a30a; outline-offset: 2px; }
.c-top { display: flex; align-items: center; gap: 2rem; padding: 0 1.5rem; height: 52px; background: var(--c-top); color: #e8edf3; }
.c-brand { font-weight: 700; font-size: 15px; letter-spacing: .01em; white-space: nowrap; }
.c-brand span:not(.c-mark) { font-weight: 400; color: #a9b6c6; margin-left: .35rem; }
.c-mark { color: #4c9aff; margin-right: .15rem; }
.c-top nav { display: flex; flex: 1; align-items: center; justify-content: space-between; gap: 1rem; }
.c-top ul { display: flex; gap: .25rem; list-style: none; margin: 0; padding: 0; }
.c-top nav a { color: #c9d3df; text-decoration: none; padding: .4rem .7rem; border-radius: 6px; }
.c-top nav a:hover { background: #1d2838; color: #fff; }
.c-top nav a[aria-current] { background: #24344a; color: #fff; }
.c-logout { display: flex; align-items: center; gap: .6rem; margin: 0; color: #c9d3df; }
.c-role { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; background: #24344a; padding: .1rem .4rem; border-radius: 4px; }
.c-logout button { background: transparent; color: #e8edf3; border: 1px solid #3a4a60; border-radius: 6px; padding: .25rem .7rem; font: inherit; cursor: pointer; }
.c-main { max-width: 1480px; margin: 0 auto; padding: 1.25rem 1.5rem 3rem; }
.c-head { display: flex; align-items: baseline; gap: 1rem; flex-wrap: wrap; margin-bottom: .75rem; }
.c-head h1 { font-size: 22px; margin: 0; }
h2 { font-size: 15px; margin: 0 0 .75rem; }
h3 { font-size: 14px; margin: 0 0 .5rem; width: 100%; }
.c-dim { color: var(--c-dim); }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.c-notice { margin: 0 0 1rem; padding: .6rem .9rem; border-radius: 8px; border: 1px solid #b8dfc6; background: var(--c-ok-bg); color: #0b4a28; }
.c-notice.error { border-color: #f2b8bc; background: var(--c-bad-bg); color: #7d0d15; }
.c-status { display: grid; grid-template-columns: 1fr auto; gap: .25rem 1rem; align-items: start; padding: .9rem 1.1rem; border-radius: 10px; margin-bottom: 1rem; border: 1px solid; }
.c-status h2 { margin: 0; font-size: 16px; display: flex; align-items: center; gap: .5rem; }
.c-status ul, .c-status p { margin: 0; grid-column: 1; } .c-status ul { padding-left: 1.5rem; }
.c-status .c-updated { grid-column: 2; grid-row: 1; color: var(--c-dim); font-size: 12px; }
.c-status.ok { background: var(--c-ok-bg); border-color: #b8dfc6; } .c-status.degraded { background: var(--c-warn-bg); border-color: #efd196; }
.c-status.down { background: var(--c-bad-bg); border-color: #f2b8bc; }
.c-dot { width: 10px; height: 10px; border-radius: 50%; background: var(--c-ok); display: inline-block; }
.degraded .c-dot { background: #d48806; } .down .c-dot { background: var(--c-bad); }
.c-tiles { display: grid; grid-template-columns: repeat(6, minmax(0, 1fr)); gap: .75rem; margin-bottom: 1rem; }
.c-tile { background: var(--c-card); border: 1px solid var(--c-line); border-radius: 10px; padding: .7rem .9rem; border-top: 3px solid #9fb0c4; }
.c-tile.good { border-top-color: var(--c-ok); } .c-tile.bad { border-top-color: var(--c-bad); } .c-tile.warn { border-top-color: #d48806; }
.c-tile-label { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--c-dim); }
.c-tile-value { font-size: 26px; font-weight: 650; font-variant-numeric: tabular-nums; }
.c-tile.bad .c-tile-value { color: var(--c-bad); }
.c-tile-detail { font-size: 12px; color: var(--c-dim); }
.c-card { background: var(--c-card); border: 1px solid var(--c-line); border-radius: 10px; padding: 1rem 1.1rem; margin-bottom: 1rem; overflow-x: auto; }
.c-grid { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: 1rem; }
.c-table { border-collapse: collapse; width: 100%; }
.c-table th, .c-table td { text-align: left; vertical-align: top; padding: .5rem .6rem; border-bottom: 1px solid var(--c-line); }
.c-table thead th { font-size: 12px; font-weight: 600; color: var(--c-dim); text-transform: uppercase; letter-spacing: .04em; background: #f8fafc; }
.c-table tbody tr:hover { background: #f8fafc; }
.c-table .c-num { text-align: right; font-variant-numeric: tabular-nums; }
.c-feeds tr.c-row-failing { background: #fff8f8; }
.c-feed { color: var(--c-dim); font-size: 12.5px; margin-top: .1rem; }
.c-error { max-width: 34rem; }
.c-source { min-width: 19rem; }
.c-feeds .c-actions { flex-wrap: nowrap; }
.c-code { color: var(--c-bad); font-weight: 600; }
.c-msg { color: var(--c-dim); font-size: 12.5px; margin-top: .2rem; }
.c-fix { margin-top: .3rem; font-size: 12.5px; padding: .3rem .5rem; background: #f1f6fe; border-left: 3px solid var(--c-accent); border-radius: 0 4px 4px 0; }
.c-fix span { font-weight: 600; color: var(--c-accent); }
.c-pill { display: inline-block; font-size: 11.5px; font-weight: 600; padding: .1rem .5rem; border-radius: 999px; text-transform: uppercase; letter-spacing: .04em; white-space: nowrap; }
.c-pill.ok { background: var(--c-ok-bg); color: var(--c-ok); } .c-pill.failing { background: var(--c-bad-bg); color: var(--c-bad); }
.c-pill.paused { background: var(--c-warn-bg); color: var(--c-warn); } .c-pill.new { background: var(--c-new-bg); color: var(--c-new); }
.c-actions { display: flex; flex-wrap: wrap; gap: .35rem; align-items: flex-start; }
.c-actions form { margin: 0; }
.c-btn { font: inherit; font-size: 13px; padding: .3rem .75rem; border-radius: 6px; border: 1px solid #b9c4d0; background: #fff; color: var(--c-ink); cursor: pointer; white-space: nowrap; }
.c-btn:hover { border-color: var(--c-accent); color: var(--c-accent); }
.c-btn.primary { background: var(--c-accent); border-color: var(--c-accent); color: #fff; }
.c-btn.danger { color: var(--c-bad); border-color: #e3a5aa; }
.c-failures { list-style: none; margin: 0; padding: 0; }
.c-failures li { padding: .45rem 0; border-bottom: 1px solid var(--c-line); }
.c-kind { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--c-dim); border: 1px solid var(--c-line); border-radius: 4px; padding: 0 .3rem; }
.c-reset summary { cursor: pointer; color: var(--c-accent); font-size: 13px; padding: .3rem 0; }
.c-reset form { display: flex; gap: .4rem; align-items: end; margin-top: .3rem; }
.c-add { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; margin-top: 1rem; padding-top: 1rem; border-top: 1px solid var(--c-line); }
label { display: flex; flex-direction: column; gap: .2rem; font-size: 12.5px; font-weight: 600; color: var(--c-dim); }
input, select { font: inherit; font-size: 14px; font-weight: 400; color: var(--c-ink); padding: .35rem .5rem; border: 1px solid #aab5c2; border-radius: 6px; background: #fff; }
.c-setup { max-width: 30rem; margin: 3rem auto; background: var(--c-card); border: 1px solid var(--c-line); border-radius: 12px; padding: 1.75rem 2rem; }
.c-setup h1 { margin-top: 0; font-size: 22px; }
.c-setup-form { display: grid; gap: .35rem; margin: 1.25rem 0; }
.c-setup-form label { font-size: 13px; color: var(--c-ink); }
.c-setup-form button { margin-top: .75rem; padding: .55rem 1rem; font-size: 14px; }
.c-help { margin: 0 0 .35rem; font-size: 12.5px; color: var(--c-dim); }
@media (max-width: 1100px) { .c-tiles { grid-template-columns: repeat(3, minmax(0, 1fr)); } .c-grid { grid-template-columns: 1fr; } }
`;

/** Reloads the live part every few seconds, except while a control in it has the focus. */
export const CONSOLE_JS = `
(function () {
  'use strict';
  var live = document.getElementById('live');
  if (!live || !window.fetch) return;
  var every = (Number(live.getAttribute('data-refresh-s')) || 5) * 1000;
  function refresh() {
    if (document.hidden || live.contains(document.activeElement)) return setTimeout(refresh, every);
    fetch(live.getAttribute('data-live'), { credentials: 'same-origin', headers: { accept: 'text/html' } })
      .then(function (r) { return r.ok && r.headers.get('x-console-live') === '1' ? r.text() : null; })
      .then(function (text) { if (text !== null && !live.contains(document.activeElement)) live.innerHTML = text; })
      .catch(function () {})
      .then(function () { setTimeout(refresh, every); });
  }
  setTimeout(refresh, every);
})();
`;
