/** The first-start page: create the first operator account from the one-time link. Pure. */
import { html } from '../editor/html';
import { renderConsolePage } from './console-layout';

/** The form (with the link's token carried along), or only the refusal when `token` is null. */
export function renderSetupPage(o: { token: string | null; username?: string; error?: string | null }): string {
  const form = o.token
    ? html`<form method="post" action="/editor/setup" class="c-setup-form">
        <input type="hidden" name="token" value="${o.token}">
        <label for="username">Operator username</label>
        <input id="username" name="username" autocomplete="username" required autofocus value="${o.username ?? ''}" pattern="[a-z0-9._\\-]{2,64}" aria-describedby="username-help">
        <p id="username-help" class="c-help">2–64 lowercase letters, digits, “.”, “-” or “_”.</p>
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="new-password" minlength="10" required aria-describedby="password-help">
        <p id="password-help" class="c-help">At least 10 characters.</p>
        <label for="password2">Password again</label>
        <input id="password2" name="password2" type="password" autocomplete="new-password" minlength="10" required>
        <button type="submit" class="c-btn primary">Create operator and open the console</button>
      </form>`
    : '';
  const body = html`<section class="c-setup">
    <h1>Set up wireroom</h1>
    <p>No account exists yet. Create the first <strong>operator</strong>: operators see feed health, queues and failures, pause and resume feeds, manage accounts, and review copy on the desk.</p>
    ${form}
    <p class="c-help">This link works once, from this machine only, for an hour after start.</p>
  </section>`;
  return renderConsolePage({ title: 'Set up', user: null, body, notice: o.error ?? null, noticeKind: 'error' });
}
