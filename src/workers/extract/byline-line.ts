/**
 * How a printed line says it is a credit, whatever element it sits in: "By X", a bare "By" before the name's line, a
 * post line ("Posted on … by X", "Tuesday 15 October 2019 by X", "May 3, 2022 · 3 min · X"), a Chinese "作者：X" or
 * dateline credit. Text in, the credit's text out (its names are checked by person-name.ts). Pure.
 */
import { BARE_CREDIT_LEAD, CREDIT_LEAD } from './byline-prefix';
import { endsWithOtherCredit } from './other-credit';
import { findTextDates } from './date-text';
import { opensWithGivenName } from './name-lexicon';
import { isAgencyCredit } from './wire-marks';
import { canonicalOutlet } from '../../policy/outlets';

/**
 * "Posted on May 3, 2022 by Anna Dunst", "Veröffentlicht am 3. Mai 2022 von Anna Dunst": a blog's post line, the credit after
 * its date; "Publicerad 5 december 2026 av X" (sv, no, da "af"), "Opublikowano 5 grudnia 2026 przez X" (pl), "Опубликовано …,
 * автор: X" (ru).
 */
const POSTED_BY =
  /^(?:posted|published|written|veröffentlicht|gepostet|eingestellt|erstellt|geschrieben|publié|écrit|publicado|escrito|pubblicato|scritto|geplaatst|gepubliceerd|publicerad|publicerat|publisert|publiceret|udgivet|opublikowano|dodane|dodano|опубликовано)(?!\p{L}).*?\s((?:by|von|par|por|da|di|door|av|af|przez|автор:?)\s+\p{Lu}.*)$/iu;

/**
 * "Posted on May 3, 2022 | 3 minutes | 612 words | Jane Roe", "May 3, 2022 · 3 min · Jane Roe": the post line of
 * static-site blog themes (Hugo's and Jekyll's), which print the author unlabelled as its last part, after the date and
 * a reading time or word count. Only a line of such parts: a category or a place there would pass for a name.
 */
const META_LINE_SEPARATOR = /\s*[|·•]\s*/u;
const READING_OR_WORDS =
  /^~?\s*\d[\d,.]*\s*(?:min(?:ute)?s?|mins?|words?|wörter|minuten|mots|palabras)\.?(?:\s+(?:read|reading|lesezeit|de lecture|de lectura))?$/iu;
/** Parts of such a line: a date, a reading time or word count, then the author. */
const MIN_META_LINE_PARTS = 3;

/** "发布时间：2022年05月03日 10:32 作者：张三 李四", "来源：新华网 记者：张三": the author's label inside a Chinese meta line, the names after it. */
const CJK_LABELLED_CREDIT = /(?:^|\s)((?:作者|记者|記者|撰文)\s*[:：].+)$/u;
/**
 * "新华社北京5月3日电（记者 张三 李四）", "本报讯（记者 张三）": the reporters credited in brackets in the dateline that
 * opens a Chinese story's first paragraph, within its first CJK_DATELINE_CHARS characters. CNA's "（中央社記者吳承翰、
 * 陳映如台北14日電）", whose last name runs into the place with nothing between, is read by CNA_DATELINE.
 */
const CJK_DATELINE_CREDIT = /[（(]\s*((?:本报|本報)?(?:记者|記者)\s*[^（）()]{2,30})[）)]/u;
const CJK_DATELINE_CHARS = 40;

/**
 * "〔記者李文德／高雄報導〕", "聯晨報／記者王信宏、林佳蓉／台中即時報導", "本报记者 周敏 何川 北京报道": the reporters and the place they
 * filed from, at the start of a line.
 */
const CJK_REPORTED_CREDIT =
  /^[^。，,.]{0,8}?[〔［[／/\s]?((?:本报|本報)?(?:记者|記者)\s*[\p{Script=Han}·、\s]{2,30}?[\s／/]*[\p{Script=Han}]{1,6}?(?:即時)?(?:报道|報導|报导|報道))/u;

/**
 * The places CNA's reporters file from: Taiwan's cities and counties, and the agency's bureaus abroad. Only a dateline whose
 * place is one of these is read: the name before it is then what is left ("陳映如" before "台北").
 */
const CNA_PLACES =
  '台北|臺北|新北|桃園|台中|臺中|台南|臺南|高雄|基隆|新竹|苗栗|彰化|南投|雲林|嘉義|屏東|宜蘭|花蓮|台東|臺東|澎湖|金門|馬祖|連江|' +
  '華盛頓|紐約|洛杉磯|舊金山|多倫多|東京|首爾|北京|上海|香港|新加坡|吉隆坡|曼谷|河內|胡志明市|雅加達|馬尼拉|新德里|雪梨|' +
  '倫敦|巴黎|柏林|布魯塞爾|日內瓦|莫斯科|耶路撒冷|約翰尼斯堡|聖保羅|墨西哥城';
/** CNA's dateline: "（中央社記者林宜蓁台北15日電）", "（中央社記者吳承翰、陳映如台北14日電）", "（中央社駐東京特派員X東京3日專電）". */
const CNA_DATELINE = new RegExp(
  `[（(]中央社(?:記者|特派員|駐\\p{Script=Han}{2,4}特派員)([\\p{Script=Han}、]{2,20}?)(?:${CNA_PLACES})\\d{1,2}日專?電[）)]`,
  'u',
);

/**
 * A Korean wire's lead and its reporters, before the equals sign that opens the story: "(포항=연합뉴스) 우태경 김나리 기자 =",
 * "[청주=뉴시스] 박민호 기자 =" (the city and the agency, then the names and their word).
 */
const KOREAN_WIRE_CREDIT =
  /^\s*[(（[［]\s*[^=()（）[\]［］]{1,12}=\s*[^()（）[\]［］]{2,12}?\s*[)）\]］]\s*((?:\p{Script=Hangul}{2,4}\s+){1,3}(?:기자|특파원))\s*=/u;

/**
 * The reporters a Chinese, Korean or Japanese dateline or reporting line credits at the start of a paragraph ("新华社北京5月3日电（记者
 * 张三）", "〔記者李文德／高雄報導〕", "(서울=연합뉴스) 김민지 기자 =", "【ジュネーブ＝宮坂亮】"), or the reporter's 【name】 closing a
 * Japanese paper's lead ("…初めてという。【安西隆之】"), or undefined.
 */
export function datelineCredit(paragraph: string): string | undefined {
  const start = paragraph.slice(0, CJK_DATELINE_CHARS);
  const cna = CNA_DATELINE.exec(start)?.[1];
  return (
    CJK_DATELINE_CREDIT.exec(start)?.[1] ??
    CJK_REPORTED_CREDIT.exec(start)?.[1] ??
    (cna && `記者${cna}`) ??
    KOREAN_WIRE_CREDIT.exec(start)?.[1] ??
    JAPANESE_REPORTER_DATELINE.exec(start)?.[1] ??
    TURKISH_WIRE_CREDIT.exec(paragraph.slice(0, TURKISH_DATELINE_CHARS))?.[1] ??
    JAPANESE_CLOSING_NAME.exec(paragraph)?.[1]
  );
}

/** A Japanese correspondent's dateline opening the story, the place and the reporter: "【ジュネーブ＝宮坂亮】", "【ワシントン=山田太郎】". */
const JAPANESE_REPORTER_DATELINE = /^\s*【[^】＝=]{1,12}[＝=]([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,8})】/u;

/**
 * A Turkish agency's dateline and its reporter, the surname in capitals before the place: "Kaan YILDIRIM/ACIPAYAM (Denizli),
 * (DHA) -", "Ayşe KAYA/İZMİR, (İHA) –". Only a known agency's.
 */
const TURKISH_WIRE_CREDIT =
  /^\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,})?)\s*\/\s*\p{Lu}{2,}[^()]{0,40}?(?:\([^()]{2,30}\),?\s*)?\((?:DHA|İHA|IHA|AA)\)\s*[-–—]/u;
const TURKISH_DATELINE_CHARS = 100;

/** A line of a writer's name and their agency in brackets alone: "Marta Quiroga Llanos (EFE)", "Kari Lind (Agencia Meridiana)". */
const NAME_WITH_AGENCY = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*[(（]([^()（）]{2,40})[)）]$/u;

/** A line of a writer's name, a dash and their post at an agency: "Luciana X – Repórter da Agência Brasil", "Jane Roe - Correspondent of Xinhua". */
const NAME_AT_AGENCY =
  /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+[-–—]\s+\p{L}+(?:\s+\p{L}+)?\s+(?:da|do|de|del|della|of|at|der|des|du|di)\s+([^()（）]{2,40})$/u;

/**
 * The writer of a story whose first line names them and their agency alone ("Marta Quiroga Llanos (EFE)" in italics above
 * the dateline, as portals print agency copy under their desk's account; "Luciana X – Repórter da Agência Brasil" in bold),
 * or undefined.
 */
export function writerWithAgency(line: string): string | undefined {
  const m = NAME_WITH_AGENCY.exec(line.trim()) ?? NAME_AT_AGENCY.exec(line.trim());
  const agency = m?.[2]?.trim();
  return agency && (canonicalOutlet(agency) || isAgencyCredit(agency)) ? m![1] : undefined;
}

/** The lines, each that ends in another task's label read with the next ("Medically reviewed by" / "Dr. Sam Lee"): its name is not the author's. */
export function withLabelled(lines: string[]): string[] {
  return joinedWithNext(lines, endsWithOtherCredit);
}

/** The lines, each for which `opens` holds joined to the line after it ("By" / "Jane Roe", "Medically reviewed by" / "Dr. Sam Lee"). */
function joinedWithNext(lines: string[], opens: (line: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i + 1];
    if (next !== undefined && opens(lines[i]!)) {
      out.push(`${lines[i]} ${next}`);
      i++;
    } else out.push(lines[i]!);
  }
  return out;
}

/** The lines that say they are a byline ("By X"), a bare prefix joined to the line after it. */
export function prefixedLines(lines: string[]): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (BARE_CREDIT_LEAD.test(line) && next !== undefined) out.push(`${line} ${next}`);
    else if (CREDIT_LEAD.test(line)) out.push(line);
  });
  return out;
}

/** The lines, a bare "By" / "Von:" line joined to the name on the line after it (the template prints them in two elements). */
export function prefixJoined(lines: string[]): string[] {
  return joinedWithNext(lines, (line) => BARE_CREDIT_LEAD.test(line.replace(LEADING_DECORATION, '')));
}

/** Symbols a template prints before a byline line ("// By X", "— By X", "· Von X"). */
const LEADING_DECORATION = /^[^\p{L}\p{N}(]+/u;

/** `line` without the bullets, dashes and icons' glyphs before its first word ("— By X", "· Von X"). */
export function withoutDecoration(line: string): string {
  return line.replace(LEADING_DECORATION, '');
}

/** The credit of a post line ("Posted by X at 10:15 PM", "Eingestellt von X um 10:15"), or undefined. */
export function postedByCredit(line: string): string | undefined {
  return capitalised(POSTED_BY.exec(line)?.[1]) ?? POSTED_BY_FA.exec(line)?.[1];
}

/**
 * A Persian blog's post line, the writer before the time ("نوشته شده توسط X در ساعت ۱۱:۴۲", "ارسال شده توسط X در …"): Blogfa's
 * and Blogsky's templates print it below the post. The credit is read up to "در" (at); the script has no capitals to check.
 */
const POSTED_BY_FA = /^((?:نوشته|ارسال|پست)\s+(?:شده\s+)?توسط\s+[^\s|]+(?:\s+[^\s|]+){0,3}?)\s+(?:در|ساعت)\s/u;

/** A by-word or an author's label and the capital that opens the name after it ("by Anna", "автор: Иван"). */
const BY_WORD_THEN_CAPITAL = /^\p{L}+[^\p{L}]+\p{Lu}/u;

/**
 * `credit` when the name after its by-word opens with a capital. The patterns that find such credits are case-insensitive
 * for their words, and under the `i` flag `\p{Lu}` matches a letter of either case: "Posted on 3 May by admin" had passed.
 */
function capitalised(credit: string | undefined): string | undefined {
  return credit !== undefined && BY_WORD_THEN_CAPITAL.test(credit) ? credit : undefined;
}

/** The credit a short line below the headline gives: "By X", a post line's "… von X", a Chinese "… 作者：X", "X, AP Auto Writer". */
export function lineCredit(raw: string): string | undefined {
  const line = raw.replace(LEADING_DECORATION, '');
  if (CREDIT_LEAD.test(line) || ROLE_LINE.test(line)) return line;
  return postedByCredit(raw) ?? CJK_LABELLED_CREDIT.exec(raw)?.[1] ?? datedCredit(line) ?? metaLineCredit(raw) ?? partCredit(raw);
}

/**
 * A credit after a separator in a meta line: a kicker or column's name first ("From the Director’s Desk · By Marisol
 * X, Executive Director", "Opinion | Von Anna X"). Only a part that opens with a by-word: a bare name there could be a
 * section's or a place's.
 */
function partCredit(raw: string): string | undefined {
  if (!META_LINE_MARK.test(raw)) return undefined; // most lines have no separator
  return raw.split(META_LINE_SEPARATOR).find((part, i) => i > 0 && CREDIT_LEAD.test(part));
}
const META_LINE_MARK = /[|·•]/u;

/**
 * "Tom Krisher, AP Auto Writer", "Jane Roe, Staff Writer", "Anna Dunst, Korrespondentin": a name, a comma, and a job that
 * ends in a newsroom role, the whole line (the wire byline printed without "By"). The role must end the line and be short:
 * "Jane Roe, editor of the Gazette, said …" is a sentence, not a credit.
 */
const ROLE_LINE =
  /^[^,]{3,40},\s*(?:[\p{L}.&-]+\s+){0,4}(?:writer|correspondent|editor|columnist|contributor|journalist|critic|redakteur(?:in)?|korrespondent(?:in)?|reporter(?:in)?|journalistin|journaliste|correspondante?|rédact(?:eur|rice)|envoyée? spéciale?|corresponsal|periodista|redactor(?:a)?|giornalista|corrispondente|inviat[oa])$/iu;

/** A by-word before a capital: "by Anna", "von Anna", "par Anne" …, or an author's label ("Автор: Иван", "Autor: Anna", "Text: Anna"). */
const BY_WORD_NAME =
  '(?:(?:by|von|par|por|door|av|di|da|af)\\s+|(?:autor(?:in)?|author|auteur|автор|yazar|text|texto|tekst)\\s*[:：]\\s*)\\p{Lu}';
/** What follows a date that opens a line, when it says "by X" ("Tuesday 15 October 2019 by Anna Dunst", "3. Mai 2022 von Anna Dunst"). */
const AFTER_DATE_BY = new RegExp(`^[\\s,:|·•–—-]*(${BY_WORD_NAME}.*)$`, 'iu');
/** The by-word and capital AFTER_DATE_BY needs, anywhere in the line (a letter of either case: see capitalised). */
const BY_WORD_BEFORE_NAME = new RegExp(BY_WORD_NAME, 'iu');
/** A weekday, or nothing, may come before the date ("Tuesday 15 October 2019"). */
const MAX_DATE_START = 12;
/**
 * A date's own words after its index (the year ends it, or the time after it with its zone or "Uhr"): found by the date
 * finder, cut at the first "by".
 */
const DATE_THEN_BY =
  /^(.*?\b(?:19|20)\d{2}(?:\s*(?:,|at|um|à|a las)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:uhr|h|utc|gmt|mez|mesz|cet|cest|bst|[ecmp][sd]t)(?!\p{L}))?)?)(.*)$/iu;

/**
 * The credit after a date that opens the line: a blog's post line printed date first ("Tuesday 15 October 2019 by Bradley
 * M. Kuhn", "March 3, 2022 by Jane Roe"). Only with a "by"-word right after the date: a name alone there could be a place.
 */
function datedCredit(line: string): string | undefined {
  if (!BY_WORD_BEFORE_NAME.test(line)) return undefined; // most lines have none: the date finder is not run on them
  const date = findTextDates(line)[0];
  if (!date || date.index > MAX_DATE_START) return undefined;
  let rest = DATE_THEN_BY.exec(line.slice(date.index))?.[2];
  // the update printed after the publication ("5. Februar 2026 11. Februar 2026 Text: Petra Lindner")
  const next = rest === undefined ? undefined : findTextDates(rest)[0];
  if (rest !== undefined && next && next.index <= MAX_DATE_START) rest = DATE_THEN_BY.exec(rest.slice(next.index))?.[2];
  return rest === undefined ? undefined : capitalised(AFTER_DATE_BY.exec(rest)?.[1]);
}

/** The last part of a post line whose other parts are a date and a reading time or word count (META_LINE_SEPARATOR). */
function metaLineCredit(raw: string): string | undefined {
  const parts = raw.split(META_LINE_SEPARATOR).filter(Boolean);
  if (parts.length < MIN_META_LINE_PARTS) return undefined;
  const lead = parts.slice(0, -1);
  const measured = lead.filter((p) => READING_OR_WORDS.test(p)).length;
  if (!measured || lead.length - measured !== 1 || !findTextDates(lead.find((p) => !READING_OR_WORDS.test(p))!).length) return undefined;
  return parts[parts.length - 1];
}

/** Lines below the headline looked at for a name printed over its date line. */
const NAME_OVER_DATE_LINES = 4;
/** A name line has at most this many characters and words; a date line at most this many characters. */
const MAX_NAME_LINE_CHARS = 40;
const MAX_NAME_WORDS = 4;
const MAX_DATE_LINE_CHARS = 50;

/**
 * A name printed alone with the story's date on the line right under it ("JANIE HAR" / "Nov. 20, 2019 6:09 a.m.",
 * "Courtney Kirchoff" / "Feb 24, 2015 · 4 min read"): the byline of meta boxes that print no "By". Only in the first few
 * lines below the headline, only a short line without digits over a line that opens with a date, and only a name that
 * opens with a popular given name: a place printed over the date ("SAN FRANCISCO", "Buenos Aires") is name-shaped too.
 */
export function nameOverDate(lines: string[]): string | undefined {
  for (let i = 0; i < Math.min(lines.length - 1, NAME_OVER_DATE_LINES); i++) {
    const name = lines[i]!.trim();
    const next = lines[i + 1]!.trim();
    if (name.length > MAX_NAME_LINE_CHARS || /\d/.test(name) || name.split(/\s+/u).length > MAX_NAME_WORDS) continue;
    if (next.length > MAX_DATE_LINE_CHARS) continue;
    const date = findTextDates(next)[0] ?? findTextDates(next, true)[0];
    if (date && date.index <= MAX_DATE_START && opensWithGivenName(name)) return name;
  }
  return undefined;
}

/** A closing credit is a short paragraph: a longer one is the story's last sentence. */
const MAX_CLOSING_CHARS = 160;
/**
 * "Das Gespräch führte Jan Peters.", "Das Interview führten Anna Dunst und Max Muster.", "Propos recueillis par X": an
 * interview's closing credit; "Report by X", "Words by X", a sign-off's "— Reported by X in Paje", "— Story and photos by X": a
 * report's, in so many words (a bare "By X" is a teaser's as often); a local paper's "Eingesandt von X" (sent in by a club's or
 * a parish's writer).
 */
const INTERVIEW_CLOSING =
  /^(?:[—–-]\s*)?(?:(?:das|dieses)\s+(?:gespräch|interview)\s+führten?|propos recueillis par|eingesandt von|(?:report|words|story|text|reporting|reported|written)(?:\s+and\s+(?:photos?|pictures|photography))?\s+by)\s+(.+?)\.?$/iu;

/**
 * The credit a story's closing paragraph gives: an interview's "Das Gespräch führte X.", a labelled credit line ("Muhabir:
 * Kemal Aydın", "Bericht: X"), a Japanese reporter's 【name】 or "（name）", a name and the site's host ("X, tirol.ORF.at"). Not a bare "Von X" line: at the body's end, that is as often
 * a teaser's in a rail the body holds. Nor a wire's "(Reporting by X; Editing by Y)": the
 * story is the agency's, and labellers differ on whether its reporters are the byline (the scrapinghub labels say no).
 */
export function closingCredit(paragraph: string): string | undefined {
  const line = paragraph.trim();
  if (line.length > MAX_CLOSING_CHARS) return undefined;
  const interview = INTERVIEW_CLOSING.exec(line)?.[1];
  if (interview) return interview;
  return (
    labelledClosing(line) ??
    JAPANESE_CLOSING_NAME.exec(line)?.[1] ??
    JAPANESE_CLOSING_PAREN.exec(line)?.[1] ??
    JAPANESE_CLOSING_CREDIT.exec(line)?.[1] ??
    JAPANESE_DESK_PAREN.exec(line)?.[1] ??
    KOREAN_CLOSING.exec(line)?.[1] ??
    DASH_SIGN_OFF.exec(line)?.[1] ??
    // its names are a list: a comma there joins two reporters ("X, Melati Kusuma"), not a name and an affiliation
    REPORTER_CLOSING.exec(line)?.[1]?.replace(/\s*,\s*/gu, ' and ') ??
    LOCAL_CORRESPONDENT.exec(line)?.[1] ??
    OP_ED_FOOTNOTE.exec(line)?.[1] ??
    AGENCY_SIGN_OFF.exec(line)?.[1] ??
    NAME_AND_HOST.exec(line)?.[1]
  );
}

/**
 * An agency's sign-off naming each task's person, the writer first: Agerpres's "AGERPRES/(A - autor: X, editor: Y, editor
 * online: Z)". Only the writer's label.
 */
const AGENCY_SIGN_OFF = /^\s*\p{Lu}{2,}\s*\/\s*\(\s*[\p{L}.]{1,4}\s*[-–]\s*[Aa]utor\s*:\s*([^,;)]+)/u;

/**
 * A signature closing the story, the name over the writer's role on a line of its own ("Nicolas Sirois-Boucher" /
 * "Journaliste de l'Initiative de journalisme local"): the name's line, from the story's closing lines, last first. Only a
 * writer's role: a name over "Directrice des communications" closes a press release's contact block.
 */
export function nameOverRole(lastFirst: string[]): string | undefined {
  for (let i = 1; i < lastFirst.length; i++) if (isSignature(lastFirst[i]!, lastFirst[i - 1]!)) return lastFirst[i];
  return undefined;
}

/** A signature's two lines: a short name line without digits over a writer's role. */
export function isSignature(name: string, role: string): boolean {
  return role.length <= MAX_CLOSING_CHARS && WRITER_ROLE_LINE.test(role) && name.length <= MAX_SIGNATURE_NAME_CHARS && !/\d/u.test(name);
}

/** A writer's role opening a line: "Journaliste de …", "Reporter", "Correspondent in Gulu", "Redaktorka", "Periodista". */
const WRITER_ROLE_LINE =
  /^(?:journaliste|journalist(?:in)?|reporter(?:in)?|correspondent|correspondante?|rédact(?:eur|rice)|periodista|giornalista|jornalista|redaktor(?:ka)?|dziennikar(?:z|ka)|novinář(?:ka)?|staff writer)(?!\p{L})/iu;
/** A signature's name line is short. */
const MAX_SIGNATURE_NAME_CHARS = 60;

/** A short line of a writer's label, its colon and the names: "Muhabir: Kemal Aydın", "Tekst og foto: X", "Bài, ảnh: X - Y". */
export function labelledClosing(raw: string): string | undefined {
  const line = raw.trim();
  return line.length <= MAX_LABELLED_CLOSING_CHARS && LABELLED_CLOSING.test(line) && CREDIT_LEAD.test(line) ? line : undefined;
}

/** A labelled credit line closing the story is short: "Muhabir: Kemal Aydın", "Bericht: Thomas Kessler", "Tekst og foto: X". */
const MAX_LABELLED_CLOSING_CHARS = 80;
/** A label before a colon ("Bài, ảnh:" with its comma): the credit closing a story names its writer so, not with a bare "Von X" (a teaser's form). */
const LABELLED_CLOSING = /^[\p{L} ,]{2,24}\s*[:：]\s*\S/u;
/**
 * The reporters a credits block closing the story names above its editor ("Reporter: X, Y" / "Editor: Z", as ANTARA's
 * stories end): at the story's end the reporter's label credits the writing, where below the headline it may head a
 * reportage's other credits.
 */
const REPORTER_CLOSING = /^(?:[Rr]eporters?|REPORTERS?|[Pp]ewarta|[Ww]artawan)\s*[:：]\s*(\p{Lu}.{2,80})$/u;
/**
 * A French regional paper's local correspondent signing the story: "Bernard Schwaller (CLP)" (correspondant local de
 * presse), "Anne Morel (correspondante)".
 */
const LOCAL_CORRESPONDENT =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*\((?:CLP|[Cc]orrespondante?(?:\s+locale?)?(?:\s+de\s+presse)?)\)$/u;
/**
 * An Indonesian op-ed's footnote on its writer, after its asterisk ("*) Bambang X, pengajar di …", "*) Penulis adalah X,
 * …"): the name before the comma.
 */
const OP_ED_FOOTNOTE = /^\*\)\s*(?:[Pp]enulis adalah\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}),\s/u;
/**
 * A sign-off after a dash, the name and the writer's role or bureau: "— Virgilio R. Ramos, Sentinel Correspondent", "– Jane
 * Roe, Staff Writer", "— X, Hawkeye Capitol News Bureau".
 */
const DASH_SIGN_OFF =
  /^[—–]\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s+[\p{L} ]{0,30}\b(?:[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Jj]ournalist|[Ss]tringer|[Bb]ureau|News Service)$/u;
/**
 * A Korean reporter's sign-off closing the story, the name and the reporter's word alone on a line, after a slash or in
 * brackets: "/ 윤미라 시민기자", "<김서준 기자>", "이영희 특파원 sjkim@example.co.kr".
 */
const KOREAN_CLOSING =
  /^[/／<〈[［]?\s*(\p{Script=Hangul}{2,4})\s*(?:선임|객원|수습|시민|인턴)?(?:기자|특파원)\s*[>〉\]］]?(?:\s+[\w.+-]+@[\w.-]+\.\w+)?$/u;
/** The reporter's name in lenticular brackets closing a Japanese story's last paragraph: "…と話した。【森田亜希子】". */
const JAPANESE_CLOSING_NAME = /[。」]\s*【([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,8})】$/u;
/** A broadcaster's signature closing the story, a name and the site's host: "Lukas Greiner, tirol.ORF.at". */
const NAME_AND_HOST = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u;
/**
 * A Japanese writer's credit line closing the story, with its full-width equals or slash: "取材・文＝佐伯みのり", an ideographic
 * space, "撮影＝X" (reporting and text, then the photographer's credit), "文／X", "文・写真＝X". Only the writer's name is read.
 */
const JAPANESE_CLOSING_CREDIT =
  /^(?:取材・)?(?:文|構成)(?:・(?:写真|撮影))?\s*[＝=／/]\s*([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,8}(?:[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,6})?)(?:[\s\u3000]+(?:撮影|写真|写真撮影)\s*[＝=／/].*)?$/u;
/**
 * The reporter's name as a paragraph of its own in full-width parentheses, family and given name spaced: "（北川 奏太）". Only spaced:
 * unspaced, a paragraph in parentheses is as often a wire's ("（共同）") or an outlet's ("（央视新闻）").
 */
const JAPANESE_CLOSING_PAREN = /^（([\p{Script=Han}]{1,4}[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4})）$/u;
/** The same with the writer's desk before the name: "（科学部・森田彩花）", "（社会部・山田太郎）": a desk's word, then the name. */
const JAPANESE_DESK_PAREN = /^（\p{Script=Han}{1,6}(?:部|局|課|班)・([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,6})）$/u;
