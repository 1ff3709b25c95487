/**
 * Constructed pages whose class and id values say nothing: sites built with CSS modules or styled-components, where every
 * block is "css-1q2w3e" or "sc-a1b2c3", so no rule that reads class words can tell the story from the readers' comments.
 * Written here from general knowledge of such templates (WordPress's and forum software's comment
 * headers), not copied from any site; the stories and comments are made up.
 */
import type { ConstructedPage } from './constructed-pages';

const doc = (title: string, body: string): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body class="css-0a1b2c">${body}</body></html>`;

const paras = (lines: string[], cls = 'css-7f3e21'): string => lines.map((l) => `<p class="${cls}">${l}</p>`).join('\n');

const NAV = `<div class="css-91ab3f"><a href="/">Harbour Notes</a> <a href="/archive/">Archive</a> <a href="/about/">About</a></div>`;

/** A short open-thread post: three paragraphs, shorter than what the readers wrote below it. */
const SHORT_POST = [
  'This is our open thread for October: ask us anything about the harbour survey, the new mooring fees or the winter schedule.',
  'We read every question and answer as many as we can before the end of the month, usually within two or three days.',
  'Please keep questions about individual moorings to email, since the thread is public and stays online after the month ends.',
];

const LONG_COMMENT = (who: string, topic: string): string =>
  `${who} asked us about ${topic}, and the honest answer is that we do not know yet, because the council has not published the figures it promised in the spring. ` +
  'Several of us have written to the clerk, twice, and the reply each time was that the numbers would follow after the next committee meeting, which has now been postponed again. ' +
  'Until then every estimate you read, including ours from last year, is a guess built on the old fee table and on the number of boats that stayed over the previous winter.';

/** WordPress's comment header as its default themes print it: "Name on Date at Time said:", here in a list with generated classes. */
const wpThreadItem = (name: string, day: number, text: string): string =>
  `<li class="css-118a99"><div class="css-52edf1"><div class="css-2c4d1e"><cite class="css-8e9f0a"><a href="https://${name.split(' ')[0]!.toLowerCase()}.example/">${name}</a></cite> on <a href="#comment-${day}">October ${day}, 2026 at 10:${10 + day} am</a> said:</div>${paras([text, 'Thanks again for running these threads every month, they are the only place we hear anything at all.'], 'css-9d8e7f')}</div></li>`;

const openThread: ConstructedPage = {
  name: 'short post under generated class names, followed by a longer WordPress-style thread ("X on October 3, 2026 at 10:13 am said:")',
  url: 'https://harbour-notes.example/2026/10/open-thread/',
  html: doc(
    'October open thread | Harbour Notes',
    `${NAV}<main class="css-45bbcc"><div class="css-2b5a99"><h1 class="css-1d2e3f">October open thread</h1><p class="css-0e1f2a">October 1, 2026</p>
<div class="css-5e6f7a">${paras(SHORT_POST)}</div></div>
<div class="css-de32d5"><h3 class="css-3f4a5b">9 Responses</h3><ul class="css-62bcf5">
${wpThreadItem('Milan Graves', 2, LONG_COMMENT('Milan', 'the mooring fees'))}
${wpThreadItem('Catherine (Harbour Notes)', 3, LONG_COMMENT('Catherine', 'the winter schedule'))}
${wpThreadItem('Alex', 4, LONG_COMMENT('Alex', 'the slipway repairs'))}
${wpThreadItem('Gary M', 5, LONG_COMMENT('Gary', 'the survey results'))}
${wpThreadItem('Olivia (Harbour Notes)', 6, LONG_COMMENT('Olivia', 'the visitor berths'))}
</ul><p class="css-0769b8">Comments are closed.</p></div></main>`,
  ),
  must: SHORT_POST,
  mustNot: ['said:', 'the honest answer is that we do not know yet', 'Thanks again for running these threads'],
};

const GADGET_STORY = [
  'The harbour authority will replace the ticket machines at all four car parks before the summer season, according to a notice published on Monday.',
  'The new machines take cards and phone payments, and the old coin slots will be removed; drivers without a card can still pay at the kiosk.',
  'A spokesperson said the contract had gone to a regional supplier after a tender that drew three bids, and that installation would take a week per car park.',
  'The authority expects the change to cut the time staff spend emptying and repairing machines, which it put at two days a week last year.',
  'Parking charges themselves are not changing this year, the notice said, although the winter discount for residents will be reviewed in the autumn.',
];

/** Forum software's comment header: the member's name and the comment's age ("Zed2015 2 days ago at 08:51 am"). */
const agedItem = (name: string, text: string[]): string =>
  `<div class="css-72c5f8"><div class="css-040f06"><a class="css-9a8b7c" href="/members/${name.toLowerCase()}/">${name}</a> <span class="css-6b5a4c">2 days ago at 08:51 am</span></div>${paras(text, 'css-4d3c2b')}<div class="css-1b2a3c">Score: 12</div></div>`;

const RANT = [
  'I agree, but it raises the question of who was in charge when the last machines were bought, because they were clearly never meant for salt air and the council was told so at the time.',
  'Every winter half of them stop taking coins by January, and the ones that work print tickets you cannot read, which is how my neighbour got two fines in one week for a ticket he had paid for.',
  'If the new ones are any better I will be glad to be proved wrong, but I would like to see the maintenance contract before I believe the savings, since that is where the money went last time as well.',
  'And while they are at it, somebody should explain why the kiosk closes at five in summer when the car park is full until nine, which is the one thing every visitor I have spoken to complains about.',
];

const topComments: ConstructedPage = {
  name: 'news story under generated class names, then "Top Rated Comments" with one comment longer than the story',
  url: 'https://harbour-notes.example/2026/11/ticket-machines/',
  html: doc(
    'Harbour car parks get new ticket machines | Harbour Notes',
    `${NAV}<div class="css-a5a406"><div class="css-565cec"><h1 class="css-1d2e3f">Harbour car parks get new ticket machines</h1><div class="css-8c7b6a">Monday November 30, 2026 9:12 am PST by Jo Pike</div>
<div class="css-040f07">${paras(GADGET_STORY)}</div></div>
<div class="css-e3e197"><div class="css-5b17a6"><h2 class="css-3f4a5b">Top Rated Comments</h2><a class="css-0d1e2f" href="#all">(View all)</a>
${agedItem('Woyzeck', ['Good to see the coin slots go at last.'])}
${agedItem('NickA', ['I think they will have the same problems within a year, salt gets into everything down there.'])}
${agedItem('Zed2015', RANT)}
${agedItem('fmcshan', ['Will the kiosk take phone payments too?'])}
</div></div></div>`,
  ),
  must: GADGET_STORY,
  mustNot: ['Top Rated Comments', 'it raises the question of who was in charge', 'why the kiosk closes at five in summer', '2 days ago'],
};

/** The headers do not look like comments here (names on their own line, no date): the thread's WordPress heading says what it is. */
const thoughtsItem = (name: string, text: string): string =>
  `<div class="css-3e2d1c"><div class="css-7a6b5c">${name}</div>${paras([text], 'css-4d3c2b')}</div>`;

const BLOG_POST = [
  'We repainted the lighthouse keeper’s cottage last weekend, the first time in eleven years that it has had more than a patch of primer on the seaward side.',
  'The old paint came off in sheets once the scraper got under it, and underneath we found the original green that the photographs from the fifties show.',
  'We kept a square of it by the door, under glass, so that visitors can see what the cottage looked like before the white that everyone remembers now.',
];

const thoughtsThread: ConstructedPage = {
  name: 'blog post under generated class names, then a WordPress "5 thoughts on “…”" thread whose entries name no date',
  url: 'https://harbour-notes.example/2026/09/cottage-paint/',
  html: doc(
    'Painting the cottage | Harbour Notes',
    `${NAV}<div class="css-2b5a99"><h1 class="css-1d2e3f">Painting the cottage</h1><div class="css-5e6f7a">${paras(BLOG_POST)}</div></div>
<div class="css-de32d5"><h2 class="css-3f4a5b">5 thoughts on “Painting the cottage”</h2>
${thoughtsItem('Maggie', 'What a lovely idea to keep the green under glass. My grandmother lived two doors down in the sixties and always said the cottage was the greenest thing on the whole coast, and she never forgave the council for painting it white. I will bring her photographs round next time we visit, if you would like copies for the display by the door.')}
${thoughtsItem('Tom', 'Which paint did you end up using on the seaward side? We tried three different masonry paints on our boathouse and every one of them blistered within two winters, and the supplier keeps telling us it is the salt and not the paint, which is no help at all when you have to scrape it again.')}
${thoughtsItem('Harbour Notes', 'Tom, we used a mineral paint in the end, on the advice of the conservation officer, who said the old lime render needs to breathe. Ask us again in two winters and we will tell you whether it worked, but so far it has survived the autumn storms without a mark.')}
</div>`,
  ),
  must: BLOG_POST,
  mustNot: ['5 thoughts on', 'My grandmother lived two doors down', 'we used a mineral paint in the end'],
};

const LIVE_ENTRIES = [
  ['10:32', 'The ferry has left the harbour for the first time since the storm, carrying forty passengers and the mail for the island.'],
  [
    '10:05',
    'Harbour staff say the crossing will take about an hour longer than usual because the captain will keep to the sheltered channel.',
  ],
  ['09:41', 'The harbour master has lifted the closure order, which had kept every boat in port since Saturday afternoon.'],
  ['09:15', 'Good morning, and welcome to our live coverage of the reopening of the harbour after three days of gales.'],
];

/** A live blog's entries open with their time, not a name: they are the story, not a thread. */
const liveBlog: ConstructedPage = {
  name: 'live blog under generated class names whose entries open with their time ("10:32"), each entry a block of its own',
  url: 'https://harbour-notes.example/2026/11/harbour-reopens-live/',
  html: doc(
    'Harbour reopens after storm – live | Harbour Notes',
    `${NAV}<main class="css-45bbcc"><h1 class="css-1d2e3f">Harbour reopens after storm – live</h1><div class="css-6d5c4b">
${LIVE_ENTRIES.map(([t, s]) => `<div class="css-2f3e4d"><div class="css-8a9b0c"><time class="css-1c2b3a">${t}</time> by Jo Pike at 10:${t!.slice(3)} am</div>${paras([s!])}</div>`).join('\n')}
</div></main>`,
  ),
  must: LIVE_ENTRIES.map(([, s]) => s!),
  mustNot: ['Harbour Notes Archive About'],
};

const VOICES = [
  'We asked people at the quay what they thought of the new ferry timetable.',
  'Maria Lindt, a nurse, said: “The early boat is ten minutes later now, which means I miss the start of my shift twice a week.”',
  'Pete Ross, who runs the café by the slipway, said: “More boats in the evening is good for us, people stay for dinner instead of rushing off.”',
  'Ana Pereira, a student, said: “I do not mind the changes, but nobody told us about them until the old timetable had already gone.”',
];

/** Voices in a story open with "X said:" too; as paragraphs of the story they are never a thread. */
const voxPop: ConstructedPage = {
  name: 'vox-pop story under generated class names whose paragraphs open with "Name, a nurse, said:"',
  url: 'https://harbour-notes.example/2026/11/timetable-voices/',
  html: doc(
    'What the quay thinks of the new timetable | Harbour Notes',
    `${NAV}<main class="css-45bbcc"><h1 class="css-1d2e3f">What the quay thinks of the new timetable</h1><div class="css-5e6f7a">${paras(VOICES)}</div></main>`,
  ),
  must: VOICES,
  mustNot: ['Harbour Notes Archive About'],
};

/** Parts of one long feature, each in a block of the same generated class, with figures between them. */
const FEATURE_PARTS = [
  [
    'In the winter of 1962 two young programmers sat in a noisy room at the institute and fed weather equations into a machine the size of a wardrobe.',
    'Their names did not appear on the paper that made the result famous, and for sixty years the story was told without them.',
  ],
  [
    'The machine printed its forecasts as rows of numbers on long sheets of paper, and the two of them read every sheet before the professor saw it.',
    'One evening the numbers stopped repeating: a run restarted from a rounded value drifted away from the first one and never came back.',
    'They checked the machine, then the program, then the punched cards, and found nothing wrong with any of them.',
  ],
  [
    'It was the rounding that mattered, and it was one of the two programmers who first said so, in a note that survives in the archive.',
    'The professor took the point at once and spent the next year turning it into the paper that made his name.',
    'He thanked the two of them in its last paragraph, in a sentence most readers skipped.',
    'Only when a historian went through the archive boxes did the note turn up, with the date and the initials of the programmer who wrote it.',
    'The historian, who had come looking for something else entirely, photographed the note, checked the handwriting against the lab notebooks, and wrote to the programmer, who was by then retired and living by the sea.',
    'She answered within a week, with a letter of four pages, describing the room, the noise, the smell of the punched cards, and the evening when the numbers would not repeat.',
    'She did not, she wrote, mind that her name had been left out; what she minded was that the story, as it was told, made the discovery sound like an accident, when it had been careful work, checked and checked again.',
    'The other programmer had died some years before, but his family kept his notebooks, and in them, in pencil, was the same calculation, dated two days earlier than the note.',
    'Together the two sets of papers change the story of how the result was found, though not the result itself, which stands as it was printed.',
    'The institute has since added both names to the plaque beside the door of the old computer room, which is now a seminar room, and much quieter.',
  ],
];

const figure = (caption: string): string =>
  `<figure class="css-19nesb"><img class="css-0f1e2d" src="/img/${caption.length}.jpg" alt=""><figcaption class="css-112lb0">${caption}</figcaption></figure>`;

const splitFeature: ConstructedPage = {
  name: 'long feature under generated class names, split into three blocks of one class by figures between them',
  url: 'https://harbour-notes.example/2026/05/hidden-programmers/',
  html: doc(
    'The hidden programmers | Harbour Notes',
    `${NAV}<div class="css-c3c637"><div class="css-511f79"><div class="css-9a8b7c"><h1 class="css-1d2e3f">The hidden programmers</h1><p class="css-0e1f2a">By Jo Pike, May 20, 2026</p></div>
${figure('The two programmers at the console in 1962.')}
<div class="css-acf1c0"><section class="css-b14179">${paras(FEATURE_PARTS[0]!)}</section></div>
${figure('A page of the printed forecasts.')}
<div class="css-acf1c0"><section class="css-b14179">${paras(FEATURE_PARTS[1]!)}</section></div>
${figure('The note in the archive.')}
<div class="css-acf1c0"><section class="css-b14179">${paras(FEATURE_PARTS[2]!)}</section></div>
<div class="css-9f8e7d"><a href="/tag/history/">history</a> <a href="/tag/computing/">computing</a></div></div></div>`,
  ),
  must: FEATURE_PARTS.flat(),
  mustNot: ['Harbour Notes Archive About'],
};

export const UNNAMED_CONSTRUCTED_PAGES: ConstructedPage[] = [openThread, topComments, thoughtsThread, liveBlog, voxPop, splitFeature];
