/**
 * Constructed pages under generated class names ("css-1a2b3c": CSS modules, styled-components) in the shapes news sites,
 * magazines and blogs use, with the chrome they put inside and around the story: share bars, "Related" / "More from" /
 * "Read next" boxes with teaser summaries, newsletter boxes, advertisement slots, author bios, tag lists, photo galleries
 * with counters and repeated captions, cookie banners, paywall prompts, in-article teasers, a table of contents; and a
 * live blog, a listicle and an interview whose structure must stay whole. English, German, French and Spanish. Written
 * here from general knowledge of such templates, not copied from any site; the stories are made up.
 */
import type { ConstructedPage } from './constructed-pages';

let seq = 0;
/** A fresh generated class name per call, as a CSS-modules build gives every block its own. */
const css = (): string => `css-${(0x1a2b3c + ++seq * 7919).toString(16).slice(-6)}`;

const doc = (title: string, lang: string, body: string): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body class="${css()}"><div id="${css()}">${body}</div></body></html>`;

const paras = (lines: string[], cls = 'css-7f3e21'): string => lines.map((l) => `<p class="${cls}">${l}</p>`).join('\n');
const links = (items: string[], sep = ' '): string => items.map((t) => `<a class="${css()}" href="/${t.length}/">${t}</a>`).join(sep);
const siteTop = (site: string, sections: string[]): string =>
  `<div class="${css()}"><div class="${css()}"><a href="/">${site}</a></div><div class="${css()}">${links(sections)}</div></div>`;

/** A share bar: icon links whose only words are the networks' names. */
const shareBar = (words: string[]): string =>
  `<div class="${css()}">${words.map((w) => `<a class="${css()}" href="https://share.example/?u=1"><span class="${css()}">${w}</span></a>`).join('')}</div>`;

/** A teaser: linked headline and a summary in plain text (the summary keeps the box's link density low). */
const teaser = (headline: string, summary: string): string =>
  `<div class="${css()}"><a class="${css()}" href="/${headline.length}/"><img src="/t/${headline.length}.jpg" alt=""></a><h3 class="${css()}"><a href="/${headline.length}/">${headline}</a></h3><p class="${css()}">${summary}</p></div>`;

const teaserBox = (title: string, teasers: [string, string][]): string =>
  `<div class="${css()}"><h2 class="${css()}">${title}</h2><div class="${css()}">${teasers.map(([h, s]) => teaser(h, s)).join('')}</div></div>`;

const adSlot = (label: string): string => `<div class="${css()}"><span class="${css()}">${label}</span><div class="${css()}"></div></div>`;

const FERRY_STORY = [
  'The island ferry will run every hour from next spring, the operator said on Tuesday, after two years of complaints about missed connections at the mainland station.',
  'Until now the boat has left every ninety minutes, which meant that passengers from the morning train often waited more than an hour on the quay.',
  'The operator said a second vessel, bought second-hand from a company in the north, would be refitted over the winter and enter service in April.',
  'Fares will not change this year, although the operator warned that fuel costs, which rose by a third last year, would be reviewed again in the autumn.',
  'Islanders welcomed the plan but asked for the last boat of the evening to leave later, so that people working late shifts in town can get home.',
  'The council, which pays part of the subsidy for the route, is expected to approve its share of the cost at its meeting next month.',
];

/** An English news story with the chrome of a styled-components news site, every block of it under a generated name. */
const newsWithChrome: ConstructedPage = {
  name: 'English news story with share bar, advertisement slot, in-article teaser, tags, author bio, "More from" teasers, newsletter box and cookie banner',
  url: 'https://harbour-times.example/news/2026/03/ferry-hourly/',
  html: doc(
    'Island ferry to run every hour from spring | Harbour Times',
    'en',
    `${siteTop('Harbour Times', ['News', 'Sport', 'Business', 'Opinion'])}
<div class="${css()}"><div class="${css()}"><h1 class="${css()}">Island ferry to run every hour from spring</h1><div class="${css()}">By Jo Pike, Transport reporter</div>
${shareBar(['Share', 'Tweet', 'Email'])}
<div class="${css()}">${paras(FERRY_STORY.slice(0, 2))}
${adSlot('Advertisement')}
${paras(FERRY_STORY.slice(2, 4))}
<div class="${css()}"><span class="${css()}">Recommended</span>${teaser('Harbour car parks get new ticket machines', 'The authority will replace the machines at all four car parks before summer.')}</div>
${paras(FERRY_STORY.slice(4))}</div>
<div class="${css()}"><span class="${css()}">Topics</span> ${links(['Ferries', 'Transport', 'Island'])}</div>
<div class="${css()}"><img src="/jo.jpg" alt=""><div class="${css()}"><a href="/authors/jo-pike/">Jo Pike</a><p class="${css()}">Jo Pike covers transport and the harbour for the Harbour Times. She joined the paper in 2019 from a regional news agency.</p></div></div>
</div>
${teaserBox('More from Harbour Times', [
  ['Harbour master lifts storm closure after three days', 'Boats were allowed out again on Monday morning, with the ferry first to leave.'],
  ['Council to review winter discount for residents', 'The discount, worth a fifth of the parking charge, has not changed since 2015.'],
  [
    'Lighthouse cottage gets its old green back',
    'Volunteers found the original paint under the white and kept a square of it by the door.',
  ],
])}
<div class="${css()}"><h3 class="${css()}">The morning briefing</h3><p class="${css()}">Sign up for our newsletter and get the day’s harbour news in your inbox every morning.</p><form class="${css()}"><input type="email" placeholder="Your email"><button>Subscribe</button></form></div>
</div>
<div class="${css()}"><p class="${css()}">We use cookies to improve your experience on our site and to show you relevant advertising. By continuing you agree to our use of cookies.</p><button class="${css()}">Accept</button></div>`,
  ),
  must: FERRY_STORY,
  mustNot: [
    'Tweet',
    'Advertisement',
    'Harbour car parks get new ticket machines',
    'More from Harbour Times',
    'Boats were allowed out again',
    'Sign up for our newsletter',
    'We use cookies',
    'She joined the paper in 2019',
  ],
};

const VISIT_STORY = [
  'The defence minister arrived in the capital on Wednesday for two days of talks on the coast guard, the first such visit in more than a decade.',
  'Officials said the talks would cover the patrol boats promised last year, two of which have already been delivered, and training for their crews.',
  'The minister also met the prime minister and laid a wreath at the war memorial before visiting the naval academy on the edge of the city.',
  'A joint statement is expected on Thursday, although officials on both sides cautioned that no new agreements would be signed during the visit.',
];
const VISIT_CAPTION =
  'The defence minister, left, and his counterpart shake hands at the start of their talks in the capital on Wednesday, November 20.';

/** A photo gallery at the top of the story, as news chains build them: slides, counters, a repeated caption and an end card. */
const galleryTop = (counter: (i: number, n: number) => string, backLabel: string, title: string): string =>
  `<div class="${css()}"><div class="${css()}"><a href="#prev" class="${css()}"></a><a href="#next" class="${css()}"></a>
<ul class="${css()}"><li class="${css()}"><img src="/g/1.jpg" alt="${VISIT_CAPTION}"><div class="${css()}"><div class="${css()}">${VISIT_CAPTION}<a class="${css()}"> less</a></div><span class="${css()}">Photo: Agency</span></div></li></ul></div>
<div class="${css()}"><div class="${css()}"><div class="${css()}">${counter(1, 8)}</div><div class="${css()}">${VISIT_CAPTION}</div></div></div>
<div class="${css()}"><div class="${css()}">${title}</div><div class="${css()}"><span>1</span><span>&nbsp;/&nbsp;</span><span>8</span></div><div class="${css()}">${backLabel}</div></div></div>`;

const newsGallery: ConstructedPage = {
  name: 'English wire story under a photo gallery with "Image 1 of 8", a repeated caption, "1 / 8" and "Back to Gallery"',
  url: 'https://river-chronicle.example/news/world/article/minister-visit-14848382.php',
  html: doc(
    'Minister visits capital for coast guard talks - River Chronicle',
    'en',
    `${siteTop('River Chronicle', ['Local', 'World', 'Sports'])}
<div class="${css()}"><h1 class="${css()}">Minister visits capital for coast guard talks</h1><p class="${css()}">Sam Ortiz, Wire Writer</p>
<div class="${css()}">${galleryTop((i, n) => `<span>Image </span><span>${i}</span><span> of </span><span>${n}</span>`, 'Back to Gallery', 'Minister visits capital for coast guard talks')}
${paras(VISIT_STORY)}</div></div>`,
  ),
  must: VISIT_STORY,
  mustNot: ['Image 1 of 8', '1 / 8', 'Back to Gallery', 'shake hands at the start of their talks'],
};

const HOTEL_STORY = [
  'Most guests judge a hotel by its sheets, but the people who run hotels say the towels tell you far more about how a place is kept.',
  'Two owners of small chains in the United States answered questions from readers this week, and were candid about what housekeeping skips.',
  'Rooms are priced by what they cost to build, they said, which is why a renovated wing can charge more for the same view and the same bed.',
  'Both advised guests to ask for a room on a higher floor, away from the lifts, and to check the hairdryer before anything else in the room.',
];

/** Fifty slides of another topic, each "N/50" with a title and a long caption: as many words as five stories. */
const slides = Array.from(
  { length: 12 },
  (_, i) =>
    `<li><h2><span>${i + 1}/50</span> Market moves, week ${i + 1}</h2><p class="${css()}">Shares in the largest retailers fell again this week, as investors weighed weaker sales figures, higher wages and the cost of energy, and analysts said the sector would need more than one good quarter to recover its losses.</p><p>GETTY IMAGES</p></li>`,
).join('');

/** A short story with a business-news slideshow embedded after its third paragraph (readability/bug-1255978's shape). */
const embeddedSlideshow: ConstructedPage = {
  name: 'English story with an embedded slideshow of captioned slides counted "1/50", "2/50" … (the slides outweigh the story)',
  url: 'https://daily-ledger.example/travel/hotel-secrets-10484670.html',
  html: doc(
    'What hotel owners say about their towels | Daily Ledger',
    'en',
    `${siteTop('Daily Ledger', ['News', 'Travel', 'Money'])}
<div class="${css()}"><h1 class="${css()}">What hotel owners say about their towels</h1>
<div class="${css()}">${paras(HOTEL_STORY.slice(0, 3))}
<div class="${css()}"><h2 class="${css()}">Business news in pictures</h2><ul class="${css()}">${slides}</ul></div>
${paras(HOTEL_STORY.slice(3))}</div></div>`,
  ),
  must: HOTEL_STORY,
  mustNot: ['1/50', 'Market moves, week 1', 'Shares in the largest retailers fell again this week'],
};

const BULLET_POINTS = [
  'The new tab page now loads its top sites before anything else, so the first paint comes about a third sooner on slow machines.',
  'Downloads that fail on a flaky connection are retried once in the background before the panel reports them as failed.',
  'Screen readers now announce the number of open tabs when the list of all tabs is opened from the toolbar or the keyboard.',
  'The settings page has a search field that finds options by their older names too, after several people asked for it.',
  'Thanks to everyone who filed bugs this month; three of the fixes above started as reports from people using the nightly builds.',
];

/** A release-notes post written as bullet points, above the readers' comments, one of them a long paragraph (readability/firefox-nightly-blog's shape). */
const bulletPost: ConstructedPage = {
  name: 'English post written as bullet points under generated class names, with a comment thread below it whose first comment is one long paragraph',
  url: 'https://nightly-notes.example/2026/12/04/weekly-notes-85/',
  html: doc(
    'Weekly notes: issue 85 – Nightly Notes',
    'en',
    `${siteTop('Nightly Notes', ['Posts', 'About'])}
<div class="${css()}"><h1 class="${css()}">Weekly notes: issue 85</h1>
<div class="${css()}"><h2 class="${css()}">Highlights</h2><ul class="${css()}">${BULLET_POINTS.map((b) => `<li>${b}</li>`).join('')}</ul></div></div>
<div class="${css()}"><div class="${css()}"><h3>2 comments on “Weekly notes: issue 85”</h3><p><a href="#respond">Post a comment</a></p></div>
<ol class="${css()}"><li><h4 class="${css()}">Alan</h4><div class="${css()}"><p class="${css()}">Enhancement: are there plans to bring collections to the desktop, as on the phone, so that I can group tabs by theme, close and open a whole group with one click, keep the latest address of each tab rather than the first, and sync the groups between my machines?</p></div></li>
<li><h4 class="${css()}">Dana</h4><div class="${css()}"><p class="${css()}">Thank you for the download retries, they save me a lot of clicks.</p></div></li></ol></div>`,
  ),
  must: BULLET_POINTS,
  mustNot: ['Enhancement: are there plans to bring collections'],
};

const AIRSHOW_STORY = [
  'The airline agreed on Wednesday to buy thirty long-haul jets, its executives and the planemaker said at the air show outside the city.',
  'The order replaces part of an earlier one for a larger model whose delivery has slipped by two years, the airline said.',
  'Analysts said the deal was smaller than expected but showed that demand for mid-sized jets had held up through the downturn.',
  'Deliveries are due to start in three years, and the airline said it would decide on the engines for the new jets by the spring.',
];

/** Pictures whose captions are told only by their credits: a lazy-loaded placeholder, a long caption and a credit line; a caption closed by "(AP Photo/…)". */
const creditedCaptions: ConstructedPage = {
  name: 'English story with captions told only by their credits: "Name | Agency | Getty Images" under a lazy placeholder, "(AP Photo/Name)" closing a <p>',
  url: 'https://market-wire.example/2026/12/05/airline-orders-jets.html',
  html: doc(
    'Airline orders thirty jets at air show - Market Wire',
    'en',
    `${siteTop('Market Wire', ['Markets', 'Business', 'Tech'])}
<div class="${css()}"><h1 class="${css()}">Airline orders thirty jets at air show</h1>
<div class="${css()}"><div class="${css()}"><div class="${css()}" style="padding-bottom:56.25%"><div></div></div><div><div class="${css()}">The airline's chairman, centre, walks past a long-haul jet on the first day of the air show outside the city, where planemakers and airlines met to sign orders, on Monday, Dec. 1, 2026, in front of a crowd of visitors and delegations from forty countries.</div><div class="${css()}">Jane Roe | Bloomberg | Getty Images</div></div></div>
${paras(AIRSHOW_STORY.slice(0, 2))}
<div class="${css()}"><div class="${css()}"><picture><img src="/jets.jpg" alt=""></picture></div><div class="${css()}"><p><span>Workers load parts into a cargo jet at the show's freight terminal.</span><span> (AP Photo/Max Bauer, File)</span></p></div></div>
${paras(AIRSHOW_STORY.slice(2))}</div></div>`,
  ),
  must: AIRSHOW_STORY,
  mustNot: ['Jane Roe | Bloomberg', 'walks past a long-haul jet', 'Workers load parts', 'AP Photo'],
};

const KITA_STORY = [
  'Die Stadt will bis zum Herbst drei neue Kindertagesstätten eröffnen, wie die Bürgermeisterin am Montag im Rathaus ankündigte.',
  'Zusammen sollen die Einrichtungen rund 240 Plätze bieten, vor allem für Kinder unter drei Jahren, für die die Warteliste derzeit am längsten ist.',
  'Zwei der Häuser entstehen in ehemaligen Büroräumen am Bahnhof, das dritte wird als Neubau neben der Grundschule im Westen der Stadt errichtet.',
  'Offen ist noch, woher das Personal kommen soll: Schon jetzt sind in den bestehenden Einrichtungen mehr als zwanzig Stellen unbesetzt.',
  'Die Stadt will deshalb die Ausbildung von Erzieherinnen und Erziehern stärker fördern und Quereinsteigern ein eigenes Programm anbieten.',
];

/** A German regional paper's story: share words, "Anzeige", a "Mehr zum Thema" box, a newsletter offer, a paywall prompt, an author box. */
const germanNews: ConstructedPage = {
  name: 'German news story with "Teilen", "Anzeige", a "Mehr zum Thema" teaser box, a newsletter offer, a paywall prompt and an author box',
  url: 'https://stadtbote.example/lokales/kita-plaetze-herbst-12345.html',
  html: doc(
    'Drei neue Kitas bis zum Herbst | Stadtbote',
    'de',
    `${siteTop('Stadtbote', ['Lokales', 'Sport', 'Kultur'])}
<div class="${css()}"><h1 class="${css()}">Drei neue Kitas bis zum Herbst</h1><div class="${css()}">Von Anna Dunst</div>
${shareBar(['Teilen', 'Facebook', 'WhatsApp', 'E-Mail'])}
<div class="${css()}">${paras(KITA_STORY.slice(0, 3))}
${adSlot('Anzeige')}
${paras(KITA_STORY.slice(3))}</div>
<div class="${css()}"><p class="${css()}">Lesen Sie jetzt weiter mit Stadtbote+ – den ersten Monat für nur 1 Euro.</p><a class="${css()}" href="/abo/">Jetzt testen</a></div>
<div class="${css()}"><img src="/dunst.jpg" alt=""><div class="${css()}"><div class="${css()}">Anna Dunst</div><p class="${css()}">Anna Dunst ist Redakteurin im Lokalressort und berichtet seit 2018 über Schulen, Kitas und die Stadtpolitik.</p></div></div>
${teaserBox('Mehr zum Thema', [
  ['Kita-Gebühren steigen ab August', 'Der Stadtrat hat die neuen Beiträge mit knapper Mehrheit beschlossen.'],
  ['Warteliste für Krippenplätze wird länger', 'Mehr als 400 Familien warten derzeit auf einen Platz für ihr Kind.'],
])}
<div class="${css()}"><h3 class="${css()}">Newsletter</h3><p class="${css()}">Jetzt Newsletter abonnieren und täglich die wichtigsten Nachrichten aus der Stadt erhalten.</p><button>Anmelden</button></div>
</div>`,
  ),
  must: KITA_STORY,
  mustNot: [
    'Teilen',
    'Anzeige',
    'Lesen Sie jetzt weiter',
    'Kita-Gebühren steigen ab August',
    'Mehr als 400 Familien',
    'Newsletter abonnieren',
    'berichtet seit 2018',
  ],
};

const PONT_STORY = [
  'Le nouveau pont sur la Loire sera ouvert à la circulation le 15 juin, a annoncé mardi le président du département lors d’une conférence de presse.',
  'Les travaux, commencés il y a quatre ans, ont pris près d’un an de retard en raison de crues successives et de difficultés d’approvisionnement.',
  'L’ouvrage, long de 420 mètres, comprendra deux voies pour les voitures, une piste cyclable et un large trottoir pour les piétons.',
  'Son coût final atteint 68 millions d’euros, soit environ 10 % de plus que prévu, selon les chiffres présentés par le département.',
  'Les riverains de l’ancien pont, fermé aux poids lourds depuis 2021, attendent avec impatience la fin des embouteillages dans le centre-bourg.',
];

/** A French regional daily: "Partager", "Publicité", an in-article "À lire aussi" teaser, a "Sur le même sujet" box, cookies. */
const frenchNews: ConstructedPage = {
  name: 'French news story with "Partager", "Publicité", an in-article "À lire aussi" teaser, a "Sur le même sujet" box and a cookie banner',
  url: 'https://courrier-loire.example/region/2026/04/nouveau-pont-ouverture.html',
  html: doc(
    'Le nouveau pont ouvrira le 15 juin - Le Courrier de Loire',
    'fr',
    `${siteTop('Le Courrier de Loire', ['Région', 'Sports', 'Loisirs'])}
<div class="${css()}"><h1 class="${css()}">Le nouveau pont ouvrira le 15 juin</h1><div class="${css()}">Par Claire Martin</div>
${shareBar(['Partager', 'Facebook', 'X', 'E-mail'])}
<div class="${css()}">${paras(PONT_STORY.slice(0, 2))}
<div class="${css()}"><span class="${css()}">À lire aussi</span><a class="${css()}" href="/region/crues/">Crues : le chantier du pont à nouveau à l’arrêt</a></div>
${paras(PONT_STORY.slice(2, 4))}
${adSlot('Publicité')}
${paras(PONT_STORY.slice(4))}</div></div>
${teaserBox('Sur le même sujet', [
  ['Le chantier du pont à nouveau retardé', 'Les crues de février ont interrompu les travaux pendant six semaines.'],
  ['Les poids lourds interdits sur l’ancien pont', 'La mesure doit protéger l’ouvrage en attendant le nouveau.'],
])}
<div class="${css()}"><p class="${css()}">Nous utilisons des cookies pour améliorer votre expérience et vous proposer des publicités adaptées.</p><button>Tout accepter</button><button>Paramétrer</button></div>`,
  ),
  must: PONT_STORY,
  mustNot: ['Partager', 'Publicité', 'Crues : le chantier', 'Sur le même sujet', 'Les crues de février', 'Nous utilisons des cookies'],
};

const MERCADO_STORY = [
  'El ayuntamiento reabrirá el mercado central en septiembre, después de dos años de obras que han obligado a los comerciantes a trasladarse a una carpa provisional.',
  'La reforma, que ha costado 12 millones de euros, ha renovado la cubierta, las instalaciones eléctricas y los puestos de la planta baja.',
  'Los comerciantes podrán volver a sus puestos a partir del 1 de septiembre, aunque la inauguración oficial está prevista para una semana después.',
  'El mercado contará además con una zona de restauración en la primera planta, que abrirá hasta medianoche los fines de semana.',
];

/** A Spanish daily: "Compartir", "Publicidad", "Te puede interesar" teasers, a bulletin offer. */
const spanishNews: ConstructedPage = {
  name: 'Spanish news story with "Compartir", "Publicidad", a "Te puede interesar" box and a newsletter offer',
  url: 'https://diario-del-puerto.example/local/2026/05/mercado-central-reabre.html',
  html: doc(
    'El mercado central reabrirá en septiembre | Diario del Puerto',
    'es',
    `${siteTop('Diario del Puerto', ['Local', 'Deportes', 'Cultura'])}
<div class="${css()}"><h1 class="${css()}">El mercado central reabrirá en septiembre</h1><div class="${css()}">Por Lucía Gómez</div>
${shareBar(['Compartir', 'Facebook', 'Twitter', 'WhatsApp'])}
<div class="${css()}">${paras(MERCADO_STORY.slice(0, 2))}${adSlot('Publicidad')}${paras(MERCADO_STORY.slice(2))}</div></div>
${teaserBox('Te puede interesar', [
  ['Los comerciantes del mercado piden ayudas', 'La asociación reclama una compensación por los dos años en la carpa.'],
  ['Nueva línea de autobús al centro', 'La línea 7 conectará el puerto con el mercado desde octubre.'],
])}
<div class="${css()}"><p class="${css()}">Suscríbete a nuestro boletín y recibe las noticias del día en tu correo.</p><button>Suscribirme</button></div>`,
  ),
  must: MERCADO_STORY,
  mustNot: ['Compartir', 'Publicidad', 'Te puede interesar', 'Los comerciantes del mercado piden ayudas', 'Suscríbete a nuestro boletín'],
};

const LISTICLE = [
  [
    '1. Walk the harbour wall at dawn',
    'The wall is a mile long, and at low tide you can see the old ferry slip and the iron rings where the sailing barges tied up.',
  ],
  [
    '2. Eat at the fish market café',
    'It opens at six for the fishermen, and the breakfast, served until eleven, is the best value on the coast.',
  ],
  [
    '3. Climb to the lighthouse',
    'The keeper’s cottage has been painted its original green, and the view from the gallery takes in three counties on a clear day.',
  ],
  [
    '4. Take the ferry to the island',
    'The crossing takes forty minutes, and the boat now leaves every hour, so there is no need to plan the day around it.',
  ],
];

/** A listicle: numbered headings, each with its paragraph and a picture, an advertisement between items. */
const listicle: ConstructedPage = {
  name: 'English listicle: numbered headings with a picture and a paragraph each, advertisement slots between the items',
  url: 'https://coast-weekend.example/travel/things-to-do-harbour/',
  html: doc(
    'Four things to do in the harbour town | Coast Weekend',
    'en',
    `${siteTop('Coast Weekend', ['Travel', 'Food', 'Outdoors'])}
<div class="${css()}"><h1 class="${css()}">Four things to do in the harbour town</h1><p class="${css()}">A weekend guide to the town that has reinvented itself around its old port.</p>
<div class="${css()}">${LISTICLE.map(
      ([h, p], i) =>
        `<div class="css-4b5c6d"><h2 class="css-2a3b4c">${h}</h2><figure class="css-5d6e7f"><img src="/l/${i}.jpg" alt=""><figcaption class="css-6e7f80">Photo: Coast Weekend</figcaption></figure><p class="css-7f3e21">${p}</p></div>${i % 2 ? adSlot('Advertisement') : ''}`,
    ).join('\n')}</div></div>`,
  ),
  must: LISTICLE.flat(),
  mustNot: ['Advertisement', 'Travel Food Outdoors'],
};

const QA: [string, string][] = [
  [
    'You have run the harbour café for thirty years. What has changed?',
    'Everything and nothing. The boats are fewer, the tourists are more, but the tea is the same.',
  ],
  ['Why stay?', 'Because this is home.'],
  ['What would you change?', 'The last ferry. It should leave at eleven, not nine, so that people can stay for dinner.'],
  ['And the new ticket machines?', 'I have not used one yet. Ask me in the summer.'],
];

/** An interview: bold questions as their own short paragraphs, answers after them; short answers ("Because this is home.") included. */
const interview: ConstructedPage = {
  name: 'English Q&A interview: bold questions and answers as short paragraphs, some answers of four words',
  url: 'https://harbour-times.example/people/2026/06/cafe-interview/',
  html: doc(
    '“The tea is the same”: thirty years at the harbour café | Harbour Times',
    'en',
    `${siteTop('Harbour Times', ['News', 'People', 'Opinion'])}
<div class="${css()}"><h1 class="${css()}">“The tea is the same”: thirty years at the harbour café</h1>${shareBar(['Share', 'Tweet', 'Email'])}
<div class="${css()}"><p class="css-7f3e21">Maria Lindt has served tea to fishermen, ferry crews and tourists since 1996. We asked her about the harbour then and now.</p>
${QA.map(([q, a]) => `<p class="css-7f3e21"><strong>${q}</strong></p><p class="css-7f3e21">${a}</p>`).join('\n')}
<p class="css-7f3e21"><em>This interview has been edited for length and clarity.</em></p></div></div>`,
  ),
  must: [...QA.flat(), 'This interview has been edited for length and clarity.'],
  mustNot: ['Tweet', 'News People Opinion'],
};

const LIVE = [
  ['14:20', 'The council has approved the subsidy for the hourly ferry by 31 votes to 4, after a debate of just under two hours.'],
  ['13:55', 'The vote is expected in the next few minutes; councillors are still discussing an amendment on the evening timetable.'],
  ['13:10', 'Opposition councillors say they support the plan but want the operator to publish its fuel costs every year.'],
  ['12:30', 'Welcome to our live coverage of today’s council meeting, where the ferry subsidy is the main item on the agenda.'],
];

/** A live blog whose every entry carries its own share bar, under a "Key events" list of links to the entries. */
const liveBlog: ConstructedPage = {
  name: 'English live blog: "Key events" links, entries with their time and a share bar each, newest first',
  url: 'https://harbour-times.example/news/live/2026/06/council-ferry-vote/',
  html: doc(
    'Council votes on ferry subsidy – live | Harbour Times',
    'en',
    `${siteTop('Harbour Times', ['News', 'Sport', 'Business'])}
<div class="${css()}"><h1 class="${css()}">Council votes on ferry subsidy – live</h1>
<div class="${css()}"><h2 class="${css()}">Key events</h2><ul class="${css()}">${LIVE.slice(0, 2)
      .map(([t], i) => `<li class="css-6a7b8c"><a href="#e${i}">${t} Council vote</a></li>`)
      .join('')}</ul></div>
<div class="${css()}">${LIVE.map(
      ([t, s], i) =>
        `<div class="css-2f3e4d" id="e${i}"><div class="css-8a9b0c"><time class="css-1c2b3a">${t}</time></div>${paras([s!])}${shareBar(['Share'])}</div>`,
    ).join('\n')}</div></div>`,
  ),
  must: LIVE.map(([, s]) => s!),
  mustNot: ['Key events', 'Share'],
};

const ESSAY = [
  'The harbour was dredged for the last time in 1987, and since then the channel has silted up by about a metre, according to the survey published in March.',
  'That is enough to keep the larger fishing boats out at low tide, which is why most of them now land their catch in the next town along the coast.',
  'The survey puts the cost of dredging the channel again at four million pounds, and of keeping it open at a further two hundred thousand a year.',
  'Neither the council nor the harbour trust has that money, and the government fund that paid for the last dredging was closed in 2010.',
  'Without it, the survey warns, the harbour will be usable only by small boats within twenty years, and by none at all within forty.',
];

/** A long-form piece with a linked table of contents and numbered footnotes (the author's notes: story text). */
const essayWithContents: ConstructedPage = {
  name: 'English long-form piece with a table of contents, a "Read next" box and the author’s footnotes',
  url: 'https://harbour-review.example/essays/silting/',
  html: doc(
    'The silting harbour | Harbour Review',
    'en',
    `${siteTop('Harbour Review', ['Essays', 'Reviews', 'About'])}
<div class="${css()}"><h1 class="${css()}">The silting harbour</h1>
<div class="${css()}"><div class="${css()}">Contents</div><ol class="${css()}"><li><a href="#s1">The channel</a></li><li><a href="#s2">The money</a></li><li><a href="#s3">The future</a></li></ol></div>
<div class="${css()}"><h2 id="s1" class="css-2a3b4c">The channel</h2>${paras(ESSAY.slice(0, 2))}<h2 id="s2" class="css-2a3b4c">The money</h2>${paras(ESSAY.slice(2, 4))}<h2 id="s3" class="css-2a3b4c">The future</h2>${paras(ESSAY.slice(4))}
<div class="${css()}"><ol class="${css()}"><li id="fn1">Harbour Trust, Channel Survey 2026, table 4.</li><li id="fn2">The fund’s last report, published in 2011, lists the harbour among forty projects it paid for.</li></ol></div></div>
${teaserBox('Read next', [
  ['The last fishing boats', 'Three crews still land their catch here. We spent a week with them.'],
  ['Who owns the harbour?', 'The trust, the council and the crown all claim a part of it.'],
])}</div>`,
  ),
  must: [...ESSAY, 'The fund’s last report, published in 2011, lists the harbour among forty projects it paid for.'],
  mustNot: ['Read next', 'Three crews still land their catch here', 'The trust, the council and the crown'],
};

const ABO_STORY = [
  'The regional airport will close its second runway for six months from January to repair cracks found during an inspection last summer.',
  'Flights will continue from the main runway, but the airport said some cargo flights at night would move to a neighbouring airport while the work goes on.',
  'Residents under the flight path of the main runway, who had hoped the closure would be shorter, said they would ask the council for noise monitoring.',
];

/** A paywalled story: the free paragraphs, then the subscription prompt with its own headline and buttons. */
const paywall: ConstructedPage = {
  name: 'English story cut by a paywall prompt ("Subscribe to continue reading", "Already a subscriber? Log in")',
  url: 'https://valley-post.example/news/airport-runway-closure/',
  html: doc(
    'Airport to close second runway for six months | Valley Post',
    'en',
    `${siteTop('Valley Post', ['News', 'Sport', 'Business'])}
<div class="${css()}"><h1 class="${css()}">Airport to close second runway for six months</h1>
<div class="${css()}">${paras(ABO_STORY)}</div>
<div class="${css()}"><h3 class="${css()}">This story is for subscribers</h3><p class="${css()}">Subscribe to continue reading: unlimited access from $1 a week, cancel any time.</p><a class="${css()}" href="/subscribe/">See offers</a><p class="${css()}">Already a subscriber? <a href="/login/">Log in</a></p></div></div>`,
  ),
  must: ABO_STORY,
  mustNot: ['Subscribe to continue reading', 'Already a subscriber', 'This story is for subscribers', 'See offers'],
};

const HIBERNATION_STORY = [
  'BERLIN -- The space agency says putting astronauts to sleep for months could make it easier to reach other planets.',
  'Its researchers looked at how a long sleep would change the design of a crewed mission to Mars.',
  'They found that the ship could be smaller and need less food and water on the way.',
  'Slowing down the human body is not possible yet. The team hopes to test it on animals first.',
  'The crew would need to put on extra body fat before the flight. The ship would have to fly itself for most of the trip.',
  'The agency will present the study to its member states next year. A decision on further work is expected after that.',
];

/** A short wire story of plain sentences under a lead picture whose caption, a paragraph beside the image in a div, has more commas than the story. */
const captionOverStory: ConstructedPage = {
  name: 'short English wire story of plain sentences under a div-built picture whose caption has many commas',
  url: 'https://north-tv.example/sci-tech/snooze-cruise-1.4690347',
  html: doc(
    'Study sees future for sleeping astronauts | North TV',
    'en',
    `${siteTop('North TV', ['News', 'Sci-Tech', 'Video'])}
<div class="${css()}"><section class="${css()}"><div class="${css()}"><h1 class="${css()}">Study sees future for sleeping astronauts</h1>
<div class="${css()}"><img src="/space.jpg" alt="Space"><p>In this 2006 file photo, made available by the agency, two astronauts, left and right, work outside the station, during its construction, in orbit, above the Pacific, on Tuesday, December 12, 2006, in a photo taken by a third, unnamed, astronaut.</p></div>
${shareBar(['Share', 'Tweet'])}
<div class="${css()}"><div class="${css()}"><br>The Associated Press<br><span class="${css()}">Published Monday, November 18, 2019 8:22AM EST</span></div>
<div class="${css()}">${HIBERNATION_STORY.map((l) => `<p>${l}</p>`).join('\n')}</div>
<div class="${css()}"><h2>Related Links</h2><ul>${[
      'The space agency’s website and its plans for the next decade',
      'Mars mission plans: what the agency wants to build by 2040',
      'How animals hibernate, and what doctors have learned from them',
      'Life on the station: a year in orbit, told by its crew',
      'Why the agency wants to send people further than the Moon',
    ]
      .map((t) => `<li class="css-264f39"><a href="https://example.org/${t.length}">${t}</a></li>`)
      .join('')}</ul></div></div></div></section></div>`,
  ),
  must: HIBERNATION_STORY,
  mustNot: ['Tweet', 'Related Links', 'Mars mission plans', 'in a photo taken by a third'],
};

const HEALTH_STORY = [
  'The mayor, according to his office, made an unscheduled visit to the city hospital on Saturday for what it called a quick check-up, ahead of his yearly medical.',
  'You should not just believe them.',
  'Which is not to say that the visit was anything but routine. It is to say that this office has not always told the whole truth about the mayor’s health.',
  'Remember what we already know. The mayor is 73 years old, the oldest person ever to hold the office, and he has been treated for high blood pressure since 2015.',
  'His last full medical, in 2023, was summed up in a single page, signed by a doctor who later said he had written it in five minutes while the car waited outside.',
  'The office said at the time that the mayor was in excellent health, a phrase it has repeated every year since, without publishing a single figure to support it.',
  'None of this means that the mayor is unwell. It means that voters have been asked to take his health on trust, by an office that has given them reasons not to.',
  'The visit on Saturday was not on his public schedule, and reporters learned of it only when his car was seen outside the hospital by a passer-by.',
  'His spokesperson later said the mayor had gone in early to save time, because his diary for the coming weeks was full, and that the rest of the medical would follow.',
  'She did not say when, or whether the results would be published, as the mayor promised they would be when he first ran for office.',
  'Until they are, the questions will go on being asked, and the answers will go on being a single page signed in a hurry.',
];

/** A column whose paragraphs are styled divs: the first ones straight in the story block, the rest in a "read all" block of their own, with a promo and an ad between. */
const divParagraphs: ConstructedPage = {
  name: 'English column whose paragraphs are styled divs, the first three beside the block holding the rest, a promo and an ad between them',
  url: 'https://city-desk.example/2026/11/18/politics/mayor-health/index.html',
  html: doc(
    'Why you can’t trust the mayor’s office on his health | City Desk',
    'en',
    `${siteTop('City Desk', ['Politics', 'Business', 'Opinion'])}
<article class="${css()}"><h1 class="${css()}">Why you can’t trust the mayor’s office on his health</h1><div class="${css()}">Analysis by Kit Brand, editor-at-large</div>
<div class="${css()}"><section class="${css()}"><div class="css-e7a822">
<div class="css-f4e862"><p class="css-fdb974 css-c22d70"><cite class="css-3be826">(City Desk)</cite> ${HEALTH_STORY[0]}</p></div>
<div class="css-fdb974 css-c22d70">${HEALTH_STORY[1]}</div>
<div class="css-5e94ed"><a href="https://video.example/the-point"><img src="/point.jpg" alt=""><div><p><b>THE POINT – NOW ON VIDEO!</b></p><p>In each episode of his weekly show, Kit Brand looks a little deeper at the week’s politics. Watch here.</p></div></a></div>
<div class="css-fdb974 css-c22d70">${HEALTH_STORY[2]}</div>
<div class="css-4aeb19"><div class="css-b7dcb3"></div></div>
<div class="css-6b6fc6">${HEALTH_STORY.slice(3)
      .map((l) => `<div class="css-fdb974">${l}</div>`)
      .join('\n')}</div></div></section></div></article>`,
  ),
  must: HEALTH_STORY,
  mustNot: ['NOW ON VIDEO', 'Politics Business Opinion'],
};

const REVIEW_SECTIONS = [
  [
    'The new harbour ferry is the best boat the island has had. It is faster than the old one, quieter, and it has a warm cabin for the first time.',
    'It is also more expensive to ride, and that is the question this review tries to answer: is the faster crossing worth the higher fare?',
    'We made five return crossings over two weeks in May, on calm days and rough ones, in the morning rush and on the last boat of the evening.',
  ],
  [
    'The cabin seats eighty, in rows of four, with tables at the front and a small café that sells tea, coffee and the island’s bakery rolls.',
    'The windows are large, and on a clear day you can see the lighthouse from every seat, which the old boat, with its portholes, never managed.',
    'There is space for bicycles on the lower deck, and a ramp for wheelchairs and prams, which the operator says was the most requested change.',
  ],
  [
    'The crossing takes thirty-five minutes, against fifty on the old boat, and the engine is so quiet that you can talk without raising your voice.',
    'On a rough day, though, the new hull rolls more than the old one did, and two of the five crossings we made were uncomfortable, with spray on the windows.',
    'The operator says stabilisers will be fitted next year, at a cost it has not disclosed, and that the rolling is no danger to the boat or its passengers.',
    'A return fare now costs twelve pounds, three more than before, although residents, students and pensioners pay the old price with a card from the council.',
  ],
];

/** A review in sections of one kind whose modifier classes differ ("css-7365ed css-cbd82b", "css-7365ed css-308838"), picture credits and a gallery teaser between them. */
const reviewSections: ConstructedPage = {
  name: 'English review in sections of one kind with differing modifier classes, photo credits and a gallery teaser between them',
  url: 'https://harbour-review.example/2026/06/ferry-review/',
  html: doc(
    'Harbour ferry review: faster, warmer, dearer | Harbour Review',
    'en',
    `${siteTop('Harbour Review', ['Reviews', 'Travel', 'About'])}
<div class="${css()}"><h1 class="${css()}">Harbour ferry review: faster, warmer, dearer</h1><div class="css-17b96b">
${REVIEW_SECTIONS.map(
  (part, i) =>
    `<div class="css-7365ed css-${['cbd82b', '308838 css-1632a8', 'dddc16 css-a63c00'][i]}"><div class="css-961d92"><div class="css-80b6e7"><div class="css-cf090d">${part.map((l) => `<p>${l}</p>`).join('')}</div></div></div></div>
<div class="css-7365ed css-a9912b"><div class="css-961d92"><img src="/f/${i}.jpg" alt=""><span>Jo Pike/Harbour Review</span></div></div>`,
).join('\n')}
<div class="css-7365ed css-b48619"><a href="/gallery/ferry/">Gallery: The new harbour ferry | 9 Photos</a></div>
<div class="css-7365ed">In this article: <a href="/tag/ferries/">ferries</a>, <a href="/tag/island/">island</a>, <a href="/tag/reviews/">reviews</a></div></div></div>`,
  ),
  must: REVIEW_SECTIONS.flat(),
  mustNot: ['Gallery: The new harbour ferry', 'In this article:'],
};

const RELEASE_NOTES = [
  'This week the harbour app learned to show the ferry’s position on the map, refreshed every thirty seconds from the boat’s own transmitter.',
  'The timetable page now marks cancelled crossings in red, and the parking page shows how many spaces are left in each of the four car parks.',
  'Thanks to everyone who reported the crash on start-up last week: it is fixed in this release, which is rolling out to all phones today.',
];

const longComment = (what: string): string =>
  `Are there plans to ${what}? I use the app every day on the morning crossing, and the one thing I miss is being able to see, in one place, whether the boat is running late, whether the car park at the other end has spaces, and whether the bus that meets the ferry is still waiting. ` +
  'At the moment I switch between three screens and two other apps, and by the time I have checked them all the boat has docked. ' +
  'It would also help to get a notice on the phone when a crossing is cancelled, rather than finding out on the quay, which has happened to me twice this month already, once in the rain.';

/** A blog's release notes, then two readers' comments under a heading set in a header box ("2 comments on “…”", then "Post a comment"), each longer than the post. */
const twoComments: ConstructedPage = {
  name: 'short blog post, then two long comments under "2 comments on “…”" set in a header box with a "Post a comment" link',
  url: 'https://harbour-app.example/blog/2026/12/these-weeks-85/',
  html: doc(
    'These weeks in the harbour app: issue 85 | Harbour App Blog',
    'en',
    `${siteTop('Harbour App Blog', ['Releases', 'Help', 'About'])}
<div class="${css()}"><div class="${css()}"><h1 class="${css()}">These weeks in the harbour app: issue 85</h1>${paras(RELEASE_NOTES)}</div>
<section class="${css()}"><div class="${css()}"><header class="${css()}"><h3>2 comments on “These weeks in the harbour app: issue 85”</h3><p class="${css()}"><a href="#respond">Post a comment</a></p></header>
<ol class="${css()}"><li class="css-118a99"><h4 class="css-82d950"><cite>Alan G.</cite> wrote on <time>December 24, 2026</time>:</h4><blockquote class="css-ae37f2"><p>${longComment('show the ferry, the car parks and the bus on one screen')}</p></blockquote></li>
<li class="css-118a99"><h4 class="css-82d950"><cite>Mira</cite> wrote on <time>December 26, 2026</time>:</h4><blockquote class="css-ae37f2"><p>${longComment('add the island bus to the map')}</p></blockquote></li></ol></div></section></div>`,
  ),
  must: RELEASE_NOTES,
  mustNot: ['2 comments on', 'Are there plans to', 'Post a comment'],
};

const PROTEST_STORY = [
  'Three people died during protests in the port city on Tuesday, the public defender’s office said, after police moved to clear a blockade of the fuel depot.',
  'The office said the deaths were caused by gunshot wounds and called on the government to withdraw soldiers from policing the protests.',
  'The interior ministry said officers had not fired live rounds and that it would open an inquiry, the results of which it promised to publish.',
  'The blockade, now in its second week, has left petrol stations in the capital without fuel and forced the airport to cancel a third of its flights.',
  'Talks between the government and the protest leaders, brokered by the church, are due to resume on Thursday.',
];

/** A wire story with a teaser link set as a block between paragraphs ("Also on site.example" and a headline), and an ad slot labelled "Continue Reading Below". */
const blockLinkTeaser: ConstructedPage = {
  name: 'English wire story with a block link teaser ("Also on …" label and headline) and a "Continue Reading Below" ad slot between paragraphs',
  url: 'https://world-wire.example/news/2026/11/port-protests-deaths/',
  html: doc(
    'Three die in port city protests | World Wire',
    'en',
    `${siteTop('World Wire', ['World', 'Business', 'Sport'])}
<div class="${css()}"><h1 class="${css()}">Three die in port city protests</h1><div class="${css()}">${paras(PROTEST_STORY.slice(0, 2))}
<a class="${css()}" href="https://world-wire.example/news/2026/11/blockade-second-week/"><span class="${css()}"><span class="${css()}">Also on world-wire.example</span><span class="${css()}">Fuel runs short in the capital as the depot blockade enters its second week</span></span><span class="${css()}"></span></a>
${paras(PROTEST_STORY.slice(2, 4))}
<div class="${css()}"><p>Continue Reading Below</p><div class="${css()}"></div></div>
${paras(PROTEST_STORY.slice(4))}</div></div>`,
  ),
  must: PROTEST_STORY,
  mustNot: ['Also on world-wire.example', 'Fuel runs short in the capital', 'Continue Reading Below'],
};

const PLAGUE_STORY = [
  'Health officials have closed the border crossing after two herders died of a rare infection caught from wild animals, the regional government said on Friday.',
  'The couple fell ill after eating the meat of a marmot, a local delicacy that hunters have been warned for years not to eat raw, officials said.',
  'More than a hundred people who had contact with them have been tested, and all of them have so far shown no sign of the disease.',
  'Travellers who were stranded at the crossing for three days were allowed to leave on Thursday after a medical check.',
];

/** A card of a "Most read" rail: picture under an empty overlay link, a kicker heading and the headline in a span, so no words are linked. */
const mostReadCard = (kicker: string, headline: string): string =>
  `<div class="css-8086d5"><div class="css-022d00"><a href="/news/${headline.length}/"><img src="/m/${headline.length}.jpg" alt=""></a></div><div class="css-370a5d"><h3 class="css-e855dd">${kicker}</h3><span class="css-1cc944">${headline}</span></div><a href="/news/${headline.length}/" class="css-35d51f"></a></div>`;

const mostReadRail: ConstructedPage = {
  name: 'English tabloid story with a "Most read in world news" rail of cards inside the story block, the cards’ words unlinked',
  url: 'https://daily-beacon.example/news/2026/11/border-closed-infection/',
  html: doc(
    'Border closed after two die of rare infection | Daily Beacon',
    'en',
    `${siteTop('Daily Beacon', ['News', 'Sport', 'TV'])}
<div class="${css()}"><h1 class="${css()}">Border closed after two die of rare infection</h1><div class="${css()}">${paras(PLAGUE_STORY.slice(0, 2))}
<div class="css-97f463"><div class="css-9904b0"><div class="css-e944de"><h3 class="css-7690aa">Most read in world news</h3></div><div class="css-846e4d">
${mostReadCard('ROYAL PARTY', 'Prince seen dancing in unearthed pictures despite claims he never dances')}
${mostReadCard('TIME TRAVELLER', 'Conspiracy theorists say they have spotted a pop star in a 120-year-old photograph')}
${mostReadCard('EYE POPPING', 'Bodybuilder has muscle removed after injecting oil to look bigger')}
</div></div></div>
${paras(PLAGUE_STORY.slice(2))}</div></div>`,
  ),
  must: PLAGUE_STORY,
  mustNot: ['Most read in world news', 'TIME TRAVELLER', 'Conspiracy theorists say', 'Bodybuilder has muscle removed'],
};

export const UNNAMED_CHROME_PAGES: ConstructedPage[] = [
  newsWithChrome,
  newsGallery,
  embeddedSlideshow,
  bulletPost,
  creditedCaptions,
  germanNews,
  frenchNews,
  spanishNews,
  listicle,
  interview,
  liveBlog,
  essayWithContents,
  paywall,
  captionOverStory,
  divParagraphs,
  reviewSections,
  twoComments,
  blockLinkTeaser,
  mostReadRail,
];
