/**
 * Who first published the story when this page republishes it: link relations, JSON-LD, credit
 * lines at the start or end of the story, wire datelines, and the feed's `<source>`, in that order.
 */
import { plainText } from '../../core/plain-text';
import { foldAccents } from '../../core/fold-accents';
import { absoluteUrl, hostOf, isWebUrl, stripTracking } from '../../core/url';
import { DomNode, findAll, isElement } from './dom';
import { LdArticle } from './jsonld';
import { canonicalOutlet, sameOutlet } from '../../policy/outlets';
import { Segment } from './text';
import { OriginalSource } from './types';
import {
  CREDIT_JOIN,
  WIRE_HELP,
  agencyAuthor,
  closingWireTag,
  isAgencyCredit,
  isNewsAgencyName,
  slashAgency,
  unknownDatelineTag,
  wireDateline,
  wireLine,
} from './wire-marks';

/** Credit lines are searched in this many paragraphs at the start and at the end of the story. */
const HEAD_PARAGRAPHS = 3;
const TAIL_PARAGRAPHS = 4;
/** A credit line longer than this is a sentence of the story that happens to say "source". */
const MAX_CREDIT_CHARS = 200;

/**
 * "Source: RT NEWS", "Courtesy: Reuters", "Via AP", "Credit: AFP", and the same label in German, French, Spanish,
 * Italian, Dutch and Portuguese ("Quelle: dpa", "Mit Material von dpa", "Source : AFP", "Fuente: EFE", "Fonte: ANSA",
 * "Bron: ANP"), and the word "source" in the other languages read ("Izvor: Tanjug", "Източник: БТА", "Sursa: Agerpres",
 * "Lähde: STT", "Sumber: Antara", "المصدر: X", "מקור: X", "स्रोत: X") and Europe's regional languages' (Catalan "Font: ACN", with
 * its colon, Basque "Iturria:", Frisian "Boarne: ANP", Welsh "Ffynhonnell:", Irish "Foinse:", Luxembourgish "Quell:",
 * Romansh "Funtauna:"), and India's ("સ્રોત: PTI" in Gujarati, Tamil, Telugu, Kannada, Malayalam, Urdu; Tamil pages also credit
 * the outlet they took a story from with "நன்றி:", thanks, with its colon only), Urdu's "بشکریہ:" (courtesy) and Swahili's "Chanzo:" (each with its
 * colon: the word is also "origin" in prose). The whole paragraph
 * is the credit.
 */
const SOURCE_WORDS =
  'source|sources|news source|quellen?|fuentes?|fonte|bron|font(?=\\s*[:：])|iturria|boarne|ffynhonnell|foinse|quell|funtauna|источник|джерело|źródło|kaynak|källa|kilde|zdroj|forrás|πηγή|izvor|извор|източник|burimi|vir|sursa|sursă|lähde|allikas|avots|šaltinis|sumber|chanzo(?=\\s*[:：])|nguồn|記事提供(?=\\s*[:：])|出典(?=\\s*[:：])|المصدر|مصدر|منبع|מקור|स्रोत|সূত্র|ที่มา|წყარო|સ્રોત|ஆதாரம்|நன்றி(?=\\s*[:：])|మూలం|ಮೂಲ|ഉറവിടം|ماخذ|ذریعہ';
const LABELLED_CREDIT = new RegExp(
  `^(?:(${SOURCE_WORDS})|credit|credits|courtesy(?: of)?|بشکریہ(?=\\s*[:：])|via|h\\/t|story via|content from|article source|mit material (?:von|der|des|aus)|erstveröffentlichung|crédits?|crédito)\\s*[:：\\-–—]?(?:\\s+|(?<=[:：]))(.{2,80}?)\\.?$`,
  'iu',
);
/** A source label alone on its line ("FUENTE", "Quelle:"): a source box prints the outlet as the next line (its link). */
const BARE_SOURCE_LABEL = new RegExp(`^(?:${SOURCE_WORDS})\\s*[:：]?$`, 'iu');
/**
 * What a source label names when it names no other outlet: the site's own desk, agencies in general, a network or a
 * picture library, a press release, the archive ("Fuente: Redacción", "Quelle: Agenturen", "Source: Twitter", "Quelle:
 * Pressemitteilung der Stadt", a company's "blog officiel de X"), and their short forms in lower case ("red", the desk; "ots", a release service; "zvg", a
 * picture handed out).
 */
const NO_OUTLET =
  /^(?:redacci[oó]n|redaktion|rédaction|redazione|redactie|redação|redakcja|редакция|редакции|редакција|redakcija|redaksia|uredništvo|уредништво|staff|newsroom|agencias|agencies|agenturen|agences|agenzie|agências|ajanslar|агентства|internet|web|online|social media|redes sociales|eigene?|own|privat|private|archiv|archive|archivo|archives|screenshot|pixabay|unsplash|shutterstock|getty|istock|wikipedia|wikimedia|youtube|twitter|x|facebook|instagram|tiktok|telegram|whatsapp|pressemitteilung|pressemeldung|medienmitteilung|red|ots|pm|zvg|wiki|blog officiel|(?:official|offizielle[rn]?|officiel) blog|press release|news release|communiqué|comunicado|nota de prensa|basın bülteni|пресс-релиз|пресс-служба|ทีมข่าว|กองบรรณาธิการ|ฝ่ายข่าว)(?:$|[\s.,:;-])/iu;

/**
 * A name a source label gives in a meta line or a box after the story that may be an outlet we do not know ("Quelle:
 * SNK", "Kaynak: Batı Haber Ajansı (BHA)", "Источник: ИА «Камаинформ»"): capitalised or in a script without capitals,
 * and neither a data source nor NO_OUTLET. A known outlet always is one.
 */
function mayBeOutlet(name: string): boolean {
  if (canonicalOutlet(name)) return true;
  return (!/^\p{Ll}/u.test(name) || LOWER_AGENCY.test(name)) && !isDataSource({ name, url: null });
}

/** German-language agencies print their short names in lower case ("Quelle: mpd", as "dpa", "epd", "kna"). */
const LOWER_AGENCY = /^\p{Ll}{2,4}$/u;
/**
 * The source label of a Chinese, Japanese or Korean meta line, anywhere in it ("2026-12-05 10:32 来源：新华社 作者：张伟",
 * "出典：共同通信", "출처: 연합뉴스"): the outlet runs to the next space, bracket or label (spans printed without a space
 * between them: "来源：网易科学人作者：", readability/gmw).
 */
const CJK_SOURCE =
  /(?:^|[\s|｜丨])(?:来源|來源|稿源|出处|出處|出典|출처)\s*[:：]\s*((?:(?!作者|记者|記者|编辑|編輯|责任|責任|发布|發佈|时间|時間|日期|浏览|瀏覽|点击|點擊)[^\s:：|｜丨()（）[\]【】,，、]){2,24})(?![:：])/u;
/** True when `text` holds a CJK source label naming an outlet: lead chrome keeps such a date line for attribution to read. */
export function hasSourceLabel(text: string): boolean {
  return cjkSource(text) !== null;
}

/** The CJK source label in `text` that names an outlet: the whole label and the outlet, or null. */
function cjkSource(text: string): { label: string; outlet: string } | null {
  const m = CJK_SOURCE.exec(text);
  return m?.[1] && !CJK_NO_OUTLET.test(m[1]) ? { label: m[0], outlet: m[1] } : null;
}
/** What such a label says when it names no other outlet: this site, the internet, a reader, "compiled", "unknown". */
const CJK_NO_OUTLET =
  /^(?:本站|本网|本網|本报|本報|本台|原创|原創|网络|網絡|网路|網路|互联网|互聯網|综合|綜合|网友|網友|投稿|未知|佚名|整理|自媒体|自媒體|转载|轉載|作者|编辑|編輯)|(?:学院|學院|大学|大學|学校|學校|研究所|研究院|中心|办公室|辦公室|处|處)$/u; // a university's school or office: the page's own house, no outlet
/**
 * A line crediting a wire's copy by "with" (fr, es, it, pt): "Ouest-Info avec AFP", "Le Courrier du Rhône avec AFP", "Par Jean Dupont avec AFP", "Avec
 * Reuters", "Redacción con EFE". Capitalised words before it (the site, a name), and only a wire we know or an acronym
 * (WIRE_ACRONYM) after it: "avec ses voisins" is a sentence.
 */
const WITH_WIRE =
  /^(?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:du|de|des|del|della|di|do|da|dos|das|la|le)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}\s+)?(?:[Aa]vec|[Cc]on|[Cc]om)\s+(?:l['’]\s*)?(\p{Lu}[\p{L}-]{1,20}(?:\s+\p{Lu}[\p{L}-]+){0,2})(?:\s+(?:et|y|e)\s+\p{Lu}[\p{L}-]{1,20})?\.?$/u;
/**
 * A press release's words before its issuer ("Quelle: Pressemitteilung der X GmbH"): the issuer is the source, judged as
 * any labelled name is (a town hall's or the police's release names no outlet: DATA_SOURCE).
 */
const RELEASE_OF =
  /^(?:pressemitteilung|pressemeldung|medienmitteilung|press release|news release|communiqué(?: de presse)?|comunicado(?: de prensa)?|nota de prensa|persbericht)\s+(?:der|des|von|vom|de la|de|du|of|from|van)\s+/iu;
/** "of" before a writer's agency in a byline: "X, da Agência Y", "X, de la Agencia Y", "X, of the Y News Agency". */
const AGENCY_OF = /^(?:da|do|de la|de l['’]|del|de|of the|of|from|von der|von|della|dell['’])\s+/iu;
/** A wire's acronym after "avec"/"con"/"com" ("La rédaction avec APC"): capitals only, as agencies print their names. */
const WIRE_ACRONYM = /^\p{Lu}{2,6}$/u;
/**
 * Words of a data source's name: offices, ministries, statistics, studies and surveys ("Quelle: Statistisches Bundesamt",
 * "Source: Census Bureau", "Källa: Trafikverket", "Izvor: Ministarstvo zdravlja", "المصدر: وزارة الصحة"), and the
 * governments and town halls whose releases a story is written from ("Fuente: Municipalidad", "Quelle: Stadt X"), and armed
 * forces and their staffs ("Sources : Armée de Terre / État-major des armées", "Quelle: Bundeswehr").
 */
const DATA_SOURCE =
  /(?:وزارة|الإحصاء|دراسة|استطلاع|جامعة|وزارت|آمار|نظرسنجی|دانشگاه|משרד|הלשכה|סקר|מחקר|אוניברסיט|मंत्रालय|सर्वेक्षण|अध्ययन|กระทรวง|สถิติ|ผลสำรวจ|სამინისტრო|კვლევა|министерств|институт|проучване|изследване|исследовани|опрос|minist|zavod|sondaj|tilasto|tutkimus|uuring|pētījums|tyrimas|kementerian|badan pusat|survei|nghiên cứu|tổng cục|\bet al\b|verket|myndighet|styrelsen|inspektion|direktorat|tilsyn|amt|ämter|ministerium|ministry|institut|statisti|census|bureau|office|department|universit|umfrage|survey|studie|study|berechnung|calculation|daten|data|eurostat|destatis|oecd|bundesbank|central bank|zentralbank|weltbank|world bank|behörde|encuesta|estudio|estadística|instituto|étude|enquête|insee|polis|polizei|police|policía|polícia|politie|politi|carabinieri|gendarmerie|municipal|ayuntamiento|alcald[ií]a|gobierno|gemeinde|(?:^|\s)stadt(?:\s|$)|landkreis|regierung|prefeitura|governo|mairie|préfecture|comune di|regione|council|city of|government|stichprobe|erhebung|auswertung|(?:^|[\s,])stand\s|gouvernement|belediye|valili|администрац|правительств|мэри[яи]|urząd|gmina|kommun|armée|army|armed forces|bundeswehr|streitkräfte|état-major|estado mayor|stato maggiore|defen[cs]e forces|wojsk|sztab generalny|збройн|генштаб)/iu;

/**
 * A "Source:" line names data as often as an outlet: it credits an outlet unless its name is a data source's or one that
 * names no outlet (NO_OUTLET: the site's own desk, a network, a press release, a company's blog), and always when it links
 * to the outlet or names a known one.
 */
function isDataSource(source: OriginalSource): boolean {
  return !source.url && !canonicalOutlet(source.name) && (DATA_SOURCE.test(source.name ?? '') || NO_OUTLET.test(source.name ?? ''));
}
/**
 * A wire's copy credited as help ("(With inputs from PTI)", "Con información de AFP", "Com informações da Lusa"): only a
 * wire we know, as the same words open sentences ("Con información de la policía, …").
 */
const WITH_INPUTS = new RegExp(`^[*\\s]*(?:${WIRE_HELP})\\s+(.{2,40}?)\\.?$`, 'iu');
/**
 * Help from an agency the line calls one, known or not: "Noticia elaborada con información de la agencia Iberpress.",
 * "Mit Material der Nachrichtenagentur X", "With inputs from the news agency X". The whole line, the agency's name last.
 */
const AGENCY_HELP =
  /^(?:[\p{L}\s]{0,30}\s)?(?:con (?:información|informaciones|datos) de la agencia|mit material der (?:nachrichten)?agentur|with inputs from the (?:news )?agency|com informações da agência|avec des informations de l['’]agence)\s+(\p{Lu}[\p{L}-]{1,20}(?:\s+\p{Lu}[\p{L}-]{1,20}){0,2})\.?$/u;
/**
 * "Theo Bloomberg", "Theo TTXVN": Vietnamese pages close a story from another outlet with "according to" and its name, as a
 * line of its own. Only an outlet we know or one its name calls a news agency ("Theo Thông tấn X"): "Theo" is a given name too.
 */
const ACCORDING_TO = /^theo\s+(.{2,40}?)\.?$/iu;
/** A credit in brackets of its own: "(With inputs from PTI)". */
const WRAPPED = /^\(\s*(.+?)\s*\)\.?$/u;
/** "This article first appeared on X", "Originally published by X", "Republished from X", "This story was distributed by X", "This article was supplied by X". */
const PROSE_CREDIT =
  /\b(?:(?:this|the) (?:article|story|post|piece|report|item|column|interview) (?:was |is )?(?:first |originally )?(?:appeared|published|posted|ran|republished|reprinted|syndicated|distributed|supplied)(?: here)?(?: with permission)?(?: first| originally)? (?:on|in|at|by|from)|originally (?:appeared|published|posted|ran)(?: on| in| at| by)?|first (?:appeared|published|posted|ran)(?: on| in| at| by)|(?:re)?published (?:here )?(?:with permission |courtesy of )?from|reprinted (?:with permission )?from|(?:is )?republished from|appeared originally (?:on|in|at)|(?:this|the) (?:article|story|piece|report|investigation) (?:was |is )?produced by|this (?:report|story|article) by(?=\s.{2,100}?\s+was first published))\s+(?:the website of\s+)?(.{2,100}?)(?=[.;,:]\s|\s+was first published|\s+(?:under|and is|with permission|on \w+\.? \d|on \d{1,2}(?:st|nd|rd|th)?\s+[a-z]|on (?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s|$)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|in \d{4}|\(|—|-\s)|\.?$)/i;

/**
 * Prose credits in German, French, Spanish, Portuguese and Italian, said of this article at the start of its paragraph ("Dieser
 * Artikel erschien zuerst bei X", "Dieser Text ist zuerst im X erschienen", "Zuerst erschienen auf X", "Cet article a
 * été initialement publié sur X", "Este artículo fue publicado originalmente en X", "Esta reportagem foi publicada
 * originalmente no X", "Artigo publicado originalmente na revista X", "Pubblicato originariamente su X", "Este artículo se publicó
 * originalmente en X", "Cet article a été publié initialement en allemand dans le X", "Cet article est republié à partir de X
 * sous licence Creative Commons", The Conversation's French line).
 * A story sentence ("Die Studie erschien zuerst im Fachblatt …") has another subject and is not read. The outlet follows.
 */
const PROSE_CREDIT_INTL = [
  /^\W*(?:(?:dieser|der|dieses|das|diese|die)\s+(?:artikel|text|beitrag|interview|kommentar|gastbeitrag|essay|bericht|reportage|kolumne|analyse)\s+(?:ist|wurde|erschien|war)\s+)?(?:zuerst|ursprünglich|erstmals)\s+(?:erschienen\s+|veröffentlicht\s+)?(?:bei|beim|in|im|in der|auf|auf der)\s+/iu,
  /^\W*(?:(?:cet|l['’])\s*article|ce texte|cette tribune|cette chronique|article)?\s*(?:a été\s+)?(?:(?:initialement|originellement|d['’]abord|originalement)\s+publiée?|publiée?\s+(?:initialement|originellement|d['’]abord)|a\s+(?:d['’]abord|initialement|originellement)\s+été\s+publiée?)(?:\s+le\s+\d{1,2}(?:er)?\s+\p{L}+\s+\d{4})?(?:\s+en\s+\p{L}+)?\s+(?:sur|dans|par)\s+/iu,
  /^\W*(?:cet article|ce texte|cette tribune)\s+(?:est|a été)\s+republiée?\s+(?:à partir\s+)?(?:de|du|depuis)\s+/iu,
  // "Cet article a paru le 10 septembre 2024 en allemand dans le Malwiler Tagblatt", "Ce texte est d'abord paru dans X"
  /^\W*(?:cet article|ce texte|cette tribune|cette chronique)\s+(?:a|est)\s+(?:d['’]abord\s+|initialement\s+)?paru(?:e)?(?:\s+le\s+\d{1,2}(?:er)?\s+\p{L}+\s+\d{4})?(?:\s+en\s+\p{L}+)?\s+(?:dans|sur)\s+(?:le\s+|la\s+|l['’])?/iu,
  /^\W*(?:(?:este|esta|el|la)\s+(?:artículo|texto|reportaje|nota|crónica|entrevista|reseña|columna)\s+(?:fue|ha sido)\s+|artículo\s+)?publicad[oa]\s+originalmente(?:\s+en\s+(?:inglés|español|francés|portugués|alemán|italiano|catalán))?\s+(?:en|por)\s+/iu,
  /^\W*(?:este|esta|el|la)\s+(?:artículo|texto|reportaje|nota|crónica|entrevista|reseña|columna)\s+se\s+publicó\s+(?:originalmente|por primera vez)\s+en\s+/iu,
  /^\W*(?:(?:esta|este|a|o)\s+(?:reportagem|matéria|artigo|texto|notícia)\s+(?:foi|é)\s+|(?:artigo|matéria|texto)\s+)?publicad[oa]\s+originalmente\s+(?:em|no|na|pelo|pela|por)\s+/iu,
  /^\W*(?:questo articolo\s+è stato\s+|articolo\s+)?pubblicat[oa]\s+(?:originariamente|originalmente|per la prima volta)\s+(?:su|da|in|sul|sulla)\s+/iu,
  // nl: "Dit artikel verscheen eerder in X", "Dit verhaal werd eerder gepubliceerd in X"
  // (not "Dit artikel verscheen ook in de krant van maandag": the site's own print edition, in lower case)
  /^\W*(?:[Dd]it|[Hh]et)\s+(?:artikel|stuk|verhaal|interview|bericht)\s+(?:verscheen|is verschenen|werd gepubliceerd|is gepubliceerd)\s+(?:eerder|eerst|oorspronkelijk)\s+(?:in|op|bij)\s+(?=(?:(?:het|de)\s+)?\p{Lu})/u, // case-sensitive: the outlet's capital
  // an op-ed's note, the whole line: "Articolo pubblicato su «Il Corriere di X» del 9 marzo 2024"
  /^\W*[Aa]rticolo\s+pubblicato\s+(?:su|sul|sulla|in)\s+(?=[«"“\p{Lu}])/u, // case-sensitive: the outlet's capital
  // ru: "Материал впервые опубликован на сайте издания «X»", "Статья впервые опубликована в газете «X»", "Текст
  // изначально вышел на сайте X" (the outlet named in guillemets or with its capital)
  /^\W*(?:(?:[Ээ]тот|[Ээ]та|[Дд]анный|[Дд]анная)\s+)?(?:[Мм]атериал|[Сс]татья|[Тт]екст|[Пп]убликация|[Рр]епортаж|[Ии]нтервью)\s+(?:был[аи]?\s+)?(?:впервые|изначально|первоначально)\s+(?:опубликован[аоы]?|вышл?[аои]?|появил(?:ся|ась|ось))\s+(?:на\s+сайте|в|на)\s+(?:(?:издани[яи]|газет[еы]|журнал[ае]|телеканал[ае])\s+)?(?=[«"“\p{Lu}])/u, // case-sensitive: the outlet's capital
  // id, ms: "Artikel ini telah tayang di X dengan judul "…"" (a portal's note naming the site it took the story from),
  // "Artikel ini pertama kali disiarkan oleh X dan disiarkan semula dengan kebenaran"
  /^\W*(?:[Aa]rtikel|[Bb]erita|[Tt]ulisan|[Ll]aporan) ini (?:telah |sudah )?(?:pertama kali |sebelumnya |asalnya )?(?:tayang|terbit|dimuat|diterbitkan|ditayangkan|disiarkan) (?:di|pada|dalam|oleh) (?=\p{Lu}|\p{N})/u, // case-sensitive: the outlet's capital
  // ru: "Перепечатано с сайта МИА «X» с разрешения агентства", "Подготовлено по материалам X", "По материалам X"
  /^\W*(?:[Пп]ерепечатано\s+(?:с\s+сайта|из|с)|(?:[Пп]одготовил[аои]?\s+(?:\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+)?)?[Пп]о\s+материалам)\s+(?=[«"“\p{Lu}])/u, // case-sensitive: the outlet's capital
  // nb, da: "Denne saken er levert av X", "Artikkelen er levert av X", "Artiklen er leveret af X" (syndicated copy)
  /^\W*(?:[Dd]enne\s+saken|[Ss]aken|[Aa]rtikkelen|[Aa]rtiklen|[Tt]eksten|[Nn]yheten|[Hh]istorien)\s+(?:er|ble|blev)\s+(?:levert|leveret)\s+(?:av|af)\s+(?=\p{Lu})/u, // case-sensitive: the outlet's capital
  // nb, nn, da: "Denne saken ble først publisert i X", "Denne saka vart først publisert i X", "Artiklen blev først bragt i X"
  /^\W*(?:[Dd]enne\s+|[Dd]ette\s+)?(?:[Ss]aken|[Ss]aka|[Aa]rtikkelen|[Aa]rtiklen|[Tt]eksten|[Hh]istorien|[Rr]eportasjen|[Ii]ntervjuet|[Ii]nterviewet)\s+(?:ble|vart|blev|er|var)\s+(?:først|opprinnelig|opphavleg|oprindeligt?)\s+(?:publisert|publiseret|publiceret|bragt|trykt|trykket)\s+(?:i|på|hos)\s+(?=\p{Lu})/u, // case-sensitive: the outlet's capital
  // ar: "نُشر هذا المقال أولاً في صحيفة «X» بتاريخ …" (first published in the newspaper X), "نشر هذا التقرير في الأصل على موقع X"
  /^\W*(?:نُشر|نشر|نُشرت|نشرت)\s+(?:هذا|هذه)\s+(?:المقال|المادة|التقرير|الخبر|المقالة)\s+(?:أولاً|أولا|لأول مرة|في الأصل|أصلاً|أصلا)\s+(?:في|على|عبر)\s+(?:(?:صحيفة|جريدة|موقع|مجلة)\s+)?(?=«|\p{Script=Arabic})/u,
  // tr: "Bu haber ilk olarak X gazetesinde yayımlanmıştır" (the outlet before its newspaper's or site's word, where the name ends)
  /^\W*[Bb]u\s+(?:haber|yazı|makale|röportaj|içerik)\s+(?:ilk\s+(?:olarak|kez|defa)|daha\s+önce)\s+(?=\p{Lu})/u, // case-sensitive: the outlet's capital
  // cs, sk: "Článek původně vyšel v týdeníku X", "Článok pôvodne vyšiel v českom týždenníku X": the outlet after its kind's
  // words in lower case, its name as printed; not "v Klatovském týdeníku", a name declined in the locative
  /^\W*(?:[Tt]ento\s+|[Tt]ato\s+)?(?:[Čč]lánek|[Čč]lánok|[Tt]ext|[Rr]ozhovor|[Rr]eportáž|[Kk]omentář|[Kk]omentár)\s+(?:původně|pôvodne|poprvé|prvýkrát|nejprve|najprv)\s+(?:vyšel|vyšiel|vyšla|vyšlo|byl\s+publikován|bol\s+publikovaný)\s+(?:v|ve|vo|na)\s+(?:\p{Ll}+\s+){1,2}(?=[„"«\p{Lu}])/u, // case-sensitive: the outlet's capital
  // pl: "Artykuł ukazał się pierwotnie w tygodniku X", "Tekst pierwotnie ukazał się na łamach X", "Artykuł został pierwotnie opublikowany w X"
  /^\W*(?:[Aa]rtykuł|[Tt]ekst|[Ww]ywiad|[Rr]eportaż|[Kk]omentarz|[Mm]ateriał)\s+(?:ukazał(?:a)?\s+się\s+(?:pierwotnie|wcześniej|najpierw|po raz pierwszy)|(?:pierwotnie|wcześniej|najpierw)\s+ukazał(?:a)?\s+się|(?:został\s+)?(?:pierwotnie|wcześniej)\s+opublikowany)\s+(?:w|we|na)\s+(?:\p{Ll}+\s+){0,2}(?=[„"«\p{Lu}])/u, // case-sensitive: the outlet's capital
  // af: "Hierdie is 'n vertaling van 'n artikel wat oorspronklik op X verskyn het" (a translation of an article first
  // published on X), "Hierdie artikel het oorspronklik in X verskyn"
  /^\W*[Hh]ierdie\s+(?:is\s+['’]n\s+vertaling\s+van\s+['’]n\s+artikel\s+wat\s+oorspronklik|artikel\s+het\s+oorspronklik|artikel\s+is\s+oorspronklik)\s+(?:op|in|by)\s+(?=\p{Lu})/u, // case-sensitive: the outlet's capital
  // sv: "Artikeln publicerades först i X", "Texten har tidigare publicerats i X", "Artikeln var först publicerad i X"
  /^\W*(?:[Dd]enna\s+|[Dd]etta\s+)?(?:[Aa]rtikeln|[Tt]exten|[Rr]eportaget|[Ii]ntervjun|[Kk]rönikan)\s+(?:publicerades\s+(?:först|ursprungligen|tidigare)|har\s+tidigare\s+publicerats|var\s+först\s+publicerad)\s+(?:i|på|hos)\s+(?=\p{Lu})/u, // case-sensitive: the outlet's capital
];
/** A time, not an outlet, after "first published in": "This guide was first published in November 2023 and …", "… in 2019". */
const WHEN =
  /^(?:\d|(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janvier|février|mars|avril|juin|juillet|août|enero|febrero|marzo|abril|mayo|junio|julio|agosto)\p{L}*\.?\s+\d)/iu;

/**
 * Where the outlet's name ends after a prose credit: a sentence end, the German verb, a date, a parenthesis, a dash, or a
 * clause joined on ("… en el Heraldo de Sierra Alta y se reproduce con autorización", "… im Tagesspiegel und wird hier …", "…
 * i Hardangerposten og er delt med …").
 */
const NAME_END =
  /(?=[.;,]\s|\s+(?:sous|under|bajo|unter|sotto|sob)\s+licen|\s+(?:erschienen|veröffentlicht|verskyn)\b|\s+(?:am|le|el|il|on|del|de)\s+\d|\s+(?:on|am)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b|\s*\(|\s+[—–-]\s|\s+(?:y|e|et|ed|und)\s+(?:se|si|wird|wurde|ist|est|a été|è|é|foi|fue|ha|hat)\s|\s+(?:og|och)\s+(?:er|ble|vart|blev|har|är|var|vert)\s|\s+dengan\s+judul\b|\s+dan\s+di\p{Ll}+\s|\s+с\s+разрешения|\s+dell['’]\d|\s+(?:gazetesinde|sitesinde|dergisinde|portalında|ajansında)(?=[\s.,]|$)|(?<=»)|\s+بتاريخ\s|[،؛]|\.?$)/u;

export interface AttributionInput {
  links: Map<string, string>;
  ld: LdArticle | null;
  byline: string | null;
  /** The first lines below the headline, which may stand outside the story's container ("Von dpa", "来源：新华社" in a header box). */
  headerLines?: string[];
  /** The lines of the blocks right after the story's body ("Источник: ТАСС", "Kaynak: AA" in a box of their own). */
  trailerLines?: string[];
  /** The same blocks' lines one by one: a source label among them ("Kaynak: X" above "Editör: Y"). */
  trailerParts?: string[];
  /** The short blocks of the story's container removed as furniture: a republication note is read in them (sentenceCredit), and a source label naming a known outlet outside a picture's figure; never another label or a wire's tag (a picture's "AP" credit is one). */
  removedLines?: string[];
  /** The author fields as printed (JSON-LD and meta authors, the byline element's text): an agency named alone there is the source. */
  authorFields?: string[];
  story: Segment[];
  siteName: string | null;
  pageUrl: string;
  /** The address the page was fetched from, when it differs from pageUrl: a republished story's canonical link names the original's site, which is then no reason to call a credit the page's own. */
  fetchedUrl?: string;
  feedSource: OriginalSource | null | undefined;
}

export interface Attribution {
  source: OriginalSource | null;
  evidence: string[];
  /** Story paragraphs that are only a credit line (to drop from the text). */
  creditSegments: Segment[];
}

/** Finds the original source; returns null source when the page is the original. */
export function findAttribution(input: AttributionInput): Attribution {
  const found: Array<{ source: OriginalSource; evidence: string }> = [];
  const creditSegments: Segment[] = [];
  const push = (s: OriginalSource | null, evidence: string): void => {
    if (s && (s.name || s.url) && !isSelf(s, input)) found.push({ source: withCanonical(s), evidence });
  };
  push(fromLinks(input.links, input.pageUrl), 'link-rel');
  push(fromJsonLd(input.ld, input.pageUrl), 'json-ld');
  push(wirePublisher(input.ld?.publisher), 'json-ld');
  // a wire typed as an organization among the authors ("author": [{"Person": "Oskar Hedlund"}, {"Organization": "TT"}]), known or named as one ("Pennant Newswire")
  const orgWire = input.ld?.orgAuthors.find((name) => canonicalOutlet(name) || isNewsAgencyName(name));
  if (orgWire) push({ name: orgWire, url: null }, 'json-ld');
  for (const seg of creditCandidates(input.story)) {
    const credit = creditLine(seg.text);
    if (!credit) continue;
    if (credit.evidence === 'credit-line') credit.source.url ??= linkIn(seg.node, input.pageUrl);
    if (credit.sourceLabel && isDataSource(credit.source)) continue;
    push(credit.source, credit.evidence);
    if (credit.whole) creditSegments.push(seg);
  }
  // a line outside the story: its credit line (unless a data source's, or one `keep` refuses), else a source in a meta line
  const readLine = (line: string, keep: (credit: Credit) => boolean = () => true): void => {
    const credit = creditLine(line);
    if (credit?.evidence === 'credit-line' && !(credit.sourceLabel && isDataSource(credit.source)) && keep(credit))
      push(credit.source, credit.evidence);
    else if (!credit) push(metaLineSource(line), 'credit-line');
  };
  for (const line of input.headerLines ?? []) readLine(line);
  // the blocks after the story line by line first: read whole, a source label runs into the next line ("Kaynak: X Editör: Y")
  for (const source of trailerSources(input.trailerParts ?? [])) push(source, 'credit-line');
  for (const line of input.trailerLines ?? []) readLine(line, fromTrailer);
  for (const note of trailerNotes(input.trailerParts ?? [])) push({ name: note, url: null }, 'credit-line');
  for (const line of input.removedLines ?? []) {
    const said = sentenceCredit(line);
    if (said) push({ name: said, url: null }, 'credit-line');
    // a source label naming a known outlet in a small box the story's rules pruned ("Источник: <a>ТАСС</a>" closing the body)
    else push(knownSourceOf(line), 'credit-line');
  }
  // a wire's tag closing one of the last paragraphs ("…運行する。（共同）" above a copyright line)
  const closing = input.story
    .slice(-TAIL_PARAGRAPHS)
    .map((seg) => closingWireTag(seg.text))
    .findLast(Boolean);
  if (closing) push({ name: closing, url: null }, 'credit-line');
  push(corroboratedDateline(input), 'credit-line');
  push(bylineAgency(input.byline), 'byline');
  const agency = agencyAuthor(input.authorFields ?? []);
  if (agency) push({ name: agency, url: null }, 'byline');
  if (input.feedSource) push(input.feedSource, 'feed-source');
  const first = found[0];
  return { source: first ? mergeSources(first.source, found) : null, evidence: [...new Set(found.map((f) => f.evidence))], creditSegments };
}

/** The credit's own link ("Source: <a href=…>RT NEWS</a>"), absolute and without tracking. */
function linkIn(node: DomNode, base: string): string | null {
  const a = isElement(node) && node.name === 'a' ? node : findAll(node, 'a')[0];
  const href = a ? absoluteUrl(a.attribs.href, base) : undefined;
  return href && isWebUrl(href) ? stripTracking(href) : null;
}

function fromLinks(links: Map<string, string>, base: string): OriginalSource | null {
  const href = links.get('original-source') ?? links.get('syndication-source');
  const url = absoluteUrl(href, base);
  return url ? { name: canonicalOutlet(url), url } : null;
}

function fromJsonLd(ld: LdArticle | null, base: string): OriginalSource | null {
  const s = ld?.isBasedOn ?? ld?.sourceOrganization;
  if (!s) return null;
  return { name: s.name, url: s.url ? (absoluteUrl(s.url, base) ?? null) : null };
}

/** A JSON-LD publisher that is a known outlet other than this site (a newspaper running AP copy). */
function wirePublisher(publisher: string | null | undefined): OriginalSource | null {
  return publisher && canonicalOutlet(publisher) ? { name: publisher, url: null } : null;
}

/**
 * "MEG KINNARD, Associated Press", "ROBERT BURNS, AP National Security Writer", "By MEG KINNARD Associated Press",
 * "Hanna Berglöf/TT": the agency in the byline, after a slash or a comma, or as its last words.
 */
function bylineAgency(byline: string | null): OriginalSource | null {
  if (!byline) return null;
  const slashed = slashAgency(byline);
  if (slashed) return { name: slashed, url: null };
  // "Von Anna X (rtd)": a German agency's short name, in lower case, closing the byline (capitals there are a party's: "(SPD)")
  const tagged = /\s\((\p{Ll}{2,4})\)$/u.exec(byline.trim())?.[1];
  if (tagged && !NO_OUTLET.test(tagged)) return { name: tagged, url: null };
  const words = byline.split(/\s+/u);
  for (let k = Math.min(3, words.length - 2); k >= 1; k--) {
    const tail = words.slice(-k).join(' ');
    if (canonicalOutlet(tail)) return { name: tail, url: null };
  }
  const parts = byline.split(/\s*,\s*/).slice(1);
  for (const part of parts) {
    const name = part.replace(/\s+(?:[\w-]+\s+)*(?:writer|correspondent|reporter|editor)$/i, '').trim();
    if (canonicalOutlet(name)) return { name, url: null };
    // "Por Renata X, da Agência Aferição 12/08/2025 às 15h40": the writer's agency, after "of" and before the date
    const agency = name.replace(AGENCY_OF, '').replace(DATES_AFTER_CREDIT, '').trim();
    if (agency !== name && isAgencyCredit(agency)) return { name: agency, url: null };
  }
  return null;
}

/** A dateline's name read as an agency's: capitalised words or an acronym, a few of them ("Meridian Press", "KNS", "NPF"), or a German agency's short name in lower case ("dnd"). */
const AGENCY_SHAPE = /^(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}|\p{Ll}{2,4})$/u;

/**
 * The agency an unknown dateline names ("PORT ALDINE (Meridian Press) —", "Vardholmen (NPF):", "Wendlingen (KNS) –"),
 * when the page names it so a second time: as a structured organization author, after the writer's or the desk's name in
 * the byline ("By X | Meridian Press", "X, NPF", "Redacción Obra Diaria | Colpres"), or in brackets elsewhere in the story or after it ("(kns)" closing the story, "X
 * (Agencia Meridiana)" above the dateline). One mark alone may be a place's ("SPRINGFIELD (Ill.) —") or a desk's; the site's
 * own name (its structured publisher, the start of its host) is never a source.
 */
function corroboratedDateline(input: AttributionInput): OriginalSource | null {
  let at = -1;
  let tag: string | null = null;
  for (let i = 0; i < Math.min(HEAD_PARAGRAPHS, input.story.length) && tag === null; i++) {
    tag = unknownDatelineTag(input.story[i]!.text);
    at = i;
  }
  if (!tag || !AGENCY_SHAPE.test(tag) || NO_OUTLET.test(tag)) return null;
  const same = (name: string) => name.trim().toLowerCase() === tag.toLowerCase();
  // the site's own call sign or name ("(WKPN) —" on wkpn6.com, published by "WKPN")
  if (
    (input.ld?.publisher && same(input.ld.publisher)) ||
    hostOf(input.pageUrl)
      .replace(/^www\./u, '')
      .startsWith(tag.toLowerCase())
  )
    return null;
  const bracketed = new RegExp(`[(（](?:\\p{L}+\\s+)?${escapeRegExp(tag)}[)）]`, 'iu');
  const bylineParts = [input.byline ?? '', ...(input.authorFields ?? [])].flatMap((b) => b.split(/\s*[|,/·]\s*/u).slice(1));
  const elsewhere = [...input.story.filter((_, i) => i !== at).map((seg) => seg.text), ...(input.trailerParts ?? [])];
  const named = (input.ld?.orgAuthors ?? []).some(same) || bylineParts.some(same) || elsewhere.some((line) => bracketed.test(line));
  return named ? { name: tag, url: null } : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function creditCandidates(story: Segment[]): Segment[] {
  const head = story.slice(0, HEAD_PARAGRAPHS);
  const tail = story.slice(Math.max(HEAD_PARAGRAPHS, story.length - TAIL_PARAGRAPHS));
  return [...head, ...tail].filter((seg) => !inFactBox(seg.node));
}

/** A fact box's class: "factbox", "faktaboks", "Faktenbox", "info-box", "infobox". */
const FACT_BOX = /(?:^|[\s_-])(?:fact-?box(?:es)?|fakta-?boks|fakta-?ruta|fakten-?box|info-?box|key-?facts)(?:$|[\s_-])/i;
/** Ancestors looked at for a fact box. */
const FACT_BOX_LEVELS = 3;

/**
 * True when the segment stands in a fact box ("Dette gjør du ved strømbrudd" … "Kilde: Fjellkraft Nett"): its source line
 * credits the box's facts, not the story.
 */
function inFactBox(node: DomNode): boolean {
  let el: DomNode | null = node;
  for (let i = 0; el && i < FACT_BOX_LEVELS; i++, el = el.parent) {
    if (isElement(el) && FACT_BOX.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`)) return true;
  }
  return false;
}

interface Credit {
  source: OriginalSource;
  evidence: string;
  whole: boolean;
  /** Said by a "Source:"/"Quelle:" label, which also names data sources ("Quelle: Statistisches Bundesamt"). */
  sourceLabel?: boolean;
  /** Said by another label of LABELLED_CREDIT ("Credit:", "Via", "Courtesy of"), which names pictures and tips as often. */
  otherLabel?: boolean;
}

/** Reads one paragraph as a credit line, a prose credit, or a wire dateline. */
export function creditLine(text: string): Credit | null {
  if (text.length <= MAX_CREDIT_CHARS) {
    const unwrapped = WRAPPED.exec(text)?.[1] ?? text;
    const labelled = LABELLED_CREDIT.exec(text);
    if (labelled?.[2] && !/^https?:/i.test(labelled[2]))
      return {
        source: { name: labelledName(labelled[2]), url: null },
        evidence: 'credit-line',
        whole: true,
        sourceLabel: !!labelled[1],
        otherLabel: !labelled[1],
      };
    const inputs = WITH_INPUTS.exec(unwrapped)?.[1]
      ?.split(CREDIT_JOIN)
      .find((p) => canonicalOutlet(p));
    if (inputs) return { source: { name: inputs, url: null }, evidence: 'credit-line', whole: true };
    const agencyHelp = AGENCY_HELP.exec(unwrapped)?.[1];
    if (agencyHelp) return { source: { name: agencyHelp, url: null }, evidence: 'credit-line', whole: true };
    const according = ACCORDING_TO.exec(text)?.[1];
    if (according && (canonicalOutlet(according) || isNewsAgencyName(according)))
      return { source: { name: according, url: null }, evidence: 'credit-line', whole: true };
    const prose = PROSE_CREDIT.exec(text);
    if (prose?.[1] && !WHEN.test(prose[1]))
      return { source: { name: tidyName(prose[1]), url: null }, evidence: 'credit-line', whole: prose.index === 0 };
    const intl = intlProseCredit(text);
    if (intl && !WHEN.test(intl)) return { source: { name: tidyName(intl), url: null }, evidence: 'credit-line', whole: true };
    const agency = creditedAgency(text);
    if (agency) return { source: { name: agency, url: null }, evidence: 'credit-line', whole: false };
    const wire = wireLine(text);
    if (wire) return { source: { name: wire, url: null }, evidence: 'credit-line', whole: true };
    // the header's meta line may go on to its dates: "Le Courrier du Rhône avec AFP Publié le 12/01/2024 à 14:32"
    const credit = text.replace(DATES_AFTER_CREDIT, '');
    const withWire = WITH_WIRE.exec(credit)?.[1];
    if (withWire && (canonicalOutlet(withWire) || WIRE_ACRONYM.test(withWire)))
      return { source: { name: withWire, url: null }, evidence: 'credit-line', whole: credit === text };
    const cjk = cjkSource(text);
    if (cjk)
      return {
        source: { name: cjk.outlet, url: null },
        evidence: 'credit-line',
        whole: cjk.label.trim() === text.trim(),
        sourceLabel: true,
      };
  }
  const said = sentenceCredit(text);
  if (said) return { source: { name: said, url: null }, evidence: 'credit-line', whole: false };
  const dateline = wireDateline(text);
  if (dateline) return { source: { name: dateline, url: null }, evidence: 'dateline', whole: false };
  return null;
}

/**
 * A source label inside a header's meta line, after its date, its time's zone ("4:05 PM ET Source: X") or a separator: "Martes, 19 de septiembre de 2023 · 11:42
 * Fuente: Télam" (Argentine portals print the agency so beside the date), "12.03.2025 | Quelle: dpa", "Mittwoch, 19. Juni 2024, 11:05 Uhr | Quelle: SNK" (a
 * Swiss agency the outlet table lacks). An outlet we know, or a name that may be one (mayBeOutlet): not the data, a
 * network or the site's own desk.
 */
const META_LINE_LEAD =
  '(?:[·|•]|\\d|\\buhr|\\b(?:[ap]\\.?m\\.?|[ecmp][sd]?t|gmt|utc|bst|ces?t|mes?z|ist|jst|aest|aedt)(?!\\p{L}))\\s*(?:source|fuentes?|quelle|fonte|bron|kaynak|źródło|izvor|sursa|lähde|sumber|nguồn)\\s*[:：]\\s*';
const META_LINE_SOURCE = new RegExp(
  `${META_LINE_LEAD}(\\p{L}[\\p{L}\\p{N}&'’.-]*(?:\\s+\\p{L}[\\p{L}\\p{N}&'’.-]*){0,3}?)\\s*(?:[·|•,]|$)`,
  'iu',
);

function metaLineSource(line: string): OriginalSource | null {
  const name = META_LINE_SOURCE.exec(line)?.[1];
  if (name && mayBeOutlet(name)) return { name, url: null };
  const known = knownOutletOpening(META_LINE_LABEL.exec(line)?.[1] ?? SCRIPT_SOURCE_LABEL.exec(line)?.[1]);
  return known ? { name: known, url: null } : null;
}

/**
 * The word "source" of a script without letter case or of Cyrillic and Greek, anywhere in a meta line, before an outlet we
 * know ("લેખક: વેબ ડેસ્ક સ્રોત: PTI પ્રકાશિત: …", a Gujarati portal's spans run together): no English sentence holds these
 * words, and the outlet table says where the name ends.
 */
const SCRIPT_SOURCE_LABEL =
  /(?:^|\s)(?:સ્રોત|स्रोत|সূত্র|ஆதாரம்|మూలం|ಮೂಲ|ഉറവിടം|ماخذ|ذریعہ|المصدر|مصدر|منبع|מקור|источник|джерело|πηγή)\s*[:：]\s*([^·|•,]{2,80})/u;

/** The label alone, and what follows it up to a separator: a known outlet may open it before the line's next label. */
const META_LINE_LABEL = new RegExp(`${META_LINE_LEAD}([^·|•,]{2,80})`, 'iu');
/** Words read after a meta line's source label for a known outlet's name. */
const MAX_OUTLET_WORDS = 4;

/**
 * The longest run of opening words that names an outlet we know ("Business Wire" in "Source: Business Wire Related
 * symbols: AGRV", a press-release portal's meta line whose parts are spans without separators): where the name ends is
 * told by the outlet table, not guessed.
 */
function knownOutletOpening(text: string | undefined): string | null {
  const words = text?.trim().split(/\s+/u) ?? [];
  for (let k = Math.min(MAX_OUTLET_WORDS, words.length); k > 0; k--) {
    const name = words.slice(0, k).join(' ');
    if (canonicalOutlet(name)) return name;
  }
  return null;
}

/** A credit read in the blocks after the story: "Credit: X" and "Via X" there name a picture's or a tip's source as often, unless X is an outlet we know. */
function fromTrailer(credit: Credit): boolean {
  return !credit.otherLabel || !!canonicalOutlet(credit.source.name);
}

/**
 * The outlets that republication notes name among the lines of the blocks after the story, one line each: read whole, a
 * box's note runs on from its credits line ("Text: X · Bild: Y" above "Dieser Beitrag erschien zuerst in «Z», …").
 */
function trailerNotes(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (part.length > MAX_CREDIT_CHARS) continue;
    const prose = PROSE_CREDIT.exec(part);
    const name = prose?.index === 0 ? prose[1] : intlProseCredit(part);
    if (name && !WHEN.test(name)) out.push(tidyName(name));
  }
  return out;
}

/**
 * The outlets that source labels name among the lines of the blocks after the story, one line each ("Kaynak: X" above
 * "Editör: Y"), a bare label joined to the line after it ("FUENTE" / "Agencia X"). Only a source label: the other credits
 * of LABELLED_CREDIT ("Via", "Credit:") name pictures and tips as often there.
 */
function trailerSources(parts: string[]): OriginalSource[] {
  const out: OriginalSource[] = [];
  parts.forEach((part, i) => {
    const line = BARE_SOURCE_LABEL.test(part) && parts[i + 1] ? `${part.replace(/[:：]$/u, '')}: ${parts[i + 1]}` : part;
    if (line.length > MAX_CREDIT_CHARS) return;
    const labelled = LABELLED_CREDIT.exec(line);
    const name = labelled?.[1] && labelled[2] && !/^https?:/i.test(labelled[2]) ? labelledName(labelled[2]) : null;
    if (name && mayBeOutlet(name)) out.push({ name, url: null });
  });
  return out;
}

/**
 * A sentence that says it of this article, as a republisher's note prints it after the writer's biography or before the
 * licence: "X is a professor at Y. Este artículo fue publicado originalmente en Diálogo Académico.", "This story was
 * originally published by X, a nonprofit newsroom … It is republished here under a Creative Commons license.". A
 * demonstrative subject only ("this", "dieser", "cet", "este", "questo"): "Der Bericht erschien zuerst im Fachblatt X"
 * inside a paragraph is the story's.
 */
const THIS_ARTICLE =
  /^\W*(?:this (?:article|story|post|piece|report|column|interview|essay)|(?:dieser|dieses|diese) (?:artikel|text|beitrag|interview|kommentar|gastbeitrag|essay|bericht|reportage|kolumne|analyse)|(?:cet article|ce texte|cette tribune|cette chronique)|(?:este|esta) (?:artículo|texto|reportaje|reportagem|matéria|artigo)|questo articolo)\s/iu;
/** A syndicated column's distributor, after its copyright line: "© 2025 X. Distributed by Andrews McMeel Syndication." */
const DISTRIBUTED_BY = /^[Dd]istributed by\s+(\p{Lu}.{1,80}?)\.?$/u;
/**
 * A sentence read for a credit is at most this long: a republication note may describe the outlet at length in one
 * sentence ("This story was originally published by X, a nonprofit newsroom covering …, and is republished here under a
 * Creative Commons license."); only a sentence with a demonstrative subject or "Distributed by" is read at all.
 */
const MAX_SENTENCE_CREDIT_CHARS = 320;
/** Between sentences: a full stop, question or exclamation mark, then space. */
const SENTENCE_BREAK = /(?<=[.!?])\s+/u;

/** What THIS_ARTICLE, DISTRIBUTED_BY or SYNDICATED_FEED needs somewhere in the text (same case folding): most paragraphs are not split. */
const SENTENCE_CREDIT_HINT = /(?:this|dieser|dieses|diese|cet|ce|cette|este|esta|questo) \p{L}|distributed by|syndicated \p{L}/iu;

/** True when `text` is a source label and its name ("Source: X", "Источник: X", "Quelle: X"). */
export function isSourceLabelLine(text: string): boolean {
  return text.length <= MAX_CREDIT_CHARS && !!LABELLED_CREDIT.exec(text)?.[1];
}

/** The outlet a source label names, when it is one the outlet table knows. */
function knownSourceOf(line: string): OriginalSource | null {
  const credit = creditLine(line);
  return credit?.sourceLabel && credit.source.name && canonicalOutlet(credit.source.name) ? credit.source : null;
}

/** True when a sentence of `text` may credit this article's origin or distributor (sentenceCredit reads it then). */
export function maySayOrigin(text: string): boolean {
  return SENTENCE_CREDIT_HINT.test(text);
}

/** The outlet a sentence of `text` credits as this article's origin or distributor, or null. */
function sentenceCredit(text: string): string | null {
  if (!maySayOrigin(text)) return null;
  for (const sentence of text.split(SENTENCE_BREAK)) {
    if (sentence.length > MAX_SENTENCE_CREDIT_CHARS) continue;
    const distributor = DISTRIBUTED_BY.exec(sentence)?.[1];
    if (distributor) return tidyName(distributor);
    const feed = SYNDICATED_FEED.exec(sentence)?.[1];
    if (feed && canonicalOutlet(feed)) return feed;
    if (!THIS_ARTICLE.test(sentence)) continue;
    const name = PROSE_CREDIT.exec(sentence)?.[1] ?? intlProseCredit(sentence) ?? WRITTEN_FOR.exec(sentence)?.[1];
    if (name && !WHEN.test(name)) return tidyName(name);
  }
  return null;
}

/**
 * A story written for another outlet and shared from it: "This story was written by X, Local Democracy Reporter, for the
 * Local Democracy Reporting Service and is republished by titles across the region", "This article was produced for X and
 * is shared with permission". Only with the sharing clause: "written for" alone is a guest writer's note as often.
 */
const WRITTEN_FOR =
  /\b(?:was|has been) (?:written|produced|reported)(?: by .{2,120}?)? for (?:the )?(.{2,80}?) and (?:is|was|has been|are) (?:being )?(?:re-?published|republished|shared|syndicated|distributed|used)\b/iu;

/** A portal's disclaimer naming the wire its copy comes from: "This article is auto-generated from a syndicated Bernama feed." */
const SYNDICATED_FEED = /\bfrom (?:a |the )?syndicated (\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2}) (?:news )?feed\b/u;

/** A credit line's by-word and what follows it: "Von dpa", "Por Redacción / EFE", "By Reuters Staff", "Par Julie Martin (avec AFP)" (dates after it cut off). */
const BY_LINE = /^(?:by|von|par|por|di|door|av|af)\s+(.{2,160})$/iu;
/** Where a header's meta line goes on from the credit to its dates: "Par la rédaction avec AFP Publié le 16/05/2024 à 07h12". */
const DATES_AFTER_CREDIT =
  /\s+(?:publié|publiée|published|posted|updated|mis à jour|veröffentlicht|aktualisiert|stand|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|(?:am|le|el|il|on)\s+\d|\d).*$/iu;
/** A credit's own part: shorter than this is a name, longer the rest of a meta line. */
const MAX_CREDIT_PART_CHARS = 80;

/**
 * A wire named among the parts of a credit line ("Von dpa", "By The Associated Press", "Por Redacción / EFE", "Von Anna Dunst
 * und dpa"), in the story or among the header's lines: the agency's copy, as "Mit Material von dpa" says. The line itself is
 * left to the byline and desk rules.
 */
function creditedAgency(text: string): string | null {
  const m = BY_LINE.exec(text);
  if (!m?.[1]) return null;
  const credit = m[1].replace(DATES_AFTER_CREDIT, '');
  if (credit.length > MAX_CREDIT_PART_CHARS) return null;
  const parts = credit
    .split(CREDIT_JOIN)
    .map((p) => p.replace(/\s+(?:staff|redaktion|desk|team)$/iu, '').replace(/^[\s(（[]+|[\s)）\]]+$/gu, ''));
  return parts.find((p) => canonicalOutlet(p)) ?? null;
}

/** An acronym in brackets right after an outlet's name. */
const ACRONYM_AFTER = /^\s*\(\p{Lu}{2,6}\)/u;

/** The outlet a prose credit of PROSE_CREDIT_INTL names (de, fr, es, pt, it, nl, ru, nb, da), or null. */

function intlProseCredit(text: string): string | null {
  for (const re of PROSE_CREDIT_INTL) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    const end = NAME_END.exec(rest)?.index ?? rest.length;
    // the outlet's acronym in brackets after its name stays with it: "levert av Norsk Presseformidling (NPF)"
    const acronym = ACRONYM_AFTER.exec(rest.slice(end))?.[0] ?? '';
    const name = (rest.slice(0, end) + acronym).trim();
    return name.length >= 2 && name.length <= 100 ? name : null;
  }
  return null;
}

/**
 * Where a labelled credit's name ends: a pipe, or the date or time printed after it ("12.05.2024", "12:05", "2024", or digits
 * of the Arabic, Persian, Devanagari or Bengali scripts); digits inside a name ("nt24.de", "France 24") are kept.
 */
const NAME_TAIL = /\s+\|.*$|[\s,;(]+(?:\d{1,4}[./:-]\d|(?:19|20)\d{2}(?!\d)|[٠-٩۰-۹०-९০-৯]).*$/u;
/** The parts of a credit printed with its place: "أبوظبي - وام" (Abu Dhabi - WAM), "Beograd – Tanjug". */
const PLACE_DASH = /\s[-–—]\s/u;

/**
 * The name a "Source:" label credits, without the date or time printed after it ("Tanjug | 16.04.2024. 12:05"), and, when
 * the credit names its place too ("أبوظبي - وام الأربعاء ٥ مارس"), the known outlet in it.
 */
function labelledName(raw: string): string {
  const name = tidyName(raw.replace(NAME_TAIL, '').replace(RELEASE_OF, ''));
  if (!PLACE_DASH.test(name)) return name;
  for (const part of name.split(PLACE_DASH)) {
    const words = part.split(/\s+/u);
    for (let k = words.length; k > 0; k--) {
      const lead = words.slice(0, k).join(' ');
      if (canonicalOutlet(lead)) return lead;
    }
  }
  return name;
}

/**
 * An edition named before the outlet it belongs to ("der gedruckten Ausgabe 12/2024 der WOCHENPOST", "the print edition of
 * The Harbour Times", "l'édition papier du Courrier", a club's "summer bulletin of the X"): the outlet is the name, so that the site's own print edition is
 * the site (isSelf) and another paper's is that paper. Only before a capital (tidyName looks: under the `i` flag a
 * lookahead for `\p{Lu}` takes a letter of either case).
 */
const EDITION_OF =
  /^(?:(?:der|die|the|la|le|l['’]|el)\s*)?(?:(?:gedruckten?|digitalen?|print|printed|spring|summer|autumn|fall|winter|weekly|monthly|quarterly|annual)\s+)?(?:print-?ausgabe|ausgabe|print edition|edition|issue|bulletin|newsletter|heft|édition(?:\s+(?:papier|imprimée))?|edición(?:\s+impresa)?|edizione(?:\s+cartacea)?)\s+(?:(?:nr\.?|no\.?|n°)\s*)?(?:\d{1,3}(?:\/\d{2,4})?\s+)?(?:der|des|of(?:\s+the)?|de(?:\s+la)?|du|del|della|di)\s+/iu;

/** A language named before the outlet a story first ran in ("in Portuguese in X", "in German by X"). */
const LANGUAGE_IN =
  /^(?:English|Portuguese|Spanish|French|German|Italian|Dutch|Polish|Russian|Ukrainian|Arabic|Chinese|Japanese|Korean|Turkish|Greek|Swedish|Norwegian|Danish|Finnish|Icelandic|Estonian|Latvian|Lithuanian|Czech|Slovak|Slovenian|Croatian|Serbian|Bulgarian|Hungarian|Romanian|Catalan|Basque|Galician|Welsh|Irish|Hebrew|Persian|Hindi|Urdu|Bengali|Bangla|Nepali|Sinhala|Tamil|Dhivehi|Malay|Indonesian|Vietnamese|Thai)\s+(?:in|on|by|at)\s+(?=\p{Lu})/u; // case-sensitive: English capitalises both

function tidyName(s: string): string {
  return (
    s
      .replace(/^[«"“„]\s*(.+?)\s*[»"”]$/u, '$1') // "«Il Corriere di Valmorena»", wrapped whole
      .replace(EDITION_OF, (edition, at: number, whole: string) => (/^\p{Lu}/u.test(whole.slice(at + edition.length)) ? '' : edition))
      .replace(/,\s*(?:\d|(?:am|le|el|on)\s+\d).*$/u, '') // "Süddeutsche Zeitung, 3. Mai 2022"
      .replace(/^(?:the website of|the)\s+(?=[A-Z])/i, (m) => (/^the\s+$/i.test(m) ? m : ''))
      // the language it first ran in: "first published in Portuguese in Ilhas em Rede"
      .replace(LANGUAGE_IN, '')
      // an article the sentence put before the name, in lower case ("en el Heraldo de Sierra Alta"); an outlet's own is capitalised ("El País")
      .replace(/^(?:el|la|los|las|le|les|il|lo|der|die|das|dem|den|o|a|os|as)\s+(?=\p{Lu})/u, '')
      // and the kind of outlet the sentence names before it, in lower case, with its article ("na revista Trilha Sul", "en el diario X", "en la revista X")
      .replace(
        /^(?:(?:el|la|o|a|il)\s+)?(?:revista|jornal|diário|diario|periódico|portal|site|rivista|giornale|magazine)\s+(?=\p{Lu})/u,
        '',
      )
      .replace(/[\s.,;:]+$/, '')
      .trim()
  );
}

/**
 * The site's own print or digital edition named by a prose credit ("Dieser Artikel erschien zuerst in der Printausgabe", "in
 * unserer Zeitung", "in the print edition", "dans notre édition papier", "en la edición impresa"): not another outlet.
 */
const OWN_EDITION =
  /^(?:(?:der|die|dem|den|das|unserer|unserem|unseren|our|the|today['’]s|notre|la|le|l['’]|nuestra|el|nostra)\s*)*(?:(?:gedruckten?|digitalen?|aktuellen?|heutigen?|print|digital|printed)\s+)?(?:print-?ausgabe|ausgabe|zeitung|e-?paper|print(?:\s+edition)?|edition|newspaper|paper|issue|magazine|heft|magazin|édition(?:\s+(?:papier|imprimée|abonnés))?|journal|edición(?:\s+impresa)?|periódico|edizione(?:\s+cartacea)?|giornale)$/iu;

/** A section of an edition: "the Britain section of the print edition", "the Leaders section of the print edition". */
const SECTION_OF = /^(?:the\s+)?(?:[\p{L}&'’-]+\s+){0,3}(?:section|pages?|supplement)\s+of\s+(.+)$/iu;

function isOwnEdition(name: string): boolean {
  const part = SECTION_OF.exec(name)?.[1];
  return OWN_EDITION.test(name) || (!!part && OWN_EDITION.test(part));
}

function isSelf(s: OriginalSource, input: AttributionInput): boolean {
  if (s.name && isOwnEdition(s.name.trim())) return true;
  const site = input.siteName;
  const own = input.fetchedUrl ?? input.pageUrl;
  if (s.url && sameHost(s.url, own)) return true;
  // a name that is the page's host ("WOCHENPOST" on wochenpost.de: its print edition, named by a note after the story)
  if (s.name && sameOutlet(s.name, own)) return true;
  const pageOutlet = canonicalOutlet(own);
  if (pageOutlet && pageOutlet === (canonicalOutlet(s.name) ?? canonicalOutlet(s.url))) return true;
  return !!site && !!s.name && (sameOutlet(s.name, site) || byInitials(s.name, site));
}

/** Words around an acronym that say what it names, not which outlet ("the DWA wire", "DWA news service"). */
const ACRONYM_GENERIC = new Set(['the', 'wire', 'feed', 'service', 'news', 'desk', 'agency', 'copy']);

/**
 * The site's name by its initials: an agency's own site credits "the DWA wire" under the name "Deccan Wire Agency". Only
 * a credit of one acronym (three letters or more) and such words.
 */
function byInitials(name: string, site: string): boolean {
  const words = name.split(/\s+/u).filter((w) => !ACRONYM_GENERIC.has(w.toLowerCase()));
  const acronym = words.length === 1 && /^\p{Lu}{3,6}$/u.test(words[0]!) ? words[0]! : null;
  const initials = site
    .split(/[\s-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return !!acronym && acronym === initials;
}

function sameHost(a: string, b: string): boolean {
  try {
    return new URL(a).hostname.replace(/^www\./, '') === new URL(b).hostname.replace(/^www\./, '');
  } catch {
    return false;
  }
}

/** The source with its name as plain text and its canonical outlet name. */
function withCanonical(found: OriginalSource): OriginalSource {
  const s = { ...found, name: found.name ? plainText(found.name) || null : null };
  const canonical = canonicalOutlet(s.name) ?? canonicalOutlet(s.url);
  return { ...s, canonical_name: canonical };
}

/** The first finding wins; a later one that names the same outlet fills its missing name or URL. */
function mergeSources(first: OriginalSource, all: Array<{ source: OriginalSource }>): OriginalSource {
  const out = { ...(spelledOut(first, all) ?? first) };
  for (const { source } of all) {
    const same =
      sameOutlet(source.name ?? source.url, out.name ?? out.url) || (!!out.canonical_name && out.canonical_name === source.canonical_name);
    if (!same) continue;
    out.name ??= source.name;
    out.url ??= source.url;
  }
  // an address alone (JSON-LD's isBasedOn) takes the name a credit line spells its host with ("agenciamandacaru.com.br" and
  // "publicada originalmente pela Agência Mandacaru de Jornalismo")
  if (!out.name && out.url) out.name = all.find(({ source }) => source.name && hostSpells(out.url!, source.name))?.source.name ?? null;
  return out;
}

/**
 * An acronym credited alone ("SHIMONI, Jumanne (KNA) –") that another credit on the page spells out with it in brackets
 * ("Chanzo: Kenya News Agency (KNA)"): the spelled name, where it tells one outlet from another of the same letters (the German
 * Catholic agency is KNA too).
 */
function spelledOut(first: OriginalSource, all: Array<{ source: OriginalSource }>): OriginalSource | null {
  const acronym = first.name && /^\p{Lu}{2,6}$/u.test(first.name) ? first.name : null;
  if (!acronym) return null;
  const spelled = all.find(({ source }) => source.name?.endsWith(`(${acronym})`) && source.name.length > acronym.length + 3);
  // the same outlet either way ("Associated Press (AP)" and "AP"): the name credited first stays
  if (!spelled || spelled.source.canonical_name === first.canonical_name) return null;
  return { ...spelled.source, url: spelled.source.url ?? first.url };
}

/** A host's first label is this short at least before a name is matched by it: "ap.org" spells too many names. */
const MIN_HOST_KEY = 5;

/** The host's first label opens the name, accents, spaces and an article aside ("agenciamandacaru" / "Agência Mandacaru de Jornalismo"). */
function hostSpells(url: string, name: string): boolean {
  const fold = (t: string) =>
    foldAccents(t)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const host = fold(
    hostOf(url)
      .replace(/^www\./, '')
      .split('.')[0] ?? '',
  );
  // the name's article is no part of a host ("Le Réveil des Cévennes" at reveildescevennes.fr), nor, for a longer key, the
  // place before it ("New Mexico Roundhouse Report" at roundhousereport.org)
  const bare = name.replace(LEADING_ARTICLE, '');
  if (host.length < MIN_HOST_KEY) return false;
  return fold(name).startsWith(host) || fold(bare).startsWith(host) || (host.length >= MIN_INNER_HOST_KEY && fold(name).endsWith(host));
}

/** A host's first label this long may close the name it spells, a place before it. */
const MIN_INNER_HOST_KEY = 8;

/** An outlet's name's leading article: "The", "Le", "La", "Les", "L'", "El", "Il", "Der", "Die", "Das", "De", "Het", "O", "A". */
const LEADING_ARTICLE = /^(?:(?:the|le|la|les|el|il|lo|der|die|das|de|het|o|a)\s+|l['’]\s*)(?=\p{L})/iu;
