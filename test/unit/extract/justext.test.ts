/**
 * The jusText-style classifier (text-blocks.ts, justext.ts, stoplists.ts) and how its opinion is used when our own story
 * looks poor (body-choice.ts, fallback.ts). Every page is written here from general knowledge of such templates (a
 * local news site with a reader discussion below the story); names and text are made up.
 */
import { explainExtraction } from '../../../src/workers/extract';
import { parsePage } from '../../../src/workers/extract/parse';
import { textBlocks } from '../../../src/workers/extract/text-blocks';
import {
  BlockClass,
  classifyBlock,
  classifyPage,
  goodRoots,
  reviseClasses,
  stopwordDensity,
  wordsOf,
} from '../../../src/workers/extract/justext';
import type { DomElement } from '../../../src/workers/extract/dom';
import { likeliestStoplist, stoplistForLang } from '../../../src/workers/extract/stoplists';
import { Opinion, chooseOpinion } from '../../../src/workers/extract/body-choice';
import { wordRuns } from '../../../src/workers/extract/text-overlap';

const blocksOf = (body: string) => textBlocks(parsePage(`<html><body>${body}</body></html>`).body!);
const EN = stoplistForLang('en')!;

const STORY = [
  'The city council voted on Tuesday to approve the new budget for the coming year, after a debate that lasted more than four hours.',
  'Members of the council said that the plan would pay for the repair of roads and bridges that had been neglected for a decade.',
  'The mayor, who had proposed the budget in the spring, told reporters that she was pleased with the result and that the work would start soon.',
  'Opponents of the plan argued that the tax increase it requires would fall hardest on the families who can least afford it this year.',
  'A spokesman for the taxpayers association said the group would consider a challenge in court, but that no decision had been made yet.',
  'The budget will take effect on the first of July, and the first contracts for the road work are expected to be signed in August.',
];
const COMMENTS = [
  'I have lived in this town for thirty years and I have never seen the roads in such a bad state as they are now.',
  'Why should we pay more when the money from the last increase was never spent on anything that anyone can see?',
  'My street has been waiting for a new surface since before my children were born, so I will believe it when I see it.',
  'It is about time that somebody did something, and I for one am glad that they are finally getting on with it.',
  'Does anyone know whether the bus routes will change while the bridge on the river road is closed for the repairs?',
];
/** A paragraph of two sentences of the story (over jusText's 200 characters: good on its own). */
const para = (i: number) => `<p>${STORY[i % STORY.length]} ${STORY[(i + 1) % STORY.length]}</p>`;
/**
 * A reader discussion in a box whose class names it in Dutch ("reacties"), around an inner box Readability takes whole:
 * Readability's story is then the discussion alone, without the class that would tell our furniture rules what it is.
 */
const discussion = `<section class="reacties"><div class="k4">${Array.from(
  { length: 12 },
  (_, i) =>
    `<div class="m${i}"><a href="/u/${i}">reader${i}</a> <a href="#c${i}">${i + 1}h</a><p>${COMMENTS[i % 5]} ${COMMENTS[(i + 1) % 5]}</p>` +
    `<a href="#r${i}">Reply</a> <a href="#l${i}">Like</a></div>`,
).join('')}</div></section>`;
const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Council approves budget</title></head><body>` +
  `<div class="a1"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>${body}</body></html>`;
const share = '<div class="d9"><a href="/share">Share</a> <a href="/tweet">Tweet</a></div>';

describe("textBlocks (jusText's paragraphs)", () => {
  it('breaks at block tags and at a double <br>, not a single one', () => {
    expect(blocksOf('<div>one<p>two <b>bold</b></p>three<br>still three<br><br>four</div>').map((b) => b.text)).toEqual([
      'one',
      'two bold',
      'three still three',
      'four',
    ]);
  });

  it('counts link characters and marks blocks begun inside a heading', () => {
    const [h, p] = blocksOf('<h2>Section <a href="/x">title</a></h2><p>Plain text</p>');
    expect(h).toMatchObject({ text: 'Section title', linkChars: 5, heading: true });
    expect(p).toMatchObject({ heading: false, linkChars: 0 });
  });

  it('leaves out scripts, form controls and hidden elements', () => {
    expect(blocksOf('<p>seen</p><script>x()</script><select><option>opt</option></select><p hidden>hidden</p>').map((b) => b.text)).toEqual(
      ['seen'],
    );
  });
});

describe('classifyBlock (context-free)', () => {
  const block = (text: string, linkChars = 0, heading = false) => ({ text, linkChars, heading, nodes: [] });
  it.each<[string, ReturnType<typeof block>, BlockClass]>([
    ['a long paragraph of prose', block(`${STORY[0]} ${STORY[1]}`), 'good'],
    ['a medium paragraph of prose', block(STORY[0]!), 'near-good'],
    ['a short line without links', block('Posted on 14 March'), 'short'],
    ['a short line with a link', block('Read more about it', 4), 'bad'],
    ['a long run of links', block(`${STORY[0]} ${STORY[1]}`, 120), 'bad'],
    ['a footer with a copyright sign', block(`© 2027 The Daily Example. ${STORY[0]} ${STORY[1]}`), 'bad'],
    [
      'a long list of names and numbers (few stopwords)',
      block('Aidan Gantenbein 52.31 Miguel Bernal 488.10 Ben Patton 1:41.22 '.repeat(4)),
      'bad',
    ],
  ])('%s', (_name, b, expected) => expect(classifyBlock(b, EN)).toBe(expected));
});

describe('reviseClasses (by neighbours)', () => {
  const b = (heading = false, length = 50) => ({ text: 'x'.repeat(length), linkChars: 0, heading, nodes: [] });
  it.each<[string, BlockClass[], string[]]>([
    ['a short line between good paragraphs joins them', ['good', 'short', 'good'], ['good', 'good', 'good']],
    ['a short line between bad blocks leaves with them', ['bad', 'short', 'bad'], ['bad', 'bad', 'bad']],
    ['a near-good paragraph beside a good one is good', ['bad', 'near-good', 'good'], ['bad', 'good', 'good']],
    ['a near-good paragraph between bad blocks is bad', ['bad', 'near-good', 'bad'], ['bad', 'bad', 'bad']],
    ['a short line with a near-good one on its bad side is good', ['bad', 'near-good', 'short', 'good'], ['bad', 'good', 'good', 'good']],
    ['a short line between a bad block and a good one is bad', ['bad', 'short', 'good'], ['bad', 'bad', 'good']],
  ])('%s', (_name, initial, expected) =>
    expect(
      reviseClasses(
        initial.map(() => b()),
        initial,
      ),
    ).toEqual(expected),
  );

  it('keeps a short heading that good text follows closely, and drops one far from it', () => {
    const blocks = [b(), b(true), b(false, 300), b(true), b(), b(false, 300), b(false, 300)];
    const initial: BlockClass[] = ['bad', 'short', 'good', 'short', 'bad', 'bad', 'bad'];
    expect(reviseClasses(blocks, initial)).toEqual(['bad', 'good', 'good', 'bad', 'bad', 'bad', 'bad']);
  });
});

describe('classifyPage and goodRoots', () => {
  const classify = (body: string) => {
    const root = parsePage(`<html lang="en"><body>${body}</body></html>`).body!;
    const page = classifyPage(root, 'en');
    return { page, root, text: () => page.blocks.filter((_, i) => page.classes[i] === 'good').map((b) => b.text) };
  };

  it('reads a wire story written one sentence to a paragraph (each under 200 characters) as prose', () => {
    const { text } = classify(`<div>${STORY.map((s) => `<p>${s}</p>`).join('')}</div>`);
    expect(text()).toEqual(STORY);
  });

  it('guard: teaser summaries between linked headlines stay out, however proselike', () => {
    const teasers = STORY.map((s, i) => `<h3><a href="/s${i}">Another story number ${i}</a></h3><p>${s}</p>`).join('');
    expect(classify(`<div>${teasers}</div>`).text()).toEqual([]);
  });

  it('takes a container whose own text is good, leaving out its bad-only parts', () => {
    const { page, root } = classify(
      `<div class="x">${STORY[0]} ${STORY[1]}<div class="y"><a href="/s">Share</a> <a href="/t">Tweet</a></div>${STORY[2]} ${STORY[3]}</div>`,
    );
    const parts = goodRoots(page, root);
    expect(parts.roots.map((r) => r.attribs.class)).toEqual(['x']);
    expect([...parts.skip].map((n) => (n as DomElement).attribs.class)).toEqual(['y']);
  });
});

describe('stoplists', () => {
  it('reads the language a page declares, with a region in either form', () => {
    expect(stoplistForLang('en-GB')?.has('the')).toBe(true);
    expect(stoplistForLang('pt_BR')?.has('que')).toBe(true);
    expect(stoplistForLang('xx')).toBeNull();
    expect(stoplistForLang(null)).toBeNull();
  });

  it("finds the language of undeclared text by its stopwords, and none for words that are nobody's", () => {
    const german = wordsOf(
      'Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen, nachdem die Debatte mehr als vier Stunden gedauert hatte.',
    );
    expect(stopwordDensity(german, likeliestStoplist(german)!)).toBeGreaterThan(0.3);
    expect(likeliestStoplist(german)?.has('und')).toBe(true);
    expect(likeliestStoplist(['xqzt', 'vvbn'])).toBeNull();
  });
});

describe('chooseOpinion', () => {
  const story = STORY.map((s, i) => `${s} (part ${i})`);
  const op = (texts: string[]): Opinion => ({ chars: texts.join(' ').length, runs: wordRuns(texts), bodyRuns: wordRuns(texts) });
  const ownPart = op(story.slice(0, 5)); // Readability's whole story is not long enough beside it to win by length
  const whole = op(story);
  const prose = wordRuns(story);
  const choose = (o: Partial<Parameters<typeof chooseOpinion>[0]>) =>
    chooseOpinion({
      own: ownPart,
      ownSeen: (o.own === undefined ? ownPart : o.own)?.runs ?? new Set(),
      ownWasShort: false,
      readability: null,
      justext: null,
      prose: new Set(),
      ...o,
    });
  it.each<[string, Partial<Parameters<typeof chooseOpinion>[0]>, string]>([
    ['Readability holds ours and adds prose the classifier confirms', { readability: whole, prose }, 'readability'],
    ['... not when the classifier calls what it adds no prose', { readability: whole, prose: wordRuns(story.slice(0, 5)) }, 'own'],
    ['the classifier holds ours and adds a little', { justext: whole, prose }, 'justext'],
    [
      '... not when it is more than twice as long (a discussion it kept)',
      { justext: op([...story, ...story.map((s) => `${s} again`), ...COMMENTS]) },
      'own',
    ],
    [
      'a far longer Readability story without ours, ours being prose',
      { own: op(story.slice(0, 1)), ownWasShort: true, readability: op(COMMENTS), prose },
      'own',
    ],
    [
      'the same when the classifier does not call ours prose (it may be a lead-in)',
      { own: op(story.slice(0, 1)), ownWasShort: true, readability: op(COMMENTS) },
      'readability',
    ],
    ['no story of ours: Readability first', { own: null, readability: whole, justext: whole }, 'readability'],
    ["no story of ours nor Readability's: the classifier's", { own: null, justext: whole }, 'justext'],
  ])('%s', (_name, o, expected) => expect(choose(o)).toBe(expected));
});

describe('the classifier as an opinion on whole pages', () => {
  const URL = 'https://news.example/2027/03/council-budget';

  it('finds the rest of a story that our rules cut at a share bar, where Readability takes the discussion', () => {
    const html = page(
      `<article><h1>Council approves budget</h1><div class="c3">${para(0)}${para(2)}</div></article>${share}<div class="q2">${para(4)}</div>${discussion}`,
    );
    const r = explainExtraction(html, URL);
    expect(r).toMatchObject({ body_source: 'justext', second_opinion: 'short', reason: null });
    expect(r.article?.text).toContain(STORY[4]);
    expect(r.article?.text).not.toContain(COMMENTS[0]);
  });

  it("keeps a short story of ours when Readability's far longer one is the discussion below it", () => {
    const html = page(`<article><h1>Council approves budget</h1><div class="c3">${para(0)}</div></article>${share}${discussion}`);
    const r = explainExtraction(html, URL);
    expect(r).toMatchObject({ body_source: 'own', second_opinion: 'short' });
    expect(r.article?.text).toContain(STORY[0]);
    expect(r.article?.text).not.toContain(COMMENTS[0]);
  });

  it('guard: a sound story is kept without asking anyone (the classifier costs nothing there)', () => {
    const html = page(`<article><h1>Council approves budget</h1>${[0, 1, 2, 3, 4, 5].map(para).join('')}</article>${share}`);
    expect(explainExtraction(html, URL)).toMatchObject({ body_source: 'own', second_opinion: null });
  });

  it("guard: a brief is not lengthened by a standfirst the classifier adds (headings are not the story's text)", () => {
    const dek = `<h2>${STORY[5]}</h2>`;
    const html = page(`<div class="x1"><h1>Council approves budget</h1>${dek}<div class="x2">${para(0)}</div></div>${share}`);
    const r = explainExtraction(html, URL);
    expect(r.body_source).toBe('own');
  });

  it("guard: a newsletter form's terms below the story are not taken for more of it", () => {
    const terms = `<form method="post" action="/subscribe"><div>${para(5)}</div><input type="email"><button>Sign up</button></form>`;
    const html = page(
      `<article><h1>Council approves budget</h1><div class="c3">${para(0)}${para(2)}</div></article>${share}${terms}${discussion}`,
    );
    const r = explainExtraction(html, URL);
    expect(r.body_source).toBe('own');
    expect(r.article?.text).not.toContain(STORY[5]);
  });

  it('says no-prose for a page of links, where the classifier finds no running prose', () => {
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/s${i}">Story number ${i} about the city council and its budget</a></li>`,
    );
    expect(explainExtraction(page(`<ul>${links.join('')}</ul>`), URL)).toMatchObject({ article: null, reason: 'no-prose' });
  });
});
