/**
 * Title and byline figures, dev and hold-out apart: Mozilla's readability pages (their ground truth)
 * and the scrapinghub pages (labels in test/fixtures/bylines/scrapinghub.json).
 *   node bin/run-ts.js scripts/score-bylines.ts [--corpus <dir>] [--list]   (--list: dev misses only)
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../src/workers/extract';
import { BylineCase, bylineAgrees, formatBylineScore, isHeldOut, scoreBylines, titleAgrees } from './lib/meta-score';

const DEFAULT_CORPUS = path.resolve(__dirname, '../../shared/corpus/extraction');
const LABELS = path.resolve(__dirname, '../test/fixtures/bylines/scrapinghub.json');

interface Run {
  bylines: BylineCase[];
  titles: Array<{ id: string; ok: boolean; expected: string; got: string | null }>;
}

function empty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || v === 'None';
}

function runReadability(dir: string): Run {
  const gt = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url?: string; headline?: string; byline?: string }
  >;
  const run: Run = { bylines: [], titles: [] };
  for (const [id, g] of Object.entries(gt)) {
    const a = extractArticle(fs.readFileSync(path.join(dir, `${id}.html`), 'utf8'), g.url ?? 'http://fakehost/test/page.html');
    // Readability's truth leaves a byline out where it found none, not where the page has none: those pages are not scored.
    if (!empty(g.byline)) run.bylines.push({ id, expected: g.byline!, got: a?.byline ?? null });
    if (!empty(g.headline))
      run.titles.push({ id, ok: titleAgrees(g.headline!, a?.title ?? null), expected: g.headline!, got: a?.title ?? null });
  }
  return run;
}

function runScrapinghub(dir: string): Run {
  const gt = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  const labels = fs.existsSync(LABELS)
    ? (JSON.parse(fs.readFileSync(LABELS, 'utf8')) as { pages: Record<string, { byline: string | null }> }).pages
    : {};
  const run: Run = { bylines: [], titles: [] };
  for (const [id, label] of Object.entries(labels)) {
    const a = extractArticle(fs.readFileSync(path.join(dir, `${id}.html`), 'utf8'), gt[id]?.url ?? 'http://fakehost/');
    run.bylines.push({ id, expected: label.byline, got: a?.byline ?? null });
  }
  return run;
}

function report(name: string, run: Run, list: boolean): void {
  for (const [split, held] of [
    ['dev', false],
    ['hold-out', true],
  ] as const) {
    const bylines = run.bylines.filter((c) => isHeldOut(c.id) === held);
    const titles = run.titles.filter((t) => isHeldOut(t.id) === held);
    const title = titles.length
      ? ` title ${(titles.filter((t) => t.ok).length / titles.length).toFixed(3)} (${titles.filter((t) => t.ok).length}/${titles.length})`
      : '';
    console.log(`${name} ${split}: byline ${formatBylineScore(scoreBylines(bylines))}${title}`);
    if (!list || held) continue;
    for (const c of bylines)
      if ((c.got || c.expected) && !(c.expected && bylineAgrees(c.expected, c.got)))
        console.log(`  byline ${c.id}: expected ${JSON.stringify(c.expected)} got ${JSON.stringify(c.got)}`);
    for (const t of titles) if (!t.ok) console.log(`  title ${t.id}: expected ${JSON.stringify(t.expected)} got ${JSON.stringify(t.got)}`);
  }
}

/** Entry point (bin/run-ts.js calls it). */
export function main(args: string[]): void {
  const i = args.indexOf('--corpus');
  const corpus = i >= 0 ? path.resolve(args[i + 1]!) : DEFAULT_CORPUS;
  const list = args.includes('--list');
  report('readability', runReadability(path.join(corpus, 'readability')), list);
  report('scrapinghub', runScrapinghub(path.join(corpus, 'scrapinghub')), list);
}
