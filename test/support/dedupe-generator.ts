/**
 * Deterministic synthetic news-like documents and edited copies for duplicate-detection tests and the
 * bench. Vocabulary: real English function words, pseudo-words with Zipf frequencies, per-topic words and
 * named entities, and stock newsroom phrases shared by every document (so unrelated texts overlap a little,
 * as real ones do).
 */

/** A sentence is a list of words; a paragraph a list of sentences. */
export interface GenDoc {
  readonly topic: number;
  readonly headline: string[];
  readonly paragraphs: string[][][];
}

/** What a heavy edit did, so the bench can report recall per kind of edit. */
export interface HeavyEdit {
  readonly text: string;
  readonly truncated: boolean;
  readonly added: boolean;
  readonly changedShare: number;
}

export type Rng = () => number;

/** mulberry32: small, fast, seedable PRNG (deterministic across runs and platforms). */
export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STOPWORDS = (
  'the of to and a in that is for on it with as was he said by at from his be an have are ' +
  'has but not this they which had were been its who their after will would also more than about there or ' +
  'one new when up into over all we out can no if other some her could only our us two what under while ' +
  'against since before because both during such these them then where those so between how any most very ' +
  'much even just still now last first many including told according'
).split(' ');

const PHRASES = [
  'said in a statement',
  'told reporters on',
  'according to a report by',
  'it was not immediately clear',
  'earlier this month',
  'last year',
  'on Tuesday',
  'on Monday',
  'the ministry said',
  'in an interview with',
  'officials said',
  'declined to comment',
  'a spokesperson for',
  'the report said',
  'local media reported',
  'at a press conference',
  'in recent weeks',
  'the head of',
  'the government said',
  'sources told',
].map((p) => p.split(' '));

const BOILERPLATE = [
  'Source: RT NEWS',
  'Leave a Reply',
  'Read more',
  'Share this:',
  '2 min read',
  'Advertisement',
  'Your email address will not be published. Required fields are marked *',
  'Follow us on Telegram',
  'Copyright © All rights reserved. | All content is copyrighted © 2019-2020 by 247 City News.',
  'Related Posts',
  'Click to share on Facebook (Opens in new window)',
  'Source: Reuters',
];

const SYLLABLES = 'ba ko ri ten mo sal vi dun pe ra lo ne mar tis cor ul fa gen des pro an it ver sta min'.split(' ');

/** Shape of the vocabulary: sizes and the share of each token kind in running text. */
export interface CorpusOptions {
  readonly generalWords: number;
  readonly topics: number;
  readonly wordsPerTopic: number;
  readonly entitiesPerTopic: number;
}

const DEFAULT_CORPUS: CorpusOptions = { generalWords: 20000, topics: 40, wordsPerTopic: 400, entitiesPerTopic: 15 };

/** Token mix of running text (shares of stopword, topic word, general word, entity; the rest are phrases). */
const MIX = { stop: 0.45, topic: 0.28, general: 0.17, entity: 0.05 };

/** Zipf exponent for every vocabulary list (word frequencies in English follow s ≈ 1). */
const ZIPF_S = 1.0;

export interface Corpus {
  readonly general: string[];
  readonly generalCdf: Float64Array;
  readonly topicWords: string[][];
  readonly topicEntities: string[][][];
  readonly stopCdf: Float64Array;
  readonly topicCdf: Float64Array;
}

function zipfCdf(n: number): Float64Array {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + 1, ZIPF_S);
  for (let i = 0; i < n; i++) cdf[i]! /= sum;
  return cdf;
}

function sampleIndex(cdf: Float64Array, rng: Rng): number {
  const x = rng();
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function pick<T>(list: readonly T[], rng: Rng): T {
  return list[Math.floor(rng() * list.length)]!;
}

function pseudoWord(rng: Rng): string {
  const n = 2 + Math.floor(rng() * 3);
  let w = '';
  for (let i = 0; i < n; i++) w += pick(SYLLABLES, rng);
  return w;
}

function capitalize(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Builds the shared vocabulary deterministically from a seed. */
export function createCorpus(seed: number, opts: CorpusOptions = DEFAULT_CORPUS): Corpus {
  const rng = createRng(seed);
  const seen = new Set<string>(STOPWORDS);
  const general: string[] = [];
  while (general.length < opts.generalWords) {
    const w = pseudoWord(rng);
    if (!seen.has(w)) (seen.add(w), general.push(w));
  }
  const topicWords: string[][] = [];
  const topicEntities: string[][][] = [];
  for (let t = 0; t < opts.topics; t++) {
    topicWords.push(Array.from({ length: opts.wordsPerTopic }, () => general[100 + Math.floor(rng() * 8000)]!));
    topicEntities.push(
      Array.from({ length: opts.entitiesPerTopic }, () =>
        rng() < 0.7 ? [capitalize(pseudoWord(rng)), capitalize(pseudoWord(rng))] : [pseudoWord(rng).toUpperCase()],
      ),
    );
  }
  return {
    general,
    generalCdf: zipfCdf(general.length),
    topicWords,
    topicEntities,
    stopCdf: zipfCdf(STOPWORDS.length),
    topicCdf: zipfCdf(opts.wordsPerTopic),
  };
}

/** One token (1–4 words) of running text on a topic. */
function sampleToken(c: Corpus, topic: number, rng: Rng): string[] {
  const x = rng();
  if (x < MIX.stop) return [STOPWORDS[sampleIndex(c.stopCdf, rng)]!];
  if (x < MIX.stop + MIX.topic) return [c.topicWords[topic]![sampleIndex(c.topicCdf, rng)]!];
  if (x < MIX.stop + MIX.topic + MIX.general) return [c.general[sampleIndex(c.generalCdf, rng)]!];
  if (x < MIX.stop + MIX.topic + MIX.general + MIX.entity) return pick(c.topicEntities[topic]!, rng);
  return pick(PHRASES, rng);
}

function sentence(c: Corpus, topic: number, rng: Rng, minWords = 10, maxWords = 28): string[] {
  const len = minWords + Math.floor(rng() * (maxWords - minWords + 1));
  const out: string[] = [];
  while (out.length < len) out.push(...sampleToken(c, topic, rng));
  return out;
}

function paragraph(c: Corpus, topic: number, rng: Rng): string[][] {
  return Array.from({ length: 2 + Math.floor(rng() * 3) }, () => sentence(c, topic, rng));
}

function wordCount(paragraphs: string[][][]): number {
  return paragraphs.reduce((n, p) => n + p.reduce((m, s) => m + s.length, 0), 0);
}

/** A ~`words`-word article on `topic` with a headline. */
export function generateDocument(c: Corpus, topic: number, rng: Rng, words = 600): GenDoc {
  const paragraphs: string[][][] = [];
  while (wordCount(paragraphs) < words) paragraphs.push(paragraph(c, topic, rng));
  return { topic, headline: sentence(c, topic, rng, 7, 13), paragraphs };
}

/** Plain text as an extractor would return it: headline, blank-line separated paragraphs, extra lines. */
export function renderDocument(doc: GenDoc, before: string[] = [], after: string[] = []): string {
  const sent = (s: string[]) => capitalize(s.join(' ')) + '.';
  const body = doc.paragraphs.map((p) => p.map(sent).join(' '));
  return [...before, capitalize(doc.headline.join(' ')), '', ...body.flatMap((p) => [p, '']), ...after].join('\n');
}

function boilerplate(rng: Rng, n: number): string[] {
  return Array.from({ length: n }, () => pick(BOILERPLATE, rng));
}

function cloneParagraphs(doc: GenDoc): string[][][] {
  return doc.paragraphs.map((p) => p.map((s) => [...s]));
}

/** Replaces `count` random words of the paragraphs in place with fresh words on the same topic. */
function substituteWords(c: Corpus, topic: number, paragraphs: string[][][], count: number, rng: Rng): void {
  const sentences = paragraphs.flat();
  for (let i = 0; i < count; i++) {
    const s = pick(sentences, rng);
    s[Math.floor(rng() * s.length)] = sampleToken(c, topic, rng)[0]!;
  }
}

/** Light edit: new headline, 1–5 word substitutions, 1–3 boilerplate lines before and after. */
export function lightEdit(c: Corpus, doc: GenDoc, rng: Rng): string {
  const paragraphs = cloneParagraphs(doc);
  substituteWords(c, doc.topic, paragraphs, 1 + Math.floor(rng() * 5), rng);
  const edited = { ...doc, headline: sentence(c, doc.topic, rng, 7, 13), paragraphs };
  return renderDocument(edited, boilerplate(rng, Math.floor(rng() * 2)), boilerplate(rng, 1 + Math.floor(rng() * 3)));
}

/** Rewrites whole sentences (≈60% of their words replaced) until `target` words changed; returns changes. */
function rewriteSentences(c: Corpus, topic: number, paragraphs: string[][][], target: number, rng: Rng): number {
  const sentences = paragraphs.flat();
  let changed = 0;
  for (let guard = 0; changed < target && guard < sentences.length * 4; guard++) {
    const s = pick(sentences, rng);
    for (let i = 0; i < s.length && changed < target; i++) {
      if (rng() < 0.6) ((s[i] = sampleToken(c, topic, rng)[0]!), changed++);
    }
  }
  return changed;
}

function shuffle<T>(list: T[], rng: Rng): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
}

function truncateTo(paragraphs: string[][][], words: number): string[][][] {
  const out: string[][][] = [];
  let n = 0;
  for (const p of paragraphs) {
    const kept: string[][] = [];
    for (const s of p) if (n < words) (kept.push(s), (n += s.length));
    if (kept.length) out.push(kept);
  }
  return out;
}

/**
 * Heavy edit: 20–30% of words changed (70% of that by sentence rewrites, the rest scattered), paragraphs
 * reordered, then with probability ½ each: truncation to 70% of the words, and 1–2 added paragraphs.
 */
export function heavyEdit(c: Corpus, doc: GenDoc, rng: Rng): HeavyEdit {
  let paragraphs = cloneParagraphs(doc);
  const total = wordCount(paragraphs);
  const changedShare = 0.2 + rng() * 0.1;
  const rewritten = rewriteSentences(c, doc.topic, paragraphs, Math.round(total * changedShare * 0.7), rng);
  substituteWords(c, doc.topic, paragraphs, Math.round(total * changedShare) - rewritten, rng);
  shuffle(paragraphs, rng);
  const truncated = rng() < 0.5;
  if (truncated) paragraphs = truncateTo(paragraphs, Math.round(total * 0.7));
  const added = rng() < 0.5;
  if (added) for (let i = 0, n = 1 + Math.floor(rng() * 2); i < n; i++) paragraphs.push(paragraph(c, doc.topic, rng));
  const edited = { ...doc, headline: sentence(c, doc.topic, rng, 7, 13), paragraphs };
  const text = renderDocument(edited, boilerplate(rng, Math.floor(rng() * 2)), boilerplate(rng, 1 + Math.floor(rng() * 3)));
  return { text, truncated, added, changedShare };
}

/**
 * Hard negative: a different story on the same topic (same vocabulary and named entities) that, half the
 * time, quotes one sentence of the original verbatim, as follow-up stories do.
 */
export function hardNegative(c: Corpus, doc: GenDoc, rng: Rng): string {
  const other = generateDocument(c, doc.topic, rng);
  if (rng() < 0.5) other.paragraphs[0]!.push([...pick(doc.paragraphs.flat(), rng)]);
  return renderDocument(other, [], boilerplate(rng, 1));
}
