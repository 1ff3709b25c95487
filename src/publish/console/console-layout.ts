/** The page shell of the operator console and the setup page (own stylesheet and script, apart from the desk's). Pure. */
import { html, type Raw } from '../editor/html';
import type { PageUser } from '../editor/layout';

export interface ConsolePageOptions {
  title: string;
  user: PageUser | null;
  body: Raw;
  notice?: string | null;
  noticeKind?: 'ok' | 'error';
}

/** The whole HTML document of a console page. */
export function renderConsolePage(o: ConsolePageOptions): string {
  const nav = o.user
    ? html`<nav aria-label="Main"><ul>
        <li><a href="/editor/console" aria-current="page">Console</a></li>
        <li><a href="/editor">Review desk</a></li>
        <li><a href="/editor/feeds">Feeds</a></li>
      </ul>
      <form method="post" action="/editor/logout" class="c-logout">
        <input type="hidden" name="_csrf" value="${o.user.csrfToken}">
        <span class="c-who">${o.user.username} <span class="c-role">${o.user.role}</span></span> <button type="submit">Log out</button>
      </form></nav>`
    : '';
  const notice = o.notice
    ? html`<p class="c-notice ${o.noticeKind ?? 'ok'}" role="${o.noticeKind === 'error' ? 'alert' : 'status'}">${o.notice}</p>`
    : '';
  return (
    `<!doctype html>\n` +
    html`<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${o.user ? html`<meta name="csrf-token" content="${o.user.csrfToken}">` : ''}
<title>${o.title} · wireroom</title>
<link rel="stylesheet" href="/editor/static/console.css">
<script src="/editor/static/console.js" defer></script>
</head><body class="c-body">
<a class="c-skip" href="#main">Skip to content</a>
<header class="c-top"><span class="c-brand"><span class="c-mark" aria-hidden="true">▍</span>wireroom <span>operator console</span></span>${nav}</header>
<main id="main" tabindex="-1" class="c-main">${notice}${o.body}</main>
</body></html>`.value
  );
}
