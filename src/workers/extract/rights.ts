/**
 * Rights notices ("This material may not be published, broadcast, rewritten or redistributed",
 * "All rights reserved"): kept verbatim as `rights_notice`, never as story text.
 */
import { Segment } from './text';
import { forbidsReuseIntl, readsRightsIntl, reservesRightsIntl } from '../../policy/rights-phrases';

/** Phrases that restrict reuse: the notice an editor must see before republishing. */
const REDISTRIBUTION =
  /\b(?:(?:should|may|must|shall)\s+not\s+be\s+(?:re)?(?:published|broadcast|rewritten|redistributed|reproduced|copied|distributed)|no part of (?:this|these)\b.{0,80}\bmay be (?:reproduced|copied|used)|not for (?:re)?(?:distribution|publication)|is subject to copyright|reproduction (?:is )?(?:prohibited|forbidden))/i;
/**
 * "Without (prior written) permission" restricts reuse only where the text is about reuse or about this material ("No
 * reproduction without permission", "Do not copy this article without written permission", "© X. Used without
 * permission is prohibited"): a story says it of other things ("volunteers are asked not to pick litter … from private land
 * without permission", "the firm used his photos without permission"), and such a paragraph is the story's.
 */
const WITHOUT_PERMISSION = /\bwithout (?:the )?(?:prior |express )?(?:written )?(?:permission|consent)\b/i;
const REUSE_CONTEXT =
  /\b(?:this|these|our)\s+(?:material|content|article|publication|site|website|page|story|work|image|photo|picture|feed|text|report)s?\b|©|\bcopyright\b|\brights\b|\b(?:reproduc|republi(?:sh|cat)|redistribut|reprint|retransmi)\w*/i;

/**
 * A phrase that restricts reuse: REDISTRIBUTION, or "without permission" said of reuse or of this material, or the same in
 * another language (policy/rights-phrases.ts: "Nachdruck nur mit Genehmigung", "Reproduction interdite").
 */
function restrictsReuse(text: string): boolean {
  return restrictsReuseEn(text) || forbidsReuseIntl(text);
}

/** The English phrases of restrictsReuse. */
function restrictsReuseEn(text: string): boolean {
  return REDISTRIBUTION.test(text) || (WITHOUT_PERMISSION.test(text) && REUSE_CONTEXT.test(text));
}

/** A copyright line: COPYRIGHT, or "all rights reserved" in another language ("Alle Rechte vorbehalten", "Tous droits réservés"). */
function isCopyrightLine(text: string): boolean {
  return COPYRIGHT.test(text) || reservesRightsIntl(text);
}

/**
 * A copyright line: weaker, used when no redistribution phrase is present. The mark is followed by a
 * year or a capitalised name ("© 2024", "Copyright Reuters"): "copyright infringement" in a sentence is
 * prose (so no case-insensitive flag on the name part). A line that opens with "©" may name its owner in lower case
 * ("© dpa-infocom, dpa:261205-99-123456/2", the agency's line under its copy on German sites).
 */
const COPYRIGHT =
  /\b(?:[aA]ll [rR]ights [rR]eserved|ALL RIGHTS RESERVED)\b|(?:©|\([cC]\)|\b(?:[cC]opyright|COPYRIGHT)\b)\s*(?:©\s*)?(?:\d{4}|\p{Lu})|^©\s*\p{Ll}{2}/u;
/** Footers must look like a notice, not like a terms-of-use link list that says "without permission". */
const COPYRIGHT_OR_NOTICE = /©|\(c\)|copyright|rights|material|content/i;
/** The same words in the other languages read, or a phrase of theirs forbidding reuse, which names the material itself. */
const noticeLike = (t: string) => COPYRIGHT_OR_NOTICE.test(t) || forbidsReuseIntl(t) || reservesRightsIntl(t);
/** A rights block longer than this is prose that mentions copyright, not a notice. */
const MAX_NOTICE_CHARS = 600;

export interface RightsFinding {
  notice: string;
  /** Segments of the story that were the notice (to drop from the text). */
  segments: Segment[];
}

/** True for a paragraph that is (mostly) a rights notice: restrictsReuse or isCopyrightLine, the other languages' phrases looked for once. */
export function isRightsText(text: string): boolean {
  if (text.length > MAX_NOTICE_CHARS) return false;
  return restrictsReuseEn(text) || COPYRIGHT.test(text) || readsRightsIntl(text);
}

/** The notice in the story's own paragraphs, else in the page footers; redistribution phrases win. */
export function findRights(story: Segment[], footerTexts: string[]): RightsFinding | null {
  const inStory = story.filter((s) => isRightsText(s.text));
  const strongStory = inStory.filter((s) => restrictsReuse(s.text));
  const footers = footerTexts.filter((t) => t.length <= MAX_NOTICE_CHARS * 2);
  const strongFooter = footers.find((t) => restrictsReuse(t) && noticeLike(t));
  if (strongStory.length) return { notice: strongStory.map((s) => noticeSpan(s.text)).join(' '), segments: inStory };
  if (strongFooter) return { notice: noticeSpan(strongFooter), segments: inStory };
  if (inStory.length) return { notice: inStory.map((s) => noticeSpan(s.text)).join(' '), segments: inStory };
  const weakFooter = footers.find((t) => (COPYRIGHT.test(t) && /all rights reserved/i.test(t)) || reservesRightsIntl(t));
  return weakFooter ? { notice: noticeSpan(weakFooter), segments: [] } : null;
}

/** The verbatim stretch from the first to the last sentence that is part of the notice. */
export function noticeSpan(text: string): string {
  const pieces = text.split(/(?<=[.!?|])\s+/);
  const hits = pieces.map((p) => restrictsReuse(p) || isCopyrightLine(p));
  const first = hits.indexOf(true);
  const last = hits.lastIndexOf(true);
  if (first < 0) return text.trim();
  return pieces
    .slice(first, last + 1)
    .join(' ')
    .replace(/[\s|]+$/, '')
    .trim();
}
