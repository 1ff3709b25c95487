/**
 * Outlet identity, the one place that decides whether two outlets are the same (extraction merging
 * attributions, credit lines naming an original). Well-known wires and outlets are listed, so "RT
 * NEWS", "rt.com" and "Russia Today" compare equal and a credit reads the same everywhere; the display
 * text found on the page is kept, this adds a key. Pure.
 */
import { hostOf } from '../core/url';

interface Outlet {
  name: string;
  pattern: RegExp;
  hosts: string[];
}

/** Matched against a cleaned name (no "the", no trailing "news"/"wire"). */
const OUTLETS: Outlet[] = [
  {
    name: 'Associated Press',
    pattern: /^(?:ap|associated press|ap news|the associated press|أسوشيتد برس|اسوشيتد برس|ассошиэйтед пресс)$/iu,
    hosts: ['apnews.com', 'ap.org'],
  },
  { name: 'Reuters', pattern: /^(?:reuters|thomson reuters|رويترز|رویترز|רויטרס|रॉयटर्स|рейтер|рейтерс)$/iu, hosts: ['reuters.com'] },
  {
    name: 'AFP',
    pattern: /^(?:afp|agence france[- ]presse|afp relaxnews|فرانس برس|فرانس پرس|أ ف ب|ا ف ب|франс пресс|франс-пресс)$/iu,
    hosts: ['afp.com'],
  },
  { name: 'RT', pattern: /^(?:rt|rt\.com|russia today|rt international)$/i, hosts: ['rt.com'] },
  { name: 'Bloomberg', pattern: /^(?:bloomberg|bloomberg l\.?p\.?)$/i, hosts: ['bloomberg.com'] },
  { name: 'dpa', pattern: /^(?:dpa|deutsche presse[- ]agentur)$/i, hosts: ['dpa.com'] },
  { name: 'dpa-AFX', pattern: /^dpa-afx$/i, hosts: ['dpa-afx.de'] },
  { name: 'ANI', pattern: /^(?:ani|asian news international)$/i, hosts: ['aninews.in'] },
  {
    name: 'PTI',
    // and the acronym in Gujarati, Bengali, Tamil, Telugu, Kannada, Malayalam and Urdu
    pattern: /^(?:pti|press trust of india|pti bhasha|भाषा|पीटीआई|પીટીઆઈ|পিটিআই|பிடிஐ|పీటీఐ|ಪಿಟಿಐ|പിടിഐ|پی ٹی آئی)$/iu,
    hosts: ['ptinews.com'],
  },
  { name: 'Central News Agency', pattern: /^(?:central news agency|中央社|中央通訊社|中央通讯社)$/i, hosts: ['cna.com.tw'] },
  { name: 'IANS', pattern: /^(?:ians|indo-asian news service)$/i, hosts: ['ians.in'] },
  // United News of India: the acronym in capitals only ("Uni" is a university's short name), in Devanagari and in Urdu
  { name: 'UNI', pattern: /^(?:UNI|United News of India|यूएनआई|یو این آئی|یواین آئی)$/u, hosts: ['uniindia.com'] },
  {
    name: 'Xinhua',
    pattern: /^(?:xinhua|xinhua news agency|xinhuanet|新华社|新華社|新华网|新華網|新华通讯社)$/i,
    hosts: ['xinhuanet.com', 'news.cn'],
  },
  { name: 'TASS', pattern: /^(?:tass|itar-tass|тасс|итар-тасс)$/iu, hosts: ['tass.com', 'tass.ru'] },
  { name: 'Sputnik', pattern: /^(?:sputnik|sputnik international)$/i, hosts: ['sputniknews.com'] },
  { name: 'UPI', pattern: /^(?:upi|united press international)$/i, hosts: ['upi.com'] },
  { name: 'Kyodo', pattern: /^(?:kyodo|kyodo news|共同通信|共同通信社|共同)$/i, hosts: ['kyodonews.net'] },
  { name: 'Yonhap', pattern: /^(?:yonhap|yonhap news agency|연합뉴스)$/i, hosts: ['yna.co.kr'] },
  { name: 'EFE', pattern: /^(?:efe|agencia efe)$/i, hosts: ['efe.com'] },
  { name: 'ANSA', pattern: /^ansa$/i, hosts: ['ansa.it'] },
  // Italy's other agencies: Dire in capitals or after its "Agenzia" only ("dire" is a French verb)
  { name: 'Agenzia Dire', pattern: /^(?:DIRE|Agenzia Dire|Dire)$/u, hosts: ['dire.it'] },
  { name: 'Adnkronos', pattern: /^(?:adnkronos|adn kronos)$/i, hosts: ['adnkronos.com'] },
  // and AGI, LaPresse, askanews
  { name: 'AGI', pattern: /^(?:agi|agenzia italia)$/i, hosts: ['agi.it'] },
  { name: 'LaPresse', pattern: /^lapresse$/i, hosts: ['lapresse.it'] },
  { name: 'askanews', pattern: /^askanews$/i, hosts: ['askanews.it'] },
  // Poland's business agency
  { name: 'ISBnews', pattern: /^isbnews$/i, hosts: ['isbnews.pl'] },
  { name: 'Anadolu Agency', pattern: /^(?:aa|anadolu|anadolu agency|anadolu ajans[ıi]|الأناضول|الاناضول)$/iu, hosts: ['aa.com.tr'] },
  { name: 'DHA', pattern: /^(?:dha|demirören haber ajansı)$/iu, hosts: ['dha.com.tr'] },
  // the capital İ spelt out too: under the u flag its case folding does not meet "i̇" (i with a combining dot above)
  { name: 'İHA', pattern: /^(?:iha|i̇ha|İHA|ihlas haber ajansı|i̇hlas haber ajansı|İhlas Haber Ajansı)$/iu, hosts: ['iha.com.tr'] },
  {
    name: 'The Canadian Press',
    pattern: /^(?:cp|canadian press|la presse canadienne|presse canadienne)$/i,
    hosts: ['thecanadianpress.com'],
  },
  { name: 'AAP', pattern: /^(?:aap|australian associated press)$/i, hosts: ['aap.com.au'] },
  // the UK's national agency; not "PA" alone, a US state's abbreviation in a dateline too
  { name: 'PA Media', pattern: /^(?:pa media|pa news agency|press association|the press association)$/i, hosts: ['pamediagroup.com'] },
  // the BBC-funded service whose council reporters' stories the UK's local titles share
  { name: 'Local Democracy Reporting Service', pattern: /^(?:local democracy reporting service|ldrs)$/i, hosts: [] },
  {
    name: 'China News Service',
    pattern: /^(?:china news service|中新社|中国新闻社|中國新聞社|中新网|中新網|中国新闻网|中國新聞網)$/i,
    hosts: ['chinanews.com.cn', 'chinanews.com'],
  },
  { name: "People's Daily", pattern: /^(?:people['’]s daily|人民日报|人民日報|人民网|人民網)$/i, hosts: ['people.com.cn'] },
  { name: 'CCTV', pattern: /^(?:cctv|央视|央視|央视新闻|央视网|中央电视台|中央電視台)$/i, hosts: ['cctv.com'] },
  // and the short form of its closing tag, "（時事）"
  { name: 'Jiji Press', pattern: /^(?:jiji|jiji press|時事|時事通信|時事通信社)$/i, hosts: ['jiji.com'] },
  { name: 'Interfax', pattern: /^(?:interfax|интерфакс)$/iu, hosts: ['interfax.ru', 'interfax.com'] },
  { name: 'RIA Novosti', pattern: /^(?:ria novosti|риа новости)$/iu, hosts: ['ria.ru'] },
  { name: 'RSS Nepal', pattern: /^(?:rastriya samachar samiti|रासस|राष्ट्रिय समाचार समिति)$/iu, hosts: ['rss.com.np'] },
  { name: 'BelTA', pattern: /^(?:belta|белта|белтелеграф|belarusian telegraph agency)$/iu, hosts: ['belta.by'] },
  { name: 'Kazinform', pattern: /^(?:kazinform|казинформ|миа «?казинформ»?|қазақпарат)$/iu, hosts: ['inform.kz'] },
  { name: 'APA', pattern: /^(?:apa|austria presse agentur)$/i, hosts: ['apa.at'] },
  { name: 'Keystone-SDA', pattern: /^(?:sda|ats|keystone-sda|keystone-ats)$/i, hosts: ['keystone-sda.ch'] },
  { name: 'KNA', pattern: /^(?:kna|katholische nachrichten-agentur)$/i, hosts: ['kna.de'] },
  { name: 'epd', pattern: /^(?:epd|evangelischer pressedienst)$/i, hosts: ['epd.de'] },
  { name: 'ANP', pattern: /^anp$/i, hosts: ['anp.nl'] },
  { name: 'TT', pattern: /^(?:tt|tt nyhetsbyrån)$/i, hosts: ['tt.se'] },
  { name: 'NTB', pattern: /^ntb$/i, hosts: ['ntb.no'] },
  { name: 'Ritzau', pattern: /^(?:ritzau|ritzaus bureau)$/i, hosts: ['ritzau.dk'] },
  { name: 'PAP', pattern: /^(?:pap|polska agencja prasowa)$/i, hosts: ['pap.pl'] },
  { name: 'Lusa', pattern: /^(?:lusa|agência lusa)$/i, hosts: ['lusa.pt'] },
  { name: 'Agência Brasil', pattern: /^agência brasil$/i, hosts: ['agenciabrasil.ebc.com.br'] },
  // the syndication services of Brazil's national papers, whose copy regional portals run
  { name: 'Folhapress', pattern: /^folhapress$/i, hosts: ['folhapress.folha.com.br'] },
  { name: 'Estadão Conteúdo', pattern: /^(?:estadão conteúdo|estadao conteudo|agência estado)$/iu, hosts: ['estadao.com.br'] },
  { name: 'Agência O Globo', pattern: /^agência o globo$/iu, hosts: ['oglobo.globo.com'] },
  // the other national agencies of Europe, Latin America and Asia whose copy regional papers run
  { name: 'ČTK', pattern: /^(?:čtk|ctk|česká tisková kancelář)$/iu, hosts: ['ctk.cz'] },
  { name: 'TASR', pattern: /^(?:tasr|tlačová agentúra slovenskej republiky)$/iu, hosts: ['tasr.sk'] },
  { name: 'Belga', pattern: /^belga$/i, hosts: ['belga.be'] },
  { name: 'MTI', pattern: /^(?:mti|magyar távirati iroda)$/iu, hosts: ['mti.hu'] },
  { name: 'STT', pattern: /^(?:stt|stt-info|suomen tietotoimisto)$/iu, hosts: ['stt.fi'] },
  { name: 'ANA-MPA', pattern: /^(?:ana-mpa|απε-μπε|απε)$/iu, hosts: ['amna.gr'] },
  { name: 'Agerpres', pattern: /^agerpres$/i, hosts: ['agerpres.ro'] },
  // Romania's private agencies
  { name: 'Mediafax', pattern: /^mediafax$/i, hosts: ['mediafax.ro'] },
  { name: 'News.ro', pattern: /^news\.ro$/i, hosts: ['news.ro'] },
  { name: 'BTA', pattern: /^(?:bta|бта)$/iu, hosts: ['bta.bg'] },
  { name: 'HINA', pattern: /^hina$/i, hosts: ['hina.hr'] },
  { name: 'Tanjug', pattern: /^(?:tanjug|танјуг)$/iu, hosts: ['tanjug.rs'] },
  { name: 'FoNet', pattern: /^(?:fonet|фонет)$/iu, hosts: ['fonet.rs'] },
  { name: 'Fena', pattern: /^(?:fena|фена)$/iu, hosts: ['fena.ba'] },
  // case-sensitive: "Mia" is a given name
  { name: 'MIA', pattern: /^(?:MIA|МИА)$/u, hosts: ['mia.mk'] },
  { name: 'ATA', pattern: /^(?:ATA|Agjencia Telegrafike Shqiptare)$/u, hosts: ['ata.gov.al'] },
  { name: 'STA', pattern: /^sta$/i, hosts: ['sta.si'] },
  { name: 'Ukrinform', pattern: /^(?:ukrinform|укрінформ)$/iu, hosts: ['ukrinform.net'] },
  { name: 'UNIAN', pattern: /^(?:unian|уніан|униан)$/iu, hosts: ['unian.ua', 'unian.net'] },
  { name: 'Interfax-Ukraine', pattern: /^(?:interfax-ukraine|інтерфакс-україна|интерфакс-украина)$/iu, hosts: ['interfax.com.ua'] },
  { name: 'IPN', pattern: /^(?:IPN|Agenția de presă IPN|Info-Prim Neo)$/u, hosts: ['ipn.md'] },
  { name: 'Moldpres', pattern: /^(?:moldpres|молдпрес)$/iu, hosts: ['moldpres.md'] },
  { name: 'Télam', pattern: /^télam$/iu, hosts: ['telam.com.ar'] },
  { name: 'Notimex', pattern: /^notimex$/i, hosts: ['notimex.gob.mx'] },
  // Mexico's regional agency network (its state editions: "Quadratín Veracruz") and the national papers' agencies
  { name: 'Quadratín', pattern: /^quadrat[ií]n(?:\s+\p{L}+){0,2}$/iu, hosts: ['quadratin.com.mx'] },
  { name: 'El Universal', pattern: /^el universal$/i, hosts: ['eluniversal.com.mx'] },
  { name: 'Agencia Reforma', pattern: /^agencia reforma$/i, hosts: ['reforma.com'] },
  { name: 'Prensa Latina', pattern: /^prensa latina$/i, hosts: ['prensa-latina.cu'] },
  { name: 'Andina', pattern: /^(?:andina|agencia andina)$/i, hosts: ['andina.pe'] },
  { name: 'Antara', pattern: /^antara$/i, hosts: ['antaranews.com'] },
  { name: 'Bernama', pattern: /^bernama$/i, hosts: ['bernama.com'] },
  { name: 'VNA', pattern: /^(?:vna|ttxvn|vietnam news agency|thông tấn xã việt nam)$/iu, hosts: ['vnanet.vn'] },
  { name: 'PNA', pattern: /^(?:PNA|Philippine News Agency)$/u, hosts: ['pna.gov.ph'] },
  { name: 'PIA', pattern: /^(?:PIA|Philippine Information Agency)$/u, hosts: ['pia.gov.ph'] },
  // Zimbabwe's, Mozambique's, South Africa's, Namibia's and Zambia's national agencies
  { name: 'New Ziana', pattern: /^(?:New Ziana|Ziana)$/u, hosts: ['newziana.co.zw'] },
  { name: 'AIM', pattern: /^(?:AIM|Agência de Informação de Moçambique)$/u, hosts: ['aimnews.org'] },
  { name: 'SAnews', pattern: /^(?:SAnews|SAnews\.gov\.za|South African Government News Agency)$/u, hosts: ['sanews.gov.za'] },
  { name: 'NAMPA', pattern: /^(?:NAMPA|Nampa|Namibia Press Agency)$/u, hosts: ['nampa.org'] },
  // South Africa's agencies: the African News Agency by its full name (the acronym alone is an airline's and others'), and
  // the South African Press Association, closed in 2015, whose copy fills the archives
  { name: 'African News Agency', pattern: /^(?:African News Agency|African News Agency \(ANA\))$/u, hosts: ['africannewsagency.com'] },
  { name: 'Sapa', pattern: /^(?:Sapa|SAPA|South African Press Association)$/u, hosts: ['sapa.org.za'] },
  { name: 'ZANIS', pattern: /^(?:ZANIS|Zambia News and Information Services?)$/u, hosts: [] },
  { name: 'RNZ', pattern: /^(?:rnz|radio new zealand)$/i, hosts: ['rnz.co.nz'] },
  // Africa and the Middle East; their short names in capitals only ("MAP", "SPA" are words too)
  { name: 'NAN', pattern: /^(?:NAN|News Agency of Nigeria)$/u, hosts: ['nannews.ng'] },
  { name: 'GNA', pattern: /^(?:GNA|Ghana News Agency)$/u, hosts: ['gna.org.gh'] },
  { name: 'KNA Kenya', pattern: /^Kenya News Agency$/u, hosts: ['kenyanews.go.ke'] },
  { name: 'ENA', pattern: /^(?:ENA|Ethiopian News Agency)$/u, hosts: ['ena.et'] },
  { name: 'APS', pattern: /^(?:APS|Algérie Presse Service|وأج|واج|وكالة الأنباء الجزائرية)$/u, hosts: ['aps.dz'] },
  { name: 'MAP', pattern: /^(?:MAP|Maghreb Arabe Presse|لاماب|و\.م\.ع|وكالة المغرب العربي للأنباء)$/u, hosts: ['mapnews.ma'] },
  { name: 'TAP', pattern: /^(?:TAP|Tunis Afrique Presse|وات|وكالة تونس إفريقيا للأنباء)$/u, hosts: ['tap.info.tn'] },
  { name: 'MENA', pattern: /^(?:MENA|Middle East News Agency)$/u, hosts: ['mena.org.eg'] },
  { name: 'WAM', pattern: /^(?:WAM|Emirates News Agency|وام)$/u, hosts: ['wam.ae'] },
  { name: 'SPA', pattern: /^(?:SPA|Saudi Press Agency|واس)$/u, hosts: ['spa.gov.sa'] },
  { name: 'KUNA', pattern: /^(?:KUNA|Kuwait News Agency|كونا)$/u, hosts: ['kuna.net.kw'] },
  { name: 'QNA', pattern: /^(?:QNA|Qatar News Agency|قنا)$/u, hosts: ['qna.org.qa'] },
  { name: 'Petra', pattern: /^(?:Petra|Jordan News Agency|بترا)$/u, hosts: ['petra.gov.jo'] },
  { name: 'IRNA', pattern: /^(?:IRNA|Islamic Republic News Agency|ایرنا)$/u, hosts: ['irna.ir'] },
  { name: 'APP', pattern: /^(?:APP|Associated Press of Pakistan)$/u, hosts: ['app.com.pk'] },
  { name: 'PPI', pattern: /^(?:PPI|Pakistan Press International)$/u, hosts: ['ppinewsagency.com'] },
  // News Network International, in Urdu as its letters are said ("این این آئی")
  { name: 'NNI', pattern: /^(?:NNI|News Network International|این این آئی)$/u, hosts: [] },
  { name: 'Pajhwok Afghan News', pattern: /^(?:pajhwok|pajhwok afghan news|پژواک|آژانس خبری پژواک)$/iu, hosts: ['pajhwok.com'] },
  { name: 'BSS', pattern: /^(?:BSS|Bangladesh Sangbad Sangstha)$/u, hosts: ['bssnews.net'] },
  { name: 'UNB', pattern: /^(?:UNB|United News of Bangladesh)$/u, hosts: ['unb.com.bd'] },
  { name: 'Europa Press', pattern: /^europa press$/i, hosts: ['europapress.es'] },
  { name: 'Servimedia', pattern: /^servimedia$/i, hosts: ['servimedia.es'] },
  { name: 'ACN', pattern: /^(?:acn|agència catalana de notícies)$/i, hosts: ['acn.cat'] },
  { name: 'Newsis', pattern: /^(?:newsis|뉴시스)$/i, hosts: ['newsis.com'] },
  { name: 'News1', pattern: /^(?:news1|뉴스1)$/i, hosts: ['news1.kr'] },
  // press-release wires: a company's release, distributed
  { name: 'Business Wire', pattern: /^business ?wire$/i, hosts: ['businesswire.com'] },
  { name: 'PR Newswire', pattern: /^(?:pr ?newswire|cision pr newswire)$/i, hosts: ['prnewswire.com'] },
  { name: 'GlobeNewswire', pattern: /^globe ?newswire$/i, hosts: ['globenewswire.com'] },
  { name: 'CNN', pattern: /^(?:cnn|cnn business|cnn wire)$/i, hosts: ['cnn.com'] },
  { name: 'BBC', pattern: /^(?:bbc|bbc news)$/i, hosts: ['bbc.com', 'bbc.co.uk'] },
  { name: 'Al Jazeera', pattern: /^(?:al jazeera|al jazeera english)$/i, hosts: ['aljazeera.com'] },
  { name: 'The Conversation', pattern: /^conversation$/i, hosts: ['theconversation.com'] },
  { name: 'The New York Times', pattern: /^(?:new york times|nyt)$/i, hosts: ['nytimes.com'] },
  { name: 'The Washington Post', pattern: /^washington post$/i, hosts: ['washingtonpost.com'] },
  { name: 'The Guardian', pattern: /^guardian$/i, hosts: ['theguardian.com'] },
  { name: 'Kaiser Health News', pattern: /^(?:khn|kaiser health news)$/i, hosts: ['khn.org'] },
];

/**
 * Short names of wires, as they appear in datelines: "(AP) —", "LONDON (Reuters) -", with a wire's regional service
 * after a slash ("Kiel (dpa/lno) -", dpa's Landesdienste: lno, lby, lnw …), and with EFE's full stop ("Madrid, 18 feb (EFE).-").
 */
export const WIRE_DATELINE =
  /\((AP|Reuters|AFP|Bloomberg|dpa|DPA|ANI|PTI|IANS|Xinhua|TASS|UPI|Kyodo|Yonhap|EFE|ANSA|AA|CP|AAP|Sputnik|CNN|CNN Business|RT)(?:\/[a-z]{2,4})?\)\.?\s*[-–—:]/;

/**
 * The press-release wires' datelines: "SAN FRANCISCO--(BUSINESS WIRE)--", "NEW YORK, Feb. 9, 2026 /PRNewswire/ --",
 * "OSLO, Norway, Feb. 9, 2026 (GLOBE NEWSWIRE) --".
 */
export const PRESS_WIRE_DATELINE = /--\s*\((BUSINESS WIRE)\)\s*--|\/(PRNewswire)(?:-[A-Z ]+)?\/\s*--|\((GLOBE NEWSWIRE)\)\s*--/;

/** Names looked up lately and their answers: extraction asks about the same short lines many times per page. */
const KNOWN_ANSWERS = new Map<string, string | null>();
/** The cache is emptied at this size: a worker's memory stays bounded, and a page's own names come back at once. */
const MAX_KNOWN_ANSWERS = 5000;

/** The well-known outlet's canonical name for a display name or URL, or null when unknown. */
export function canonicalOutlet(nameOrUrl: string | null | undefined): string | null {
  if (!nameOrUrl) return null;
  const known = KNOWN_ANSWERS.get(nameOrUrl);
  if (known !== undefined) return known;
  if (KNOWN_ANSWERS.size >= MAX_KNOWN_ANSWERS) KNOWN_ANSWERS.clear();
  const answer = lookUpOutlet(nameOrUrl);
  KNOWN_ANSWERS.set(nameOrUrl, answer);
  return answer;
}

/** No listed outlet's name or host is longer: a longer string is a line of text, not an outlet's name. */
const MAX_OUTLET_NAME_CHARS = 40;

function lookUpOutlet(nameOrUrl: string): string | null {
  if (/^https?:\/\//i.test(nameOrUrl)) return outletForHost(hostOf(nameOrUrl));
  // a name with its acronym in brackets after it ("Kenya News Agency (KNA)") is that name
  const name = nameOrUrl.trim().replace(/\s*\(\p{Lu}{2,8}\)$/u, '');
  const key = name
    .replace(/^the\s+/i, '')
    .replace(/[.,:;]+$/, '')
    .replace(/\s+(?:news|wire|newswire|news agency)$/i, '')
    .trim();
  if (key.length > MAX_OUTLET_NAME_CHARS) return null;
  return OUTLETS.find((o) => o.pattern.test(key) || o.pattern.test(name))?.name ?? outletForHost(key.toLowerCase());
}

function outletForHost(host: string): string | null {
  const h = host.replace(/^www\./, '');
  return OUTLETS.find((o) => o.hosts.some((x) => h === x || h.endsWith('.' + x)))?.name ?? null;
}

/** An outlet as the pipeline knows it: a source row (id, name, homepage) or a name or URL found on a page. */
export interface OutletRef {
  name?: string | null;
  /** The source's id in feeds.yaml, when the outlet is one of ours. */
  id?: string | null;
  /** The outlet's home page or any URL of its site; its host identifies it. */
  homepage?: string | null;
  /** Other names the outlet goes by. */
  aliases?: readonly string[];
}

/** A bare string is a name, a host ("reuters.com") or a URL. */
export type OutletLike = OutletRef | string | null | undefined;

interface OutletKeys {
  id: string | null;
  /** Canonical names from the known-outlet table. */
  known: Set<string>;
  hosts: Set<string>;
  names: Set<string>;
}

/** Words that decorate an outlet's name without naming it ("RT NEWS" is RT, "Sky News" is Sky). */
const DECORATION = /\b(?:news|agency|wire|newswire|online|media|group|inc|ltd|tv)\b/g;

/** A host-like string: no spaces, at least one dot ("reuters.com", "www.bbc.co.uk"). */
const HOST_LIKE = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\.?$/i;

/**
 * True when two outlets are the same one: the same source id; else, when both are in the known-outlet
 * table, the same entry there ("AFP" and "Agence France-Presse"); else a shared host or a shared name
 * once decoration is dropped ("RT NEWS" and "RT", "Reuters" and "reuters.com").
 */
export function sameOutlet(a: OutletLike, b: OutletLike): boolean {
  const x = outletKeys(a);
  const y = outletKeys(b);
  if (!x || !y) return false;
  if (x.id && x.id === y.id) return true;
  if (x.known.size && y.known.size) return overlaps(x.known, y.known);
  return overlaps(x.hosts, y.hosts) || overlaps(x.names, y.names);
}

function outletKeys(o: OutletLike): OutletKeys | null {
  if (!o) return null;
  const ref = typeof o === 'string' ? { name: o } : o;
  const texts = [ref.name, ...(ref.aliases ?? []), ref.homepage].map((t) => t?.trim() ?? '').filter((t) => t !== '');
  const keys: OutletKeys = { id: ref.id?.trim() || null, known: new Set(), hosts: new Set(), names: new Set() };
  for (const t of texts) {
    const known = canonicalOutlet(t);
    if (known) keys.known.add(known);
    const host = hostKey(t);
    if (host) keys.hosts.add(host);
    const name = nameKey(host ? (host.split('.')[0] ?? '') : t);
    if (name) keys.names.add(name);
  }
  return keys.id || texts.length ? keys : null;
}

/** The host of a URL or host-like text, without "www.", or null for a plain name. */
function hostKey(text: string): string | null {
  if (/^https?:\/\//i.test(text)) return hostOf(text).replace(/^www\./, '') || null;
  return HOST_LIKE.test(text)
    ? text
        .toLowerCase()
        .replace(/^www\./, '')
        .replace(/\.$/, '')
    : null;
}

/**
 * A name without its article ("the", "die", "le", "el", "het" …), decoration, case and punctuation ("The RT News" → "rt", "DIE
 * WOCHENPOST" → "wochenpost"); a name that is all
 * decoration keeps its words ("WIRE" → "wire"), so it still names the outlet called "Wire".
 */
function nameKey(name: string): string {
  const plain = name.toLowerCase().replace(/^(?:the|der|die|das|le|la|les|el|il|lo|los|las|het|de)\s+/, '');
  const bare = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');
  return bare(plain.replace(DECORATION, '')) || bare(plain);
}

function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

/**
 * Media groups that own many titles, whose name a CMS puts in meta[name=author] where no writer is set ("Condé Nast" on
 * every WIRED page): publishers, never the person who wrote a story. Only the names a byline check could take for a
 * person's (two capitalised words, or one a surname) are listed; a group named like a desk ("Funke Mediengruppe",
 * "Penske Media") fails that check already.
 */
const MEDIA_GROUPS =
  /^(?:cond[ée] nast(?: digital| publications)?|axel springer(?: se)?|ziff davis|dotdash(?: meredith)?|meredith corporation|hearst(?: communications| newspapers)?|gannett(?: co\.?)?|mcclatchy|news corp|bauer media|hubert burda|burda|madsack|dumont|mediahuis|schibsted|tamedia|ringier|bonnier|sanoma|egmont|valnet|lee enterprises|advance local|nexstar|tegna|scripps)$/iu;

/** True for a media group's name (see MEDIA_GROUPS): a publisher, not a person. */
export function isMediaGroup(name: string): boolean {
  return MEDIA_GROUPS.test(name.trim());
}
