/**
 * Whether the page prints a structured or meta author as its writer: a name no reader can see, or one printed only as
 * whom to call or as another task's holder, names no writer of the story. Pure (the page's text is read once per page).
 */
import { rawText } from './dom';
import { PageFacts } from './collect';
import { foldAccents } from '../../core/fold-accents';
import { CREDIT_LEAD } from './byline-prefix';

/** Characters a name's middle may take between its first and last word as printed ("Michiel B. de Jong", "Konstantin Freiherr von Hallerstein"). */
const MAX_NAME_GAP = 40;

/**
 * True when the page's visible text prints the name: its first word and, a few words on at most, its last (a middle
 * name, an initial or a title of nobility between them), or the two the other way round ("Roe, Jane"); letter case and
 * accents aside ("JOSE ALTOVEROS" for "José Altoveros"). A name printed only after a press contact's label, or after
 * a label that is no writer's ("Szerk.: X", "Edición web: X", "Kontakt: X"), does not count. True for a fragment without a <body>: nothing to check against.
 */
export function printedOnPage(name: string, facts: PageFacts): boolean {
  if (!facts.body) return true;
  const text = pageText(facts);
  if (printedIn(text.lower, name.toLowerCase())) return true;
  text.folded ??= foldAccents(text.lower);
  return printedIn(text.folded, foldAccents(name.toLowerCase()));
}

/** A reporter's word printed right after the name, as Korean, Chinese and Japanese bylines put it ("윤서진 기자", "王磊 记者"). */
const REPORTER_AFTER = /^\s?(?:기자|특파원|記者|记者|特派員|特派员)/u;

/**
 * True when the page prints the name with a reporter's word right after it ("[뷰티마켓타임즈 윤서진 기자]", "윤서진 기자" in a
 * meta line): the page calls the name its reporter, whatever else the footer's imprint names the same person (a Korean
 * paper's reporter is often its youth-protection officer too).
 */
export function printedAsReporter(name: string, facts: PageFacts): boolean {
  const raw = pageText(facts).raw;
  for (let i = raw.indexOf(name); i >= 0; i = raw.indexOf(name, i + 1)) {
    if (REPORTER_AFTER.test(raw.slice(i + name.length, i + name.length + 4))) return true;
  }
  return false;
}

function printedIn(text: string, name: string): boolean {
  const words = name.split(/\s+/u).filter(Boolean);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  return words.length < 2 ? followedBy(text, first, '') : followedBy(text, first, last) || followedBy(text, last, first);
}

/** Characters read before a name for the label of a press contact ("Media contact", "Pressekontakt: "). */
const MAX_CONTACT_LABEL_CHARS = 40;
/** A press contact's label, in lower case: the name after it is whom to call, not who wrote (a university's media contact as JSON-LD author). */
const CONTACT_BEFORE =
  /(?:(?:media|press|presse|medien)\s*(?:contacts?|kontakt|enquiries|inquiries)|contacts?\s+(?:presse|médias?)|contacto\s+de\s+prensa|contatti?\s+stampa|rückfragen[^.]*|pressestelle|ansprechpartner(?:in)?|perscontact|for (?:further|more) information,?\s*(?:please\s+)?contact)\s*:?\s*$/u;

/** `b` printed within MAX_NAME_GAP characters after an occurrence of `a` that no press contact's or other task's label precedes. */
function followedBy(text: string, a: string, b: string): boolean {
  for (let i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + 1)) {
    const from = i + a.length;
    if (!text.slice(from, from + MAX_NAME_GAP + b.length).includes(b)) continue;
    const before = text.slice(Math.max(0, i - MAX_CONTACT_LABEL_CHARS), i);
    if (!CONTACT_BEFORE.test(before) && !otherLabelBefore(before)) return true;
  }
  return false;
}

/**
 * A label and its colon right before a name, in lower case: its last words ("szerk.", "edición web", "text und fotos"),
 * up to four, on the name's line.
 */
const LABEL_BEFORE = /(\p{L}[\p{L}\p{M}.'’&-]*(?:[^\S\n]+[\p{L}\p{M}.'’&-]+){0,3})[^\S\n]*[:：][^\S\n"“„«'‘]*$/u;

/**
 * Labels of a writer, beyond the credit leads of byline-prefix.ts ("Autor:", "Text:", "By:"): the words for reporter,
 * journalist, correspondent, columnist, contributor, author and interview in the languages the extractor reads, closing the label's
 * last word: a compound ("Sportreporterin:", "Gastautor:"), or a label run into the text before it when the page's
 * elements have no space between them ("…beginSzerzők:"). A label in this list or a lead keeps the name a writer's; any other
 * label ("Redaktion:", "Szerk.:", "Edición web:", "Fotos:", "Tags:") makes it another task's or no credit at all. A
 * writer's label in a language missing here costs a byline, never gives a wrong one.
 */
const WRITER_LABEL = new RegExp(
  [
    '(?:(?:staff|guest|contributing|senior|chief|special)\\s+)?(?:writers?|reporters?|journalists?|correspondents?|columnists?|contributors?|bloggers?|authors?|byline)$',
    '(?:autor|reporter|journalist|korrespondent|kolumnist|redakteur)(?:in|innen|en)?$',
    '(?:rédact(?:eur|rice)|journaliste|chroniqueu(?:r|se)|correspondante?|envoyée? spéciale?|auteure?)$',
    '(?:periodista|reporter[oa]|corresponsal|cronista|columnista|redactor[a]?|jornalista|repórter|colunista|giornalista|inviat[oa]|corrispondente|redatt(?:ore|rice))$',
    '(?:verslaggever|journalist|forfatter(?:e)?|författare|skribent|reporter|kirjoittaja|toimittaja|szerzők?|újságíró|autork[ai]|autoři|dziennikar(?:z|ka)|novinář(?:ka)?|novinar(?:ka)?)$',
    // "Interview: X", "Entretien : X": the interviewer, who wrote the piece up
    '(?:interviews?|entretien|entrevista|intervista|gespräch|rozhovor|wywiad|intervju|haastattelu)$',
    '(?:muhabir|yazar(?:lar)?|wartawan|pewarta|penulis|tác giả|phóng viên|συντάκτ(?:ης|ρια)|δημοσιογράφος|журналист(?:ка)?|корреспондент|обозреватель|автор(?:ы)?|текст|記者|记者|기자|作者|撰文|文|글)$',
    // Arabic, Persian, Hebrew, Thai, Hindi, Bengali, Georgian: writer, reporter, correspondent, journalist, "by the pen of", "by"
    '(?:الكاتبة?|كاتبة?|المراسلة?|مراسلة?|الصحفية?|صحفية?|بقلم|كتبت?|بواسطة|نویسنده|نگارنده|خبرنگار|نوشته\u0654?|लेख|מאת|כתבת?|כותבת?|ผู้เขียน|นักข่าว|โดย|लेखक|संवाददाता|রিপোর্টার|লেখক|ავტორი|ჟურნალისტი)$',
  ].join('|'),
  'u',
);

/** The text before a name ends in a label that is neither a credit lead nor a writer's label ("Toimetaja: ", "Korrektur: "). */
export function otherLabelBefore(before: string): boolean {
  if (!before.includes(':') && !before.includes('：')) return false; // LABEL_BEFORE ends in one
  const label = LABEL_BEFORE.exec(before.toLowerCase())?.[1];
  if (!label) return false;
  const words = label.split(/\s+/u);
  for (let k = 1; k <= words.length; k++) {
    const tail = words.slice(-k).join(' ');
    if (WRITER_LABEL.test(tail) || CREDIT_LEAD.test(`${tail}: `)) return false;
  }
  return true;
}

/** The page's visible text in lower case, read once per page and only when a structured or meta author is checked; accents folded when first needed. */
export function pageText(facts: PageFacts): PageText {
  let text = PAGE_TEXT.get(facts);
  if (!text) {
    const raw = facts.body ? rawText(facts.body) : '';
    PAGE_TEXT.set(facts, (text = { raw, lower: raw.toLowerCase() }));
  }
  return text;
}

interface PageText {
  raw: string;
  lower: string;
  folded?: string;
}

const PAGE_TEXT = new WeakMap<PageFacts, PageText>();
