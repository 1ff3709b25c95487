/**
 * Constructed pages for the body text in the languages the development corpora and constructed-pages.ts lack: Italian,
 * Dutch, Portuguese, Polish, Russian, Swedish, Norwegian, Japanese and Turkish news. Each is written here from general
 * knowledge of how sites in that language lay out a story (the in-text "read also" links, related lists, share lines,
 * comment blocks and newsletter offers in the language, boxes named in it rather than in English), not copied from any
 * site; the stories are made up. Each says which sentences are the story and which lines are chrome.
 */
import { ConstructedPage } from './constructed-pages';

const head = (title: string, lang: string): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head>`;

const IT_STORY = [
  'La giunta comunale ha approvato ieri il piano per ampliare la rete delle piste ciclabili, che collegherà la stazione ai quartieri della periferia nord.',
  'I lavori partiranno a marzo e dureranno circa diciotto mesi, con una spesa complessiva di sei milioni di euro finanziata in parte dall’Unione europea.',
  'Le associazioni dei commercianti chiedono che i cantieri vengano organizzati per tratti, così da non bloccare l’accesso ai negozi durante le feste.',
  'L’assessore alla mobilità ha assicurato che ogni tratto sarà aperto al traffico non appena completato, senza aspettare la fine dell’intero progetto.',
];

/** An Italian daily: "Leggi anche" between paragraphs, "Potrebbe interessarti", share line, comments and a newsletter offer. */
const italianNews: ConstructedPage = {
  name: 'Italian news article with Leggi anche, Potrebbe interessarti, Condividi, comments and a newsletter offer',
  url: 'https://www.giornale-esempio.example/cronaca/2026/12/05/piste-ciclabili-periferia-nord-123456/',
  html: `${head('Piste ciclabili, via libera al piano per la periferia nord - Giornale Esempio', 'it')}
<body><div class="testata"><a href="/">Giornale Esempio</a> <a href="/cronaca/">Cronaca</a> <a href="/sport/">Sport</a></div>
<div class="contenuto"><div class="articolo">
<h1>Piste ciclabili, via libera al piano per la periferia nord</h1>
<div class="condividi">Condividi: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
<div class="testo">
<p class="luogo-data">Bologna, 5 dicembre 2026 - ore 10:32</p>
<p>${IT_STORY[0]}</p>
<p>${IT_STORY[1]}</p>
<p class="leggi"><strong>Leggi anche</strong> <a href="/x/">Monopattini, arrivano le nuove regole in centro</a></p>
<p>${IT_STORY[2]}</p>
<p>${IT_STORY[3]}</p>
</div>
<div class="box-correlati"><h3>Potrebbe interessarti</h3><ul><li><a href="/a/">Traffico, nuovi semafori intelligenti in via Roma</a></li><li><a href="/b/">Bus elettrici, consegnati i primi dieci mezzi</a></li></ul></div>
<div class="iscrizione"><p>Ricevi ogni mattina le notizie della tua città: iscriviti alla nostra newsletter gratuita.</p><a href="/iscriviti/">Iscriviti</a></div>
<div class="commenti"><h3>Commenti (2)</h3><div class="commento"><p class="autore">Giulia</p><p>Finalmente una buona notizia per chi va al lavoro in bicicletta ogni giorno.</p><a href="#">Rispondi</a></div></div>
</div></div>
<div class="piede">© Giornale Esempio - Tutti i diritti riservati - P.IVA 01234567890</div></body></html>`,
  must: IT_STORY,
  mustNot: [
    'Condividi',
    'Bologna, 5 dicembre',
    'Leggi anche',
    'Monopattini, arrivano',
    'Potrebbe interessarti',
    'semafori intelligenti',
    'iscriviti alla nostra newsletter',
    'Commenti (2)',
    'Finalmente una buona notizia',
    'Rispondi',
    'Tutti i diritti riservati',
  ],
};

const NL_STORY = [
  'De gemeente legt volgend jaar vier nieuwe fietspaden aan tussen het station en de wijken aan de noordkant van de stad, heeft het college besloten.',
  'De aanleg begint in maart en duurt ongeveer anderhalf jaar; de kosten van zes miljoen euro worden deels betaald uit een Europees fonds.',
  'Winkeliers vragen de gemeente om het werk in delen uit te voeren, zodat hun zaken tijdens de feestdagen bereikbaar blijven voor klanten.',
  'De wethouder belooft dat elk deel direct na oplevering opengaat, zonder te wachten tot het hele project klaar is.',
];

/** A Dutch regional site: "Lees ook:" in the text, "Meer over dit onderwerp", "Deel dit artikel", reactions and a newsletter. */
const dutchNews: ConstructedPage = {
  name: 'Dutch news article with Lees ook, Meer over dit onderwerp, Deel dit artikel, Reacties and a newsletter',
  url: 'https://www.omroep-voorbeeld.example/nieuws/fietspaden-noordkant-4321',
  html: `${head('Vier nieuwe fietspaden naar de noordkant | Omroep Voorbeeld', 'nl')}
<body><div class="kop"><a href="/">Omroep Voorbeeld</a> <a href="/nieuws/">Nieuws</a> <a href="/sport/">Sport</a></div>
<div class="artikel"><h1>Vier nieuwe fietspaden naar de noordkant</h1><p class="datum">Rotterdam, zaterdag 5 december 2026, 08:15 uur</p>
<p>${NL_STORY[0]}</p>
<p>${NL_STORY[1]}</p>
<p><strong>Lees ook:</strong> <a href="/x">Nieuwe regels voor deelscooters in de binnenstad</a></p>
<p>${NL_STORY[2]}</p>
<p>${NL_STORY[3]}</p>
<div class="delen">Deel dit artikel <a href="#">WhatsApp</a> <a href="#">Facebook</a></div>
<div class="meer-over"><h3>Meer over dit onderwerp</h3><a href="/a">Verkeerslichten worden slimmer</a> <a href="/b">Eerste elektrische bussen rijden</a></div>
<div class="nieuwsbrief"><p>Ontvang elke ochtend het belangrijkste nieuws uit de regio in je mailbox. Meld je aan voor onze nieuwsbrief.</p></div>
<div class="reacties"><h3>Reacties (1)</h3><div class="reactie"><b>Henk</b><p>Eindelijk, ik fiets daar elke dag en het is nu echt gevaarlijk op de weg.</p></div></div></div>
<div class="voet">© Omroep Voorbeeld · Privacy · Cookies</div></body></html>`,
  must: NL_STORY,
  mustNot: [
    'Rotterdam, zaterdag',
    'Lees ook',
    'deelscooters',
    'Deel dit artikel',
    'Meer over dit onderwerp',
    'Verkeerslichten',
    'Meld je aan voor onze nieuwsbrief',
    'Reacties (1)',
    'ik fiets daar elke dag',
  ],
};

const PT_STORY = [
  'A prefeitura anunciou nesta sexta-feira a construção de quatro novas ciclovias ligando a estação rodoviária aos bairros da zona norte da cidade.',
  'As obras começam em março e devem durar cerca de um ano e meio, com investimento de seis milhões de reais, parte dele vindo de um fundo federal.',
  'Comerciantes pedem que as obras sejam feitas por trechos, para que as lojas continuem acessíveis aos clientes durante as festas de fim de ano.',
  'O secretário de mobilidade garantiu que cada trecho será liberado assim que ficar pronto, sem esperar a conclusão de todo o projeto.',
];

/** A Brazilian portal: "Leia também" and "Veja também" lines, "Compartilhe", "Mais lidas", comments and a newsletter. */
const portugueseNews: ConstructedPage = {
  name: 'Brazilian news article with Leia também, Veja também, Compartilhe, Mais lidas, comments and a newsletter',
  url: 'https://www.jornal-exemplo.example/cidades/2026/12/05/ciclovias-zona-norte.html',
  html: `${head('Prefeitura anuncia quatro ciclovias para a zona norte | Jornal Exemplo', 'pt-BR')}
<body><div class="cabecalho"><a href="/">Jornal Exemplo</a> <a href="/cidades/">Cidades</a> <a href="/esportes/">Esportes</a></div>
<div class="materia"><h1>Prefeitura anuncia quatro ciclovias para a zona norte</h1><p class="data">Santos, 5 de dezembro de 2026, às 10h32</p>
<div class="compartilhe">Compartilhe: <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a></div>
<p>${PT_STORY[0]}</p>
<p>${PT_STORY[1]}</p>
<p><strong>Leia também:</strong> <a href="/x">Patinetes elétricos terão novas regras no centro</a></p>
<p>${PT_STORY[2]}</p>
<div class="veja-tambem"><p class="titulo">Veja também</p><a href="/y">Ônibus elétricos começam a circular</a></div>
<p>${PT_STORY[3]}</p>
<div class="mais-lidas"><h3>Mais lidas</h3><ol><li><a href="/1">Chuva forte alaga avenidas</a></li><li><a href="/2">Feira de artesanato volta ao parque</a></li></ol></div>
<div class="receba"><p>Receba as principais notícias da sua cidade no seu e-mail. Assine a nossa newsletter gratuita.</p></div>
<div class="comentarios"><h3>Comentários (3)</h3><div class="comentario"><b>Marcos</b><p>Já era hora, pedalar na zona norte hoje é muito perigoso.</p><a href="#">Responder</a></div></div></div>
<div class="rodape">© Jornal Exemplo. Todos os direitos reservados.</div></body></html>`,
  must: PT_STORY,
  mustNot: [
    'Compartilhe',
    'Santos, 5 de dezembro',
    'Leia também',
    'Patinetes elétricos',
    'Veja também',
    'Ônibus elétricos',
    'Mais lidas',
    'Chuva forte',
    'Assine a nossa newsletter',
    'Comentários (3)',
    'Já era hora',
    'Todos os direitos reservados',
  ],
};

const PL_STORY = [
  'Władze miasta ogłosiły w piątek budowę czterech nowych dróg rowerowych, które połączą dworzec z osiedlami w północnej części miasta.',
  'Prace ruszą w marcu i potrwają około półtora roku, a ich koszt wyniesie sześć milionów złotych, w części pokrytych z funduszy unijnych.',
  'Właściciele sklepów apelują, by roboty prowadzić odcinkami, tak aby w okresie świątecznym klienci mogli bez przeszkód dojść do ich lokali.',
  'Wiceprezydent miasta zapewnił, że każdy odcinek zostanie otwarty od razu po ukończeniu, bez czekania na zakończenie całej inwestycji.',
];

/** A Polish portal: "Czytaj też:" and "Zobacz także" in the text, "Polecamy", share line, comments and a newsletter. */
const polishNews: ConstructedPage = {
  name: 'Polish news article with Czytaj też, Zobacz także, Polecamy, Udostępnij, Komentarze and a newsletter',
  url: 'https://wiadomosci.portal-przyklad.example/miasto/drogi-rowerowe-polnoc-6812345',
  html: `${head('Cztery nowe drogi rowerowe na północy miasta - Portal Przykład', 'pl')}
<body><div class="naglowek"><a href="/">Portal Przykład</a> <a href="/miasto/">Miasto</a> <a href="/sport/">Sport</a></div>
<div class="artykul"><h1>Cztery nowe drogi rowerowe na północy miasta</h1><p class="data">Gdańsk, 5 grudnia 2026 r., godz. 10:32</p>
<div class="udostepnij">Udostępnij: <a href="#">Facebook</a> <a href="#">X</a></div>
<p>${PL_STORY[0]}</p>
<p>${PL_STORY[1]}</p>
<p><strong>Czytaj też:</strong> <a href="/x">Nowe zasady dla hulajnóg elektrycznych w centrum</a></p>
<p>${PL_STORY[2]}</p>
<div class="zobacz"><span>Zobacz także</span> <a href="/y">Pierwsze autobusy elektryczne już na ulicach</a></div>
<p>${PL_STORY[3]}</p>
<div class="polecamy"><h3>Polecamy</h3><a href="/a">Ulewa zalała ulice w centrum</a> <a href="/b">Jarmark wraca na rynek</a></div>
<div class="zapisz"><p>Zapisz się do naszego newslettera i otrzymuj codziennie najważniejsze wiadomości z miasta.</p></div>
<div class="komentarze"><h3>Komentarze (4)</h3><div class="komentarz"><b>rowerzysta77</b><p>Nareszcie, jeżdżę tamtędy codziennie i jest naprawdę niebezpiecznie.</p><a href="#">Odpowiedz</a></div></div></div>
<div class="stopka">© Portal Przykład. Wszelkie prawa zastrzeżone.</div></body></html>`,
  must: PL_STORY,
  mustNot: [
    'Udostępnij',
    'Gdańsk, 5 grudnia',
    'Czytaj też',
    'hulajnóg',
    'Zobacz także',
    'autobusy elektryczne',
    'Polecamy',
    'Ulewa zalała',
    'Zapisz się do naszego newslettera',
    'Komentarze (4)',
    'Nareszcie',
    'Wszelkie prawa zastrzeżone',
  ],
};

const RU_STORY = [
  'Мэрия объявила в пятницу о строительстве четырёх новых велодорожек, которые соединят вокзал с жилыми кварталами на севере города.',
  'Работы начнутся в марте и продлятся около полутора лет, их стоимость составит шесть миллионов рублей, часть средств выделит федеральный бюджет.',
  'Владельцы магазинов просят вести работы по участкам, чтобы покупатели могли свободно добраться до них во время праздников.',
  'Заместитель мэра пообещал, что каждый участок откроют сразу после завершения работ, не дожидаясь окончания всего проекта.',
];

/** A Russian news site: "Читайте также:" in the text, "Похожие новости", "Поделиться", comments and a mailing-list offer. */
const russianNews: ConstructedPage = {
  name: 'Russian news article with Читайте также, Похожие новости, Поделиться, Комментарии and a subscription offer',
  url: 'https://www.gazeta-primer.example/city/2026/12/05/velodorozhki/',
  html: `${head('На севере города построят четыре велодорожки — Газета Пример', 'ru')}
<body><div class="shapka"><a href="/">Газета Пример</a> <a href="/city/">Город</a> <a href="/sport/">Спорт</a></div>
<div class="statya"><h1>На севере города построят четыре велодорожки</h1><p class="data">Москва, 5 декабря 2026 г., 10:32</p>
<div class="podelitsya">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a></div>
<p>${RU_STORY[0]}</p>
<p>${RU_STORY[1]}</p>
<p><strong>Читайте также:</strong> <a href="/x">Для электросамокатов введут новые правила</a></p>
<p>${RU_STORY[2]}</p>
<p>${RU_STORY[3]}</p>
<div class="pohozhie"><h3>Похожие новости</h3><a href="/a">Ливень затопил улицы в центре</a> <a href="/b">На линии вышли первые электробусы</a></div>
<div class="podpiska"><p>Подпишитесь на нашу рассылку и получайте главные новости города каждое утро.</p></div>
<div class="kommentarii"><h3>Комментарии (5)</h3><div class="kommentariy"><b>Сергей</b><p>Наконец-то, я езжу там каждый день, и это очень опасно.</p><a href="#">Ответить</a></div></div></div>
<div class="podval">© Газета Пример. Все права защищены.</div></body></html>`,
  must: RU_STORY,
  mustNot: [
    'Поделиться',
    'Москва, 5 декабря',
    'Читайте также',
    'электросамокатов',
    'Похожие новости',
    'Ливень затопил',
    'Подпишитесь на нашу рассылку',
    'Комментарии (5)',
    'Наконец-то',
    'Все права защищены',
  ],
};

const SV_STORY = [
  'Kommunen bygger fyra nya cykelbanor mellan centralstationen och bostadsområdena i norra delen av staden, beslutade kommunstyrelsen i fredags.',
  'Arbetet börjar i mars och väntas ta ungefär ett och ett halvt år, och kostnaden på sex miljoner kronor betalas delvis med pengar från EU.',
  'Handlarna vill att arbetet görs i etapper så att butikerna går att nå för kunderna under julhandeln, som är årets viktigaste period.',
  'Kommunalrådet lovar att varje etapp öppnas så snart den är klar, utan att man väntar på att hela projektet ska bli färdigt.',
];

/** A Swedish daily: "Läs också:" between paragraphs, "Läs mer", "Dela artikeln", comments and a newsletter offer. */
const swedishNews: ConstructedPage = {
  name: 'Swedish news article with Läs också, Läs mer, Dela artikeln, Kommentarer and a newsletter offer',
  url: 'https://www.tidning-exempel.example/nyheter/cykelbanor-norr-a1b2c3',
  html: `${head('Fyra nya cykelbanor byggs i norr | Tidning Exempel', 'sv')}
<body><div class="sidhuvud"><a href="/">Tidning Exempel</a> <a href="/nyheter/">Nyheter</a> <a href="/sport/">Sport</a></div>
<div class="artikel"><h1>Fyra nya cykelbanor byggs i norr</h1><p class="datum">Göteborg, publicerad lördag 5 december 2026 kl. 10.32</p>
<p>${SV_STORY[0]}</p>
<p>${SV_STORY[1]}</p>
<p><strong>Läs också:</strong> <a href="/x">Nya regler för elsparkcyklar i centrum</a></p>
<p>${SV_STORY[2]}</p>
<p>${SV_STORY[3]}</p>
<div class="las-mer"><h3>Läs mer</h3><a href="/a">Skyfall översvämmade gatorna</a> <a href="/b">De första elbussarna rullar</a></div>
<div class="dela">Dela artikeln <a href="#">Facebook</a> <a href="#">Mejl</a></div>
<div class="nyhetsbrev"><p>Få de viktigaste nyheterna från din stad varje morgon. Prenumerera på vårt nyhetsbrev.</p></div>
<div class="kommentarer"><h3>Kommentarer (2)</h3><div class="kommentar"><b>Lasse</b><p>Äntligen, jag cyklar där varje dag och det är riktigt farligt i dag.</p></div></div></div>
<div class="sidfot">© Tidning Exempel · Ansvarig utgivare: Karin Berg</div></body></html>`,
  must: SV_STORY,
  mustNot: [
    'publicerad lördag',
    'Läs också',
    'elsparkcyklar',
    'Läs mer',
    'Skyfall',
    'Dela artikeln',
    'Prenumerera på vårt nyhetsbrev',
    'Kommentarer (2)',
    'Äntligen',
    'Ansvarig utgivare',
  ],
};

const NO_STORY = [
  'Kommunen skal bygge fire nye sykkelveier mellom stasjonen og boligområdene nord i byen, vedtok bystyret fredag kveld.',
  'Arbeidet starter i mars og skal ta rundt halvannet år, og prisen på seks millioner kroner dekkes delvis av statlige midler.',
  'Butikkeierne ber om at arbeidet gjøres i etapper, slik at kundene kommer seg frem til butikkene gjennom hele julehandelen.',
  'Byrådet lover at hver etappe åpnes så snart den er ferdig, uten å vente på at hele prosjektet blir fullført.',
];

/** A Norwegian site: "Les også:" link lines, "Del artikkelen", "Mest lest", comments and a newsletter offer. */
const norwegianNews: ConstructedPage = {
  name: 'Norwegian news article with Les også, Del artikkelen, Mest lest, Kommentarer and a newsletter offer',
  url: 'https://www.avis-eksempel.example/nyheter/sykkelveier-nord/12345',
  html: `${head('Fire nye sykkelveier i nord – Avis Eksempel', 'nb')}
<body><div class="topp"><a href="/">Avis Eksempel</a> <a href="/nyheter/">Nyheter</a> <a href="/sport/">Sport</a></div>
<div class="sak"><h1>Fire nye sykkelveier i nord</h1><p class="tid">Publisert lørdag 5. desember 2026 kl. 10:32</p>
<p>${NO_STORY[0]}</p>
<p>${NO_STORY[1]}</p>
<p><strong>Les også:</strong> <a href="/x">Nye regler for elsparkesykler i sentrum</a></p>
<p>${NO_STORY[2]}</p>
<p>${NO_STORY[3]}</p>
<div class="del">Del artikkelen <a href="#">Facebook</a> <a href="#">E-post</a></div>
<div class="mest-lest"><h3>Mest lest</h3><a href="/a">Styrtregn satte gatene under vann</a> <a href="/b">De første elbussene er i rute</a></div>
<div class="nyhetsbrev"><p>Få de viktigste nyhetene fra byen din hver morgen. Meld deg på vårt nyhetsbrev.</p></div>
<div class="kommentarer"><h3>Kommentarer (3)</h3><div class="kommentar"><b>Per</b><p>Endelig, jeg sykler der hver dag og det er skikkelig farlig nå.</p></div></div></div>
<div class="bunn">© Avis Eksempel · Ansvarlig redaktør: Kari Holm</div></body></html>`,
  must: NO_STORY,
  mustNot: [
    'Publisert lørdag',
    'Les også',
    'elsparkesykler',
    'Del artikkelen',
    'Mest lest',
    'Styrtregn',
    'Meld deg på vårt nyhetsbrev',
    'Kommentarer (3)',
    'Endelig, jeg sykler',
    'Ansvarlig redaktør',
  ],
};

const JA_STORY = [
  '市は金曜日、駅と市北部の住宅地を結ぶ自転車専用道路を新たに四本整備すると発表した。総事業費は約六億円で、一部は国の補助金を充てる。',
  '工事は三月に始まり、完成までおよそ一年半かかる見通しだ。市は区間ごとに完成次第、順次開通させる方針を示している。',
  '沿線の商店主らは、年末の買い物客が店に入りにくくならないよう、工事を区間に分けて進めるよう市に求めている。',
];

/** A Japanese news site: "関連記事" list, "あわせて読みたい", share line, comments and a newsletter offer. */
const japaneseNews: ConstructedPage = {
  name: 'Japanese news article with 関連記事, あわせて読みたい, シェア, コメント and a newsletter offer',
  url: 'https://www.nippo-rei.example/articles/20261205/k00/00m/040/456000c',
  html: `${head('自転車専用道路を4本整備へ\u3000市が発表：日報例', 'ja')}
<body><div class="header-nav"><a href="/">日報例</a> <a href="/society/">社会</a> <a href="/sports/">スポーツ</a></div>
<div class="kiji"><h1>自転車専用道路を4本整備へ\u3000市が発表</h1><p class="hiduke">2026年12月5日 10時32分 配信</p>
<div class="share-ja">この記事をシェア <a href="#">X</a> <a href="#">LINE</a></div>
${JA_STORY.map((s) => `<p>${s}</p>`).join('\n')}
<div class="kanren"><h3>関連記事</h3><ul><li><a href="/a">電動キックボード、中心部で新ルール</a></li><li><a href="/b">電気バスの運行始まる</a></li></ul></div>
<div class="awasete"><p>あわせて読みたい</p><a href="/c">大雨で市内の道路が冠水</a></div>
<div class="mailmag"><p>ニュースレターに登録すると、毎朝の主要ニュースをメールでお届けします。</p></div>
<div class="comment-ja"><h3>コメント（2件）</h3><p>やっと整備されるのですね。毎日通る道なので楽しみです。</p></div></div>
<div class="copyright-ja">Copyright © 日報例 All rights reserved.</div></body></html>`,
  must: JA_STORY,
  mustNot: [
    'この記事をシェア',
    '10時32分',
    '関連記事',
    '電動キックボード',
    'あわせて読みたい',
    '大雨で市内',
    'ニュースレターに登録',
    'コメント（2件）',
    'やっと整備',
    'All rights reserved',
  ],
};

const TR_STORY = [
  'Belediye cuma günü, istasyonu şehrin kuzeyindeki mahallelere bağlayacak dört yeni bisiklet yolu yapılacağını açıkladı.',
  'Mart ayında başlayacak çalışmaların yaklaşık bir buçuk yıl sürmesi ve altı milyon liraya mal olması bekleniyor.',
  'Esnaf, yılbaşı alışverişi sırasında müşterilerin dükkânlara ulaşabilmesi için çalışmaların bölüm bölüm yapılmasını istiyor.',
  'Belediye başkan yardımcısı, her bölümün tamamlanır tamamlanmaz trafiğe açılacağını söyledi.',
];

/** A Turkish news site: "İlgili Haberler", "Bunlar da ilginizi çekebilir", "Paylaş", comments and a newsletter offer. */
const turkishNews: ConstructedPage = {
  name: 'Turkish news article with İlgili Haberler, Bunlar da ilginizi çekebilir, Paylaş, Yorumlar and a newsletter offer',
  url: 'https://www.gazete-ornek.example/yerel/bisiklet-yollari-kuzey-1234567',
  html: `${head('Kuzeye dört yeni bisiklet yolu - Gazete Örnek', 'tr')}
<body><div class="ust"><a href="/">Gazete Örnek</a> <a href="/gundem/">Gündem</a> <a href="/spor/">Spor</a></div>
<div class="haber"><h1>Kuzeye dört yeni bisiklet yolu</h1><p class="tarih">Ankara, 05 Aralık 2026 Cumartesi 10:32</p>
<div class="paylas">Paylaş: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
<p>${TR_STORY[0]}</p>
<p>${TR_STORY[1]}</p>
<p><strong>İlgili Haber:</strong> <a href="/x">Elektrikli scooterlara yeni kurallar geliyor</a></p>
<p>${TR_STORY[2]}</p>
<p>${TR_STORY[3]}</p>
<div class="ilgili"><h3>Bunlar da ilginizi çekebilir</h3><a href="/a">Sağanak yağış caddeleri su altında bıraktı</a> <a href="/b">İlk elektrikli otobüsler yolda</a></div>
<div class="bulten"><p>Şehrinizin en önemli haberlerini her sabah e-posta kutunuzda almak için bültenimize abone olun.</p></div>
<div class="yorumlar"><h3>Yorumlar (2)</h3><div class="yorum"><b>Mehmet</b><p>Nihayet, her gün oradan bisikletle geçiyorum ve gerçekten tehlikeli.</p></div></div></div>
<div class="alt">© Gazete Örnek. Tüm hakları saklıdır.</div></body></html>`,
  must: TR_STORY,
  mustNot: [
    'Paylaş',
    'Ankara, 05 Aralık',
    'İlgili Haber',
    'Elektrikli scooterlara',
    'Bunlar da ilginizi çekebilir',
    'Sağanak yağış',
    'bültenimize abone olun',
    'Yorumlar (2)',
    'Nihayet',
    'Tüm hakları saklıdır',
  ],
};

export const INTL_CONSTRUCTED_PAGES: ConstructedPage[] = [
  italianNews,
  dutchNews,
  portugueseNews,
  polishNews,
  russianNews,
  swedishNews,
  norwegianNews,
  japaneseNews,
  turkishNews,
];
