/**
 * Counts the imports that cross stage folders of src/ (fetchers, workers, publish; wire and websub were
 * stages of their own until they became fetcher channels, and stay listed so a new folder of that name counts) and
 * lists the folder-level loops, from the relative import paths of every .ts file.
 *   node bin/run-ts.js scripts/stage-imports.ts        counts per direction and the loops
 *   node bin/run-ts.js scripts/stage-imports.ts -v     also every crossing import
 * Imports into policy/, core/, text/, store/ and the top-level modules are not crossings.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The stage folders whose imports of each other are counted. */
const STAGES = ['fetchers', 'workers', 'publish', 'wire', 'websub'];
const SRC = path.resolve(__dirname, '..', 'src');
/** import … from '…', export … from '…', import('…'), require('…') with a relative path. */
const IMPORT_PATH = /(?:from\s+|import\s*\(\s*|require\(\s*)['"](\.[^'"]+)['"]/g;

function tsFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

/** The top folder under src/ that `file` lies in. */
function topFolder(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0] ?? '';
}

/** Every import from one stage folder into another, as [from file, import path, from stage, to stage]. */
export function crossings(): [string, string, string, string][] {
  const out: [string, string, string, string][] = [];
  for (const file of tsFiles(SRC)) {
    const from = topFolder(file);
    if (!STAGES.includes(from)) continue;
    for (const m of fs.readFileSync(file, 'utf8').matchAll(IMPORT_PATH)) {
      const to = topFolder(path.resolve(path.dirname(file), m[1]!));
      if (to !== from && STAGES.includes(to)) out.push([path.relative(SRC, file), m[1]!, from, to]);
    }
  }
  return out;
}

export function main(args: string[]): void {
  const found = crossings();
  const edges = new Map<string, number>();
  for (const [, , from, to] of found) edges.set(`${from} -> ${to}`, (edges.get(`${from} -> ${to}`) ?? 0) + 1);
  console.log(`cross-stage imports: ${found.length}`);
  for (const [edge, n] of [...edges].sort()) console.log(`  ${edge}: ${n}`);
  const loops = [...edges.keys()].filter((e) => {
    const [a, b] = e.split(' -> ');
    return a! < b! && edges.has(`${b} -> ${a}`);
  });
  console.log(`folder-level loops (both directions): ${loops.length ? loops.map((e) => e.replace(' -> ', ' <-> ')).join(', ') : 'none'}`);
  if (args.includes('-v')) for (const [file, spec] of found) console.log(`  ${file} -> ${spec}`);
}
