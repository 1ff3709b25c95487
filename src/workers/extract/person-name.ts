/**
 * Is this string a person's name? Byline strings cleaned (multilingual "By" prefixes, trailing dates
 * and roles dropped), split into several authors, and every part checked to be name-shaped. Pure.
 */
import { plainText } from '../../core/plain-text';
import { WIRE_DATELINE, canonicalOutlet, isMediaGroup } from '../../policy/outlets';
import { cleanText } from './text';
import { BYLINE_LEAD, CREDIT_LEAD } from './byline-prefix';
import { EDITED_BY, EDITION_LABEL, isPictureCredit, opensOtherCredit, withoutOtherCredits } from './other-credit';
import { isCommonPhrase, opensWithGivenName } from './name-lexicon';
import { remembered } from '../../core/remembered';
import { foldAccents } from '../../core/fold-accents';

/**
 * Lower case, letters and digits only, a domain's ending dropped: how parts are compared with the site's names. Remembered
 * (as squash): each part of each candidate line is compared with every site name, the names folded anew each time.
 */
const loose = remembered((s: string): string =>
  s
    .toLowerCase()
    .replace(/\.(?:com|de|org|net|fr|es|it|at|ch|co\.uk|uk)$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);

/** Longer than this is a sentence or a paragraph, not a byline. */
const MAX_BYLINE_CHARS = 120;
/** A role phrase that does not start with a role word has at most this many words ("National Security Writer"). */
const MAX_ROLE_WORDS = 3;
/** A role set off by a comma after a credited name may hold a place or a beat too ("Northern Uganda Bureau Chief"). */
const MAX_SET_OFF_ROLE_WORDS = 5;
/** A name of more words than this (particles not counted) is a sentence. */
const MAX_NAME_WORDS = 5;

/** Commenters ("dwoz says:", "X said,", "Y Sagt:", "Z schreibt:"): never a byline. */
const COMMENTER =
  /\b(?:says|said|sagt|schreibt|schrieb|meint|dit|dice|dijo|scrive|zegt|skriver|wrote|writes|replied|antwortet)\s*[:,]?\s*$/iu;
/** After the names: "| Updated …", "on May 3", "am 3. Mai", "vor 2 Stunden", dates and times. */
const TRAIL =
  /\s*(?:[|•·]|\s[-–—]\s|\bupdated\b|\bstand\s*(?::|\d)|\bpublished\b|\bposted\b|\baktualisiert\b|\bveröffentlicht\b|\bpublié(?!\p{L})|\bmis à jour\b|\bactualizado\b|\bpublicado\b|\b(?:on|am|le|el|il|op|vor|il y a|hace)\s+\d|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\b\d{1,2}:\d{2}|\b\d{1,2}\.?\s+(?:jan|feb|mär|mar|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b(?:19|20)\d{2}\b|\b\d{1,3}\s*(?:min(?:ute)?s?|minuten)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b).*$/iu;
/**
 * What each of TRAIL's alternatives holds (same flags, so the same case folding): a separator, a digit, a spaced dash, a
 * label or a weekday. TRAIL's leading \s* makes V8 try its whole alternation at every position; most byline lines hold
 * none of these and skip it (a third of the time on the scrapinghub pages' short lines).
 */
const TRAIL_HINT =
  /[|•·\d]|\s[-–—]\s|updated|stand|published|posted|aktualisiert|veröffentlicht|publié|mis à jour|actualizado|publicado|(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo/iu;
/**
 * A day, a month's name in any language and a year after the names ("Jan Kowalski, 5 grudnia 2026", "Иван Петров 5 декабря
 * 2026"): TRAIL knows the month names of en, de, fr and es only and would cut at the year alone, leaving "5 grudnia".
 */
const DATE_TAIL = /\s*,?\s*\d{1,2}\.?\s+\p{L}{3,12}\.?,?\s+(?:19|20)\d{2}(?!\d).*$/u;
/**
 * A day named relative to today, then its time, run into the name by a date line printed beside it ("Jan de Vries Gisteren,
 * 14:32", "Anna Dunst heute, 10:15 Uhr", "Ana Souza hoje às 9h"): the date, not a part of the name.
 */
const RELATIVE_DAY_TAIL =
  /\s*,?\s+(?:yesterday|today|eergisteren|gisteren|vandaag|vorgestern|gestern|heute|hier|aujourd['’]hui|anteayer|ayer|hoy|ieri|oggi|igår|idag|i går|i dag|wczoraj|dzisiaj|dziś|вчера|сегодня|ontem|hoje|dün|bugün)(?=[\s,]*(?:(?:um|at|à|às|a las|alle|om|kl\.?|o godz\.?|в|saat)\s*)?\d).*$/iu;
/**
 * A publication label run into the name by the date line printed beside it ("Ritzau Publiceret 7. marts 2024", "Anna Dunst
 * Veröffentlicht am 3. Mai"): the label and what follows are the date's.
 */
const PUBLISHED_TAIL =
  /\s+(?:(?:last|zuletzt)\s+)?(?:published|updated|posted|publiceret|publicerad|publisert|veröffentlicht|aktualisiert|publié|publicado|pubblicato|gepubliceerd|geplaatst|opublikowano|zveřejněno|yayınlanma|опубликовано)(?!\p{L}).*$/iu;
/** The full stop after a byline written as a sentence ("Posted by Anna Dunst."); an initial's ("Sarah E.") stays. */
const SENTENCE_END = /(?<=\p{Ll}{2})\.$/u;
/** A connector left before a cut date or outlet ("X on", "X am", "X le", "JANE ROE FOR" once "DAILYMAIL.COM" is gone). */
const TRAILING_CONNECTOR = /\s+(?:on|at|am|um|le|el|il|op|den|der|the|for|für|pour|para)$/iu;
/**
 * Words that join several authors: "A, B and C", "A und B", "A et B", "A y B", "A e B", "A & B", "А и Б" (ru), "A ve B" (tr).
 * A full stop after a word joins two as well ("Ann Lee. Bo Kim"), but not after the abbreviated given names and saints'
 * names of the Philippines and the Spanish-speaking world ("Ma. Theresa Villaluz", "Jose Sto. Tomas").
 */
const AUTHOR_JOIN =
  /(?<=\p{L}\p{Ll})(?<!(?:^|\s)(?:Ma|Sta|Sto))\.\s+|\s*(?:,(?:\s*(?:and|AND|And|et|und|y|e|i)\s)?|;|\/|、|，|\s&\s|\s(?:and|AND|And|und|UND|et|ET|y|e|en|og|och|i|и|ve|with|mit|avec|con|και|ΚΑΙ|و|และ|और|এবং|და)\s)\s*/u;
/** A job title or an outlet after the name ("AP National Security Writer", "Games Editor", "WebMD Health News"). */
const ROLE =
  /\b(?:international|media|writer|correspondent|editor|editors|redakteur|redakteurin|redaktion|rédaction|redacción|reporter|staff|press|presse|news|nachrichten|agency|agentur|bureau|contributor|contributing|columnist|times|post|journal|herald|tribune|reuters|ap|afp|dpa|apa|sda|epd|kna|efe|ansa|cnn|bbc|ma|phd|md|senior|chief|associate|deputy|managing|guest|freelance|online|desk|team|staff|chefredakteur|autor|autorin|korrespondent|korrespondentin|journalist|journalistin|photographer|fotograf|illustrator|counsel|solicitor|barrister|attorney|lawyer|paralegal|avocate?|advocaat)\b/iu;
/**
 * A word that makes a string a job title or a desk, not a name ("Games Editor", "Staff Writer"); with the reporters' and the
 * desks' words of the other languages read ("inviato a Napoli", "jornalista", "dziennikarz", "корреспондент", "Redakcja",
 * "Редакция", "Redaksjonen", "Haber Merkezi": tr news centre, "Meja Berita": ms news desk, "Tim Redaksi": id editorial
 * team, "Redakce": cs, "Redacția": ro, "Szerkesztőség": hu, "Toimetus": et, "Ritstjórn": is, "Σύνταξη": el, "Dawati la
 * Habari": sw news desk, "Mwandishi Wetu": sw our correspondent, "Umunyamakuru": rw journalist), and "Noticias" and kin
 * ending a site's account ("Xela al Día Noticias").
 */
const ROLE_WORD =
  /^(?:inviat[oa]|corrispondente|giornalista|editorialista|verslaggever|repórter|correspondente|jornalista|colunista|enviad[oa]|envoyée?|spéciale?|correspondante?|journaliste|rédact(?:eur|rice)|chroniqueu(?:r|se)|dziennikarz|dziennikarka|korespondent|korespondentka|publicysta|edici[oó]n|edição|redacao|redakcja|redakcji|корреспондент|журналист|журналистка|обозреватель|редактор|редакция|редакции|редакција|редакцијата|redakcija|redakcije|toimitus|toimituksen|toimetus|ritstjórn|szerkesztőség|redacția|redacţia|redacției|redacţiei|ziarului|σύνταξη|berita|redaksi|noticias|notícias|notizie|nieuws|nyheter|nyheder|uutiset|wiadomości|zprávy|správy|новости|dawati|habari|mwandishi|waandishi|mhariri|umunyamakuru|ubwanditsi|secom|ascom|decom|redakcia|redakce|redakci|redaksia|redaksiya|uredništvo|uredništva|уредништво|уредништва|redaktionen|redaksjonen|redaksjon|redaksiyon|muhabir|muhabiri|editör|merkezi|servisi|conteúdo|equipe|équipe|zespół|redakcyjny|отдел|служба|haberler|nyhetsbyrån|international|media|magazine|zeitung|journal|tribune|herald|daily|online|network|group|large|editor|editors|writer|correspondent|reporter|redakteur|redakteurin|redaktion|columnist|contributor|contributing|kontributor|koresponden|staff|journalist|journalistin|korrespondent|korrespondentin|chefredakteur|photographer|fotograf|news|press|presse|team|desk|bureau|agency|agentur|authors?|bloggers?|advisor|adviser|advocate|evangelist|developers?|engineer|scientist|designer|analyst|researcher|economist|strategist|consultant|presents|moderator|producer|produzent|autor|autorin|autora|autore|auteure?|redacción|redaccion|rédaction|redazione|redactie|redação|leiter|leiterin|sprecher|sprecherin|pressesprecher|pressesprecherin|referent|referentin|direktor|direktorin|director|directora|directeur|directrice|manager|charg[ée]e?s?|animat(?:eur|rice)|coordinat(?:eur|rice)|coordinador[a]?|coordenador[a]?|responsable|conseill(?:er|ère)|chercheu(?:r|se)|délégu[ée]e?|représentante?|spokesperson|spokesman|spokeswoman|porte-parole|portavoz|chief|officer|president|vice-president|ceo|cfo|cto|coo|founder|co-founder|chair|chairman|chairwoman|chairperson|secretary|executive|nachrichten|radio|rádio|ràdio|rádió|радио|радіо|anzeiger|rundschau|kurier|tagblatt|tageblatt|gazette|chronicle|courier|telegraph|observer|quotidien|diario|periódico|giornale|gazzetta|krant|dagblad|examiner|ledger|sentinel|dispatch|inquirer|enquirer|bulletin|advertiser|gleaner|argus|clarion|guardian|independent|mirror|express|monitor|globe|register|recorder|citizen|democrat|gazeta|tidende|tidning|tidningen|posten|avisen|blatt|basın|presidente|présidente?|präsident(?:in)?|presidenta|prezes|prezydent|facharzt|fachärztin|arzt|ärztin|zahnarzt|zahnärztin|apotheker(?:in)?|heilpraktiker(?:in)?|physiotherapeut(?:in)?|rechtsanwalt|rechtsanwältin|steuerberater(?:in)?|notar(?:in)?)$/iu;
/** A word that makes a string an institution, not a person ("University of Riverside", "Max-Planck-Institut", "Acme GmbH"). */
const ORG_WORD =
  /^(?:university|universität|université|universidad|università|universiteit|college|school|hochschule|institute|institut|instituto|istituto|academy|akademie|académie|department|ministry|ministerium|ministère|council|foundation|stiftung|fondation|fundación|association|verein|society|gesellschaft|société|sociedad|center|centre|zentrum|centro|hospital|klinik|klinikum|company|corporation|corp|inc|ltd|llc|gmbh|plc|committee|commission|kommission|office|government|regierung|police|polizei|party|partei|museum|library|bibliothek|laboratory|labs?|observatory|agency|institution|organisation|organization|union|federation|bund|verband|amt|behörde|stadt|gemeinde|gemeente|provincie|waterschap|kommune|kommun|gmina|miasto|powiat|urząd|obec|město|municipality|municipio|municipalidad|county|borough|township|commune|pfarrei|parish|diözese|bistum|fraktion|landkreis|bezirk|freistaat|landtag|bundestag|senat|senado|parlament|parlamento|parlement|ayuntamiento|junta|gobierno|ministerio|consejería|diputación|generalitat|mairie|préfecture|prefecture|région|conseil|comune|regione|provincia|agencia|agence|agenzia|agência|agencja|агентство|ajansı|ministère|ministero|communications?|kommunikation|comunicaci[oó]n|comunica[cç][aã]o|comunicazione|komunikacja|newsroom|gabinete|gabinetto|kabinett|cabinet|oficina|t[ée]l[ée]visions?|televisi[oó]n|televisione|televis[aã]o|radio|rundfunk|fernsehen|omroep|broadcasting|kringkasting|müdürlüğü|başkanlığı|belediyesi|bakanlığı|valiliği|kaymakamlığı|derneği|vakfı|üniversitesi|odası|kurumu|dairesi|birimi|şubesi|koordinatörlüğü|\p{L}{3,}(?:ministerium|amt|behörde|verwaltung|präsidium|direktion|gericht))\.?$/iu;
/**
 * Greek bodies' words, in the nominative and the genitive a byline's "Του X" / "Της X" puts them in ("Της Περιφέρειας
 * Αττικής", "Του Δήμου Αθηναίων"): a municipality, a region, a ministry, a union, a committee, a club, a company, a bank,
 * the government, parliament, a university, a hospital, a school, the police, the fire service, a group, a party, an
 * organisation, a foundation, a chamber, a federation, a port authority.
 */
const GREEK_ORG =
  /^(?:δήμ(?:ος|ου|ο)|δημοτικ\p{L}*|περιφέρει(?:α|ας)|περιφερειακ\p{L}*|υπουργεί(?:ο|ου)|ένωσης?|επιτροπής?|συλλόγου|σύλλογος|εταιρεί(?:α|ας)|τράπεζας?|κυβέρνησης?|βουλής?|πανεπιστημίου|πανεπιστήμιο|νοσοκομεί(?:ο|ου)|σχολεί(?:ο|ου)|αστυνομί(?:α|ας)|πυροσβεστικ\p{L}*|ομίλου|όμιλος|κόμματος|κόμμα|ηνωμέν\p{L}*|πολιτειών|οργανισμ(?:ός|ού)|ιδρύματος|ίδρυμα|επιμελητηρί(?:ο|ου)|ομοσπονδί(?:α|ας)|λιμεναρχεί(?:ο|ου))$/iu;

/**
 * German compounds ending in a desk's or an office's word ("Lokalredaktion", "Nachrichtenredaktion", "Pressestelle",
 * "Landratsamt", "Stadtverwaltung", "Kirchengemeinde", "Stadtwerke"): a desk or an institution, never a name word.
 */
const ORG_COMPOUND =
  /^\p{L}{3,}(?:redaktion|ressort|büro|dienst|agentur|verlag|zeitung|stelle|amt|verwaltung|verband|kammer|ministerium|gemeinde|fraktion|werke|kommunikation|abteilung)$/iu;
/** Navigation, sharing and reading-time words, a bio or audio player's button and the story's kind ("Opinion", "Analysis"), that byline boxes also hold. */
const NOT_A_NAME =
  /\b(?:weiter|mehr|more|read|lesen|xing|facebook|twitter|linkedin|whatsapp|instagram|pinterest|reddit|e-?mail|mail|share|teilen|follow|folgen|abonnieren|subscribe|login|log in|anmelden|sign in|register|home|menu|menü|kommentar\w*|comments?|admin|administrator|webmaster|wordpress|anonymous|anonym|unknown|guest|gast|user|min\.?|minutes?|minuten|lesezeit|reading time|profile|profil|archive|archiv|posts?|articles?|artikel|about|über|contact|kontakt|print|drucken|copyright|rights|foto|photo|image|bild|getty|imago|shutterstock|none|null|undefined|n\/a|popular|latest|newest|trending|sponsored|anzeige|werbung|advertisement|beitr[aä]ge?|themen?|ressort|rubrik|kategorie|category|tags?|schlagworte|newsletter|podcast|video|galerie|gallery|startseite|übersicht|zurück|homepage|aktuell|aktuelles|heute|live|bio|biography|biografie|biographie|biografía|listen|anhören|hören|écouter|escuchar|audio|opinion|opinión|meinung|analysis|analyse|análisis|explainer|commentary|editorial|leitartikel|éditorial|autorenseite|autorenprofil|seguir|suivre|segui|volgen|premium|exclusive|exklusiv|exclusivo|exclusif|breaking|search|suche|rechercher|buscar|save|speichern|merken|bookmark|gift)\b/iu;
/**
 * What publishing platforms print where no person is set: site builders' owner accounts ("Site Owner", "Store Owner"),
 * themes' placeholders ("Your Name"), a blog's or a shop's service account ("Wix Blog", "Customer Service") and
 * sponsored studios ("Brand Studio", "Partner Content").
 */
const PLATFORM_ACCOUNT = /\b(?:owner|your|blog|service|studio|content)\b/iu;

/**
 * The same in the other languages read, for the links of author boxes and lists printed in title case ("Todos Os Artigos",
 * and a CMS's administrator account in them ("Διαχειριστής Ιστότοπου", "Администратор", "Beheerder"),
 * "Alle Artikelen", "Wszystkie Artykuły", "Все Статьи", "Tüm Yazıları", "Mais Lidas", "Czytaj Więcej", "Читать Далее"): with
 * letter lookarounds, as \b knows only ASCII letters.
 */
const NOT_A_NAME_INTL =
  /(?<!\p{L})(?:articoli|artikelen|artigos|artykuły|artykuly|статьи|статей|yazıları|yazılar|lidas|lidos|więcej|далее|подробнее|fazla|läs|også|διαχειριστής|διαχειριστη|администратор|адміністратор|yönetici|administrador|amministratore|administrateur|beheerder|ylläpitäjä|administratör|správce|administrátor)(?!\p{L})/iu;
/** "(http://ebb.org/bkuhn/)", "<x@y.org>", "(@handle)" after a name: dropped before the checks. */
const LINK_IN_PARENS = /\s*[(<[]\s*(?:https?:\/\/|www\.|@|mailto:)[^)>\]]*[)>\]]/giu;
/** "à Paris", "in Berlin", "desde Madrid", "de São Paulo", "do Rio" after a name: where the author wrote from (or, pt "do Portal", for whom). */
const PLACE = /^(?:à|au|en|in|aus|from|desde|depuis|de|del|da|dal|do|dos|das|em|no|na)\s+\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?$/u;
/**
 * "Edited by X", "Editing by X", "Redigert av X", "编辑：X", "责任编辑：X" (the desk editor under every Chinese story), "Редактор: X", "Urednik: X",
 * "Szerkesztő: X", "संपादक: X", "עריכה: X", "편집: X": who edited the story, not who wrote it. Not "Redactor:", a writer's label in
 * Spanish, nor "Επιμέλεια:", which Greek sites print for the one who put a story together.
 */
const EDITOR_CREDIT = new RegExp(
  `^\\s*(?:${EDITED_BY}(?:\\s|\\s*[:：]\\s*)|(?:责任|責任)?(?:编辑|編輯)\\s*[:：\\s]|${EDITION_LABEL}\\s*[:：]|(?:editor|editora|editör|penyunting|redaktur|редактор|urednik|urednica|szerkesztő|संपादक|संपादन|עריכה|עורך|עורכת|บรรณาธิการ|편집|編集)\\s*[:：])`,
  'iu',
);
/** A word every EDITOR_CREDIT holds, tested before the line is cleaned. */
const EDITOR_HINT =
  /edit|edici|edição|rediger|redigiert|bewerkt|geredigeerd|编辑|編輯|penyunting|redaktur|редактор|urednic|urednik|szerkeszt|संपाद|עריכה|עורכ|บรรณาธิการ|편집|編集/iu;
/** The same credit after the author's ("作者：张三 责任编辑：李四", "By X. Edited by Y", "作者：责任编辑：李四" with no author): cut off. */
const EDITOR_TAIL =
  /(?:[\s.,;|]+|(?<=[:：]\s*)(?=(?:责任|責任)?(?:编辑|編輯)[:：]))(?:edit(?:ed|ing)\s+by(?:\s|\s*[:：]\s*)|(?:责任|責任)?(?:编辑|編輯)\s*[:：\s]).*$/iu;
/** "(dpa)", "(Henrique Zecchin)", "(avec …)" inside a byline: left out before the names are read ("(42)" counters stay, and fail). */
const PARENTHETICAL = /\s*\([^()\d]{0,60}\)/gu;
/**
 * A nickname or second name in parentheses between a given name and a surname ("Richard (R.J.) Eskow", "Bruno (Henrique
 * Zecchin) Rodrigues"): part of the name as printed, so it is put back once the name is checked. Only initials or
 * capitalised words: an agency in parentheses ("(AFP)", "(dpa)") is never between two names.
 */
const NICKNAME =
  /(\p{Lu}[\p{L}\p{M}'’.-]*)\s+\(((?:\p{Lu}\.)+|\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){0,2})\)\s+(?=(\p{Lu}[\p{L}\p{M}'’-]*))/gu;
/**
 * A social handle printed after the name, spaced or not ("By Jane Roe @janeroe", "Jane Roe@janeroe"): the person's account,
 * dropped before the checks. Not an e-mail address: no domain with a dot follows.
 */
const HANDLE = /(?<=[\p{L}\s])@[A-Za-z0-9_]{2,30}(?![\w@-]*\.\p{L})/gu;
/** An e-mail address, plain or obfuscated ("x [at] y [dot] de"), or a link. */
const EMAIL_OR_LINK = /@|\[at\]|\(at\)|\{at\}|\sat\s.*\sdot\s|https?:|www\./iu;
/** Particles inside names that are written in lower case ("Ludwig van Beethoven", "Michiel de Jong"). */
const PARTICLE =
  /^(?:von|van|der|den|de|del|della|dei|degli|des|di|da|do|dos|das|du|la|le|los|las|ten|ter|zu|zur|bin|ibn|al|el|y|i|e|st\.?|mac|af|of)$/u;
/**
 * Two words printed without a space between them, where two spans met: four lower-case letters and a capital
 * ("LindqvistReporter"), or three capitals before lower case ("GarberFOXBusiness", scrapinghub/5137456 with hashed classes).
 */
const RUN_TOGETHER = /\p{Ll}{4}\p{Lu}|\p{Lu}{3}\p{Ll}/u;
/**
 * A wire's name as the first word, written as the wire writes it ("Reuters Mumbai", "AFP Paris", "Bloomberg News"): a
 * dateline or a desk, no person. Only a long word or one in capitals, and no given name: "Efe" and "Ani" are given names,
 * and so is "Petra" (Jordan's agency).
 */
function wireLed(first: string): boolean {
  return (
    (first.length >= 5 || (first.length >= 2 && first === first.toUpperCase())) &&
    !opensWithGivenName(first) &&
    canonicalOutlet(first) !== null
  );
}

/** A generator's name ending in "AI" or "GPT" in capitals ("GameRecap AI", "NewsDesk GPT"): software, not a person. */
const MACHINE = /\s(?:AI|GPT)$/u;
/** A place after the name in the same part ("Amara Okonjo-Reyes in Oruwa", "Jan Peters aus Kiel", "Léa Martin à Lyon"): where the writer wrote from. */
const TRAILING_PLACE = /^(.+?\s.+?)\s+(?:in|from|aus|à|desde|em)\s+\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?$/u;
/** An article first: a title ("The Water Coolest", "Der Spiegel", "Die Zeit"), not a name. */
const ARTICLE = /^(?:the|der|die|das)$/iu;
/**
 * A Romance article before one word is an outlet ("Le Monde", "La Croix", "El País", "Les Echos"), not a person;
 * with more words it may be a name ("Le Thi Hong").
 */
const ROMANCE_ARTICLE = /^(?:le|la|les|l'|l’|el|los|las|il|lo|os|as|o|a)$/iu;
/** An acronym ("PBS", "CNN", "NASA") before words in mixed case is an outlet or a show ("PBS Space Time"); all-caps names ("DAVID PORTER") and two-letter first names ("AJ Willingham") are fine. */
const ACRONYM = /^\p{Lu}{3,}$/u;
/** One token of an inverted name list: a surname ("Scappaticci", "de Montety", "Jouin-Claude") or given names / initials ("Elena", "P. J."). */
const NAME_TOKEN = /^(?:(?:[\p{Ll}]{1,3}\s)?[\p{Lu}][\p{L}\p{M}'’-]*(?:\s[\p{Ll}]{1,3})?|(?:\p{Lu}\.(?:-?\p{Lu}\.)?\s?)+)$/u;
/** Initials only ("P. J.", "J.-F."). */
const INITIALS = /^(?:\p{Lu}\.(?:-?\p{Lu}\.)?\s?)+$/u;

/** Han, kana or Hangul only, 2–4 characters: a name written in CJK script. */
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}·・]{2,4}$/u;
/** A Japanese name of five characters unspaced ("森田亜希子", "佐々木健一"): read as one only on a Japanese page. */
const JA_LONG_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々]{5}$/u;
const JA_LANG = /^ja(?:$|[-_])/iu;
/**
 * The by-words of Malay and Indonesian ("Oleh X"), Tagalog ("Ni X"), Swahili, Catalan and Albanian, cut only on pages in
 * those languages: elsewhere "Oleh" is a Ukrainian given name and "Ni" a Chinese surname.
 */
const LANG_LEADS: Array<[RegExp, RegExp, RegExp?]> = [
  [/^(?:ms|id|in)(?:$|[-_])/iu, /^oleh\s+/iu],
  // Tagalog and Ilocano: "Ni X", "nina X at Y" (of several), after "Ulat" (report) or "Sinulat"/"Sinurat" (written); "at" joins them
  [/^(?:tl|fil|ilo)(?:$|[-_])/iu, /^(?:(?:ulat|sinulat|isinulat|sinurat)\s+)?nin?a?\s+/iu, /\s+at\s+(?=\p{Lu})/gu],
  // Swahili "Na X", Catalan "Per X", Albanian "Nga X": elsewhere "Na" is a Korean surname, "Per" a Nordic given name
  [/^sw(?:$|[-_])/iu, /^na\s+/iu],
  [/^ca(?:$|[-_])/iu, /^per\s+/iu],
  [/^sq(?:$|[-_])/iu, /^nga\s+/iu],
];

/** The by-word of the page's language, if it has one of LANG_LEADS. */
function langLead(lang: string): RegExp | undefined {
  return langLeadEntry(lang)?.[1];
}

/** The page language's entry of LANG_LEADS: its by-word and, for some, its "and". */
function langLeadEntry(lang: string): (typeof LANG_LEADS)[number] | undefined {
  return LANG_LEADS.find(([langs]) => langs.test(lang));
}

/** A line that opens with its page language's by-word before a capital ("Ni Roberto Dizon" on a Tagalog page): a credit line. */
export function langLeadCredit(line: string, lang: string): string | undefined {
  const m = langLead(lang)?.exec(line);
  return m && /^\p{Lu}/u.test(line.slice(m[0].length)) ? line : undefined;
}

/** The same closing the story, a sign-off after its dash ("—Sinurat ni Leonora Agbayani"): short, so no sentence. */
export function langLeadSignOff(line: string, lang: string): string | undefined {
  const bare = line.replace(/^[—–-]\s*/u, '');
  return bare.length <= MAX_SIGN_OFF_CHARS ? langLeadCredit(bare, lang) : undefined;
}

/** A sign-off line is short: a sentence opening with the same word ("Ni Mang Crisanto Ulep, 63, a mannalon …") is not one. */
const MAX_SIGN_OFF_CHARS = 80;

function withoutLangLead(text: string, lang: string): string {
  const entry = langLeadEntry(lang);
  if (!entry || !entry[1].test(text)) return text;
  const [, lead, and] = entry;
  const bare = text.replace(lead, '');
  return and ? bare.replace(and, ' and ') : bare;
}
/** A Japanese name with a space between family and given name ("山田 太郎", "佐々木 健一"; see spacedCjkNames). */
const CJK_SPACED_NAME =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,4} [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,4}$/u;

/** Korean bylines put the role after the name ("김철수 기자", "이영희 특파원"): dropped. */
const KOREAN_ROLE_TAIL = /\s*(?:선임|객원|수습|시민|인턴)?(?:기자|특파원|논설위원)(?=\s*(?:[,=|]|$))/gu;
/** Japanese bylines too put the role after the name ("山田太郎 記者", "山田 太郎 編集委員"): dropped. */
const JAPANESE_ROLE_TAIL = /\s*(?:記者|編集委員|論説委員|特派員|支局長|カメラマン)(?=\s*(?:[,、]|$))/gu;
/** The place before the reporter in a Japanese credit ("ワシントン＝山田太郎", "大阪＝鈴木花子"): dropped. */
const JAPANESE_PLACE_LEAD = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{1,10}\s*[＝=]\s*(?=\p{Script=Han})/u;
/**
 * A Japanese name is often written with a space between family and given name ("山田 太郎", "佐々木 健一"): on a Japanese
 * page two CJK words this short together are one person, not two (a Chinese page's "张三 李四" names two).
 */
const MAX_JA_SPACED_NAME = 5;
/** A byline wrapped whole in brackets: "（记者 张三）", "(Von Anna Dunst)". */
const WRAPPED = /^[（(]\s*([^()（）]+?)\s*[）)]$/u;
/** The source before the author on one line ("来源：新华网 作者：张三"): the outlet, dropped. */
const CJK_SOURCE_LEAD = /^(?:来源|來源)\s*[:：]\s*\S+\s+(?=\S)/u;
/** The reporter's title before the names, spaced or not ("记者王磊、李娜", "本报记者 周敏"): dropped. */
const CJK_REPORTER_LEAD = /^(?:本报|本報)?(?:记者|記者)\s*(?=\p{Script=Han})/u;
/** A broadcaster's or outlet's name before a Taiwanese reporting line's names ("晴空新聞 許雅雯、李冠廷／台北報導"): dropped. */
const CJK_OUTLET_LEAD = /^\p{Script=Han}{1,8}(?:新聞|新闻)(?:網|网|台)?\s+(?=\p{Script=Han})/u;
/** Where the reporters filed from, after the names ("周敏 何川 北京报道", "王信宏、林佳蓉／台中即時報導"): dropped. */
const CJK_REPORTED_FROM = /[\s／/]*[\p{Script=Han}]{1,6}?(?:即時)?(?:报道|報導|报导|報道)$/u;
/** A Japanese bureau or desk printed before the reporter ("潮見浦支局 浜口沙織記者", an ideographic space between; "東京本社 社会部 山田太郎"): dropped. */
const JAPANESE_BUREAU_LEAD =
  /^(?:[\p{Script=Han}\p{Script=Katakana}]{0,8}(?:支局|総局|支社|本社|通信部|報道部|社会部|経済部|政治部|編集局)\s+)+(?=\p{Script=Han})/u;
/** Several CJK names separated by spaces only ("张三 李四" after "记者"). */
const CJK_NAMES_SPACED = /^[\p{Script=Han}\p{Script=Hangul}·]{2,4}(?:\s+[\p{Script=Han}\p{Script=Hangul}·]{2,4})+$/u;

/**
 * CJK words that byline boxes hold besides names: comments, share, more, author, editor, home, login; Japanese desks
 * ("編集部", "社会部", "取材班", "福井総局": a department, a team or a bureau) and agencies ("共同通信"); Korean date labels alone
 * ("입력", posted; "수정", edited) beside a reporter's name in one box.
 */
const CJK_NOT_A_NAME =
  /[社网網报報台站部班局]$|中心$|通信$|(?:报道|報導|报导|報道|摄影?|攝影?)$|(?:日報|일보|신문|뉴스|방송|통신|미디어|닷컴)$|編集|人氣|人气|点击|點擊|留言|评论|評論|分享|更多|作者|编辑|編輯|首页|首頁|登录|登入|注册|註冊|返回|阅读|閱讀|关注|關注|订阅|訂閱|来源|來源|记者|記者|本报|本報|新闻|新聞|网友|網友|匿名|佚名|不详|不詳|未知|管理员|管理員|通讯员|通訊員|기자|특파원|편집|논설위원|^(?:입력|수정|승인|등록|송고|발행|게재|업데이트)$/u;

/**
 * Drops "By"-like prefixes (repeatedly: "Text: Von X") and trailing dates, separators and roles. Remembered: a byline's
 * parts are cleaned again at each step that reads them (some twenty replaces each time).
 */
export function cleanByline(raw: string): string {
  return cleanedByline(raw);
}

const cleanedByline = remembered((raw: string): string => {
  let s = cleanText(raw).replace(/^[\s:：|•·,–—-]+/u, '');
  for (let i = 0; i < 3; i++) {
    const next = s.replace(BYLINE_LEAD, '');
    if (next === s) break;
    s = next;
  }
  const dated = s
    .replace(KOREAN_ROLE_TAIL, '')
    .replace(JAPANESE_ROLE_TAIL, '')
    .replace(JAPANESE_PLACE_LEAD, '')
    .replace(DATE_TAIL, '')
    .replace(RELATIVE_DAY_TAIL, '')
    .replace(PUBLISHED_TAIL, '');
  return (TRAIL_HINT.test(dated) ? dated.replace(TRAIL, '') : dated)
    .replace(TRAILING_CONNECTOR, '')
    .replace(/[\s,;:–—|-]+$/u, '')
    .replace(SENTENCE_END, '')
    .trim();
});

/** The names an editor credit gives ("责任编辑：肖春芳", "[责任编辑:肖春芳]", "Edited by Jane Roe"); [] for any other text. */
export function editorCreditNames(raw: string): string[] {
  if (!EDITOR_HINT.test(raw)) return []; // most lines hold no editor's credit: the cleaning is skipped
  const text = cleanText(plainText(raw)).replace(/^[[(【\s]+|[\])】\s]+$/gu, '');
  const credit = EDITOR_CREDIT.exec(text);
  return credit ? creditedNames(text.slice(credit[0].length)) : [];
}

/**
 * The parts of a byline after its first that bare commas set off ("X, Chief Sustainability Officer", "X, Footwear Buyer,
 * Ridgeline Outfitters"), cleaned as parts are; not a part that a conjunction joins on ("X, Y and Z").
 */
function commaParts(byline: string): Set<string> {
  const parts = byline.split(/,\s*/u).slice(1);
  return new Set(parts.filter((p) => p && !/[;/、，&]|\s(?:and|und|et|y|e|en|og|och|i|и|ve)\s/iu.test(p)).map((p) => cleanByline(p)));
}

/**
 * A part that opens as a co-author's name does: with a popular given name or an initial ("Kathryn Watson", "J. Smith"),
 * or in a script without capitals, where the lists do not reach ("이영희 특파원").
 * A part after a bare comma that does not is the writer's affiliation, title or outlet ("Kestrel Bay Examiner",
 * "Chief Sustainability Officer", "Footwear Buyer, Ridgeline Outfitters"), not a second writer.
 */
function opensLikeName(part: string): boolean {
  return !/^\p{Lu}/u.test(part) || opensWithGivenName(part) || /^\p{Lu}\.\s?/u.test(part);
}

/**
 * The names in a byline, each checked; [] when any part is neither a name nor a role (so no byline). `lang` is the page's
 * language (html lang, og:locale): it decides whether "山田 太郎" is one Japanese name or two Chinese ones. `credited` says the
 * page names the text as a writer's credit (structured data, a line whose lead was cut): names in scripts without capitals
 * are read there, and where `raw` opens with a credit lead ("بقلم: X", "מאת X"), only.
 */
export function bylineNames(raw: string, siteNames: string[] = [], lang = '', credited = false): string[] {
  const printed = withoutLangLead(cleanText(plainText(raw)), lang);
  // a name in a script without capitals is read only where the page says it is a writer's (caselessName)
  const said = () => credited || CREDIT_LEAD.test(printed.replace(/^[\s:：|•·,–—-]+/u, ''));
  const byline = beforeDateline(printed);
  if (byline === null) return [];
  const text = byline
    .replace(WRAPPED, '$1')
    .replace(CJK_SOURCE_LEAD, '')
    .replace(CJK_OUTLET_LEAD, '')
    .replace(CJK_REPORTER_LEAD, '')
    .replace(CJK_REPORTED_FROM, '')
    .replace(JAPANESE_BUREAU_LEAD, '')
    .replace(LINK_IN_PARENS, ' ')
    .replace(HANDLE, ' ')
    .replace(PARENTHETICAL, ' ');
  if (!text || text.length > MAX_BYLINE_CHARS || COMMENTER.test(text) || opensOtherCredit(text) || EDITOR_CREDIT.test(text)) return [];
  const cleaned = cleanByline(withoutOtherCredits(text.replace(EDITOR_TAIL, '')));
  if (EMAIL_OR_LINK.test(cleaned)) return [];
  // each part as printed (set off by a comma or not) and without what follows a name: a place, an outlet, the site's name
  const printedParts = (invertedNames(cleaned) ?? (CJK_NAMES_SPACED.test(cleaned) ? spacedCjkNames(cleaned, lang) : splitAuthors(cleaned)))
    .filter((p) => !isPictureCredit(p))
    .map(cleanByline);
  const setOffPrinted = commaParts(cleaned);
  const setOff = new Set<string>();
  const parts = printedParts
    .map((p) => {
      const part = dropOutletSuffix(dropSiteSuffix(dropWrittenFor(withoutPlace(p)), siteNames));
      // "Text: X, Schriftführer FF Schnepfach": a part set off after the name stays set off without the site's name it ended with
      if (setOffPrinted.has(p)) setOff.add(part);
      return part;
    })
    .filter(Boolean);
  const names: string[] = [];
  for (const part of parts) {
    const named =
      isPersonName(part, siteNames, lang) || (caselessName(part, siteNames) && said()) ? part : nameAroundRole(part, siteNames, lang);
    if (named && names.length && setOff.has(part) && !opensLikeName(part)) continue; // "X, Kestrel Bay Examiner": an affiliation
    if (named) names.push(named);
    else if (
      names.length === 0 ||
      !(
        isRole(part) ||
        isAffiliation(part) ||
        PLACE.test(part) ||
        namesSite(part, siteNames) ||
        roleSetOff(part, part === parts[parts.length - 1])
      )
    )
      return [];
  }
  return withNicknames([...new Set(names)], printed);
  /**
   * The writer's office a bare comma sets off after a name, in a line that says it credits the writing: in lower case, as
   * many languages write roles ("Text: Eva Kmeťová, oddelenie komunikácie MsÚ", "Por Ana Ruiz, periodista"), or a few
   * words closed by a role's word ("By Brian Ssempijja, Northern Uganda Bureau Chief") or all capitalised, an outlet's or
   * an office's name ("Por X, New Mexico Roundhouse Report"). Only the line's last part: without
   * the credit's lead, or where parts in lower case follow one another (the Ilocano "Ni X, 63, a mannalon iti …, Dingras,
   * kinunana …" opens a sentence about X, its "ni" also a word of grammar), such a line is a sentence, and gives no byline.
   */
  function roleSetOff(part: string, last: boolean): boolean {
    if (!last || !setOff.has(part) || !said()) return false;
    const words = part.split(/\s+/u);
    if (/^\p{Ll}/u.test(part)) return true;
    // a few capitalised words that are no name: the writer's outlet or office ("Por X, New Mexico Roundhouse Report")
    return words.length <= MAX_SET_OFF_ROLE_WORDS && (isRoleWord(words[words.length - 1]!) || words.every((w) => /^\p{Lu}/u.test(w)));
  }
}

/**
 * A Catalan, Spanish or Portuguese double surname joined by its "and" ("Núria Ferrer i Oms", "José Ortega y Gasset", "Maria
 * Silva e Souza"): one surname word after the conjunction, closing the byline or a writer's part of it, after a given
 * name and a surname that open the part. "Anna Puig i Joan Soler" names two writers (a given name and a surname follow
 * the conjunction), "especialista en Endocrinología y Nutrición" a field.
 */
const SURNAME_AND =
  /(?<=(?:^|[,;|/·:]\s*|\s(?:and|i|y|e|&)\s)\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s(i|y|e)\s(?=\p{Lu}[\p{L}'’-]+(?:$|\s*[,;|/·]|\s(?:and|i|y|e|&)\s))/gu;
/** What holds a double surname's conjunction while the byline is split at the others: no space, so AUTHOR_JOIN passes it. */
const HELD = '\u2063';

/** The byline's parts, split at AUTHOR_JOIN, a double surname's conjunction held together. */
function splitAuthors(byline: string): string[] {
  const held = byline.replace(SURNAME_AND, `${HELD}$1${HELD}`);
  if (held === byline) return byline.split(AUTHOR_JOIN);
  return held.split(AUTHOR_JOIN).map((p) => p.replaceAll(HELD, ' '));
}

/** bylineNames of a text the page prints as a credit (structured data, a labelled or lead-cut credit line): `credited`. */
export function creditedNames(raw: string, siteNames: string[] = [], lang = ''): string[] {
  return bylineNames(raw, siteNames, lang, true);
}

/**
 * The scripts without letter case whose names are written in words (Arabic and Persian, Hebrew, Thai, Georgian, the Indic
 * scripts, Ethiopic): one of them per name, marks included.
 */
const CASELESS_SCRIPTS = [
  // Persian writes a word's parts apart with a zero-width non-joiner ("نیک‌فر", "محمدی‌نژاد"); the Indic scripts use it and the joiner in conjuncts
  /^[\p{Script=Arabic}\p{M}\u200c]+$/u,
  /^[\p{Script=Hebrew}\p{M}׳'-]+$/u,
  /^[\p{Script=Thai}\p{M}]+$/u,
  /^[\p{Script=Georgian}]+$/u,
  /^[\p{Script=Devanagari}\p{M}\u200c\u200d]+$/u,
  /^[\p{Script=Bengali}\p{M}\u200c\u200d]+$/u,
  /^[\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{M}\u200c\u200d]+$/u,
  /^[\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{M}\u200c\u200d]+$/u,
  /^[\p{Script=Ethiopic}]+$/u,
];
/**
 * Words of those scripts that name a desk, an agency, an outlet, a task or a kind of piece, never a person: Arabic's and
 * Persian's "agency", "news", "newspaper", "site", "team", "editing", "editor", "correspondent", "desk", "service", "group",
 * "translation", "photo"; Hebrew's "agency", "news", "editorial board", "team", "reporter"; Hindi's and Bengali's "desk",
 * "bureau", "news", "correspondent", "own reporter", "agency"; Georgian's "editorial office", "agency", "news"; and words of
 * grammar ("شده توسط", "written by" run on after a lead cut short; Hindi's "के बारे में", "about"). Thai, written
 * without spaces between words, is matched inside the words.
 */
const CASELESS_NOT_A_NAME = new Set(
  (
    'وكالة وكالات الأنباء أنباء صحيفة جريدة موقع الموقع قناة فريق تحرير التحرير المحرر محرر محررة قسم بوابة مركز هيئة وزارة مجلس ' +
    'شركة مكتب المكتب خاص خاصة مراسل مراسلنا مراسلة المراسل الأخبار أخبار اليوم نيوز الإعلام إعلام الإعلامي مصدر المصدر متابعات ' +
    'خدمة رويترز الصحفي صحفي الكاتب كاتب رأي منوعات ترجمة تصوير إعداد الإخباري الإخبارية إدارة ادارة المحررين ' +
    'خبرگزاری گروه سرویس تحریریه خبرنگار روزنامه خبر اخبار پایگاه دفتر عکس ترجمه گزارش مدیر سایت ادمین ' +
    'סוכנות חדשות מערכת המערכת צוות כתב כתבנו כתבת עורך עורכת דוברות לשכת משרד עיריית אתר צילום תרגום ' +
    // Urdu's and Pashto's "desk", "monitoring", "report", "reporter", "correspondent", "bureau", "agency", "staff", "web", "team"
    'ڈیسک ډیسک مانیٹرنگ رپورٹ رپورٹر نمائندہ نمائندے نامہ بیورو ایجنسی اسٹاف سٹاف ویب ٹیم خبریال ' +
    'डेस्क ब्यूरो न्यूज़ न्यूज संवाददाता टीम एजेंसी भाषा वार्ता समाचार संपादक डिजिटल ऑनलाइन प्रतिनिधि रिपोर्टर ' +
    'ডেস্ক প্রতিবেদক নিজস্ব সংবাদদাতা বার্তা সংস্থা অনলাইন টিম প্রতিনিধি নিউজ ' +
    // Tamil's "team" and "news desk"
    'குழு செய்திப்பிரிவு ' +
    'რედაქცია სააგენტო ამბები ჟურნალისტი ავტორი ფოტო ' +
    // words of grammar: "from", "in", "on", "by", "became" (ar, fa, hi)
    'من في على عن إلى مع هذا شده توسط از در با که این آن के में की का से को ने और है'
  )
    .split(' ')
    .map(arabicLetters),
);
/**
 * The Arabic letters yeh and kaf as Persian and Urdu write them ("نيوز" and "نیوز" are one word, "news"): words are
 * compared so, whichever keyboard wrote them. Not alef maksura: Arabic tells "على" (on) from the name "علي" by it.
 */
function arabicLetters(w: string): string {
  return w.replace(/\u064a/gu, '\u06cc').replace(/\u0643/gu, '\u06a9');
}
const THAI_NOT_A_NAME = /กองบรรณาธิการ|ทีมข่าว|ทีมงาน|สำนักข่าว|ผู้สื่อข่าว|ข่าว|บรรณาธิการ|แอดมิน|ฝ่าย/u;
/** The site's admin account and desk in Hebrew: "מנהל האתר" (site admin), "מערכת X" (the desk), "הנהלת האתר". */
const HEBREW_NOT_A_NAME = /^(?:מנהל(?:ת)?\s+(?:ה)?אתר|הנהלת\s+(?:ה)?אתר|מערכת(?:\s|$))/u;
/** A name in those scripts holds 2 to 4 words (Thai writes given name and surname: 2, with a title 3). */
const MAX_CASELESS_WORDS = 4;
/**
 * A word after the first opening with the conjunction "and" written onto it (Arabic and Persian و, Hebrew ו): "أحمد علي
 * ومحمد حسن", "נועה ברק ואיתי גולן" are two names run together. Names opening so ("وليد", "ויסמן") are not read: a byline
 * lost, never two writers read as one.
 */
const JOINED_AND = /^[وו]/u;

/**
 * A name in a script without capitals (Arabic, Persian, Hebrew, Thai, Georgian, Hindi, Bengali …): 2 to 4 words of one such
 * script, none a desk's or an agency's word, none run onto "and", not the site's name. Such words cannot be told from a
 * name by their shape, so bylineNames reads them only where the page says the name is a writer's.
 */
function caselessName(s: string, siteNames: string[]): boolean {
  const words = s.split(/\s+/u);
  if (words.length < 2 || words.length > MAX_CASELESS_WORDS) return false;
  const full = words.filter((w) => !SCRIPT_INITIALS.test(w));
  const script = CASELESS_SCRIPTS.find((re) => re.test(full[0] ?? ''));
  if (!script || !full.length) return false;
  // initials in the name's script before it ("கா. செல்வராஜ்", "ടി.കെ. അനൂപ്", "ಎಂ.ಎಸ್. ನಾಗರಾಜ": the South Indian initial of the
  // father's or the place's name), each a syllable or two and a dot
  if (!words.every((w) => !SCRIPT_INITIALS.test(w) || w.split('.').every((i) => i === '' || script.test(i)))) return false;
  // each word two letters at least, its vowel signs aside: Hindi's "के", "में", "की" are words of grammar, no name's
  if (!full.every((w) => script.test(w) && (w.match(/\p{L}/gu)?.length ?? 0) >= 2)) return false;
  if (
    words.some((w, i) => CASELESS_NOT_A_NAME.has(arabicLetters(w)) || (i > 0 && JOINED_AND.test(w))) ||
    THAI_NOT_A_NAME.test(s) ||
    HEBREW_NOT_A_NAME.test(s)
  )
    return false;
  return !namesSite(s, siteNames);
}

/** A word of initials: one to four letters with their vowel signs and a dot, once or more ("கா.", "ടി.കെ.", "ಎಂ.ಎಸ್."). */
const SCRIPT_INITIALS = /^(?:[\p{L}\p{M}]{1,4}\.)+$/u;

/** A US state's or a country's abbreviation after a dateline's city ("BATON ROUGE, La.", "HAMBURG, Germany"). */
const DATELINE_REGION = /,\s*\p{Lu}[\p{L}.]{0,12}$/u;
/** A word in capitals (a dateline's place: "WASHINGTON", "ST. LOUIS", "N'DJAMENA"). */
const CAPS_WORD = /^[\p{Lu}\p{M}.'’-]+$/u;

/**
 * The byline before a wire dateline run into it ("By Jane Roe WASHINGTON (AP) —" → "By Jane Roe"): the place is the run
 * of words in capitals before the agency. Null when the name is in capitals too ("By JANE ROE WASHINGTON (AP) —"): there
 * is no telling where the name ends and the place begins, and a wrong name is worse than none.
 */
function beforeDateline(s: string): string | null {
  const m = WIRE_DATELINE.exec(s);
  if (!m) return s;
  const words = s.slice(0, m.index).trim().replace(DATELINE_REGION, '').split(/\s+/u);
  let end = words.length;
  while (end > 0 && CAPS_WORD.test(words[end - 1]!)) end--;
  if (end === words.length) return s.slice(0, m.index).trim(); // no place printed: "By Jane Roe (AP) —"
  return end > 0 && /\p{Ll}/u.test(words[end - 1]!) ? words.slice(0, end).join(' ') : null;
}

/** "张三 李四" → two names; "山田 太郎" on a Japanese page → one, as printed. */
function spacedCjkNames(s: string, lang: string): string[] {
  const words = s.split(/\s+/u);
  return JA_LANG.test(lang) && words.length === 2 && words.join('').length <= MAX_JA_SPACED_NAME ? [words.join(' ')] : words;
}

/** The names with the nicknames the byline printed between their words put back ("Richard Eskow" → "Richard (R.J.) Eskow"). */
function withNicknames(names: string[], printed: string): string[] {
  if (!printed.includes('(')) return names;
  let out = names;
  for (const m of printed.matchAll(NICKNAME)) {
    const [given, nick, surname] = [m[1]!, m[2]!, m[3]!];
    const plain = `${given} ${surname}`;
    out = out.map((n) => (n.includes(plain) ? n.replace(plain, `${given} (${nick}) ${surname}`) : n));
  }
  return out;
}

/**
 * "Scappaticci, Elena", "Hines, P. J.", "Ash, C., Mueller, K. L.": library order, surname first, as feeds and
 * journals print it. Every comma-separated token a single surname or given name (or initials) and an even count:
 * the pairs turned into "Elena Scappaticci", "P. J. Hines". Null for anything else ("Jill Disis, CNN").
 */
function invertedNames(s: string): string[] | null {
  if (!s.includes(',') || /\s(?:and|und|et|y|&)\s/iu.test(s)) return null;
  const tokens = s.split(/\s*,\s*/u);
  if (tokens.length % 2 !== 0 || !tokens.every((t) => NAME_TOKEN.test(t) && !ROLE.test(t))) return null; // "Paris, Reuters" is a dateline
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    const [surname, given] = [tokens[i]!, tokens[i + 1]!.trim()];
    // An acronym in a pair is an agency ("PTI, Washington"), unless the names are all capitals ("LAPALU, N.", "DUPONT, JEAN").
    const caps = [surname, given].filter((t) => ACRONYM.test(t)).length;
    if (caps === 1 && !(ACRONYM.test(surname) && INITIALS.test(given))) return null;
    names.push(`${given} ${surname}`);
  }
  return names;
}

/**
 * The name after the role words that lead a part ("KN-Redakteurin Anna Dunst", "Staff Writer Jane Roe", "Chefredakteur Max
 * Muster"), or undefined: every word before the name must be a role word.
 */
function nameAfterRole(part: string, siteNames: string[], lang: string): string | undefined {
  if (namesSite(part, siteNames)) return undefined; // the site's own name ("Rádio Voz do Marão" as meta author) names no one
  const words = part.split(/\s+/u);
  for (let i = 1; i < words.length && isRoleWord(words[i - 1]!); i++) {
    const rest = words.slice(i).join(' ');
    if (isPersonName(rest, siteNames, lang)) return rest;
  }
  return undefined;
}

/** The name with a role before it ("Staff Writer Jane Roe") or a job after it ("Erik Lindqvist Reporter"), or undefined. */
function nameAroundRole(part: string, siteNames: string[], lang: string): string | undefined {
  return nameAfterRole(part, siteNames, lang) ?? nameBeforeRole(part.split(/\s+/u), siteNames, lang);
}

/** A journalist's job after the name ("Reporter", "Redakteurin", "Correspondent"): not a desk's or an outlet's word. */
const JOB =
  /^(?:writer|reporter(?:in)?|editor|correspondent|columnist|contributor|journalist(?:in)?|redakteur(?:in)?|korrespondent(?:in)?|photographer|fotograf(?:in)?|verslaggever|giornalista|periodista|journaliste|repórter|jornalista|redaktör|corrispondente|correspondante?|inviat[oa]|enviad[oa]|chroniqueu(?:r|se)|columnista|redactora?|rédact(?:eur|rice)|presidente|présidente?|president|präsident(?:in)?|presidenta|ministr[oa]|minister(?:in)?|sindac[oa]|maire|alcalde(?:sa)?|bürgermeister(?:in)?|prezes|prezydent|burmistrz)$/iu;
/** Words a job is qualified by ("Senior Staff Writer", "Leitende Redakteurin", "Political Correspondent"). */
const JOB_MODIFIER =
  /^(?:senior|chief|staff|deputy|managing|associate|contributing|freelance|political|sports?|business|science|foreign|special|investigative|local|leitende[rn]?|stellvertretende[rn]?|freie[rn]?|politische[rn]?)$/iu;

/**
 * The name before a job with no comma between ("Erik Lindqvist Reporter", "Jane Roe Senior Staff Writer"), as a byline box
 * prints a name and a role in two spans; every word after the name must be a job or a word that qualifies it.
 */
function nameBeforeRole(words: string[], siteNames: string[], lang: string): string | undefined {
  if (!JOB.test(words[words.length - 1]!)) return undefined;
  let start = words.length;
  while (start > 2 && (JOB.test(words[start - 1]!) || JOB_MODIFIER.test(words[start - 1]!))) start--;
  const name = words.slice(0, start);
  // A desk may stand between the name and the job ("Ben Silverman Games Editor", readability/yahoo-1; "Benjamin Romano
  // Seattle Times staff reporter"): only a given name and a surname, with a particle or an initial between, are read.
  const shaped = name.length === 2 || (name.length === 3 && (PARTICLE.test(name[1]!) || /^\p{Lu}\.$/u.test(name[1]!)));
  const joined = name.join(' ');
  return shaped && !name.some(isRoleWord) && isPersonName(joined, siteNames, lang) ? joined : undefined;
}

function isRoleWord(w: string): boolean {
  return ROLE.test(w) || w.split('-').some((p) => ROLE_WORD.test(p));
}

/** "AP National Security Writer", "CNN Editor-at-large", "Associated Press", "MA", "University of Riverside": a role, an outlet or an institution. */
function isRole(part: string): boolean {
  const words = part.replace(ROLE_AT, '').split(/\s+/u);
  if (words.some((w) => w.split('-').some((p) => ORG_WORD.test(p)))) return true; // "University of Riverside": an affiliation
  return isRoleWord(words[0]!) || (words.length <= MAX_ROLE_WORDS && isRoleWord(words[words.length - 1]!));
}

/** A credit line naming no person is short: "Von Redaktion Kieler Zeitung", "By The Associated Press". */
const MAX_DESK_CREDIT_CHARS = 60;

/**
 * A credit line that names a desk, an agency, a job or the site and no person ("Von dpa", "By Staff Reporter", "Par La
 * Rédaction", "Von Lokalredaktion", "Por Redacción"): the story's credit, not its text, though no byline comes of it.
 */
export function isDeskCredit(raw: string, siteNames: string[] = []): boolean {
  const text = cleanText(raw);
  if (text.length > MAX_DESK_CREDIT_CHARS || !CREDIT_LEAD.test(text) || /[.!?]$/u.test(text)) return false;
  const parts = cleanByline(text)
    .split(AUTHOR_JOIN)
    .map((p) => p.trim())
    .filter(Boolean);
  const desk = (p: string) => (isRole(p) && !givenNameAfterRole(p)) || ORG_COMPOUND.test(p) || namesSite(p, siteNames);
  return parts.length > 0 && parts.every(desk);
}

/** A role followed by a given name ("KN-Redakteurin Anna Dunst", "Staff Writer Jane Roe"): a person is credited after all. */
function givenNameAfterRole(part: string): boolean {
  const words = part.split(/\s+/u);
  return words.some((_, i) => i > 0 && opensWithGivenName(words.slice(i).join(' ')));
}

/** Where a role is held, after it: "Software Engineer on Google Play", "Reporter at the Times", "Redakteurin bei der Zeit", "animateur terrain à Tassaga". */
const ROLE_AT = /\s+(?:on|at|bei|chez|für|à|au|aux)\s+\S.*$/u;

/** One word after a name ("Futurism", "Cleveland.com", "CNN", "RDN"): the outlet or a credential, not a second person. */
function isAffiliation(part: string): boolean {
  const words = part.split(/\s+/u);
  if (words.length <= 3 && outletLed(words)) return true; // "The Guardian", "Le Figaro", "ARD-Studio Paris"
  return words.length === 1 && !NOT_A_NAME.test(part);
}

/**
 * Words shaped like an outlet's name: led by an article ("The Guardian", "Der Spiegel"), a Romance article before one
 * word ("Le Monde"), or an acronym, alone or hyphenated to a word, before words in mixed case ("PBS Space Time",
 * "ARD-Studio Paris"; all-caps names such as "DAVID PORTER" are not).
 */
function outletLed(words: string[]): boolean {
  const lead = words[0]!;
  return (
    ARTICLE.test(lead) ||
    (ROMANCE_ARTICLE.test(lead) && words.length === 2) ||
    (ACRONYM.test(lead.split('-')[0]!) && !words.every((w) => w === w.toUpperCase()))
  );
}

/**
 * True for a name-shaped string: capitalised words (particles aside), no digits, no site name, login or navigation, and
 * not a phrase of common words alone ("View All", "Expert Picks": see name-lexicon). `lang` is the page's language.
 */
export function isPersonName(s: string, siteNames: string[] = [], lang = ''): boolean {
  if (CJK_NAME.test(s) || (CJK_SPACED_NAME.test(s) && s.length <= MAX_JA_SPACED_NAME + 1) || (JA_LANG.test(lang) && JA_LONG_NAME.test(s)))
    // a known agency in the name's shape is none ("뉴시스", "共同通信")
    return !CJK_NOT_A_NAME.test(s.replace(' ', '')) && !namesSite(s, siteNames) && canonicalOutlet(s) === null;
  if (/[\d@_#=+*<>{}[\]\\/]|\.\p{L}{2,}$/u.test(s) || NOT_A_NAME.test(s) || NOT_A_NAME_INTL.test(s)) return false;
  if (namesSite(s, siteNames) || startsWithSite(s, siteNames) || isMediaGroup(s)) return false;
  if (PLATFORM_ACCOUNT.test(s)) return false;
  if (MACHINE.test(s)) return false;
  // A name opens with the given name: a particle in lower case first is a surname alone ("de Jong") or a place after a
  // name ("Carla Mendes, de São Paulo"). In capitals a particle may start one ("Al Root", "Van Morrison").
  const all = s.split(/\s+/u);
  if (PARTICLE.test(all[0]!)) return false; // PARTICLE is lower case
  // "de los", "de las" join a surname to a given name ("Gonzalo Ibarra de los Santos") as often as a place's words ("Paso de los Tordos")
  if (all.some((w) => w === 'los' || w === 'las') && !opensWithGivenName(s)) return false;
  // a known outlet after a particle closing the string is a credit's words, whatever precedes: "Scris de Mediafax" (ro,
  // written by), "Equipo de Europa Press"
  const particle = all.findIndex((w, i) => i > 0 && PARTICLE.test(w));
  if (particle > 0 && particle < all.length - 1 && canonicalOutlet(all.slice(particle + 1).join(' ')) !== null) return false;
  const words = all.filter((w, i) => !PARTICLE.test(w.toLowerCase()) || i === 0 || w === s);
  if (words.length < 2 || words.length > MAX_NAME_WORDS || outletLed(words) || wireLed(words[0]!)) return false;
  if (!words.every((w) => /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u.test(w))) return false;
  // Two words run together where two spans met ("LindqvistReporter"); a name's inner capital follows a short prefix ("McDonald", "DeShawn", "FitzGerald").
  if (words.some((w) => RUN_TOGETHER.test(w))) return false;
  if (words.some((w) => w.split('-').some((p) => ROLE_WORD.test(p) || ORG_WORD.test(p) || ORG_COMPOUND.test(p) || GREEK_ORG.test(p))))
    return false;
  if (!words.some((w) => w.replace(/[.'’-]/gu, '').length >= 2) || words[words.length - 1]!.replace(/\./gu, '').length < 2) return false;
  // a known wire ("PR Newswire" as meta author) is looked up last: the lookup tries every outlet's pattern on a new string
  return !isCommonPhrase(words, lang) && canonicalOutlet(s) === null;
}

/** Words at the end of a byline part that can be the site's name ("Florida Today", "USA TODAY", "Business Insider"). */
const MAX_SITE_WORDS = 3;
/** A site key shorter than this ("ap", "tv") is too common to match words by. */
const MIN_SITE_KEY = 3;

/** "Kevin McCoy USA TODAY" → "Kevin McCoy": the site's own name printed after the person's (on usatoday.com). */
function dropSiteSuffix(part: string, siteNames: string[]): string {
  const words = part.split(/\s+/u);
  const keys = words.length > 2 ? siteKeys(siteNames) : [];
  for (let k = Math.min(MAX_SITE_WORDS, words.length - 2); k >= 1; k--) {
    if (isSiteKey(words.slice(-k).join(' '), keys)) return words.slice(0, -k).join(' ');
  }
  return part;
}

/** The part without a place after the name (TRAILING_PLACE), when two words are left before it. */
function withoutPlace(part: string): string {
  return TRAILING_PLACE.exec(part)?.[1] ?? part;
}

/** "… for Mailonline", "… Special for USA TODAY", "… für die Zeit", "… pour Le Monde", "… para EL PAÍS": whom the person wrote for, after the name. */
const WRITTEN_FOR = /^(.+?)\s+(?:(?:special|spezial|especial|spécial)\s+)?(?:for|für|pour|para)\s+\S.*$/iu;

/**
 * "Jane Roe For Mailonline", "JANE ROE, US POLITICAL REPORTER FOR DAILYMAIL.COM" → the person (and a role): the outlet a
 * byline says the story was written for is no part of the name, even capitalised like one. Only when at least two words
 * are left ("Words for Jane" stays whole, and is no name).
 */
function dropWrittenFor(part: string): string {
  const m = WRITTEN_FOR.exec(part);
  return m && m[1]!.split(/\s+/u).length >= MIN_NAME_WORDS ? m[1]! : part;
}

/** Words of an outlet's name read at the end of a byline part ("Associated Press", "The Washington Post"). */
const MAX_OUTLET_WORDS = 3;
/** Words a part keeps when an outlet is dropped from its end: a name has at least two. */
const MIN_NAME_WORDS = 2;

/**
 * "Anna Dunst Reuters", "JANIE HAR Associated Press", "Janie Har AP Sports Writer", "Jane Roe The Guardian" → the person.
 * A byline box that prints the name and the outlet on two lines without a comma reads as one run of words, and the
 * outlet's words are capitalised like a surname's. Only a well-known outlet (policy/outlets) or a name led by "The" (a
 * German or Dutch article is as often a particle: "Van Der Berg"), alone or with a role after it, and only when at least
 * two words are left.
 */
function dropOutletSuffix(part: string): string {
  const words = part.split(/\s+/u);
  for (let start = MIN_NAME_WORDS; start < words.length; start++) {
    if (isOutletTail(words.slice(start))) return words.slice(0, start).join(' ');
  }
  return part;
}

/** An outlet's name, with nothing or a role after it ("AP Sports Writer"). */
function isOutletTail(tail: string[]): boolean {
  for (let k = Math.min(MAX_OUTLET_WORDS, tail.length); k >= 1; k--) {
    const name = tail.slice(0, k);
    const rest = tail.slice(k).join(' ');
    const articleLed = k >= 2 && name[0] === 'The' && name.slice(1).every((w) => /^\p{Lu}/u.test(w)); // not "van der Berg"
    if ((articleLed || canonicalOutlet(name.join(' ')) !== null) && (!rest || isRole(rest))) return true;
  }
  return false;
}

/** "CNN Business", "Reuters Staff": a part whose first words are the site's own name is the outlet or its desk, not a person. */
function startsWithSite(part: string, siteNames: string[]): boolean {
  const words = part.split(/\s+/u);
  const keys = words.length > 1 ? siteKeys(siteNames) : [];
  for (let k = 1; k <= Math.min(MAX_SITE_WORDS, words.length - 1); k++) if (isSiteKey(words.slice(0, k).join(' '), keys)) return true;
  return false;
}

/** The site names squashed once per part: isSiteKey squashed every one of them again for each run of words it tried. */
function siteKeys(siteNames: string[]): string[] {
  return siteNames.map(siteKey);
}

function isSiteKey(words: string, keys: string[]): boolean {
  const key = siteKey(words);
  return key.length >= MIN_SITE_KEY && keys.includes(key);
}

/** Squashed and without accents: a host has none ("Xela al Día" is xelaaldia.blogspot.com's). */
function siteKey(s: string): string {
  return foldAccents(squash(s));
}

const squash = remembered((s: string): string => loose(s).replace(/ /gu, ''));

/** `s` is one of the site names, folded alike (with or without spaces); `s` is folded once, not once per name. */
function namesSite(s: string, siteNames: string[]): boolean {
  if (!siteNames.length) return false;
  const b = loose(s);
  const unspaced = b.replace(/ /g, '');
  return siteNames.some((site) => {
    const a = loose(site);
    if (!a) return false;
    // the site's name without the word for its kind before it ("صحيفة مرصد الرياض", the newspaper Marsad Riyadh)
    const named = a.replace(SITE_KIND_LEAD, '');
    return a === b || a.replace(/ /g, '') === unspaced || named === b;
  });
}

/** The word for a newspaper, a site or a channel before its name, in Arabic and Persian: "صحيفة X", "جريدة X", "موقع X", "قناة X", "روزنامه X". */
const SITE_KIND_LEAD = /^(?:صحيفة|جريدة|موقع|قناة|مجلة|وكالة|روزنامه|پایگاه|سایت)\s+/u;
