/**
 * Attribution on constructed pages in the languages the development corpora lack (see attribution-pages-intl.ts):
 * Italian, Dutch, Portuguese, Polish, Russian, Swedish, Norwegian, Japanese and Turkish news. Each page's headline,
 * byline (a person, or nothing: a desk such as "Redazione", "Redactie", "Redação", "Redakcja" or "Редакция" is none),
 * publication day and, where the page prints one, update day.
 */
import { describeAttributionPages } from './page-checks';
import { INTL_ATTRIBUTION_PAGES } from './attribution-pages-intl';

/** Fetched the evening after the stories were updated. */
const NOW = '2026-12-06T20:00:00Z';

describeAttributionPages('constructed: %s', INTL_ATTRIBUTION_PAGES, NOW);
