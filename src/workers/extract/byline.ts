/**
 * The story's byline: a person, or nothing. Structured sources first (the article's JSON-LD author,
 * meta author, rel/itemprop author), then the visible byline nearest the headline; every candidate
 * is validated as name-shaped, and comments, related stories, footers and author boxes are not read.
 */
import { DomElement, boundedText, enclosingItem, isElement, isInside, itempropOf, rawText, walkElements } from './dom';
import { StoryPlace, rankedElements } from './byline-place';
import { wireDateline } from './wire-marks';
import { namesSections } from './section-words';
import { nominativeForms } from './name-forms';
import {
  MAX_LINE_CHARS,
  articleFooterLines,
  signatureLines,
  closingLines,
  elementTexts,
  headLines,
  linesBelow,
  openingLines,
  firstBlockLines,
  postFooterBlocks,
  postFooterLines,
} from './byline-lines';
import { ARTICLE_ITEMTYPE, PageFacts } from './collect';
import { LdArticle } from './jsonld';
import { plainText } from '../../core/plain-text';
import { otherLabelBefore, pageText, printedAsReporter, printedOnPage } from './printed-name';
import { foldAccents } from '../../core/fold-accents';
import { bylineNames, creditedNames, editorCreditNames, isPersonName, langLeadCredit, langLeadSignOff } from './person-name';
import {
  EDITED_BY,
  EDITION_LABEL,
  PHOTOGRAPHER_ROLE,
  endsWithOtherCredit,
  otherCreditRest,
  otherCreditsWithin,
  isPictureCredit,
  photographerOfLine,
} from './other-credit';
import { cleanText } from './text';
import {
  closingCredit,
  datelineCredit,
  labelledClosing,
  lineCredit,
  nameOverDate,
  nameOverRole,
  postedByCredit,
  prefixJoined,
  prefixedLines,
  withLabelled,
  withoutDecoration,
  writerWithAgency,
} from './byline-line';
import { BYLINE_LEAD, CREDIT_LEAD, GUEST_CREDIT } from './byline-prefix';

/** Meta keys naming the author, most specific first (article:author only when it is not a URL). */
const AUTHOR_META_KEYS = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'byl',
  'twitter:creator:name',
];

export interface Byline {
  /** The names as the page joins them ("Anna Dunst und Max Muster"), roles and dates dropped. */
  text: string | null;
  /** The byline as printed, with titles and outlets ("X, AP Sports Writer"): attribution reads it. */
  raw: string | null;
  authors: string[];
}

const NONE: Byline = { text: null, raw: null, authors: [] };

/** Lines below the headline that attribution reads. */
const HEADER_LINES = 4;

/**
 * The first lines below the headline, a bare "By" joined to the line after it: attribution reads their credits ("Von dpa",
 * "Por Redacción / EFE", "来源：新华社" in a header box outside the story's container).
 */
export function headerLines(place: StoryPlace): string[] {
  return prefixJoined(belowHeadline(place)).slice(0, HEADER_LINES);
}

/** Byline elements near the headline whose text is read as an author field. */
const AUTHOR_FIELD_ELEMENTS = 2;

/**
 * The author fields as printed, for a page whose byline names no person: JSON-LD and meta authors and the text of the
 * byline elements nearest the headline. Attribution reads an agency named alone there ("Europa Press", "연합뉴스").
 */
export function authorFields(facts: PageFacts, ld: LdArticle | null, place: StoryPlace): string[] {
  const elements = ranked(facts, place).slice(0, AUTHOR_FIELD_ELEMENTS);
  return [
    ...(ld?.authors ?? []).map(plainText),
    ...(facts.metaAll.get('author') ?? []),
    ...elements.map((el) => elementTexts(el).whole[0] ?? '').filter((t) => t.length <= MAX_LINE_CHARS),
  ];
}

/** The lines of the blocks right after the story's body ("Posted by X", "Источник: ТАСС"): the byline and attribution read them. */
export function trailerLines(place: StoryPlace): string[] {
  place.after ??= postFooterLines(place.headline, place.body);
  return place.after;
}

/**
 * The same blocks' lines one by one ("Autor: X" / "Источник: ИА «Камаинформ»", a source box's "FUENTE" / "<a>Agencia
 * X</a>"): attribution reads a source label among them, which the blocks' whole text runs into their other lines.
 */
export function trailerParts(place: StoryPlace): string[] {
  place.afterParts ??= postFooterBlocks(place.headline, place.body).flatMap((el) => elementTexts(el).lines);
  return place.afterParts;
}

/** The story's last blocks' lines, pruned ones included (closingLines), once per page. */
function storyClosing(place: StoryPlace): string[] {
  place.closing ??= closingLines(place.body);
  return place.closing;
}

/** The byline elements ranked by their place (byline-place.ts), once per page. */
function ranked(facts: PageFacts, place: StoryPlace): DomElement[] {
  place.ranked ??= rankedElements(facts, place);
  return place.ranked;
}

/** The lines below the headline and those of the byline elements: where credits for other work are read. */
function bylineLines(facts: PageFacts, place: StoryPlace): string[] {
  return [...belowHeadline(place), ...ranked(facts, place).flatMap((el) => elementTexts(el).lines)];
}

/** The lines below the headline, read once per page. */
function belowHeadline(place: StoryPlace): string[] {
  place.below ??= place.headline ? linesBelow(place.headline, place.body) : [];
  return place.below;
}

/** A writer's name alone on the story's first line is short: a longer line is the story's own. */
const MAX_BARE_NAME_CHARS = 60;

/**
 * Finds the byline; `place` says where the story is, `siteNames` are the page's own names, `categories` its sections and
 * keywords. A name made only of the words the page names its sections with is a section's label (section-words.ts).
 */
export function readByline(
  facts: PageFacts,
  ld: LdArticle | null,
  place: StoryPlace,
  siteNames: string[],
  categories: readonly string[] = [],
): Byline {
  const found = inNominative(findByline(facts, ld, place, siteNames), facts, ld, place);
  const persons = found.authors.filter((n) => !namesSections(n, facts, categories));
  if (persons.length === found.authors.length) return found;
  return persons.length ? byNames(persons, persons) : NONE;
}

/**
 * A Greek byline's genitive names in the nominative the page prints elsewhere (name-forms.ts): in the structured data, the
 * meta author, the byline elements and the blocks after the story first, then any line of the page.
 */
function inNominative(b: Byline, facts: PageFacts, ld: LdArticle | null, place: StoryPlace): Byline {
  const authors = nominativeForms(
    b.authors,
    b.raw ?? '',
    () => [
      ...(ld?.authors ?? []).map(plainText),
      ...(facts.metaAll.get('author') ?? []),
      ...ranked(facts, place).flatMap((el) => elementTexts(el).lines),
      ...trailerParts(place),
    ],
    () => (facts.body ? elementTexts(facts.body).lines : []),
  );
  return authors.some((n, i) => n !== b.authors[i]) ? { ...b, authors, text: joinNames(authors) } : b;
}

function findByline(facts: PageFacts, ld: LdArticle | null, place: StoryPlace, siteNames: string[]): Byline {
  const lang = pageLang(facts);
  const guest = guestByline(facts, place, siteNames, lang);
  if (guest) return guest;
  const ldAuthors = (ld?.authors ?? []).map(plainText);
  // A structured author the page prints nowhere is a name no reader can check: a portal's curator, a romanized form of a
  // name printed in its own script, a CMS default. Measured once on 478 blind pages (12 rounds, each at the commit it was
  // written after), all 5 bylines given so were wrong, and none of the right ones was so.
  const named = [...new Set(ldAuthors.flatMap((a) => creditedNames(a, siteNames, lang)))].filter((n) => printedOnPage(n, facts));
  // Structured authors the page credits only for other work (its editor, photographer, translator) name no writer; nor do
  // those the page footer's imprint names ("Ansvarig utgivare: X") when no visible byline names them.
  const fromLd =
    named.length && (isOtherCredit(named, creditedOthers(facts, place)) || creditedElsewhere(named, facts, place, siteNames)) ? [] : named;
  if (fromLd.length) {
    const structured = fromLd.length === 1 || ldAuthors.length === 1 ? bylineOf(ldAuthors.join(', '), fromLd) : byNames(ldAuthors, fromLd);
    if (structured.authors.length > 1)
      return bylinedOnly(asPrinted(writersOnly(structured, facts, place, siteNames), facts, place, siteNames), facts, place, siteNames);
    const over = overStructured(structured, facts, place, siteNames);
    if (over) return over;
    // a structured author the story's closing credits name for other work ("Translated by X"), whatever account posted it
    if (isOtherCredit(structured.authors, closingCredits(place).others)) return NONE;
    return structured;
  }
  // Meta authors are trusted when no visible byline contradicts them (a publisher or CMS default in meta[name=author] does)
  const fromMeta = metaAuthors(facts.metaAll, siteNames, lang)
    .map((m) => ({ ...m, names: m.names.filter((n) => printedOnPage(n, facts)) }))
    .filter((m) => m.names.length);
  const found = visibleByline(facts, place, siteNames);
  // A visible name the page credits for other work ("Editor: X" in the byline slot) is that credit again, unless the line
  // itself credits the writing ("Tekst og foto: X" by the one who also took the caption's picture).
  const visible = found && !writerCredit(found) && isOtherCredit(found.authors, creditedOthers(facts, place)) ? null : found;
  if (!visible) {
    if (!fromMeta.length) return NONE;
    // Unconfirmed by a visible byline, a meta author the page credits as its editor (or photographer, translator) is no writer.
    const others = new Set([...creditedOthers(facts, place), ...pageCredits(facts, place), ...closingCredits(place).others]);
    const trusted = fromMeta.find((m) => !isOtherCredit(m.names, others));
    return trusted ? bylineOf(trusted.raw, trusted.names) : NONE;
  }
  const agreeing = fromMeta.find((m) => m.names.some((n) => hasName(visible.authors, n)));
  return agreeing && !namesMore(visible, agreeing.names) ? bylineOf(agreeing.raw, agreeing.names) : visible;
}

/**
 * Several structured authors, of whom the visible byline credits only some in so many words ("Von Friederike X" over
 * JSON-LD's X and Y): those it names, when the others are printed nowhere near the headline. A structured co-author
 * printed only elsewhere on the page is a desk head whose name heads another story's teaser, a CMS's second account, an
 * editor: the reader is told who wrote the story, and that is the credit to print.
 */
function bylinedOnly(b: Byline, facts: PageFacts, place: StoryPlace, siteNames: string[]): Byline {
  const visible = visibleByline(facts, place, siteNames);
  // a plural label ("Autoren:" over a list) names its writers line by line: its first line names one of them
  if (!visible || !writerCredit(visible) || PLURAL_LABEL.test(withoutDecoration(visible.raw ?? ''))) return b;
  const named = b.authors.filter((n) => hasName(visible.authors, n));
  if (!named.length || named.length === b.authors.length) return b;
  const head = belowHeadline(place).join(' ').toLowerCase();
  const elsewhere = b.authors.filter((n) => !named.includes(n));
  return elsewhere.some((n) => head.includes(n.toLowerCase())) ? b : byNames(named, named);
}

/** A writers' label in the plural: "Authors:", "Autoren:", "Autorinnen und Autoren:", "Autores:", "Авторы:". */
const PLURAL_LABEL = /^(?:authors|autoren|autorinnen(?:\s+und\s+autoren)?|autores|autori|auteurs|autorzy|авторы|аутори)\s*[:：]/iu;

/** The byline as printed says it credits the writing: "By X", "Tekst og foto: X", "Guest post by X". */
function writerCredit(b: Byline): boolean {
  const printed = withoutDecoration(b.raw ?? '');
  return CREDIT_LEAD.test(printed) || GUEST_CREDIT.test(printed);
}

/** Byline elements, nearest the headline first, and lines below the headline read for a guest's credit. */
const GUEST_ELEMENTS = 4;
const GUEST_LINES = 8;
/** "This is a guest post by X.": the guest's credit said in a sentence opening the story. */
const GUEST_SENTENCE = /^(?:this|the following) is an? guest (?:post|column|essay|article|piece|contribution) (?:by|from) (.{3,60}?)\.?$/iu;

/**
 * A guest's credit near the headline ("Guest post by X", "Ein Gastbeitrag von X", "This is a guest post by X."), in a
 * byline element or a line below the headline: the guest wrote the piece, whatever the host's byline in the theme's
 * author slot, the meta author and the structured data say (they name the blog's owner).
 */
function guestByline(facts: PageFacts, place: StoryPlace, siteNames: string[], lang: string): Byline | null {
  const lines = [
    ...ranked(facts, place)
      .slice(0, GUEST_ELEMENTS)
      .flatMap((el) => elementTexts(el).lines),
    ...prefixJoined(belowHeadline(place)).slice(0, GUEST_LINES),
  ];
  for (const raw of lines) {
    const line = withoutDecoration(raw);
    const sentence = GUEST_SENTENCE.exec(line)?.[1];
    if (!sentence && !GUEST_CREDIT.test(line)) continue;
    // the mark and what follows it: "Guest post by X", "Гостевой пост. Текст: X"
    const names = bylineNames(sentence ?? line.replace(GUEST_CREDIT, '').replace(/^[\s.:–—-]+/u, ''), siteNames, lang);
    if (names.length) return bylineOf(raw, names);
  }
  return null;
}

/** The page's language, as bylineNames reads names by it (html lang, else og:locale). */
function pageLang(facts: PageFacts): string {
  return facts.lang || facts.meta.get('og:locale') || '';
}

/** A capitalised name's first word, and one more word of it on the same line. */
const NAME_FIRST = '\\p{Lu}\\p{L}+';
const NAME_MORE = '(?:[^\\S\\n]+\\p{Lu}[\\p{L}.]*)';

/**
 * "[责任编辑:肖春芳]", "Edited by Jane Roe", "(… Editing by Jane Roe)", "Edición web: Rodrigo Salas Téllez" (closing a wire's story
 * a portal republished): an editor's credit printed in the page's text (its class, if any, not read).
 */
const EDITOR_IN_TEXT = new RegExp(
  `(?:(?:责任|責任)?(?:编辑|編輯)\\s*[:：]\\s*[^\\s\\]】)）]{2,6}|${EDITED_BY}\\s+(${NAME_FIRST}${NAME_MORE}{1,2})|${EDITION_LABEL}\\s*[:：]\\s*(${NAME_FIRST}${NAME_MORE}{1,3}))`,
  'giu',
);

/**
 * The persons the page credits for work other than the writing: its editors (in editor elements, in the story's text,
 * "责任编辑：王磊", "Editor: X" below the headline), its photographers ("Fotos: X", a name over the role "Fotograf" in
 * the byline box) and its translators ("Traduit du norvégien par X"). Read once per page, and only when structured
 * authors are to be checked against them.
 */
function creditedOthers(facts: PageFacts, place: StoryPlace): Set<string> {
  if (place.others) return place.others;
  const lines = withLabelled(bylineLines(facts, place));
  const names = [...facts.editors.map((el) => rawText(el)), ...editorLines(pageText(facts).raw), ...lines].flatMap(editorCreditNames);
  lines.forEach((line, i) => {
    for (const part of creditParts(line)) {
      // "Reviewed by X" alone is as often a critic's byline as a reviewer's credit: only the other tasks count
      const rest = AMBIGUOUS_REVIEW.test(part) ? null : otherCreditRest(part);
      if (rest) names.push(...creditedNames(rest));
    }
    const next = lines[i + 1];
    if (next !== undefined && PHOTOGRAPHER_ROLE.test(next.trim())) names.push(...bylineNames(line));
    else if (PHOTOGRAPHER_ROLE.test(line.trim())) names.push(...bylineNames(line));
    const photographer = photographerOfLine(line);
    if (photographer) names.push(...creditedNames(photographer));
  });
  // a byline element printed after another task's label: "Traduit du norvégien par <a href="/auteurs/x">X</a>"
  for (const el of ranked(facts, place)) if (endsWithOtherCredit(textBefore(el))) names.push(...creditedNames(rawText(el)));
  place.others = new Set(names.map(nameKey));
  return place.others;
}

/**
 * The structured authors as the visible byline prints them, where it prints one more fully ("Konstantin von Hallerstein"
 * in JSON-LD, "Konstantin Freiherr von Hallerstein" on the page): the same given name and surname, more words between.
 */
function asPrinted(b: Byline, facts: PageFacts, place: StoryPlace, siteNames: string[]): Byline {
  const printed = visibleByline(facts, place, siteNames)?.authors ?? [];
  const fuller = (n: string) => printed.find((p) => samePerson(n, p) && p.split(/\s+/u).length > n.split(/\s+/u).length) ?? n;
  const authors = b.authors.map(fuller);
  return authors.some((n, i) => n !== b.authors[i]) ? byNames(authors, authors) : b;
}

/** The same given name first and the same surname last, compared as a reader does. */
function samePerson(a: string, b: string): boolean {
  const x = nameKey(a).split(' ');
  const y = nameKey(b).split(' ');
  return x[0] === y[0] && x[x.length - 1] === y[y.length - 1];
}

/** Every name is among those credited for other work (their name keys), compared as a reader does ("LEA BRANDSTÄTTER" is "Lea Brandstätter"). */
function isOtherCredit(names: string[], others: Set<string>): boolean {
  return names.every((n) => others.has(nameKey(n)));
}

/**
 * The structured authors are all named in the footer's imprint (pageCredits), and no visible byline names one of them, nor
 * does the page print them as its reporters ("윤서진 기자").
 */
function creditedElsewhere(named: string[], facts: PageFacts, place: StoryPlace, siteNames: string[]): boolean {
  if (!isOtherCredit(named, pageCredits(facts, place))) return false;
  if (named.every((n) => printedAsReporter(n, facts))) return false;
  const visible = visibleByline(facts, place, siteNames);
  return !visible || !visible.authors.some((n) => hasName(named, n));
}

/** A page footer's text longer than this is a sitemap, not an imprint line. */
const MAX_FOOTER_CHARS = 2000;

/**
 * The persons the page footer names after a label that is no writer's ("Ansvarig utgivare: X", "Chefredaktion: Y"): the
 * imprint's. Weaker than creditedOthers, and read only when structured or meta authors are to be checked against them.
 * Not a caption's picture credit ("Foto: X"): a blogger credits their own photos so, and reading those cost a right
 * byline of the readability hold-out when it was tried.
 */
function pageCredits(facts: PageFacts, place: StoryPlace): Set<string> {
  if (place.credits) return place.credits;
  const names = facts.footers
    .map((footer) => boundedText(footer, MAX_FOOTER_CHARS))
    .flatMap((text) => (text === null ? [] : nonWriterLabelled(text).flatMap((part) => creditedNames(part))));
  place.credits = new Set(names.map(nameKey));
  return place.credits;
}

/**
 * A line and each other task's credit printed inside it ("Por X — Edição: Y", "Texto de X, fotografias de Y", "Reporting
 * by X; Editing by Y"): another task's credit may follow the writer's on one line.
 */
function creditParts(line: string): string[] {
  return [line, ...otherCreditsWithin(line)];
}

/**
 * The persons the story's closing lines and the blocks after it credit for other work, as name keys, read in one pass and
 * once per page: `others` for other work than the writing and the pictures ("Translated by X", "Edição: Y"; a writer often
 * takes the pictures too), `photographers` for the pictures of a credits line ("에디터 X, Y | 포토그래퍼 Z | 디지털 디자인 W").
 * Read only for a single structured author the visible byline does not override, a meta author no visible byline confirms,
 * and several structured authors being sorted: the story's last blocks cost a read of their own.
 */
function closingCredits(place: StoryPlace): { others: Set<string>; photographers: Set<string> } {
  if (place.closingCredits) return place.closingCredits;
  const others: string[] = [];
  const photographers: string[] = [];
  for (const line of [...storyClosing(place), ...trailerParts(place)]) {
    for (const part of creditParts(line)) {
      const rest = AMBIGUOUS_REVIEW.test(part) || isPictureCredit(part) ? null : otherCreditRest(part);
      if (rest) others.push(...creditedNames(rest));
    }
    for (const part of line.split(CREDIT_SEPARATOR)) {
      const photographer = photographerOfLine(part);
      if (photographer) photographers.push(...creditedNames(photographer));
    }
  }
  place.closingCredits = { others: new Set(others.map(nameKey)), photographers: new Set(photographers.map(nameKey)) };
  return place.closingCredits;
}

/** Between the credits of one line after the story. */
const CREDIT_SEPARATOR = /\s*[|·•]\s*/u;

/** "Reviewed by X" without "medically" or the like: a film or product review's critic, or a fact check's reviewer. */
const AMBIGUOUS_REVIEW = /^\s*reviewed\s+by\b/iu;

/**
 * Several structured authors without those the page credits for other work: news sites list the photographer and the
 * translator as authors in their JSON-LD ("Texto: X / Fotos: Y" with both in `author`). All of them when none is left.
 */
function writersOnly(structured: Byline, facts: PageFacts, place: StoryPlace, siteNames: string[]): Byline {
  const closing = closingCredits(place);
  const others = new Set([...creditedOthers(facts, place), ...closing.photographers, ...closing.others]);
  const labelled = labelledParts(facts, place);
  // A writer the visible byline names stays one, though a picture is credited to them too ("By MEG KINNARD and …", "AP Photo/Meg Kinnard").
  const bylined = visibleByline(facts, place, siteNames)?.authors ?? [];
  const credited = (n: string) => (others.has(nameKey(n)) || labelled.some((part) => part.includes(n))) && !hasName(bylined, n);
  const writers = structured.authors.filter((n) => !credited(n));
  return writers.length && writers.length < structured.authors.length ? byNames(writers, writers) : structured;
}

/** "Label: names" on a byline line, between separators: "Edição: Carla Motta", "Sidansvarig: X", "Korekta: Y". */
const LABELLED_PART = /(?:^|[|·•—–/;,]\s*)(\p{L}[\p{L}\s.'’-]{1,30}?)\s*[:：]\s*([^|·•—–/;:：]+)/gu;

/**
 * What the byline lines print after a label that is no writer's ("Edição: Y", "Grafik: Y", "Sidansvarig: Y"): any label
 * but the by-words and author labels of byline-prefix.ts. Only structured co-authors printed there are dropped for it,
 * and only while one writer is left: a writer's label in a language the lead list lacks ("Szerzők: X, Y") reads the same,
 * and names every writer.
 */
function labelledParts(facts: PageFacts, place: StoryPlace): string[] {
  return bylineLines(facts, place).flatMap(nonWriterLabelled);
}

/** What `text` prints after each label that is no writer's: any label but the by-words and author labels of byline-prefix.ts. */
function nonWriterLabelled(text: string): string[] {
  return [...text.matchAll(LABELLED_PART)].filter((m) => !BYLINE_LEAD.test(`${m[1]!.trim()}: `)).map((m) => m[2]!);
}

/** The editor credits in the page's text (the story's, and a second opinion's story is no part of this page), each as its own line for editorCreditNames. */
function editorLines(text: string): string[] {
  return [...text.matchAll(EDITOR_IN_TEXT)].flatMap((m) => {
    const name = m[1] ?? m[2];
    if (name === undefined) return [m[0]]; // the Chinese label's
    // the name's capitalised words: under the `i` flag \p{Lu} matched a word of either case ("Edited by Jane Roe for clarity")
    const words = name.split(/[^\S\n]+/u);
    const lower = words.findIndex((w) => !/^\p{Lu}/u.test(w));
    const kept = lower < 0 ? words.length : lower;
    return kept < 2 ? [] : [m[0].slice(0, m[0].length - name.length) + words.slice(0, kept).join(' ')];
  });
}

function byNames(printed: string[], authors: string[]): Byline {
  return { text: joinNames(authors), raw: printed.join(', '), authors };
}

/**
 * The visible byline, when it wins over the one structured author: it names that author and more (structured data often
 * keeps only the first of several: "By Stefan Becket, Kathryn Watson, Grace Segers" over one JSON-LD author), or it names
 * someone else in an explicit credit ("By X", "Von X", "Ein Gastbeitrag von X", "Penulis: X", a "Guest post" mark). Such a credit the reader
 * sees is the stronger claim: a structured author it does not name is a column's account, an editor or translator, a CMS
 * default or a former writer shown nowhere. Measured on 174 blind pages the rules had not seen (rounds 4–7, at 11957a0),
 * the visible byline was the right one on all 3 such disagreements, and on all 5 of the development pages. A bare name in
 * a byline box does not win so: Folha's box prints only the city ("São Paulo", readability/folha).
 */
function overStructured(structured: Byline, facts: PageFacts, place: StoryPlace, siteNames: string[]): Byline | null {
  const visible = visibleByline(facts, place, siteNames);
  if (!visible) return null;
  if (visible.authors.some((n) => hasName(structured.authors, n)))
    return namesMore(visible, structured.authors) || casedBetter(visible, structured) ? visible : null;
  if (
    inOtherOrder(visible, structured) ||
    printedInFull(visible, structured) ||
    printedLonger(visible, structured) ||
    printedWithMarks(visible, structured)
  )
    return visible;
  return writerCredit(visible) ? visible : null;
}

/**
 * The same persons, each structured name a short form of the printed one: the given name cut short, the surname the same
 * ("Magda Wrzosek" in the metadata, "Magdalena Wrzosek" printed). The page's form is the one to print.
 */
function printedInFull(b: Byline, other: Byline): boolean {
  const short = (s: string, full: string) => {
    const [x, y] = [nameKey(s).split(' '), nameKey(full).split(' ')];
    const [given, fullGiven] = [x[0] ?? '', y[0] ?? ''];
    return (
      x.length === y.length && x.at(-1) === y.at(-1) && given.length >= 3 && given.length < fullGiven.length && fullGiven.startsWith(given)
    );
  };
  return b.authors.length === other.authors.length && other.authors.every((n, i) => short(n, b.authors[i]!));
}

/**
 * The same persons, each structured name the printed one's first words: a second surname the metadata leaves out ("Marta
 * Vilaró" in the metadata, "Marta Vilaró Puig" printed; Catalan, Spanish and Galician writers sign with both). The page's
 * form is the one to print.
 */
function printedLonger(b: Byline, other: Byline): boolean {
  const longer = (s: string, full: string) => {
    const [x, y] = [nameKey(s).split(' '), nameKey(full).split(' ')];
    return x.length >= 2 && y.length > x.length && x.every((w, i) => w === y[i]);
  };
  return b.authors.length === other.authors.length && other.authors.every((n, i) => longer(n, b.authors[i]!));
}

/** The same names, printed with the marks the metadata leaves out ("Adébáyọ̀ Ọláníyì" printed, "Adebayo Olaniyi" in JSON-LD). */
function printedWithMarks(b: Byline, other: Byline): boolean {
  const bare = (n: string) => foldAccents(nameKey(n));
  return b.authors.length === other.authors.length && other.authors.every((n, i) => bare(n) === bare(b.authors[i]!));
}

/**
 * The same names with their words in another order: "Szabó Eszter" printed, family name first as Hungarian writes it, over
 * JSON-LD's "Eszter Szabó". The page's order is the one to print.
 */
function inOtherOrder(b: Byline, other: Byline): boolean {
  const words = (n: string) => nameKey(n).split(' ').sort().join(' ');
  return b.authors.length === other.authors.length && other.authors.every((n) => b.authors.some((m) => words(m) === words(n)));
}

/** The same names, printed in mixed case where the other has them in capitals ("Tom Krisher" over JSON-LD's "TOM KRISHER"). */
function casedBetter(b: Byline, other: Byline): boolean {
  const caps = (names: string[]) => names.every((n) => n === n.toUpperCase());
  return (
    b.authors.length === other.authors.length &&
    caps(other.authors) &&
    !caps(b.authors) &&
    other.authors.every((n) => hasName(b.authors, n))
  );
}

/** Names compared as a reader does: "KENDRA VOSS" is "Kendra Voss". */
const nameKey = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ');

function hasName(names: string[], name: string): boolean {
  const key = nameKey(name);
  return names.some((n) => nameKey(n) === key);
}

/**
 * The names cut where the piece of markup that printed them ends. A box's line read whole runs its pieces together: "Por
 * <a>Carla Mendes</a> <span>Valencia</span>" reads as "Carla Mendes Valencia", "Door <span>Jan de Vries</span>
 * <time>Gisteren</time>" as "Jan de Vries Gisteren". When a piece is a name by itself and a name read runs on past it
 * into the next piece, the piece is the name: a place, a date or a desk printed apart is no part of it.
 */
function withinPieces(names: string[], pieces: string[], siteNames: string[], lang: string): string[] {
  // a piece's bracketed agency is no part of its name ("Lucía X (EFE)" over "Cabeza del Encinar (Badajoz) | <time>")
  const bare = pieces.map((p) => p.replace(TRAILING_BRACKETS, ''));
  const cut = (name: string) => bare.find((p) => name.startsWith(`${p} `) && p.includes(' ') && isPersonName(p, siteNames, lang)) ?? name;
  return names.map(cut);
}

/** Bracketed words closing a piece: "(EFE)", "(Badajoz)". */
const TRAILING_BRACKETS = /\s*[(（][^()（）]{1,40}[)）]$/u;

/** The byline names every one of `others` and more. */
function namesMore(b: Byline, others: string[]): boolean {
  return b.authors.length > others.length && others.every((n) => hasName(b.authors, n));
}

/** The visible byline, read once per page: the structured authors are checked against it at several steps. */
function visibleByline(facts: PageFacts, place: StoryPlace, siteNames: string[]): Byline | null {
  let found = VISIBLE.get(place);
  if (found === undefined) VISIBLE.set(place, (found = readVisibleByline(facts, place, siteNames)));
  return found;
}

const VISIBLE = new WeakMap<StoryPlace, Byline | null>();

/** The visible byline: a byline element nearest the headline, else a "By X" line just below it. */
function readVisibleByline(facts: PageFacts, place: StoryPlace, siteNames: string[]): Byline | null {
  const lang = pageLang(facts);
  const { headline } = place;
  const outer = holdersOfOthers(facts.bylines);
  const candidates = ranked(facts, place);
  for (const el of candidates) {
    // "Photograph: <a>X</a>", "Hosted by <a>X</a>", "Toimetaja: <span>X</span>": another task's credit, or a label no writer's
    const before = textBefore(el);
    if (endsWithOtherCredit(before) || otherLabelBefore(before)) continue;
    const { whole, lines } = elementTexts(el);
    // A link to an author's page is read with the line around it first: "By <a>A</a>, <a>B</a>" names both.
    const line = el.name === 'a' && el.parent && isElement(el.parent) && el.parent.name !== 'body' ? elementTexts(el.parent).whole : [];
    // An author box holding marked-up bylines is read whole; line by line, its other lines ("Tech Industry", a topic link) would pass for names.
    for (const raw of outer.has(el) ? whole : [...line, ...whole, ...withLabelled(lines)]) {
      const names = withinPieces(bylineNames(raw, siteNames, lang), lines, siteNames, lang);
      if (names.length && labelledOther(el, names[0]!)) break; // "<div class="byline-editor"><span>Toimetaja:</span> <span>X</span></div>"
      if (names.length) return { ...bylineOf(raw, names), raw: whole.includes(raw) || line.includes(raw) ? raw : whole[0]! };
    }
  }
  // Read whole, a box holding the byline and its menu of links names no one; its "By X" line still does (WSJ: "By" / "Sarah E. Needleman" / "Biography").
  for (const el of candidates.filter((e) => outer.has(e))) {
    for (const raw of prefixedLines(elementTexts(el).lines)) {
      const names = bylineNames(raw, siteNames);
      if (names.length) return bylineOf(raw, names);
    }
  }
  const below = belowHeadline(place);
  for (const raw of prefixJoined(below)) {
    const credit = (raw.length <= MAX_LINE_CHARS ? (lineCredit(raw) ?? langLeadCredit(raw, lang)) : undefined) ?? datelineCredit(raw);
    const names = credit ? creditedNames(credit, siteNames, lang) : [];
    if (names.length) return bylineOf(raw, names);
  }
  // the dateline opening the story's text, when the lines below the headline stopped before it
  const opening = openingLines(place.body);
  for (const raw of opening) {
    const credit = datelineCredit(raw) ?? (raw.length <= MAX_LINE_CHARS ? (langLeadCredit(raw, lang) ?? writerWithAgency(raw)) : undefined);
    const names = credit ? creditedNames(credit, siteNames, lang) : [];
    if (names.length) return bylineOf(credit!, names);
  }
  // a bare name above a wire's dateline ("Karla Méndez Ochoa" / "Huitzapan (México), 12 jun (EFE).- …"): an agency feature's writer
  // ... in blocks of their own, or as the first block's lines ("HELENA MARQUES VIDAL<br>PORTO TAPAJÓS, PA (FOLHAPRESS)")
  for (const [first, second] of [opening, firstBlockLines(place.body)]) {
    if (!first || !second || first.length > MAX_BARE_NAME_CHARS || !wireDateline(second)) continue;
    const names = bylineNames(first, siteNames, lang);
    if (names.length) return bylineOf(first, names);
  }
  const nameLine = nameOverDate(headLines(below));
  const overDate = nameLine ? bylineNames(nameLine, siteNames, lang) : [];
  if (overDate.length) return bylineOf(nameLine!, overDate);
  for (const raw of headline ? prefixedLines(articleFooterLines(headline)) : []) {
    const names = raw.length <= MAX_LINE_CHARS ? bylineNames(raw, siteNames, lang) : [];
    if (names.length) return bylineOf(raw, names);
  }
  // the blocks right after the body: "Posted by X at 10:15", or a labelled credit closing the story outside its text
  // ("<div class="detail-author">Bài, ảnh: X - Y</div>" after a Vietnamese paper's body)
  for (const raw of trailerLines(place)) {
    const credit = raw.length <= MAX_LINE_CHARS ? (postedByCredit(raw) ?? labelledClosing(raw)) : undefined;
    const names = credit ? creditedNames(credit, siteNames, lang) : [];
    if (names.length) return bylineOf(raw, names);
  }
  // ... and their lines one by one: a credits line above a republication note in one box ("Text: X · Bild: Y" / "Dieser Beitrag erschien zuerst in Z")
  for (const raw of trailerParts(place)) {
    const credit = labelledClosing(raw);
    const names = credit ? creditedNames(credit, siteNames, lang) : [];
    if (names.length) return bylineOf(raw, names);
  }
  for (const raw of storyClosing(place)) {
    const credit = closingCredit(raw) ?? langLeadSignOff(raw, lang);
    const names = credit ? creditedNames(credit, siteNames, lang) : [];
    if (names.length) return bylineOf(credit!, names);
  }
  const overRole = nameOverRole(storyClosing(place));
  const signedOver = overRole ? bylineNames(overRole, siteNames, lang) : [];
  if (signedOver.length) return bylineOf(overRole!, signedOver);
  for (const signature of signatureLines(place.body, postFooterBlocks(place.headline, place.body))) {
    const signed = bylineNames(signature, siteNames, lang);
    if (signed.length) return bylineOf(signature, signed);
  }
  return storyItemAuthor(facts, place, siteNames, lang);
}

/**
 * The author the story's own microdata item names (itemprop="author" in the item typed as an article that holds the
 * headline), wherever the template prints it: TYPO3's news extension puts the author box after the text, where a
 * byline element is otherwise another story's or a columnist's. Its itemprop="name" is read when it has one.
 */
function storyItemAuthor(facts: PageFacts, place: StoryPlace, siteNames: string[], lang: string): Byline | null {
  const { headline } = place;
  if (!headline) return null;
  for (const el of facts.bylines) {
    if (itempropOf(el).toLowerCase() !== 'author') continue;
    const item = enclosingItem(el);
    if (!item || !ARTICLE_ITEMTYPE.test(item.attribs.itemtype ?? '') || !isInside(headline, item)) continue;
    const raw = cleanText(rawText(namePart(el) ?? el));
    const names = raw.length <= MAX_LINE_CHARS ? creditedNames(raw, siteNames, lang) : [];
    if (names.length) return bylineOf(raw, names);
  }
  return null;
}

/** The element prints `name` right after a label that is no writer's ("Toimetaja: X", "Korrektur: X"). */
function labelledOther(el: DomElement, name: string): boolean {
  const text = rawText(el);
  const at = text.indexOf(name);
  return at > 0 && otherLabelBefore(text.slice(Math.max(0, at - MAX_LABEL_CHARS), at));
}

/** The itemprop="name" inside a Person item, if it has one. */
function namePart(el: DomElement): DomElement | null {
  let found: DomElement | null = null;
  walkElements(el, (c) => {
    if (!found && itempropOf(c).toLowerCase() === 'name') found = c;
    return !found;
  });
  return found;
}

/** Characters read before an element for the label of its credit ("… Photograph: ", "Medically reviewed by "). */
const MAX_LABEL_CHARS = 60;

/** The text printed just before `el` inside its parent: the label a credit's name follows ("Photograph: ", "Edited by "). */
function textBefore(el: DomElement): string {
  const parent = el.parent;
  if (!parent || !isElement(parent)) return '';
  let text = '';
  for (const sib of parent.children) {
    if (sib === el) break;
    text += rawText(sib);
  }
  return text.slice(-MAX_LABEL_CHARS);
}

/** The byline elements that hold another byline element (an "authorInfo" box around an itemprop="author"). */
function holdersOfOthers(els: DomElement[]): Set<DomElement> {
  const all = new Set(els);
  const holders = new Set<DomElement>();
  for (const el of els) {
    for (let n = el.parent; n && isElement(n); n = n.parent) if (all.has(n)) holders.add(n);
  }
  return holders;
}

/** One candidate per meta key, with the names of every tag of that key ("Kooman, F." and "Jong, Michiel de": two DC.Creator tags, two authors). */
function metaAuthors(metaAll: Map<string, string[]>, siteNames: string[], lang: string): { raw: string; names: string[] }[] {
  const out: { raw: string; names: string[] }[] = [];
  for (const key of AUTHOR_META_KEYS) {
    const values = (metaAll.get(key) ?? []).filter((v) => !/^(?:https?:|www\.|\/)/i.test(v));
    const named = values.map((raw) => ({ raw, names: creditedNames(raw, siteNames, lang) })).filter((m) => m.names.length);
    if (named.length) out.push({ raw: named.map((m) => m.raw).join(', '), names: [...new Set(named.flatMap((m) => m.names))] });
  }
  return out;
}

/** The byline from its printed form, as plain text (markup a page put in an author field dropped). */
function bylineOf(printed: string, names: string[]): Byline {
  const raw = cleanText(plainText(printed));
  const text = spanOf(raw, names)?.replace(/\s+([,;])/gu, '$1');
  return { text: text ?? joinNames(names), raw, authors: names };
}

/** "Von Anna Dunst und Max Muster, 3. Mai" → "Anna Dunst und Max Muster": the span from first to last name, as printed. */
function spanOf(raw: string, names: string[]): string | null {
  const start = raw.indexOf(names[0]!);
  const lastName = names[names.length - 1]!;
  const end = raw.indexOf(lastName, start) + lastName.length;
  if (start < 0 || end < start + lastName.length) return null;
  const span = raw.slice(start, end);
  return names.every((n) => span.includes(n)) ? span : null;
}

function joinNames(names: string[]): string {
  return names.join(', ');
}

/**
 * The names without those that name the story's original outlet: "X, Y / Red Fronteriza" reads the network as a third
 * writer, and the attribution credits "Red Fronteriza de Periodismo de Investigación" as the source. A name is the outlet
 * when it is the source's name or its first words.
 */
export function withoutSource(names: string[], source: string | null): string[] {
  if (!source) return names;
  const key = nameKey(source);
  return names.filter((n) => key !== nameKey(n) && !key.startsWith(`${nameKey(n)} `));
}

/** The byline and its names without those that name the original outlet (withoutSource), the byline joined anew when one went. */
export function bylineWithoutSource(
  byline: string | null,
  names: string[],
  source: string | null,
): { byline: string | null; authors: string[] } {
  const authors = withoutSource(names, source);
  return authors.length === names.length ? { byline, authors } : { byline: joinNames(authors) || null, authors };
}
