/**
 * Article extraction: a page's HTML in, the story with its attribution out (or null). Pure: no
 * network, database, environment, clock or logging — the worker shell does those.
 */
import { DomElement, DomNode, rawText } from './dom';
import { parsePage, selectAll } from './parse';
import { collectFacts } from './collect';
import { readJsonLd } from './jsonld';
import { readMetadata } from './metadata';
import { findContent } from './content';
import { Segment, blockSegments, countWords, makeExcerpt } from './text';
import { findRights } from './rights';
import { findAttribution } from './attribution';
import { findLeadImage } from './image';
import { serializeStory } from './serialize';
import { DEFAULT_IFRAME_HOSTS } from './sanitize';
import { ExtractOptions, ExtractedArticle } from './types';

export type { ExtractOptions, ExtractedArticle, ExtractHints, LeadImage, OriginalSource } from './types';
export { sanitizeHtml, DEFAULT_IFRAME_HOSTS } from './sanitize';
export type { SanitizeOptions } from './sanitize';

/** Words any rights notice contains; footers without them are not segmented. */
const RIGHTS_HINT = /rights|copyright|©|\(c\)|redistribut|reproduc|permission/i;
/** Fewer words than this is a teaser, an index or an error page: no article. */
const MIN_ARTICLE_WORDS = 25;

/** Extracts the article of `html` fetched from `url`; null when the page holds no article. */
export function extractArticle(html: string, url: string, options: ExtractOptions = {}): ExtractedArticle | null {
  const page = parsePage(html);
  if (!page.body) return null;
  const forced = selectAll(page.$, options.body);
  const removed = (options.remove ?? []).flatMap((sel) => selectAll(page.$, sel));
  const content = findContent(page.body, forced, removed);
  if (!content) return null;
  const facts = collectFacts(page.root);
  const ld = readJsonLd(facts.jsonLd);
  const meta = readMetadata(facts, ld, url, options.hints, options.now);
  const story = content.roots.flatMap((r) => blockSegments(r, content.skip));
  const footers = facts.footers.filter(mayHoldRights).flatMap((f) => blockSegments(f)).map((s) => s.text);
  const rights = findRights(story, footers);
  const base = meta.canonical_url ?? url;
  const attribution = findAttribution({ links: facts.links, ld, byline: meta.byline_raw, story, siteName: meta.site_name ?? hostLabel(base), pageUrl: base, feedSource: options.hints?.source });
  const dropped = new Set<Segment>([...(rights?.segments ?? []), ...attribution.creditSegments]);
  const kept = story.filter((s) => !dropped.has(s));
  const text = kept.map((s) => s.text).join('\n\n');
  const wordCount = countWords(text);
  if (wordCount < MIN_ARTICLE_WORDS) return null;
  skipSegments(dropped, content.skip);
  return {
    title: meta.title,
    byline: meta.byline,
    authors: meta.authors,
    published_at: meta.published_at,
    modified_at: meta.modified_at,
    canonical_url: meta.canonical_url,
    site_name: meta.site_name,
    lang: meta.lang,
    original_source: attribution.source,
    text,
    content_html: serializeStory(content.roots, content.skip, base, options.iframeHosts ?? DEFAULT_IFRAME_HOSTS),
    excerpt: makeExcerpt(text),
    word_count: wordCount,
    lead_image: findLeadImage(meta.image, content.roots, base),
    rights_notice: rights?.notice ?? null,
    categories: meta.categories,
    attribution_evidence: attribution.evidence,
  };
}

/** Leaves dropped paragraphs (rights, credit lines) out of the HTML too, when they are whole elements. */
function skipSegments(dropped: Set<Segment>, skip: Set<DomNode>): void {
  for (const seg of dropped) if (seg.node.parent && blockSegments(seg.node, skip).length === 1) skip.add(seg.node);
}

/** A cheap look before segmenting a footer: does it mention rights at all? */
function mayHoldRights(el: DomElement): boolean {
  return RIGHTS_HINT.test(rawText(el));
}

/** "www.247citynews.com" → "247citynews.com": compared with credit names when no site name is given. */
function hostLabel(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
