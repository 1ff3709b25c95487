/**
 * The shared extraction corpora (../shared/corpus/extraction beside the clone) for the conformance
 * script and the CI floor test: loading, the dev / hold-out split, and an in-process port of the
 * two scores the floor watches (score.mjs's body shingle F1, meta-fair.mjs's byline agreement).
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../../../src/workers/extract';
import type { ExtractedArticle } from '../../../src/workers/extract';
import { bylineAgrees, isHeldOut } from '../../../scripts/lib/meta-score';

/** The corpus lives beside the repository (CI checks out ../shared next to the clone). */
export const CORPUS_DIR = path.resolve(__dirname, '../../..', '../shared/corpus/extraction');
/** Readability's test pages were saved from this placeholder URL. */
const FAKE_URL = 'http://fakehost/test/page.html';
/** Shingles of this many tokens, as the scrapinghub benchmark's evaluate.py. */
const SHINGLE = 4;

export type CorpusName = 'scrapinghub' | 'readability';

export interface Truth {
  url?: string;
  articleBody: string;
  headline?: string;
  byline?: string;
  publishedTime?: string;
}

export interface CorpusPage {
  id: string;
  html: string;
  url: string;
  truth: Truth;
}

/** True for pages held out of tuning: sha256(id) starts with 0–3 (one rule for every script and test). */
export { isHeldOut };

const loaded = new Map<string, CorpusPage[]>();

/** The pages of one corpus (read once per process); throws with the path when the corpus is not beside the clone. */
export function loadCorpus(name: CorpusName, root = CORPUS_DIR): CorpusPage[] {
  const dir = path.join(root, name);
  const cached = loaded.get(dir);
  if (cached) return cached;
  const pages = readCorpus(dir);
  loaded.set(dir, pages);
  return pages;
}

function readCorpus(dir: string): CorpusPage[] {
  const gtFile = path.join(dir, 'ground-truth.json');
  if (!fs.existsSync(gtFile)) throw new Error(`extraction corpus missing: ${gtFile} (check out ../shared beside the repository)`);
  const gt = JSON.parse(fs.readFileSync(gtFile, 'utf8')) as Record<string, Truth>;
  return Object.entries(gt).map(([id, truth]) => ({
    id,
    truth,
    url: truth.url ?? FAKE_URL,
    html: fs.readFileSync(path.join(dir, `${id}.html`), 'utf8'),
  }));
}

/** Runs the extractor on every page. */
export function extractAll(pages: CorpusPage[]): Map<string, ExtractedArticle | null> {
  return new Map(pages.map((p) => [p.id, extractArticle(p.html, p.url)]));
}

export interface BodyScore {
  f1: number;
  precision: number;
  recall: number;
  pages: number;
}

/** score.mjs's body metric: mean shingle precision and recall over pages, F1 of the two means. */
export function scoreBodies(pairs: Array<[truth: string, predicted: string]>): BodyScore {
  const ps: number[] = [];
  const rs: number[] = [];
  for (const [t, p] of pairs) {
    const [tp, fp, fn] = shingleCounts(t, p);
    if (tp + fp > 0) ps.push(fp === 0 && fn === 0 ? 1 : tp / (tp + fp));
    if (tp + fn > 0) rs.push(fp === 0 && fn === 0 ? 1 : tp / (tp + fn));
  }
  const precision = mean(ps);
  const recall = mean(rs);
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, pages: pairs.length };
}

function shingleCounts(truth: string, predicted: string): [number, number, number] {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const k of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(k) ?? 0;
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  return [tp, fp, fn];
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < last && tokens.length; i++) {
    const key = tokens.slice(i, i + SHINGLE).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

export interface BylineScore {
  /** Right among pages with a gold byline. */
  recall: number;
  /** Right among pages with a gold byline where one was given. */
  precision: number;
  gold: number;
  given: number;
  right: number;
}

/** meta-fair.mjs's byline agreement: prefixes dropped, equal or one containing the other. */
export function scoreBylines(pairs: Array<[gold: string | undefined, got: string | null | undefined]>): BylineScore {
  let gold = 0,
    given = 0,
    right = 0;
  for (const [g, p] of pairs) {
    if (isEmpty(g)) continue;
    gold++;
    if (isEmpty(p)) continue;
    given++;
    if (bylineAgrees(g!, p!)) right++;
  }
  return { gold, given, right, recall: gold ? right / gold : 0, precision: given ? right / given : 0 };
}

function isEmpty(v: string | null | undefined): boolean {
  return v == null || v === '' || v === 'None';
}
