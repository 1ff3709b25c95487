/** Author strings → names: RSS writes "email (Name)", mail headers "Name <email>", Atom a <name>. */
import { plainText } from '../../core/plain-text';
import { cleanText } from './node';

const EMAIL = /^(?:mailto:)?[^\s@()<>]+@[^\s@()<>]+\.[^\s@()<>]+$/i;
const EMAIL_THEN_NAME = /^(?:mailto:)?(\S+@\S+)\s*\((.+)\)$/;
const NAME_THEN_PAREN = /^(.+?)\s*\(((?:mailto:)?\S+@\S+)\)$/;
const NAME_THEN_ANGLE = /^(.*?)\s*<((?:mailto:)?\S+@\S+)>$/;

/** The person's name from an author string, as plain text (markup a feed left in it dropped); a bare e-mail address stays as it is. */
export function authorName(raw: string | null | undefined): string | null {
  const t = cleanText(raw === null || raw === undefined ? raw : plainText(raw));
  if (t === null) return null;
  const a = EMAIL_THEN_NAME.exec(t);
  if (a?.[2]) return cleanText(a[2]);
  const b = NAME_THEN_PAREN.exec(t) ?? NAME_THEN_ANGLE.exec(t);
  if (b?.[1]) return cleanText(b[1].replace(/^"(.*)"$/, '$1'));
  if (EMAIL.test(t)) return t.replace(/^mailto:/i, '');
  return t;
}

/** Names from a list of raw author strings, without empties or repeats, in order. */
export function uniqueNames(raws: Array<string | null | undefined>): string[] {
  const out: string[] = [];
  for (const r of raws) {
    const n = authorName(r);
    if (n !== null && !out.includes(n)) out.push(n);
  }
  return out;
}
