/** `wireroom extract <file|-> --url U`: the article and its attribution as JSON. */
import { UserError } from '../errors';
import { decodeBody } from '../text/charset';
import { explainExtraction } from '../workers/extract';
import type { NoArticleReason } from '../workers/extract';
import { readInput } from './read-input';

/** The reason codes of explainExtraction, for the one-line message. */
const NO_ARTICLE_TEXT: Record<NoArticleReason, string> = {
  'no-body': 'no-body: the markup has no body to read',
  'no-story':
    'no-story: the page has paragraphs of prose, but our rules, Readability and the jusText classifier found no story among them (comments, teasers)',
  'no-prose': 'no-prose: no story found, and not one block of running prose on the page (an index, a gallery, a form or an error page)',
  'too-short': 'too-short: the story found has fewer than 25 words (a teaser, an index or an error page)',
};

/** Prints the extraction; a page without an article exits 1 with a one-line reason. */
export async function extractCommand(file: string, opts: { url: string; contentType?: string }): Promise<void> {
  if (!/^https?:\/\//i.test(opts.url)) throw new UserError("--url must be the page's absolute http(s) URL (it resolves relative links)", 2);
  const bytes = await readInput(file);
  const { text } = decodeBody(bytes, { contentType: opts.contentType, kind: 'html' });
  const { article, reason } = explainExtraction(text, opts.url, { now: Date.now() });
  if (!article)
    throw new UserError(
      `${file === '-' ? 'stdin' : file}: EXTRACT_NO_ARTICLE: no article text found on the page (${reason ? NO_ARTICLE_TEXT[reason] : 'unknown'})`,
      1,
    );
  process.stdout.write(JSON.stringify(article, null, 2) + '\n');
}
