// Publication-date accuracy (same UTC day) on readability (publishedTime) and scrapinghub (test/fixtures/dates labels), dev vs hold-out.
// node bin/run-ts.js scripts/dates-eval.ts [--list]   (--list prints dev misses only; NOW=… sets the clock)
import fs from 'node:fs';
import crypto from 'node:crypto';
import { extractArticle } from '../src/workers/extract';
const root = '/work/shared/corpus/extraction';
const NOW = process.env.NOW ?? '2026-12-05T00:00:00Z';
const held = (id: string) => '0123'.includes(crypto.createHash('sha256').update(id, 'utf8').digest('hex')[0]!);
const day = (v: string | null | undefined) => { if (!v || v === 'None') return null; const t = Date.parse(v); return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10); };
const list = process.argv.includes('--list');
function run(set: string, gold: Record<string, { url?: string; date: string | null }>) {
  const r: any = { dev: { ok: 0, n: 0, given: 0, wrongGiven: 0, none: 0, noneGiven: 0 }, hold: { ok: 0, n: 0, given: 0, wrongGiven: 0, none: 0, noneGiven: 0 } };
  for (const [id, g] of Object.entries(gold)) {
    const html = fs.readFileSync(`${root}/${set}/${id}.html`, 'utf8');
    const a = extractArticle(html, g.url ?? 'http://fakehost/test/page.html', { now: NOW });
    const p = day(a?.published_at), e = day(g.date);
    const b = r[held(id) ? 'hold' : 'dev'];
    if (!e) { b.none++; if (p) b.noneGiven++; continue; }
    b.n++; if (p) b.given++;
    if (p === e) b.ok++; else { if (p) b.wrongGiven++; if (list && !held(id)) console.log(`miss ${set} ${id.slice(0, 12)} exp ${e} got ${p} ${g.url ?? ''}`); }
  }
  for (const k of ['dev', 'hold']) { const b = r[k]; console.log(`${set} ${k}: right ${b.ok}/${b.n} = ${(b.ok / (b.n || 1)).toFixed(3)}  coverage ${b.given}/${b.n}  wrong-given ${b.wrongGiven}  (no-date pages ${b.none}, date given on ${b.noneGiven})`); }
}
const rgt = JSON.parse(fs.readFileSync(`${root}/readability/ground-truth.json`, 'utf8'));
const rg: any = {}; for (const [id, g] of Object.entries<any>(rgt)) rg[id] = { url: g.url, date: g.publishedTime === 'None' ? null : g.publishedTime };
run('readability', rg);
const lab = 'test/fixtures/dates/scrapinghub.json';
if (fs.existsSync(lab)) {
  const sgt = JSON.parse(fs.readFileSync(`${root}/scrapinghub/ground-truth.json`, 'utf8'));
  const labels = JSON.parse(fs.readFileSync(lab, 'utf8')).pages as Record<string, { date: string | null }>;
  const sg: any = {}; for (const [id, l] of Object.entries(labels)) sg[id] = { url: sgt[id].url, date: l.date };
  run('scrapinghub', sg);
}
