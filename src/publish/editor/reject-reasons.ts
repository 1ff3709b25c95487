/** The reasons editors give most, offered as suggestions wherever a reject reason is typed. Pure. */
import { html, type Raw } from './html';

/** Common reasons; any other text is fine too. */
export const REJECT_REASONS = [
  'Duplicate of a story we carry',
  'Rights do not allow republication',
  'Off-topic for the portal',
  'Extraction incomplete or garbled',
  'Opinion or advertorial',
] as const;

/** The shared `<datalist id="reject-reasons">`. */
export function renderRejectReasons(): Raw {
  return html`<datalist id="reject-reasons">${REJECT_REASONS.map((r) => html`<option value="${r}"></option>`)}</datalist>`;
}
