import fs from 'node:fs';
import { extractArticle } from '../src/workers/extract';
import { loadCorpus, isHeldOut, CorpusName } from '../test/unit/extract/corpus';
import { bylineAgrees } from './lib/meta-score';
import { perturb, parsePerturbations, Perturbation } from './lib/perturb';

export async function main(argv: string[]): Promise<void> {
  const kinds = argv[0] && argv[0] !== 'plain' ? (parsePerturbations(argv[0]) as Perturbation[]) : undefined;
  for (const name of ['scrapinghub', 'readability'] as CorpusName[]) {
    const labels = JSON.parse(fs.readFileSync(`test/fixtures/bylines/${name}.json`, 'utf8')).pages as Record<string, { byline: string | null; synthetic?: boolean }>;
    for (const p of loadCorpus(name)) {
      if (isHeldOut(p.id) || !(p.id in labels)) continue;
      const a = extractArticle(kinds ? perturb(p.html, kinds) : p.html, p.url);
      const exp = labels[p.id]!.byline;
      const got = a?.byline ?? null;
      const ok = exp ? bylineAgrees(exp, got) : !got;
      if (!ok) console.log(`${got ? (exp ? 'WRONG' : 'SPURIOUS') : 'MISS'}\t${name}/${p.id}\texp=${JSON.stringify(exp)}\tgot=${JSON.stringify(got)}`);
    }
  }
}
