import fs from 'node:fs';
import * as cheerio from 'cheerio';
import { extractArticle } from '../src/workers/extract';
import { loadCorpus, isHeldOut, CorpusName } from '../test/unit/extract/corpus';
import { bylineNames } from '../src/workers/extract/person-name';
import { perturb } from './lib/perturb';

/** The page with the labelled author's names removed from every text node and attribute value. */
function dropNames(html: string, names: string[]): string {
  const $ = cheerio.load(html);
  const words = names.flatMap((n) => [n, n.toUpperCase(), ...n.split(/\s+/).filter((w) => w.length > 2)]);
  const res = words.map((w) => new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'));
  $('*').contents().each((_, n) => {
    if (n.type === 'text') {
      let t = (n as any).data as string;
      for (const re of res) t = t.replace(re, '');
      (n as any).data = t;
    }
  });
  $('*').each((_, el) => {
    for (const [k, v] of Object.entries((el as any).attribs ?? {})) {
      let t = v as string;
      for (const re of res) t = t.replace(re, '');
      (el as any).attribs[k] = t;
    }
  });
  return $.html();
}

export async function main(argv: string[]): Promise<void> {
  const heldOut = argv.includes('--hold-out-count');
  let given = 0, total = 0;
  for (const name of ['scrapinghub', 'readability'] as CorpusName[]) {
    const labels = JSON.parse(fs.readFileSync(`test/fixtures/bylines/${name}.json`, 'utf8')).pages as Record<string, { byline: string | null; synthetic?: boolean }>;
    for (const p of loadCorpus(name)) {
      if (isHeldOut(p.id) !== heldOut || !(p.id in labels)) continue;
      const exp = labels[p.id]!.byline;
      if (!exp) continue;
      const names = exp.split(/,\s*/);
      const html = perturb(dropNames(p.html, names), argv.includes('--keep-structured') ? [] : ['no-structured']);
      const a = extractArticle(html, p.url);
      total++;
      if (a?.byline) {
        given++;
        if (!heldOut) console.log(`GIVEN\t${name}/${p.id}\texp=${JSON.stringify(exp)}\tgot=${JSON.stringify(a.byline)}`);
      }
    }
  }
  console.log(`${heldOut ? 'hold-out' : 'dev'}: bylines given on ${given}/${total} pages whose own byline was removed`);
}
export function dump(id: string, corpus: CorpusName, needle: string): void {
  const labels = JSON.parse(fs.readFileSync(`test/fixtures/bylines/${corpus}.json`, 'utf8')).pages;
  const p = loadCorpus(corpus).find((x) => x.id === id)!;
  const html = perturb(dropNames(p.html, labels[id].byline.split(/,\s*/)), ['no-structured']);
  let i = html.indexOf(needle);
  while (i >= 0) { console.log('---', html.slice(Math.max(0, i - 700), i + 200).replace(/\s+/g, ' ')); i = html.indexOf(needle, i + 1); }
}
