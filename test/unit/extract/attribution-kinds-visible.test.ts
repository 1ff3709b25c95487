/**
 * Attribution on constructed pages without structured data (see attribution-pages-visible.ts): the visible byline alone
 * must name the story's author, or nobody, when a photographer, an editor, a reviewer, a translator, a host, a teaser's
 * author, a reader or a sponsor is printed near the story; and must read authors printed in less common ways.
 */
import { describeAttributionPages } from './page-checks';
import { VISIBLE_ATTRIBUTION_PAGES } from './attribution-pages-visible';

/** Fetched the evening after the stories were published. */
const NOW = '2026-12-05T20:00:00Z';

describeAttributionPages('visible byline: %s', VISIBLE_ATTRIBUTION_PAGES, NOW);
