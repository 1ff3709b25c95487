/**
 * Conformance for the extractor: body F1 on the scrapinghub benchmark (predictions written to
 * .bench/extract-predictions.json and scored by the shared score.mjs) and attribution accuracy on
 * test/fixtures/attribution. Run: node bin/run-ts.js scripts/conformance-extract.ts
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../src/workers/extract';
import type { ExtractOptions } from '../src/workers/extract';
import { compareFixture, FIELDS, FixtureExpected } from '../test/unit/extract/fixture-compare';
import { sharedPath } from './shared-path';

const CORPUS = sharedPath('corpus', 'extraction');
const DATASET = path.join(CORPUS, 'scrapinghub');
const OUT_DIR = '.bench';
const PREDICTIONS = path.join(OUT_DIR, 'extract-predictions.json');
const FIXTURES = 'test/fixtures/attribution';

/** Entry point: `[--dataset dir] [--fixtures dir]`. */
export async function main(argv: string[]): Promise<void> {
  const dataset = argValue(argv, '--dataset') ?? DATASET;
  const fixtures = argValue(argv, '--fixtures') ?? FIXTURES;
  writePredictions(dataset);
  const table = execFileSync(process.execPath, [path.join(CORPUS, 'score.mjs'), dataset, PREDICTIONS], { encoding: 'utf8' });
  process.stdout.write(table);
  const f1 = /extract-predictions\s+([\d.]+)\s±/.exec(table)?.[1];
  process.stdout.write(`body F1 (scrapinghub, ${countIds(dataset)} pages): ${f1 ?? '?'}\n\n`);
  printAttribution(fixtures);
}

function argValue(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function countIds(dataset: string): number {
  return Object.keys(JSON.parse(fs.readFileSync(path.join(dataset, 'ground-truth.json'), 'utf8')) as object).length;
}

function writePredictions(dataset: string): void {
  const gt = JSON.parse(fs.readFileSync(path.join(dataset, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  const out: Record<string, { articleBody: string; headline: string | null; author: string | null }> = {};
  for (const [id, { url }] of Object.entries(gt)) {
    const html = fs.readFileSync(path.join(dataset, `${id}.html`), 'utf8');
    const a = extractArticle(html, url);
    out[id] = { articleBody: a?.text ?? '', headline: a?.title ?? null, author: a?.byline ?? null };
  }
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(PREDICTIONS, JSON.stringify(out, null, 1) + '\n');
}

function printAttribution(dir: string): void {
  if (!fs.existsSync(dir)) return void process.stdout.write(`no fixtures at ${dir}\n`);
  const cases = fs.readdirSync(dir).filter((c) => fs.existsSync(path.join(dir, c, 'expected.json'))).sort();
  const ok = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<string, number>;
  const misses: string[] = [];
  for (const c of cases) {
    const expected = JSON.parse(fs.readFileSync(path.join(dir, c, 'expected.json'), 'utf8')) as FixtureExpected;
    const html = fs.readFileSync(path.join(dir, c, 'page.html'), 'utf8');
    const got = extractArticle(html, expected.url, (expected.options ?? {}) as ExtractOptions);
    for (const [field, pass] of Object.entries(compareFixture(expected, got))) {
      if (pass) ok[field]!++;
      else misses.push(`${c}: ${field}`);
    }
  }
  process.stdout.write(`attribution accuracy over ${cases.length} fixtures (${dir}):\n`);
  for (const f of FIELDS) process.stdout.write(`  ${f.padEnd(16)} ${((100 * ok[f]!) / Math.max(1, cases.length)).toFixed(1)}%  (${ok[f]}/${cases.length})\n`);
  if (misses.length) process.stdout.write(`misses:\n  ${misses.join('\n  ')}\n`);
}
