import fs from 'node:fs';
import { withoutByline } from './lib/byline-removed';
export async function main() {
  const h = withoutByline(fs.readFileSync('/work/shared/corpus/extraction/readability/aktualne.html', 'utf8'), 'Aleš Vávra');
  for (const m of h.matchAll(/.{0,80}(?:Ale|vra|Vra).{0,40}/gu)) console.log(JSON.stringify(m[0]));
}
