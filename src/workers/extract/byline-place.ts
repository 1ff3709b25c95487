/**
 * Where the story's own byline may be: byline elements ranked by their distance from the headline, without
 * those in comments, related stories, other stories' <article>s and author boxes, or below the story's body
 * (unless in the post's own footer). Pure.
 */
import { DomElement, DomNode, classAndId, closest, findAll, isAfter, isElement, isInside, rawText, walkElements } from './dom';
import { lazy } from '../../core/lazy';
import { OTHERS_WORDS, READER_REVIEWS } from './date-visible';
import { opensWithChromeTitle } from './boilerplate';
import { PageFacts, isAuthorHref } from './collect';
import { isPersonName } from './person-name';
import { cleanText } from './text';

/**
 * Containers whose bylines belong to other stories or to readers (comments and related stories in every language read:
 * OTHERS_WORDS, and a shop's customer reviews: READER_REVIEWS).
 * Drupal's "node--promoted" (Drupal 7: "node-promoted") says the story itself is promoted to the front page: not a promo box;
 * Elementor's "elementor-widget" wraps every block a page is built of, the post's title, meta line and content included;
 * a "has-menu" / "with-nav" modifier is an author name that opens a menu of links, not navigation.
 */
const FOREIGN_ZONE = new RegExp(
  `${OTHERS_WORDS}|related|recommend|teaser|sidebar|(?<!elementor-)widget|popular|trending|more-?stories|read-?more|newsletter|(?<!node-{1,2})promo|(?:^|[\\s_-])(?<!has-|with-)(?:nav|menu)(?:$|[\\s_-])|reply|respond|discussion|disqus`,
);
/**
 * A class that states what a box has or is, not what it is for ("has-section-nav", "with-sidebar", "is-nav-open" on the
 * wrapper of the whole story): left out before the zone words are read.
 */
const STATE_MODIFIER = /(?:^|\s)(?:has|with|is)-[\w-]*/gu;
/** Author boxes, asides and footers: the story's own inside its <article> (any <article> when the headline has none), another story's outside it. */
const OWN_ONLY_ZONE = /author-?box|author-?bio|about-?(?:the-?)?author|author-?info|author-?card|(?:^|[\s_-])aside(?:$|[\s_-])/;
const OWN_ONLY_TAGS = new Set(['footer', 'aside']);
/** Tags whose contents are never the story's byline: a caption's byline element credits the picture ("Ethan Morrow - staff, AP"). */
const FOREIGN_TAGS = new Set(['nav', 'form', 'figcaption']);
/** A visible byline is looked for this many elements after the headline, or fewer before it (on the scrapinghub dev pages the story's own lies 1–60 after it, a few up to 10 before). */
const MAX_AFTER_HEADLINE = 150;
const MAX_BEFORE_HEADLINE = 40;
/** Where the story is on the page: its headline element and the roots of its body (empty when unknown). */
export interface StoryPlace {
  headline: DomElement | null;
  body: DomElement[];
  /** The lines below the headline, once read (byline.ts belowHeadline): the byline and attribution both read them. */
  below?: string[];
  /** The lines of the blocks after the body, once read (byline.ts trailerLines): likewise. */
  after?: string[];
  /** The same blocks' lines one by one, read once (trailerParts in byline.ts): the byline and attribution both read them. */
  afterParts?: string[];
  /** The story's closing lines, pruned blocks included (closingLines), read once per page. */
  closing?: string[];
  /** The persons the closing lines credit for other work, as name keys, once (byline.ts closingCredits). */
  closingCredits?: { others: Set<string>; photographers: Set<string> };
  /** The persons the page credits for other work than the writing, as name keys, once (byline.ts creditedOthers). */
  others?: Set<string>;
  /** The persons the page footer's imprint names, as name keys, once (byline.ts pageCredits). */
  credits?: Set<string>;
  /** The byline elements ranked, once (byline.ts ranked): the byline and the author fields both read them. */
  ranked?: DomElement[];
}

/** Byline elements outside foreign zones and not below the story's body, nearest after the headline first, then nearest before it. */
export function rankedElements(facts: PageFacts, { headline, body }: StoryPlace): DomElement[] {
  const story = headline ? closest(headline, 'article') : null;
  // The post's container is computed only for pages with a byline element below the body.
  const post = lazy(() => (story || !headline ? null : postContainer(headline, body)));
  const at = headline ? facts.order.get(headline) : undefined;
  const pos = (el: DomElement): number => facts.order.get(el) ?? 0;
  const head = (el: DomElement): boolean => at !== undefined && inStoryHead(el, pos, at, headline!, body);
  const zones = foreignZones();
  const aboveHeadline = new Set<DomNode>();
  for (let n = headline?.parent ?? null; n; n = n.parent) aboveHeadline.add(n);
  const own = facts.bylines.filter(
    (el) =>
      !inForeignZone(el, story, aboveHeadline, head, zones) &&
      !(headline && isInside(headline, el)) &&
      !(belowStory(el, body, story) && !inPost(el, post(), body)),
  );
  if (at === undefined) return own;
  const after = own.filter((el) => pos(el) > at && pos(el) - at <= MAX_AFTER_HEADLINE && !inTeaser(el, headline!));
  // Above a headline that has its <article>, only that article's own: a byline before it outside it is a teaser's, as one after another story's linked headline is.
  const before = own
    .filter((el) => pos(el) < at && at - pos(el) <= MAX_BEFORE_HEADLINE && (!story || isInside(el, story)) && !inTeaser(el, headline!))
    .reverse();
  return [...after, ...before];
}

/**
 * A post's container holds more than its headline and body by at most this share: a blog post's footer ("Posted by X
 * at 10:32", Blogger's post-footer), not a column of other stories or comments.
 */
const MAX_POST_EXTRA = 0.25;
/** ... plus this many characters (the footer's own "Labels:", share links, the date). */
const POST_EXTRA_CHARS = 300;

/**
 * Without an <article>, the nearest element holding both the headline and the body, when it holds little else (a
 * Blogger or old WordPress post: title, body and post footer in one div): a byline in its footer is the post's own.
 */
function postContainer(headline: DomElement, body: DomElement[]): DomElement | null {
  if (!body.length) return null;
  let box: DomNode | null = headline.parent;
  while (box && !body.every((root) => isInside(root, box!))) box = box.parent;
  if (!box || !isElement(box) || box.name === 'body' || box.name === 'html') return null;
  const inner = rawText(headline).length + body.reduce((n, root) => n + rawText(root).length, 0);
  return rawText(box).length <= inner * (1 + MAX_POST_EXTRA) + POST_EXTRA_CHARS ? box : null;
}

/** Inside the post and with no heading between the body's end and it: a teaser's byline follows its own headline. */
function inPost(el: DomElement, post: DomElement | null, body: DomElement[]): boolean {
  return !!post && isInside(el, post) && !headingBefore(post, body, el);
}

const HEADING = /^h[1-6]$/;

/** True when a heading lies after the last of the body's roots and before `el`, in document order within `box`. */
function headingBefore(box: DomElement, body: DomElement[], el: DomElement): boolean {
  let past = false;
  let done = false;
  let found = false;
  walkElements(box, (n) => {
    if (done) return false;
    if (n === el) done = true;
    else if (body.includes(n)) past = true;
    else if (past && HEADING.test(n.name)) found = done = true;
    return !done && !body.includes(n);
  });
  return found;
}

/** After the story's body has ended and outside its <article>: a teaser's, a comment's or the next story's byline. */
export function belowStory(el: DomElement, body: DomElement[], story: DomElement | null): boolean {
  if (story && isInside(el, story)) return false;
  return body.length > 0 && !body.some((root) => isInside(el, root)) && body.every((root) => isAfter(el, root));
}

/**
 * Between the headline and the story's first paragraph, where the story's own byline is printed: after the headline and
 * before every body root, or inside a body root that holds the headline too. An author box there is the story's, even
 * on a page without an <article> (CNBC's "Author-authorInfo" under the headline); below the story it is another's.
 */
function inStoryHead(el: DomElement, pos: (el: DomElement) => number, at: number, headline: DomElement, body: DomElement[]): boolean {
  if (pos(el) <= at || !body.length) return false;
  return body.every((root) => isAfter(root, el) || (isInside(el, root) && isInside(headline, root)));
}

/** What an ancestor's class and first line say (see inForeignZone), worked out once per ancestor: byline elements share most of theirs. */
interface ForeignZones {
  /** Its class or id names comments, related stories, navigation or reviews. */
  byClass: (n: DomElement) => boolean;
  /** Its class or id names an author box or an aside. */
  ownOnly: (n: DomElement) => boolean;
  /** Its first line titles comments or other stories (opensWithChromeTitle). */
  byTitle: (n: DomElement) => boolean;
}

function foreignZones(): ForeignZones {
  return {
    byClass: remembered((n) => {
      const ci = classAndId(n).replace(STATE_MODIFIER, ' ');
      return !!ci.trim() && (FOREIGN_ZONE.test(ci) || READER_REVIEWS.test(ci));
    }),
    ownOnly: remembered((n) => OWN_ONLY_ZONE.test(classAndId(n))),
    byTitle: remembered(opensWithChromeTitle),
  };
}

function remembered(f: (n: DomElement) => boolean): (n: DomElement) => boolean {
  const seen = new Map<DomElement, boolean>();
  return (n) => {
    let v = seen.get(n);
    if (v === undefined) seen.set(n, (v = f(n)));
    return v;
  };
}

function inForeignZone(
  el: DomElement,
  story: DomElement | null,
  aboveHeadline: ReadonlySet<DomNode>,
  inHead: (el: DomElement) => boolean,
  zones: ForeignZones,
): boolean {
  const inStory = story ? isInside(el, story) : !!closest(el, 'article') || inHead(el);
  const itsArticle = closest(el, 'article');
  if (story && itsArticle && !inStory && !isInside(story, itsArticle)) return true; // another story's <article>
  for (let n: DomNode | null = el; n; n = n.parent) {
    if (!isElement(n)) continue;
    if (n.name === 'body') return false; // page-wide classes ("one-sidebar") say nothing about the byline
    // Nor do those of a box that holds the story's headline too: a page wrapper ("nav-drawer__panel", ASP.NET's page-wide <form>).
    if (n !== el && aboveHeadline.has(n)) return false;
    if (FOREIGN_TAGS.has(n.name) || (!inStory && OWN_ONLY_TAGS.has(n.name))) return true;
    if (zones.byClass(n) || (!inStory && zones.ownOnly(n))) return true;
    // A box titled "Czytaj też", "По теме", "Läs mer", "Komentarze (4)": other stories' or readers' bylines, whatever its class's language
    if (n !== el && zones.byTitle(n)) return true;
  }
  return false;
}

/** Words of a linked headline at least ("Ferry service resumes"); a section's link, a name or a date is shorter. */
const MIN_TITLE_WORDS = 3;
/** Levels climbed from a byline element for the teaser it may sit in (its paragraph's line, its list item or card, the strip). */
const MAX_TEASER_LEVELS = 3;

/**
 * Printed after another story's linked headline in the same small box, outside the headline's own container: a teaser's
 * byline (a "Latest" strip, a "Most read" item, a card above the headline), whatever the box's class says. Read above the
 * headline only: below it the story's own byline comes first, and a card there is left to the zone rules.
 */
function inTeaser(el: DomElement, headline: DomElement): boolean {
  let node: DomElement = el;
  for (let level = 0; level < MAX_TEASER_LEVELS; level++) {
    const box = node.parent;
    if (!box || !isElement(box) || isInside(headline, box)) return false;
    const before = box.children.slice(0, box.children.indexOf(node));
    if (before.some((sib) => isElement(sib) && isLinkedTitle(sib))) return true;
    node = box;
  }
  return false;
}

/**
 * An element whose whole text is one link, of a headline's length, not to an author's page nor a person's name: another
 * story's headline. A heading may print a kicker before its link ("<h4><strong>Wave of stupidity</strong> <a>Doctor
 * knows best</a></h4>"): there the link need only hold most of the heading's text.
 */
export function isLinkedTitle(el: DomElement): boolean {
  const links = el.name === 'a' ? [el] : findAll(el, 'a');
  if (links.length !== 1 || isAuthorHref(links[0]!.attribs.href)) return false;
  const text = cleanText(rawText(el));
  const linked = cleanText(rawText(links[0]!));
  const whole = text === linked || (HEADING.test(el.name) && linked.length * 2 >= text.length);
  return whole && wordsOf(linked) >= MIN_TITLE_WORDS && !isPersonName(linked);
}

/** Words with a letter: a linked date ("May 3, 2022", a post's permalink) has one, a headline three or more. */
function wordsOf(text: string): number {
  return text.split(' ').filter((w) => /\p{L}/u.test(w)).length;
}
