/**
 * Readers' comment threads told by their text, not their class: sites built with CSS modules name every block
 * "css-1q2w3e", and a long thread then outscores a short story. A thread is a run of sibling items that each open
 * with a commenter's header ("dwoz says:", "Catherine on September 19, 2018 at 10:14 am said:", "Zdigital2015 2 days
 * ago at 08:51 am"), or a block titled as the readers' ("Top Rated Comments", "12 thoughts on “…”"). Pure.
 */
import { DomElement, SUBHEADING_TAGS, firstElement, isElement, textPrefix } from './dom';
import { isCommentsTitle } from './boilerplate';

/** Tags of a thread's items: list items and blocks, never paragraphs or headings (a story's own lines). */
const ITEM_TAGS = new Set(['li', 'div', 'article', 'section']);
/** Items read of a candidate thread, how many of them must open with a commenter's header, and how many may not (a form, a count). */
const ITEMS_READ = 6;
const MIN_HEADED_ITEMS = 3;
const MAX_UNHEADED_ITEMS = 1;
/** Characters of an item's text read for its header. */
const HEADER_CHARS = 160;

/** The words a commenter's header ends in, in the languages read ("says:", "sagt:", "dit :", "dice:", "zegt:"). */
const SAID =
  'says|said|sagt|schreibt|schrieb|meint|dit|écrit|dice|dijo|escribe|scrive|ha scritto|zegt|schreef|skriver|skrev|wrote|writes|replied';
/**
 * A commenter's name before the header's stamp: a few words, never opening with a digit (a live blog's entries open with
 * their time), with no full stop but an initial's ("Max M.").
 */
const NAME = String.raw`[^\s\d](?:[^.!?]|(?<=(?:^|\s)\p{Lu})\.){0,79}?`;
/** The words before a comment's date in the languages read ("on", "am", "le", "el", "il", "op", "den"). */
const ON = '(?:on|am|le|el|il|op|den)';
/** "on 3 November 2026", "am 03.11.2026": the date a "said" header may give before its colon ("Max M. schrieb am 03.11.2026:"). */
const SAID_ON = String.raw`(?:\s+${ON}\s+[^:]{3,40}?)?`;
/** "X on September 19, 2018 at 10:14 am", "X am 3. Mai 2022 um 10:32", "X le 3 mai 2022 à 10 h 32": the comment's date and time after the name. */
const ON_AT = String.raw`\s+${ON}\s+[^]{3,50}?\s+(?:at|um|à|a\s+las|alle|om|kl\.?)\s+\d{1,2}(?:[:.]|\s?h\s?)\d{2}`;
/** "X 2 days ago", "X vor 3 Stunden", "X il y a 2 jours", "X hace 5 horas": the comment's age after the name. */
const AGO = String.raw`\s+(?:\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)|il y a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|hace\s+\d+\s+(?:segundos?|minutos?|horas?|días?|semanas?|meses?|años?))\b`;
const COMMENT_HEADER = new RegExp(`^${NAME}(?:\\s+(?:${SAID})${SAID_ON}\\s*[:,]|${ON_AT}|${AGO})`, 'iu');
/** A word or time every header holds, searched first: most blocks' first lines hold none, and skip the anchored pattern's backtracking. */
const HEADER_HINT = new RegExp(
  `(?:${SAID})(?:\\s*[:,]|\\s+${ON}\\s)|\\d(?:[:.]|\\s?h\\s?)\\d\\d|\\d\\s+\\p{L}+\\s+ago|vor\\s+\\d|il y a|hace\\s+\\d`,
  'iu',
);

/**
 * A comment section's heading beyond the bare "Comments (4)" that isCommentsTitle reads: WordPress's "12 thoughts on “Title”",
 * "One Response", "3 Responses to “Title”" (and its German, French, Spanish, Italian and Dutch translations: "2 Gedanken zu
 * „…“", "2 réflexions sur « … »", "2 pensieri su “…”", "2 gedachten over “…”"), "Leserkommentare", "Top Rated Comments",
 * "Reader comments", "Join the discussion"; a shop's customers' reviews ("Kundenbewertungen", "Customer reviews (12)", "Avis
 * clients"). Not a bare "Discussion" or "Reviews": a paper's own section is titled so.
 */
const SECTION_TITLE =
  /^(?:(?:\d+|one|no)\s+(?:(?:thoughts?|responses?|replies|comments?)\s+(?:on|to)\s.{1,150}|responses?|replies)|(?:\d+|ein|zwei)\s+gedanken?\s+zu\s.{1,150}|(?:\d+|une)\s+réflexions?\s+(?:sur|à propos de)\s.{1,150}|(?:\d+|un)\s+pensier[oi]\s+su\s.{1,150}|(?:\d+|een)\s+gedachten?\s+over\s.{1,150}|(?:\d+\s+)?leserkommentare?|\d+\s+(?:kommentare?|antworten)\s+(?:zu|auf)\s.{1,150}|\d+\s+(?:commentaires?|réponses?)\s+(?:à|sur)\s.{1,150}|\d+\s+(?:comentarios?|respuestas?)\s+(?:a|en)\s.{1,150}|(?:top[- ]rated|most[- ](?:liked|recent|popular)|latest|newest|recent|reader|readers['’]?)\s+comments|(?:join|start)\s+the\s+(?:discussion|conversation)|(?:kunden)?bewertungen(?:\s*\(\d+\))?|(?:customer|user|reader)\s+reviews(?:\s*\(\d+\))?|avis\s+(?:clients|des\s+clients|des\s+lecteurs)|opiniones\s+de\s+(?:clientes|usuarios|lectores)|recensioni\s+(?:dei\s+)?clienti)$/iu;
const MAX_TITLE_CHARS = 200;
/** Boxes a thread's heading may sit in, first thing in them ("<header><h3>2 comments on “…”</h3><p><a>Post a comment</a></p></header>"). */
const HEADING_BOXES = new Set(['header', 'hgroup', 'div']);

/** True when `el` is a readers' comment thread by its text: a run of commenter-headed items, or a block opened by a comments heading. */
export function isCommentThread(el: DomElement): boolean {
  const first = firstElement(el);
  if (!first) return false;
  const heading = HEADING_BOXES.has(first.name) ? firstElement(first) : first;
  if (heading && SUBHEADING_TAGS.has(heading.name) && isSectionTitle(heading)) return true;
  return hasHeadedItems(el);
}

/** True for a heading that titles the readers' comments ("12 thoughts on “…”", "One Response", "Leserkommentare"). */
export function isSectionTitle(heading: DomElement): boolean {
  const text = textPrefix(heading, MAX_TITLE_CHARS + 1)
    .replace(/\s+/gu, ' ')
    .trim();
  return text.length <= MAX_TITLE_CHARS && (isCommentsTitle(text) || SECTION_TITLE.test(text));
}

/** Several of the first item-tagged children open with a commenter's header (counted first: most blocks have fewer items than a thread). */
function hasHeadedItems(el: DomElement): boolean {
  let items = 0;
  for (const c of el.children) if (isElement(c) && ITEM_TAGS.has(c.name) && ++items >= MIN_HEADED_ITEMS) break;
  if (items < MIN_HEADED_ITEMS) return false;
  let read = 0;
  let headed = 0;
  for (const c of el.children) {
    if (!isElement(c) || !ITEM_TAGS.has(c.name)) continue;
    if (++read > ITEMS_READ) break;
    if (isHeader(textPrefix(c, HEADER_CHARS).trimStart())) headed++;
    else if (read - headed > MAX_UNHEADED_ITEMS) return false;
  }
  return headed >= MIN_HEADED_ITEMS;
}

function isHeader(text: string): boolean {
  return HEADER_HINT.test(text) && COMMENT_HEADER.test(text);
}
