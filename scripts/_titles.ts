import fs from 'node:fs';
import { extractArticle } from '../src/workers/extract';
import * as cheerio from 'cheerio';
const dir = '/work/shared/corpus/extraction/scrapinghub';
const gt = JSON.parse(fs.readFileSync(`${dir}/ground-truth.json`, 'utf8'));
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
let n = 0;
for (const id of Object.keys(gt)) {
  const html = fs.readFileSync(`${dir}/${id}.html`, 'utf8');
  const a = extractArticle(html, gt[id].url) as any;
  const $ = cheerio.load(html);
  const og = $('meta[property="og:title"]').attr('content') ?? '';
  const t = $('title').first().text().trim();
  const h1 = $('h1').map((_, e) => $(e).text().trim().replace(/\s+/g, ' ')).get().slice(0, 3);
  const got = a?.title ?? '';
  if (norm(got) !== norm(og)) { n++; console.log(`${id.slice(0, 8)} GOT: ${got}\n   OG: ${og}\n   T: ${t}\n   H1: ${JSON.stringify(h1)}`); }
}
console.log(n);
