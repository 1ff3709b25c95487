/**
 * One queue card: thumbnail, source and its time with the age, headline, byline, word count, an
 * excerpt, and badges for the checks beside Approve (policy/approval-checks). Pure.
 */
import { checkApproval, confirmationToken, leadImageOf, type ApprovalCheck } from '../../policy/approval-checks';
import { approvalFactsOf } from './approval-facts';
import { formatTime, html, type Raw } from './html';
import { formatAge, queueExcerpt } from './item-text';
import { QUEUE_TEXT_CHARS, type QueueFilters, type QueueRow } from './queue-queries';

/**
 * Reasons the card does not repeat: every item of a `review: required` source carries the first,
 * and the "Do not republish" badge already says the second (policy/review's decideInitialStatus).
 */
const SAID_ELSEWHERE = new Set(['review: required', 'the page forbids republication; check the licence']);

/** Badges for the checks that need an editor's eye (blocks and warnings), and for rights short of full. */
export function renderBadges(checks: readonly ApprovalCheck[]): Raw {
  const shown = checks.filter((c) => c.level !== 'info' || (c.code === 'rights' && !/^Rights full/.test(c.message)));
  if (!shown.length) return html``;
  return html`<ul class="badges" aria-label="Checks">${shown.map(
    (c) => html`<li class="badge level-${c.level}" title="${c.message}">${c.badge}</li>`,
  )}</ul>`;
}

function renderThumb(r: QueueRow): Raw {
  const img = leadImageOf(r.lead_image);
  return img
    ? html`<img class="q-thumb" src="${img.url}" alt="" loading="lazy" width="112" height="76">`
    : html`<span class="q-thumb none" aria-hidden="true">No photo</span>`;
}

/** The card of one queue row; `href` builds a link to the queue under other filters. */
export function renderQueueCard(r: QueueRow, now: Date, href: (f: QueueFilters) => string, editable = true): Raw {
  const checks = checkApproval(approvalFactsOf(r));
  const at = r.published_at ?? r.created_at;
  const excerpt = queueExcerpt(r.summary, r.text_start, (r.text_start?.length ?? 0) >= QUEUE_TEXT_CHARS);
  const reason = r.status_reason && !SAID_ELSEWHERE.has(r.status_reason) ? r.status_reason : null;
  return html`<li class="q-item" data-item-id="${r.id}" data-warnings="${confirmationToken(checks)}">
    ${editable ? html`<input class="q-select" type="checkbox" name="ids" value="${r.id}" form="bulk" aria-label="Select “${r.title}”">` : ''}
    ${renderThumb(r)}
    <div class="q-body">
      <p class="q-top"><span class="q-source">${r.source_name}</span>
        <time datetime="${new Date(at).toISOString()}" title="${r.published_at ? 'published at the source' : 'imported'} ${formatTime(at)}">${formatTime(at).slice(11)}</time>
        <span class="q-age">${formatAge(at, now)}</span>
        ${r.version > 1 ? html`<span class="pill update">update v${r.version}</span>` : ''}</p>
      <h2 class="q-title"><a class="row-link" href="/editor/items/${r.id}">${r.title}</a></h2>
      <p class="q-facts">${r.byline ? html`<span>By ${r.byline}</span>` : html`<span class="muted">No byline</span>`}<span>${r.word_count.toLocaleString('en')} words</span>${
        r.cluster_id ? html`<a href="${href({ status: r.status, cluster: r.cluster_id })}">cluster #${r.cluster_id}</a>` : ''
      }</p>
      ${excerpt ? html`<p class="q-excerpt">${excerpt}</p>` : ''}
      ${reason ? html`<p class="reason">${reason}</p>` : ''}${renderBadges(checks)}
    </div>
  </li>`;
}
