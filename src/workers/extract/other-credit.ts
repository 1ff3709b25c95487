/**
 * Credits for work on a story other than its writing: the pictures, the editing, a review or fact check, the translation,
 * the hosting of a show, a sponsor. A name after such a label is printed near the story but is not its author. Pure.
 */
import { AND_WORD } from './byline-prefix';

/** The pictures' makers: "Fotos: X", "Photograph: X", "Illustration by X", "Infografia de X", "Video von X", "Fotografía: X", "фото: X", "写真：X". */
const PICTURE_WORDS =
  'fotos?|photos?|photographs?|photography|fotograf(?:ías?|ias?|ie|ien)|bilder?|bild|illustrations?|ilustraci[oó]n|grafik|gr[aá]fico|infogra(?:fia|fía|fik|phics?|phie|fica)|infogr[aá]fico|video|v[ií]deo|kamera|camera|c[aá]mara|фото|zdjęci[ae]|fot\\.|fotoğraf|写真|撮影|lluniau|llun|grianghra(?:f|if|fanna)|' +
  // ar, fa, he, hi, bn, th, ka: photography, photos, picture
  'تصوير|صور|عدسة|عکس|عکاس|צילום|צילומים|फोटो|तस्वीर|चित्र|छायाचित्र|ছবি|ภาพ|ภาพถ่าย|ფოტო';
/**
 * Labels naming another task, before a colon or a "by" word: "Edición: X", "Edição: X", "Editing by X", "Übersetzung: X",
 * "Tradução: X", "Vertaling: X", "Tłumaczenie: X", "Moderation: X", "Host: X", "Rezept: X" (the recipe's, not the text's).
 */
const TASK_NOUNS =
  'edici[oó]n|edi[cç][aã]o|editing|eindredactie|redigering|lektorat|korekta|revis[aã]o|revisione|' +
  'traducci[oó]n|traduction|tradu[cç][aã]o|traduzione|übersetzung|vertaling|översättning|oversettelse|oversættelse|tłumaczenie|przekład|' +
  'moderation|moderaci[oó]n|hosts?|faktencheck|fact-?check|rezept|recipe|recette|receta|ricetta|' +
  // translation and editing in ar, fa, he, hi, bn, ka
  'ترجمة|تحرير|مراجعة|تدقيق|ترجمه|ویرایش|תרגום|עריכה|अनुवाद|संपादन|অনুবাদ|সম্পাদনা|თარგმანი';
/**
 * Verbs of another task, before "by", "von", "par", "por": "Edited by", "Medically reviewed by", "Fact-checked by", "Translated by",
 * "Hosted by", "Presented by" (a sponsor or a show's host), "Sponsored by", "Additional reporting by", "Redigiert von",
 * "Übersetzt von", "Moderiert von", "Medizinisch geprüft von", "Traduit par", "Vérifié par", "Présenté par", "Traducido por", "Revisado por",
 * "Revisado médicamente por", "Patrocinado por".
 */
const TASK_VERBS =
  '(?:medically |clinically |expert[- ])?reviewed|fact[- ]?checked|edited|translated|hosted|presented|sponsored|produced|narrated|illustrated|photographed|filmed|(?:additional|further) reporting|' +
  'bearbeitet|redigiert|(?:medizinisch |fachlich )?geprüft|übersetzt|moderiert|präsentiert|gesponsert|illustriert|fotografiert|' +
  'édité|relu|vérifié|traduit|présenté|animé|sponsorisé|illustré|photographié|' +
  'editado|revisado(?: médicamente| clínicamente)?|verificado|traducido|presentado|patrocinado|ilustrado|fotografiado|producido|' +
  'redigert|redigeret|redigerad|bewerkt|geredigeerd|vertaald|oversatt|oversat|översatt|zredagował[ao]?|przetłumaczył[ao]?';
/** A word that says which edit or which pictures: "Edición web: X", "Edição digital: X", "Fotos online: X". */
const TASK_QUALIFIER = '\\s+(?:web|digital|online|en línea|final|gr[aá]fica)';
/** An editor's credit before the name, no colon needed: "Edited by", "Redigert av", "Redigeret af", "Redigiert von", "Bewerkt door". */
export const EDITED_BY =
  '(?:edit(?:ed|ing)\\s+by|(?:redigert|redigerad)\\s+av|redigeret\\s+af|redigiert\\s+von|(?:bewerkt|geredigeerd)\\s+door)';
/** An edit's label, before a colon: "Edición", "Edición web", "Edição digital". */
export const EDITION_LABEL = `(?:edici[oó]n|edição)(?:${TASK_QUALIFIER})?`;
/** "Translated from the German by", "Übersetzt aus dem Englischen von", "Traduit de l'anglais par", "Traduit du norvégien par", "Traducido del inglés por". */
const FROM_LANGUAGE = "(?:\\s+(?:from(?: the)?|aus dem|de l['’]|du|del|de la)\\s*\\p{L}+)?";
const BY_WORD = '(?:by|von|par|por|de|di|av|af|door|przez)';
/**
 * Abbreviated labels of another task, a colon or none after them: "Szerk.: X" (hu, edited by), the Polish "oprac. X" and
 * "Opracowanie: X" (compiled by: the web editor of a story written from agency copy, whose writer the page names as
 * "Autor: X (PAP)" if at all). Until round 31 "oprac." was read as the byline; the two blind labellers who met it
 * (rounds 15 and 31) both called it no writer.
 */
const TASK_ABBREVIATIONS = '(?:szerk\\.|oprac\\.|opracowanie)\\s*:?(?=\\s*\\p{Lu})';
/** Persian writes "translation of X", "photo of X" with the ezafe on the noun, no colon: "ترجمهٔ X", "عکس‌ِ X", "ویرایشِ X". */
const PERSIAN_EZAFE = '(?:ترجمه|ویرایش|عکس|تصویر)(?:\\u0654|\\u200cی|ِ)(?=\\s)';
const LABEL = `(?:(?:${PICTURE_WORDS}|${TASK_NOUNS})(?:${TASK_QUALIFIER})?(?:\\s*[:：]|\\s+${BY_WORD}(?!\\p{L}))|(?:${TASK_VERBS})${FROM_LANGUAGE}\\s+${BY_WORD}(?!\\p{L})(?:\\s*[:：])?|${TASK_ABBREVIATIONS}|${PERSIAN_EZAFE})`;

/**
 * What every LABEL holds where its alternatives end: a colon, a "by" word after a space, "szerk", "oprac" or the Persian ezafe. The
 * unanchored searches below try LABEL's long alternation at every position of a line; most lines hold none of these, and
 * this plain test (with the same flags, so the same case folding) lets them skip it without losing a match.
 */
const LABEL_HINT = new RegExp(`[:：]|\\s${BY_WORD}(?!\\p{L})|szerk|oprac|${PERSIAN_EZAFE}`, 'iu');

/** A text that opens with another task's credit ("Photograph: X", "Edited by X"): not a byline. */
const OTHER_CREDIT = new RegExp(`^\\s*${LABEL}`, 'iu');
/** The pictures' credit alone: a byline part ("Text: X, Fotos: Y") that is dropped, not one that voids the byline. */
const PICTURE_CREDIT = new RegExp(`^\\s*(?:${PICTURE_WORDS})(?:\\s*[:：]|\\s+${BY_WORD}\\s)`, 'iu');
/** Text ending in such a label: the words printed just before a name ("The new garden. Photograph: ", "Hosted by ", "Edited By: "). */
const OTHER_CREDIT_LEAD = new RegExp(`(?<!\\p{L})${LABEL}\\s*$`, 'iu');
/**
 * Another task's credit after the author's ("By X. Photos by Y", "Text: X Fotografía: Y"): cut off. Not one joined to the
 * writing by "and" ("Text und Fotos: X", "Words and pictures by X", "Tekst og foto: X", "Text a foto: X"): the writer took the pictures too.
 */
const OTHER_CREDIT_TAIL = new RegExp(`(?<!(?:^|\\s)(?:${AND_WORD})|[&+])[\\s.,;|/]+${LABEL}.*$`, 'iu');

/**
 * What a byline adds after its writers about help from elsewhere: agency copy ("mit Material von dpa", "mit Agenturen",
 * "with reporting by Max Bauer", "with wire services", "con información de EFE") or the outlet a freelancer wrote for
 * ("Special to The Globe and Mail"). The writers are the names before it.
 */
const CONTRIBUTION_TAIL =
  /[\s,;|]+(?:(?:mit|with|avec|con)\s+(?:(?:zusätzlichem|additional|further)\s+)?(?:material|agenturmaterial|agenturen|reporting|wire\s+services|wires|agencias|agences|informaci[oó]n(?:es)?|informations?)|special\s+to|spezial\s+für)(?!\p{L}).*$/iu;

/** Such a label anywhere after a non-letter: "Texto de X, fotografias de Y", "By X and photos by Y". */
const OTHER_CREDIT_WITHIN = new RegExp(`(?<=[^\\p{L}])${LABEL}`, 'giu');

/** The parts of `text` that open with another task's credit printed inside it ("fotografias de Y" in "Texto de X, fotografias de Y"). */
export function otherCreditsWithin(text: string): string[] {
  if (!LABEL_HINT.test(text)) return [];
  return [...text.matchAll(OTHER_CREDIT_WITHIN)].map((m) => text.slice(m.index));
}

/** True when `text` opens with the credit of a picture, an edit, a review, a translation, a host or a sponsor. */
export function opensOtherCredit(text: string): boolean {
  return OTHER_CREDIT.test(text);
}

/** What follows another task's label ("Traduit du norvégien par X" → "X"), or null when `text` opens with none. */
export function otherCreditRest(text: string): string | null {
  const m = OTHER_CREDIT.exec(text);
  return m ? text.slice(m[0].length) : null;
}

/** A photographer's role printed after the name, on its line or the next ("Tor-Erik Lien" / "Fotograf", "Jane Roe, Photographer"). */
export const PHOTOGRAPHER_ROLE =
  /^(?:.*[,|·–—-]\s*)?(?:fotograf(?:in)?|photographer|fotógrafa?|photographe|fotografa?|fotografo|fotoreporter(?:in)?)$/iu;

/**
 * A byline box's line crediting the pictures without a colon or a by-word ("Foto Johan X" under "Text Elin Y", as Nordic
 * and German boxes print their labels), or a name with the photographer's role right after it, spaced or run together
 * where two spans met ("Kristoffer Lie Fotograf", "Kristoffer LieFotograf", a Swedish box's "Johan X Foto" under "Emma Y
 * Text"): the name, or null. The name's capital is read as printed, so the label or role cannot be taken for part of it.
 */
const PICTURE_LABEL_LINE =
  /^(?:[Ff]oto|[Ff]otos|[Pp]hotos?|[Bb]ild|[Bb]ilder|[Ff]otografi)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})$/u;
const NAME_THEN_PHOTOGRAPHER =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}?)\s*(?<=\p{Ll}|\s)(?:Fotograf(?:in)?|Photographer|Fotógrafa?|Photographe|Fotografa?|Fotografo|Fotoreporter(?:in)?|Foto|Bild|Photos?)$/u;

/** Korean: "포토그래퍼 문태오", "사진 문태오", "사진=문태오" (photographer, photo), a Hangul name of two to four syllables. */
const KOREAN_PICTURE_LINE = /^(?:포토그래퍼|사진기자|사진|포토)\s*[=:：]?\s*(\p{Script=Hangul}{2,4})$/u;

export function photographerOfLine(line: string): string | null {
  const text = line.trim();
  return PICTURE_LABEL_LINE.exec(text)?.[1] ?? NAME_THEN_PHOTOGRAPHER.exec(text)?.[1] ?? KOREAN_PICTURE_LINE.exec(text)?.[1] ?? null;
}

/** True when `text` is a picture credit ("Fotos: X", "Photo by X"). */
export function isPictureCredit(text: string): boolean {
  return PICTURE_CREDIT.test(text);
}

/** True when `text` ends in another task's label: the name printed next is that task's, not the author's. */
export function endsWithOtherCredit(text: string): boolean {
  return LABEL_HINT.test(text) && OTHER_CREDIT_LEAD.test(text);
}

/**
 * `text` without another task's credit printed after the author's ("By X | Photos by Y" → "By X") and without help from
 * elsewhere ("Von X mit Material von dpa" → "Von X").
 */
export function withoutOtherCredits(text: string): string {
  return (LABEL_HINT.test(text) ? text.replace(OTHER_CREDIT_TAIL, '') : text).replace(CONTRIBUTION_TAIL, '');
}
