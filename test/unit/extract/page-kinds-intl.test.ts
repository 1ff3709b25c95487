/**
 * Constructed pages in the languages the development corpora lack (see constructed-pages-intl.ts): Italian, Dutch,
 * Portuguese, Polish, Russian, Swedish, Norwegian, Japanese and Turkish news. The story's sentences stay; the chrome
 * lines (read-also links, related lists, share lines, comments, newsletter offers in the page's language) leave.
 */
import { describeBodyPages } from './page-checks';
import { INTL_CONSTRUCTED_PAGES } from './constructed-pages-intl';

describeBodyPages('constructed: %s', INTL_CONSTRUCTED_PAGES);
