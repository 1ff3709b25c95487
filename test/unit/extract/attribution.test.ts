/** Credit lines, datelines and outlet names. */
import { creditLine } from '../../../src/workers/extract/attribution';
import { canonicalOutlet, sameOutlet } from '../../../src/policy/outlets';
import { findRights, isRightsText, noticeSpan } from '../../../src/workers/extract/rights';
import { toIsoUtc } from '../../../src/workers/extract/dates';
import { extractArticle } from '../../../src/workers/extract';

describe('creditLine', () => {
  it.each([
    ['Source: RT NEWS', 'RT NEWS', 'credit-line'],
    ['SOURCE: Reuters', 'Reuters', 'credit-line'],
    ['Courtesy: ANI', 'ANI', 'credit-line'],
    ['Via AP', 'AP', 'credit-line'],
    ['Credit: AFP', 'AFP', 'credit-line'],
    ['This article first appeared on Bloomberg.', 'Bloomberg', 'credit-line'],
    ['This article was originally published by The Conversation.', 'The Conversation', 'credit-line'],
    ['Originally published on Kaiser Health News.', 'Kaiser Health News', 'credit-line'],
    ['This article is republished from The Conversation under a Creative Commons license.', 'The Conversation', 'credit-line'],
    ['This story first ran in The Texas Tribune and is republished here with permission.', 'The Texas Tribune', 'credit-line'],
    ['WASHINGTON (AP) — The Senate voted on Tuesday.', 'AP', 'dateline'],
    ['LONDON, Nov 19 (Reuters) - Oil prices fell on Tuesday.', 'Reuters', 'dateline'],
    ['NEW DELHI (PTI) - The government said on Monday.', 'PTI', 'dateline'],
    ['BERLIN (dpa) - Die Regierung hat am Montag beschlossen.', 'dpa', 'dateline'],
    ['Kiel (dpa/lno) - Der Stadtrat hat am Dienstag beschlossen.', 'dpa', 'dateline'], // a regional service (constructed)
    // German, French, Spanish and Italian credit lines (constructed, as those sites print them)
    ['Quelle: dpa', 'dpa', 'credit-line'],
    ['Mit Material von dpa', 'dpa', 'credit-line'],
    ['Source : AFP', 'AFP', 'credit-line'],
    ['Fuente: EFE', 'EFE', 'credit-line'],
    ['Erstveröffentlichung: Süddeutsche Zeitung, 3. Mai 2022', 'Süddeutsche Zeitung', 'credit-line'],
    ['Dieser Artikel erschien zuerst bei ZEIT ONLINE.', 'ZEIT ONLINE', 'credit-line'],
    ['Dieser Text ist zuerst im Tagesspiegel erschienen.', 'Tagesspiegel', 'credit-line'],
    ['Zuerst erschienen auf tagesschau.de am 03.05.2022.', 'tagesschau.de', 'credit-line'],
    ['Cet article a été initialement publié sur Le Monde.', 'Le Monde', 'credit-line'],
    ['Initialement publié sur Mediapart.', 'Mediapart', 'credit-line'],
    ['Este artículo fue publicado originalmente en El País.', 'El País', 'credit-line'],
    ['Pubblicato originariamente su Il Post.', 'Il Post', 'credit-line'],
    // eighth probe round (probe pages regional/en_gannett_like_originally, sport-biz/pt_br_panorama_republicado, de_boersenblick_dpaafx, tr_sahahaber_dha_mac)
    [
      'This article originally appeared on The Lakeport Ledger: Lakeport water rates could rise 18% under plan',
      'The Lakeport Ledger',
      'credit-line',
    ],
    ['Esta reportagem foi publicada originalmente no Diário do Mercado.', 'Diário do Mercado', 'credit-line'],
    // twelfth probe round (syndication/06-faro-valdemora-republica-heraldo): a clause joined on ends the name; the sentence's article is no part of it
    [
      'Este artículo fue publicado originalmente en el Heraldo de Sierra Alta y se reproduce con autorización dentro de nuestro acuerdo de colaboración.',
      'Heraldo de Sierra Alta',
      'credit-line',
    ],
    ['Dieser Text erschien zuerst im Kurier vom Fluss und wird hier mit Erlaubnis wiedergegeben.', 'Kurier vom Fluss', 'credit-line'],
    ['HOLMBACH (dpa-AFX) - Der Maschinenbauer hat seine Prognose gesenkt.', 'dpa-AFX', 'dateline'],
    ['İZMİR (DHA) - Yeşilova FK deplasmanda kaybetti.', 'DHA', 'dateline'],
    // The source label inside a Chinese, Japanese or Korean meta line, among the date and the author (constructed, as portals print it)
    ['2026-12-05 10:32:15 来源：新华社 作者：张伟 责任编辑：李娜', '新华社', 'credit-line'],
    ['来源：人民网-人民日报', '人民网-人民日报', 'credit-line'],
    ['來源：中央社', '中央社', 'credit-line'],
    ['出典：共同通信', '共同通信', 'credit-line'],
    ['출처: 연합뉴스', '연합뉴스', 'credit-line'],
    // spans printed with no space between them: the label after the outlet ends it (readability/gmw)
    ['来源：网易科学人作者：责任编辑：肖春芳', '网易科学人', 'credit-line'],
    // a wire's copy credited by "with" (constructed: French, Spanish and Portuguese signature lines)
    ['Ouest-Info avec AFP', 'AFP', 'credit-line'],
    ['Par Jean Dupont avec AFP', 'AFP', 'credit-line'],
    ['Avec Reuters', 'Reuters', 'credit-line'],
    ['Redacción con EFE', 'EFE', 'credit-line'],
    // "source" in Russian, Ukrainian, Polish, Turkish, Swedish and Danish (constructed)
    ['Источник: ТАСС', 'ТАСС', 'credit-line'],
    ['Źródło: PAP', 'PAP', 'credit-line'],
    ['Kaynak: AA', 'AA', 'credit-line'],
    ['Källa: TT', 'TT', 'credit-line'],
    // a wire's name alone as the story's last line, bare or in brackets (constructed: Japanese, German, Swedish, English shapes)
    ['（共同通信）', '共同通信', 'credit-line'],
    ['（共同）', '共同', 'credit-line'],
    ['(dpa)', 'dpa', 'credit-line'],
    ['TT', 'TT', 'credit-line'],
    ['— AP', 'AP', 'credit-line'],
    // credits of the fifth probe round (test/fixtures/probe-pages/dev: en-media, euro, fr-es)
    ['(With inputs from PTI)', 'PTI', 'credit-line'],
    ['Con información de AFP', 'AFP', 'credit-line'],
    ['Πηγή: ΑΠΕ-ΜΠΕ', 'ΑΠΕ-ΜΠΕ', 'credit-line'],
    ['/ritzau/', 'ritzau', 'credit-line'],
    ['ats/vajo', 'ats', 'credit-line'],
    // round 24 (probe pages dev/syndication-24, dev/community-student, dev/sea-news): EFE's dateline with its full stop;
    // a republication note after the writer's biography or before the licence, one sentence of a longer paragraph; "beim";
    // a syndicated column's distributor; Vietnamese "according to" before an outlet we know
    ['Villarcillo del Campo (Montesierra), 18 feb (EFE).- Los almendros han florecido un mes antes.', 'EFE', 'dateline'],
    [
      'This story was originally published by Inland River Report, a nonprofit newsroom covering water, agriculture and climate in the interior West. It is republished here with permission under a Creative Commons license.',
      'Inland River Report',
      'credit-line',
    ],
    [
      'Irene Saldaña Ruiz es profesora de Ecología Urbana en la Universidad de Alcarria del Norte. Este artículo fue publicado originalmente en Diálogo Académico. Lea el original.',
      'Diálogo Académico',
      'credit-line',
    ],
    ['Dieser Artikel erschien zuerst beim Merzbacher Anzeiger.', 'Merzbacher Anzeiger', 'credit-line'],
    ['© 2025 Marguerite Osei-Bland. Distributed by Lakeshore Features Syndicate.', 'Lakeshore Features Syndicate', 'credit-line'],
    ['Theo Bloomberg', 'Bloomberg', 'credit-line'],
    ['Theo TTXVN', 'TTXVN', 'credit-line'],
    // round 25 (probe pages dev/opinion-intl): the reflexive "se publicó", and "Artigo publicado … na revista X"
    [
      'Este artículo se publicó originalmente en Revista Cuarto Menguante y se reproduce con autorización del autor.',
      'Revista Cuarto Menguante',
      'credit-line',
    ],
    ['Artigo publicado originalmente na revista Trilha Sul.', 'Trilha Sul', 'credit-line'],
    // round 26 (probe pages dev/republished-intl, dev/agency-regional): The Conversation's French line; a translation's note
    // naming the original's language; a wire's help after an asterisk
    [
      'Cet article est republié à partir de Savoirs Partagés sous licence Creative Commons. Lire l’article original.',
      'Savoirs Partagés',
      'credit-line',
    ],
    [
      'Cet article a été publié initialement en allemand dans le Kehlbacher Tagblatt, notre partenaire dans le cadre du réseau transfrontalier.',
      'Kehlbacher Tagblatt',
      'credit-line',
    ],
    ['*Com informações da Agência Brasil', 'Agência Brasil', 'credit-line'],
  ])('%j → %s (%s)', (text, name, evidence) => {
    expect(creditLine(text)).toMatchObject({ source: { name }, evidence });
  });

  it.each([
    'The source of the leak was not identified, officials said.',
    'Sources said the deal could close next week, according to two people familiar with the matter.',
    'The company originally planned to publish the figures in March.',
    'He told reporters (and later confirmed in writing) that he would resign.',
    // A story sentence about another publication is not this article's credit (constructed).
    'Die Studie erschien zuerst im Fachblatt Nature und sorgte für Aufsehen.',
    "L'étude a d'abord été publiée dans la revue Science.",
    'El informe fue publicado originalmente en inglés.',
    // a time, not an outlet, after "first published in" (thirteenth probe round: en-blogs/shopify-buying-guide-reviewer)
    'This guide was first published in November 2023 and was updated in March 2025 with new styles.',
    'Dieser Artikel erschien zuerst im März 2023.',
    // A source label naming this site, the internet or a reader credits no other outlet (constructed)
    '2026-12-05 来源：本站原创 作者：张伟',
    '来源：网络',
    '来源：网友投稿',
    // A sentence that says "source" is not a label (constructed)
    '消息来源称，双方将于下周继续谈判。',
    // "with" in a sentence, or before no wire we know (constructed)
    'Il a dîné avec AFP',
    'Elle parlait avec Reuters',
    'Le maire avec ses adjoints',
    // a short line alone that names no wire we know (constructed)
    '(Kiel)',
    'Hamburg',
    '(Fortsetzung folgt)',
    // a sentence with "information" or "inputs", or slashes around no wire (constructed)
    'Con información de la policía, los vecinos buscaron al niño.',
    'Das Ergebnis war 3/4/5.',
    // round 24: a republication note inside a paragraph needs a demonstrative subject ("this", "dieser", "este"); a story's
    // sentence about another report has none. "Theo" before no outlet we know is a given name.
    'Die Kommission legte am Montag ihren Bericht vor. Der Bericht erschien zuerst im Fachblatt Lancet und sorgte für Aufsehen.',
    'Theo Walcott',
    'The food was distributed by volunteers from the parish.',
  ])('not a credit: %j', (text) => expect(creditLine(text)).toBeNull());

  it('a source label alone is a whole credit line, left out of the text; inside a meta line it is not (constructed)', () => {
    expect(creditLine('来源：新华社')).toMatchObject({ whole: true });
    expect(creditLine('2026-12-05 来源：新华社 作者：张伟')).toMatchObject({ whole: false });
  });
});

describe('a "Source:" line credits an outlet, not a data source (constructed German page)', () => {
  const STORY =
    '<p>Die Zahl der Baugenehmigungen ist im ersten Quartal deutlich gesunken, wie aus den neuen Zahlen hervorgeht, die am Dienstag veröffentlicht wurden.</p>'.repeat(
      3,
    );
  const page = (tail: string) =>
    `<html lang="de"><head><title>Weniger Baugenehmigungen | Portal</title></head><body><article><h1>Weniger Baugenehmigungen</h1>${STORY}${tail}</article></body></html>`;

  it.each([
    ['<p>Quelle: dpa</p>', 'dpa'],
    ['<p>Quelle: <a href="https://www.tagesschau.de/x">tagesschau.de</a></p>', 'tagesschau.de'],
  ])('%j credits %s', (tail, name) => expect(extractArticle(page(tail), 'https://portal.example/x')?.original_source?.name).toBe(name));

  it.each([
    'Quelle: Statistisches Bundesamt',
    'Quelle: eigene Berechnungen',
    'Source: Census Bureau',
    // the police as the source of what is reported (round 26: agency-regional/se-norrvikstidning-bedragerier-tt)
    'Källa: Polisen',
    'Quelle: Polizei Kiel',
    'Fuente: Instituto Nacional de Estadística',
    // a study's citation (round 19, measured once, then fixed: test/fixtures/probe-pages/dev/health-science)
    'Quelle: Weißenborn C. et al., Soil Ecology Letters, 2025',
    // the site's own print edition (constructed)
    'Dieser Artikel erschien zuerst in der Printausgabe.',
    'Dieser Text ist zuerst in unserer Zeitung erschienen.',
    'Cet article a été initialement publié dans notre édition papier.',
    // a section of it (round 18, measured once, then fixed: test/fixtures/probe-pages/dev/magazines)
    'This article appeared in the Britain section of the print edition under the headline “Holding the line”.',
  ])('%j credits no outlet', (line) =>
    expect(extractArticle(page(`<p>${line}</p>`), 'https://portal.example/x')?.original_source).toBeNull(),
  );

  it.each([
    // the word "source" in other languages (unseen probe pages east-europe/sr_lat_portal_tanjug, bg_daily_bta_copy, cyrillic-web/bg-agency)
    ['<p>Izvor: Tanjug | 16.04.2024. 12:05</p>', 'Tanjug'],
    ['<p>Източник: БТА</p>', 'БТА'],
    ['<p>Източник: Мизия прес</p>', 'Мизия прес'],
    ['<p>Sursa: Agerpres</p>', 'Agerpres'],
    // a credit with its place and date (dev probe page global-south/ar_ae_wam_hijri: "Abu Dhabi - WAM, Wednesday 5 March …")
    ['<p>المصدر: أبوظبي - وام الأربعاء ٥ مارس ٢٠٢٥ ٠٢:٤٠ م</p>', 'وام'],
    // digits inside a name are the name's
    ['<p>Quelle: nt24.de, dpa</p>', 'nt24.de, dpa'],
  ])('%j credits %s', (tail, name) => expect(extractArticle(page(tail), 'https://portal.example/x')?.original_source?.name).toBe(name));

  it.each(['Izvor: Ministarstvo zdravlja', 'المصدر: وزارة الصحة', 'Lähde: Tilastokeskus'])(
    '%j credits no outlet (a ministry, a statistics office)',
    (line) => expect(extractArticle(page(`<p>${line}</p>`), 'https://portal.example/x')?.original_source).toBeNull(),
  );

  it('"Quelle: Kieler Nachrichten" credits the newspaper, known to us or not', () => {
    expect(extractArticle(page('<p>Quelle: Kieler Nachrichten</p>'), 'https://portal.example/x')?.original_source?.name).toBe(
      'Kieler Nachrichten',
    );
  });
});

describe('outlets', () => {
  it.each([
    ['RT NEWS', 'RT'],
    ['rt.com', 'RT'],
    ['Russia Today', 'RT'],
    ['The Associated Press', 'Associated Press'],
    ['AP', 'Associated Press'],
    ['Thomson Reuters', 'Reuters'],
    ['Agence France-Presse', 'AFP'],
    ['Deutsche Presse-Agentur', 'dpa'],
    ['Press Trust of India', 'PTI'],
    ['Asian News International', 'ANI'],
    ['Xinhua News Agency', 'Xinhua'],
    ['ITAR-TASS', 'TASS'],
    ['Bloomberg News', 'Bloomberg'],
    ['https://www.reuters.com/article/x', 'Reuters'],
    // Wires by the names their own countries' sites print
    ['新华社', 'Xinhua'],
    ['新華網', 'Xinhua'],
    ['中新社', 'China News Service'],
    ['共同通信', 'Kyodo'],
    ['연합뉴스', 'Yonhap'],
    ['ТАСС', 'TASS'],
    ['TT', 'TT'],
    ['Austria Presse Agentur', 'APA'],
    ['Keystone-SDA', 'Keystone-SDA'],
    ['Agência Lusa', 'Lusa'],
    // national agencies added from the fifth and sixth probe rounds
    ['ČTK', 'ČTK'],
    ['ΑΠΕ-ΜΠΕ', 'ANA-MPA'],
    ['ats', 'Keystone-SDA'],
    ['Belga', 'Belga'],
    ['中央社', 'Central News Agency'],
    ['भाषा', 'PTI'],
    // and from the eighth and ninth; the short names of Africa's and the Middle East's in capitals only
    ['dpa-AFX', 'dpa-AFX'],
    ['DHA', 'DHA'],
    ['NAN', 'NAN'],
    ['وام', 'WAM'],
    ['Maghreb Arabe Presse', 'MAP'],
    ['MAP', 'MAP'],
    ['Anadolu Ajansı', 'Anadolu Agency'],
    ['Philippine News Agency', 'PNA'],
    ['Thông tấn xã Việt Nam', 'VNA'],
    ['Map', null],
    ['spa', null],
    ['247 City News', null],
  ])('%s → %s', (name, canonical) => expect(canonicalOutlet(name)).toBe(canonical));

  it('compares outlets by canonical name or squashed text', () => {
    expect(sameOutlet('RT NEWS', 'https://www.rt.com/')).toBe(true);
    expect(sameOutlet('Live Science', 'Live Science')).toBe(true);
    expect(sameOutlet('RT', '247 City News')).toBe(false);
  });
});

describe('rights notices', () => {
  it('keeps the verbatim sentences from the first to the last that restrict reuse', () => {
    expect(
      noticeSpan(
        'Terms | Copyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed. Contact us.',
      ),
    ).toBe(
      'Copyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    );
  });

  it('prefers a redistribution notice in the story, and takes it out of the text', () => {
    const story = [
      { text: 'The storm moved north.', node: { type: 'tag', parent: null } },
      {
        text: 'Copyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
        node: { type: 'tag', parent: null },
      },
    ];
    const r = findRights(story, ['© 2019 Site Inc. All rights reserved.'])!;
    expect(r.notice).toMatch(/^Copyright 2019 The Associated Press/);
    expect(r.segments).toEqual([story[1]]);
  });

  // From CNET (Readability's test pages): a story paragraph about a lawsuit was taken for a copyright line.
  it.each([
    [
      'a sentence about copyright infringement',
      'ZeniMax accuses Oculus of misappropriating trade secrets and copyright infringement.',
      false,
    ],
    ['a copyright mark and a year', '© 2017 CBS Interactive Inc.', true],
    ['"Copyright" and a name', 'Copyright Reuters', true],
    ['all rights reserved', 'All rights reserved.', true],
    // the agency's line under its copy on German regional sites (constructed on dpa's shape)
    ['a copyright mark before an owner in lower case', '© dpa-infocom, dpa:261205-99-123456/2', true],
    ['a list item marked (c) in a sentence', '(c) the council may cancel the contract at any time.', false],
  ])('%s', (_name, text, isNotice) => expect(isRightsText(text)).toBe(isNotice));
});

describe('toIsoUtc', () => {
  it.each([
    ['2019-11-20T05:52:20-05:00', '2019-11-20T10:52:20.000Z'],
    ['2019-11-20 06:09:25', '2019-11-20T06:09:25.000Z'],
    ['2019-11-20T01:50:59.403', '2019-11-20T01:50:59.403Z'],
    ['2019-11-18', '2019-11-18T00:00:00.000Z'],
    ['Tue Nov 19 2019 05:44:06 GMT+0000', '2019-11-19T05:44:06.000Z'],
    ['Tue, 19 Nov 2019 05:44:06 +0000', '2019-11-19T05:44:06.000Z'],
    ['2019-11-20T11:19:29+0000', '2019-11-20T11:19:29.000Z'],
    ['1574250746', '2019-11-20T11:52:26.000Z'],
    ['0001-01-01 00:00:00Z', null],
    ['yesterday', null],
    ['', null],
  ])('%j → %s', (input, out) => expect(toIsoUtc(input)).toBe(out));
});

describe('a Chinese portal republishing a wire story (constructed, as such portals print their meta line)', () => {
  const html = `<!doctype html><html lang="zh-CN"><head><title>我国成功发射新一代气象卫星_新闻频道_中华网</title></head><body>
    <div class="article"><h1>我国成功发射新一代气象卫星</h1>
    <div class="info"><span>2026-12-05 10:32:15</span> <span>来源：新华社</span> <span>作者：张伟</span> <span>责任编辑：李娜</span></div>
    <p>12月5日10时15分，我国在酒泉卫星发射中心使用长征四号丙运载火箭，成功将新一代气象卫星发射升空，卫星顺利进入预定轨道，发射任务获得圆满成功。</p>
    <p>该卫星主要用于天气预报、气候监测和环境灾害监测，将进一步提升我国气象观测能力。此次任务是长征系列运载火箭的第五百多次飞行。</p>
    <p>据介绍，新一代气象卫星搭载了多台先进遥感仪器，可实现对大气、海洋和陆地的全天候观测。</p>
    <p>（责任编辑：李娜）</p></div></body></html>`;

  it('credits the wire named by the source label as the original outlet, the author as the byline, and drops the editor line', () => {
    const a = extractArticle(html, 'https://news.portal.example/2026/1205/123.html');
    expect(a?.original_source).toMatchObject({ name: '新华社', canonical_name: 'Xinhua' });
    expect(a?.byline).toBe('张伟');
    expect(a?.text).not.toContain('责任编辑');
    expect(a?.text).toContain('据介绍');
  });
});

describe('the agency named at the end of a byline without a comma (constructed: a local site running AP copy)', () => {
  it('credits the Associated Press as the original outlet and keeps the reporter as the byline', () => {
    const story = [
      'The city council voted on Tuesday to rebuild the harbour wall after winter storms damaged it, approving twelve million dollars.',
      'Engineers said the new wall would be higher and built to withstand the stronger storms the region now sees every year.',
      'Residents who had asked for the repairs for years welcomed the vote, though some said the plan did not go far enough.',
    ];
    const html = `<!doctype html><html><head><title>Council votes to rebuild harbour wall - The Daily Courier</title></head><body><div class="story"><h1>Council votes to rebuild harbour wall</h1><p>By MEG KINNARD Associated Press</p>${story.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const a = extractArticle(html, 'https://www.dailycourier.example/news/harbour');
    expect(a?.authors).toEqual(['MEG KINNARD']);
    expect(a?.original_source?.canonical_name).toBe('Associated Press');
  });
});

describe('a source label in a header box above the story, outside its container (constructed: a Chinese portal)', () => {
  const story = [
    '12月5日10时15分，我国在酒泉卫星发射中心使用长征四号丙运载火箭，成功将新一代气象卫星发射升空，卫星顺利进入预定轨道。',
    '该卫星主要用于天气预报、气候监测和环境灾害监测，将进一步提升我国气象观测能力。此次任务是长征系列运载火箭的第五百多次飞行。',
    '据介绍，新一代气象卫星搭载了多台先进遥感仪器，可实现对大气、海洋和陆地的全天候观测。',
  ];
  const pageWith = (source: string) =>
    `<!doctype html><html lang="zh-CN"><head><title>我国成功发射新一代气象卫星_中华网</title></head><body><div class="hd"><h1>我国成功发射新一代气象卫星</h1><div class="info"><span>2026-12-05 10:32:15</span> <span>${source}</span> <span>作者：张伟</span></div></div><div class="article">${story.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;

  it('credits the wire it names', () => {
    const a = extractArticle(pageWith('来源：新华社'), 'https://news.portal.example/2026/1205/123.html');
    expect(a?.original_source).toMatchObject({ name: '新华社', canonical_name: 'Xinhua' });
  });

  it('credits no one for a label naming this site', () => {
    const a = extractArticle(pageWith('来源：本站原创'), 'https://news.portal.example/2026/1205/123.html');
    expect(a?.original_source).toBeNull();
  });
});

describe('a republished story whose canonical link names the original (probe page adversarial/en_syndicated_reporting_by_end)', () => {
  it("credits the wire's dateline though the canonical link points at the wire's own site", () => {
    const html = `<html><head><link rel="canonical" href="https://www.reuters.com/markets/wheat-growers-bet-on-sorghum-2024-10-02/"><meta property="og:site_name" content="MarketLedger"></head><body><article><h1>Wheat growers bet on sorghum as rains fail again</h1><p>KALLORA, Australia, Oct 2 (Reuters) - Bruce Tandy has grown wheat on the same 2,000 hectares for 31 years, and this season half of it is planted with sorghum.</p><p>Growers across the district say the winter rains failed for a third year and the sorghum needs less water than wheat does in a dry spring.</p></article></body></html>`;
    expect(extractArticle(html, 'https://finance.marketledger.com/news/wheat-growers-031400512.html')?.original_source?.name).toBe(
      'Reuters',
    );
  });

  it("still calls a wire's dateline its own on the wire's site", () => {
    const html = `<html><head><link rel="canonical" href="https://www.reuters.com/markets/wheat-growers-bet-on-sorghum-2024-10-02/"></head><body><article><h1>Wheat growers bet on sorghum as rains fail again</h1><p>KALLORA, Australia, Oct 2 (Reuters) - Bruce Tandy has grown wheat on the same 2,000 hectares for 31 years, and this season half of it is planted with sorghum.</p><p>Growers across the district say the winter rains failed for a third year and the sorghum needs less water than wheat does in a dry spring.</p></article></body></html>`;
    expect(extractArticle(html, 'https://www.reuters.com/markets/wheat-growers-bet-on-sorghum-2024-10-02/')?.original_source).toBeNull();
  });
});

describe('a syndicated column whose distributor is credited in a block the template marks as a credit (probe page dev/syndicated-24/en-syndicated-column, constructed here)', () => {
  const STORY =
    '<p>' +
    'Saying no to someone you care about is hard, but a clear and early no is easier than a collections letter. '.repeat(4) +
    '</p>';
  const page = (credit: string) =>
    `<!doctype html><html lang="en"><head><meta property="og:site_name" content="Harbour Herald"></head><body><article><h1>Should you co-sign a loan?</h1><div class="field--name-body">${STORY}${STORY}<p class="syndication-credit">${credit}</p></div></article></body></html>`;

  it('credits the syndicate its closing line names, though the block is left out of the text', () => {
    const article = extractArticle(
      page('© 2025 Marguerite Osei-Bland. Distributed by Lakeshore Features Syndicate.'),
      'https://harbourherald.example/money/co-sign',
    );
    expect(article?.original_source?.name).toBe('Lakeshore Features Syndicate');
    expect(article?.text).not.toContain('Distributed by');
  });
});

describe('a source label in the meta line beside the date (probe page dev/latam-regional/ar-economia-telam, constructed here)', () => {
  const page = (meta: string) =>
    `<!doctype html><html lang="es"><head></head><body><div class="nota"><h1>Una cooperativa invertirá en su planta</h1><div class="nota-info">Martes, 19 de septiembre de 2023 · 11:42 ${meta}</div><div class="cuerpo">${'<p>La cooperativa anunció la ampliación de su planta industrial, que le permitirá procesar más leche cada día y sumar empleos.</p>'.repeat(4)}</div></div></body></html>`;

  it('credits the agency it names', () => {
    expect(extractArticle(page('Fuente: Télam'), 'https://diario.example/nota/1')?.original_source?.name).toBe('Télam');
  });

  it('credits no town hall, government or data source there (an outlet it does not know, it may: test/unit/extract/round33.test.ts)', () => {
    for (const source of ['Municipalidad', 'Gobierno provincial', 'Instituto de Estadística'])
      expect(extractArticle(page(`Fuente: ${source}`), 'https://diario.example/nota/1')?.original_source).toBeNull();
  });
});
