/**
 * Calendar days written in page text, in the languages wireroom reads: "5 December 2026",
 * "5. Dezember 2026", "le 5 décembre 2026", "5 de diciembre de 2026", "December 5, 2026",
 * "2026年12月5日", "05.12.2026", "12/05/2026" (month first only for US English). Pure: no clock.
 */
import { toGregorian } from 'jalaali-js';
import { NAMED_ZONES } from '../../text/time-zones';
import { lazy } from '../../core/lazy';
import { DAY_MS } from './dates';

export interface TextDate {
  /** "YYYY-MM-DD" as written: the page's own calendar day. */
  day: string;
  /** Where the date starts in the text. */
  index: number;
  /** The full instant with its offset when a clock time and a known zone stand next to the date ("Nov 19, 2019 at 6:46 pm ET"). */
  iso: string | null;
  /** "published" / "modified" when a label ("Published:", "Aktualisiert", …) stands just before it. */
  role: 'published' | 'modified' | null;
}

/**
 * Month names and abbreviations, lower case without accents (en, de, fr, es, it, pt, nl, id, sv, no; pl and ru genitives
 * and their abbreviations, "5 gru 2026", "5 сент. 2026"; tr, whose dotless ı no accent stripping removes: "5 Aralık 2026";
 * cs and sk genitives "5. prosince 2026", "5. decembra 2026"; hu "2026. december 5."; fi partitives "5. joulukuuta 2026";
 * ro "5 decembrie 2026"; el genitives "5 Δεκεμβρίου 2026"; uk genitives "3 травня 2024"; bg "3 май 2024"; sr in Cyrillic
 * "3. мај 2024"; cy "21 Chwefror 2025" and ga "12 Márta 2025" (not ga's September and October, two words each); ar, the Gulf's and Egypt's names and the Maghreb's and the Levant's one-word ones, "13 مارس 2025", "3 أيار
 * 2024"; sl "5. marec 2026", "20. julija 2026"; sw "Machi 20, 2025", "20 Desemba 2025". Croatian's genitives are not here:
 * "listopada" is October in Croatian and November in Polish).
 */
const MONTHS: Record<string, number> = monthTable([
  [
    'january jan januar janv janvier enero ene gennaio genn gen janeiro januari janner jaenner stycznia января янв sty oca ocak ledna leden januara tammikuuta ianuarie ιανουαριου ιαν січня януари јануар јануара يناير جانفي janar janarit ionawr eanair',
    1,
  ],
  [
    'february feb februar fev fevr fevrier febrero febbraio fevereiro februari feber lutego февраля фев lut февр subat sub unora unor februara febr helmikuuta februarie φεβρουαριου φεβ лютого февруари фебруар фебруара فبراير فيفري شباط shkurt shkurtit chwefror feabhra',
    2,
  ],
  [
    'march mar marz maerz mars marzo marco maart maret mrt marca марта мар mart brezna brezen marcius marc maaliskuuta martie μαρτιου μαρ machi marec березня март مارس آذار marsit mawrth marta',
    3,
  ],
  [
    'april apr avr avril abril abr aprile aprilie kwietnia апреля апр kwi nisan nis dubna duben aprila aprilis huhtikuuta απριλιου απρ aprili квітня أبريل ابريل إبريل أفريل افريل نيسان prill prillit ebrill aibrean',
    4,
  ],
  [
    'may mai mayo maggio mag maio mei maj maja мая mayıs kvetna kveten majus toukokuuta μαιου травня май мај маја مايو ماي أيار ايار majit bealtaine',
    5,
  ],
  [
    'june jun juni juin junio giugno giu junho czerwca июня июн cze haziran haz cervna cerven juna junius kesakuuta iunie ιουνιου ιουν junij junija червня юни јун јуна يونيو يونية جوان حزيران qershor qershorit mehefin meitheamh',
    6,
  ],
  [
    'july jul juli juil juillet julio luglio lug julho lipca июля июл lip temmuz tem cervence cervenec jula julius heinakuuta iulie ιουλιου ιουλ julai julij julija липня юли јул јула يوليو يولية جويلية تموز korrik korrikut gorffennaf iuil',
    7,
  ],
  [
    'august aug aout agosto ago agustus augusti sierpnia августа авг sie agustos agu srpna srpen augusta augusztus elokuuta αυγουστου αυγ agosti avgust avgusta серпня август أغسطس اغسطس أوت gusht gushtit awst lunasa',
    8,
  ],
  [
    'september sep sept septembre septiembre set settembre setembro wrzesnia сентября сен wrz сент eylul eyl zari septembra szeptember szept syyskuuta septembrie σεπτεμβριου σεπ septemba вересня септември септембар септембра سبتمبر أيلول ايلول shtator shtatorit medi',
    9,
  ],
  [
    'october oct okt oktober octobre octubre ottobre ott outubro out oktobre pazdziernika октября окт paz ekim eki rijna rijen oktobra lokakuuta octombrie οκτωβριου οκτ oktoba жовтня октомври октобар октобра أكتوبر اكتوبر tetor tetorit hydref',
    10,
  ],
  [
    'november nov novembre noviembre novembro nop listopada ноября ноя lis нояб kasım kas listopadu listopad novembra marraskuuta noiembrie νοεμβριου νοε novemba листопада ноември новембар новембра نوفمبر nentor nentorit tachwedd samhain',
    11,
  ],
  [
    'december dec dez dezember decembre diciembre dic dicembre dezembro desember des grudnia декабря дек gru aralık ara prosince prosinec decembra joulukuuta decembrie δεκεμβριου δεκ desemba грудня декември децембар децембра ديسمبر dhjetor dhjetorit rhagfyr nollaig',
    12,
  ],
]);

/**
 * India's languages: Hindi and Marathi (Devanagari), Gujarati, Bengali, Tamil, Telugu, Kannada, Malayalam and Urdu ("11 मार्च
 * 2025", "११ मार्च २०२५" once its digits are read, nativeDigits). May's names of two letters are too short to be read.
 */
const INDIA_MONTHS: Array<[string, number]> = [
  ['जनवरी जानेवारी જાન્યુઆરી জানুয়ারি ஜனவரி జనవరి ಜನವರಿ ജനുവരി جنوری', 1],
  ['फ़रवरी फरवरी फेब्रुवारी ફેબ્રુઆરી ফেব্রুয়ারি பிப்ரவரி ఫిబ్రవరి ಫೆಬ್ರವರಿ ഫെബ്രുവരി فروری', 2],
  ['मार्च માર્ચ মার্চ மார்ச் మార్చి ಮಾರ್ಚ್ മാർച്ച് مارچ', 3],
  ['अप्रैल एप्रिल એપ્રિલ এপ্রিল ஏப்ரல் ఏప్రిల్ ಏಪ್ರಿಲ್ ഏപ്രിൽ اپریل', 4],
  ['मेय മേയ് مئی', 5],
  ['जून જૂન জুন ஜூன் జూన్ ಜೂನ್ ജൂൺ جون', 6],
  ['जुलाई जुलै જુલાઈ জুলাই ஜூலை జూలై ಜುಲೈ ജൂലൈ جولائی', 7],
  ['अगस्त ऑगस्ट ઓગસ્ટ আগস্ট ஆகஸ்ட் ఆగస్టు ಆಗಸ್ಟ್ ഓഗസ്റ്റ് اگست', 8],
  ['सितंबर सितम्बर सप्टेंबर સપ્ટેમ્બર সেপ্টেম্বর செப்டம்பர் సెప్టెంబర్ ಸೆಪ್ಟೆಂಬರ್ സെപ്റ്റംബർ ستمبر', 9],
  ['अक्टूबर अक्तूबर ऑक्टोबर ઓક્ટોબર অক্টোবর அக்டோபர் అక్టోబర్ ಅಕ್ಟೋಬರ್ ഒക്ടോബർ اکتوبر', 10],
  ['नवंबर नवम्बर नोव्हेंबर નવેમ્બર নভেম্বর நவம்பர் నవంబర్ ನವೆಂಬರ್ നവംബർ نومبر', 11],
  ['दिसंबर दिसम्बर डिसेंबर ડિસેમ્બર ডিসেম্বর டிசம்பர் డిసెంబర్ ಡಿಸೆಂಬರ್ ഡിസംബർ دسمبر', 12],
];
Object.assign(MONTHS, monthTable(INDIA_MONTHS));

function monthTable(rows: Array<[string, number]>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [names, n] of rows) for (const name of names.split(' ')) out[monthKey(name)] = n;
  return out;
}

/** A month name as the table keys it: lower case, Latin accents dropped (Arabic's hamza, a mark of its own, stays on both sides). */
function monthKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Day before month: "5 December 2026", "5. Dezember 2026", "1er décembre 2026", "5 de diciembre de 2026", "20 Nov, 2019". */
const DAY_MONTH = /(?<![\d.])(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?(\p{L}[\p{L}\p{M}]{2,13})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)/gu;
/** Month before day: "December 5, 2026", "Nov. 18th 2019", "Maret 30, 2015". */
const MONTH_DAY = /(?<!\p{L})(\p{L}[\p{L}\p{M}]{2,13})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/gu;
/** Day, month's abbreviation and year joined by dots, as Brazilian papers print them ("5.dez.2026", "05.jan.2027"), or by hyphens, as Indian and British public bodies' pages do ("03-Dec-2026"). */
const DOTTED = /(?<![\d.-])(\d{1,2})([.-])(\p{L}{3,4})\2(\d{4})(?!\d)/gu;
/** Day, month and year each closed by a dot and a space, as Czech, Slovak, Croatian and Slovenian pages print them: "5. 12. 2026". */
const SPACED_DMY = /(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})(?!\d)/g;
/** Year first, each part closed by a dot, as Hungarian and Korean pages print them: "2026. 12. 05.", "2026. december 5.". */
const SPACED_YMD = /(?<![\d.])(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?!\d)/g;
const YEAR_MONTH_DAY = /(?<![\d.])(\d{4})\.\s+(\p{L}{3,12})\.?\s+(\d{1,2})\.(?!\d)/gu;
/**
 * Thai: the month's name or its dotted abbreviation, and the Buddhist era's year ("3 ม.ค. 2568", "16 มีนาคม 2567"; 543
 * years ahead of the common era), a Christian-era year too ("3 ม.ค. 2025").
 */
const THAI_MONTHS = [
  'มกราคม|ม\\.ค\\.',
  'กุมภาพันธ์|ก\\.พ\\.',
  'มีนาคม|มี\\.ค\\.',
  'เมษายน|เม\\.ย\\.',
  'พฤษภาคม|พ\\.ค\\.',
  'มิถุนายน|มิ\\.ย\\.',
  'กรกฎาคม|ก\\.ค\\.',
  'สิงหาคม|ส\\.ค\\.',
  'กันยายน|ก\\.ย\\.',
  'ตุลาคม|ต\\.ค\\.',
  'พฤศจิกายน|พ\\.ย\\.',
  'ธันวาคม|ธ\\.ค\\.',
];
const THAI = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s*(?:${THAI_MONTHS.map((m) => `(${m})`).join('|')})\\s*(?:พ\\.\\s?ศ\\.\\s*)?(\\d{4})(?!\\d)`,
  'gu',
);
/** The Buddhist era's years run 543 ahead: a year past this is one of them. */
const BUDDHIST_ERA_FROM = 2400;
const BUDDHIST_ERA_OFFSET = 543;
/**
 * The Solar Hijri months by their Persian names (Iran) and their Dari and Pashto names (Afghanistan): "۲۱ آبان ۱۴۰۳",
 * "۱۴ قوس ۱۴۰۲". The year is the calendar's (1300 to 1499); jalaali-js gives the Gregorian day.
 */
const JALALI_MONTHS: Array<[string, number]> = [
  ['فروردین حمل وری', 1],
  ['اردیبهشت ثور غویی', 2],
  ['خرداد جوزا غبرگولی', 3],
  ['تیر سرطان چنگاښ', 4],
  ['مرداد امرداد اسد زمری', 5],
  ['شهریور سنبله وږی', 6],
  ['مهر میزان تله', 7],
  ['آبان عقرب لړم', 8],
  ['آذر قوس لیندۍ', 9],
  ['دی جدی مرغومی', 10],
  ['بهمن دلو سلواغه', 11],
  ['اسفند حوت کب', 12],
];
/**
 * The Ethiopian calendar's months in Amharic ("መጋቢት 5 ቀን 2017 ዓ.ም.", Megabit 5, 2017 in its era: 14 March 2025), the
 * thirteenth (Pagume) five or six days long; the day's word "ቀን" may stand between day and year.
 */
const ETHIOPIC_MONTHS = [
  'መስከረም',
  'ጥቅምት',
  'ኅዳር|ህዳር',
  'ታኅሣሥ|ታህሳስ|ታኅሳስ',
  'ጥር',
  'የካቲት',
  'መጋቢት',
  'ሚያዝያ|ሚያዚያ',
  'ግንቦት',
  'ሰኔ',
  'ሐምሌ|ሃምሌ',
  'ነሐሴ|ነሃሴ',
  'ጳጉሜን|ጳጉሜ',
];
const ETHIOPIC = new RegExp(
  `(?<!\\p{L})(${ETHIOPIC_MONTHS.map((m, i) => `(?<m${i + 1}>${m})`).join('|')})\\s+(\\d{1,2})(?:\\s*ቀን)?\\s*,?\\s*((?:19|20)\\d\\d)(?!\\d)`,
  'gu',
);
/** Julian day number of 1 Meskerem, year 1 of the Ethiopian era (29 August 8 CE in the Julian calendar). */
const ETHIOPIC_EPOCH_JDN = 1_724_221;
/** Julian day number of 1970-01-01. */
const UNIX_EPOCH_JDN = 2_440_588;

/** An Ethiopian date as the Gregorian [year, month, day]: twelve months of thirty days, and a leap day every fourth year. */
function fromEthiopic(y: number, m: number, d: number): [number, number, number] {
  const jdn = ETHIOPIC_EPOCH_JDN + 365 * (y - 1) + Math.floor(y / 4) + 30 * (m - 1) + d - 1;
  const g = new Date((jdn - UNIX_EPOCH_JDN) * DAY_MS);
  return [g.getUTCFullYear(), g.getUTCMonth() + 1, g.getUTCDate()];
}

/**
 * Hijri dates as Saudi and Gulf pages print them, the era's mark "هـ" after the year: "1446/6/14هـ", "14 جمادى الآخرة 1446هـ".
 * The day is the Umm al-Qura calendar's, converted through Intl (ICU's islamic-umalqura), not by arithmetic: its months
 * follow observed tables.
 */
const HIJRI_MONTHS = [
  'محرم',
  'صفر',
  'ربيع الأول|ربيع الاول',
  'ربيع الآخر|ربيع الثاني|ربيع الاخر',
  'جمادى الأولى|جمادى الاولى',
  'جمادى الآخرة|جمادى الثانية|جمادى الاخرة',
  'رجب',
  'شعبان',
  'رمضان',
  'شوال',
  'ذو القعدة|ذي القعدة',
  'ذو الحجة|ذي الحجة',
];
const HIJRI_NUMERIC = /(?<!\d)(1[34]\d\d)\/(\d{1,2})\/(\d{1,2})\s*هـ/gu;
const HIJRI_NAMED = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s+(${HIJRI_MONTHS.map((m, i) => `(?<h${i + 1}>${m})`).join('|')})\\s+(1[34]\\d\\d)\\s*هـ`,
  'gu',
);
/** The calendar's formatter, made on the first Hijri date read: most pages print none. */
const UMM_AL_QURA = lazy(
  () => new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }),
);
/** Which of a pattern's named alternatives matched, from 1 (the month of ETHIOPIC and HIJRI_NAMED). */
function alternative(m: RegExpExecArray): number {
  return Object.values(m.groups ?? {}).findIndex(Boolean) + 1;
}

/** Days from the Hijri era's start (16 July 622) to 1 January 1970, and the mean Hijri year and month in days. */
const HIJRI_EPOCH_DAYS = -492_148;
const HIJRI_YEAR_DAYS = 354.367;
const HIJRI_MONTH_DAYS = 29.5306;
/** How far from the mean calendar's day the Umm al-Qura day is looked for. */
const HIJRI_SEARCH_DAYS = 3;

/** An Umm al-Qura date as the Gregorian [year, month, day], or null when no day near the mean calendar's carries it. */
function fromHijri(y: number, m: number, d: number): [number, number, number] | null {
  const mean = Math.round(HIJRI_EPOCH_DAYS + (y - 1) * HIJRI_YEAR_DAYS + (m - 1) * HIJRI_MONTH_DAYS + d - 1);
  for (let k = 0; k <= HIJRI_SEARCH_DAYS * 2; k++) {
    const day = mean + (k % 2 ? (k + 1) / 2 : -k / 2);
    const g = new Date(day * DAY_MS);
    const parts = Object.fromEntries(
      UMM_AL_QURA()
        .formatToParts(g)
        .map((p) => [p.type, p.value]),
    );
    if (+parts.year! === y && +parts.month! === m && +parts.day! === d) return [g.getUTCFullYear(), g.getUTCMonth() + 1, g.getUTCDate()];
  }
  return null;
}

const JALALI_MONTH = new Map(JALALI_MONTHS.flatMap(([names, n]) => names.split(' ').map((name): [string, number] => [name, n])));
const JALALI = new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${[...JALALI_MONTH.keys()].join('|')})\\s+(1[34]\\d\\d)(?!\\d)`, 'gu');

/** A letter of the Arabic script: only a text holding one is searched for Solar Hijri dates. */
const ARABIC_LETTER = /[\u0600-\u06ff]/u;
const ETHIOPIC_LETTER = /[\u1200-\u137f]/u;
/** Hangul, kana or Han on the line: its numeric dates with a two-digit year put the year first ("24-03-12"). */
const EAST_ASIAN_LETTER = /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
/** A Japanese era's year ("令和6年2月9日", "平成31年4月30日", "令和元年5月1日"), as municipal pages print their dates. */
const JAPANESE_ERA = /(令和|平成)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;
/** The year before each era's first: 令和 began in 2019, 平成 in 1989. */
const ERA_BASE: Record<string, number> = { 令和: 2018, 平成: 1988 };
/** CJK: "2026年12月5日", "2018년 8월 25일". */
const CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})/g;
/** Year first: "2026-12-05", "2026/12/05", "2026.12.05". */
const YMD = /(?<![\d/.-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d/])/g;
/** Day or month first with a 4- or 2-digit year: "05.12.2026", "12/05/2026", "11/18/19". */
const NUMERIC = /(?<![\d/.-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d)/g;

/**
 * A month and day without a year: "Nov 19, 6:51 AM", "Posted Nov. 18", "19 Nov", "19. November". Read only when the
 * URL gives the year and this very month (`/2019/11/slug`): sites that print the year nowhere near the headline
 * (Advance Local's "Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM") date their URLs instead.
 */
const MONTH_DAY_NO_YEAR =
  /(?<!\p{L})(\p{L}{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d/.-]\d|\d|(?:st|nd|rd|th)?\.?,?\s+(?:de\s+)?\d{4})/gu;
const DAY_MONTH_NO_YEAR = /(?<![\d./-])(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?(\p{L}{3,12})(?!\p{L})(?!\.?,?\s+(?:de\s+)?\d{4})/gu;

/** Words that mark the date after them as the publication or the update, in the languages above. */
const PUBLISHED_LABEL =
  /(?:published|posted|first published|original|publish date|ver[öo]ffentlicht|publiziert|erschienen|publi[ée]e?|publicad[oa]|pubblicato|gepubliceerd|geplaatst|diterbitkan|opublikowano|data publikacji|dodano|data dodania|опубликовано|опубликован|дата публикации|опубліковано|дата публікації|публикувано|објављено|publicerad|publicerat|publisert|publiceret|yayınlan(?:ma|dı)|yayın tarihi|publikováno|zveřejněno|vydáno|publikované|zverejnené|uverejnené|közzétéve|megjelent|publikálva|julkaistu|publicat|objavljeno|δημοσίευση|δημοσιεύθηκε|δημοσιεύτηκε|기사입력|입력|(?:发稿|發稿|发布|發布|发表|發表|公開|投稿)(?:时间|時間|日期|日)?)\W{0,3}(?:on|am|le|el|il|op|em|a|den|dne|pe)?\W{0,3}$/i;
/**
 * The update's words that name nothing else, in the languages above ("updated", "aktualisiert", "mis à jour",
 * "aktualizováno", "обновлено", "更新"): date-finder looks for them anywhere in a date line.
 */
export const UPDATE_WORDS =
  'updated?|aktualisiert|ge[äa]ndert|mis à jour|mise à jour|actualizad[oa]|aggiornato|aggiornamento|ultima modifica|bijgewerkt|gewijzigd|atualizad[oa]|aktualizacja|zaktualizowano|data aktualizacji|обновлено|обновлен|изменено|дата обновления|оновлено|обновено|ажурирано|uppdaterad|uppdaterat|oppdatert|opdateret|güncelle(?:me|ndi)|güncellenme(?: tarihi)?|aktualizováno|aktualizované|frissítve|módosítva|päivitetty|actualizat|ažurirano|ενημέρωση|ενημερώθηκε|수정|更新(?:时间|時間|日期|日)?';
const MODIFIED_LABEL = new RegExp(
  `(?:${UPDATE_WORDS}|last modified|modified|(?:last )?edited|stand)\\W{0,3}(?:on|am|le|el|il|op|em|a|den|dne|pe)?\\W{0,3}$`,
  'i',
);
/** A citation's access date ("Retrieved 27 January 2020", "Abgerufen am 3. Mai 2022"): the day someone read a source, no date of this page. */
const ACCESSED_LABEL = /(?:retrieved|accessed|abgerufen|consult[ée]|consultado|consultato)\W{0,3}(?:on|am|le|el|il)?\W{0,3}$/i;
/**
 * A member's join date in a forum post's or a comment's profile box ("Joined: Mon Mar 02, 2015", "Lid geworden op: ma 2 mar
 * 2015", "Mitglied seit 12.05.2011", "Inscrit le", "Miembro desde", "Зарегистрирован:"): the day someone signed up, no date
 * of this page. A weekday word may stand between label and date.
 */
const MEMBER_SINCE_LABEL =
  /(?:joined|member since|registered(?: since| on)?|mitglied seit|registriert(?: seit| am)?|dabei seit|lid geworden(?: op)?|lid sinds|geregistreerd(?: op)?|inscrit(?:e)?(?: le| depuis)?|membre depuis|miembro desde|registrado(?: el| desde)?|iscritt[oa](?: il| dal)?|membro d(?:al|esde)|dołączył[a]?|zarejestrowan[ya]|зарегистрирован[а]?|на сайте с|üyelik tarihi|kayıt tarihi|medlem (?:sedan|siden|sinds)|registrerad)\W{0,3}(?:\p{L}{2,10}\.?,?\s+)?$/iu;

/**
 * A photo's date in a wire caption, the Associated Press's "In this Dec. 12, 2006, file photo, …" and "This May 3, 2022
 * image shows …", or "a photo taken on 3 May 2022": the day the picture was taken, no date of the story.
 */
const PHOTO_BEFORE = /(?:^|[^\p{L}])(?:in )?this\W{0,3}$/iu;
const PHOTO_AFTER =
  /^.{0,25}?\d{4},?\s+(?:file |handout |courtesy |provided |released |undated )?(?:photos?|images?|pictures?|photographs?|frame grab|video (?:still|image|grab)|still)\b/iu;
const PHOTO_TAKEN = /(?:photos?|pictures?|images?|photographs?)\s+(?:taken|made|dated|shot)(?:\s+on)?\W{0,3}$/iu;
/** How far before a date a label ("Updated 1:39 am EST, Wednesday,") may stand. */
const LABEL_REACH = 40;
/** A time and weekday between a label and its date: "Updated 1:39 am EST, Wednesday, ", "PUBLISHED: 10:48, Tue, ". */
const TIME_AND_WEEKDAY =
  /(?:\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?\W*)?(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\.?,?\s*)?$/i;

/**
 * Every calendar day in `text`, in order; `monthFirst` reads "12/05/2026" as December 5 (US English). `urlMonth`
 * ("2019-11", from the page's URL) also reads days printed without a year in that month ("Nov 19").
 */
export function findTextDates(raw: string, monthFirst = false, urlMonth: string | null = null): TextDate[] {
  const text = nativeDigits(raw);
  if (!ANY_DIGIT.test(text)) return []; // every pattern below holds one: a line of words is not searched a dozen times
  const found: TextDate[] = [];
  const add = (index: number, y: number, m: number, d: number): void => {
    const day = validDay(y, m, d);
    if (day && !found.some((f) => Math.abs(f.index - index) < 4))
      found.push({ day, index, iso: zonedTime(text, index, day), role: roleBefore(text, index) });
  };
  for (const m of allMatches(DAY_MONTH, text)) add(m.index, +m[3]!, monthOf(m[2]!), +m[1]!);
  for (const m of allMatches(MONTH_DAY, text)) add(m.index, +m[3]!, monthOf(m[1]!), +m[2]!);
  for (const m of allMatches(DOTTED, text)) add(m.index, +m[4]!, monthOf(m[3]!), +m[1]!);
  for (const m of allMatches(CJK, text)) add(m.index, +m[1]!, +m[2]!, +m[3]!);
  if (ARABIC_LETTER.test(text))
    for (const m of allMatches(JALALI, text)) {
      const g = toGregorian(+m[3]!, JALALI_MONTH.get(m[2]!)!, +m[1]!);
      add(m.index, g.gy, g.gm, g.gd);
    }
  if (text.includes('هـ')) {
    const hijri = (index: number, y: number, m: number, d: number): void => {
      const g = fromHijri(y, m, d);
      if (g) add(index, ...g);
    };
    for (const m of allMatches(HIJRI_NUMERIC, text)) hijri(m.index, +m[1]!, +m[2]!, +m[3]!);
    for (const m of allMatches(HIJRI_NAMED, text)) hijri(m.index, +m[m.length - 1]!, alternative(m), +m[1]!);
  }
  if (ETHIOPIC_LETTER.test(text))
    for (const m of allMatches(ETHIOPIC, text)) add(m.index, ...fromEthiopic(+m[m.length - 1]!, alternative(m), +m[m.length - 2]!));
  if (text.includes('年'))
    for (const m of allMatches(JAPANESE_ERA, text)) add(m.index, ERA_BASE[m[1]!]! + (m[2] === '元' ? 1 : +m[2]!), +m[3]!, +m[4]!);
  for (const m of allMatches(THAI, text)) add(m.index, commonEraYear(+m[14]!), m.slice(2, 14).findIndex(Boolean) + 1, +m[1]!);
  for (const m of allMatches(SPACED_DMY, text)) add(m.index, +m[3]!, +m[2]!, +m[1]!);
  for (const m of allMatches(SPACED_YMD, text)) add(m.index, +m[1]!, +m[2]!, +m[3]!);
  for (const m of allMatches(YEAR_MONTH_DAY, text)) add(m.index, +m[1]!, monthOf(m[2]!), +m[3]!);
  for (const m of allMatches(YMD, text)) add(m.index, +m[1]!, +m[3]!, +m[4]!);
  const yearFirst = EAST_ASIAN_LETTER.test(text);
  for (const m of allMatches(NUMERIC, text)) {
    const [a, b, y] = [+m[1]!, +m[3]!, fullYear(m[4]!)];
    // a two-digit year first, as Korean, Japanese and Chinese pages print it ("작성일 24-03-12 09:41", gnuboard's)
    if (yearFirst && m[4]!.length === 2) add(m.index, fullYear(m[1]!.padStart(2, '0')), b, +m[4]!);
    else {
      const dayFirst = a > 12 || (b <= 12 && !monthFirst);
      add(m.index, y, dayFirst ? b : a, dayFirst ? a : b);
    }
  }
  if (urlMonth) addYearless(text, urlMonth, add);
  return found.filter((f) => !isOtherDay(labelZone(text, f.index)) && !isPhotoDate(text, f.index)).sort((x, y) => x.index - y.index);
}

const ANY_DIGIT = /\d/;

/** Digits of the Arabic, Persian and Indian scripts (each one code unit, as its ASCII digit is: the dates' places stay the same). */
const NATIVE_DIGIT =
  /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0ae6-\u0aef\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f]/gu;
const NATIVE_ZERO = [0x660, 0x6f0, 0x966, 0x9e6, 0xae6, 0xbe6, 0xc66, 0xce6, 0xd66];

/** `text` with those digits written as ASCII ones ("११ मार्च २०२५" → "11 मार्च 2025"). */
function nativeDigits(text: string): string {
  return text.replace(NATIVE_DIGIT, (d) => {
    const c = d.charCodeAt(0);
    const zero = NATIVE_ZERO.find((z) => c >= z && c <= z + 9)!;
    return String(c - zero);
  });
}

/** A label before the date says it is no day of this page: a citation's access date, a member's join date. */
function isOtherDay(label: string): boolean {
  return ACCESSED_LABEL.test(label) || MEMBER_SINCE_LABEL.test(label);
}

/** Days printed without a year whose month is the URL's, in the URL's year. */
function addYearless(text: string, urlMonth: string, add: (index: number, y: number, m: number, d: number) => void): void {
  const [year, month] = urlMonth.split('-').map(Number) as [number, number];
  for (const m of allMatches(MONTH_DAY_NO_YEAR, text)) if (monthOf(m[1]!) === month) add(m.index, year, month, +m[2]!);
  for (const m of allMatches(DAY_MONTH_NO_YEAR, text)) if (monthOf(m[2]!) === month) add(m.index, year, month, +m[1]!);
}

function isPhotoDate(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - LABEL_REACH), index);
  return (PHOTO_BEFORE.test(before) && PHOTO_AFTER.test(text.slice(index, index + 60))) || PHOTO_TAKEN.test(before);
}

/**
 * The matches of a global pattern, as matchAll gives them, but run on the pattern itself. matchAll runs a
 * fresh copy, and inside an extraction V8 compiled these Unicode patterns' copies anew: findTextDates cost
 * 0.22 ms a call there against 0.024 ms now (70 calls on the 171 plain scrapinghub pages). None of the
 * patterns matches an empty string, so lastIndex never needs a push past one.
 */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

function monthOf(name: string): number {
  return MONTHS[monthKey(name)] ?? 0;
}

/** A Thai page's year in the common era ("2568" → 2025). */
function commonEraYear(y: number): number {
  return y > BUDDHIST_ERA_FROM ? y - BUDDHIST_ERA_OFFSET : y;
}

/** "19" → 2019; two-digit years are this century (pages before 2000 rarely print them). */
function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

function validDay(y: number, m: number, d: number): string | null {
  if (!m || m > 12 || d < 1 || d > 31 || y < 1000 || y > 9999) return null;
  const t = Date.UTC(y, m - 1, d);
  if (new Date(t).getUTCDate() !== d) return null;
  return new Date(t).toISOString().slice(0, 10);
}

/** Zone abbreviations printed on news pages, minutes east of UTC; "ET"/"CT"/"MT"/"PT" follow US daylight time. */
const ZONES = NAMED_ZONES;
const US_ZONES: Record<string, number> = { et: -300, ct: -360, mt: -420, pt: -480 };
/** A clock time with a zone: "6:46 pm ET", "11:34 PM EST", "18.54 GMT", "07:09 GMT". */
const TIME_ZONE = /(\d{1,2})[:.](\d{2})(?::\d{2})?\s*([ap])?\.?m?\.?\s+\(?([a-z]{2,4})\b/i;
/** How far from the date its time may stand ("Published 11:34 PM EST Nov 19" / "Nov 19, 2019, 07:47 PM EST"). */
const TIME_REACH = 28;

/**
 * What may stand between a date and its clock time: punctuation and a word for "at" ("March 4, 2025 at 8:47 p.m.",
 * "05.03.2025, 14:05", "4 mars 2025 kl. 00.34", "le 5 mars 2025 à 14h05"). Not a label: in "March 3, 2024 Updated 8:40
 * a.m." the clock is the update's.
 */
const CLOCK_LEAD = /^[\s,;|·•/–—-]*(?:(?:at|um|à|a las|a la|alle|às|kl|klo|om|saat|godz|o godz|в)\.?[\s,]*)?$/iu;

/** A date at the start of `text` cut off: to its year ("March 4, 2025", "2025-03-04", "2025年3月4日"), or a numeric date with a short year ("11/19/19"). */
const DATE_HEAD = /^.*?\d{4}(?:[-./年]\d{1,2}[-./月]\d{1,2}日?)?|^[\d./-]+/u;

/** The text after the date `text` opens with: where its clock time is printed. */
export function afterDate(text: string): string {
  return text.replace(DATE_HEAD, '');
}

/** True when `between` (the text from a date's year to a clock time) joins the two. */
export function leadsToClock(between: string): boolean {
  return CLOCK_LEAD.test(between);
}

/** The instant of a visible date when a time with a known zone is printed right before or after it. */
function zonedTime(text: string, index: number, day: string): string | null {
  const after = afterDate(text.slice(index, index + 20 + TIME_REACH));
  const before = text.slice(Math.max(0, index - TIME_REACH), index);
  const next = TIME_ZONE.exec(after);
  const m = (next && leadsToClock(after.slice(0, next.index)) ? next : null) ?? TIME_ZONE.exec(before);
  if (!m) return null;
  const offset = zoneOffset(m[4]!.toLowerCase(), Number(day.slice(5, 7)));
  let hour = Number(m[1]);
  if (offset === null || hour > 23 || Number(m[2]) > 59) return null;
  if (m[3]) hour = (hour % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
  const local = `${day}T${String(hour).padStart(2, '0')}:${m[2]}:00.000`;
  if (!offset) return `${local}Z`;
  const abs = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** US generic zones are an hour ahead from April to October (daylight time); March and November are read as standard time. */
function zoneOffset(name: string, month: number): number | null {
  if (name in ZONES) return ZONES[name]!;
  if (name in US_ZONES) return US_ZONES[name]! + (month >= 4 && month <= 10 ? 60 : 0);
  return null;
}

/** The text a label of the date at `index` stands in. */
function labelZone(text: string, index: number): string {
  return text.slice(Math.max(0, index - LABEL_REACH), index).replace(TIME_AND_WEEKDAY, '');
}

/** The role the label at the end of `text` gives a date printed right after it ("Updated:", "Publié le"), or null. */
export function labelRole(text: string): TextDate['role'] {
  return roleBefore(text, text.length);
}

function roleBefore(text: string, index: number): TextDate['role'] {
  const before = labelZone(text, index);
  if (MODIFIED_LABEL.test(before)) return 'modified';
  if (PUBLISHED_LABEL.test(before)) return 'published';
  return null;
}

/** The URL's path, or null when it is no URL. */
function pathOf(url: string): string | null {
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

/** The year and month a URL path gives ("2019-11" for /2019/11/slug.html or /2019/11/18/), or null. */
export function urlMonth(url: string): string | null {
  const path = pathOf(url);
  const m = path === null ? null : /(?:^|\/)((?:19|20)\d{2})\/(\d{1,2})(?:\/|$)/.exec(path);
  const month = m ? Number(m[2]) : 0;
  return m && month >= 1 && month <= 12 ? `${m[1]}-${String(month).padStart(2, '0')}` : null;
}

/** The day in a URL path: /2019/11/18/, /2019-11-18-, /20191115 at a word's end; null when absent or partial. */
export function urlDay(url: string): string | null {
  const path = pathOf(url);
  if (path === null) return null;
  const m =
    /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)/.exec(path) ??
    /(?:^|[/_-])((?:19|20)\d{2})\/([a-z]{3})\/(\d{1,2})(?:\/|$)/i.exec(path) ??
    /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  if (!m) return null;
  const month = /^\d+$/.test(m[2]!) ? Number(m[2]) : monthOf(m[2]!);
  return validDay(Number(m[1]), month, Number(m[3]));
}
