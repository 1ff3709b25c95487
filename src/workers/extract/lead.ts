/**
 * Page chrome at the top of a story: the `<time>` element, a dateline line ("Berlin, 04.12.2026 ·
 * 10:15 Uhr") and the lead figure (the lead image is its own field). Only before the first
 * paragraph of prose: figures and dates further down are part of the story.
 */
import { DomElement, DomNode, boundedTextRaw, findAll, hasChildren, isElement, rawText } from './dom';
import { Segment, cleanText } from './text';
import { isSignature, lineCredit } from './byline-line';
import { hasSourceLabel } from './attribution';

/** A text run this long that is not a date is the story's first prose: the top ends there. */
const PROSE_START_CHARS = 40;
/** A dateline block is short: longer blocks are prose even when they start with a date. */
const MAX_DATELINE_CHARS = 80;
/** A place or source name in a script without spaces is this short ("新浪新闻", "新华网"); a longer run is prose. */
const MAX_UNSPACED_NAME = 6;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Elements that hold the lead picture. */
const FIGURE_TAGS = new Set(['figure', 'picture', 'img']);
/** Words a dateline may hold besides numbers, places and month names (en, de, fr, es, it, nl, pt; zh, ja, ko date units and labels). */
const DATELINE_WORDS = new Set([
  '年',
  '月',
  '日',
  '时',
  '時',
  '分',
  '来源',
  '來源',
  '发布时间',
  '發佈時間',
  '时间',
  '時間',
  '更新',
  '公開',
  '配信',
  '년',
  '월',
  '일',
  '입력',
  '수정',
  '기사입력',
  'published',
  'updated',
  'posted',
  'last',
  'on',
  'at',
  'am',
  'pm',
  'um',
  'uhr',
  'gmt',
  'utc',
  'cet',
  'cest',
  'est',
  'edt',
  'pst',
  'pdt',
  'bst',
  'veröffentlicht',
  'aktualisiert',
  'stand',
  'vom',
  'datum',
  'pressemitteilung',
  'pressemeldung',
  'medienmitteilung',
  'communiqué',
  'comunicado',
  'publié',
  'publiée',
  'le',
  'mis',
  'à',
  'jour',
  'publicado',
  'actualizado',
  'el',
  'de',
  'del',
  'a',
  'las',
  'pubblicato',
  'aggiornato',
  'il',
  'alle',
  'gepubliceerd',
  'bijgewerkt',
  'op',
  'om',
  'atualizado',
  'em',
  'às',
  'ago',
  'hours',
  'hour',
  'minutes',
  'min',
  'h',
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'januar',
  'jänner',
  'februar',
  'märz',
  'mai',
  'juni',
  'juli',
  'oktober',
  'dezember',
  'janvier',
  'février',
  'mars',
  'avril',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'lunes',
  'martes',
  'miércoles',
  'jueves',
  'viernes',
  'sábado',
  'domingo',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'mo',
  'di',
  'mi',
  'do',
  'fr',
  'sa',
  'so',
]);

/**
 * The same for the other languages read (it, nl, pt, pl, ru, sv, no, da, tr): month names and their abbreviations,
 * weekdays, and the labels and time words of their date lines ("Bologna, 5 dicembre 2026 - ore 10:32", "Gdańsk, 5 grudnia
 * 2026 r., godz. 10:32", "Москва, 5 декабря 2026 г.", "publicerad lördag 5 december 2026 kl. 10.32", "Ankara, 05 Aralık 2026 Cumartesi").
 */
const DATELINE_WORDS_INTL = new Set(
  [
    'gennaio febbraio marzo aprile maggio giugno luglio settembre ottobre dicembre gen mag giu lug ott dic',
    'lunedì martedì mercoledì giovedì venerdì sabato domenica ore aggiornamento',
    'januari februari maart mei augustus mrt okt maandag dinsdag woensdag donderdag vrijdag zaterdag zondag uur geplaatst laatste update gewijzigd',
    'janeiro fevereiro março maio junho julho setembro outubro novembro dezembro fev set out dez',
    'segunda terça quarta quinta sexta feira atualizada publicada',
    'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia sty lut kwi cze lip sie wrz paź lis gru',
    'poniedziałek wtorek środa czwartek piątek sobota niedziela r roku godz opublikowano aktualizacja zaktualizowano dodano',
    'января февраля марта апреля мая июня июля августа сентября октября ноября декабря янв фев мар апр июн июл авг сен сент окт ноя нояб дек',
    'понедельник вторник среда четверг пятница суббота воскресенье г года в опубликовано обновлено',
    'maj augusti måndag tisdag onsdag torsdag fredag lördag söndag kl publicerad publicerat uppdaterad uppdaterat den',
    'desember mandag tirsdag lørdag søndag klokken publisert oppdatert publiceret opdateret',
    'ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık',
    'pazartesi salı çarşamba perşembe cuma cumartesi pazar saat yayınlanma güncelleme',
    // update labels ("Última actualización: 2 de octubre de 2026", "Zuletzt geändert am 16.05.2026", "Dernière mise à jour le …")
    'última ultima ultimo actualización modificación modificado dernière modifié modifiée zuletzt geändert letzte änderung aktualisierung',
    // relative times ("Atualizado há 2 horas", "vor 3 Stunden", "hace 5 minutos", "2 ore fa", "3 uur geleden", "för 2 timmar sedan")
    'há hora horas minuto minutos dia dias hace vor stunde stunden minuten tag tagen fa ore minuti giorni geleden uur dagen för sedan timme timmar minuter',
  ].flatMap((line) => line.split(' ')),
);

/**
 * Adds the top-of-story chrome under `roots` to `skip` (which already holds what is not story text). A standfirst root
 * (content.ts took it in before the body) does not end the walk: a date line may stand between it and the body ("Son Güncelleme: 13.03.2025 11:20").
 */
export function skipLeadChrome(roots: DomElement[], skip: Set<DomNode>, standfirsts: readonly DomElement[] = []): void {
  const state = { done: false };
  for (const root of roots) {
    // its own chrome (a time, a figure) is skipped, but its prose does not end the walk
    if (root !== roots[roots.length - 1] && standfirsts.includes(root)) {
      visit(root, skip, { done: false });
      continue;
    }
    visit(root, skip, state);
    if (state.done) return;
  }
}

function visit(node: DomNode, skip: Set<DomNode>, state: { done: boolean }): void {
  if (state.done || skip.has(node)) return;
  if (node.type === 'text') {
    const t = cleanText(node.data ?? '');
    if (t.length >= PROSE_START_CHARS && !isDateline(t)) state.done = true;
    return;
  }
  if (!hasChildren(node)) return;
  if (isElement(node) && isLeadChrome(node)) return void skip.add(node);
  for (const child of node.children) visit(child, skip, state);
}

function isLeadChrome(el: DomElement): boolean {
  if (el.name === 'time' || FIGURE_TAGS.has(el.name)) return true;
  if (el.name === 'a' || el.name === 'p' || el.name === 'div' || el.name === 'span' || el.name === 'small') {
    const raw = boundedTextRaw(el, MAX_DATELINE_CHARS * 2);
    const t = raw === null ? '' : cleanText(raw);
    if (t.length === 0 || t.length > MAX_DATELINE_CHARS) return false;
    // "来源：新华网 2026-12-05" is read for the original outlet first; topDateline leaves it out of the text after.
    return (isDateline(t) && !hasSourceLabel(t)) || ((el.name === 'p' || el.name === 'div') && isKicker(el, t));
  }
  return false;
}

/** A kicker is short: a section's or a topic's name. */
const MAX_KICKER_CHARS = 40;

/**
 * A block holding one link and nothing else above the story ("<p><a href="/cronaca">Cronaca</a></p>" over the headline, a
 * topic tag): the section's way in, not story text. A link inside a sentence is not one. Only before the story's prose has begun (skipLeadChrome stops there).
 */
function isKicker(el: DomElement, text: string): boolean {
  if (text.length > MAX_KICKER_CHARS || /[.!?:;,]$/u.test(text)) return false;
  const links = findAll(el, 'a');
  return links.length === 1 && cleanText(rawText(links[0]!)) === text;
}

/** True for a line made only of a date, a time and dateline words, with at least one number ("Berlin, 4. Dez. 2026"). */
export function isDateline(text: string): boolean {
  if (text.length > MAX_DATELINE_CHARS || !/\d/.test(text)) return false;
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const unknown = words.filter((w) => !DATELINE_WORDS.has(w) && !DATELINE_WORDS_INTL.has(w));
  // One unknown word is allowed: the place of a dateline ("Berlin", "PARIS") or its source ("新浪新闻"); in scripts
  // written without spaces a longer run is a sentence ("2026年，市议会决定…").
  if (unknown.some((w) => w.length > MAX_UNSPACED_NAME && UNSPACED.test(w))) return false;
  return unknown.length <= 1 && /\d{1,4}[./:-]\d{1,2}|\d{4}|\d{1,2}:\d{2}|\b\d{1,2}\.? [\p{L}]{3,}/u.test(text);
}

/** A byline line is short: a longer paragraph that names the author is the story's. */
const MAX_BYLINE_LINE_CHARS = 120;
/** Byline lines are looked for among this many paragraphs at the top of the story. */
const BYLINE_LINE_SPAN = 3;

/**
 * The byline printed as a paragraph at the top of the story ("Von Anna Dunst, Kiel" in the story's container, with no
 * class that marks it): the byline is its own field. Only a short paragraph that names the byline's authors and
 * nothing but names, roles and places (`namesOf` decides: the byline rule's own validation).
 */
export function bylineRepeat(story: Segment[], authors: string[], namesOf: (text: string) => string[]): Segment[] {
  if (!authors.length) return [];
  const top = story.slice(0, BYLINE_LINE_SPAN).filter((s) => s.text.length <= MAX_BYLINE_LINE_CHARS);
  const line = top.find(
    (s) => authors.some((a) => s.text.includes(a)) && namesOf(lineCredit(s.text) ?? s.text).some((n) => authors.includes(n)),
  );
  return line ? [line] : [];
}

/**
 * The signature closing the story, a writer's name over the writer's role ("Nicolas X" / "Journaliste de l'Initiative de
 * journalisme local"): the byline's fields hold it. Among the story's last paragraphs, the name one of `authors`.
 */
export function closingSignature(story: Segment[], authors: string[]): Segment[] {
  if (!authors.length) return [];
  const last = story.slice(-SIGNATURE_SPAN);
  for (let i = 0; i + 1 < last.length; i++) {
    const [name, role] = [last[i]!, last[i + 1]!];
    if (authors.includes(name.text) && isSignature(name.text, role.text)) return [name, role];
  }
  return [];
}

/** The story's last paragraphs looked at for a signature. */
const SIGNATURE_SPAN = 4;

/**
 * A credit line at the top of the story that names no person ("Von dpa", "By Staff Reporter", "Par La Rédaction": `isDesk`
 * decides): page chrome like a byline, though it gives none. Only before the story's prose has begun.
 */
export function deskCreditLine(story: Segment[], isDesk: (text: string) => boolean): Segment[] {
  return topShortLine(story, isDesk);
}

/**
 * A date line among the story's top paragraphs, below a standfirst that ended skipLeadChrome's walk ("Índice subiu 0,28%…" /
 * "05/12/2026 10h32 · Atualizado há 2 horas"; "Publié le 05/12/2026 à 08h12, mis à jour à 11h40" after a <br>): the dates
 * are their own fields. Only before the story's prose has begun.
 */
export function topDateline(story: Segment[]): Segment[] {
  return topShortLine(story, isDateline);
}

/**
 * The story's top paragraphs that pass `test`, looked for only before the first long one (the prose): a press release's
 * number and its date are two lines ("Pressemitteilung Nr. 12/2026" / "Datum: 26.02.2026").
 */
function topShortLine(story: Segment[], test: (text: string) => boolean): Segment[] {
  const out: Segment[] = [];
  for (const s of story.slice(0, BYLINE_LINE_SPAN)) {
    if (s.text.length > MAX_BYLINE_LINE_CHARS) break;
    if (test(s.text)) out.push(s);
  }
  return out;
}

/** A first paragraph this share of the headline's length or more, inside it, repeats it ("Title | Site" holds "Title"). */
const HEADLINE_REPEAT_SHARE = 0.5;

/**
 * The story's first paragraph when it repeats the headline (a title set in a <p> or <div> inside the
 * story's container, where the <h1> rule cannot see it): the headline is its own field, not story text.
 */
export function headlineRepeat(story: Segment[], title: string | null): Segment[] {
  const first = story[0];
  const t = title ? comparable(title) : '';
  if (!first || !t) return [];
  const s = comparable(first.text);
  return s && (s === t || (t.includes(s) && s.length >= t.length * HEADLINE_REPEAT_SHARE)) ? [first] : [];
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
