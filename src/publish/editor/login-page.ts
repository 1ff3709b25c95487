/** The login form. Pure. */
import { html } from './html';
import { renderPage } from './layout';

/** The login page, with an optional refusal message and the page to return to. */
export function renderLoginPage(o: { next: string; username?: string; error?: string | null }): string {
  const body = html`<h1>Log in</h1>
    <form method="post" action="/editor/login" class="login">
      <input type="hidden" name="next" value="${o.next}">
      <label for="username">Username</label><input id="username" name="username" autocomplete="username" required autofocus value="${o.username ?? ''}">
      <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
      <button type="submit" class="primary">Log in</button>
    </form>`;
  return renderPage({ title: 'Log in', user: null, body, notice: o.error ?? null, noticeKind: 'error' });
}
