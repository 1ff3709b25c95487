import fs from 'node:fs';
import { bylineNames } from '../src/workers/extract/person-name';
import { isCommonPhrase } from '../src/workers/extract/name-lexicon';
export async function main() {
  const labels = JSON.parse(fs.readFileSync('test/fixtures/bylines/feed-authors.json', 'utf8'));
  for (const [raw, v] of Object.entries(labels.pages ?? labels) as [string, any][]) {
    if (raw.startsWith('_') || !v.names) continue;
    for (const n of v.names as string[]) if (isCommonPhrase(n.split(/\s+/))) console.log(JSON.stringify(raw), '->', n, bylineNames(raw));
  }
}
