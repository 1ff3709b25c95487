/**
 * The words printed before a writer's name: "By", "Von", "Par", "Written by", "Ein Kommentar von", "Text:", "作者：" … One
 * list for the two jobs that read them: which printed lines say they are a credit (byline-line.ts) and what is cut off a
 * credit before its names are checked (person-name.ts). Two lists drifted apart before: "Analysis by X" was cut right but
 * never read as a credit line. Pure.
 */

interface Lead {
  /** A regular-expression alternative (case-insensitive, Unicode). */
  source: string;
  /**
   * True when the word alone makes a line a writer's credit. False for words only cut off a credit found otherwise:
   * academic titles, other tasks' labels, words that open ordinary sentences too ("da", "от", "Interview").
   */
  credit: boolean;
}

/** "And" joining the writing and the pictures in one credit: de, en, fr, es/it/pt, no/da/sv, nl, cs/sk, pl/hr, sl, hu. Pure data. */
export const AND_WORD = 'und|and|et|y|e|og|och|en|a|i|in|és';

/** Genres of a piece that a credit names before its writer ("A column by", "Ein Kommentar von", "Une tribune de"). */
const GENRES: Record<'en' | 'de' | 'fr' | 'es' | 'it' | 'pt', string> = {
  en: 'column|opinion piece|analysis|essay|commentary|guest post|guest column|op-ed|feature|report|story|interview|dispatch',
  de: 'beitrag|gastbeitrag|bericht|artikel|kommentar|gastkommentar|interview|analyse|kolumne|reportage|glosse|essay|meinung|porträt|rezension|kritik|leitartikel|nachruf|feature',
  fr: 'chronique|tribune|analyse|article|éditorial|reportage|enquête|entretien|billet|critique',
  es: 'columna|análisis|artículo|crónica|opinión|reportaje|tribuna|entrevista',
  it: 'articolo|analisi|commento|editoriale|rubrica|reportage|intervista',
  pt: 'artigo|coluna|análise|crônica|crónica|opinião|reportagem|entrevista',
};

const LEADS: readonly Lead[] = [
  // "Written by", "Analysis by", "Story by", "Words by", "Opinion by" …; pictures and edits are other tasks (other-credit.ts),
  // and "Review by" is as often a shop's customer review as a critic's.
  {
    credit: true,
    // (and a live page's "Live reporting by X and Y"; a bare "Reporting by" is a wire's sign-off, the story the agency's)
    source: '(?:written|posted|reported|report|published|compiled|words|story|text|analysis|opinion|commentary|live\\s+reporting)\\s+by\\b',
  },
  { credit: false, source: '(?:photos?|edited|review)\\s+by\\b' },
  // A product review's writer: "Recensito da X" (it), "Getestet von X" (de), "Probado por X" (es), "Testé par X" (fr).
  { credit: false, source: 'recensito da|testato da|getestet von|probado por|testé par' },
  // "Text und Fotos: X", "Text & Bild: X", "Words and pictures by X", "Texte et photos : X", "Texto y fotos: X", "Text a foto: X"
  // (cs, sk), "Tekst i foto: X", "Tekst i zdjęcia: X" (pl, hr), "Tekst in foto: X" (sl): one person wrote and photographed, and the writer is credited.
  {
    credit: true,
    source: `(?:text|texte|texto|testo|tekst|words)\\s*(?:${AND_WORD}|&|\\+)\\s*(?:fotos?|foto|fotó|bilder?|bild|photos?|pictures|images|immagini|zdjęcia|entrevista|interview|intervista|entretien)(?:\\s+by)?`,
  },
  { credit: true, source: 'as\\s+told\\s+to\\b' },
  // "Guest post by X", "Guest column by X": a guest piece's credit printed without an article.
  { credit: true, source: 'guest\\s+(?:post|column|essay|article|piece|blog|commentary|contribution)\\s+by\\b' },
  // "A column by X", "An analysis by X": an article and a genre before the by-word. Genres named, not any word: "A win by
  // Rafael Nadal", "Ein Sieg von X", "Une victoire de X" are a teaser's or a caption's words, not a credit.
  { credit: true, source: `an?\\s+(?:${GENRES.en})\\s+by\\b` },
  { credit: true, source: 'by|von|par|por|di|door|av|af' },
  // "Piše X", "Pišu: X, Y" ("writes", "write": Croatian, Bosnian, Serbian, Slovenian), "Napisao X" / "Napisala X" ("written by"),
  // Slovak and Czech "Napísal(a) X", "Napsala X".
  { credit: true, source: 'piše|pišu|пише|пишу|napisao|napisala|napisal|napísal(?:a|\\(a\\))?|napsal(?:a|\\(a\\))?' },
  // Māori "Nā X" ("by", with its macron: "Na" is a Swahili by-word and a Korean surname, read by language in person-name.ts)
  { credit: true, source: 'nā' },
  // Greek "Από X" ("by"): a preposition no name opens with; "Γράφει ο X" / "Γράφει η X" ("writes"), "Γράφουν οι X, Y"; the
  // genitive article of a paper's byline, "Του X" / "Της X" / "Των X και Y" ("[the article] of X"), the name then in the
  // genitive; "Συνέντευξη στη X" (interview given to X, the interviewer); the labels "Συντάκτης:", "Συντάκτες" (writers) and
  // a broadcaster's "Ρεπορτάζ:" (report), with the colon only.
  {
    credit: true,
    source:
      'από|γράφει(?:\\s+(?:ο|η))?|γράφουν(?:\\s+οι)?|του|της|των|συνέντευξη\\s+στ(?:ην|ον|η|ο)|συντάκτ(?:ης|ρια|ες)|ρεπορτάζ(?=\\s*[:：])',
  },
  { credit: false, source: 'vom|da|från|od|przez|от|од' },
  // "Ein Bericht von X", "Eine Analyse von X", "Kommentar von X" (de); "Une chronique de X", "Un article d'Élodie X" (fr), "Una columna de X"
  // (es), "Un articolo di X" (it); without the article in Portuguese and Spanish headers: "Artigo de X", "Artículo de X".
  { credit: true, source: `(?:eine?\\s+)?(?:${GENRES.de})\\s+von` },
  { credit: true, source: `(?:um[a]?\\s+)?(?:${GENRES.pt})\\s+(?:de|do|da)|(?:${GENRES.es})\\s+de` },
  {
    credit: true,
    source: `un[ae]?\\s+(?:${GENRES.fr}|${GENRES.es})\\s+de|une?\\s+(?:${GENRES.fr})\\s+d['’]|una?\\s+(?:${GENRES.it})\\s+di`,
  },
  // Academic titles before a name ("von Dr. Anna Dunst", "Prof. Dr. Max Muster", "por la Dra. Inés X", "mr. Sanne X"): the name is the person's without them.
  {
    credit: false,
    source:
      'prof\\.|(?:(?:la|el)\\s+)?dra?\\.(?:\\s*(?:med|phil|rer\\.\\s*nat|jur|h\\.\\s*c)\\.)*|mag\\.|dipl\\.-ing\\.|priv\\.-doz\\.|' +
      // the Dutch titles, in lower case: a lawyer's "mr.", "drs.", an engineer's "ir.", "ing." ("mr. Sanne de Vries"); the
      // Arabic "د." (Dr.)
      'mr\\.|drs\\.|ir\\.|ing\\.|د\\.|' +
      // the Czech and Slovak degrees before a name ("Mgr. Petra X", "Bc. Jan X", "PhDr. Eva X")
      'mgr\\.|bc\\.|phdr\\.|rndr\\.|mudr\\.|judr\\.|paeddr\\.',
  },
  // Offices before a name ("Text: Pfarrerin Dorothea Weinmann", "Rev. Jane Roe", "Bürgermeister Max Muster", a British councillor's "Cllr Jane Roe", "Autorin: Rechtsanwältin Dr.
  // Julia X", a law firm's blog): not "Pastor", a given name too.
  {
    credit: false,
    source:
      'pfarrer(?:in)?|pfr\\.|pastorin|diakon(?:in)?|dekan(?:in)?|rev\\.|reverend|(?:ober)?bürgermeister(?:in)?|landrat|landrätin|cllr\\.?|councill?or|' +
      '(?:fach)?rechtsanw(?:alt|ältin)|notar(?:in)?|steuerberater(?:in)?|wirtschaftsprüfer(?:in)?',
  },
  {
    credit: true,
    source:
      'propos recueillis par|protokoll|aufgezeichnet von|publié par|écrit par|rédigé par|posté par|a cura di|scritto da|pubblicato da|' +
      'geschreven door|geplaatst door|redactado por|redigido por|escrito por|publicado por|' +
      // a critic's credit closing a German review: "Rezensiert von X", "Besprochen von X"
      'rezensiert von|besprochen von|' +
      // Romanian "written by", "published by" (Joomla's "Scris de X")
      'scris de|publicat de|' +
      // an interview's interviewer: Polish "Rozmawiał(a) X", "Rozmawiali X i Y", Czech "Ptal(a) se X", "Rozhovor vedl(a) X", Slovak
      // "Pýtal(a) sa X", "Rozhovor viedol/viedla X"
      'rozmawiał(?:a)?|rozmawiali|ptal(?:a)?\\s+se|pýtal(?:a)?\\s+sa|rozhovor\\s+(?:vedl(?:a)?|viedol|viedla)|' +
      'geschrieben von|verfasst von|gepostet von|veröffentlicht von|erstellt von|eingestellt von|' +
      // Blogger's Turkish "Posted by" and a portal's "published by"
      'gönderen|yayınlayan',
  },
  // "Von unserem Korrespondenten X" (de), "par notre envoyé spécial X" (fr): after the "Von" / "par" already cut.
  {
    credit: false,
    source:
      'unser(?:em|er) (?:eigenen? )?(?:korrespondent(?:en|in)|redakteur(?:in)?|reporter(?:in)?|mitarbeiter(?:in)?)|' +
      'not(?:re) (?:envoyée? spéciale?|correspondante?|journaliste)',
  },
  // "de nuestro corresponsal X" (es), "Van onze verslaggever X" (nl), "dal nostro inviato X" (it): "by our reporter".
  {
    credit: true,
    source:
      'de nuestr[oa] (?:corresponsal|enviad[oa] especial|reporter[oa])|' +
      '(?:van |door )?onze (?:eigen )?(?:verslaggever|verslaggeefster|correspondent|correspondente|redacteur|redactrice)|' +
      '(?:dal|dalla) nostr[ao] (?:inviat[oa]|corrispondente)',
  },
  // "Autor: X", "Autorin X", "Gastautor: X", "Author: X", "Text: X", "Tekst: X" (nl, pl, no), "Texto: X" (pt, es), "Yazar: X" (tr),
  // Somali "W/Q: X" / "Waxaa qoray X" (written by), Greek "Κείμενο: X" (text) …
  {
    credit: true,
    source:
      '(?:gast)?autor(?:in|innen|en|es|a|ica|ka|\\*in|:in|_in)?|auteur(?:e)?|(?:guest\\s+)?author(?:\\s+of\\s+the\\s+article)?|authors|text|texte|textes|textos|tekst|tekster|texter|texto|teksti|texti|bericht|' +
      'текст|автор|авторы|аутор|корреспондент|yazar|muhabir|penulis|pewarta|wartawan|words(?=\\s*[:：])|story(?=\\s*[:：])|kirjoittaja|w/q(?=\\s*[:：])|waxaa\\s+qoray|κείμενο(?=\\s*[:：])',
  },
  { credit: false, source: 'redaktion|reporter|reportage|recherche|interview|fotos?|bilder|photos?|фото|opr\\.' },
  // A blogger's sign-off before the name ("Eure Lisa", "Yours, Tom", "Bisous, Léa"): the name is what follows.
  { credit: false, source: 'eure|euer|deine?|yours(?:\\s+truly)?|cheers|xoxo|bisous|bises|besos|saluti|groetjes' },
  // "Testo di X", "Servizio di X" (it), "Reportagem de X" (pt).
  { credit: true, source: '(?:testo|servizio|articolo|commento|editoriale|reportage) di|(?:reportagem|matéria) de' },
  // Scripts without capitals: "كتب X" / "بقلم: X" / "بواسطة X" (ar: "wrote", "by the pen of", "by"), "نویسنده: X" / "خبرنگار: X" /
  // "نوشتهٔ X" (fa: writer, reporter, "written by"; "گزارشگر: X", reporter), Sorani "ڕاپۆرت: X" / "نووسەر: X" (report, writer), Pashto "لیکوال: X" (writer), "लेख: X" (hi: article), "מאת X" (he: by), "โดย X" / "ผู้เขียน: X" (th: by, writer), "लेखक: X" (hi), "লেখক: X" (bn), "ავტორი: X" (ka).
  {
    credit: true,
    source:
      'كتبت|كتب|بقلم|تقرير(?=\\s*[:：])|بواسطة|به\\s+قلم|نوشته\\s+شده\\s+توسط|نوشته(?:\\u0654|\\u200cی)?|توسط|نویسنده|نگارنده|خبرنگار|گزارشگر|ڕاپۆرت|نووسەر|نووسینی|پەیامنێر|لیکوال|لیکنه|راپور|מאת|โดย|ผู้เขียน|लेखक|लेख|লেখক|ავტორი',
  },
  // Vietnamese: "Bài: X", "Bài, ảnh: X", "Bài và ảnh: X", "Tin, ảnh: X" (article, news; and pictures), with their colon only:
  // "bài" and "tin" open sentences and titles too.
  { credit: true, source: '(?:bài|tin)(?:\\s*(?:,|và)\\s*ảnh)?(?=\\s*[:：])' },
  // Thai "ข่าว : X" (news: the reporter, above "ภาพ : Y", photos), with its colon only
  { credit: true, source: 'ข่าว(?=\\s*[:：])' },
  // Turkish "Haber: X", "Haber-Foto: X" (news, and pictures: the reporter's credit), with the colon only: "haber" is a common word.
  { credit: true, source: 'haber(?:\\s*[-/]\\s*foto(?:ğraf)?)?(?=\\s*[:：])' },
  // Hungarian "Írta: X" (wrote), Catalan "Informa: X" (reports, a bulletin's reporter): with their colon only
  { credit: true, source: '(?:írta|informa)(?=\\s*[:：])' },
  // Chinese credits, read by their own rules in byline-line.ts (CJK_LABELLED_CREDIT) and cut here.
  {
    credit: false,
    source: '作者|(?:本报|本報|本台|新华社|新華社|中新社|央视|央視)?(?:记者|記者|通讯员|通訊員)|文|撰文|编辑|責任編輯|责任编辑',
  },
];

/** What separates the lead from the name: a colon or a slash ("Autor: X", "Text / X"), a space, or nothing after an elided "d'". */
const AFTER_LEAD = "(?:\\s*[:：/／|]\\s*|\\s+|(?<=['’]))";

const alternatives = (credit: boolean | null): string =>
  LEADS.filter((l) => credit === null || l.credit === credit)
    .map((l) => l.source)
    .join('|');

/** Any lead, with what follows it: cut off a credit (repeatedly: "Text: Von X") before its names are read. */
export const BYLINE_LEAD = new RegExp(`^(?:${alternatives(null)})${AFTER_LEAD}`, 'iu');

/** A line that says it is a writer's credit: "By X", "Von X", "Analysis by X", "Ein Bericht von X", "Autor: X" … */
export const CREDIT_LEAD = new RegExp(`^(?:${alternatives(true)})${AFTER_LEAD}`, 'iu');

/** Such a lead and nothing else ("By", "Von:"): the names are printed on the next line. */
export const BARE_CREDIT_LEAD = new RegExp(`^(?:${alternatives(true)})[\\s:：]*$`, 'iu');

/**
 * A credit that says the piece is a guest's ("Ein Gastbeitrag von X", "Gastautorin: X", "Guest post" over "X", "Une tribune
 * de X", "Gastbijdrage van X"): a guest's piece sits in a columnist's or a newsletter owner's slot, and the CMS names that
 * account as the author (JSON-LD, meta). The guest is the writer.
 */
export const GUEST_CREDIT =
  /^(?:(?:eine?|an?|une?)\s+)?(?:gast(?:beitrag|kommentar|kolumne|autor(?:in)?|essay|bijdrage|column|auteur)|guest\s+(?:post|column|essay|article|piece|blog|commentary|contribution|author|contributor|writer|columnist)|tribune\s+de|gästkrönika|gæsteindlæg|gjesteinnlegg|gastblog|гостевой\s+пост|гостевая\s+(?:статья|колонка)|гостьовий\s+(?:пост|допис)|(?:wpis|artykuł|tekst)\s+gościnny|(?:artículo|post|entrada)\s+invitad[oa]|(?:artigo|post)\s+convidado|articolo\s+ospite)(?!\p{L})/iu;
