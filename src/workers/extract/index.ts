/**
 * Article extraction: a page's HTML in, the story with its attribution out (or null). Pure: no
 * network, database, environment, clock or logging — the worker shell does those.
 */
import { DomElement, DomNode, HEADING_TAGS, boundedText, closest, isElement, isInside, rawText } from './dom';
import { ParsedPage, parsePage, selectAll } from './parse';
import { PageFacts, collectFacts } from './collect';
import { PageRefs, readJsonLd } from './jsonld';
import { readMetadata } from './metadata';
import { ContentResult, findContent } from './content';
import { scoreTree } from './score';
import { BodyPlan, SecondOpinion, fromThreads, justextStory, pageProseChars, planBody, readabilityStory } from './fallback';
import { BodySource, Opinion, chooseOpinion } from './body-choice';
import { wordRuns } from './text-overlap';
import { Segment, blockSegments, cleanText, countWords, makeExcerpt } from './text';
import { findRights } from './rights';
import { findAttribution, isSourceLabelLine, maySayOrigin } from './attribution';
import { findLeadImage } from './image';
import { bylineWithoutSource } from './byline';
import { bylineRepeat, closingSignature, deskCreditLine, headlineRepeat, skipLeadChrome, topDateline } from './lead';
import { bylineNames, isDeskCredit } from './person-name';
import { serializeStory } from './serialize';
import { contactBlock } from './tail';
import { isVideoPlayer } from './boilerplate';
import { DEFAULT_IFRAME_HOSTS } from '../../core/sanitize';
import { ExtractOptions, ExtractedArticle } from './types';
import { mentionsRightsIntl } from '../../policy/rights-phrases';

export type { ExtractOptions, ExtractedArticle, ExtractHints, LeadImage, OriginalSource } from './types';
export { sanitizeHtml, DEFAULT_IFRAME_HOSTS } from '../../core/sanitize';
export type { SanitizeOptions } from '../../core/sanitize';

/** Words any rights notice contains; footers without them are not segmented. */
const RIGHTS_HINT = /rights|copyright|©|\(c\)|redistribut|reproduc|permission/i;
/** Fewer words than this is a teaser, an index or an error page: no article. */
const MIN_ARTICLE_WORDS = 25;

/** Why a page gave no article (printed by `wireroom extract`). */
export type NoArticleReason =
  | 'no-body' // the markup has no body or html element to read
  | 'no-story' // neither our rules nor a second opinion found a story, though the page has paragraphs of prose (all furniture: comments, teasers)
  | 'no-prose' // no story found, and the jusText classifier found no block of running prose at all (an index, a gallery, a form, an error page)
  | 'too-short'; // the story found is shorter than MIN_ARTICLE_WORDS (a teaser, an index, an error page)

/** An extraction with its explanation: which body was used and, when there is no article, why. */
export interface ExtractionReport {
  article: ExtractedArticle | null;
  reason: NoArticleReason | null;
  /** 'own' rules, or 'readability' or 'justext' when a second opinion replaced a poor own result. */
  body_source: BodySource | null;
  /** Why the second opinion was asked for, or null when our own story looked sound. */
  second_opinion: Exclude<BodyPlan, { kind: 'keep' }>['why'] | null;
}

/** Extracts the article of `html` fetched from `url`; null when the page holds no article. */
export function extractArticle(html: string, url: string, options: ExtractOptions = {}): ExtractedArticle | null {
  return explainExtraction(html, url, options).article;
}

/** Like extractArticle, and says which body was used and why a page gave no article. */
export function explainExtraction(html: string, url: string, options: ExtractOptions = {}): ExtractionReport {
  const page = parsePage(html);
  if (!page.body) return { article: null, reason: 'no-body', body_source: null, second_opinion: null };
  const forced = selectAll(page, options.body);
  const removed = (options.remove ?? []).flatMap((sel) => selectAll(page, sel));
  const own = findContent(page.body, forced, removed);
  const chosen = chooseBody(page, html, own, forced.length > 0);
  if (!chosen.story)
    return { article: null, reason: chosen.prose ? 'no-story' : 'no-prose', body_source: null, second_opinion: chosen.why };
  const article = buildArticle(page.root, chosen.story, url, options);
  return { article, reason: article ? null : 'too-short', body_source: chosen.source, second_opinion: chosen.why };
}

interface ChosenBody {
  story: Story | null;
  source: BodySource | null;
  why: ExtractionReport['second_opinion'];
  /** False when the classifier was asked and found no good block on the page. */
  prose: boolean;
}

/** A story's nodes, without the chrome at its top, and its paragraphs (segmented once). */
interface Story {
  roots: DomElement[];
  skip: Set<DomNode>;
  segments: Segment[];
  chars: number;
}

function prepareStory(roots: DomElement[], skip: Set<DomNode>, standfirsts: DomElement[] = []): Story {
  skipLeadChrome(roots, skip, standfirsts);
  const segments = roots.flatMap((r) => blockSegments(r, skip));
  return { roots, skip, segments, chars: segments.reduce((n, s) => n + s.text.length, 0) };
}

/** Our story, or Readability's or the jusText classifier's when ours looks poor and theirs is the better (body-choice.ts). */
function chooseBody(page: ParsedPage, html: string, own: ContentResult | null, forced: boolean): ChosenBody {
  const ownStory = own && prepareStory(own.roots, own.skip, own.standfirsts);
  if (forced) return { story: ownStory, source: ownStory ? 'own' : null, why: null, prose: true };
  const plan = planBody(ownStory?.chars ?? null, own ? pageProseChars(own.stats) : 0);
  if (plan.kind === 'keep') return { story: ownStory, source: 'own', why: null, prose: true };
  const threads = own?.threads ?? [];
  const readability = readabilityStory(html);
  const classifier =
    page.body && justextStory(page.body, declaredLang(page), own?.stats ?? scoreTree(page.body, new Set()), own?.roots ?? []);
  // the classifier's furniture is never kept, nor what our rules pruned inside our own story
  const justext = classifier && { ...classifier, furniture: new Set([...classifier.furniture, ...(own?.skip ?? [])]) };
  const stories = {
    own: ownStory,
    readability: readability && prepareStory(readability.roots, new Set<DomNode>()),
    justext: justext && prepareStory(justext.roots, new Set(justext.furniture)),
  };
  // each judged without its furniture blocks, unless we found no story at all: then any story beats none
  const judged = (o: SecondOpinion | null, story: Story | null): Opinion | null =>
    o && story && ownStory
      ? opinionOf(prepareStory(o.roots, new Set([...o.furniture, ...fromThreads(o.roots, threads)])))
      : story && opinionOf(story);
  const source = chooseOpinion({
    own: ownStory && opinionOf(ownStory),
    ownSeen: wordRuns((own?.roots ?? []).flatMap((r) => blockSegments(r)).map((seg) => seg.text)),
    ownWasShort: plan.why !== 'low-prose-share',
    readability: judged(readability, stories.readability),
    justext: judged(justext, stories.justext),
    prose: wordRuns(justext?.prose ?? []),
  });
  const story = stories[source];
  return { story, source: story ? source : null, why: plan.why, prose: justext !== null };
}

function opinionOf(story: Story): Opinion {
  const texts = (keep: (s: Segment) => boolean) => story.segments.filter(keep).map((s) => s.text);
  return { chars: story.chars, runs: wordRuns(texts(() => true)), bodyRuns: wordRuns(texts((s) => !isHeadingSegment(s))) };
}

function isHeadingSegment(s: Segment): boolean {
  return isElement(s.node) && HEADING_TAGS.has(s.node.name);
}

/** The language the page declares on <html> or in og:locale / Content-Language, for the classifier's stoplist. */
function declaredLang(page: ParsedPage): string | null {
  const lang = page.html?.attribs.lang;
  if (lang) return lang;
  for (const n of page.head?.children ?? []) {
    if (!isElement(n) || n.name !== 'meta') continue;
    const key = (n.attribs.property ?? n.attribs['http-equiv'] ?? '').toLowerCase();
    if (key === 'og:locale' || key === 'content-language') return n.attribs.content ?? null;
  }
  return null;
}

/** A segment of a meta line's separators alone ("|", "· |"): what is left of the line when its times were cut as chrome. */
const SEPARATORS_ONLY = /^[|·•\s]+$/u;

/** A removed block's text longer than this is furniture (a comment section, a list of links), not a note on the story. */
const MAX_REMOVED_LINE_CHARS = 300;

/**
 * The short blocks inside the story's container that were removed as furniture, by their class or as chrome ("<p
 * class="syndication-credit">© 2025 X. Distributed by Y.</p>"): attribution reads the republication notes among them.
 */
function removedLines(content: Story, roots: DomElement[]): string[] {
  const lines: string[] = [];
  for (const n of content.skip) {
    if (!isElement(n) || isVideoPlayer(n) || !roots.some((r) => isInside(n, r))) continue; // a player's "Source:" is the clip's
    const raw = boundedText(n, MAX_REMOVED_LINE_CHARS);
    if (!raw) continue;
    const text = cleanText(raw);
    // a republication note, or a source label outside a picture's figure (a caption's "Quelle: dpa" is the picture's)
    if (maySayOrigin(raw) || (isSourceLabelLine(text) && !closest(n, 'figure'))) lines.push(text);
  }
  return lines;
}

function buildArticle(root: DomNode, content: Story, url: string, options: ExtractOptions): ExtractedArticle | null {
  const facts = collectFacts(root);
  const ld = readJsonLd(facts.jsonLd, pageRefs(facts, url));
  const inPage = content.roots.filter((r) => isInside(r, root)); // the second opinion's roots belong to its own parse
  const meta = readMetadata(facts, ld, url, options.hints, options.now, inPage);
  const story = content.segments;
  const siteNames = meta.site_name ? [meta.site_name] : [];
  const footers = facts.footers
    .filter(mayHoldRights)
    .flatMap((f) => blockSegments(f))
    .map((s) => s.text);
  const rights = findRights(story, footers);
  const base = meta.canonical_url ?? url;
  const attribution = findAttribution({
    links: facts.links,
    ld,
    byline: meta.byline_raw,
    headerLines: meta.header_lines,
    trailerLines: meta.trailer_lines,
    trailerParts: meta.trailer_parts,
    removedLines: removedLines(content, inPage),
    authorFields: meta.author_fields,
    story,
    siteName: meta.site_name ?? hostLabel(base),
    pageUrl: base,
    fetchedUrl: url,
    feedSource: options.hints?.source,
  });
  // the date and credit lines above a headline repeated in the story's text ("Datum: 26.02.2026" / "Headline" / prose)
  const topLines = new Set([...deskCreditLine(story, (line) => isDeskCredit(line, siteNames)), ...topDateline(story)]);
  const belowTopLines = story.filter((s) => !topLines.has(s));
  const dropped = new Set<Segment>([
    ...(rights?.segments ?? []),
    ...attribution.creditSegments,
    ...topLines,
    ...headlineRepeat(belowTopLines, meta.title),
    ...bylineRepeat(story, meta.authors, (line) => bylineNames(line, siteNames, meta.lang ?? '')),
    ...closingSignature(story, meta.authors),
    ...contactBlock(story),
    ...story.filter((seg) => SEPARATORS_ONLY.test(seg.text)),
  ]);
  const kept = story.filter((s) => !dropped.has(s));
  const credit = bylineWithoutSource(meta.byline, meta.authors, attribution.source?.name ?? null);
  const text = kept.map((s) => s.text).join('\n\n');
  const wordCount = countWords(text);
  if (wordCount < MIN_ARTICLE_WORDS) return null;
  skipSegments(dropped, content.skip);
  return {
    title: meta.title,
    byline: credit.byline,
    authors: credit.authors,
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

/** The page's own addresses and titles, against which its JSON-LD article is checked. */
function pageRefs(facts: PageFacts, url: string): PageRefs {
  const m = facts.meta;
  return {
    urls: [url, facts.links.get('canonical'), m.get('og:url')],
    titles: [m.get('og:title'), m.get('twitter:title'), facts.title, ...facts.h1.map((h) => rawText(h))],
  };
}

/** Leaves dropped paragraphs (rights, credit lines) out of the HTML too, when they are whole elements. */
function skipSegments(dropped: Set<Segment>, skip: Set<DomNode>): void {
  for (const seg of dropped) if (seg.node.parent && blockSegments(seg.node, skip).length === 1) skip.add(seg.node);
}

/** A cheap look before segmenting a footer: does it mention rights at all? */
function mayHoldRights(el: DomElement): boolean {
  const text = rawText(el);
  return RIGHTS_HINT.test(text) || mentionsRightsIntl(text);
}

/** "www.247citynews.com" → "247citynews.com": compared with credit names when no site name is given. */
function hostLabel(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
