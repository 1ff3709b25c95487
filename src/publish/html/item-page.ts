/**
 * The public HTML page of one item: a visible credit block (credit line, authors, link to the
 * original) and, where the source's rights are not `full`, rel="canonical" to the original so
 * search engines credit the source, not the copy. Pure.
 */
import type { PresentedItem } from '../present-item';
import { escapeHtml } from '../../core/html';
import { creditBlockHtml } from '../feeds/feed-entry';

/** Renders the item page. */
export function renderItemPage(p: PresentedItem): string {
  const canonical = p.rights === 'full' ? '' : `\n<link rel="canonical" href="${escapeHtml(p.url)}">`;
  const body = p.content_html ?? (p.summary ? `<p>${escapeHtml(p.summary)}</p>` : '');
  return `<!doctype html>
<html lang="${escapeHtml(p.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(p.title)}</title>${canonical}
</head>
<body>
<article>
<h1>${escapeHtml(p.title)}</h1>
<aside class="wireroom-credit-block">${creditBlockHtml(p)}</aside>
${body}
</article>
</body>
</html>
`;
}
