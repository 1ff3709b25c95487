/**
 * The item page's decision column: the checks beside Approve (banners), the lead image with its
 * credit, and the actions that fit the item's status. Approving over warnings needs the
 * confirmation box, whose token the server checks and the audit records. Pure.
 */
import { versionFields } from './desk-panels';
import { confirmationToken, leadImageOf, type ApprovalCheck } from '../../policy/approval-checks';
import { transitionProblem, type EditorAction } from './edit-plan';
import { html, type Raw } from './html';
import type { EditorItem } from './item-queries';
import type { PageUser } from './layout';

const LEVEL_TEXT = { block: 'Cannot publish', warn: 'Warning', info: 'Note' } as const;

/** The banners, blocks and warnings first; a calm line when nothing needs attention. */
export function renderChecks(checks: readonly ApprovalCheck[]): Raw {
  const serious = checks.filter((c) => c.level !== 'info').length;
  return html`<section class="checks" aria-labelledby="checks-h"><h2 id="checks-h">Checks</h2>
    ${serious ? '' : html`<p class="check level-ok">No warnings: nothing stands in the way of approving.</p>`}
    <ul class="check-list">${checks.map((c) =>
      c.level === 'info'
        ? html`<li class="check level-info" data-check="${c.code}"><span class="sr-only">${LEVEL_TEXT.info}: </span>${c.message}${c.quote ? html` <q>${c.quote}</q>` : ''}</li>`
        : html`<li class="check level-${c.level}" data-check="${c.code}"><strong><span class="sr-only">${LEVEL_TEXT[c.level]}: </span>${c.badge}</strong>
        <span>${c.message}</span>${c.quote ? html`<q>${c.quote}</q>` : ''}</li>`,
    )}</ul></section>`;
}

/** The lead image the API publishes (full rights only), with its caption and credit. */
export function renderLeadImage(item: Pick<EditorItem, 'lead_image' | 'rights'>): Raw {
  const img = leadImageOf(item.lead_image);
  if (!img) return html``;
  return html`<figure class="lead-image"><img src="${img.url}" alt="${img.caption ?? 'Lead image'}" loading="lazy">
    <figcaption>${img.caption ? html`${img.caption} ` : ''}<span class="${img.credit ? 'photo-credit' : 'warn'}">${img.credit ?? 'No photo credit'}</span>
    ${item.rights === 'full' ? '' : html`<span class="muted"> · not published under rights ${item.rights}</span>`}</figcaption></figure>`;
}

function renderApprove(item: EditorItem, checks: readonly ApprovalCheck[], csrf: Raw): Raw {
  const blocked = checks.some((c) => c.level === 'block');
  const token = confirmationToken(checks);
  const label = item.status === 'queued' || item.status === 'held' ? 'Approve and publish' : 'Publish again';
  return html`<form method="post" action="/editor/items/${item.id}/approve" id="approve-form" class="approve">${csrf}
    ${token ? html`<label class="confirm"><input type="checkbox" name="confirm_warnings" value="${token}" id="confirm-warnings"> Approve over these warnings (recorded in the audit)</label>` : ''}
    <button type="submit" class="primary"${blocked ? html` disabled aria-describedby="checks-h"` : ''}>${label}</button></form>`;
}

/** The forms for the moves the item's status allows (policy/item-status), and nothing else. */
export function renderActions(item: EditorItem, checks: readonly ApprovalCheck[], user: PageUser): Raw {
  const csrf = html`<input type="hidden" name="_csrf" value="${user.csrfToken}">${versionFields(item)}`;
  const may = (a: EditorAction) => transitionProblem(a, item.status) === null;
  const none = !may('approve') && !may('reject') && !may('unpublish');
  return html`<section class="actions" aria-labelledby="actions-h"><h2 id="actions-h">Decision <span class="pill status-${item.status}">${item.status}</span></h2>
    ${may('approve') ? renderApprove(item, checks, csrf) : ''}
    ${
      may('reject')
        ? html`<form method="post" action="/editor/items/${item.id}/reject" id="reject-form" class="reject">${csrf}
      <label for="reject-reason">Reason for rejecting</label>
      <div class="inline"><input id="reject-reason" name="reason" required list="reject-reasons"><button type="submit">Reject</button></div></form>`
        : ''
    }
    ${
      may('unpublish')
        ? html`<form method="post" action="/editor/items/${item.id}/unpublish" class="reject">${csrf}
      <label for="unpublish-reason">Reason for unpublishing</label>
      <div class="inline"><input id="unpublish-reason" name="reason"><button type="submit" class="danger">Unpublish</button></div></form>`
        : ''
    }
    ${none ? html`<p class="muted">A ${item.status} item takes no review action; edits are still saved.</p>` : ''}
    <p class="muted"><a href="#edit-form">Edit headline, summary, body or credit</a> (<kbd>e</kbd>)</p></section>`;
}
