/**
 * The article's publication and modification dates, the way htmldate looks for them: structured data
 * first (JSON-LD of the article node, meta tags, itemprop and <time> markup outside comments and
 * related stories), checked against a date in the URL, then dates printed near the headline (the
 * element the headline rule chose, an h1 or not) and in date/byline elements. Pure: `now` comes in as a value.
 *
 * Decisions: the modified date never stands in for the published one unless the page gives no other
 * date (not even the feed's); a printed "Updated"/"Stand:" date comes last of all; the feed's date only
 * fills in the time of a bare day the page prints; a modified date earlier than the published one is
 * dropped; a date more than FUTURE_MARGIN_MS after `now` is rejected; relative dates ("2 hours ago") are not read.
 */
import { lazy } from '../../core/lazy';
import { hostOf } from '../../core/url';
import { DomElement, attr, boundedText, classAndId, enclosingItem, isInside, rawText } from './dom';
import { ARTICLE_ITEMTYPE, PageFacts } from './collect';
import { LdArticle, isReadableBlock } from './jsonld';
import { DAY_MS, toIsoDate } from './dates';
import { inPrintedZone } from './date-local';
import { UPDATE_WORDS, findTextDates, urlDay, urlMonth } from './date-text';
import { cleanText } from './text';
import { VisibleDates, findVisibleDates, inNoise, printedAsUpdate, printedDateLines, storyHeader } from './date-visible';

/** Meta keys for the publication time, most specific first (OpenGraph, Parse.ly, Sailthru, Dublin Core, CMS idioms). */
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'og:published_time',
  'datepublished',
  'publishdate',
  'pubdate',
  'og:pubdate',
  'article.published',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'dc.date.created',
  'datecreated',
  'article.created',
  'published',
  'pub_date',
  'publish_date',
  'publish-date',
  'publication_date',
  'published_at',
  // The rest of htmldate's list of publication meta names, as CMSs and wire services name them.
  'published_time',
  'published_date',
  'publisheddate',
  'publish_time',
  'publishing_date',
  'date_published',
  'article:published_date',
  'article:publicationdate',
  'article:post_date',
  'originalpublicationdate',
  'dc.date.publication',
  'dcsext.articlefirstpublished',
  'dateposted',
  'displaydate',
  'bt:pubdate',
  'twt-published-at',
  'vr:published_time',
  'mediator_published_time',
  'ptime',
  'pdate',
  'dc:date',
  'dc:created',
  'dc.created',
  'date_created',
  'citation_date',
  'content_create_date',
  'doc_date',
  'date',
  'article_date_original',
  'citation_publication_date',
  'cxenseparse:recs:publishtime',
  'og:datepublished',
  'date.release',
  'rnews:datepublished',
];
const MODIFIED_KEYS = [
  'article:modified_time',
  'article:modified',
  'og:updated_time',
  'og:modified_time',
  'datemodified',
  'lastmod',
  'article.updated',
  'dcterms.modified',
  'dc.date.modified',
  'last-modified',
  'modified_time',
  'date_modified',
  'article_date_updated',
];
/** A date up to a day ahead of `now` is a time-zone difference; beyond that, a wrong or scheduled date. */
const FUTURE_MARGIN_MS = 24 * 3600_000;
/** Older than this is a parsing accident or an archive placeholder, not a news page's date. */
const MIN_YEAR = 1995;
/** A structured date this many days away from the URL's day was rewritten (republished, or the update's time). */
const URL_AGREEMENT_DAYS = 1;
/** How a bare day (a date without a time) is written: midnight UTC. */
const MIDNIGHT = 'T00:00:00.000Z';
/** itemprop/class/pubdate marks of a publication and of an update, on <time> and itemprop elements. */
const PUBLISHED_MARK = /datepublished|datecreated|pubdate|publish|posted|entry-date|dt-published/;
const MODIFIED_MARK = /datemodified|updated|modified|dt-updated/;
export interface DateInput {
  facts: PageFacts;
  ld: LdArticle | null;
  /** The fetched URL and the canonical one: either may carry /2019/11/18/. */
  urls: Array<string | null | undefined>;
  /** The element holding the story's headline (an h1, or an h2 the headline rule chose): printed dates follow it. */
  headline?: DomElement | null;
  /** The feed entry's date, used when the page states none. */
  hint?: string | null;
  /** The current time; without it no date is rejected as future. */
  now?: Date | number | string | null;
}

export interface FoundDates {
  published_at: string | null;
  modified_at: string | null;
}

/** Published and modified dates of a page; modified is null when it is not after published. */
export function findDates(input: DateInput): FoundDates {
  const now = input.now === undefined || input.now === null ? null : new Date(input.now).getTime();
  const ok = (iso: string | null): iso is string => plausible(iso, Number.isNaN(now) ? null : now);
  // A shop's product page is no dated publication: its WebPage node's and meta dates are the product post's, the rest its reviews'.
  if (isProductPage(input)) return { published_at: firstOk([toIsoDate(input.hint)], ok), modified_at: null };
  const usFirst = monthFirst(input.facts, input.urls);
  const modified = firstOk(dateCandidates(input, 'modified', usFirst), ok);
  const hint = firstOk([toIsoDate(input.hint)], ok);
  // Most pages never read their printed dates: the scan runs only when asked.
  // The printed date lines are read once, by the visible-date finder and the zone rule alike.
  const lines = lazy(() => printedDateLines(input.facts, input.headline));
  const scan = lazy(() =>
    findVisibleDates(input.facts, usFirst, input.headline, input.urls.map((u) => (u ? urlMonth(u) : null)).find(Boolean) ?? null, lines()),
  );
  // what the date rules ask of the printed dates (the zone rule's look at the printed day does not count: see readUpdate)
  const visible = lazy(scan);
  const found = choosePublished(input, usFirst, ok, visible);
  const printedUpdate = (): string | null => firstOk([visible().updated], ok);
  // the day the page prints, else the day its address carries: a site writes its URL's day in its own zone (an Australian
  // broadcaster's /2024-03-12/ over "2024-03-11T19:05:00Z", with only "Posted 3h ago" printed)
  const pageDay = (): string | null => printedDayOf(scan().published) ?? urlDayOf(input.urls);
  const fromPage = found && inPrintedZone(found, input.facts.times, usFirst, lines, pageDay);
  const published =
    (fromPage && hint && fromPage.endsWith(MIDNIGHT) && sameDayish(fromPage, hint) ? hint : fromPage) ??
    hint ??
    modified ??
    printedUpdate();
  // A printed update ("Aktualisiert: …", "mis à jour le …") is read where the printed dates were read anyway, or a date element says it.
  const readUpdate = visible.done() || mentionsUpdate(input.facts);
  const updated = modified ?? (readUpdate && published !== printedUpdate() ? printedUpdate() : null);
  const keepModified = updated && published && Date.parse(updated) >= Date.parse(published) ? updated : null;
  return { published_at: published, modified_at: published ? keepModified : modified };
}

/** An update label in a date element's text ("Aktualisiert am 04.05.2022", "Updated May 4", "mis à jour le …"). */
const UPDATE_LABEL = new RegExp(`${UPDATE_WORDS}|stand:`, 'i');
/** Date elements looked at for an update label: the story's come first. */
const UPDATE_LOOK = 10;
/** A date element with more text than this is a container, not a date line. */
const MAX_DATE_LINE_CHARS = 200;

/** True when one of the first date elements, or the line around a <time>, prints an update with a number (the printed dates are then worth reading). */
function mentionsUpdate(facts: PageFacts): boolean {
  const lines = [...facts.dated.slice(0, UPDATE_LOOK), ...facts.times.slice(0, UPDATE_LOOK).map((t) => t.parent as DomElement | null)];
  for (const el of lines) {
    if (!el || !('attribs' in el)) continue;
    const text = boundedText(el, MAX_DATE_LINE_CHARS);
    if (text !== null && /\d/.test(text) && UPDATE_LABEL.test(text)) return true;
  }
  return false;
}

/** Candidates are read lazily: most pages settle on the first one (JSON-LD or article:published_time). */
function choosePublished(
  input: DateInput,
  usFirst: boolean,
  ok: (iso: string | null) => iso is string,
  printed: () => VisibleDates,
): string | null {
  const it = okOnly(dateCandidates(input, 'published', usFirst), ok);
  const first = it.next().value ?? null;
  let rest: string[] | null = null;
  const all = (): string[] => (first ? [first, ...(rest ??= [...it])] : []);
  const precise = first && first.endsWith(MIDNIGHT) ? preciseDate(all()) : first;
  // the first candidate is the article's JSON-LD date when it has one (dateCandidates), read once
  const ldFirst = !!input.ld?.datePublished && precise === first;
  const structured =
    precise &&
    (printedOverUpdate(precise, input.facts, printed, ok, all) ??
      (ldFirst ? metaWithPrinted(precise, input.facts, usFirst, ok, printed) : null) ??
      precise);
  const fromUrl = urlDayOf(input.urls);
  const urlIso = fromUrl && ok(fromUrl + MIDNIGHT) ? fromUrl + MIDNIGHT : null;
  if (structured && urlIso && !sameDayish(structured, urlIso) && !yearsAfter(urlIso, structured))
    return all().find((d) => d.startsWith(fromUrl!) && !d.endsWith(MIDNIGHT)) ?? urlIso;
  if (structured) return structured;
  const visible = printed().published;
  const visibleIso = ok(visible) ? visible : firstOk(farTimes(input, usFirst), ok);
  if (visibleIso && urlIso) return sameDayish(visibleIso, urlIso) || yearsAfter(urlIso, visibleIso) ? visibleIso : urlIso;
  return visibleIso ?? urlIso;
}

/**
 * The printed publication day where the structured date is the printed update's: the page prints its story's day and a later
 * update ("Publikováno: 22. 2. 2024 | Aktualizováno: 23. 2. 2024 9:12") and its structured publication date falls on the
 * update's day (JSON-LD's "datePublished": "2024-02-23T09:12:00+01:00", a CMS writing the last save there). The printed
 * day's own instant when a candidate gives one. Read only where a date line mentions an update, else null.
 */
function printedOverUpdate(
  structured: string,
  facts: PageFacts,
  printed: () => VisibleDates,
  ok: (iso: string | null) => iso is string,
  all: () => string[],
): string | null {
  if (!mentionsUpdate(facts)) return null;
  const { published, updated } = printed();
  if (!ok(published) || !ok(updated)) return null;
  const day = published.slice(0, 10);
  // its own day where it gives its zone; in UTC, past the printed day in every zone (a late evening's story is the next day in UTC)
  const zoned = /[+-]\d\d:\d\d$/.test(structured);
  const past = zoned ? day < structured.slice(0, 10) : Date.parse(structured) - Date.parse(published) >= DAY_MS + LATEST_ZONE_MS;
  if (!past || updated.slice(0, 10) !== structured.slice(0, 10)) return null;
  return all().find((d) => d.startsWith(day) && !d.endsWith(MIDNIGHT)) ?? published;
}

/**
 * The meta publication date where it and the printed date agree on a day the article's JSON-LD date (`fromLd`) does not: a
 * republished story's structured data carries the original's day ("datePublished": "2024-04-12T16:45:00+04:30") while the
 * page's meta and its printed date give its own ("article:published_time" 2024-04-13T09:20, "Published 13 April 2024").
 * Each day is read in its own zone; the printed dates are read only where the two structured days differ.
 */
function metaWithPrinted(
  fromLd: string,
  facts: PageFacts,
  usFirst: boolean,
  ok: (iso: string | null) => iso is string,
  printed: () => VisibleDates,
): string | null {
  const meta = firstOk(
    PUBLISHED_KEYS.map((k) => structuredDate(facts.meta.get(k), usFirst)),
    ok,
  );
  if (!meta || meta.slice(0, 10) === fromLd.slice(0, 10)) return null;
  const shown = printed().published;
  return ok(shown) && shown.slice(0, 10) === meta.slice(0, 10) ? meta : null;
}

/** The day ends this much later in the last zone (UTC−12) than in UTC. */
const LATEST_ZONE_MS = 12 * 60 * 60 * 1000;

/**
 * True when the address's day is decades after the page's own date: not this story's day in the Gregorian calendar but one
 * in another (a Nepali portal's "/news/2082/01/10/" in the Bikram Sambat era, 56 years ahead; 2025-04-23 in its metadata).
 * A few years apart is the address right over a stale structured date (a CMS's placeholder "2019-01-01"), and stays so.
 */
function yearsAfter(urlIso: string, pageIso: string): boolean {
  return Date.parse(urlIso) - Date.parse(pageIso) > OTHER_CALENDAR_MS;
}

/** The day the first of `urls` that carries one gives ("/2019/11/18/"), or null. */
function urlDayOf(urls: DateInput['urls']): string | null {
  return urls.map((u) => (u ? urlDay(u) : null)).find(Boolean) ?? null;
}

/** The day of a printed date read without its clock time (findVisibleDates writes it at midnight UTC), else null. */
function printedDayOf(iso: string | null): string | null {
  return iso?.endsWith(MIDNIGHT) ? iso.slice(0, 10) : null;
}

/** Twenty years: the Bikram Sambat era runs 56 to 57 years ahead of the Gregorian, the Buddhist 543. */
const OTHER_CALENDAR_MS = 20 * 366 * DAY_MS;

function plausible(iso: string | null, now: number | null): boolean {
  if (!iso) return false;
  const t = Date.parse(iso);
  return !Number.isNaN(t) && new Date(t).getUTCFullYear() >= MIN_YEAR && (now === null || t <= now + FUTURE_MARGIN_MS);
}

function firstOk(values: Iterable<string | null>, ok: (iso: string | null) => iso is string): string | null {
  for (const v of values) if (ok(v)) return v;
  return null;
}

function* okOnly(values: Iterable<string | null>, ok: (iso: string | null) => iso is string): Generator<string, void, undefined> {
  for (const v of values) if (ok(v)) yield v;
}

function sameDayish(a: string, b: string): boolean {
  return Math.abs(Date.parse(a) - Date.parse(b)) <= (URL_AGREEMENT_DAYS + 1) * DAY_MS - 1;
}

/**
 * The first date found, unless it is a bare day (midnight UTC, e.g. JSON-LD "2019-11-18") and a later
 * candidate gives a full time on that same day: then the precise one.
 */
function preciseDate(found: string[]): string | null {
  const first = found[0];
  if (!first || !first.endsWith(MIDNIGHT)) return first ?? null;
  return found.find((d) => d.slice(0, 10) === first.slice(0, 10) && !d.endsWith(MIDNIGHT)) ?? first;
}

/** The structured dates of one role, best first: the article's JSON-LD, meta keys, then marked-up elements. */
function* dateCandidates({ facts, ld, headline }: DateInput, role: Role, usFirst: boolean): Generator<string | null, void, undefined> {
  const day = (v: string | null | undefined): string | null => structuredDate(v, usFirst);
  const ldKey = role === 'published' ? 'datePublished' : 'dateModified';
  yield ld ? day(ld[ldKey]) : otherLdDate(facts.jsonLd, ldKey);
  for (const k of role === 'published' ? PUBLISHED_KEYS : MODIFIED_KEYS) yield day(facts.meta.get(k));
  yield* markupDates(facts, role, usFirst, headline ?? null);
}

type Role = 'published' | 'modified';

/** A JSON-LD node typed Product alone (not a Review of one, which a review article carries beside its Article). */
const PRODUCT_NODE = /"@type"\s*:\s*\[?\s*"Product"/;

/**
 * A shop's product page: a JSON-LD block describes a Product (WooCommerce, Shopify and Magento print one on every
 * product page; Yoast's graph beside it dates its WebPage like a post), and neither an article node nor
 * article:published_time says the page is a post (a blog's product review carries a Product node too).
 */
function isProductPage({ facts, ld }: DateInput): boolean {
  return !ld && !facts.meta.has('article:published_time') && facts.jsonLd.some((raw) => PRODUCT_NODE.test(raw));
}

/** A shop's product: its dates are its reviews' and offers', not the page's. */
const PRODUCT_TYPE = /"@type"\s*:\s*\[?\s*"(?:Product|Review)"/;
/** An article node: when readJsonLd read its block and gave no article, the article is another page's (a teaser's). */
const ARTICLE_NODE = /"@type"\s*:\s*\[?\s*"\w*(?:Article|Posting)"/;

/** A date of a JSON-LD node that is not an article (WebPage, a typeless graph node); skipped for people and organizations. */
function otherLdDate(blocks: string[], key: 'datePublished' | 'dateModified'): string | null {
  for (const raw of blocks) {
    // A list of stories ("ItemList" of teasers, a site's latest articles) dates other pages, not this one.
    if (!raw.includes(key) || raw.includes('"itemListElement"') || PRODUCT_TYPE.test(raw)) continue;
    if (ARTICLE_NODE.test(raw) && isReadableBlock(raw)) continue; // a broken block is read here by pattern, its article too
    const m = new RegExp(`"${key}"\\s*:\\s*"([^"]{6,40})"`).exec(raw);
    const iso = m ? toIsoDate(m[1]) : null;
    if (iso) return iso;
  }
  return null;
}

/** itemprop and <time> dates outside comments and related stories: the marked-up ones first, then any <time datetime>. */
function* markupDates(
  facts: PageFacts,
  role: Role,
  usFirst: boolean,
  headline: DomElement | null,
): Generator<string | null, void, undefined> {
  const wanted = role === 'published' ? PUBLISHED_MARK : MODIFIED_MARK;
  const marked = [...facts.dated.filter((el) => el.attribs.itemprop !== undefined || microformatDate(el) !== null), ...facts.times];
  for (const el of marked) {
    const mark = markOf(el);
    if (!wanted.test(mark) || (role === 'published' && MODIFIED_MARK.test(mark))) continue;
    if (inNoise(el, headline) && !ofStoryItem(el, headline)) continue;
    const value = markupValue(el, usFirst);
    // an element marked as the publication that prints an update's label ("<abbr class="published" title="…">Mise à jour :
    // jeudi 5 avril 2007</abbr>", a SPIP theme's): the printed label is the reader's, the class a template's
    if (role === 'published' && printedAsUpdate(el, value && value.slice(0, 10), usFirst)) continue;
    yield value;
  }
  // A <time> without a mark that the page prints as the update ("Updated <time>") is the modified date, not a published one.
  const printedUpdate = (t: DomElement, value: string | null): boolean =>
    !MODIFIED_MARK.test(markOf(t)) && !PUBLISHED_MARK.test(markOf(t)) && printedAsUpdate(t, value && value.slice(0, 10), usFirst);
  for (const t of role === 'published' ? nearHeadline(facts.times, headline, true) : facts.times) {
    if (MODIFIED_MARK.test(markOf(t)) || inNoise(t, headline)) continue;
    const value = markupValue(t, usFirst);
    if (printedUpdate(t, value) === (role === 'modified')) yield value;
  }
}

/**
 * A property of the story's own microdata item (an Article item that holds the headline), wherever the template prints it:
 * Joomla prints the article's dates in an "article-aside" box beside its header, where an aside's dates are otherwise noise.
 */
function ofStoryItem(el: DomElement, headline: DomElement | null): boolean {
  const item = el.attribs.itemprop === undefined ? null : enclosingItem(el);
  return !!item && !!headline && ARTICLE_ITEMTYPE.test(item.attribs.itemtype ?? '') && isInside(headline, item);
}

/**
 * The <time> elements in the story's header (`near`), or the others: an unmarked <time> far from the headline (a list of
 * other stories, a comment) is weighed after the date printed under the headline, as htmldate weighs dates by their place.
 */
function nearHeadline(times: DomElement[], headline: DomElement | null, near: boolean): DomElement[] {
  if (!headline) return near ? times : [];
  const header = storyHeader(headline);
  return times.filter((t) => isInside(t, header) === near);
}

/** Unmarked <time> values outside the story's header, outside comments and related stories: dates of last resort. */
function* farTimes({ facts, headline }: DateInput, usFirst: boolean): Generator<string | null, void, undefined> {
  for (const t of nearHeadline(facts.times, headline ?? null, false)) {
    if (MODIFIED_MARK.test(markOf(t)) || inNoise(t, headline)) continue;
    const value = markupValue(t, usFirst);
    if (!printedAsUpdate(t, value && value.slice(0, 10), usFirst)) yield value;
  }
}

function markOf(el: DomElement): string {
  return `${attr(el, 'itemprop')} ${classAndId(el)} ${el.attribs.pubdate !== undefined ? 'pubdate' : ''}`.toLowerCase();
}

/** hAtom and microformats2 dates: the ISO value in the title of `<abbr class="published" title="2022-05-03T10:32:00+02:00">` (Blogger, older WordPress themes). */
const MICROFORMAT_CLASS = /(?:^|\s)(?:dt-)?(?:published|updated)(?:\s|$)/;

function microformatDate(el: DomElement): string | null {
  const title = el.attribs.title;
  return title && MICROFORMAT_CLASS.test(attr(el, 'class')) ? toIsoDate(title) : null;
}

function markupValue(el: DomElement, usFirst: boolean): string | null {
  const micro = microformatDate(el);
  if (micro) return micro;
  return structuredDate(el.attribs.datetime ?? el.attribs.content ?? (el.name === 'time' ? null : cleanText(rawText(el))), usFirst);
}

/** A structured value longer than this is not a date field (a description put in the wrong tag). */
const MAX_DATE_FIELD_CHARS = 60;

/**
 * An ISO date for a structured date field; a field written for people ("18.11.2019 10:30", "November 20, 2019
 * 13:42", "5. Dezember 2026") gives its calendar day at midnight UTC (its time has no zone to be read in).
 */
function structuredDate(value: string | null | undefined, monthFirst: boolean): string | null {
  const iso = toIsoDate(value);
  if (iso || !value || value.length > MAX_DATE_FIELD_CHARS) return iso;
  const found = findTextDates(value, monthFirst)[0];
  return found ? (found.iso ?? found.day + MIDNIGHT) : null;
}

/**
 * Country domains of English-speaking countries that write the day first ("05/12/2026" is 5 December): a page
 * that says only lang="en" is read by its host there.
 */
const DAY_FIRST_ENGLISH_HOST = /\.(?:uk|au|nz|ie|in|za|sg|pk|ng|ke|gh|my|hk|mt|jm|tt)$/i;

/** US English writes month first ("11/18/19"); everyone else day first, and English on a day-first country's domain. */
function monthFirst(facts: PageFacts, urls: Array<string | null | undefined>): boolean {
  const lang = (facts.lang || facts.meta.get('og:locale') || facts.meta.get('content-language') || '').toLowerCase().replace('_', '-');
  if (lang === 'en-us') return true;
  return lang === 'en' && !urls.some((u) => DAY_FIRST_ENGLISH_HOST.test(hostOf(u ?? '')));
}
