/**
 * Extraction cost on the scrapinghub pages, all in one run: the htmlparser2 parse alone (the floor),
 * Readability on linkedom (the baseline) and extractArticle. Median CPU ms per page
 * (process.cpuUsage around each page), pages per CPU-second, ratios and peak RSS. Each contender is
 * timed page by page in turn with the floor, so load from other processes falls on both alike, and
 * each ratio is taken against the floor measured beside it: on this shared machine a phase timed
 * a minute apart ran up to 1.7 times slower (Readability's ratio to ours read 2.15x and 3.77x in
 * two runs of the same code on 2026-12-07), while each contender's ratio to its own floor held.
 */
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { execFileSync } from 'node:child_process';
import { extractArticle as extractFromSource } from '../src/workers/extract';
import { sharedPath } from '../scripts/shared-path';
import type { ExtractMemory } from './extract-memory';

const DATASET = sharedPath('corpus', 'extraction', 'scrapinghub');
/** Untimed rounds first, so the JIT has compiled the hot paths of all three contenders. */
const WARMUP_ROUNDS = 1;
/** Timed rounds; each page's cost is the median over them. */
const ROUNDS = 3;

interface Page {
  url: string;
  html: string;
}

type Runner = (p: Page) => unknown;

type Extract = typeof extractFromSource;

/**
 * The extractor as production runs it: compiled by `npm run build` into dist/ (plain JavaScript, no tsx loader
 * between modules), or the TypeScript source run through tsx (`--source`). The default is the compiled code: tsx's
 * esbuild output reaches every function imported from another module through getters and names every named closure
 * as it is made (keepNames), costs the production code does not have. Measured on 2026-12-07, the source under tsx
 * took about a fifth more CPU per page than dist/ (4.34 and 4.43 ms against 3.63 and 3.57, runs alternated).
 */
async function extractor(compiled: boolean): Promise<Extract> {
  if (!compiled) return extractFromSource;
  const root = path.join(__dirname, '..');
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], {
    stdio: 'inherit',
  });
  const built = (await import(path.join(root, 'dist/src/workers/extract/index.js'))) as { extractArticle: Extract };
  return built.extractArticle;
}

/** Readability runs last so the others' peak RSS is not linkedom's garbage. */
const runners = (extractArticle: Extract): Record<string, Runner> => ({
  'htmlparser2 parse (floor)': (p) => load(p.html, { xml: { xmlMode: false, decodeEntities: true } }),
  extractArticle: (p) => extractArticle(p.html, p.url),
  'readability + linkedom': (p) => {
    const { document } = parseHTML(p.html);
    return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  },
});

const FLOOR = 'htmlparser2 parse (floor)';

/** Prints the comparison table; exported for bench/index.ts. */
export async function runExtractBench(compiled = true): Promise<void> {
  const contenders = runners(await extractor(compiled));
  console.log(`extractArticle: ${compiled ? 'compiled dist/ (as production runs it)' : 'TypeScript source through tsx'}`);
  const pages = loadPages();
  const others = Object.keys(contenders).filter((n) => n !== FLOOR);
  // one run of the floor beside each contender: the floor's figures are summed page by page in their own list
  const samples = Object.fromEntries(
    others.flatMap((n) => [n, `${FLOOR} beside ${n}`]).map((n) => [n, pages.map((): number[] => [])]),
  ) as Record<string, number[][]>;
  const peakRss: Record<string, number> = {};
  const run = (name: string, p: Page): number => cpuMs(() => contenders[name]!(p));
  // Readability comes last, warmed up only then: its linkedom garbage would be the others' peak RSS.
  for (const name of others) {
    for (let r = 0; r < WARMUP_ROUNDS; r++) for (const p of pages) (run(FLOOR, p), run(name, p));
    for (let r = 0; r < ROUNDS; r++)
      pages.forEach((p, i) => {
        samples[`${FLOOR} beside ${name}`]![i]!.push(run(FLOOR, p));
        samples[name]![i]!.push(run(name, p));
        peakRss[name] = Math.max(peakRss[name] ?? 0, process.memoryUsage().rss);
      });
  }
  const medians = Object.fromEntries(Object.entries(samples).map(([n, perPage]) => [n, median(perPage.map(median))]));
  printTable(pages.length, medians, peakRss);
  printAlone(compiled);
}

/** extractArticle's own peak memory, measured in a fresh process (bench/extract-memory.ts): the comparison above shares one heap. */
function printAlone(compiled: boolean): void {
  const root = path.join(__dirname, '..');
  const out = execFileSync(
    process.execPath,
    [path.join(root, 'bin/run-ts.js'), path.join(root, 'bench/extract-memory.ts'), ...(compiled ? ['--compiled'] : [])],
    { encoding: 'utf8' },
  );
  const m = JSON.parse(out.trim().split('\n').pop()!) as ExtractMemory;
  console.log(
    `  extractArticle alone, own process (${m.pages} pages x 3 rounds, as a worker holds it): peak RSS ${m.peakRssMb} MB ` +
      `(${m.baseRssMb} MB before the first page: Node, modules and the pages' HTML), heap used at the end ${m.heapUsedMb} MB (target < 300 MB)`,
  );
}

function loadPages(): Page[] {
  const gt = JSON.parse(fs.readFileSync(path.join(DATASET, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  return Object.entries(gt).map(([id, { url }]) => ({ url, html: fs.readFileSync(path.join(DATASET, `${id}.html`), 'utf8') }));
}

function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function printTable(n: number, medians: Record<string, number>, peakRss: Record<string, number>): void {
  const floorBeside = (name: string) => medians[`${FLOOR} beside ${name}`]!;
  const ours = medians.extractArticle! / floorBeside('extractArticle');
  const readability = medians['readability + linkedom']! / floorBeside('readability + linkedom');
  console.log(`extraction bench: ${n} scrapinghub pages, median of ${ROUNDS} rounds per page, CPU time`);
  const line = (name: string, ms: number, rss: string) =>
    console.log(`  ${name.padEnd(28)} ${ms.toFixed(2).padStart(7)} ms/page  ${(1000 / ms).toFixed(0).padStart(6)} pages/CPU-s${rss}`);
  for (const name of ['extractArticle', 'readability + linkedom']) {
    line(name, medians[name]!, `  ${((peakRss[name] ?? 0) / 2 ** 20).toFixed(0)} MB peak RSS`);
    line('  parse floor beside it', floorBeside(name), '');
  }
  console.log(`  extractArticle / parse floor:   ${ours.toFixed(2)}x (target <= 2.5x, issue 15)`);
  console.log(
    `  readability / extractArticle:   ${(readability / ours).toFixed(2)}x faster, each against the floor timed beside it ` +
      `(${(medians['readability + linkedom']! / medians.extractArticle!).toFixed(2)}x in raw ms; target >= 3x, issue 15)`,
  );
  console.log(
    `  peak RSS of this process while extractArticle ran (all ${n} pages, and the parse floor's garbage, in one heap): ${((peakRss.extractArticle ?? 0) / 2 ** 20).toFixed(0)} MB`,
  );
}

/** Lets `node bin/run-ts.js bench/extract.ts` run it alone. */
export async function main(argv: string[] = []): Promise<void> {
  await runExtractBench(!argv.includes('--source'));
}
