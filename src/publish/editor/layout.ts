/** The page shell every editor page shares: header, navigation, skip link, flash message. Pure. */
import { mayEdit } from '../../auth/users';
import { html, type Raw } from './html';

export interface PageUser {
  username: string;
  role: string;
  csrfToken: string;
}

export interface PageOptions {
  title: string;
  user: PageUser | null;
  body: Raw;
  /** One line shown above the content (a confirmation or a refusal). */
  notice?: string | null;
  noticeKind?: 'ok' | 'error';
  current?: 'queue' | 'feeds' | 'activity';
}

/** The whole HTML document. */
export function renderPage(o: PageOptions): string {
  const nav = o.user
    ? html`<nav aria-label="Main"><ul>
        <li><a href="/editor"${o.current === 'queue' ? html` aria-current="page"` : ''}>Review queue</a></li>
        <li><a href="/editor/activity"${o.current === 'activity' ? html` aria-current="page"` : ''}>Activity</a></li>
        ${o.user.role === 'operator' ? html`<li><a href="/editor/feeds"${o.current === 'feeds' ? html` aria-current="page"` : ''}>Feeds</a></li>` : ''}
      </ul>
      <form method="post" action="/editor/logout" class="logout">
        <input type="hidden" name="_csrf" value="${o.user.csrfToken}">
        <span>${o.user.username} (${o.user.role})</span> <button type="submit">Log out</button>
      </form></nav>`
    : '';
  const notice = html`${
    o.notice ? html`<p class="notice ${o.noticeKind ?? 'ok'}" role="${o.noticeKind === 'error' ? 'alert' : 'status'}">${o.notice}</p>` : ''
  }${o.user && !mayEdit(o.user) ? html`<p class="muted read-only">Read-only: the ${o.user.role} role can read the desk but not change it.</p>` : ''}`;
  return (
    `<!doctype html>\n` +
    html`<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${o.user ? html`<meta name="csrf-token" content="${o.user.csrfToken}">` : ''}
<title>${o.title} · wireroom desk</title>
<link rel="stylesheet" href="/editor/static/editor.css">
<script src="/editor/static/editor.js" defer></script>
</head><body>
<a class="skip" href="#main">Skip to content</a>
<header><span class="brand">wireroom desk</span>${nav}</header>
<main id="main" tabindex="-1">${notice}${o.body}</main>
</body></html>`.value
  );
}
