/**
 * Constructed pages of kinds the development corpora lack (see constructed-pages.ts): German, French,
 * Spanish and Chinese templates, blogs, a town's press release, a shop, briefs, text without <p>.
 * The story's sentences stay; the chrome lines leave.
 */
import { describeBodyPages } from './page-checks';
import { CONSTRUCTED_PAGES } from './constructed-pages';

describeBodyPages('constructed: %s', CONSTRUCTED_PAGES);
