/**
 * The contact box at the end of a press release ("Rückfragen bitte an:" / "Pressestelle" / "Tobias Kern" / "Telefon: 07361
 * 580-1012" / "E-Mail: …"): public bodies, police, universities and companies print it in the story's own container, with
 * the same markup as the text. It is page chrome, not story. Pure: the story's paragraphs in, those to leave out out.
 */
import { Segment } from './text';

/** A line of a contact box is short; a paragraph of the story is longer or ends a sentence. */
const MAX_BOX_LINE_CHARS = 100;
/** Lines without digits read back from the first phone or e-mail line: a name, a role, an office, the box's label. */
const MAX_LINES_ABOVE_DATA = 4;
/** Lines read back from the first phone or e-mail line for the box's label ("Rückfragen bitte an:", "Pressekontakt"). */
const MAX_LINES_BELOW_LABEL = 6;

/** An e-mail address. */
const ADDRESS = '[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+';
/** A phone or fax number on a line of its own, after its label: "Telefon: 07361 580-1012", "Tel. +49 (0)30 1234-5", "Fax 0385 588". */
const PHONE_LINE =
  /^(?:tel(?:efon|ephone|éfono|efono|\.)?|phone|fon|fax|telefax|mobil|mobile|handy|tél(?:éphone)?|tlf|puh(?:elin)?|電話)\.?\s*[:：]?\s*\+?[\d\s()./–-]{6,}$/iu;
/** An e-mail address on a line of its own, labelled or not: "E-Mail: presse@stadt.de", "presse@stadt.de", "メール：pr@example.jp". */
const EMAIL_LINE = new RegExp(
  `^(?:(?:e-?mail|mail|courriel|correo(?: electrónico)?|posta elettronica|メール)\\s*[:：]?\\s*)?${ADDRESS}$`,
  'iu',
);
/** The label a contact box opens with, alone or before the office or name on its line. */
const CONTACT_LABEL =
  /^(?:rückfragen(?: bitte)?(?: an)?|rückfragehinweis|für rückfragen|pressekontakt|presse(?:stelle|sprecher(?:in)?)?kontakt|medienkontakt|kontakt|ansprechpartner(?:in)?|press contact|media contacts?|media enquiries|media inquiries|for (?:further|more) information(?:,? (?:please )?contact)?|contacts? (?:presse|médias?)|contacto(?: de prensa)?|contatti? stampa|perscontact|perskontakt)\b\s*:?(?:\s.{0,80})?$|^(?:本件に関する)?お問い合わせ(?:先)?\s*[:：]?$/iu;
/** A line that ends a sentence is story text. */
const SENTENCE_END = /[.!?…"“”»]$/u;

/**
 * The story's closing contact box: from its label (or the name and office lines above its first phone or e-mail line)
 * to the end, when all of it is short lines. [] when the story ends in prose.
 */
export function contactBlock(story: Segment[]): Segment[] {
  let tailStart = story.length;
  while (tailStart > 0 && isBoxLine(story[tailStart - 1]!.text)) tailStart--;
  const tail = story.slice(tailStart).map((s) => s.text);
  const data = tail.findIndex(isContactData);
  if (data < 0) return [];
  let start = data;
  while (start > 0 && data - start < MAX_LINES_ABOVE_DATA && !/\d/u.test(tail[start - 1]!)) start--;
  for (let i = data - 1; i >= Math.max(0, data - MAX_LINES_BELOW_LABEL); i--) if (CONTACT_LABEL.test(tail[i]!)) start = Math.min(start, i);
  return story.slice(tailStart + start);
}

function isBoxLine(text: string): boolean {
  return text.length <= MAX_BOX_LINE_CHARS && (!SENTENCE_END.test(text) || isContactData(text));
}

function isContactData(text: string): boolean {
  return PHONE_LINE.test(text) || EMAIL_LINE.test(text) || isLabelledContact(text);
}

/** An e-mail address inside a line. */
const AN_EMAIL = new RegExp(ADDRESS, 'u');
/** A label and its colon opening a line. */
const LABEL_COLON = /^[^:：]{2,40}[:：]\s/u;

/** A contact's label, its colon, and an e-mail address, not a sentence: "Media enquiries: Ruth Amberley, communications coordinator, press@example.org". */
function isLabelledContact(text: string): boolean {
  return LABEL_COLON.test(text) && CONTACT_LABEL.test(text) && AN_EMAIL.test(text) && !SENTENCE_END.test(text);
}
