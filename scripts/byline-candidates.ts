/**
 * Prints, per page, what a person labelling bylines needs: the extractor's byline, the JSON-LD and
 * meta authors, the byline/author elements (document order, [position]; h1 positions) and "By X"
 * lines of the HTML; the extractor's answer is hidden on held-out pages (no tuning on their misses). Used to label test/fixtures/bylines/scrapinghub.json by hand.
 *   node bin/run-ts.js scripts/byline-candidates.ts <corpus dir> [id ...]   (no ids: every page)
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../src/workers/extract';
import { parsePage } from '../src/workers/extract/parse';
import { collectFacts } from '../src/workers/extract/collect';
import { readJsonLd } from '../src/workers/extract/jsonld';
import { rawText } from '../src/workers/extract/dom';
import { cleanText } from '../src/workers/extract/text';
import { isHeldOut } from './lib/meta-score';

const META_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'og:site_name'];
/** "By X Y" / "Von X" / "Par X" lines in the markup. */
const BY_LINE = /(?:^|>)\s*((?:By|BY|by|Von|von|Par|par|Por|por|Door|Av|Autor:?|Text:?|Posted by|Written by)\s+[^<\n]{3,50})/g;
const MAX_ELEMENTS = 6;
const MAX_CHARS = 70;

function describe(dir: string, id: string, url: string): string[] {
  const html = fs.readFileSync(path.join(dir, `${id}.html`), 'utf8');
  const facts = collectFacts(parsePage(html).root);
  const ld = readJsonLd(facts.jsonLd);
  const got = extractArticle(html, url);
  const meta = META_KEYS.filter((k) => facts.meta.get(k)).map((k) => `${k}=${facts.meta.get(k)!.slice(0, MAX_CHARS)}`);
  const out = [
    `== ${id} ${url}`,
    `  out=${isHeldOut(id) ? '(held out)' : JSON.stringify(got?.byline ?? null)} ld=${JSON.stringify(ld?.authors ?? null)} meta=${JSON.stringify(meta)} h1@${facts.h1.map((h) => facts.order.get(h)).join(',')}`,
  ];
  for (const el of facts.bylines.slice(0, MAX_ELEMENTS))
    out.push(`  [${facts.order.get(el)}] ${JSON.stringify(cleanText(rawText(el)).slice(0, MAX_CHARS))}`);
  const lines = [...html.matchAll(BY_LINE)].map((m) => cleanText(m[1]!)).slice(0, 3);
  if (lines.length) out.push(`  by-lines: ${JSON.stringify(lines)}`);
  return out;
}

/** Entry point (bin/run-ts.js calls it). */
export function main(args: string[]): void {
  const [dir, ...ids] = args;
  if (!dir) throw new Error('usage: byline-candidates.ts <corpus dir> [id ...]');
  const gt = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  for (const id of ids.length ? ids : Object.keys(gt).sort())
    process.stdout.write(describe(dir, id, gt[id]?.url ?? 'http://fakehost/').join('\n') + '\n');
}
