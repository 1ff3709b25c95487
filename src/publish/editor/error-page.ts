/** The desk's refusal page: what went wrong, each problem on its own line, and the way back. Pure. */
import { html } from './html';
import { renderPage, type PageUser } from './layout';

export interface ErrorPageData {
  user: PageUser | null;
  status: number;
  title: string;
  problems: string[];
  back: { href: string; label: string };
  /** Links to the items a problem names (a bulk action's failures). */
  items?: { id: number; message: string }[];
}

/** The whole error page. */
export function renderErrorPage(d: ErrorPageData): string {
  const body = html`<section class="error-page" aria-labelledby="error-h"><h1 id="error-h">${d.title}</h1>
    <div class="check level-block" role="alert"><ul>${d.problems.map((p) => html`<li>${p}</li>`)}</ul></div>
    ${d.items?.length ? html`<ul class="failed-items">${d.items.map((i) => html`<li><a href="/editor/items/${i.id}">Item ${i.id}</a>: ${i.message}</li>`)}</ul>` : ''}
    <p><a class="button" href="${d.back.href}">${d.back.label}</a></p></section>`;
  return renderPage({ title: `${d.status} ${d.title}`, user: d.user, body, current: 'queue' });
}
