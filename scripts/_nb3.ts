import fs from 'node:fs';
import { extractArticle } from '../src/workers/extract';
import { loadCorpus, isHeldOut, CorpusName } from '../test/unit/extract/corpus';
import { withoutByline } from './lib/byline-removed';
export async function main() {
  for (const name of ['scrapinghub', 'readability'] as CorpusName[]) {
    const labels = JSON.parse(fs.readFileSync(`test/fixtures/bylines/${name}.json`, 'utf8')).pages;
    for (const p of loadCorpus(name)) {
      if (isHeldOut(p.id) || !labels[p.id]?.byline) continue;
      const a = extractArticle(withoutByline(p.html, labels[p.id].byline), p.url);
      if (a?.byline) console.log(name, p.id, JSON.stringify(labels[p.id].byline), '->', JSON.stringify(a.byline), JSON.stringify(a.authors));
    }
  }
}
