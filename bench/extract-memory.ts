/**
 * Peak memory of extractArticle alone, as an extraction worker holds it: a fresh Node process that loads the
 * scrapinghub pages, extracts each of them ROUNDS times, and reports its peak RSS (the kernel's maxRSS) and its V8
 * heap at the end. Run by bench/extract.ts as a child, so that neither the parse floor's trees nor Readability's
 * linkedom documents, which the comparison keeps in the parent, count here. `--compiled` loads dist/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sharedPath } from '../scripts/shared-path';
import { extractArticle as fromSource } from '../src/workers/extract';

const DATASET = sharedPath('corpus', 'extraction', 'scrapinghub');
const ROUNDS = 3;

export interface ExtractMemory {
  pages: number;
  /** Peak resident set of the process, MB (process.resourceUsage().maxRSS). */
  peakRssMb: number;
  /** The same process before any extraction: Node, the modules and the pages' HTML. */
  baseRssMb: number;
  heapUsedMb: number;
}

type Extract = (html: string, url: string) => unknown;

async function load(compiled: boolean): Promise<Extract> {
  if (!compiled) return fromSource;
  const built = (await import(path.join(__dirname, '..', 'dist/src/workers/extract/index.js'))) as { extractArticle: Extract };
  return built.extractArticle;
}

/** Measures in this process; call it in a fresh one (bench/extract.ts spawns `main`). */
export async function measureExtractMemory(compiled: boolean): Promise<ExtractMemory> {
  const extractArticle = await load(compiled);
  const gt = JSON.parse(fs.readFileSync(path.join(DATASET, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  const pages = Object.entries(gt).map(([id, { url }]) => ({ url, html: fs.readFileSync(path.join(DATASET, `${id}.html`), 'utf8') }));
  const mb = (kb: number) => Math.round(kb / 1024);
  const baseRssMb = mb(process.resourceUsage().maxRSS);
  for (let r = 0; r < ROUNDS; r++) for (const p of pages) extractArticle(p.html, p.url);
  return {
    pages: pages.length,
    baseRssMb,
    peakRssMb: mb(process.resourceUsage().maxRSS),
    heapUsedMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
  };
}

/** Child entry: prints the figures as one JSON line. */
export async function main(argv: string[] = []): Promise<void> {
  process.stdout.write(JSON.stringify(await measureExtractMemory(argv.includes('--compiled'))) + '\n');
}
