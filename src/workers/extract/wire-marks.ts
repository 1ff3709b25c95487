/**
 * The marks a wire's copy carries when a page republishes it, beyond a labelled credit line: its dateline ("WASHINGTON
 * (AP) —", "SAN FRANCISCO--(BUSINESS WIRE)--", "(서울=연합뉴스) 김민지 기자 =", "【ワシントン共同】"), its tag closing the text
 * ("… sagte er. (dpa)", "…運行する。（共同）"), an author field that names the agency alone ("Europa Press" as the meta
 * author and the byline), and the agency after a slash in the byline ("Hanna Berglöf/TT"). Only wires and outlets the
 * outlet list knows are read. Pure.
 */
import { PRESS_WIRE_DATELINE, WIRE_DATELINE, canonicalOutlet } from '../../policy/outlets';

/** Characters at the start of a paragraph read for a dateline. */
const DATELINE_CHARS = 120;
/** A Korean wire's lead: "(서울=연합뉴스) 김민지 기자 =", "[세종=뉴시스]": the city, then the agency, in round or square brackets. */
const KOREAN_WIRE_LEAD = /^\s*[(（[［]\s*[^=()（）[\]［］]{1,12}=\s*([^()（）[\]［］]{2,12}?)\s*[)）\]］]/u;
/** A Japanese wire's lead: "【ワシントン共同】", "【北京時事】": the city, then the agency. */
const JAPANESE_WIRE_LEAD = /^\s*【[^】]{0,12}?(共同|時事)】/u;
/**
 * A Chinese wire's dateline: the agency, the city and the day, then "电" ("新华社澄州3月14日电", "中新社北京5月3日電", "中央社台北14日電"):
 * the agency opens it, a known outlet.
 */
const CHINESE_WIRE_LEAD = /^[\s\u3000]*(新华社|新華社|中新社|中新网|中新網|中央社)\p{Script=Han}{0,8}?(?:\d{1,2}月)?\d{1,2}日[电電]/u;
/**
 * A dateline in a script without capitals, the place (and day) and the agency in brackets: "تونس (وات) -", "रुपधारा, वैशाख
 * १० (रासस) :", and Urdu's without the dash, "اسلام آباد (این این آئی) محکمہ …" (ANY_WIRE_DATELINE looks for a capital); a known
 * agency only.
 */
const ARABIC_WIRE_LEAD =
  /^\s*[\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Sinhala}\p{Script=Tamil}\p{Script=Thaana}][^()\n]{0,40}?\(([^()]{2,30})\)\s*(?:[-–—:]|(?=\S))/u;
/** A wire's tag closing a paragraph: "(dpa)", "(AFP).", "（共同）", "(sda)". */
const CLOSING_TAG = /[(（]\s*([^()（）]{2,24}?)\s*[)）]\s*[.。]?$/u;
/** A by-word before an author field's name ("By Europa Press", "Von dpa"). */
const BY_WORD = /^(?:by|von|par|por|di|door|av|af|autor(?:in)?:|author:)\s+/iu;
/**
 * Between the parts of a credit line or an author field: "/", ",", "|", "&", "und", "and", "et", "y", "e", "mit", "with",
 * "avec", "con" (or "(avec"): "Redacción / Agencias", "la rédaction avec AFP", "Redaktion und dpa".
 */
export const CREDIT_JOIN = /\s*(?:[/,|&+]|\s[(（]?(?:and|und|et|y|e|with|mit|avec|con)\s)\s*/iu;
/** A wire's name alone on a line, bare, in brackets or between slashes, as a story's last line prints it: "（共同通信）", "(dpa)", "TT", "— AP", "/ritzau/". */
const WIRE_ALONE = /^[(（[/]?\s*(?:[-–—]\s*)?([^()（）[\]\s/][^()（）[\]]{0,29}?)\s*[)）\]/]?\.?$/u;
/** A wire with its editor's initials after a slash: "sda/ank", "(dpa/lno)", "APA/red". */
const WIRE_WITH_DESK = /^([\p{L}-]{2,20})\s*\/\s*\p{L}{2,4}$/u;

/** The wire a paragraph's dateline names, or null. */
export function wireDateline(text: string): string | null {
  const head = text.slice(0, DATELINE_CHARS);
  const m = WIRE_DATELINE.exec(head) ?? PRESS_WIRE_DATELINE.exec(head);
  const named = m?.slice(1).find(Boolean);
  if (named) return named;
  const asian =
    KOREAN_WIRE_LEAD.exec(head)?.[1] ??
    JAPANESE_WIRE_LEAD.exec(head)?.[1] ??
    CHINESE_WIRE_LEAD.exec(head)?.[1] ??
    ARABIC_WIRE_LEAD.exec(head)?.[1];
  if (asian && canonicalOutlet(asian)) return asian;
  const indian = INDIAN_WIRE_DATELINE.exec(head)?.[1];
  if (indian) return indian;
  const other = (ANY_WIRE_DATELINE.exec(head) ?? DATELINE_ALONE.exec(head))?.[1];
  return other ? knownWire(other) : null;
}

/**
 * The name in a dateline's brackets that no outlet list knows ("PORT ALDINE (Meridian Press) —", "Wendlingen (KNS) –"), or
 * null: a wire's name, or a place's ("SPRINGFIELD (Ill.) —"); attribution credits it only when the page names it so again.
 */
export function unknownDatelineTag(text: string): string | null {
  const head = text.slice(0, DATELINE_CHARS);
  if (WIRE_DATELINE.test(head) || PRESS_WIRE_DATELINE.test(head)) return null;
  const tag = ANY_WIRE_DATELINE.exec(head)?.[1]?.trim();
  return tag && !knownWire(tag) ? tag : null;
}

/**
 * The Indian agencies' dateline, with no dash after the brackets: "Bhubaneswar, Oct 23 (PTI) Over 48,000 people …", "NEW
 * DELHI, May 2 (IANS) The …": the place and the day, the agency, then the story's first word.
 */
const INDIAN_WIRE_DATELINE = /^\s*\p{Lu}[^()\n]{0,60}?\((PTI|IANS|ANI|UNI)\)\s+(?=\p{Lu}|\d)/u;

/** Any outlet in a dateline's brackets, for the wires WIRE_DATELINE does not list: "HOLMBACH (dpa-AFX) -", "İZMİR (DHA) -", "(Europa Press).-". */
const ANY_WIRE_DATELINE = /^\s*\p{Lu}[^()\n]{0,60}?\(([^()]{2,30})\)\.?\s*[-–—:]/u;
/**
 * A dateline that is a line of its own, the place and its region before the outlet: "PORTO TAPAJÓS, PA (FOLHAPRESS)" below
 * the writer's name. Its comma tells it from a writer's line with their agency ("Marta X (Agencia Meridiana)").
 */
const DATELINE_ALONE = /^\s*\p{Lu}[^()\n,]{0,40},[^()\n]{1,30}?\(([^()]{2,30})\)\.?\s*$/u;

/** A wire's sign-off between slashes closing a paragraph or alone, as Danish papers print Ritzau's: "… /ritzau/". */
const SLASHED_TAG = /(?:^|\s)\/\s*([\p{L}-]{2,20})\s*\/\s*\.?$/u;
/**
 * The words that credit a wire's copy as help: "with inputs from PTI", "Mit Material von dpa", "Con información de AFP",
 * "Com informações da Lusa". Attribution reads them as a line of their own; a closing tag may hold them too.
 */
export const WIRE_HELP =
  'with (?:agency )?inputs from|mit material von|con (?:información|informaciones|datos) de|com informações d[aoe]s?';
/** What a closing tag may say before the wire: "(avec AFP)", "(con EFE)", "(with inputs from PTI)", "(mit Material von dpa)"; the longer words first. */
const WITH_LEAD = new RegExp(`^(?:${WIRE_HELP}|avec|con|com|with|mit)\\s+`, 'iu');

/** The wire whose tag closes the paragraph ("… (dpa)", "…。（共同）", "… (avec AFP)", "… /ritzau/"), or null. */
export function closingWireTag(text: string): string | null {
  const tag = CLOSING_TAG.exec(text)?.[1]?.replace(WITH_LEAD, '') ?? SLASHED_TAG.exec(text)?.[1];
  return tag ? knownWire(tag) : null;
}

/** The wire a whole line names, with or without its editor's initials: "sda/ank", "(dpa/lno)", "（共同通信）", "— AP". */
export function wireLine(text: string): string | null {
  const name = WIRE_ALONE.exec(text)?.[1];
  return name ? knownWire(name) : null;
}

/** `name` as a known outlet, or the wire before an editor's initials ("sda/ank" → "sda"); else null. */
function knownWire(name: string): string | null {
  if (canonicalOutlet(name)) return name;
  const wire = WIRE_WITH_DESK.exec(name)?.[1];
  return wire && canonicalOutlet(wire) ? wire : null;
}

/**
 * A news agency named by its kind ("Agencia Informativa Latinoamericana", "Pennant Newswire", "Batı Haber Ajansı", "ИА
 * Камаинформ"): an agency's word with a word of news, a newswire, or the Russian "ИА" (news agency) before the name. An
 * agency's word alone is as often a public body's ("Agencia Tributaria", "Environment Agency").
 */
const AGENCY_WORD = /(?<!\p{L})(?:agencia|agence|agenzia|agência|agentia|agentur|agency|ajans[ıi]|агентство)(?!\p{L})/iu;
const NEWS_WORD =
  /(?<!\p{L})(?:noticias|informativa|informativo|d['’]information|presse|press|news|stampa|notícias|nachrichten|haber|информационное|новостей)(?!\p{L})/iu;
const NEWSWIRE = /(?<!\p{L})(?:newswire|nachrichtenagentur|presseagentur|thông tấn|hãng tin)(?!\p{L})|^ИА\s/iu;
/** An agency's name has a word of its own besides these ("Agency News" is a CMS account's). */
const GENERIC_AGENCY_WORDS = new Set(
  'agencia agence agenzia agência agentia agentur agency ajansı ajansi агентство noticias informativa informativo information presse press news stampa notícias nachrichten haber информационное новостей newswire nachrichtenagentur presseagentur иа thông tấn hãng tin of de di do du del des la le the d'.split(
    ' ',
  ),
);
/** Longer than this, an author field is a line with more in it than a name ("Detroit News wire services Published 11:11 PM …"). */
const MAX_AGENCY_WORDS = 6;

/**
 * An agency's word and its name alone, one or two capitalised words ("Agencia Atalaya", "Agência Aferição", "Agence Belga"):
 * an agency's name where the page names who wrote the story (an author field, a byline after the writer). A public body's
 * name goes on in lower case ("Agencia Estatal de Meteorología") or has no agency's word.
 */
const AGENCY_AND_NAME = /^(?:Agencia|Agência|Agence|Agenzia|Agentur|Agency)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?$/u; // case-sensitive: each word's capital

/** The words of a press-relations, advertising or design agency's name ("Agence Mistral RP", "Werbeagentur X"): no news agency's. */
const NOT_NEWS_AGENCY =
  /(?<!\p{L})(?:RP|PR|relations presse|public relations|communications?|kommunikation|comunicaci[oó]n|comunicação|comunicazione|marketing|werbe\p{L}*|publicidad|pubblicità|design|digital|consulting|creative|events?)(?!\p{L})/iu;

/** A news agency named by its kind, or an agency's word with its name alone (AGENCY_AND_NAME), where the page says who wrote the story. */
export function isAgencyCredit(name: string): boolean {
  if (isNewsAgencyName(name)) return true;
  return AGENCY_AND_NAME.test(name) && ownWords(name) && !NOT_NEWS_AGENCY.test(name);
}

export function isNewsAgencyName(name: string): boolean {
  if (!ownWords(name) || NOT_NEWS_AGENCY.test(name)) return false;
  return NEWSWIRE.test(name) || (AGENCY_WORD.test(name) && NEWS_WORD.test(name));
}

/** Few enough words for a name, one of them its own (not an agency's or a news word). */
function ownWords(name: string): boolean {
  const words = name.split(/[\s()'’.,-]+/u).filter(Boolean);
  return words.length <= MAX_AGENCY_WORDS && !words.every((w) => GENERIC_AGENCY_WORDS.has(w.toLowerCase()));
}

/**
 * The first author field (JSON-LD author, meta author, the byline element's text) that names a known outlet or a news
 * agency by its kind, alone or among desks ("Europa Press", "Par la rédaction avec AFP", "Redacción / EFE", "Por: AIL |
 * Agencia Informativa Latinoamericana").
 */
export function agencyAuthor(fields: string[]): string | null {
  for (const field of fields) {
    const parts = field.trim().replace(BY_WORD, '').split(CREDIT_JOIN);
    const wire = parts.map((p) => p.trim()).find((p) => p && (canonicalOutlet(p) || isAgencyCredit(p)));
    if (wire) return wire;
  }
  return null;
}

/**
 * The outlet after a slash in a byline: "Hanna Berglöf/TT", "Anna Dunst / dpa", and one the outlet table lacks when its
 * name is a brand's, in capitals or run-together capitals ("Por Rodrigo X / NotiCon", "Ana Y / NTX"): a second writer
 * after a slash has a name's shape.
 */
export function slashAgency(byline: string): string | null {
  const [writer = '', ...parts] = byline.split(/\s*\/\s*/u);
  const named = writer.trim().includes(' '); // "AC/DC" is a band's name, no writer's and an agency's
  return parts.map((p) => p.trim()).find((p) => p && (canonicalOutlet(p) || (named && BRAND_NAME.test(p)))) ?? null;
}

/** One word of three to twelve letters with a capital after its first: "NotiCon", "NTX", "EuropaPress". */
const BRAND_NAME = /^(?=.{3,12}$)\p{Lu}\p{L}*\p{Lu}\p{L}*$/u;
