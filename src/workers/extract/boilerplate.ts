/**
 * What is not the article: class/id patterns, tags and short lines that news templates wrap around
 * a story (share bars, comment forms, newsletter boxes, related lists, reading-time labels).
 */
import {
  DomElement,
  SUBHEADING_TAGS,
  boundedTextRaw,
  classAndId,
  firstElement,
  isElement,
  isHidden,
  hasElement,
  nextSibling,
  onlyChild,
  rawText,
  walkElements,
} from './dom';
import { EDITED_BY, EDITION_LABEL } from './other-credit';

/**
 * Class/id words that mark page furniture even when they also say "article" ("article-share"); comments in it, pl, sv/no, ru, tr, nl too. Drupal's "node--promoted"
 * ("node-promoted" in Drupal 7) marks the story's own node as promoted to the front page, not a promo box. Platforms'
 * own: Drupal's "submitted" line ("Submitted by admin on …"), Joomla's "article-info" list (author, category, date,
 * hits), Jetpack's "sharedaddy" share box and "sd-like" / "jetpack-likes-widget" ("Like this: Loading..."), and a
 * table of contents ("ez-toc-container", "table-of-contents", "inhaltsverzeichnis"): the story's headings again, as links.
 */
const ALWAYS_BOILERPLATE =
  /(?:^|[\s_-])(?:comments?|commentlist|kommentare|kommentarbereich|commentaires|comentarios|commenti|komentarze|kommentarer|kommentarii|yorumlar|reacties|respond|reply|share|sharing|sharebar|social|socials|newsletters?|boletin\w*|subscribe|subscription|signup|sign-up|related|recommend\w*|read-?more|more-?stories|more-?(?:news|posts|articles|coverage)|recirc\w*|read-?next|up-?next|also-?read|(?<!node-{1,2})promo\w*|contributions-?epic|donat(?:e|ions?)|support-?us|sponsor\w*|advert\w*|ads?|adslot|ad-?container|ad-?wrapper|dfp|gpt|outbrain|taboola|disqus|cookie\w*|consent|popup|modal|breadcrumbs?|toolbar|tooltip|skip-?link|sr-only|visually-?hidden|screen-reader\w*|print-?only|nocontent|trending|most-?popular|most-?read|author-?(?:bio|box|info)|about-?the-?author|autor(?:en)?-?(?:box|info|bio)|byline|submitted|article-?info|sharedaddy|sd-like|likes-widget\w*|tags?|tag-?list|post-?tags|keywords|topics|categories|pagination|pager|jump-?link|toc|table-?of-?contents|inhaltsverzeichnis|inline-?related|embed-?related|newsletter-?signup|timestamp|dateline-?date|meta-?data|post-?meta|entry-?meta|article-?meta|caption-?credit|credits?|copyright|disclaimer|gallery|slideshow|carousel|kicker|topline|dachzeile|spitzmarke|overline|eyebrow|roofline)(?:$|[\s_-])/;

/**
 * Class/id words that mark page furniture unless a positive word says otherwise. Not Elementor's "elementor-widget" and
 * "elementor-widget-container": the page builder wraps every block in them, the post's content too.
 */
const LIKELY_BOILERPLATE =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|header|masthead|footer|sidebar|side-?bar|(?<!elementor-)widget|rail|right-?col|left-?col|aside|banner|links|listing|teaser|utility|tools|actions|controls)(?:$|[\s_-])/;

/** Class/id words of containers that usually hold the story. */
const LIKELY_CONTENT = /article|body|content|main|story|entry|post|text|blog|prose|rich|column|page|paragraph|detail/;

/** Class/id words of embedded posts (tweets, Instagram): quoted material that belongs to the story. */
const EMBED = /embed|tweet|instagram/;
/** A related-stories box's class word: an "embedded-related" box is links to other stories, however embedded. */
const RELATED_CLASS = /(?:^|[\s_-])related(?:$|[\s_-])/;

/** Tags that are page furniture wherever they appear. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'menu', 'dialog']);

/** A pattern, or a pattern with the word it needs (see `guarded`). */
type LineTest = RegExp | Guarded;

interface Guarded {
  needs: RegExp;
  test(text: string): boolean;
}

/**
 * `line`, tested only when the text holds `needs`: a word `line` cannot match without, with the same
 * flags (so the same case folding), so no match is lost. An unanchored alternation is tried at every
 * position of every short block of a story; the plain word search costs a fifth of that.
 */
function guarded(needs: RegExp, line: RegExp): Guarded {
  return { needs, test: (text) => needs.test(text) && line.test(text) };
}

/**
 * A list of line tests as few searches: the patterns joined into one alternation per set of flags, and the guarded tests
 * behind one search for any of their words. Each pattern tested on its own cost about 30 ns even when a line's first
 * character failed it (a call and a setup per pattern), and a short block was tested against some 70 of them: a third of
 * the time a page spent in its chrome-line tests. The answer is the same: a pattern matches the same lines inside an
 * alternation, and none refers back to a group (which the joined numbering would change: refused here).
 */
function joinedTests(tests: readonly LineTest[]): (text: string) => boolean {
  const join = (patterns: RegExp[]): RegExp[] => {
    const byFlags = new Map<string, string[]>();
    for (const re of patterns) {
      if (/\\[1-9]|\\k</.test(re.source) || /[gy]/.test(re.flags)) throw new Error(`line test ${re} cannot be joined`);
      byFlags.set(re.flags, [...(byFlags.get(re.flags) ?? []), `(?:${re.source})`]);
    }
    return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
  };
  const patterns = join(tests.filter((t): t is RegExp => t instanceof RegExp));
  const guards = tests.filter((t): t is Guarded => !(t instanceof RegExp));
  const anyNeed = join(guards.map((g) => g.needs));
  return (text) => patterns.some((re) => re.test(text)) || (anyNeed.some((re) => re.test(text)) && guards.some((g) => g.test(text)));
}

/**
 * The words that announce links to other stories in the other languages read, as a line of their own or before a
 * link ("Leia também:", "Czytaj też", "Читайте также", "Läs också", "Les også", "İlgili Haberler", "関連記事"): it
 * "Potrebbe interessarti"; nl "Lees meer", "Meer over dit onderwerp"; pt, pl, ru, sv, no, da, tr, ja, id ("Baca juga"), vi
 * ("Xem thêm"), ar ("اقرأ أيضا"), sl ("Preberite tudi"), hr ("Pročitajte i"), bg ("Прочетете още"), hu ("Ezt is olvasd
 * el", "Kapcsolódó"), ro ("Citește și") and sk ("Prečítajte si aj").
 */
const RELATED_WORDS_INTL =
  '(?:ti )?potrebbe (?:anche )?interessarti|articoli correlati|leggi di più|i più letti|più letti|lees meer|meer over dit onderwerp|meer nieuws|gerelateerde artikelen|meest gelezen|' +
  'leia (?:também|mais)|veja (?:também|mais)|saiba mais|notícias relacionadas|mais lidas|você (?:também )?pode gostar|' +
  'czytaj (?:też|także|również|więcej)|przeczytaj (?:też|także|również)|zobacz (?:też|także|również)|polecamy|polecane|najczęściej czytane|powiązane artykuły|' +
  'читайте (?:также|ещё)|смотрите также|по теме|ещё по теме|похожие (?:новости|статьи|материалы)|популярное|другие новости|' +
  'läs (?:också|även|mer)|se också|mest lästa?|relaterade artiklar|les (?:også|mer)|se også|mest lest|relaterte saker|læs (?:også|mere)|' +
  '[iİ]lgili haber(?:ler)?|benzer haberler|bunlar da ilginizi çekebilir|ayrıca okuyun|en çok okunanlar|' +
  '関連記事|関連ニュース|(?:あわせて|合わせて)読みたい|こちらもおすすめ|おすすめ記事|人気記事|' +
  'baca juga|baca selengkapnya|simak juga|lihat juga|berita terkait|xem thêm|đọc thêm|tin liên quan|اقرأ (?:أيضا|أيضاً|المزيد)|' +
  'preberite (?:tudi|še)|povezane novice|sorodne novice|pročitajte (?:i|još|također)|vezane vijesti|povezane vijesti|' +
  'прочетете (?:още|също)|вижте (?:още|също)|още по темата|свързани новини|' +
  'ezt is olvasd el|olvasd el (?:ezt )?is|kapcsolódó(?: cikkek| hírek)?|' +
  'cite[șs]te (?:[șs]i|mai mult)|vezi [șs]i|articole similare|[șs]tiri similare|' +
  'prečítajte si (?:aj|tiež)|súvisiace články';
/** A line that is only such words: "Leia também", "Читайте также:". */
const RELATED_LEADS_INTL = new RegExp(`^(?:${RELATED_WORDS_INTL})(?![\\p{L}\\p{N}])[\\s:：.…»>-]{0,3}$`, 'iu');
/**
 * A comment section's title in the languages read: a plural that means nothing else ("Comments", "Kommentare", "Commenti",
 * "Kommentarer", "Yorumlar"), or any of the words with its count ("Reacties (1)", "2 commenti", "Komentarze (4)",
 * "Комментарии (5)", "コメント（2件）"). Without a count "Reacties", "Комментарии" or "Kommentar" also head a story's own
 * section (politicians' reactions, officials' comments, a German opinion piece).
 */
const COMMENTS_TITLE =
  /^(?:comments|kommentare|commentaires|comentarios|comentários|commenti|kommentarer|yorumlar)$|^(?:\d+\s+(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|commento|reacties?|komentarz[ey]?|комментари[йияев]+|kommentarer|kommentar|yorum(?:lar)?|件のコメント|コメント)|(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|commento|reacties?|komentarz[ey]?|комментари[йия]|kommentarer|kommentar|yorum(?:lar)?|コメント|评论|評論)\s*[(（]\s*\d+\s*件?\s*[)）])$/iu;
/** A newsletter offer in the other languages read: the list's name and a sign-up verb in one short line. */
const NEWSLETTER_INTL = guarded(
  /newsletter|nieuwsbrief|nyhetsbrev|рассылк|bülten|ニュースレター|メルマガ/iu,
  /^(?=.*(?:newsletter|nieuwsbrief|nyhetsbrev|рассылк|bülten|ニュースレター|メルマガ))(?=.*(?:iscriv|assin[ae]|inscreva|cadastre|zapisz się|subskrybuj|meld (?:je|deg) (?:aan|på)|schrijf je in|abonneer|prenumerera|anmäl dig|abonner|подпиш|abone ol|登録|購読)).{0,260}$/iu,
);

/**
 * A paywall's own lines, beyond its "subscribe to continue reading" offer: the box's title ("This story is for subscribers",
 * "Exklusiv für Abonnenten", "Réservé aux abonnés", "Exclusivo para suscriptores") and its log-in line ("Already a
 * subscriber? Log in", "Bereits Abonnent?", "Déjà abonné ?", "¿Ya eres suscriptor?", "Redan prenumerant?", "Allerede
 * abonnent?", "Jo tilaaja?") and what is left to read ("Il vous reste 58% de
 * cet article à lire. La suite est réservée aux abonnés.").
 */
const PAYWALL_LINE = guarded(
  /subscri|member|abonn|suscri|prenumer|tilaaja/iu,
  /^(?:il vous reste \d+(?:[.,]\d+)?\s?% de cet article à lire.{0,100}|(?:already (?:a subscriber|subscribed|a member)|(?:sie sind )?bereits abonnent(?:in)?|déjà abonnée?|¿?ya eres (?:suscriptora?|socia?)|redan prenumerant|allerede abonnent|jo tilaaja)\s*\?.{0,60}|(?:(?:this|the) (?:story|article|content) is (?:only )?(?:for|available (?:to|for)|exclusive (?:to|for)|reserved for) (?:subscribers|members)(?: only)?|(?:exklusiv|nur) für abonnenten|(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für abonnenten|(?:cet article est )?réservé aux abonnés|(?:este (?:artículo|contenido) es )?exclusivo para (?:suscriptores|socios))\s*[.!:]?)$/iu,
);

/** A paywall's offer: "Lesen Sie jetzt weiter mit KN+", "Subscribe to continue reading", "Abonnez-vous pour lire la suite". */
const PAYWALL_OFFER = guarded(
  /lesen|subscribe|abonn|suscr/iu,
  /^(?:jetzt )?(?:weiter ?lesen|lesen sie (?:jetzt )?weiter)\b.{0,120}$|\b(?:subscribe|abonnieren sie|abonnez-vous|suscr[ií]bete)\b.{0,40}\b(?:to (?:continue|keep) reading|um weiterzulesen|pour lire la suite|para seguir leyendo)\b/iu,
);

/** Short lines that are template chrome, not story text (tested on a whole block's text). */
const BOILERPLATE_LINES: LineTest[] = [
  // The other languages' related-links words before a link's text ("Leia também: …", "Czytaj też: …"), comment titles, newsletter offers
  new RegExp(`^(?:${RELATED_WORDS_INTL})\\s*[:：]\\s*.{0,160}$`, 'iu'),
  COMMENTS_TITLE,
  NEWSLETTER_INTL,
  PAYWALL_LINE,
  /^\d+\s*(?:min(?:ute)?s?|mins?)\.?\s*(?:read|reading)\b/i,
  /^(?:reading time|estimated reading time)\b/i,
  // Reading times and audio players in the other languages read: "Lesedauer: 3 Minuten", "3 Min. Lesezeit", "Temps de
  // lecture : 4 min", "Artikel anhören", "Écouter l'article", "Listen to this article"
  /^(?:lesedauer|lesezeit|temps de lecture|tiempo (?:de|estimado de) lectura|tempo di lettura|leestijd)\s*:?\s*(?:ca\.\s*|etwa\s+)?\d+\s*(?:min(?:ute[ns]?|utos?|uti)?\.?|minutes?)$|^(?:ca\.\s*)?\d+\s*(?:min(?:uten|utos|uti)?\.?)\s*(?:lesezeit|lesedauer|de lecture|de lectura|di lettura|leestijd)$/iu,
  /^(?:(?:artikel|beitrag|text|nachricht) (?:anhören|vorlesen(?: lassen)?)|vorlesen|anhören|écouter (?:l['’]article|cet article)|escuchar (?:el )?(?:artículo|noticia)|ascolta (?:l['’]articolo|questo articolo)|listen to (?:this )?(?:article|story))(?:\s*[·|•:-]?\s*\d{1,2}:\d{2}(?:\s*min\.?)?)?$/iu,
  // A tag line after the story: "Schlagworte: Hafen, Kiel", "Tags: …", "Mots-clés : …", "Etiquetas: …" (a list, not a sentence)
  /^(?:schlagw[oö]rte?r?|stichw[oö]rte?r?|tags?|themen|mots[- ]clés|étiquettes|etiquetas|temas|argomenti|trefwoorden)\s*:\s*[^.!?]{1,200}$/iu,
  // Ways back after the story: "Mehr Nachrichten aus Kiel", "Zur Startseite", "Zurück zur Übersicht", "Retour à l'accueil"
  /^(?:zur startseite|zurück(?: zur (?:startseite|übersicht))?|mehr (?:nachrichten|news|meldungen|artikel|themen) (?:aus|zu|über|zum|zur|vom|von)\s[^.!?,;]{1,60}|weitere (?:nachrichten|meldungen|artikel)(?: (?:aus|zu|zum|zur)\s[^.!?,;]{1,60})?|retour (?:à l['’]accueil|à la une)|volver a (?:la )?portada|back to (?:top|home|the homepage|all (?:news|posts|articles|stories)))$/iu,
  // A shop's tax line under a price: "inkl. MwSt., zzgl. Versandkosten", "Prices incl. VAT", "Prix TTC". Not the price itself: a
  // deals story prints its prices as lines of their own (scrapinghub e7d77f18).
  /^(?:(?:preise?|alle preise|prices?|all prices|prix)\s+)?(?:inkl\.|incl\.|including|inklusive|zzgl\.|excl\.|ttc|ht)\s*(?:(?:gesetzl\.\s*)?mwst\.?|ust\.?|vat|tva|iva)?[\s.,]*(?:(?:zzgl\.|plus|excl\.|hors|ggf\.)\s*)?(?:versand(?:kosten)?|shipping|frais de port|envío)?\.?$/iu,
  // An offer to report a mistake: "Haben Sie einen Fehler gefunden? Schreiben Sie uns.", "Report an error", "Signaler une erreur"
  /^(?:haben sie einen fehler (?:gefunden|entdeckt)\?|fehler (?:gefunden|entdeckt)\?|fehler melden|(?:report|spotted) an? (?:error|typo|mistake)\??|signaler une (?:erreur|faute)|vous avez (?:trouvé|repéré) une (?:erreur|faute)\s*\?|¿?(?:has visto|reportar|notificar) (?:un )?error\??).{0,100}$/iu,
  /^(?:share|share this|share on|share the story|tweet|email|print|whatsapp|facebook|twitter|linkedin|pinterest|reddit)(?:\s+(?:this|article|story|on \w+))*[:!.]?$/i,
  // Comment forms and counts, as WordPress and other blog engines print them in the languages read
  /^(?:leave a (?:reply|comment)|(?:schreibe|hinterlasse) einen kommentar|kommentar (?:schreiben|verfassen|hinterlassen)|laisser un commentaire|laisser une réponse|deja un comentario|deja una respuesta)/iu,
  /^(?:your email address will not be published|(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht|votre adresse (?:e-mail|de messagerie) ne sera pas publiée|tu dirección de correo electrónico no será publicada)/iu,
  /^(?:\d+\s+)?(?:comments?|kommentare?|commentaires?|comentarios?)$/iu,
  /^(?:reply|antworten|répondre|responder)$/iu,
  // The desk editor's line under a Chinese story, alone: "（责任编辑：李娜）", "[责任编辑:肖春芳]", "编辑：王强"
  // (with the editor's staff code portals print after it: "责任编辑：王磊 SN184")
  /^[[(（【［]?\s*(?:责任|責任)?(?:编辑|編輯)\s*[:：]\s*[^\s\]】)）］]{2,8}(?:\s+[A-Z]{1,4}\d{2,4})?\s*[\])）】］]?$/u,
  // an ad slot's label, bare or between dashes as the tagDiv themes print it ("- Advertisement -", "- Pubblicità -", "- Reklama -"),
  // and in Indonesian ("- Iklan -"), Swahili ("Tangazo"), Urdu ("اشتہار"), Arabic, Hebrew, Hindi and Bengali
  /^[-–—\s]*(?:advertisement|advertising|sponsored|ad|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|publicitate|reklama|reklam|reklāma|reclame|advertentie|annonse|annons|mainos|hirdetés|oglas|реклама|διαφήμιση|quảng cáo|โฆษณา|iklan|auglýsing|tangazo|matangazo|اشتہار|اعلان|إعلان|פרסומת|विज्ञापन|বিজ্ঞাপন)[-–—\s]*$/iu,
  // the button beside a regional group's ad slots that hides them: "Hide Ad"
  /^hide (?:ad|advert|advertisement)$/iu,
  // a read counter ("Lu 3 418 fois"), a feedback prompt ("Cet article vous a été utile ?", "Was this article helpful?")
  /^(?:lu|letto|lido|leído)\s+\d[\d\s.,]*\s+(?:fois|volte|vezes|veces)$/iu,
  /^(?:cet article vous a(?:-t-il)? été utile|was this (?:article|page|story) helpful|war dieser (?:artikel|beitrag) hilfreich|¿?te (?:ha )?(?:resultado|sido) útil (?:este artículo|esta noticia)|(?:je li|da li) (?:vam )?(?:je )?(?:ovaj )?(?:članak|tekst) (?:vam )?(?:bio )?(?:koristan|korisan)|(?:да ли|дали) (?:вам )?(?:је )?(?:овај )?(?:чланак|текст) (?:вам )?(?:био )?(?:користан|корисан)|czy (?:ten )?artykuł był (?:pomocny|przydatny)|questo articolo (?:ti )?è stato utile|este artigo foi útil|was dit artikel (?:nuttig|behulpzaam))\s*\??$/iu,
  // An advertisement slot's label that points past it: "Continue reading below", "Story continues below advertisement", "Weiterlesen nach der Anzeige",
  // "SCROLL TO CONTINUE WITH CONTENT"; Postmedia's "Article content" between the story's paragraphs and its ads
  /^(?:(?:continue reading|(?:the )?(?:story|article) continues) below(?: (?:this )?(?:advertisement|ad))?|scroll to continue(?: with content)?|article content|weiterlesen nach der anzeige|la suite (?:de l'article )?après (?:cette )?publicité|(?:la noticia )?continúa (?:debajo|tras la publicidad))$/iu,
  // … and in Polish, Czech, Slovak, Dutch, Italian and Portuguese: "Dalsza część artykułu pod materiałem wideo", "Článek pokračuje pod
  // reklamou", "Het artikel gaat verder onder de advertentie", "L'articolo continua dopo la pubblicità", "Continua depois da publicidade"
  /^(?:dalsza część (?:artykułu|tekstu|materiału) (?:pod|poniżej) (?:materiałem wideo|materiałem video|wideo|reklamą|filmem)|dalszy ciąg (?:artykułu|materiału) pod (?:wideo|materiałem wideo|reklamą)|článek pokračuje pod (?:videem|reklamou)|článok pokračuje pod (?:videom|reklamou)|(?:het )?artikel gaat (?:verder )?(?:verder )?onder (?:de|deze) (?:video|advertentie)|lees verder onder de (?:video|advertentie)|l['’]articolo continua (?:dopo|sotto) (?:la pubblicità|il video)|(?:a (?:reportagem|matéria|notícia) )?continua (?:depois|após|abaixo) d[ao] (?:publicidade|anúncio|vídeo))$/iu,
  // Share, print and back-to-top links in German, French and Spanish: "Diesen Beitrag teilen:", "Seite drucken", "nach oben", "Partager sur Facebook"
  /^(?:(?:diesen |den )?(?:beitrag |artikel |seite )?teilen(?: mit| auf \w+)?|partager(?: cet article| sur \w+)?|compartir(?: en \w+| esta noticia)?|(?:seite |artikel )?drucken|druckversion|druckansicht|imprimer|imprimir|verzia pre tlač|verze pro tisk|verze k tisku|wersja do druku|drukuj|tlačiť|tisk|arkadaşına gönder|yazdır|nach oben|(?:zum )?seitenanfang|haut de (?:la )?page|volver arriba)\s*[:!.]?$/iu,
  /^(?:read more|read next|related|related articles?|related stories|see also|more from|recommended|you may also like|you might also like|also read|more stories)\b.{0,80}$/i,
  /^(?:see more|don[’']t miss|must read|trending(?: now| stories)?|top stories|popular(?: now)?|more news|latest news|watch|listen)\s*[:.…]*$/i,
  /^(?:see more|don[’']t miss|must read|read also|trending|watch|listen|related|more)\s*:\s.{0,160}$/i,
  /^(?:sign up|subscribe|join our|get our|follow us|download our app)\b.{0,160}$/i,
  /^(?:click here|tap here)\b.{0,80}$/i,
  // A video's teaser with its running time: "Video · Bekijk hoe de archeologen het wrak blootleggen (1:48)", "Vidéo : … (2:05)"
  /^(?:video|vídeo|vidéo|видео)\s*[·:|–-]\s*.{3,120}\(\d{1,2}:\d{2}(?::\d{2})?\)$/iu,
  // The desk editor's credit alone closing a story: "Edição: Marta Queirós", "Edited by Jane Roe" (the editor is no writer, and no story text)
  new RegExp(`^(?:${EDITED_BY}\\s+|${EDITION_LABEL}\\s*[:：]\\s*)\\p{L}[\\p{L}'’.-]*(?:\\s+\\p{L}[\\p{L}'’.-]*){1,3}$`, 'iu'),
  // An embedded Instagram post's credit line, in the languages its embed prints: "A post shared by X (@x)", "Uma publicação compartilhada por X"
  /^(?:a post shared by|ein beitrag geteilt von|une publication partagée par|una publicación compartida (?:de|por)|un post condiviso da|uma publicação compartilhada por|een bericht gedeeld door)\s.{1,80}$/iu,
  // A link to the story's gallery on a line of its own: "Ver galería completa (14 fotos)", "View full gallery", "Zur Bildergalerie"
  /^(?:ver|voir|vedi|veja|zur|view|see)\s+(?:(?:the|la|a)\s+)?(?:full\s+|complete\s+)?(?:galer[ií]a|gallery|galerie|bildergalerie|fotogalerie|galleria)(?:\s+(?:completa|complète))?\s*(?:\(\d{1,3}\s*\p{L}*\))?$/iu,
  // Austrian broadcaster's time line, "Online seit heute, 12.14 Uhr"; a synthetic voice's note, "Diese Audioversion wurde künstlich erzeugt."
  /^online seit (?:heute|gestern|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?)(?:,\s*\d{1,2}[.:]\d{2}(?:\s*uhr)?)?$/iu,
  /^(?:diese audioversion wurde (?:künstlich|automatisch) erzeugt|this audio (?:version )?(?:was|is) (?:generated|created) (?:by|with|using) (?:ai|artificial intelligence))\.?$/iu,
  // A CMS's account printed as the writer (Joomla's "Écrit par Administrateur", "Written by Super User", Thai and Lao "written by")
  /^(?:written by|posted by|geschrieben von|écrit par|escrito por|scritto da|napisał[a]?|เขียนโดย|ຂຽນໂດຍ)\s*:?\s*(?:admin|administrator|administrateur|administrador|amministratore|webmaster|super user)$/iu,
  /\bby (?:clicking|tapping) here\.?$/i,
  /^like this story\?/i,
  /^(?:get|download) (?:the )?.{0,40}\b(?:app|on the go)\b.{0,60}$/i,
  /^(?:page\s+)?(?:posted|published|updated|last updated)\s*(?:on|at)?\s*:?\s.{0,60}$/i,
  // Counters of blog platforms printed as their own line: "12 views", "1.2K claps", "5 notes", "57 Aufrufe", "1.907 kali dilihat"
  /^\d[\d,.]*\s*[km]?\s*(?:views?|likes?|claps?|notes?|reads?|shares?|aufrufe|vues|visitas|visualizaciones|(?:kali )?dilihat|kali dibaca)$/i,
  // ... and after their label, in Slovak, Czech and Polish: "Prečítané: 3 207 x", "Přečteno: 1 204×", "Wyświetleń: 532",
  // "Počítadlo návštev: 4 812 336"; Italian's and Spanish's "Letto 1.204 volte", "Leído 532 veces"
  /^(?:letto|visto|visualizzato|leído|visto)\s+\d[\d.,]*\s+(?:volte|veces)$/iu,
  // ... and in Turkish: "Bu haber 1.204 kez okundu"
  /^bu haber\s+\d[\d.,]*\s+kez okundu$/iu,
  /^(?:prečítané|přečteno|zobrazen[oé]|počet zobrazení|wyświetle(?:ń|nia)|odsłon(?:y|a)|počítadlo návštev|počitadlo|návštěvnost)\s*[:：]?\s*\d[\d\s.,]*\s*(?:x|×|krát)?$/iu,
  // … and with the label first: "Views: 1,204", "Просмотров: 8 412", "Aufrufe: 57", "Wyświetleń: 3 210", "Görüntülenme: 1.204"
  /^(?:views?|aufrufe|vues|visitas|visualizaciones|visualizzazioni|weergaven|wyświetle(?:nia|ń)|просмотр(?:ов|ы)?|переглядів|görüntülenme|okunma|lượt xem)\s*:?\s*\d[\d\s,.]*[kmк]?$/iu,
  // An update or publication label with a relative time and nothing more: "Updated 3 hours ago", "Aktualisiert vor 2 Stunden",
  // "Mis à jour il y a 5 heures", "Обновлено 2 часа назад", "آخر تحديث: منذ 3 ساعات"
  /^(?:(?:last )?updated|published|posted|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado|atualizado|aggiornato|pubblicato|bijgewerkt|обновлено|опубликовано|آخر تحديث|تم التحديث|نشر(?: في)?)\s*:?\s*(?:(?:\d{1,3}|an?|one)\s+\p{L}+\s+ago|vor\s+\d{1,3}\s+\p{L}+|il y a\s+\d{1,3}\s+\p{L}+|hace\s+\d{1,3}\s+\p{L}+|há\s+\d{1,3}\s+\p{L}+|\d{1,3}\s+\p{L}+\s+(?:fa|geleden|назад)|منذ\s+\d{1,3}\s+\p{L}+)$/iu,
  // A broadcaster's line naming the programme that aired the story: "Sendung: hr-iNFO, 09.03.2026, 19:30 Uhr",
  // "Über dieses Thema berichtete Das Erste am 09. März 2026 um 20:00 Uhr."
  /^(?:sendung|ausstrahlung)\s*:\s.{1,100}\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}.{0,30}$|^über dieses thema berichtete(?:n)?\s.{1,160}\d.{0,40}$/iu,
  // ARD's line naming the programme: "Dieses Thema im Programm: NDR Info am 12. März 2026 um 12:00 Uhr"
  /^dieses thema im programm\s*:\s.{1,140}$/iu,
  // A date line of its own inside the story, labelled in the languages read: "Publiziert: 10.03.2026, 14:05", "Stand: 11.03.2026,
  // 08:15 Uhr", "Mis à jour le 01/03/2024", "Обновлено: 6 марта 2026, 09:20", "Atualizado em 08/04/2024" (a date, nothing more)
  /^(?:publiziert|veröffentlicht|aktualisiert|zuletzt aktualisiert|stand|erstellt|mis à jour|publié|actualizado|publicado|atualizado|aggiornato|pubblicato|ultimo aggiornamento|bijgewerkt|gepubliceerd|обновлено|опубликовано|zaktualizowano|opublikowano|aktualizováno|publikováno|güncellendi|güncellenme|yayınlandı|yayınlanma)(?:\s+(?:le|am|em|el|il|op|on|den))?\s*:?\s*(?:\p{L}{2,12},?\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+\p{L}{3,12}\.?\s+\d{4})[^.!?]{0,30}$/iu,
  // Syndication notices of Indian portals: "(Only the headline and picture of this report may have been reworked by the … staff;
  // the rest of the content is auto-generated from a syndicated feed.)", "… has not been edited by … staff …"
  /^\(?(?:only the headline|except for the headline)\b.{0,200}\b(?:syndicated feed|not been edited)\b.{0,60}$/iu,
  /^catch all the (?:latest )?\p{L}.{0,200}$/iu,
  // The offer to report a typo by selecting it (Orphus and its kin): "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"
  guarded(/ctrl/iu, /^.{0,120}\bctrl\s*\+\s*enter\b.{0,40}$/iu),
  // ... or by a message: "Приметили сте грешку у тексту? Означите је и пошаљите нам поруку.", "Uočili ste grešku?"
  /^(?:нашли|заметили|приметили|примијетили|primetili|primijetili|uočili|уочили)\s+(?:сте\s+|ste\s+)?(?:ошибку|опечатку|грешку|grešku|pogrešku)(?!\p{L}).{0,100}$/iu,
  // A Korean reporter's sign-off with an e-mail address: "김서준 기자 sjkim@example.co.kr"
  /^[\p{Script=Hangul}]{2,4}\s*(?:기자|특파원|통신원)\s*[\w.+-]+@[\w.-]+\.\w+$/u,
  // Affiliate disclosures: "This post may contain affiliate links.", "Este artículo contiene enlaces de afiliado", "Dieser Artikel
  // enthält Affiliate-Links"
  /^(?:(?:hinweis|werbehinweis|transparenzhinweis|note|disclosure|nota|aviso|avertissement)\s*:\s*)?(?:this (?:post|article|page|review)|(?:some|certain) (?:of the )?links (?:in|on) this (?:post|article|page)|dieser (?:artikel|beitrag)|este (?:artículo|post)|cet article|questo articolo|dit artikel)\b.{0,120}\b(?:affiliate|afiliad|affilié|affiliazione|werbelinks?|provisionslinks?)\w*.{0,160}$/iu,
  // ... and the shop-review sites' own: "X is reader-supported. When you buy through links on our site, we may earn an
  // affiliate commission.", "When you purchase through links on our site, we may earn a commission."
  guarded(
    /commission|provision/iu,
    /^(?:.{0,80}\b(?:reader|audience)[- ]supported\.\s+)?(?:when|if) you (?:buy|purchase|shop|click)\b.{0,60}\blinks?\b.{0,80}\b(?:earn|receive|get)\b.{0,40}\b(?:commission|provision)\w*.{0,80}$/iu,
  ),
  // ... in German ("*Affiliate-Link: Wenn du über diesen Link einkaufst, erhalten wir eine Provision"), and the advertiser
  // disclosure of comparison sites ("Advertiser disclosure: X is compensated by some of the providers …")
  guarded(
    /provision|disclosure/iu,
    /^\W{0,3}(?:(?:affiliate-?links?|werbung|anzeige)\s*:\s*)?wenn (?:du|sie) (?:über|auf) (?:diesen|einen|unsere?n?|die(?:se)?) (?:link|links)\b.{0,80}\bprovision\b.{0,80}$|^advertiser disclosure\b.{0,300}$/iu,
  ),
  // A medical reviewer's badge as a line of its own: "✓ Medizinisch geprüft von Dr. med. X", "Medically reviewed by X, MD"
  /^\W{0,3}(?:medically|clinically|medizinisch|fachlich|ärztlich) (?:reviewed|geprüft)(?: by| von)?\b.{0,80}$/iu,
  // A rating line of its own: "4,6 von 5 Sternen (212 Bewertungen)", "4.6 out of 5 stars (212 reviews)"
  /^\d(?:[.,]\d)?\s*(?:out of|von|sur|de|su|van|z)\s*5\s*(?:stars?|sternen?|étoiles?|estrellas?|stelle|sterren|gwiazdek)\s*(?:\(\s*\d[\d.,\s]*\s*\p{L}+\s*\))?$/iu,
  /^tried this recipe\??.{0,120}$/iu,
  // The label Russian law puts on a "foreign agent's" or an "undesirable organisation's" material: "ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ)
  // СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ МАССОВОЙ ИНФОРМАЦИИ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА…", "Этот
  // материал создан и распространён изданием, которое власти объявили «нежелательной организацией»"
  guarded(
    /агент|нежелательн/iu,
    /^.{0,60}(?<!\p{L})создан[оа]?\s+и\s+(?:\(или\)\s+)?распростран[её]н[оа]?(?!\p{L}).{0,300}(?:иностранн\p{L}*\s+агент|нежелательн\p{L}*\s+организаци).{0,300}$/iu,
  ),
  // Calls for readers' tips: "We pay for your stories!", "Got a story? Email …", "Heb jij een tip voor onze redactie?",
  // "Haben Sie einen Hinweis für unsere Redaktion?"
  /^(?:we pay for (?:your )?stories|(?:have you )?got a (?:story|tip)\s*\?|heb (?:jij|je) een tip\b|(?:haben sie|hast du) einen (?:tipp|hinweis) für\b|vous avez une info\b).{0,120}$/iu,
  // New Zealand papers' helpline box after a story ("Where to get help:"), Vox Media's topic-follow prompt, Index.hu's cover-photo credit
  /^where to get help:?$/iu,
  /^follow topics and authors from this story\b.{0,160}$/iu,
  /^\(borítókép:.{1,200}\)$/iu,
  // An invitation to a messenger channel: "📲 Participe do canal do g1 no WhatsApp", "Join our WhatsApp channel", "Folgen Sie uns auf Telegram"
  /^\W{0,4}(?:join|follow|participe|siga|entre|folgen sie|folge|únete|sigue|rejoignez|suivez|iscriviti|segui)\b.{0,100}\b(?:whatsapp|telegram)\b.{0,60}$/iu,
  // ... in Urdu, Arabic and Hindi, the verb after the channel as often: "… کا واٹس ایپ چینل جوائن کریں", "انضم إلى قناتنا على واتساب"
  /^(?=.{0,160}$)(?=.*(?:جوائن|شامل ہوں|فالو کریں|انضم|اشترك|تابعونا|जुड़ें|ज्वाइन|फॉलो करें)).*(?:واٹس\s?ایپ|واتساب|واتس\s?آب|ٹیلی\s?گرام|تيليجرام|تلغرام|व्हाट्सऐप|व्हाट्सएप|टेलीग्राम)/u,
  // A portal's video and region promos: "VÍDEOS: tudo sobre Campinas e região", "Veja mais notícias da região no g1 Campinas"
  /^v[íi]deos?\s*:\s*(?:tudo sobre|todo sobre|all about)\b.{0,80}$|^veja mais (?:notícias|vídeos)\b.{0,100}$/iu,
  // Betting ads' responsible-gambling lines on sports pages: "Publicidad. +18. Juega con responsabilidad.", "Jogo responsável ·
  // Proibido a menores de 18 anos", "18+ | Gamble responsibly", "Glücksspiel kann süchtig machen"
  guarded(
    /respons|menores|minori|gambl|glücksspiel/iu,
    /^(?:.{0,60}[.|·•:]\s*)?(?:please\s+|bitte\s+|por favor,?\s+)?(?:juega con responsabilidad|jogo respons[aá]vel|joga com responsabilidade|gioca (?:in modo )?responsabil\w*|spiel(?:en|e|t)? (?:verantwortungsvoll|verantwortungsbewusst)|gamble responsibly|play responsibly|jouez (?:de mani[eè]re )?responsable\w*|proibido a menores de 18|prohibido (?:a|para) menores de 18|vietato ai minori di 18|glücksspiel kann süchtig machen|begambleaware)\b.{0,100}$/iu,
  ),
  // A player's placeholder while it loads: "Loading video…", "Video wird geladen …", "Caricamento video…", "Cargando vídeo…"
  /^(?:loading(?: (?:the )?video)?|(?:das )?video (?:wird )?(?:geladen|lädt)|chargement(?: de la vidéo)?|cargando(?: (?:el )?v[ií]deo)?|caricamento(?: (?:del )?video)?|carregando(?: (?:o )?v[ií]deo)?)\s*(?:\.{3}|…)?$/iu,
  // The distributor's notice under a release from news aktuell's presseportal (German police, public bodies, companies)
  /^original-content von:?\s.{1,120}übermittelt durch news aktuell$/iu,
  // A reviewer's or fact-checker's credit line at the top of a health or advice page: "Medically reviewed by: X, MD", "Fact checked
  // by X", "Medizinisch geprüft von X", "Revisado médicamente por X" (who checked the piece, not its text)
  /^(?:(?:medically|clinically|expert|medical(?:ly)?)[- ]reviewed by|fact[- ]?checked by|medizinisch geprüft von|fachlich geprüft von|revisado m[eé]dicamente por|revisão (?:médica|técnica)\s*:?|vérifié par un médecin)\s*:?\s*\p{L}.{0,150}$/iu,
  // A reader poll's call to vote between the paragraphs: "Umfrage: Wer soll … werden? Jetzt abstimmen auf X!", "ENQUETE: Quem você
  // quer ver …? Vote agora", "Poll: … Vote now". Not a line reporting a poll's result ("Umfrage: Mehrheit für Tempolimit"): the call to vote is asked for.
  guarded(
    /abstimm|stimmen sie|vote|votá|vota|głosuj|stem /iu,
    /^(?:umfrage|abstimmung|poll|enquete|enquête|sondage|encuesta|sondaggio|ankieta|sonda|peiling)\s*[:：]\s*.{3,200}\b(?:(?:jetzt )?abstimmen|stimmen sie (?:jetzt )?ab|vote(?:z)?|votá|vota(?:r)?|głosuj|stem)\b.{0,80}$/iu,
  ),
  // A press release's end mark: "###", "-30-", "- ENDS -"
  /^(?:#{3,}|[-–]\s*30\s*[-–]|[-–]?\s*ends\s*[-–]?)$/i,
  /^(?:image|photo|picture|video)\s*(?:credit|source)?\s*:.{0,100}$/i,
  // a translator's credit alone on its line: "Traducción: X", "Tradução: X", "Traduction : X", "Translation: X", "Übersetzung: X"
  /^(?:traducción|tradução|traduction|traduzione|translation|übersetzung|vertaling|oversettelse|översättning)\s*:\s*\p{Lu}.{1,60}$/iu,
  // A caption that ends in its picture credit ("… auf den Gleisen. Foto: Max Mustermann/dpa", "(Photo : AFP)", "… VietGAP. Ảnh: H.T.T"): after a
  // sentence's end, and with no full stop of its own, unlike a sentence that quotes a picture ("Das zeigt das Bild: eine Straße.")
  /(?:[.!?…]\s+|\(\s*)(?:fotos?|bild(?:er)?|photos?|pics?|images?|imagen|picture|crédits? photo|ảnh|фото|fotoğraf)\s?:\s?[^!?:]{1,60}[^.!?:\s]\)?$/iu,
  // ... the Italian credit in brackets closing it, without a colon ("… dopo il restauro (foto Ermes Cavalli)", "(foto di X)",
  // "(Foto Archivio O.S.)"), and the Korean after its sentence ("… 구간. 사진=강화군 제공", "… 바뀐다. <사진 제공=X>")
  /\S\s+\(\s*foto(?:\s+di)?\s+[^()]{2,50}\)$/iu,
  guarded(/사진/u, /[.!?…]\s+[<(〈[]?\s*사진\s*(?:제공)?\s*[=:：]\s*[^=<>()]{1,30}?(?:\s*제공)?\s*[>)〉\]]?$/u),
  // … or after a dash, as Globo's captions print it: "Granizo destrói plantação em Atibaia — Foto: Reprodução/TV Globo", "… — Vídeo: TV X/Reprodução"
  guarded(/[—–]/u, /\s[—–]\s(?:fotos?|imagem|crédito|photos?|bild|v[ií]deo)\s?:\s?[^.!?:]{1,60}$/iu),
  // Newsletter offers: "Get the latest updates right in your inbox", "Jetzt Newsletter abonnieren", "Inscrivez-vous à la newsletter".
  guarded(
    /inbox|newsletter|bolet/i,
    /\b(?:in|to|into|meets?|hits?) your inbox\b|\byour inbox\.?$|\bnewsletters?\b.{0,80}\b(?:delivered|sign up|subscribe|abonnieren|anmelden|bestellen|inscri\w*|abonne\w*|suscr\w*)|\b(?:sign up|subscribe|abonnieren|anmelden|inscri\w*|suscr[ií]b\w*)\b.{0,80}\b(?:newsletters?|bolet[ií]n)\b/i,
  ),
  // the author's social links after the story: "Follow him on Twitter @AmyKup", "Follow me on Instagram"
  /\bfollow (?:him|her|them|me|us) (?:on|at|@)/i,
  // The same in the other languages read: "Mehr zum Thema: …", "Lire aussi : …", "Lee también: …", "Leggi anche: …"
  // and pt, pl, sv, da, no, ru, cs and tr: "Leia também: …", "Czytaj też: …", "Läs också: …", "Читайте также: …"
  /^(?:lesen sie (?:auch|mehr)|auch interessant|mehr zum thema|mehr dazu|siehe auch|das könnte sie auch interessieren|(?:à |a )?lire aussi|voir aussi|lire la suite|lee también|leer más|ver también|te puede interesar|leggi anche|vedi anche|lees ook|zie ook|leia (?:também|mais)|veja (?:também|mais)|saiba mais|czytaj (?:też|także|również|więcej)|zobacz (?:też|także|również)|läs (?:också|även|mer)|læs (?:også|mere)|les (?:også|mer)|читайте (?:также|тоже)|смотрите также|čtěte (?:také|též|více)|přečtěte si (?:také|též)|ayrıca (?:okuyun|bakınız)|ilgili haber(?:ler)?)\s*:\s.{0,160}$/iu,
  // Chinese, Japanese and Korean: "相关阅读：<a>…</a>", "関連記事：…", "관련기사: …" (the label alone too)
  /^(?:相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|相关新闻|相關新聞|相关报道|相關報導|関連記事|関連ニュース|あわせて読みたい|관련\s?기사)(?:\s*[:：].{0,80})?$/u,
  // Consent placeholders of embeds: "Externer Inhalt: Um diesen Inhalt zu sehen, müssen Sie … zustimmen"
  guarded(
    /inhalt|conten/iu,
    /^(?:externer inhalt|empfohlener (?:redaktioneller|externer) inhalt|external content|contenu externe|contenido externo)\b|\b(?:um diesen inhalt zu sehen|to view this content|pour (?:afficher|voir) ce contenu|para ver este contenido)\b/iu,
  ),
  PAYWALL_OFFER,
  // German, French and Spanish newsletter offers: "Newsletter: … täglich in Ihr Postfach"
  guarded(
    /newsletter/iu,
    /\bnewsletter\b.{0,120}\b(?:in ihr(?:en)? (?:postfach|posteingang)|dans votre bo[iî]te (?:mail|aux lettres|de r[ée]ception)|en tu (?:correo|bandeja de entrada))\b/iu,
  ),
];

/** BOILERPLATE_LINES, searched as few patterns. */
const isListedChromeLine = joinedTests(BOILERPLATE_LINES);

/** Class words of video players (video.js, JW Player, Brightcove, a site's own "video-player"). */
const PLAYER_CLASS = /(?:^|[\s_-])(?:vjs|video-?js|video-?player|jw-?player|jwplayer|brightcove)(?:$|[\s_-])/;

/** A video player's box by its class: what it prints (title, "Source: X Video / Agency", duration) is the clip's. */
export function isVideoPlayer(el: DomElement): boolean {
  return PLAYER_CLASS.test(classAndId(el));
}

/** True when the class/id marks furniture. `strong` also ignores positive words (used inside the story). */
export function isBoilerplateElement(el: DomElement): boolean {
  if (FURNITURE_TAGS.has(el.name)) return true;
  const ci = furnitureWords(el);
  if (!ci) return false;
  if (EMBED.test(ci) && !RELATED_CLASS.test(ci)) return false; // an embedded post, not an "embedded-related" box
  if (isStructural(el)) return false;
  if (!ALWAYS_BOILERPLATE.test(ci) && !(LIKELY_BOILERPLATE.test(ci) && !LIKELY_CONTENT.test(ci))) return false;
  if (isPartOfSentence(el) || isGalleryPage(el, ci)) return false;
  if (!isHeadingSlugId(el)) return true;
  const cls = (el.attribs.class ?? '').toLowerCase();
  return ALWAYS_BOILERPLATE.test(cls) || (LIKELY_BOILERPLATE.test(cls) && !LIKELY_CONTENT.test(cls));
}

/** Class words of a picture gallery. */
const GALLERY_WORDS = /(?:^|[\s_-])(?:gallery|slideshow|carousel)(?=$|[\s_-])/g;

/**
 * A gallery's wrapper that holds the page's <h1> is the page's story, a picture gallery published as an article ("vdc-gallery-wrap"
 * around the headline, the text and the slides): only its gallery word marks it, and the headline says it is no box beside a story.
 */
function isGalleryPage(el: DomElement, ci: string): boolean {
  const rest = ci.replace(GALLERY_WORDS, ' ');
  if (rest === ci) return false;
  if (ALWAYS_BOILERPLATE.test(rest) || (LIKELY_BOILERPLATE.test(rest) && !LIKELY_CONTENT.test(rest))) return false;
  return hasElement(el, (c) => c.name === 'h1');
}

/** A class word negated by a prefix: "no-share", "hide-comments", "without-sidebar" (a theme's switch, not a box). */
const NEGATED_WORD = /(?:^|[\s_])(?:no|hide|without|disable[ds]?)-[a-z-]+/g;
/** Cheap test before that search: most class strings hold none. */
const NEGATED_HINT = /(?:no|hide|without|disable[ds]?)-/;

/**
 * The element's class and id words without the negated ones: JNews marks its story "entry-content no-share", which
 * "share" had made furniture (a Peruvian portal's whole story, round 32).
 */
function furnitureWords(el: DomElement): string {
  const ci = classAndId(el);
  return NEGATED_HINT.test(ci) ? ci.replace(NEGATED_WORD, ' ') : ci;
}

/** Inline elements that carry words of a sentence: links, emphasis, spans. */
const PHRASING_TAGS = new Set(['a', 'span', 'em', 'strong', 'b', 'i', 'u', 'small', 'mark', 'abbr', 'cite', 'q', 'sup', 'sub', 'font']);
/** Characters of plain text beside an inline element that make its parent a sentence. */
const SENTENCE_CONTEXT_CHARS = 20;

/**
 * An inline element with plain text beside it is words of a sentence ("I am <a class="popup">a rather
 * elderly man</a>, and ..."): its class names a script's behaviour, not furniture (Readability never
 * drops links by class).
 */
function isPartOfSentence(el: DomElement): boolean {
  if (!PHRASING_TAGS.has(el.name) || !el.parent || !('children' in el.parent)) return false;
  let chars = 0;
  for (const sib of (el.parent as DomElement).children) {
    if (sib.type === 'text') chars += (sib.data ?? '').trim().length;
    if (chars >= SENTENCE_CONTEXT_CHARS) return true;
  }
  return false;
}

/** Elements searched for the heading an id was made from (the section's own heading comes first). */
const SLUG_HEADING_SEARCH = 6;

/**
 * An id made from the section's heading ("sharing-with-a-single-developer", Sphinx, wikis, Markdown
 * renderers) says what the section is about, not that it is furniture.
 */
function isHeadingSlugId(el: DomElement): boolean {
  const id = el.attribs.id?.toLowerCase();
  if (!id || !/^[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)+$/u.test(id)) return false;
  const heading = /^h[1-6]$/.test(el.name) ? el : firstHeading(el);
  return !!heading && slugOf(rawText(heading)).startsWith(id.replace(/_/g, '-'));
}

function firstHeading(el: DomElement): DomElement | null {
  let seen = 0;
  let found: DomElement | null = null;
  walkElements(el, (c) => {
    if (found || ++seen > SLUG_HEADING_SEARCH) return false;
    if (/^h[1-6]$/.test(c.name)) found = c;
    return !found;
  });
  return found;
}

function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** body, html, article and main are never dropped by class: some sites put "post-tags" on body. */
function isStructural(el: DomElement): boolean {
  return el.name === 'body' || el.name === 'html' || el.name === 'main' || el.name === 'article';
}

/** A class/id weight in the spirit of Readability: positive containers up, furniture down. */
export function classWeight(el: DomElement): number {
  const ci = furnitureWords(el);
  if (!ci || EMBED.test(ci)) return 0;
  let w = 0;
  if (LIKELY_CONTENT.test(ci)) w += CLASS_WEIGHT;
  if (LIKELY_BOILERPLATE.test(ci) || ALWAYS_BOILERPLATE.test(ci)) w -= CLASS_WEIGHT;
  return w;
}

/** How much a class/id hint moves a candidate's score (Readability uses 25); classWeight lies within ±CLASS_WEIGHT. */
export const CLASS_WEIGHT = 25;

/** Lines that announce a list of links to other stories (the links that follow go with them). */
const RELATED_LEADS =
  /^(?:most (?:read|popular|viewed|shared)(?: (?:in|on) [\p{L} ]{1,30})?|meistgelesen(?:e (?:artikel|beiträge))?|am meisten gelesen|les plus (?:lus|populaires)|lo más (?:leído|visto)|más leídas|read more|read next|related|related articles?|related stories|see also|more from|recommended|you may also like|you might also like|also read|more stories|see more|don[’']t miss|must read|trending(?: now| stories)?|top stories|more news|latest news|lesen sie (?:auch|mehr)|auch interessant|mehr zum thema|mehr dazu|siehe auch|das könnte (?:sie|dich) auch interessieren|ähnliche (?:beiträge|artikel)|verwandte (?:beiträge|artikel)|weitere (?:beiträge|artikel)|(?:à |a )?lire aussi|à lire également|voir aussi|sur le même sujet|lee también|leer más|ver también|te puede interesar|más información|noticias relacionadas|leggi anche|vedi anche|lees ook|zie ook)(?![\p{L}\p{N}])\W{0,3}$/iu;

/** "Also on rt.com", "Auch auf tagesschau.de", "Aussi sur lemonde.fr", "También en elpais.com": a label naming the site the linked story is on. */
const ALSO_ON_SITE = /^(?:also on|auch auf|aussi sur|également sur|también en)\s+[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/iu;

/** True for a short line that introduces related links ("You may also like...", "DON'T MISS"). */
export function isRelatedLine(text: string): boolean {
  return text.length <= 60 && (RELATED_LEADS.test(text) || RELATED_LEADS_INTL.test(text) || ALSO_ON_SITE.test(text));
}

/** True for a comment section's title ("Komentarze (4)", "Kommentarer"): the block it opens is the readers', not the story's. */
export function isCommentsTitle(text: string): boolean {
  return text.length <= 40 && COMMENTS_TITLE.test(text);
}

/** Characters read of a box's first line when deciding whether it titles the box. */
const MAX_TITLE_CHARS = 60;

/**
 * The box's first line (its first element; when `headingOnly`, a heading, or a wrapper holding a heading alone) is a comment section's or a paywall's
 * title or announces links to other stories ("Komentarze (4)", "Czytaj też", "По теме", "Läs mer"): the readers' box or a
 * list of other stories, whatever language its class is named in.
 */
export function opensWithChromeTitle(el: DomElement, headingOnly = false): boolean {
  const first = firstElement(el);
  if (!first) return false;
  const title = headingOnly ? (headingOf(first) ?? headingAfterMark(first)) : first;
  return !!title && isChromeTitle(title);
}

/** A mark before a box's heading holds at most this many characters: a brand's name or an icon ("feldblatt+", "💬"). */
const MAX_MARK_CHARS = 20;

/**
 * The heading right after a box's mark: a paywall's brand ("<div>feldblatt+</div><h3>Lesen Sie weiter mit feldblatt+</h3>"), a
 * comment section's icon. The mark is short and no heading itself.
 */
function headingAfterMark(first: DomElement): DomElement | null {
  const next = nextElement(first);
  if (!next || !SUBHEADING_TAGS.has(next.name) || boundedTextRaw(first, MAX_MARK_CHARS) === null) return null;
  return next;
}

/** The element after `el` among its siblings, whitespace between them aside (text of words there: null). */
function nextElement(el: DomElement): DomElement | null {
  for (let n = nextSibling(el); n; n = nextSibling(n)) {
    if (isElement(n)) return n;
    if (n.type === 'text' && (n.data ?? '').trim()) return null;
  }
  return null;
}

/** A heading that is itself such a title ("<h3>Related</h3>", "<h2>Comments</h2>"), printed before its box, not in it. */
export function isChromeHeading(el: DomElement): boolean {
  return SUBHEADING_TAGS.has(el.name) && isChromeTitle(el);
}

/**
 * The heading a box opens with: its first element, or the heading alone in it ("<div><h3>Most read in world news</h3></div>").
 * Under such a title the teasers may have no linked words (a picture under an empty overlay link, a kicker, a headline in
 * a span), so their link density does not tell them.
 */
function headingOf(first: DomElement): DomElement | null {
  if (SUBHEADING_TAGS.has(first.name)) return first;
  if (first.name !== 'div') return null;
  const only = onlyChild(first);
  return only && SUBHEADING_TAGS.has(only.name) ? only : null;
}

/** The box's title is a comment section's, a paywall's, or announces links to other stories. */
function isChromeTitle(title: DomElement): boolean {
  const text = boundedTextRaw(title, MAX_TITLE_CHARS * 2)
    ?.replace(/\s+/gu, ' ')
    .trim(); // a long first child is no title: not read whole
  return (
    !!text &&
    text.length <= MAX_TITLE_CHARS &&
    (isCommentsTitle(text) || PAYWALL_LINE.test(text) || PAYWALL_OFFER.test(text) || isRelatedLine(text) || AUTHOR_BIO_TITLE.test(text))
  );
}

/**
 * The title of the writer's biography box after the story ("About the author", "Über den Autor", "À propos de l'auteur",
 * "Sobre el autor"): the box is the writer's, not the story's. Not "Zur Person", which introduces the story's subject.
 */
const AUTHOR_BIO_TITLE =
  /^(?:about the authors?|about the writer|author bio(?:graphy)?|über (?:den autor|die autorin|die autoren)|à propos de l['’]auteur(?:e)?|sobre (?:el autor|la autora|los autores)|sull['’]autore|over de auteur)\s*:?$/iu;

/** The words a gallery's counter names its slides by ("Image 1 of 8", "Bild 3 von 12", "Imagen 1 de 8"), and its "of". */
export const SLIDE_WORDS = 'images?|photos?|pictures?|slides?|bild|fotos?|imagen|diapositiva';
export const OF_WORDS = 'of|von|sur|de';

/**
 * A photo gallery's counter as a line of its own ("Image 1 of 8", "Bild 3 von 12", "Photo 1 sur 8", "Imagen 1 de 8", "1 / 8"):
 * the slide shown of how many. A bare pair needs spaces round its slash, unlike a fraction in a recipe ("1/2").
 */
const GALLERY_COUNTER = new RegExp(
  `^(?:(?:${SLIDE_WORDS})\\s+(\\d{1,3})\\s*(?:${OF_WORDS}|\\/)\\s*(\\d{1,3})|(\\d{1,3})\\s+(?:${OF_WORDS}|\\/)\\s+(\\d{1,3}))$`,
  'iu',
);

/** True for a gallery counter line whose slide number is within its count. */
export function isGalleryCounter(text: string): boolean {
  const m = GALLERY_COUNTER.exec(text);
  if (!m) return false;
  const [at, of] = [Number(m[1] ?? m[3]), Number(m[2] ?? m[4])];
  return at >= 1 && at <= of;
}

/** True when a short block's whole text is a known chrome line ("2 min read", "Leave a Reply"). */
export function isBoilerplateLine(text: string): boolean {
  if (text.length > 260) return false;
  return isChromeLine(text) || isControlStrip(text);
}

function isChromeLine(text: string): boolean {
  return isListedChromeLine(text) || isRelatedLine(text) || isGalleryCounter(text);
}

/** Separators between the controls of one strip ("Druckversion | Seitenanfang", "Teilen · Drucken · Nach oben"). */
const STRIP_SEPARATOR = /\s*[|•·]\s*/u;

/** A separator's character, looked for first: most lines have none. */
const STRIP_MARK = /[|•·]/u;

/** A line of controls joined by separators, each of them chrome on its own ("Druckversion | | Seitenanfang"). */
function isControlStrip(text: string): boolean {
  if (!STRIP_MARK.test(text)) return false;
  const parts = text.split(STRIP_SEPARATOR).filter((p) => p.trim());
  return parts.length >= 2 && parts.every((p) => isChromeLine(p.trim()));
}

/** True when only weak words (nav, sidebar, rail …) marked the element, so it may be put back. */
export function isRestorable(el: DomElement): boolean {
  const ci = furnitureWords(el);
  return !FURNITURE_TAGS.has(el.name) && !ALWAYS_BOILERPLATE.test(ci) && !isHidden(el) && !isListedArticle(el);
}

/** Sibling <article> elements from this many on are a list of stories (one story is one article). */
const ARTICLE_LIST_MIN = 3;

/**
 * An <article> among several sibling <article>s is one teaser of a list ("You may like", a sidebar,
 * a category page), not the page's story: a story is one article, never a row of them. Unless it is a live
 * blog's entry (isLiveEntry): live pages print each timed update as an <article> of its own.
 */
export function isListedArticle(el: DomElement): boolean {
  if (el.name !== 'article' || !isElement(el.parent)) return false;
  let listed = LISTED.get(el);
  if (listed === undefined) LISTED.set(el, (listed = inArticleRow(el) && !isLiveEntry(el)));
  return listed;
}

/** isListedArticle's answers: asked for every article at each pass, and for the articles above each paragraph. */
const LISTED = new WeakMap<DomElement, boolean>();

function inArticleRow(el: DomElement): boolean {
  let n = 0;
  for (const sib of (el.parent as DomElement).children)
    if (isElement(sib) && sib.name === 'article' && ++n >= ARTICLE_LIST_MIN) return true;
  return false;
}

/** A paragraph of prose in a live entry: a teaser's summary line is shorter, or a link. */
const LIVE_PROSE_CHARS = 120;

/**
 * A live blog's entry: a timed post ("<time>8:22 p.m.</time>", or the time or a match's minute printed alone: "14:05",
 * "67'"; its author, a heading, paragraphs) whose heading, if any, links nowhere and which holds a paragraph of prose. A
 * teaser links its headline (or its whole card) to its story.
 */
function isLiveEntry(el: DomElement): boolean {
  let time = false;
  let prose = false;
  let linked = false;
  walkElements(el, (c) => {
    if (c.name === 'time' || (!time && isTimeMark(c))) time = true;
    else if (c.name === 'a' && !(c.attribs.href ?? '').startsWith('#') && (hasHeading(c) || insideHeading(c, el))) linked = true;
    else if (c.name === 'p' && !prose) prose = ownProse(c) >= LIVE_PROSE_CHARS;
    return !linked;
  });
  return time && prose && !linked;
}

/** A clock time or a match minute printed alone in an element: "14:05", "8:22 p.m.", "67'", "45+2'". */
const TIME_MARK = /^\s*(?:\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?)?|\d{1,3}(?:\+\d{1,2})?\s*['’′])\s*$/iu;
/** Characters read of an element for such a mark. */
const MAX_TIME_MARK_CHARS = 16;

function isTimeMark(c: DomElement): boolean {
  const text = boundedTextRaw(c, MAX_TIME_MARK_CHARS);
  return text !== null && TIME_MARK.test(text);
}

function hasHeading(a: DomElement): boolean {
  let found = false;
  walkElements(a, (c) => {
    if (HEADING_TAG.test(c.name)) found = true;
    return !found;
  });
  return found;
}

function insideHeading(a: DomElement, within: DomElement): boolean {
  for (let n = a.parent; isElement(n) && n !== within; n = n.parent) if (HEADING_TAG.test(n.name)) return true;
  return false;
}

const HEADING_TAG = /^h[1-6]$/;

/** The characters of a paragraph's text outside its links. */
function ownProse(p: DomElement): number {
  let n = 0;
  const count = (node: DomElement): void => {
    for (const c of node.children) {
      if (!isElement(c)) n += (c.data ?? '').trim().length;
      else if (c.name !== 'a') count(c);
    }
  };
  count(p);
  return n;
}

/** True when `el` sits inside a teaser of a list of articles (see isListedArticle). */
export function isInListedArticle(el: DomElement): boolean {
  for (let n = el.parent; isElement(n); n = n.parent) if (n.name === 'article' && isListedArticle(n)) return true;
  return false;
}
