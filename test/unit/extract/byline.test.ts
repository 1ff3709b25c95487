/**
 * A byline is a person, or nothing. Examples are real: "issue 15" = the strings quoted in issue 15 (seen on
 * the unseen set); "readability/<page>" = Mozilla's test pages; "scrapinghub/<id>" = the scrapinghub
 * benchmark pages (first 7 hex digits of the id). "constructed" marks the few made-up shapes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bylineNames, cleanByline, editorCreditNames, isPersonName } from '../../../src/workers/extract/person-name';
import { extractArticle } from '../../../src/workers/extract';
import { datelineCredit } from '../../../src/workers/extract/byline-line';
import { opensOtherCredit } from '../../../src/workers/extract/other-credit';

const STORY =
  '<p>' + 'The council voted on Tuesday to rebuild the harbour wall after the winter storms damaged it badly. '.repeat(4) + '</p>';

/** A note after the story that prints a writer's name: a structured author must be printed on the page to be credited. */
const bio = (name: string) => `<p class="author-note">${name} covers the coast.</p>`;

function page(head: string, body: string): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

describe('bylineNames rejects what is not a person', () => {
  it.each([
    ['Von', 'prefix alone', 'issue 15'],
    ['Von Lokalredaktion Kiel', 'a desk named by a German compound', 'constructed'],
    ['Landratsamt Kiel', 'an office named by a German compound', 'constructed'],
    ['MDR AKTUELL', 'a news programme in capitals', 'constructed'],
    ['Le Monde avec AFP', 'outlet led by a Romance article, with an agency', 'constructed'],
    ['de São Paulo', 'a place after "de": a name opens with the given name', 'constructed'],
    ['de Jong', 'a surname alone, its particle first', 'constructed'],
    ['Erik LindqvistReporter', 'a name and a job run together where two spans met', 'constructed (a Swedish byline box)'],
    ['Emily Post Reporter', 'no name before the job once "Post" is read as an outlet', 'constructed'],
    ['Ben Silverman Games Editor', 'a desk between the name and the job: "Ben Silverman Games" is no name', 'readability/yahoo-1'],
    ['Jonathan Garber FOXBusiness', 'a name and an outlet run together', 'scrapinghub/5137456 with hashed classes'],
    ['作者：佚名', '"anonymous"', 'constructed'],
    ['기자', 'the Korean role word alone', 'constructed'],
    ['Par Le Figaro avec AFP', 'outlet led by a Romance article', 'constructed'],
    ['PBS Space Time', 'acronym-led show', 'scrapinghub dev'],
    ['dwoz says:', 'commenter', 'issue 15'],
    ['stephangoeldi said,', 'commenter', 'issue 15'],
    ['gnaddrig Sagt:', 'commenter', 'issue 15'],
    ['tagesschau.de', 'domain', 'issue 15'],
    ['mdr.de', 'domain', 'issue 15'],
    ['STERN.de', 'domain', 'issue 15'],
    ['wordpressadmin', 'CMS login', 'issue 15'],
    ['link78', 'CMS login', 'issue 15'],
    ['christian.stadtfeld', 'CMS login', 'issue 15'],
    ['ca. 8 Min.', 'reading time', 'issue 15'],
    ['weiter', 'navigation', 'issue 15'],
    ['Xing', 'navigation', 'issue 15'],
    ['anna.dunst (at) example (dot) de', 'obfuscated e-mail (issue 15 names the kind; address constructed)', 'constructed'],
    ['patrick.shanley@THR.com', 'e-mail', 'scrapinghub/8267aca'],
    ['Games Editor', 'role alone', 'readability/yahoo-1'],
    ['J J', 'initials only', 'readability/yahoo-2'],
    ['by Admin', 'CMS account', 'scrapinghub/2148641'],
    ['jdadmin', 'CMS account', 'scrapinghub/5211188'],
    ['KWCHCIK', 'station account', 'scrapinghub/3ce1c8f'],
    ['The Water Coolest', 'newsletter brand', 'scrapinghub/55bb634'],
    ['By Staff Reports -', 'desk', 'scrapinghub/961bd85'],
    ['JERUSALEM POST STAFF', 'desk', 'scrapinghub/e372e42'],
    ['By HNN Staff | November 18, 2019 at 2:26 PM HST', 'desk', 'scrapinghub/f344ca5'],
    ['Practical Horseman Editorial Staff', 'desk', 'scrapinghub/e1cd54e'],
    ['Associated Press', 'agency', 'scrapinghub/0d46122'],
    ['REUTERS', 'agency', 'scrapinghub/359fee2'],
    ['by European Space Agency', 'organisation', 'scrapinghub/e1c7023'],
    ['Posted by Vortex', 'one word: an account, not a full name', 'scrapinghub/95301fb'],
    ['Follow Author', 'navigation', 'readability/royal-road'],
    ['View author archive email the author Get author RSS feed', 'navigation', 'scrapinghub/432362a'],
    ['留言', 'CJK "comments" label', 'readability/pixnet'],
    ['Most Popular', 'list heading', 'constructed'],
    ['Alle Beiträge', 'navigation', 'constructed'],
    ['人氣(23925)', 'CJK view counter', 'readability/pixnet'],
    ['新华社', 'CJK agency name', 'constructed'],
    ['Foto: Max Muster', "a caption's photo credit, alone (German sites print it in author-classed spans)", 'constructed'],
    ['Photo by John Smith', "a caption's photo credit", 'constructed'],
    ['Foto de Ana García', "a caption's photo credit (Spanish)", 'constructed'],
    ['责任编辑：王五', 'the desk editor under a Chinese story, not its author', 'constructed'],
    ['Edited by Max Muster', 'an editor, not the author', 'constructed'],
    ['Zum Autor', 'navigation to the author page (German)', 'constructed'],
    ['Zur Startseite', 'navigation (German)', 'constructed'],
    ['Redacción Madrid', 'a desk (Spanish)', 'constructed'],
    ['Agencia EFE', 'an agency (Spanish)', 'constructed'],
    ['By Jane Roe Bio', "the author box's bio button run on", 'constructed'],
    ['By JANE ROE WASHINGTON (AP) —', 'a name in capitals run into a dateline in capitals: no telling where it ends', 'constructed'],
    ['By Jane Roe Listen', "an audio player's button run on", 'constructed'],
    ['Von Anna Dunst Anhören', "an audio player's button run on (German)", 'constructed'],
    ['By Jane Roe Opinion', "the story's kind run on", 'constructed'],
    ['Par Marie Durand Analyse', "the story's kind run on (French)", 'constructed'],
    ['Anna Dunst Autorenseite', "the link to the author's page run on (German)", 'constructed'],
    ['Por Ana García Seguir', 'a follow button run on (Spanish)', 'constructed'],
    ['Jane Roe Exclusive', "the story's label run on", 'constructed'],
    ['By Jane Roe Save', 'a bookmark button run on', 'constructed'],
    ['Stadt Jena', 'a public body (German city)', 'constructed'],
    ['Landratsamt Jena', 'a public body (a German compound ending in -amt)', 'constructed'],
    ['Bundesministerium der Finanzen', 'a public body (a German compound ending in -ministerium)', 'constructed'],
    ['Ayuntamiento de Madrid', 'a public body (Spanish city hall)', 'constructed'],
    ['Junta de Andalucía', 'a public body (Spanish region)', 'constructed'],
    ['Condé Nast', "a media group, a CMS's default meta author", 'scrapinghub/2f42ef1 (WIRED)'],
    ['Axel Springer', 'a media group', 'constructed'],
    ['Ziff Davis', 'a media group', 'constructed'],
  ])('%j (%s; %s)', (raw) => {
    expect(bylineNames(raw)).toEqual([]);
  });

  it.each([
    ['Snopes', ['Snopes.com']],
    ['LinkNaija', ['LinkNaija']],
    ['BBC News', ['BBC News']],
  ])("%j: the site's own name (scrapinghub JSON-LD authors)", (raw, sites) => {
    expect(bylineNames(raw, sites)).toEqual([]);
  });

  it.each([
    ['PBS Space Time', 'an acronym before words in mixed case: a show'],
    ['Google Ads Developer Advisor', 'a role'],
    ['Google Testing Bloggers', 'a team'],
    ['Night Vale Presents', 'a podcast network'],
    ['Item Author', 'a placeholder role'],
    ['DER SPIEGEL', 'a title with its article'],
    ['Delterme, Jean, agence, AFP, Bommelaer', 'library order that does not pair up'],
    ['Paris, Reuters', 'a dateline, not "Reuters Paris" (constructed)'],
    ['PTI, Washington', 'an agency and a dateline, not "Washington PTI" (scrapinghub/c90731f)'],
  ])('%j (%s; feeds corpus author strings)', (raw) => {
    expect(bylineNames(raw)).toEqual([]);
  });
});

describe('bylineNames leaves out the outlet or institution printed beside a name', () => {
  it.each([
    ['Kevin Johnson and Kevin McCoy USA TODAY', ['usatoday.com', 'usatoday'], ['Kevin Johnson', 'Kevin McCoy'], 'scrapinghub/c58aa50'],
    ['Elliot Brownstein Florida Today', ['floridatoday.com', 'floridatoday'], ['Elliot Brownstein'], 'scrapinghub/c81e134'],
    ['Jill Disis, CNN Business', ['CNN', 'cnn.com', 'cnn'], ['Jill Disis'], 'scrapinghub/d605bde'],
    ['By Dana Whitfield, University of Riverside', [], ['Dana Whitfield'], 'attribution fixture synthetic-conversation-republish'],
    ['Lenny Bernstein, illustration by Anna Parini for the washington post', [], ['Lenny Bernstein'], 'feeds corpus'],
    ['By Anna Dunst Reuters', [], ['Anna Dunst'], 'constructed: a wire byline box, the agency on the line under the name'],
    ['By JANIE ROE Associated Press', [], ['JANIE ROE'], "constructed: the AP's capitals, the agency run on"],
    ['By Jane Roe AP Sports Writer', [], ['Jane Roe'], "constructed: the agency with the reporter's role"],
    ['By Jane Roe and Tom Baker The Washington Post', [], ['Jane Roe', 'Tom Baker'], 'constructed: a known outlet led by "The"'],
    ['Jane Roe The Harbour Gazette', [], ['Jane Roe'], 'constructed: an outlet led by "The", not in the list'],
    ['By Jane Roe WASHINGTON (AP) —', [], ['Jane Roe'], 'constructed: a wire dateline run into the byline'],
    ['By Jane Roe BATON ROUGE, La. (AP) —', [], ['Jane Roe'], 'constructed: a dateline with its state'],
    ['By Jane Roe, Associated Press NEW YORK (AP) —', [], ['Jane Roe'], 'constructed: agency, then dateline'],
    ['By Jane Roe (AP) —', [], ['Jane Roe'], 'constructed: the agency alone, no place'],
    ['By Jane Roe For Mailonline', [], ['Jane Roe'], 'constructed: a tabloid\'s "For <outlet>", capitalised'],
    ['By JANE ROE FOR DAILYMAIL.COM', [], ['JANE ROE'], 'constructed: the same in capitals, with a domain'],
    ['By JANE ROE, US POLITICAL REPORTER FOR DAILYMAIL.COM', [], ['JANE ROE'], 'constructed: a role, then the outlet'],
    ['By Jane Roe and Tom Baker For Mailonline', [], ['Jane Roe', 'Tom Baker'], 'constructed: two writers for one outlet'],
    ['Jane Roe Special for USA TODAY', [], ['Jane Roe'], "constructed: a contributor's credit"],
    ['Von Anna Dunst für die Zeit', [], ['Anna Dunst'], 'constructed: German'],
  ])('%j on %j → %j (%s)', (raw, sites, names) => {
    expect(bylineNames(raw, sites)).toEqual(names);
  });

  it.each([
    ['Jan Van Der Berg', 'a Dutch particle capitalised, not the German article of an outlet ("Der Spiegel")'],
    ['Anna Maria Dunst', 'three words, none an outlet'],
    ['Tom Ap', "an outlet's short name as a surname is left alone when it would leave one word"],
  ])('keeps %j whole (%s; constructed)', (raw) => {
    expect(bylineNames(raw)).toEqual([raw]);
  });

  it('does not take a site name inside a person\'s name for the site (a one-word site "Root" leaves "Al Root" alone)', () => {
    expect(bylineNames('Al Root', ['Barrons', 'barrons.com'])).toEqual(['Al Root']);
  });
});

describe('bylineNames rejects a phrase of common words alone (name-lexicon)', () => {
  // Labels capitalised like names pass every shape test; no list of UI strings can name them all. A phrase whose every
  // word is one of its language's 5,000 most common words, and none a popular given name, is ordinary language.
  it.each([
    ['View All', '', "the link to the author's other stories, its name left out (scrapinghub/ac1bfdd with the byline removed)"],
    ['Expert Picks', '', 'a navigation link to a /writers/ page (scrapinghub/08f7937 with the byline removed)'],
    ['Load More', '', 'constructed'],
    ['Top Stories', '', 'constructed'],
    ['Privacy Policy', '', 'constructed'],
    ['Latest News', '', 'constructed'],
    ['Mehr Erfahren', 'de', 'constructed (German "learn more")'],
    ['Voir Plus', 'fr', 'constructed (French "see more")'],
    ['Leer Más', 'es-ES', 'constructed (Spanish "read more")'],
  ])('%j (lang %j; %s)', (raw, lang) => {
    expect(bylineNames(raw, [], lang)).toEqual([]);
  });

  it.each([
    ['Mark Price', '', 'a popular given name and a common word'],
    ['Will Young', '', 'both words common, the first a given name'],
    ['H. J. Smith', '', 'an initial marks a name'],
    ['Peter Müller', 'de', 'a German name on a German page'],
    ['Marie Dubois', 'fr', 'a French name on a French page'],
    ['Jane Roe', '', 'a surname no frequency list holds'],
  ])('keeps %j (lang %j; %s; constructed)', (raw, lang) => {
    expect(bylineNames(raw, [], lang)).toEqual([raw]);
  });
});

describe('bylineNames keeps the person', () => {
  it.each([
    ['As told to Jane Roe', ['Jane Roe'], 'constructed: a first-person account, credited to the journalist who wrote it down'],
    ['Por Carla Mendes, de São Paulo', ['Carla Mendes'], 'constructed: the place written from, after the name (Portuguese)'],
    ['Carla Mendes, em Brasília', ['Carla Mendes'], 'constructed'],
    ['Erik Lindqvist Reporter', ['Erik Lindqvist'], 'constructed: name and job in two spans with no comma (a Swedish byline box)'],
    ['Jane Roe Senior Staff Writer', ['Jane Roe'], 'constructed: the shortest name before the job and its qualifiers'],
    ['Anna Dunst Redakteurin', ['Anna Dunst'], 'constructed'],
    ['Ronald McDonald', ['Ronald McDonald'], "constructed: a capital after a short prefix is the name's own"],
    ['Ella FitzGerald', ['Ella FitzGerald'], 'constructed'],
    ['Jan de Vries', ['Jan de Vries'], 'constructed: a particle inside the name stays'],
    ['Protokoll: Anna Dunst', ['Anna Dunst'], 'constructed: the German "as told to"'],
    ['Par Jean Dupont, envoyé spécial à Lyon', ['Jean Dupont'], "constructed: a French reporter's role after the name"],
    ['von Anna Dunst', ['Anna Dunst'], 'issue 15'],
    ['Gastbeitrag von Anna Dunst', ['Anna Dunst'], 'constructed: the "von Anna Dunst" kind of issue 15 with an article type before it'],
    ['Gepostet von Max Muster', ['Max Muster'], 'constructed'],
    ['Ein Bericht von Anna Dunst', ['Anna Dunst'], 'constructed: an article and a genre before "von" (golem.de prints "Ein Bericht von")'],
    ['Eine Analyse von Anna Dunst', ['Anna Dunst'], 'constructed'],
    ['Une chronique de Jeanne Roux', ['Jeanne Roux'], 'constructed (French: an article and a genre before "de")'],
    ['Von Anna Dunst mit Material von dpa', ['Anna Dunst'], 'constructed: agency copy credited after the writer (German news sites)'],
    ['Von Anna Dunst mit Agenturen', ['Anna Dunst'], 'constructed'],
    ['By Jane Roe, with reporting by Max Bauer', ['Jane Roe'], 'constructed: a contributor after the writer'],
    ['By Jane Roe, with wire services', ['Jane Roe'], 'constructed'],
    ['Por Ana Ruiz con información de EFE', ['Ana Ruiz'], 'constructed (Spanish: agency copy)'],
    ['By Jane Roe, Special to The Globe and Mail', ['Jane Roe'], 'constructed: a freelancer and the outlet written for'],
    ['Jane Roe Posted on May 3', ['Jane Roe'], "constructed: a blog's post line with the name first"],
    ['Von Anna Dunst Stand 05.12.2026', ['Anna Dunst'], 'constructed: German "Stand" (as of) and a date without a colon'],
    ['来源：新华网 作者：张三 2026-12-05 10:30', ['张三'], 'constructed: source, author and time on one line'],
    ['记者 张三 李四', ['张三', '李四'], 'constructed: names after 记者 separated by spaces'],
    ['本报记者 张三', ['张三'], 'constructed: "our reporter"'],
    ['（记者 张三）', ['张三'], 'constructed: the byline wrapped in brackets'],
    ['김철수 기자, 이영희 특파원', ['김철수', '이영희'], 'constructed: Korean role after the name'],
    ['Autor*in: Anna Dunst', ['Anna Dunst'], 'constructed: gender star'],
    ['Par Jean Dupont Publié le 05 décembre 2026 à 10h30', ['Jean Dupont'], 'constructed: "Publié" ends the byline'],
    ['Max Muster, ARD-Studio Paris', ['Max Muster'], 'constructed: an acronym-led outlet after the name, not a second person'],
    ['Anna Dunst, Leiterin Kommunikation', ['Anna Dunst'], 'constructed: a German job title after the name'],
    ['Jane Smith, The Guardian', ['Jane Smith'], 'constructed: an outlet led by an article after the name'],
    ['Le Thi Hong', ['Le Thi Hong'], 'constructed: a three-word name led by "Le" stays a name'],
    ['John Head', ['John Head'], 'constructed: a surname that is a word'],
    ['von Dr. Anna Dunst', ['Anna Dunst'], 'constructed: academic title after the prefix'],
    ['Prof. Dr. Max Muster', ['Max Muster'], 'constructed: stacked academic titles'],
    ['By Dr. Jane Smith', ['Jane Smith'], 'constructed'],
    ['John C. Welch', ['John C. Welch'], 'issue 15 (initials kept, not "John C, Welch")'],
    ['Bradley M. Kuhn (http://ebb.org/bkuhn/)', ['Bradley M. Kuhn'], 'readability/ebb-org'],
    ['Par Sébastien Farcis', ['Sébastien Farcis'], 'readability/liberation-1'],
    ['Текст: Венера Ерофеева', ['Венера Ерофеева'], 'scrapinghub/3c6d338'],
    ['Analysis by Chris Cillizza, CNN Editor-at-large', ['Chris Cillizza'], 'scrapinghub/ef4e67b'],
    ['By TOM KRISHER, AP Auto Writer', ['TOM KRISHER'], 'scrapinghub/0584457'],
    ['By ROBERT BURNS, AP National Security Writer', ['ROBERT BURNS'], 'scrapinghub/db6b081'],
    ['Written by Rachael Link, MS, RD on November 14, 2019', ['Rachael Link'], 'scrapinghub/e593d7f'],
    ['By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.', ['Louis Jacobson'], 'scrapinghub/b6906ca'],
    ['Victor Tangermann, Futurism', ['Victor Tangermann'], 'scrapinghub/14cc2a0'],
    ['Troy L. Smith, Cleveland.com', ['Troy L. Smith'], 'scrapinghub/35b1589'],
    ['Ilana Muhlstein, MS, RDN', ['Ilana Muhlstein'], 'scrapinghub/ec3878d'],
    ['Finian Cunningham. Sputnik International', ['Finian Cunningham'], 'scrapinghub/1f765c4'],
    ['By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm', ['Mike Wuerthele', 'Malcolm Owen'], 'scrapinghub/65bf304'],
    ['By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER', ['LISA MASCARO', 'MARY CLARE JALONICK', 'ERIC TUCKER'], 'scrapinghub/82b6d78'],
    ['By Stefan Becket, Kathryn Watson, Grace Segers', ['Stefan Becket', 'Kathryn Watson', 'Grace Segers'], 'scrapinghub/7a664e4'],
    ['Abigail  Van Buren', ['Abigail Van Buren'], 'scrapinghub/87438a0'],
    ['Anna Dunst und Max Muster', ['Anna Dunst', 'Max Muster'], 'constructed (German "und")'],
    ['Par Marie Dupont et Jean Martin', ['Marie Dupont', 'Jean Martin'], 'constructed (French "et")'],
    ['Por Ana García y Luis Pérez', ['Ana García', 'Luis Pérez'], 'constructed (Spanish "y")'],
    ['Di Mario Rossi', ['Mario Rossi'], 'constructed (Italian "Di")'],
    ['Door Jan de Vries', ['Jan de Vries'], 'constructed (Dutch "Door")'],
    ['Av Ola Nordmann', ['Ola Nordmann'], 'constructed (Norwegian "Av")'],
    ['Autor: Max Muster', ['Max Muster'], 'constructed (German "Autor:")'],
    ['John E Smith', ['John E Smith'], 'constructed (a middle initial "E" is not the Italian "e")'],
    ['Ein Kommentar von Anna Dunst', ['Anna Dunst'], 'constructed (German)'],
    ['Propos recueillis par Marie Dupont', ['Marie Dupont'], 'constructed (French interview)'],
    ['a cura di Mario Rossi', ['Mario Rossi'], 'constructed (Italian)'],
    ['Rédigé par Marie Dupont', ['Marie Dupont'], 'constructed (French WordPress "Rédigé par")'],
    ['Pubblicato da Mario Rossi', ['Mario Rossi'], 'constructed (Italian WordPress "Pubblicato da")'],
    ['Geplaatst door Jan de Vries', ['Jan de Vries'], 'constructed (Dutch WordPress "Geplaatst door")'],
    ['Redactado por Ana García', ['Ana García'], 'constructed (Spanish "Redactado por")'],
    ['Von unserem Korrespondenten Max Muster', ['Max Muster'], 'constructed (German "by our correspondent")'],
    ['Von unserer Korrespondentin Anna Dunst', ['Anna Dunst'], 'constructed (German, feminine)'],
    ['Par notre envoyée spéciale Marie Dupont', ['Marie Dupont'], 'constructed (French "by our special envoy")'],
    ['De nuestro corresponsal Luis Pérez', ['Luis Pérez'], 'constructed (Spanish "from our correspondent")'],
    ['Von unserem Redakteur', [], 'constructed (a role with no name names no one)'],
    ['By Anna Dunst 5 min read', ['Anna Dunst'], 'constructed (a reading time after the name, no separator)'],
    ['Von Anna Dunst 3 Min', ['Anna Dunst'], 'constructed (German reading time)'],
    ['ca. 8 Min.', [], 'issue 15 (a reading time alone is no one)'],
    ['Anna Dunst (dpa)', ['Anna Dunst'], 'constructed (agency in parentheses)'],
    ['Von Anna Dunst, Stand: 14.11.2019', ['Anna Dunst'], 'constructed (German "Stand:" date)'],
    ['Text: Anna Dunst / Fotos: Max Muster', ['Anna Dunst'], 'constructed (photographer is not the author)'],
    ['Text und Fotos: Anna Dunst', ['Anna Dunst'], 'constructed (the writer took the pictures too)'],
    ['Text & Bild: Anna Dunst', ['Anna Dunst'], 'constructed (the same, with "&")'],
    ['Gastautor: Prof. Dr. Max Muster', ['Max Muster'], 'constructed (a guest author, academic titles cut)'],
    ['Von KN-Redakteurin Anna Dunst', ['Anna Dunst'], "constructed (the outlet's role before the name)"],
    ['Staff Writer Jane Roe', ['Jane Roe'], 'constructed (a role before the name)'],
    ['Staff Writer', [], 'constructed (a role alone names no one)'],
    ['记者 张三', ['张三'], 'constructed (Chinese "记者" prefix)'],
    ['Richard (R.J.) Eskow', ['Richard (R.J.) Eskow'], 'readability/salon-1 (a nickname in parentheses is kept as printed)'],
    ['Bruno (Henrique Zecchin) Rodrigues', ['Bruno (Henrique Zecchin) Rodrigues'], 'readability/folha (a second name in parentheses)'],
    ['Jane Roe (AFP) and John Doe', ['Jane Roe', 'John Doe'], 'constructed (an agency in parentheses is not a nickname)'],
    ['Al Root', ['Al Root'], 'scrapinghub/f8ff621 (a first name that is also a particle)'],
    ['By AJ Willingham, CNN', ['AJ Willingham'], 'constructed (a two-letter first name in capitals is not an acronym)'],
    ['Scappaticci, Elena', ['Elena Scappaticci'], 'feeds corpus (Le Figaro: library order)'],
    [
      'de Larminat, Astrid, Dargent, Françoise',
      ['Astrid de Larminat', 'Françoise Dargent'],
      'feeds corpus (library order with a particle)',
    ],
    ['Ash, C., Mueller, K. L.', ['C. Ash', 'K. L. Mueller'], 'feeds corpus (Science: surname, initials)'],
    ['Jong, Michiel de', ['Michiel de Jong'], 'readability/ietf-1 (DC.Creator, particle after the given name)'],
    ['LAPALU, N., SIMON, A.', ['N. LAPALU', 'A. SIMON'], 'feeds corpus (surnames in capitals)'],
    ['作者：张三 责任编辑：李四', ['张三'], "constructed (the author, the desk editor's credit after it cut off)"],
    ['By Anna Dunst. Edited by Max Muster', ['Anna Dunst'], 'constructed (the editor is not an author)'],
    ['Par Jean Dupont, à Paris', ['Jean Dupont'], 'constructed (where the author wrote from)'],
    ['by Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET', ['Ahiza Garcia'], 'readability/cnn (a social handle after the name)'],
    ['By Alissa Wilkinson@alissamarie', ['Alissa Wilkinson'], 'readability/videos-1 (the handle run on)'],
    [
      'Posted by Andrew Hayden, Software Engineer on Google Play',
      ['Andrew Hayden'],
      'readability/links-in-tables (a role and where it is held)',
    ],
    ['Jane Roe, Reporter at the Times', ['Jane Roe'], 'constructed (a role "at" an outlet)'],
    ['Anna Dunst, Redakteurin bei der Zeit', ['Anna Dunst'], 'constructed (German "bei")'],
    ['Jane Roe, Senior Analyst at Acme', ['Jane Roe'], 'constructed (a role word first)'],
    ['Jane Roe, Data Scientist', ['Jane Roe'], 'constructed (a job word last)'],
    ['Jane Roe, Software Engineer at Acme Labs', ['Jane Roe'], 'constructed (a job word, then where)'],
  ])('%j → %j (%s)', (raw, names) => {
    expect(bylineNames(raw)).toEqual(names);
  });

  it('cleans without splitting initials', () => {
    expect(cleanByline('By Sarah E. Needleman')).toBe('Sarah E. Needleman');
    expect(isPersonName('Sarah E. Needleman')).toBe(true);
  });
});

describe('readByline on a page', () => {
  it('takes the byline under the headline, not the author of a related story (readability/cnet shape)', () => {
    const html = page(
      '<title>Zuckerberg offers peek - CNET</title>',
      `<article><h1>Zuckerberg offers peek at acquisition strategies</h1>
      <div class="byline">by <a class="author">Steven Musil</a> January 18, 2017</div>${STORY}</article>
      <div class="related"><span class="author">by Seamus Byrne</span></div>`,
    );
    expect(extractArticle(html, 'https://www.cnet.com/news/x/')?.byline).toBe('Steven Musil');
  });

  it("does not take the author of another story's <article> below (teaser cards)", () => {
    const html = page(
      '<title>Harbour wall</title>',
      `<main><article><h1>Council votes to rebuild the harbour wall</h1>${STORY}</article>
      <article class="card"><h2>Another story</h2><span class="card__author">Jane Roe</span></article></main>`,
    );
    expect(extractArticle(html, 'https://news.example.com/x')?.byline).toBeNull();
  });

  it('gives none when the only candidates are commenters (scrapinghub/ac3c035 shape)', () => {
    const html = page(
      '<title>Open thread</title>',
      `<article><h1>September open thread for readers</h1>${STORY}</article>
      <div id="comments"><div class="comment-author">Milan Griffes on September 12, 2018 at 4:47 pm said:</div>
      <div class="comment-author">Gary Miller said:</div></div>`,
    );
    expect(extractArticle(html, 'https://blog.example.org/x')?.byline).toBeNull();
  });

  it('gives none when JSON-LD names the site itself (scrapinghub/34a7328: author "LinkNaija")', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Nollywood actress speaks","author":{"@type":"Organization","name":"LinkNaija"}}</script>';
    const html = page(
      `${ld}<meta property="og:site_name" content="LinkNaija | Nigeria's popular news platform">`,
      `<article><h1>Nollywood actress speaks</h1><div class="author">LinkNaija</div>${STORY}</article>`,
    );
    expect(extractArticle(html, 'https://www.linknaija.com/2018/10/x.html')?.byline).toBeNull();
  });

  it('settles meta authors that disagree by the visible byline (scrapinghub/bc13ff8 shape)', () => {
    const head = '<meta name="author" content="Kevin Rebong"><meta name="sailthru.author" content="By David Jeans">';
    const html = page(
      head,
      `<article><h1>Thousands of employees to be laid off this week</h1><div class="byline">By David Jeans</div>${STORY}</article>`,
    );
    expect(extractArticle(html, 'https://therealdeal.com/x')?.byline).toBe('David Jeans');
  });

  it('prefers the visible byline to a meta author it contradicts (scrapinghub/2f42ef1: meta author "Condé Nast")', () => {
    const html = page(
      '<meta name="author" content="Condé Nast">',
      `<article><h1>The future of banking is you are broke</h1><div class="byline">By Molly Wood</div>${STORY}</article>`,
    );
    expect(extractArticle(html, 'https://www.wired.com/story/x/')?.byline).toBe('Molly Wood');
  });

  it('gives none when the meta author is the one the page credits as its editor (readability/gmw shape: "责任编辑：肖春芳")', () => {
    const html = page(
      '<meta name="author" content="肖春芳">',
      `<div class="contentLeft"><h1>宇航员在太空中喝酒会怎么样？后果很严重</h1><div class="m-con-info"><span id="author_baidu">作者：</span><span id="editor_baidu">责任编辑：肖春芳</span></div>${STORY}</div>`,
    );
    expect(extractArticle(html, 'http://tech.gmw.cn/2017-03/10/content_1.htm')?.byline).toBeNull();
  });

  it("gives none when the meta author is the editor credited in the story's own text, whatever the classes say (readability/gmw with hashed classes; constructed en)", () => {
    const zh = page(
      '<meta name="author" content="肖春芳">',
      `<div class="x1"><h1>宇航员在太空中喝酒会怎么样？后果很严重</h1><div class="x2">${STORY}<p>作者︱春春</p><p>[责任编辑:肖春芳]</p></div></div>`,
    );
    expect(extractArticle(zh, 'http://tech.gmw.cn/2017-03/10/content_1.htm')?.byline).toBeNull();
    const en = page(
      '<meta name="author" content="Jane Roe">',
      `<div class="x1"><h1>Council votes to rebuild the harbour wall</h1><div class="x2">${STORY}<p>Edited by Jane Roe</p></div></div>`,
    );
    expect(extractArticle(en, 'https://news.example.com/harbour')?.byline).toBeNull();
    // Without that credit the meta author, printed on the page, stands.
    expect(extractArticle(en.replace('<p>Edited by Jane Roe</p>', bio('Jane Roe')), 'https://news.example.com/harbour')?.byline).toBe(
      'Jane Roe',
    );
  });

  it('keeps a meta author the page does not credit as editor, beside an editor credit for someone else (constructed)', () => {
    const html = page(
      '<meta name="author" content="Jane Roe">',
      `<article><h1>Harbour wall to be rebuilt after the storms</h1>${STORY}${bio('Jane Roe')}<p class="article-editor">Edited by John Doe</p></article>`,
    );
    expect(extractArticle(html, 'https://news.example/harbour')?.byline).toBe('Jane Roe');
  });

  it("does not take a teaser's byline above the headline, outside the headline's <article> (constructed)", () => {
    const html = page(
      '',
      `<div class="col"><div><h3>Andere Geschichte</h3><p class="byline">Von Erika Mustermann</p></div></div><article><h1>Hafenmauer wird nach Stürmen neu gebaut</h1>${STORY}</article>`,
    );
    expect(extractArticle(html, 'https://www.zeitung.example/kiel/hafen')?.byline).toBeNull();
  });

  it("does not take a teaser's byline between the headline and the story, printed after the teaser's own linked headline (constructed)", () => {
    const teaser = `<div class="strip"><div class="item"><h3><a href="/port/ferry-service-resumes">Ferry service resumes after the storm</a></h3><span class="byline">Jane Roe</span></div></div>`;
    const html = page('', `<div><h1>Council votes to rebuild the harbour wall</h1>${teaser}<div class="body">${STORY}</div></div>`);
    expect(extractArticle(html, 'https://news.example.com/port/harbour-wall')?.byline).toBeNull();
    // The story's own byline under its headline is still read, the strip after it left alone.
    const own = html.replace('</h1>', '</h1><div class="byline">By John Doe</div>');
    expect(extractArticle(own, 'https://news.example.com/port/harbour-wall')?.byline).toBe('John Doe');
  });

  it("does not take the byline of a teaser card whose linked headline has a kicker, nested in the card's standfirst (readability/herald-sun-1 shape, constructed)", () => {
    const card = (kicker: string, title: string, who: string) =>
      `<div class="story-block"><h4 class="heading"><strong class="kicker">${kicker}</strong> <a href="/news/opinion/${title.length}">${title}</a></h4><p class="standfirst"><span class="article-info"><span class="date"></span><em class="byline">${who}</em></span> A short teaser of that other story.</p></div>`;
    const html = page(
      '',
      `<div><h1>Council votes to rebuild the harbour wall</h1><div class="module">${card('Wave of stupidity', 'Doctor knows best, not the fad', 'JOE HILDEBRAND')}</div><div class="body">${STORY}</div></div>`,
    );
    expect(extractArticle(html, 'https://news.example.com/port/harbour-wall')?.byline).toBeNull();
  });

  it('gives none when the meta author is a newspaper ("Kieler Nachrichten", "Frankfurter Rundschau"; constructed)', () => {
    for (const name of ['Kieler Nachrichten', 'Frankfurter Rundschau', 'Bieler Tagblatt', 'Diario Sur']) {
      const html = page(
        `<meta name="author" content="${name}">`,
        `<article><h1>Hafenmauer wird nach Stürmen neu gebaut</h1>${STORY}</article>`,
      );
      expect(extractArticle(html, 'https://www.zeitung.example/kiel/hafen')?.byline).toBeNull();
    }
  });

  it('reads an unmarked "Written by" line just below the headline (scrapinghub/e593d7f shape)', () => {
    const html = page(
      '<title>15 Helpful Tips</title>',
      `<h1>15 Helpful Tips to Overcome Binge Eating</h1><section><div>Written by <a href="/team">Rachael Link, MS, RD</a> on November 14, 2019</div></section><article>${STORY}</article>`,
    );
    expect(extractArticle(html, 'https://www.healthline.com/x')?.byline).toBe('Rachael Link');
  });

  it('takes the visible byline when it names the one structured author and more (scrapinghub/7a664e4 shape)', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Stefan Becket"}}</script>';
    const html = page(
      `${ld}<meta name="author" content="Stefan Becket">`,
      `<article><h1>Key moments from the hearing testimony</h1><p class="content__meta--byline">By Stefan Becket, Kathryn Watson, Grace Segers</p>${STORY}</article>`,
    );
    expect(extractArticle(html, 'https://www.cbsnews.com/news/x/')?.authors).toEqual(['Stefan Becket', 'Kathryn Watson', 'Grace Segers']);
  });

  it('takes the visible byline over a structured author it does not name, even one the page prints in a bio', () => {
    // On 174 blind probe pages the rules had not seen, the visible byline was right on every such disagreement (byline.ts, overStructured).
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Stefan Becket"}}</script>';
    const html = page(
      ld,
      `<article><h1>Key moments from the hearing testimony</h1><p class="byline">By Kathryn Watson, Grace Segers</p>${STORY}<p class="bio">Stefan Becket is a senior editor.</p></article>`,
    );
    expect(extractArticle(html, 'https://www.cbsnews.com/news/x/')?.authors).toEqual(['Kathryn Watson', 'Grace Segers']);
  });

  it("takes a guest's credit over the column's structured author (probe page bylines/wirtschaftsblick-gastbeitrag-de shape)", () => {
    const ld = '<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Heike Sommer"}}</script>';
    const box =
      '<aside class="columnist"><p class="columnist-name">Heike Sommer</p><p>Heike Sommer schreibt hier jeden zweiten Donnerstag.</p></aside>';
    for (const [credit, want] of [
      ['Ein Gastbeitrag von Prof. Dr. Jörg Wendland', ['Jörg Wendland']],
      ['Guest post by Mary Ellen Clark', ['Mary Ellen Clark']],
      ['Une tribune de Jean-Marc Aubert', ['Jean-Marc Aubert']],
    ] as const) {
      const html = page(
        `${ld}<meta name="author" content="Heike Sommer">`,
        `<article><h1>Warum der Mittelstand seine Daten nicht kennt</h1>${box}<p class="piece-byline">${credit}</p>${STORY}</article>`,
      );
      expect(extractArticle(html, 'https://www.example.de/kolumnen/x')?.authors).toEqual(want);
    }
  });

  it("takes a guest's byline over the column's structured author when it does not say it is a guest's (\"Ein Beitrag von …\")", () => {
    const ld = '<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Heike Sommer"}}</script>';
    const html = page(
      ld,
      `<article><h1>Warum der Mittelstand seine Daten nicht kennt</h1><p class="piece-byline">Ein Beitrag von Jörg Wendland</p>${STORY}<p class="columnist">Heike Sommer schreibt hier jeden zweiten Donnerstag.</p></article>`,
    );
    expect(extractArticle(html, 'https://www.example.de/kolumnen/x')?.authors).toEqual(['Jörg Wendland']);
  });

  it('does not take a byline printed after the story\'s body, outside it (scrapinghub/f344ca5 shape: a linked story\'s "By Lisa Kubota" under a staff story)', () => {
    const html = page(
      '<title>Scientists find the moon almost certainly has water</title>',
      `<div class="story"><h1>Scientists find the moon almost certainly has water</h1><div class="byline">By HNN Staff</div>${STORY}</div>
      <div class="feed"><h3><a href="/2019/11/18/other/">Rail project faces new delays</a></h3><div class="byline">By Lisa Kubota</div></div>`,
    );
    expect(extractArticle(html, 'https://www.hawaiinewsnow.com/2019/11/18/x/')?.byline).toBeNull();
  });

  it('reads a name whose last letter is in its own span whole (scrapinghub/2f42ef1, wired.com: "Molly Woo<span>d</span>")', () => {
    const html = page(
      '<title>The future of banking is you are broke</title>',
      `<article><h1>The future of banking is you are broke</h1><div class="byline bylines__byline byline--author"><a class="byline__name-link" href="/contributor/molly-wood">Molly Woo<span class="link__last-letter-spacing">d</span></a></div>${STORY}</article>`,
    );
    expect(extractArticle(html, 'https://www.wired.com/story/x/')?.byline).toBe('Molly Wood');
  });

  it('keeps apart a name and an outlet printed in adjacent spans (scrapinghub/5137456, foxbusiness.com: "Jonathan Garber" "FOXBusiness")', () => {
    const html = page(
      '<title>Home Depot sales miss, shares plunge</title>',
      `<article><h1>Home Depot sales miss, shares plunge</h1><div class="author-byline"><span><span class="article-authors"><span>By </span><span class="authors"><span class="author"><a href="/person/g/jonathan-garber" rel="author">Jonathan Garber</a><span></span></span></span></span><span class="article-source"><a href="http://www.foxbusiness.com/index.html">FOXBusiness</a></span></span></div>${STORY}</article>`,
    );
    expect(extractArticle(html, 'https://www.foxbusiness.com/markets/x')?.byline).toBe('Jonathan Garber');
  });

  it('does not read a hidden copy of the name (scrapinghub/ba4dfe2, express.co.uk: a display:none rel=author link)', () => {
    const html = page(
      '<title>Outbreak warning</title>',
      `<article><h1>Outbreak warning issued by health officials</h1><div class="author"> By <a href="/journalist/122507/Sean-Martin"><span>Sean Martin</span></a> <a href="" rel="author" style="display:none">Sean Martin</a></div>${STORY}</article>`,
    );
    expect(extractArticle(html, 'https://www.express.co.uk/news/x')?.byline).toBe('Sean Martin');
  });

  it('reads every author of a repeated meta key (readability/ietf-1: two DC.Creator tags, not the first alone)', () => {
    const html = page(
      '<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">',
      `<h1>remoteStorage</h1><pre>M. de Jong, F. Kooman</pre><article>${STORY}<p>Authors' addresses: F. Kooman, Michiel B. de Jong</p></article>`,
    );
    expect(extractArticle(html, 'https://tools.ietf.org/html/draft-dejong-remotestorage-04')?.authors).toEqual([
      'F. Kooman',
      'Michiel de Jong',
    ]);
  });

  it('does not take a JSON-LD author typed as an organization for a person (a name-shaped outlet, constructed from scrapinghub/2c46804 "CBS News")', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"NewsMediaOrganization","name":"Frankfurter Rundschau"}}</script>';
    const html = page(ld, `<article><h1>Stadt baut die Hafenmauer neu</h1>${STORY}</article>`);
    expect(extractArticle(html, 'https://www.fr.de/x.html')?.byline).toBeNull();
  });
});

describe("a blog post's own footer (constructed: the Blogger and WordPress post templates' shapes)", () => {
  const POSTS = `<div class="header"><h1><a href="/">Mein Blog</a></h1></div>`;
  const blogger = (credit: string, after = '') =>
    page(
      '<title>Mein Blog: Hafenmauer wird nach Stürmen neu gebaut</title>',
      `${POSTS}<div class="post hentry"><h3 class="post-title entry-title">Hafenmauer wird nach Stürmen neu gebaut</h3><div class="post-body entry-content">${STORY}</div>` +
        `<div class="post-footer"><span class="post-author vcard">${credit} <span class="fn">Anna Dunst</span></span> <span class="post-timestamp">um <a class="timestamp-link" href="/p"><abbr class="published" title="2022-05-03T10:32:00+02:00">10:32</abbr></a></span></div></div>${after}`,
    );

  it('reads the byline and date of a post footer after the body, inside the post', () => {
    for (const credit of ['Eingestellt von', 'Posted by']) {
      const a = extractArticle(blogger(credit), 'https://mein.blogspot.com/2022/05/hafen.html');
      expect(a?.byline).toBe('Anna Dunst');
      expect(a?.published_at).toBe('2022-05-03T10:32:00.000+02:00');
    }
  });

  it('still reads no byline below a body that is not in a post of its own (a column of other stories)', () => {
    const others = `<div class="col">${'<div><h3><a href="/andere">Andere Geschichte aus dem Hafen</a></h3><p class="byline">Von Erika Mustermann</p></div>'.repeat(6)}</div>`;
    const html = page(
      '<title>Hafenmauer wird nach Stürmen neu gebaut</title>',
      `<div class="main"><h1>Hafenmauer wird nach Stürmen neu gebaut</h1><div class="text">${STORY}</div>${others}</div>`,
    );
    expect(extractArticle(html, 'https://www.zeitung.example/kiel/hafen')?.byline).toBeNull();
  });

  it('reads the credit after the date of an unmarked post line ("Veröffentlicht am 3. Mai 2022 von Anna Dunst", "Posted on … by …")', () => {
    for (const line of [
      'Veröffentlicht am 3. Mai 2022 von Anna Dunst',
      'Posted on May 3, 2022 by Anna Dunst',
      'Publié le 3 mai 2022 par Anna Dunst',
      'Gepubliceerd op 3 mei 2022 door Anna Dunst',
    ]) {
      const html = page(
        '<title>Hafenmauer wird nach Stürmen neu gebaut – Mein Blog</title>',
        `<article class="post"><h1 class="entry-title">Hafenmauer wird nach Stürmen neu gebaut</h1><div class="entry-meta">${line}</div><div class="entry-content">${STORY}</div></article>`,
      );
      expect(extractArticle(html, 'https://blog.example.de/hafen')?.byline).toBe('Anna Dunst');
    }
  });

  it('reads the credit after a date that opens an unmarked line ("Tuesday 15 October 2019 by …": readability/ebb-org without its structured data)', () => {
    for (const line of ['Tuesday 15 October 2019 by Anna Dunst', 'March 3, 2022 at 10:32 am by Anna Dunst', '3. Mai 2022 von Anna Dunst']) {
      const html = page('', `<div><h1>Hafenmauer wird nach Stürmen neu gebaut</h1><p class="top">${line}</p>${STORY}</div>`);
      expect(extractArticle(html, 'https://blog.example.de/hafen')?.byline).toBe('Anna Dunst');
    }
    // A date with a place or a phrase after it names no one.
    for (const line of ['March 3, 2022 Washington', 'In 2019 by far the best year for the port']) {
      const html = page('', `<div><h1>Hafenmauer wird nach Stürmen neu gebaut</h1><p class="top">${line}</p>${STORY}</div>`);
      expect(extractArticle(html, 'https://blog.example.de/hafen')?.byline).toBeNull();
    }
  });

  it('drops the full stop of a credit written as a sentence ("Posted by Anna Dunst.")', () => {
    const html = page(
      '<title>The harbour wall will be rebuilt</title>',
      `<main><article><header><h1>The harbour wall will be rebuilt</h1></header><div>${STORY}</div><footer><p>Posted by Anna Dunst.</p></footer></article></main>`,
    );
    expect(extractArticle(html, 'https://v8.example/blog/harbour')?.byline).toBe('Anna Dunst');
  });
});

describe('byline elements named in camelCase, and author boxes around them', () => {
  it('reads a byline whose class is camelCase ("atc-MetaAuthor", "articleAuthor", "authorName"; constructed)', () => {
    for (const cls of ['atc-MetaAuthor', 'articleAuthor', 'authorName']) {
      const html = page(
        '',
        `<article><h1>Hafenmauer wird nach Stürmen neu gebaut</h1><span class="${cls}">Anna Dunst</span>${STORY}</article>`,
      );
      expect(extractArticle(html, 'https://www.zeitung.example/kiel/hafen')?.byline).toBe('Anna Dunst');
    }
  });

  it('reads a byline whose class joins its words in lower case ("authorname-txt" as readability/msn names it, "postauthor")', () => {
    for (const cls of ['authorname-txt', 'postauthor', 'entryauthor']) {
      const html = page(
        '',
        `<div class="main"><h1>Hafenmauer wird nach Stürmen neu gebaut</h1><span class="${cls}">Anna Dunst</span>${STORY}</div>`,
      );
      expect(extractArticle(html, 'https://www.zeitung.example/kiel/hafen')?.byline).toBe('Anna Dunst');
    }
  });

  it('reads an author box holding a marked-up author whole, not its topic link as a name (readability/cnet shape: "Tech Industry" over "by Steven Musil")', () => {
    const html = page(
      '',
      `<article><h1>Facebook pulls the plug on its Oculus game studio</h1><div class="authorInfo"><h6><a href="/topics/tech-industry/">Tech Industry</a></h6><ul><li itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="byText">by </span><a rel="author" class="author" href="/profiles/stevenmusil/"><span itemprop="name">Steven Musil</span></a> <time>January 18, 2017 11:00 PM PST</time></li></ul></div>${STORY}</article>`,
    );
    expect(extractArticle(html, 'https://www.cnet.com/news/x/')?.byline).toBe('Steven Musil');
  });
});

describe('visible bylines on pages without structured data', () => {
  // Pages without JSON-LD or meta authors: the visible byline is the only source (scrapinghub dev pages with their
  // structured data taken out by `npm run conformance:extract -- --perturb no-structured` lost these).
  const PARAGRAPHS = [
    'The airline said on Monday that the order would let it replace its oldest aircraft by the middle of the decade.',
    'Analysts had expected a smaller order after a year of delays at the manufacturer and weaker demand on long routes.',
    'The company plans to fly the first of the new jets on its routes to Asia and will train two hundred new pilots.',
    'Shares of the manufacturer rose three percent in early trading after the deal was announced at the air show.',
  ];
  const STORY_HTML = PARAGRAPHS.map((p) => `<p>${p} ${p} ${p}</p>`).join('');
  const BODY = `<div class="story-body">${STORY_HTML}</div>`;

  it('reads an author box between the headline and the story on a page without <article> (scrapinghub/374ac9a shape: CNBC\'s "Author-authorInfo")', () => {
    const html = page(
      '',
      `<div class="ArticleHeader"><h1>Airline orders thirty new jets</h1><div class="Author-authorInfo"><div class="Author-authorNameAndSocial"><a class="Author-authorName" href="/natasha-turak/">Natasha Turak</a><a class="Author-authorTwitter" href="https://twitter.com/x">@NatashaTurak</a></div></div></div>${BODY}`,
    );
    expect(extractArticle(html, 'https://www.cnbc.example/2019/11/18/jets.html')?.byline).toBe('Natasha Turak');
  });

  it('reads a name and a job printed in two spans with no space between them (constructed: a Swedish byline box)', () => {
    const html = page(
      '',
      `<div class="art"><h1>Riksbanken sänker räntan till 1,75 procent</h1><div class="byline"><span class="name">Erik Lindqvist</span><span class="role">Reporter</span><time>5 december 2026 09:30</time></div>${BODY}</div>`,
    );
    expect(extractArticle(html, 'https://www.norrland.example/nyheter/ranta.html')?.authors).toEqual(['Erik Lindqvist']);
  });

  it('still leaves an author box below the story to the story it belongs to, not this one (constructed)', () => {
    const html = page(
      '',
      `<h1>Airline orders thirty new jets</h1>${BODY}<div class="author-info"><a class="author-name" href="/max-muster/">Max Muster</a></div>`,
    );
    expect(extractArticle(html, 'https://www.news.example/jets.html')?.byline).toBeNull();
  });

  it('reads "By" and the name on the next line of a byline box whose name opens a menu (scrapinghub/042bb7b shape: WSJ\'s "has-menu" author)', () => {
    const html = page(
      '',
      `<h1>So many ways to play and pay</h1><div class="byline-wrap"><div class="byline"><span>By</span><div class="author has-menu"><span class="name">Sarah E. Needleman</span><ul class="author-info"><li><a class="author bio" href="/news/author/1460">Biography</a></li><li><a class="author twitter" href="https://twitter.com/x">@saraheneedleman</a></li></ul></div></div><time>Nov. 19, 2019 8:03 am ET</time></div>${BODY}`,
    );
    expect(extractArticle(html, 'https://www.wsj.example/articles/play-and-pay')?.byline).toBe('Sarah E. Needleman');
  });

  it('does not take a line without "By" from such a box (constructed: a list label beside an author handle)', () => {
    const html = page(
      '',
      `<h1>So many ways to play and pay</h1><div class="byline"><span>Staff Picks</span><a class="author" href="/u/someone">@someone</a></div>${BODY}`,
    );
    expect(extractArticle(html, 'https://www.news.example/play')?.byline).toBeNull();
  });

  it("gives none when the author box holds only a link to the author's other stories (scrapinghub/ac1bfdd shape, its name left out)", () => {
    const html = page(
      '',
      `<h1>Airline orders thirty new jets</h1><div class="c-byline"><div class="c-author"><div class="c-author__view-all"><a href="https://www.news.example/author/jane-roe/">View All</a></div><ul><li class="c-author__post"><a href="/travel/older-story/">Older story about airports</a></li></ul></div></div>${BODY}`,
    );
    expect(extractArticle(html, 'https://www.news.example/travel/jets/')?.byline).toBeNull();
    expect(extractArticle(html.replace('View All', 'Jane Roe'), 'https://www.news.example/travel/jets/')?.byline).toBe('Jane Roe');
  });

  it('reads a byline inside a wrapper whose class states it has a navigation ("has-section-nav": scrapinghub/8b19453 shape, The Sun)', () => {
    const html = page(
      '',
      `<div class="main-content-wrap has-section-nav"><article class="article"><h1>Airline orders thirty new jets</h1><div class="article__meta"><div class="article__author">Debbie White</div></div>${STORY_HTML}</article></div>`,
    );
    expect(extractArticle(html, 'https://www.news.example/jets')?.byline).toBe('Debbie White');
    // A navigation box itself is still no place for the story's byline.
    const nav = html.replace('<div class="article__meta">', '<div class="section-nav">');
    expect(extractArticle(nav, 'https://www.news.example/jets')?.byline).toBeNull();
  });

  it('reads a bare "By" line and the name on the line after it, below the headline (constructed: the two printed in elements of their own)', () => {
    const html = page(
      '',
      `<div><h1>Airline orders thirty new jets</h1><div><div>By</div><div>Erin Cunningham</div><div>March 18</div></div>${BODY}</div>`,
    );
    expect(extractArticle(html, 'https://www.news.example/jets')?.byline).toBe('Erin Cunningham');
    const von = page('', `<div><h1>Hafenmauer wird neu gebaut</h1><p><span>Von:</span></p><p>Anna Dunst</p>${BODY}</div>`);
    expect(extractArticle(von, 'https://www.zeitung.example/hafen')?.byline).toBe('Anna Dunst');
  });

  it('reads a "By" line with a decoration before it (readability/dropbox-blog shape: "// By Arun Sai Krishnan • Nov 11, 2020")', () => {
    const html = page(
      '',
      `<section><h1><span>How we designed an async task framework</span></h1><div><span>// By Arun Sai Krishnan • Nov 11, 2020</span></div></section>${BODY}`,
    );
    expect(extractArticle(html, 'https://dropbox.tech/infrastructure/atf')?.byline).toBe('Arun Sai Krishnan');
  });

  it('reads a link to a staff directory page as the byline ("/contributors/", "/writers/", "/editors/": constructed)', () => {
    for (const dir of ['contributors', 'writers', 'editors']) {
      const html = page(
        '',
        `<h1>A console that keeps up with gaming PCs</h1><div class="meta"><a href="/about/${dir}/devi-hardawar/">Devi Hardawar</a> 11.03.17</div>${BODY}`,
      );
      expect(extractArticle(html, 'https://www.gadgets.example/2017/11/03/console-review/')?.byline).toBe('Devi Hardawar');
    }
  });

  it('reads the author box of a page built with Elementor, whose every block is an "elementor-widget" (scrapinghub/c582d3b shape)', () => {
    const html = page(
      '',
      `<div class="elementor-widget elementor-widget-theme-post-title"><div class="elementor-widget-container"><h1 class="elementor-heading-title">Do you have what it takes to build a business online?</h1></div></div><div class="elementor-element elementor-widget elementor-widget-author-box elementor-author"><div class="elementor-widget-container"><div class="elementor-author-box"><div class="elementor-author-box__text"><h4 class="elementor-author-box__name">Pamela Wilson</h4></div></div></div></div><div class="elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">${STORY_HTML}</div></div>`,
    );
    expect(extractArticle(html, 'https://www.bigbrand.example/business-focus/')?.byline).toBe('Pamela Wilson');
  });

  it('still reads no byline from a sidebar widget (constructed: WordPress "widget" of recent posts)', () => {
    const html = page(
      '',
      `<h1>Do you have what it takes to build a business online?</h1><aside class="widget widget_recent"><div class="author-name">Max Muster</div></aside>${BODY}`,
    );
    expect(extractArticle(html, 'https://www.blog.example/business-focus/')?.byline).toBeNull();
  });
});

describe('RDFa meta properties', () => {
  it('reads "dc:creator" in a space-separated property list as the Dublin Core author (readability/004-metadata-space-separated-properties)', () => {
    const html = page(
      '<title>Title Element</title><meta property="x:title dc:title" content="Preferred title"/><meta property="dc:creator twitter:site_name" content="Creator Name"/>',
      `<h1>Test document title</h1><article>${STORY}${bio('Creator Name')}</article>`,
    );
    expect(extractArticle(html, 'https://example.org/doc')?.byline).toBe('Creator Name');
    // Printed nowhere on the page (as on the readability test page), the name is no one a reader could check.
    expect(extractArticle(html.replace(bio('Creator Name'), ''), 'https://example.org/doc')?.byline).toBeNull();
  });
});

describe("another task's credit is not the author's (constructed: attribution-pages-visible.ts)", () => {
  it.each([
    ['Photograph: Tom Baker/Reuters', 'a caption credit spelled "Photograph"'],
    ['Fotografía: Luis Pérez', 'a photo credit (Spanish)'],
    ['Illustration by Ann Lee', 'an illustrator'],
    ['Medically reviewed by Dr. Sam Lee, MD', "a health site's medical reviewer"],
    ['Fact checked by Ann Lee', 'a fact checker'],
    ['Translated by Anna Smith', 'a translator'],
    ['Traduit de l’anglais par Marie Durand', 'a translator (French, with the language)'],
    ['Übersetzung: Max Muster', 'a translator (German)'],
    ['Edición: Luis Pérez', 'an editor (Spanish)'],
    ['Hosted by Tom Baker', "a show's host"],
    ['Moderation: Max Muster', "a show's host (German)"],
    ['Presented by Harbor Bank', 'a sponsor'],
  ])('%j (%s)', (raw) => {
    expect(bylineNames(raw)).toEqual([]);
  });

  it.each([
    ['By Jane Roe. Photos by Tom Baker', ['Jane Roe']],
    ['Written by Jane Roe Edited by Tom Baker', ['Jane Roe']],
    ['Texto: Ana García / Fotografía: Luis Pérez', ['Ana García']],
    ['Von Anna Dunst, übersetzt aus dem Englischen von Max Muster', ['Anna Dunst']],
  ])('%j keeps the author only', (raw, names) => {
    expect(bylineNames(raw)).toEqual(names);
  });

  const BODY = `<div class="story-body">${STORY}${STORY}</div>`;

  it('does not read a linked staff name after "Photograph:" in a caption as the byline', () => {
    const html = page(
      '',
      `<article><h1>Library reopens</h1><figure><img src="/a.jpg"><figcaption>The garden. Photograph: <a href="/staff/tom-baker">Tom Baker</a>/Reuters</figcaption></figure>${BODY}</article>`,
    );
    expect(extractArticle(html, 'https://www.news.example/library')?.byline).toBeNull();
  });

  it('reads a label and its name on separate lines of a byline box together ("Medically reviewed by" / "Dr. Sam Lee")', () => {
    const html = page(
      '',
      `<article><h1>Library reopens</h1><div class="article-byline"><span>Medically reviewed by <a href="/reviewers/sam-lee">Dr. Sam Lee, MD</a></span> — <span>Written by <a href="/authors/jane-roe">Jane Roe</a></span></div>${BODY}</article>`,
    );
    expect(extractArticle(html, 'https://www.health.example/library')?.authors).toEqual(['Jane Roe']);
  });
});

describe("a teaser's byline, printed after another story's linked headline (constructed: attribution-pages-visible.ts)", () => {
  const BODY = `<div class="text">${STORY}${STORY}</div>`;

  it('does not take a byline after a linked headline in a strip above the headline', () => {
    const html = page(
      '',
      `<div class="strip"><span>Latest</span> <a href="/ferry">Ferry service resumes</a> <span class="byline">By Tom Baker</span></div><div class="main"><h1>Library reopens</h1>${BODY}</div>`,
    );
    expect(extractArticle(html, 'https://www.news.example/library')?.byline).toBeNull();
  });

  it('does not read a "By" line under a linked heading beside the headline', () => {
    const html = page(
      '',
      `<div class="main"><h1>Library reopens</h1><div class="side"><h3><a href="/parking">Parking rules change near the harbour</a></h3><p>By Tom Baker</p></div>${BODY}</div>`,
    );
    expect(extractArticle(html, 'https://www.news.example/library')?.byline).toBeNull();
  });

  it('still reads the story\'s own "By" line after such a box', () => {
    const html = page(
      '',
      `<div class="main"><h1>Library reopens</h1><div class="side"><h3><a href="/parking">Parking rules change near the harbour</a></h3><p>By Tom Baker</p></div><p>By Jane Roe</p>${BODY}</div>`,
    );
    expect(extractArticle(html, 'https://www.news.example/library')?.byline).toBe('Jane Roe');
  });

  it("still reads a byline beside a link to the author's page or a short section link", () => {
    const html = page(
      '',
      `<div class="main"><h1>Library reopens</h1><div class="meta"><a href="/local/">Local</a> <span class="byline">By <a href="/author/jane-roe">Jane Roe</a></span></div>${BODY}</div>`,
    );
    expect(extractArticle(html, 'https://www.news.example/library')?.byline).toBe('Jane Roe');
  });
});

describe('lines below the headline: share controls and teaser cards (generated class names, no structured data)', () => {
  const controls = [
    '<a onclick="share(\'facebook\')"><span>Share on Facebook</span></a>',
    '<a href="#"><span>Share on Twitter</span></a>',
    '<a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>',
    '<a href="https://twitter.com/intent/tweet?url=x">Tweet</a>',
    '<a href="mailto:?subject=x">Share via Email</a>',
    '<a href="javascript:void(0)">More Options</a>',
    '<a href="https://www.linkedin.com/shareArticle?url=x">Share on LinkedIn</a>',
    '<a href="https://api.whatsapp.com/send?text=x">Share on Whatsapp</a>',
    '<a href="https://www.pinterest.com/pin/create/button/?url=x">Share on Pinterest</a>',
    '<a href="https://www.reddit.com/submit?url=x">Share on Reddit</a>',
    '<button>Resize Text</button>',
    '<button>Print</button>',
    '<a href="#comments">Comments</a>',
  ]
    .map((c) => `<div class="css-a1">${c}</div>`)
    .join('');
  const article = (between: string) =>
    page(
      '',
      `<div class="css-0"><h1 class="css-1">Hafenmauer wird nach Stürmen neu gebaut</h1><div class="css-2">${controls}</div>${between}${STORY}</div>`,
    );

  it('a share bar of thirteen controls does not use up the lines read for the byline', () => {
    expect(extractArticle(article('<p class="css-3">By Anna Dunst</p>'), 'https://www.news.example/hafen')?.byline).toBe('Anna Dunst');
  });

  it('a name after a by-word is read even in a link that goes nowhere', () => {
    expect(extractArticle(article('<p class="css-3">By <a href="#">Anna Dunst</a></p>'), 'https://www.news.example/hafen')?.byline).toBe(
      'Anna Dunst',
    );
  });

  it("a card whose link wraps its heading is another story's: its byline is not the story's", () => {
    const card =
      '<div class="css-4"><a href="/monde/exode"><span>Reportage</span><h2>A Katmandou, exode sous pression</h2></a><span>Par Jean Dupont</span></div>';
    expect(
      extractArticle(
        page('', `<div class="css-0"><h1 class="css-1">Hafenmauer wird nach Stürmen neu gebaut</h1>${card}${STORY}</div>`),
        'https://www.news.example/hafen',
      )?.byline ?? null,
    ).toBeNull();
  });
});

describe('zone words on a box that holds the headline too: a page wrapper, not a sidebar (readability/engadget, no structured data)', () => {
  const BODY = `<div class="text">${STORY}${STORY}</div>`;
  const link = '<a class="th-meta" href="/about/editors/jane-roe/">Jane Roe</a>';

  it('reads the author link inside a "nav drawer" panel that wraps the whole page', () => {
    const html = page(
      '',
      `<div class="i-nav_drawer_slide__panel"><main><header><h1>Library reopens after two years</h1><div class="meta">${link}</div></header>${BODY}</main></div>`,
    );
    expect(extractArticle(html, 'https://www.news.example/library')?.byline).toBe('Jane Roe');
  });

  it("reads a byline inside ASP.NET's page-wide <form>", () => {
    const html = page(
      '',
      `<form id="aspnetForm" action="/library"><div class="main"><h1>Library reopens after two years</h1><div class="meta">${link}</div>${BODY}</div></form>`,
    );
    expect(extractArticle(html, 'https://www.news.example/library')?.byline).toBe('Jane Roe');
  });

  it("still ignores a sidebar's author link when the sidebar does not hold the headline", () => {
    const html = page(
      '',
      `<div class="i-nav_drawer_slide__panel"><main><h1>Library reopens after two years</h1>${BODY}<div class="sidebar"><div class="meta">${link}</div></div></main></div>`,
    );
    expect(extractArticle(html, 'https://www.news.example/library')?.byline ?? null).toBeNull();
  });
});

describe('the footer of the story\'s own <article>: a static blog\'s "Posted by X" (readability/v8-blog, no structured data)', () => {
  // More paragraphs than the lines read below the headline: the footer is past them, as on the page.
  const BODY = `<div>${STORY.repeat(14)}</div>`;
  const story = (footer: string, after = '') =>
    page('', `<main><article><header><h1>Library reopens after two years</h1></header>${BODY}${footer}</article>${after}</main>`);

  it('reads a "Posted by" line in it', () => {
    const html = story('<footer><div><img alt="" src="/a.jpg"><p>Posted by Jane Roe.</p></div><a href="/share">Share this</a></footer>');
    expect(extractArticle(html, 'https://blog.example/library')?.byline).toBe('Jane Roe');
  });

  it('does not read a line there that does not say it is a credit', () => {
    const html = story('<footer><p>Jane Roe</p><p>Tagged with Libraries</p></footer>');
    expect(extractArticle(html, 'https://blog.example/library')?.byline ?? null).toBeNull();
  });

  it('reads the post line right after the body in a template without <article> (constructed: Blogger with generated class names)', () => {
    const html = page(
      '',
      `<div class="a3"><div class="a5">Friday, December 5, 2026</div><div class="a6"><h3 class="a7"><a href="/2026/12/library.html">Library reopens after two years</a></h3><div class="a8">${BODY}</div><div class="a9">Posted by <a href="/profile/1">Andrew Zonenberg</a> at 10:15 PM</div></div></div>`,
    );
    expect(extractArticle(html, 'https://blog.example/2026/12/library.html')?.authors).toEqual(['Andrew Zonenberg']);
  });

  it('does not read a "Posted by" line below a titled box after the body, or a bare "By" line there (constructed)', () => {
    for (const after of [
      '<div class="c1"><h4>Comments</h4><div>Posted by Tom Baker at 11:00 PM</div></div>',
      '<div class="c1">By Tom Baker</div>',
    ]) {
      const html = page('', `<div class="a6"><h1>Library reopens after two years</h1><div class="a8">${BODY}</div>${after}</div>`);
      expect(extractArticle(html, 'https://blog.example/2026/12/library.html')?.byline ?? null).toBeNull();
    }
  });

  it("does not read a nested comment's footer or the page's footer", () => {
    const comment = '<section><article><footer><p>Posted by Tom Baker</p></footer><p>Great news for the town.</p></article></section>';
    const html = page(
      '',
      `<main><article><header><h1>Library reopens after two years</h1></header>${BODY}${comment}</article></main><footer><p>Written by Tom Baker</p></footer>`,
    );
    expect(extractArticle(html, 'https://blog.example/library')?.byline ?? null).toBeNull();
  });
});

describe("links to an author's page in other languages (readability/lemonde-1: '/journaliste/…', generated class names, no structured data)", () => {
  const BODY = `<div class="c2">${STORY}${STORY}</div>`;
  it.each(['/journaliste/jane-roe/', '/giornalisti/jane-roe', '/autores/jane-roe', '/colunistas/jane-roe', '/redacteurs/jane-roe'])(
    'reads the link to %s below the headline',
    (href) => {
      const html = page(
        '',
        `<div class="c0"><h1 class="c1">Library reopens after two years</h1><p><a href="${href}">Jane Roe</a></p>${BODY}</div>`,
      );
      expect(extractArticle(html, 'https://www.news.example/library')?.byline).toBe('Jane Roe');
    },
  );
});

/** The byline of a page with generated class names and no structured data, `meta` printed between the headline and the story. */
function bylineUnderHeadline(meta: string): string | null {
  const html = page(
    '',
    `<div class="c0"><h1 class="c1">Library reopens after two years</h1>${meta}<div class="c3">${STORY}${STORY}</div></div>`,
  );
  return extractArticle(html, 'https://www.news.example/library')?.byline ?? null;
}

describe('a wire byline printed without "By": "Name, AP Auto Writer" below the headline (scrapinghub/0584457, Hearst pages, generated class names)', () => {
  const byline = (line: string) => bylineUnderHeadline(`<p class="c2">${line}</p>`);

  it.each([
    ['Tom Krisher, Ap Auto Writer', 'Tom Krisher'],
    ['Jane Roe, Staff Writer', 'Jane Roe'],
    ['Anna Dunst, Korrespondentin', 'Anna Dunst'],
    ['Marie Dupont, envoyée spéciale', 'Marie Dupont'],
  ])('reads "%s"', (line, name) => {
    expect(byline(line)).toBe(name);
  });

  it.each(['Jane Roe, editor of the Gazette, said the council acted too late', 'Kiel, Germany', 'Updated 5:00 PM, Staff Writer'])(
    'does not read "%s"',
    (line) => {
      expect(byline(line)).toBeNull();
    },
  );
});

describe('a name printed alone over the date line (scrapinghub/d0382c0, Hearst: "JANIE HAR" over "Nov. 20, 2019"; generated class names, no structured data)', () => {
  const byline = (meta: string) => bylineUnderHeadline(`<div class="c2">${meta}</div>`);

  it.each([
    ['<span>JANE ROE</span><div><time>Nov. 20, 2026 6:09 a.m.</time></div>', 'JANE ROE'],
    ['<div>Jane Roe</div><div>Feb 24, 2026 · 4 min read</div>', 'Jane Roe'],
  ])('reads %s', (meta, name) => {
    expect(byline(meta)).toBe(name);
  });

  it.each([
    '<div>Local News</div><div>Nov. 20, 2026</div>',
    '<div>Harbour</div><div>Nov. 20, 2026</div>',
    // a place or a desk is name-shaped too: only a name that opens with a popular given name is read here
    '<div>SAN FRANCISCO</div><div>Nov. 20, 2026</div>',
    '<div>Buenos Aires</div><div>20 de noviembre de 2026</div>',
    '<div>TRD NATIONAL</div><div>Nov. 20, 2026 06:00 PM</div>', // scrapinghub/bc13ff8 with its own byline taken out
    '<div>Jane Roe</div><div>Council meeting on Nov. 20, 2026 decided to rebuild the wall</div>',
    '<div>Jane Roe</div><div>Share</div><div>Nov. 20, 2026</div>',
  ])('does not read %s', (meta) => {
    expect(byline(meta)).toBeNull();
  });
});

describe('one list of credit leads finds a credit line and cleans it (byline-prefix.ts; generated class names, no structured data)', () => {
  const byline = (line: string) => bylineUnderHeadline(`<div class="c2">${line}</div>`);

  // Before, "Analysis by" and its kin were cut off a credit (person-name.ts) but never made a line one (byline-line.ts).
  it.each([
    ['Analysis by Jane Roe, CNN', 'Jane Roe'],
    ['A column by Jane Roe', 'Jane Roe'],
    ['Story by Jane Roe • 3 min read', 'Jane Roe'],
    ['Opinion by Jane Roe', 'Jane Roe'],
    ['Ein Bericht von <a href="/specials/jane-roe/">Jane Roe</a>', 'Jane Roe'],
    // a date with its time zone or "Uhr" before the credit
    ['December 5, 2026 10:15 AM EST | By Jane Roe', 'Jane Roe'],
    ['05.12.2026, 10:15 Uhr | Von Anna Dunst', 'Anna Dunst'],
  ])('reads %j', (line, name) => {
    expect(byline(line)).toBe(name);
  });

  // an article and a word before a by-word are a credit only when the word is a genre: these are teasers' or captions' words
  it.each([
    'A statement by the mayor was read out',
    'Review by',
    'An hour by the harbour',
    'A win by Rafael Nadal',
    'Ein Sieg von Rafael Nadal',
    'Une victoire de Rafael Nadal',
  ])('does not read %j', (line) => {
    expect(byline(line)).toBeNull();
  });
});

describe("a teaser's or a commenter's name below the story: another <article>, a box titled as other stories' or the readers', a name over a date after the story's text has begun (constructed)", () => {
  const TEASER = '<h4>Harbour wall repairs to begin next spring</h4><p>By Max Bauer</p>';
  const bylineOf = (body: string): string | null => extractArticle(page('', body), 'https://www.news.example/library')?.byline ?? null;

  it.each([
    [
      "a teaser <article> inside the story's",
      `<main><article><h1>Library reopens</h1>${STORY}${STORY}<aside><h3>Related</h3><article>${TEASER}</article></aside></article></main>`,
    ],
    [
      "a teaser <article> after the story's",
      `<main><article><h1>Library reopens</h1>${STORY}${STORY}</article><aside><h3>Related</h3><article>${TEASER}</article></aside></main>`,
    ],
    [
      'a box titled "Read more"',
      `<main><article><h1>Library reopens</h1>${STORY}${STORY}<div><h3>Read more</h3><div>${TEASER}</div></div></article></main>`,
    ],
  ])('names no one under %s', (_, body) => {
    expect(bylineOf(body)).toBeNull();
  });

  it.each([
    [
      'a comment thread titled "One Response"',
      `<main><article><div class="c1"><h1>Library reopens</h1>${STORY}${STORY}</div><div class="c7"><h3 class="c8">One Response</h3><div class="c9"><div class="c10"><b>Max Bauer</b></div><div class="c11">December 5, 2026 at 10:15 am</div><p>Great news.</p></div></div></article></main>`,
    ],
    [
      'an untitled comment after the story',
      `<main><article><div class="c1"><h1>Library reopens</h1>${STORY}${STORY}</div><div class="c7"><div class="c9"><div class="c10">Max Bauer</div><div class="c11">December 5, 2026 at 10:15 am</div><p>Great news.</p></div></div></article></main>`,
    ],
    [
      'a heading "Leserkommentare" before the comments',
      `<main><article><h1>Library reopens</h1>${STORY}${STORY}<h3>Leserkommentare</h3><div>Von Max Bauer</div><p>Schön.</p></article></main>`,
    ],
  ])('names no one under %s', (_, body) => {
    expect(bylineOf(body)).toBeNull();
  });

  it('reads a name over the date line printed after a standfirst', () => {
    const body = `<main><article><h1>Library reopens</h1>${STORY}<div>Jane Roe</div><div>Nov. 20, 2026</div>${STORY}${STORY}</article></main>`;
    expect(bylineOf(body)).toBe('Jane Roe');
  });

  it("reads the byline inside a nested <article> that holds the story's body", () => {
    const body = `<main><article><h1>Library reopens</h1><article><p>By Jane Roe</p>${STORY}${STORY}</article></article></main>`;
    expect(bylineOf(body)).toBe('Jane Roe');
  });
});

describe("a byline printed in the story's column far below the headline's box (readability/cnet shape: an ad row between; generated class names, no structured data)", () => {
  it('reads "by Name" after the headline\'s box has closed several levels up', () => {
    const html = page(
      '',
      `<div class="c0"><div class="c1"><div class="c2"><div class="c3"><h1>Library reopens after two years</h1><p class="c4">The council found the money for the roof.</p></div></div></div></div>
      <div class="c5"><div class="c6"><iframe src="/ad"></iframe></div></div>
      <div class="c7"><div class="c8"><div class="c9"><article><div class="c10"><span>by </span><a href="/profiles/jane-roe/">Jane Roe</a> <time>Jan. 18, 2026</time></div>
      <div class="c11">${STORY}${STORY}</div></article></div></div></div>`,
    );
    expect(extractArticle(html, 'https://www.news.example/library')?.byline).toBe('Jane Roe');
  });
});

describe("a rail's teaser between the headline and the story: a link opening its block with a headline (constructed, generated class names)", () => {
  const bylineOf = (teaser: string): string | null =>
    extractArticle(
      page(
        '',
        `<div class="c0"><div class="c1"><h1>Library reopens after two years</h1></div></div><div class="c2"><div class="c3"><div class="c4">${teaser}<p>By Max Bauer</p></div></div><div class="c5">${STORY}${STORY}${STORY}</div></div>`,
      ),
      'https://www.news.example/library',
    )?.byline ?? null;

  it('names no one under a linked headline', () => {
    expect(bylineOf('<a href="/harbour">Harbour wall repairs begin next spring</a>')).toBeNull();
  });
  it.each([
    ['a link to a section', '<a href="/local">Local</a>'],
    ['a share control', '<a href="https://www.facebook.com/sharer/sharer.php?u=x">Share on Facebook today</a>'],
  ])('still reads the byline under %s', (_, line) => {
    expect(bylineOf(line)).toBe('Max Bauer');
  });
});

describe("an interview's closing credit signs it when no byline is above it (probe page bylines/weserpost-interview-de shape)", () => {
  const url = 'https://www.example.com/business/x';
  const story = (closing: string) =>
    page('', `<main><h1>Port of Rotterdam expands its shuttle terminal</h1>${STORY}${STORY}${closing}</main>`);

  it("gives none for a wire's closing credit: the story is the agency's (scrapinghub/06e5123 labelled so)", () => {
    const closing = '<p>(Reporting by Lotte van Heerden in Rotterdam; Editing by Clara Denholm)</p>';
    expect(extractArticle(story(closing), url)?.authors).toEqual([]);
  });

  it("reads the interviewer of a German interview, in a small block the story's text leaves out", () => {
    const closing =
      '<p class="credit"><em>Das Gespräch führte Jan Peters.</em></p><div class="info-box"><h3>Zur Person</h3><p>Mara Kellner, 41, leitet das Orchester.</p></div>';
    expect(extractArticle(story(closing), url)?.authors).toEqual(['Jan Peters']);
  });

  it('gives none for an editing credit alone, or a "By X" line of a teaser at the end of the body', () => {
    expect(extractArticle(story('<p>(Editing by Clara Denholm)</p>'), url)?.authors).toEqual([]);
    const rail =
      '<div class="rail"><div><a href="/a">Bäder: Besucherrekord am Wochenende</a><div>Von Florian Hasenauer · 01.07.2024</div></div></div>';
    expect(extractArticle(story(rail), url)?.authors).toEqual([]);
  });

  it('lets a byline under the headline win over the closing credit', () => {
    const html = page(
      '',
      `<main><h1>Port of Rotterdam expands its shuttle terminal</h1><p class="byline">Von Jan de Groot</p>${STORY}${STORY}<p>Das Gespräch führte Lotte van Heerden.</p></main>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Jan de Groot']);
  });
});

describe('bylines of the fourth probe round (test/fixtures/probe-pages/dev: world, web-misc, de-media; constructed here in their shapes)', () => {
  const url = 'https://www.example.com/news/x';
  const ld = (author: string, type = 'NewsArticle') =>
    `<script type="application/ld+json">{"@type":"${type}","headline":"Harbour wall repairs begin","author":{"@type":"Person","name":"${author}"}}</script>`;

  it('gives the writer, not the structured author the page credits as its editor (world/id_news: "Penulis:" / "Editor:")', () => {
    const html = page(
      ld('Bambang Sutedja'),
      `<article><h1>Harbour wall repairs begin</h1><div class="credit-title-name">Penulis: <a href="/tag/rini">Rini Kartikasari</a></div><div class="credit-title-name">Editor: <a href="/tag/bambang">Bambang Sutedja</a></div>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Rini Kartikasari']);
  });

  it('keeps the structured author when the page credits someone else as editor', () => {
    const html = page(
      ld('Rini Kartikasari'),
      `<article><h1>Harbour wall repairs begin</h1><p>Editor: Bambang Sutedja</p>${STORY}${bio('Rini Kartikasari')}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Rini Kartikasari']);
  });

  it('reads the author of a forum post typed DiscussionForumPosting (web-misc/09)', () => {
    const html = page(
      ld('Sabine Ortlepp', 'DiscussionForumPosting'),
      `<article><h1>Harbour wall repairs begin</h1>${STORY}${bio('Sabine Ortlepp')}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Sabine Ortlepp']);
  });

  it.each([
    ['Written by Hannah Loveridge Last updated: 5 October 2023', ['Hannah Loveridge']],
    ['Recensito da Luca Benvenuti', ['Luca Benvenuti']],
    ['潮見浦支局　浜口沙織記者', ['浜口沙織']],
    ['Penulis: Rini Kartikasari', ['Rini Kartikasari']],
  ])('bylineNames(%j) gives %j', (raw, want) => expect(bylineNames(raw, [], raw.includes('記者') ? 'ja' : '')).toEqual(want));

  it.each(['Unternehmenskommunikation Brennauer', 'Corporate Communications', 'Editor: Bambang Sutedja'])(
    'bylineNames(%j) names no one',
    (raw) => expect(bylineNames(raw)).toEqual([]),
  );

  it('reads a Vietnamese name whose syllables are common words, after a family name (world/vn_news)', () => {
    expect(bylineNames('Hoàng Minh Khôi', [], 'vi')).toEqual(['Hoàng Minh Khôi']);
    expect(isPersonName('Xem Thêm', [], 'vi')).toBe(false);
  });

  it('reads a story signed in a bold line after its text, above the agency line (world/vn_news)', () => {
    const body = `<article><h1>Harbour wall repairs begin</h1>${STORY}${STORY}<p style="text-align:right"><strong>Hoàng Minh Khôi - Lê Thu Trang</strong></p><p><em>Theo TTXVN</em></p></article>`;
    const html = `<!doctype html><html lang="vi"><head><meta name="author" content="Nhịp Sống Phố"></head><body>${body}</body></html>`;
    expect(extractArticle(html, url)?.authors).toEqual(['Hoàng Minh Khôi']);
  });

  it('does not read a bold closing line that is not names alone', () => {
    const html = page(
      '',
      `<article><h1>Harbour wall repairs begin</h1>${STORY}${STORY}<p><strong>Mehr zum Thema im Newsletter</strong></p></article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual([]);
  });

  it("reads the story item's microdata author in a box after the text, not a columnist's box beside it (de-media/09)", () => {
    const html = page(
      '',
      `<div itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">Harbour wall repairs begin</h1><div itemprop="articleBody">${STORY}${STORY}</div>` +
        `<div class="news-author-box"><div itemprop="author" itemscope itemtype="http://schema.org/Person"><p>Autor: <span itemprop="name">Benedikt Rauschhuber</span></p><p>Benedikt Rauschhuber schreibt seit 2019 über Kultur.</p></div></div></div>` +
        '<aside><h3>Stieglers Woche</h3><p><strong>Autor: Hannelore Stiegler</strong></p></aside>',
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Benedikt Rauschhuber']);
  });

  it("does not read an itemprop author of another item (a related story's) below the text", () => {
    const html = page(
      '',
      `<div itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">Harbour wall repairs begin</h1><div itemprop="articleBody">${STORY}${STORY}</div></div>` +
        '<div itemscope itemtype="http://schema.org/NewsArticle"><h3 itemprop="headline">Other story</h3><span itemprop="author">Hannelore Stiegler</span></div>',
    );
    expect(extractArticle(html, url)?.authors).toEqual([]);
  });
});

describe('structured authors the page credits for other work (fifth probe round: tricky/es-texto-fotos, euro/no_riksnytt, tricky/fr-traduit)', () => {
  const url = 'https://www.example.com/news/x';
  const ld = (...names: string[]) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repairs begin","author":[${names.map((n) => `{"@type":"Person","name":"${n}"}`).join(',')}]}</script>`;

  it('leaves out the photographer the byline box labels "Fotos:"', () => {
    const html = page(
      ld('Lucía Ferrándiz Oller', 'Tomás Iriarte Gaínza'),
      `<article><h1>Harbour wall repairs begin</h1><div class="firma"><span>Texto:</span> <a href="/autores/lucia">Lucía Ferrándiz Oller</a></div><div class="firma"><span class="rol">Fotos:</span> <a href="/autores/tomas" class="autor">Tomás Iriarte Gaínza</a></div>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Lucía Ferrándiz Oller']);
  });

  it('leaves out the name printed over the role "Fotograf" in the byline box', () => {
    const html = page(
      ld('Ingrid Solberg Haugen', 'Magnus Aasheim', 'Tor-Erik Lien'),
      `<article><h1>Harbour wall repairs begin</h1><ul class="authors"><li class="author"><span class="author__name">Ingrid Solberg Haugen</span><span class="author__role">Journalist</span></li><li class="author"><span class="author__name">Magnus Aasheim</span><span class="author__role">Journalist</span></li><li class="author"><span class="author__name">Tor-Erik Lien</span><span class="author__role">Fotograf</span></li></ul>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Ingrid Solberg Haugen', 'Magnus Aasheim']);
  });

  it('gives the writer when the one structured author is the translator ("Traduit du norvégien par X")', () => {
    const html = page(
      ld('Bastien Roux-Delcourt'),
      `<article><h1>Harbour wall repairs begin</h1><div class="art-signature"><span class="auteur">Par <strong>Ingrid Solvang</strong> (Nordhavn Tidende)</span> <span class="traducteur">Traduit du norvégien par <a href="/auteurs/bastien-roux-delcourt">Bastien Roux-Delcourt</a></span></div>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Ingrid Solvang']);
  });

  it('keeps a critic credited "Reviewed by" (a film review), and every structured author when none is credited otherwise', () => {
    const review = page(
      '<meta name="author" content="Jonah Perlstein">',
      `<article><h1>Harbour wall repairs begin</h1><p class="byline">Reviewed by <a href="/critics/jonah">Jonah Perlstein</a></p>${STORY}</article>`,
    );
    expect(extractArticle(review, url)?.authors).toEqual(['Jonah Perlstein']);
    const two = page(
      ld('Anna Dunst', 'Max Muster'),
      `<article><h1>Harbour wall repairs begin</h1>${STORY}${bio('Anna Dunst')}${bio('Max Muster')}</article>`,
    );
    expect(extractArticle(two, url)?.authors).toEqual(['Anna Dunst', 'Max Muster']);
  });

  it('credits a wire typed as an organization among the structured authors (euro/se_morgonposten: TT beside the reporter)', () => {
    const html = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repairs begin","author":[{"@type":"Person","name":"Oskar Hedlund"},{"@type":"Organization","name":"TT"}]}</script>',
      `<article><h1>Harbour wall repairs begin</h1>${STORY}${bio('Oskar Hedlund')}</article>`,
    );
    const a = extractArticle(html, url);
    expect(a?.authors).toEqual(['Oskar Hedlund']);
    expect(a?.original_source?.name).toBe('TT');
  });
});

describe('bylines of the sixth probe round (test/fixtures/probe-pages/dev: asia, civic, hard, local-en; constructed here in their shapes)', () => {
  it('keeps a name whose outlet follows without a comma out of the outlet (scrapinghub/776a1c0: "Trevor J. Mitchell" / "Sioux Falls Argus Leader")', () => {
    const html = page(
      '',
      '<article><h1>Harbour wall repairs begin</h1><div class="byline"><div>Lisa Kaczke and Trevor J. Mitchell</div><div>Sioux Falls Argus Leader</div></div>' +
        STORY +
        '</article>',
    );
    expect(extractArticle(html, 'https://www.example.com/x')?.authors).toEqual(['Lisa Kaczke', 'Trevor J. Mitchell']);
  });

  it('does not read an Indonesian contributor role with its place for a name ("Kontributor Sukamaju, Agus Priyanto")', () => {
    expect(bylineNames('Kontributor Sukamaju, Agus Priyanto')).not.toContain('Kontributor Sukamaju');
  });

  it.each([
    ['Muhabir: Kemal Aydın', ['Kemal Aydın']],
    ['Bericht: Thomas Kessler', ['Thomas Kessler']],
    ['Tekst og foto: Eirik Solbakken', ['Eirik Solbakken']],
    // round 17 (measured once, then fixed: test/fixtures/probe-pages/dev/central-europe)
    ['Text a foto: Zuzana Kollárová', ['Zuzana Kollárová']],
    ['Tekst in foto: Nina Zupan', ['Nina Zupan']],
  ])('reads the labelled credit closing the story: %j', (line, want) => {
    const html = page('', `<main><h1>Harbour wall repairs begin</h1>${STORY}${STORY}<p>${line}</p></main>`);
    expect(extractArticle(html, 'https://www.example.com/x')?.authors).toEqual(want);
  });

  it("reads a Japanese reporter's name in brackets closing the last paragraph", () => {
    const story = '<p>' + '町は来年度から空き家の改修に補助金を出す方針を決めた。'.repeat(6) + '</p>';
    const html = `<!doctype html><html lang="ja"><head></head><body><main><h1>空き家の改修に補助金</h1>${story}<p>久住さんは「感謝しかない」と話した。【森田亜希子】</p></main></body></html>`;
    expect(extractArticle(html, 'https://news.example.jp/a')?.authors).toEqual(['森田亜希子']);
  });

  it('does not read a notice with a label closing the body', () => {
    for (const line of ['Hinweis: Die Polizei sucht Zeugen unter 0431 123.', 'Info: Anna Dunst, Telefon 0431 123']) {
      const html = page('', `<main><h1>Harbour wall repairs begin</h1>${STORY}${STORY}<p>${line}</p></main>`);
      expect(extractArticle(html, 'https://www.example.com/x')?.authors).toEqual([]);
    }
  });
});

describe('bylines of the seventh probe round (test/fixtures/probe-pages/dev: graphs, mags, wires; constructed here in their shapes)', () => {
  const url = 'https://www.example.com/news/x';
  const ld = (name: string) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repairs begin","author":{"@type":"Person","name":"${name}"}}</script>`;

  it('takes the visible byline over a structured author the page prints nowhere', () => {
    const html = page(
      ld('Kendra Voss'),
      `<article><h1>Harbour wall repairs begin</h1><p class="byline">By Marcus Ebbing</p>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Marcus Ebbing']);
  });

  it('takes the visible byline over a structured author the page prints in an author box', () => {
    const html = page(
      ld('Kendra Voss'),
      `<article><h1>Harbour wall repairs begin</h1><p class="byline">By Marcus Ebbing</p>${STORY}<aside class="bio">Kendra Voss covers the harbour.</aside></article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Marcus Ebbing']);
  });

  it('keeps the structured author over a byline box printing a bare name, not a credit (readability/folha: the box holds the city)', () => {
    const html = page(
      ld('Kendra Voss'),
      `<article><h1>Harbour wall repairs begin</h1><div class="c-signature"><strong class="c-signature__location">Port Alder</strong></div>${STORY}${bio('Kendra Voss')}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Kendra Voss']);
  });

  it('prints the names in mixed case when the structured author has them in capitals', () => {
    const html = page(
      ld('KENDRA VOSS'),
      `<article><h1>Harbour wall repairs begin</h1><p class="byline">By Kendra Voss</p>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Kendra Voss']);
  });

  it('keeps the structured author when the visible byline names it too', () => {
    const html = page(
      ld('Kendra Voss'),
      `<article><h1>Harbour wall repairs begin</h1><p class="byline">By KENDRA VOSS</p>${STORY}<aside class="related"><p class="byline">By Marcus Ebbing</p></aside></article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Kendra Voss']);
  });

  it('names no wire as a person ("PR Newswire" as meta author)', () => {
    expect(isPersonName('PR Newswire')).toBe(false);
    expect(bylineNames('PR Newswire')).toEqual([]);
  });

  it('does not read the recipe\'s developer as a writer ("Rezept: X, Text: Y")', () => {
    expect(bylineNames('Rezept: Jonas Pfeilmayr, Text: Friederike Ansbach')).not.toContain('Jonas Pfeilmayr');
  });
});

describe('bylines of the eighth probe round (test/fixtures/probe-pages/dev: adversarial, broadcast, regional, sport-biz; constructed here in their shapes)', () => {
  const url = 'https://www.example.com/news/x';
  const ld = (...names: string[]) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repairs begin","author":[${names.map((n) => `{"@type":"Person","name":"${n}"}`).join(',')}]}</script>`;

  it('drops a structured co-author the byline line credits as editor ("Por X — Edição: Y")', () => {
    const html = page(
      ld('Henrique Valadares', 'Carla Motta'),
      `<article><h1>Harbour wall repairs begin</h1><p class="post-autor">Por <a href="/autor/hv/">Henrique Valadares</a> <span>— Edição: Carla Motta</span></p>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Henrique Valadares']);
  });

  it('names no one when the only structured author is the editor of a wire story ("(Reporting by X; Editing by Y)")', () => {
    const html = page(
      ld('Harold Pike'),
      `<article><h1>Harbour wall repairs begin</h1>${STORY}<p class="credit">(Reporting by Aditi Rao and Daniel Koh; Editing by Harold Pike)</p></article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual([]);
  });

  it.each([
    ['Author of the article: Reena Dhaliwal, Kestrel Bay Examiner', ['Reena Dhaliwal']],
    ['By Garrett Hollenbeck, Prairie Ledger', ['Garrett Hollenbeck']],
    ['Eure Lisa Berger', ['Lisa Berger']],
  ])('reads %j as %j: an outlet or a sign-off is no name', (raw, want) => expect(bylineNames(raw)).toEqual(want));

  it('names no broadcaster as a person ("Télévisions Publiques de France", "Radio Lindental")', () => {
    expect(isPersonName('Télévisions Publiques de France')).toBe(false);
    expect(isPersonName('Radio Lindental')).toBe(false);
  });
});

describe('bylines of the ninth probe round (test/fixtures/probe-pages/dev: global-south, opinion, tech-science; constructed here in their shapes)', () => {
  const url = 'https://www.example.com/news/x';
  const ld = (...names: string[]) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repairs begin","author":[${names.map((n) => `{"@type":"Person","name":"${n}"}`).join(',')}]}</script>`;

  it('names no one when the only structured and meta author is the desk editor ("Edited By: <a>X</a>")', () => {
    const html = page(
      `${ld('Ritika Sharma')}<meta name="author" content="Ritika Sharma">`,
      `<article><h1>Harbour wall repairs begin</h1><div class="edited-by">Edited By: <a href="/author/ritika-sharma">Ritika Sharma</a></div>${STORY}<div class="author-bio"><p class="bioName">Ritika Sharma</p></div></article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual([]);
  });

  it('drops a structured co-author credited for the pictures inside the byline line ("Texto de X, fotografias de Y")', () => {
    const html = page(
      `${ld('Inês Barreto Valente', 'Rui Tomé')}<meta property="article:author" content="Rui Tomé">`,
      `<article><h1>Harbour wall repairs begin</h1><p class="story-authors">Texto de <a href="/autor/ibv">Inês Barreto Valente</a>, fotografias de <a href="/autor/rt">Rui Tomé</a></p>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Inês Barreto Valente']);
  });

  it('takes the guest over the newsletter owner the structured data names ("Guest post" over the name)', () => {
    const html = page(
      `${ld('Grant Whitcomb')}<meta name="author" content="Grant Whitcomb">`,
      `<article><h1>Harbour wall repairs begin</h1><div class="byline-wrapper"><span class="guest-pill">Guest post</span> <a href="/@noor">Noor Haddad</a></div><p><em>Grant Whitcomb: I asked Noor to write this one.</em></p>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Noor Haddad']);
  });
});

describe('bylines of the tenth probe round (test/fixtures/probe-pages/dev: east-asia, newsrooms; constructed here in their shapes)', () => {
  it.each([
    ['Oleh Bernama', 'ms', []],
    ['Oleh Ahmad Zaki Hassan', 'ms-MY', ['Ahmad Zaki Hassan']],
    ['Ni JOANNA P. DELA CRUZ', 'fil-PH', ['JOANNA P. DELA CRUZ']],
    // elsewhere "Oleh" is a given name and "Ni" a surname
    ['Oleh Kovalenko', 'uk', ['Oleh Kovalenko']],
    ['By Priya Raman, Chief Sustainability Officer', 'en', ['Priya Raman']],
  ])('reads %j on a %s page as %j', (raw, lang, want) => expect(bylineNames(raw, [], lang)).toEqual(want));

  it('names no office or department as a person ("Gabinete de Comunicación")', () => {
    expect(isPersonName('Gabinete de Comunicación')).toBe(false);
    expect(isPersonName('Chief Executive Officer')).toBe(false);
  });
});

describe('bylines of the twenty-fourth probe round (test/fixtures/probe-pages/dev/sea-news; constructed here in their shapes)', () => {
  const url = 'https://www.example.com/news/x';

  it('reads a Tagalog story that opens with "Ni X" under a theme byline naming the site', () => {
    const html = `<!doctype html><html lang="tl"><head><meta name="author" content="Balita Bayanihan Online"><meta property="og:site_name" content="Balita Bayanihan Online"></head><body><article><h1>Harbour wall repairs begin</h1><span class="byline">ni <span class="author vcard"><a rel="author" href="/author/bb/">Balita Bayanihan Online</a></span></span><div class="entry-content"><p><strong>Ni Roberto Dizon</strong></p>${STORY}</div></article></body></html>`;
    const article = extractArticle(html, url);
    expect(article?.authors).toEqual(['Roberto Dizon']);
    expect(article?.text).not.toContain('Ni Roberto Dizon');
  });

  it('keeps "Ni" as part of the name on a page in another language ("Ni" is a surname)', () => {
    const html = `<!doctype html><html lang="en"><head></head><body><article><h1>Harbour wall repairs begin</h1><div class="entry-content"><p><strong>Ni Roberto Dizon</strong></p>${STORY}</div></article></body></html>`;
    expect(extractArticle(html, url)?.authors).toEqual(['Ni Roberto Dizon']);
  });

  it('reads a Vietnamese paper\'s credit after the body ("Bài, ảnh: X - Y"), its label and colon required', () => {
    const after = (line: string) =>
      `<!doctype html><html lang="vi"><head></head><body><div class="detail"><h1>Harbour wall repairs begin</h1><div class="detail-content">${STORY}</div><div class="detail-author text-right"><strong>${line}</strong></div><div class="detail-tags"><span>Từ khóa:</span> <a href="/tag/a">bưởi</a></div></div></body></html>`;
    expect(extractArticle(after('Bài, ảnh: Hoàng Yến - Đức Trung'), url)?.authors).toEqual(['Hoàng Yến']);
    expect(extractArticle(after('Bài Học Kinh Nghiệm'), url)?.authors).toEqual([]);
  });
});

describe('structured co-authors named after a label that is no writer’s', () => {
  const url = 'https://www.example.com/news/x';
  const ld = (...names: string[]) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repairs begin","author":[${names.map((n) => `{"@type":"Person","name":"${n}"}`).join(',')}]}</script>`;

  it('drops a co-author printed after a label the lists do not know ("Mise en page : Y"), keeps the writer', () => {
    const html = page(
      ld('Claire Duvernoy', 'Mathieu Serrand'),
      `<article><h1>Harbour wall repairs begin</h1><p class="byline">Par Claire Duvernoy · Mise en page : Mathieu Serrand</p>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Claire Duvernoy']);
  });

  it('keeps both when the label is a writer’s ("Texte : X, Y") or both are labelled alike', () => {
    const both = page(
      ld('Claire Duvernoy', 'Mathieu Serrand'),
      `<article><h1>Harbour wall repairs begin</h1><p class="byline">Texte : Claire Duvernoy, Mathieu Serrand</p>${STORY}</article>`,
    );
    expect(extractArticle(both, url)?.authors).toEqual(['Claire Duvernoy', 'Mathieu Serrand']);
    const unknown = page(
      ld('Kovács-Németh Réka', 'Szabó Anna'),
      `<article><h1>Harbour wall repairs begin</h1><p class="byline">Szerzők: Kovács-Németh Réka, Szabó Anna</p>${STORY}</article>`,
    );
    expect(extractArticle(unknown, url)?.authors).toEqual(['Kovács-Németh Réka', 'Szabó Anna']);
  });
});

describe('a part set off by a bare comma at the end of a byline', () => {
  it.each([
    ['By Dana Whitlock, Tidewater Quarterly', ['Dana Whitlock']],
    ['By Stefan Becket, Kathryn Watson', ['Stefan Becket', 'Kathryn Watson']],
    ['By Stefan Becket, J. Watson', ['Stefan Becket', 'J. Watson']],
    // given names the lists keep without their accent or as the first part of a compound (names from the blind probe rounds)
    ['By Tom Baker, Inés Carvajal', ['Tom Baker', 'Inés Carvajal']],
    ['By Tom Baker, Marie-Ève Tremblay', ['Tom Baker', 'Marie-Ève Tremblay']],
  ])('reads %j as %j: a co-author opens with a given name or an initial, an affiliation does not', (raw, want) =>
    expect(bylineNames(raw)).toEqual(want),
  );
});

describe('bylines of the eleventh probe round (test/fixtures/probe-pages/dev: byline-traps, north-europe; constructed here in their shapes)', () => {
  const url = 'https://www.example.com/news/x';
  const ld = (...names: string[]) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repairs begin","author":[${names.map((n) => `{"@type":"Person","name":"${n}"}`).join(',')}]}</script>`;

  it('drops a structured co-author the byline credits for the pictures in capitals ("Von JONAS WILDE · Fotos: LEA BRANDSTÄTTER")', () => {
    const html = page(
      ld('Jonas Wilde', 'Lea Brandstätter'),
      `<article><h1>Harbour wall repairs begin</h1><p class="byline">Von JONAS WILDE · Fotos: LEA BRANDSTÄTTER</p>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Jonas Wilde']);
  });

  it('keeps a writer the visible byline names, though a picture is credited to them too', () => {
    const html = page(
      ld('MEG KINNARD', 'ERRIN HAINES'),
      `<article><h1>Harbour wall repairs begin</h1><p class="byline">By MEG KINNARD and ERRIN HAINES</p><figure><figcaption>The wall in March. (AP Photo/Meg Kinnard)</figcaption></figure><p class="credit">Photo: Meg Kinnard</p>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['MEG KINNARD', 'ERRIN HAINES']);
  });

  it("names no one when the structured and meta author is the publisher the footer's imprint names", () => {
    const html = page(
      `${ld('Karin Lövgren')}<meta name="author" content="Karin Lövgren">`,
      `<article><h1>Harbour wall repairs begin</h1><p class="byline">Av Sportroboten</p>${STORY}</article><footer class="site-footer"><p>Ansvarig utgivare: Karin Lövgren · Nyhetschef: Anders Sjöholm</p></footer>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual([]);
  });

  it('prints structured co-authors as the byline does where it prints them more fully (titles of nobility)', () => {
    const html = page(
      ld('Konstantin von Hallerstein', 'Amelie zu Lindenau-Sellhorst'),
      `<article><h1>Harbour wall repairs begin</h1><div class="article__authors">Von Konstantin Freiherr von Hallerstein und Dr. Amelie Gräfin zu Lindenau-Sellhorst</div>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Konstantin Freiherr von Hallerstein', 'Amelie Gräfin zu Lindenau-Sellhorst']);
  });
});

describe('bylines of the twelfth probe round (test/fixtures/probe-pages/dev: south-europe, syndication, us-local; constructed here in their shapes)', () => {
  const url = 'https://www.example.com/news/x';
  const ld = (...names: string[]) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repairs begin","author":[${names.map((n) => `{"@type":"Person","name":"${n}"}`).join(',')}]}</script>`;

  it("names no one when the structured and meta author is printed nowhere on the page (a portal's curator over agency copy)", () => {
    const html = page(
      `${ld('Lucía Benítez')}<meta name="author" content="Lucía Benítez">`,
      `<article><h1>Harbour wall repairs begin</h1><p>Castrollano, 18 jun (EFE).- ${STORY.slice(3)}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual([]);
    // printed anywhere a reader sees it, the same author stands
    expect(extractArticle(html.replace('</article>', `${bio('Lucía Benítez')}</article>`), url)?.authors).toEqual(['Lucía Benítez']);
  });

  it.each([
    ['Michiel de Jong', 'Michiel B. de Jong', 'a middle initial between'],
    ['Jose Altoveros', 'JOSÉ ALTOVEROS', 'capitals and an accent the structured data leaves out'],
    ['Jane Roe', 'Roe, Jane', 'surname first'],
  ])('counts %j as printed where the page prints %j (%s)', (name, printed) => {
    const html = page(
      ld(name),
      `<article><h1>Harbour wall repairs begin</h1>${STORY}<p class="author-note">${printed} covers the coast.</p></article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual([name]);
  });

  it('reads the byline printed in its own script over a romanized structured author printed nowhere', () => {
    const html = page(
      `${ld('Jelena Petrovic')}<meta name="author" content="Jelena Petrovic">`,
      `<article><h1>Harbour wall repairs begin</h1><p class="byline">Јелена Петровић и Никола Стојановић</p>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Јелена Петровић', 'Никола Стојановић']);
  });

  it("does not take a byline element inside a picture's caption for the story's (a BLOX photo credit)", () => {
    const html = page(
      '',
      `<article><h1>Harbour wall repairs begin</h1><figure><img src="/a.jpg"><figcaption>The wall in June. <span class="tnt-byline">Ethan Morrow - staff, AP</span></figcaption></figure>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual([]);
  });

  it.each(['Редактор: Мария Георгиева', 'Urednik: Ivan Horvat', 'Szerkesztő: Kovács Anna'])('reads %j as an editor’s credit', (raw) => {
    expect(editorCreditNames(raw)).not.toEqual([]);
  });

  it('names no one when the meta author is the editor the page credits so ("Редактор: X" beside the date)', () => {
    const html = page(
      '<meta name="author" content="Мария Георгиева">',
      `<article><h1>Harbour wall repairs begin</h1><div class="meta"><span class="date">15.01.2024 | 11:40</span> <span class="ad-editor">Редактор: Мария Георгиева</span></div>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual([]);
  });
});

describe('bylines of the thirteenth probe round (test/fixtures/probe-pages/dev: en-blogs; constructed here in their shapes)', () => {
  const url = 'https://www.example.com/blog/x';
  const ld = (...names: string[]) =>
    `<script type="application/ld+json">{"@type":"BlogPosting","headline":"Harbour wall repairs begin","author":[${names.map((n) => `{"@type":"Person","name":"${n}"}`).join(',')}]}</script>`;

  it("credits the guest a guest post's credit names, over the host in the theme's author slot, meta and structured data", () => {
    const host = `<span class="posted-by author vcard">by <a rel="author" href="/author/callum/">Callum Reid</a></span>`;
    const html = page(
      `${ld('Callum Reid')}<meta name="author" content="Callum Reid">`,
      `<article><h1>Harbour wall repairs begin</h1>${host}<p class="guest-byline"><strong>Guest post by Inês Carvalho</strong></p>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Inês Carvalho']);
    const sentence = html.replace(
      '<p class="guest-byline"><strong>Guest post by Inês Carvalho</strong></p>',
      '<p><em>This is a guest post by Inês Carvalho.</em></p>',
    );
    expect(extractArticle(sentence, url)?.authors).toEqual(['Inês Carvalho']);
    // without the guest's credit the host stands
    expect(
      extractArticle(html.replace('<p class="guest-byline"><strong>Guest post by Inês Carvalho</strong></p>', ''), url)?.authors,
    ).toEqual(['Callum Reid']);
  });

  it('names no one when the structured author is printed only as the press contact', () => {
    const contact = (label: string) =>
      `<div class="field--name-field-media-contact"><div class="field__label">${label}</div><div class="field__item"><p>Ruth Abernathy, College of Science Communications<br>rabernathy@example.edu · 555-0143</p></div></div>`;
    const html = page(ld('Ruth Abernathy'), `<article><h1>Harbour wall repairs begin</h1>${STORY}</article>${contact('Media contact')}`);
    expect(extractArticle(html, url)?.authors).toEqual([]);
    expect(extractArticle(html.replace('Media contact', 'Pressekontakt:'), url)?.authors).toEqual([]);
    // printed as a writer too, the same name stands
    expect(extractArticle(html.replace('</article>', `${bio('Ruth Abernathy')}</article>`), url)?.authors).toEqual(['Ruth Abernathy']);
  });

  it.each([
    ['Written by Theo Marsh, Footwear Buyer, Ridgeline Outfitters', ['Theo Marsh']],
    ['By Stefan Becket, Kathryn Watson, Grace Segers', ['Stefan Becket', 'Kathryn Watson', 'Grace Segers']],
    ['By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER', ['LISA MASCARO', 'MARY CLARE JALONICK', 'ERIC TUCKER']],
  ])('reads %j as %j: a title and an outlet set off by commas are no co-authors', (raw, want) => expect(bylineNames(raw)).toEqual(want));
});

describe('Chinese reporting lines (thirteenth probe round: test/fixtures/probe-pages/dev/zh-web; constructed here in their shapes)', () => {
  it.each([
    ['新华社南昌5月2日电（记者王磊、李娜）五一假期，田里一派繁忙景象。', ['王磊', '李娜']],
    ['本报记者 周敏 何川 北京报道', ['周敏', '何川']],
    ['〔記者李文德／高雄報導〕連續假期過後，沿岸出現大量海漂垃圾。', ['李文德']],
    ['聯晨報／記者王信宏、林佳蓉／台中即時報導', ['王信宏', '林佳蓉']],
  ])('reads the reporters of %j', (line, want) => expect(bylineNames(datelineCredit(line) ?? '')).toEqual(want));

  it.each([
    '负责人陈建华告诉记者，工厂化育秧比传统方式出苗率高。', // the reporter in a sentence
    '记者林佳蓉／攝影', // a photographer's credit
    '观众在江城展区体验柔性电池产品。本报记者 何川 摄',
  ])('reads no reporter in %j', (line) => expect(datelineCredit(line) ?? null).toBeNull());

  it('never takes the place a reporter filed from for a name ("北京报道")', () => {
    expect(bylineNames('周敏 何川 北京报道')).toEqual(['周敏', '何川']);
    expect(isPersonName('北京报道')).toBe(false);
  });

  it('reads the dateline credit opening the story below a share bar, a comment count and a picture', () => {
    const html = page(
      '<meta name="author" content="新澜网">',
      '<h1>春耕时节看智慧农机</h1><div class="top-bar"><span class="date">2024年05月03日 08:15</span><div class="comment-count"><a class="num">128</a><span>参与评论</span></div></div>' +
        '<div class="article"><div class="img_wrapper"><img src="/a.jpg"><span class="img_descr">农机手在田里作业。新华社记者 赵远 摄</span></div>' +
        '<p>新华社南昌5月2日电（记者王磊、李娜）五一假期，清溪县石桥镇的万亩田里一派繁忙景象。几台装有北斗导航终端的插秧机沿着预设路线来回作业，秧苗整齐地落入水田。</p>' +
        '<p>负责人陈建华告诉记者，工厂化育秧比传统方式出苗率高出约15个百分点，还能避开倒春寒带来的风险，农户们对此十分满意。</p></div>',
    );
    expect(extractArticle(html, 'https://news.example.cn/a.html')?.authors).toEqual(['王磊', '李娜']);
  });
});

describe('bylines of the fourteenth probe round (test/fixtures/probe-pages/dev: es-web, ja-ko-web; constructed here in their shapes)', () => {
  const url = 'https://www.example.com/nacional/x';

  it("names no one when the structured and meta author is the portal's web editor credited below the story", () => {
    const html = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repairs begin","author":{"@type":"Person","name":"Rodrigo Salas Téllez"}}</script><meta name="author" content="Rodrigo Salas Téllez">',
      `<article><h1>Harbour wall repairs begin</h1><div class="jeg_meta_author">Por <span>Agencia EFE</span></div><p>Ciudad de México, 2 may (EFE).- ${STORY.slice(3)}<p><em>Edición web: Rodrigo Salas Téllez</em></p></article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual([]);
    expect(bylineNames('Edición web: Rodrigo Salas Téllez')).toEqual([]);
    expect(editorCreditNames('Edición web: Rodrigo Salas Téllez')).toEqual(['Rodrigo Salas Téllez']);
  });

  it.each([
    ['Mesa de Edición', 'a desk'],
    ['Edição Digital', 'a desk (pt)'],
  ])('names no one in %j (%s)', (raw) => expect(bylineNames(raw)).toEqual([]));

  it('takes no outlet\'s name in Hangul or kanji for a person\'s ("한빛일보", "潮見新聞"), nor the site\'s own', () => {
    expect(isPersonName('한빛일보')).toBe(false);
    expect(isPersonName('潮見新聞')).toBe(false);
    expect(isPersonName('한빛', ['한빛'])).toBe(false);
    expect(isPersonName('이서연')).toBe(true);
  });
});

describe('bylines of the fifteenth probe round (test/fixtures/probe-pages/dev: east-web, nl-nordic-web; constructed here in their shapes)', () => {
  const url = 'https://www.example.com/news/x';
  const ld = (...names: string[]) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repairs begin","author":[${names.map((n) => `{"@type":"Person","name":"${n}"}`).join(',')}]}</script>`;

  it.each(['Szerk.: Kiss Péter', 'Redigert av Ingrid Solberg', 'Redigeret af Mette Kjær', 'Bewerkt door Jan de Vries'])(
    'reads %j as another task’s credit, not a byline',
    (raw) => {
      expect(bylineNames(raw)).toEqual([]);
      expect(opensOtherCredit(raw)).toBe(true);
    },
  );

  it('reads the Polish "oprac. X" (compiled by) as another task\'s credit, no byline (rounds 15 and 31: both labellers called it no writer)', () => {
    expect(bylineNames('oprac. Katarzyna Zawada')).toEqual([]);
    expect(opensOtherCredit('oprac. Katarzyna Zawada')).toBe(true);
    expect(opensOtherCredit('Opracowanie: Katarzyna Zawada')).toBe(true);
  });

  it("names no one when the structured and meta author is the web editor the page credits 'Redigert av X' below a wire's story", () => {
    const html = page(
      `${ld('Ingrid Solberg')}<meta name="author" content="Ingrid Solberg">`,
      `<article><h1>Harbour wall repairs begin</h1><p class="byline">Av NTB</p>${STORY}<p>(©NTB)</p><p class="edited">Redigert av Ingrid Solberg</p></article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual([]);
  });

  it('prints a name in the order the page prints it, family name first, over the structured order', () => {
    const html = page(
      ld('Eszter Szabó'),
      `<article><h1>Harbour wall repairs begin</h1><p class="byline">Szabó Eszter</p>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Szabó Eszter']);
  });

  it('credits a Russian guest post\'s writer over the blog\'s owner ("Гостевой пост. Текст: X")', () => {
    const html = page(
      `${ld('Андрей Корнилов')}<meta name="author" content="Андрей Корнилов">`,
      `<article><h1>Harbour wall repairs begin</h1><div class="entry-meta">Автор: <a rel="author" href="/author/andrey/">Андрей Корнилов</a></div><div class="entry-content"><div class="guest-note"><p><em>Гостевой пост.</em> <strong>Текст: Марина Орлова</strong></p></div>${STORY}</div></article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Марина Орлова']);
  });
});

describe('a structured author printed only after a label that is no writer’s (rule of 2026-12-07, before round 16 was written)', () => {
  const url = 'https://www.example.com/news/x';
  const ld = (name: string) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repairs begin","author":{"@type":"Person","name":"${name}"}}</script>`;
  const closing = (line: string) =>
    page(ld('Marta Kowal'), `<article><h1>Harbour wall repairs begin</h1>${STORY}<p class="credits">${line}</p></article>`);

  it.each([
    'Korrektur: Marta Kowal',
    'Mise en page : Marta Kowal',
    'Kontakt: Marta Kowal',
    'Tags: Marta Kowal, Hafen',
    'Grafik: Marta Kowal',
  ])('names no one when the page prints the structured author only as %j', (line) =>
    expect(extractArticle(closing(line), url)?.authors).toEqual([]),
  );

  it.each([
    'Autorin: Marta Kowal',
    'Text: Marta Kowal',
    'Reporter: Marta Kowal',
    'Sportreporterin: Marta Kowal',
    'Kirjoittaja: Marta Kowal',
    'Marta Kowal',
  ])('keeps the structured author printed as %j: a writer’s label, a lead or none', (line) =>
    expect(extractArticle(closing(line), url)?.authors).toEqual(['Marta Kowal']),
  );

  it('keeps the structured author printed after another label and once more bare', () => {
    expect(
      extractArticle(closing('Tags: Marta Kowal, Hafen').replace('</article>', `${bio('Marta Kowal')}</article>`), url)?.authors,
    ).toEqual(['Marta Kowal']);
  });

  it("names no one when the byline slot holds the editor the structured data names (unseen/east-asia/id_portal_antara_editor's shape)", () => {
    const html = page(
      `${ld('Rina Kartika')}<meta name="author" content="Rina Kartika">`,
      `<article><h1>Harbour wall repairs begin</h1><div class="read__info__author">Editor: <a href="/editor/rina-kartika">Rina Kartika</a></div>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual([]);
  });
});

describe('South Slavic by-words (round 17, measured once, then fixed: test/fixtures/probe-pages/dev/central-europe)', () => {
  it.each([
    ['Piše Ante Radić', ['Ante Radić']],
    ['Pišu: Ivana Perić', ['Ivana Perić']],
    ['Napisala Nina Zupan', ['Nina Zupan']],
  ])('reads %j as %j', (raw, want) => expect(bylineNames(raw)).toEqual(want));

  it('reads the byline "Piše X" under the headline without the verb', () => {
    const html = page(
      '',
      `<article><h1>Harbour wall repairs begin</h1><div class="author">Piše <a href="/autor/ante-radic">Ante Radić</a></div>${STORY}</article>`,
    );
    expect(extractArticle(html, 'https://www.example.hr/vijesti/x')?.authors).toEqual(['Ante Radić']);
  });
});

describe('round 18 (measured once, then fixed: test/fixtures/probe-pages/dev/nordic-baltic, regional-romance; constructed here in their shapes)', () => {
  const url = 'https://www.example.com/news/x';

  it('names no one when the only name element follows a label that is no writer’s ("Toimetaja: X", an editor)', () => {
    const html = page(
      '',
      `<article><h1>Harbour wall repairs begin</h1>${STORY}<div class="article-footer"><div class="byline-editor"><span class="label">Toimetaja:</span> <span class="name">Kadri Lepik</span></div></div></article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual([]);
    // a writer's label keeps it
    expect(extractArticle(html.replace('Toimetaja:', 'Autor:'), url)?.authors).toEqual(['Kadri Lepik']);
  });

  it('names no one when the byline box prints the agency the structured data types as an organization beside its place', () => {
    const html = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repairs begin","author":{"@type":"Organization","name":"Iberpress"}}</script>',
      `<article><h1>Harbour wall repairs begin</h1><div class="author-info"><span class="author-name">Iberpress</span>\n<span class="location">Valdecañas del Río</span></div>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual([]);
  });

  it('keeps a structured author printed only as the interviewer ("Interview: X")', () => {
    const html = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repairs begin","author":{"@type":"Person","name":"Jonas Wettstein"}}</script>',
      `<article><h1>Harbour wall repairs begin</h1><span class="meta">Interview: <a href="/autoren/jonas-wettstein">Jonas Wettstein</a></span>${STORY}</article>`,
    );
    expect(extractArticle(html, url)?.authors).toEqual(['Jonas Wettstein']);
  });
});

describe('names in scripts without capitals, read where the page says they are a writer’s (unseen probe pages asia/ar-news, world/ar_news, scripts-world/*; the names invented there)', () => {
  it.each([
    ['كتب أحمد سعيد الشناوي', 'ar', ['أحمد سعيد الشناوي']], // "wrote"
    ['بقلم: سامر الحداد', 'ar', ['سامر الحداد']], // "by the pen of"
    ['كتب: أحمد علي و محمد حسن', 'ar', ['أحمد علي', 'محمد حسن']],
    ['نویسنده: سپیده نوروزی', 'fa', ['سپیده نوروزی']], // "writer"
    ['מאת נועה ברק', 'he', ['נועה ברק']], // "by"
    ['โดย ศิริพร วงศ์สวัสดิ์', 'th', ['ศิริพร วงศ์สวัสดิ์']], // "by"
    ['लेखक: सुमन त्रिपाठी और अरविंद मिश्र', 'hi', ['सुमन त्रिपाठी', 'अरविंद मिश्र']], // "author", "and"
  ])('%s', (raw, lang, names) => expect(bylineNames(raw, [], lang)).toEqual(names));

  it('reads no such name without a credit, unless the caller has one (structured data, a labelled line)', () => {
    expect(bylineNames('سامر الحداد', [], 'ar')).toEqual([]);
    expect(bylineNames('سامر الحداد', [], 'ar', true)).toEqual(['سامر الحداد']);
    expect(bylineNames('ნინო ბერიძე', [], 'ka', true)).toEqual(['ნინო ბერიძე']);
  });

  it.each([
    ['كتب وكالة الأنباء الكويتية', 'an agency ("news agency")'],
    ['بقلم: فريق التحرير', 'the editorial team'],
    ['מאת מערכת החדשות', 'the news desk'],
    ['โดย ทีมข่าวภูมิภาค', 'a news team (Thai, matched inside the words)'],
    ['लेखक: डिजिटल डेस्क', 'a desk'],
    ['מאת נועה ברק ואיתי גולן', 'two names run together by a joined "and": no telling them apart, so none'],
    ['كتب أحمد', 'one word'],
    // round 23 (pages made to get the byline wrong, measured once, then fixed: test/fixtures/probe-pages/dev/traps-*)
    ['लेखक के बारे में', '"About the author": words of grammar, each one letter and its vowel sign'],
    ['نوشته شده توسط', '"written by" and nothing after it'],
  ])('rejects %s: %s', (raw) => expect(bylineNames(raw)).toEqual([]));

  it('cuts "نوشته شده توسط X" ("written by X") and "نوشتهٔ X" whole', () => {
    expect(bylineNames('نوشته شده توسط مریم کاوه', [], 'fa')).toEqual(['مریم کاوه']);
    expect(bylineNames('نوشتهٔ کلر مونتانیه', [], 'fa')).toEqual(['کلر مونتانیه']);
  });

  const devPage = (file: string) =>
    extractArticle(fs.readFileSync(path.join(__dirname, '../../fixtures/probe-pages/dev', file), 'utf8'), 'https://mag.example/x');

  it('round 23 (pages made to get the byline wrong; dev/ since the fix): "نوشتهٔ X" / "ترجمهٔ Y" gives the writer, not the translator the structured data names', () => {
    expect(devPage('traps-ar-fa-he/fa-tarjome.html')?.authors).toEqual(['کلر مونتانیه']);
  });

  it.each([
    // "लेख: X | चित्र: Y": a guest's piece on a blog whose owner, the structured author, only took the pictures
    ['traps-indic-thai-ka/hi-blog.html', 'मनोज रावत'],
    // "लेखक के बारे में" ("About the author") heading another writer's box
    ['traps-indic-thai-ka/hi-agency.html', 'के बारे में'],
  ])('round 23: %s does not name %s', (file, wrong) => expect(devPage(file)?.authors).not.toContain(wrong));

  it('drops a structured author the page credits as the translator ("अंग्रेज़ी से अनुवाद: X"; unseen probe page scripts-world/hi-vimarsh-baoli-oped\'s shape)', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"बावड़ियों को फिर से जिंदा करना","author":[{"@type":"Person","name":"सुमन त्रिपाठी"},{"@type":"Person","name":"कविता जोशी"}]}</script>';
    const html = page(
      ld,
      `<article><h1>बावड़ियों को फिर से जिंदा करना</h1><footer><div class="byline"><span>लेखक: </span><a href="/lekhak/suman">सुमन त्रिपाठी</a></div><div class="translator">अंग्रेज़ी से अनुवाद: <a href="/lekhak/kavita">कविता जोशी</a></div></footer>${STORY}<p class="more"><a href="/x">नदी की आवाज़</a> कविता जोशी</p></article>`,
    );
    expect(extractArticle(html, 'https://vimarsh.example/vichar/x')?.authors).toEqual(['सुमन त्रिपाठी']);
  });
});

describe('bylines of the twenty-seventh probe round (test/fixtures/probe-pages/dev: meta-misnames; constructed here in their shapes)', () => {
  const url = 'https://www.example.com/haber/x';

  it('reads a Turkish reporter box: the link to "/muhabir/…" in a "muhabir" box, its role word left out', () => {
    const html = `<!doctype html><html lang="tr"><head><meta name="author" content="Haber Merkezi"></head><body><div class="haber-detay"><h1>Kapalı pazar yeri inşaatında sona gelindi</h1><div class="haber-bilgi"><div class="muhabir"><img src="/m/ek.jpg" alt="Elif Karataş"><div class="muhabir-ad"><a href="/muhabir/elif-karatas">Elif Karataş</a> <span>Muhabir</span></div></div></div><div class="haber-metni">${STORY}</div></div></body></html>`;
    expect(extractArticle(html, url)?.authors).toEqual(['Elif Karataş']);
  });

  it('gives no byline for a Turkish municipality\'s press office as the meta author ("Basın Yayın ve Halkla İlişkiler Müdürlüğü")', () => {
    const office = 'Basın Yayın ve Halkla İlişkiler Müdürlüğü';
    const html = `<!doctype html><html lang="tr"><head><meta name="author" content="${office}"></head><body><div class="icerik"><h1>Kadın emeği pazarı açıldı</h1>${STORY}</div><footer><h4>${office}</h4><p>Telefon: 0 000 000 00 00</p></footer></body></html>`;
    expect(extractArticle(html, url)?.authors).toEqual([]);
    expect(bylineNames(office)).toEqual([]);
  });

  it.each([
    ['Un article d’Élodie Vasseur', ['Élodie Vasseur']],
    ["Un article d'Élodie Vasseur", ['Élodie Vasseur']],
    ["Une chronique d'Anne Morel", ['Anne Morel']],
    ['Un article de Paul Girard', ['Paul Girard']],
  ])('reads the French genre credit with an elided "d’": %j', (line, names) => expect(bylineNames(line)).toEqual(names));

  it('reads "Un article d’X, commission Y" opening a club\'s post under a CMS login as the meta author', () => {
    const html = `<!doctype html><html lang="fr"><head><meta name="author" content="m.garnier"></head><body><article><h1>Le balisage du sentier des Crêtes est refait</h1><div class="entry-content"><p><em>Un article d'Élodie Vasseur, commission Sentiers</em></p>${STORY}</div></article></body></html>`;
    expect(extractArticle(html, 'https://club.example/2024/10/balisage/')?.authors).toEqual(['Élodie Vasseur']);
  });
});
