/**
 * A name in another grammatical case than the one a byline prints. Greek bylines print their names in the genitive ("Του
 * Γιώργου Δεληγιάννη", "Των Ανδρέα Σταθόπουλου και Ελένης Κουτρή"); the page's structured data or its authors' field prints
 * them in the nominative ("Γιώργος Δεληγιάννης"), the form a credit line names a person by. Pure: names and the page's
 * texts in, names out.
 */
import { cleanText } from './text';
import { foldAccents } from '../../core/fold-accents';

const GREEK = /\p{Script=Greek}/u;
/** The genitive article a Greek byline opens with: "Του X", "Της X", "Των X και Y". */
const GENITIVE_LEAD = /^\s*(?:του|της|των)\s/iu;

/**
 * `names` as the page prints them in another form, when `raw` (the byline as printed) opens with the genitive article:
 * first among the `printed` credits (structured data, author fields), then in any of the page's `lines` (an author box
 * without a byline's class). Each word is matched to the other's by its stem (endings within two letters). A name printed
 * only in the genitive stays as printed ("ΜΑΡΙΑΣ ΛΑΜΠΡΑΚΗ"): declining it here was not tried ("Ανδρέα" is a man's
 * genitive and a woman's nominative).
 */
export function nominativeForms(names: string[], raw: string, printed: () => string[], lines: () => string[]): string[] {
  if (!GENITIVE_LEAD.test(raw) || !names.some((n) => GREEK.test(n))) return names;
  const credits = printed().map(cleanText);
  // the page's lines word by word: its raw text runs blocks together ("ΛΑΜΠΡΑΚΗΗ κυβέρνηση" of a byline over a paragraph)
  let words: string[][] | null = null;
  const inText = (name: string): string | undefined => {
    words ??= lines().map((l) => l.split(/[^\p{L}\p{M}]+/u).filter(Boolean));
    const n = name.split(/\s+/u).length;
    for (const line of words)
      for (let i = 0; i + n <= line.length; i++) {
        const candidate = line.slice(i, i + n).join(' ');
        if (candidate !== name && sameStems(name, candidate)) return candidate;
      }
    return undefined;
  };
  return names.map((name) => credits.find((c) => c !== name && sameStems(name, c)) ?? inText(name) ?? name);
}

/** The same words but for their endings: "Γιώργου Δεληγιάννη" and "Γιώργος Δεληγιάννης", "Ελένης Κουτρή" and "Ελένη Κουτρή". */
function sameStems(a: string, b: string): boolean {
  const [x, y] = [a, b].map((n) => foldAccents(n.toLowerCase()).split(/\s+/u));
  if (x!.length !== y!.length || x!.length < 2) return false;
  return x!.every((w, i) => {
    const v = y![i]!;
    let k = 0;
    while (k < w.length && k < v.length && w[k] === v[k]) k++;
    return Math.abs(w.length - v.length) <= 2 && k >= Math.max(3, Math.min(w.length, v.length) - 2);
  });
}
