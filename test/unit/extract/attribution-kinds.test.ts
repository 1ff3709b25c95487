/**
 * Attribution on constructed pages of kinds the development corpora lack (see attribution-pages.ts): German,
 * Austrian, Swiss, French, Spanish, Chinese and English news, public bodies, blogs, a shop. Each page's headline,
 * byline (a person, or nothing), publication day and, where the page prints them, update day and original outlet.
 */
import { describeAttributionPages } from './page-checks';
import { ATTRIBUTION_PAGES } from './attribution-pages';

/** Fetched the evening after the stories were published: a delivery date days ahead is in the future. */
const NOW = '2022-05-04T20:00:00Z';

describeAttributionPages('constructed: %s', ATTRIBUTION_PAGES, NOW);
