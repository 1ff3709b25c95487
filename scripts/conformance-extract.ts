/**
 * Conformance for the extractor, every dev set split into dev and hold-out (sha256(id) starting 0–3):
 * body F1 on scrapinghub and readability (the shared score.mjs), title, byline and date on readability
 * (the shared meta-fair.mjs), attribution fixtures, the probe pages (test/fixtures/probe-pages); how often the Readability second opinion ran and
 * why pages gave no article. Run: npm run conformance:extract [-- --fixtures dir]
 * [-- --perturb no-structured|hashed-classes|no-semantic[,…]] (`--perturb`: the corpora only, each page with
 * one kind of signal taken away, or several kinds joined by commas, applied in order; see scripts/lib/perturb.ts).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { explainExtraction, extractArticle } from '../src/workers/extract';
import { bylineNames } from '../src/workers/extract/person-name';
import type { ExtractOptions, ExtractionReport } from '../src/workers/extract';
import { compareFixture, FIELDS, FixtureExpected } from '../test/unit/extract/fixture-compare';
import { formatBylineScore, scoreAuthors, scoreBylines, scoreDates, scoreHeadlines, scoreNameLists } from './lib/meta-score';
import { parsePerturbations, Perturbation, perturb } from './lib/perturb';
import { dateWithoutOwnDate } from './lib/date-removed';
import { givenWithoutOwnByline } from './lib/byline-removed';
import { CORPUS_DIR, CorpusName, CorpusPage, isHeldOut, loadCorpus } from '../test/unit/extract/corpus';
import { formatTally, loadProbePages, probeGot, scoreProbeSet } from './lib/probe-score';

const OUT_DIR = '.bench';
const FIXTURES = 'test/fixtures/attribution';
const FEED_AUTHOR_LABELS = 'test/fixtures/bylines/feed-authors.json';
const PROBE_DIR = 'test/fixtures/probe-pages';
const PROBE_SETS = ['dev', 'unseen'] as const;
/** Our hand labels per corpus (made by reading the pages; each folder's README says how). */
const labelFile = (kind: 'headlines' | 'bylines' | 'dates', corpus: CorpusName) => `test/fixtures/${kind}/${corpus}.json`;
const SPLITS = ['dev', 'hold-out'] as const;
type Split = (typeof SPLITS)[number];

/** Entry point: `[--fixtures dir]`. */
export async function main(argv: string[]): Promise<void> {
  const fixtures = argValue(argv, '--fixtures') ?? FIXTURES;
  const arg = argValue(argv, '--perturb');
  const kinds = arg === undefined ? undefined : parsePerturbations(arg);
  if (kinds && 'error' in kinds) {
    process.stderr.write(`${kinds.error}\n`);
    process.exitCode = 2;
    return;
  }
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const name of ['scrapinghub', 'readability'] as CorpusName[]) reportCorpus(name, kinds);
  printProbePages(kinds);
  if (kinds) return;
  printAttribution(fixtures);
  printFeedAuthors();
}

/**
 * The probe pages (test/fixtures/probe-pages/README.md): `dev` (rules were fixed on them) and `unseen` (measured, never
 * tuned on), perturbed like the corpora when asked. The dev set's misses are listed one by one.
 */
function printProbePages(kinds: Perturbation[] | undefined): void {
  for (const set of PROBE_SETS) {
    const pages = loadProbePages(path.join(PROBE_DIR, set));
    if (!pages.length) continue;
    const { tally, misses } = scoreProbeSet(pages, (html, url) => probeGot(extractArticle(kinds ? perturb(html, kinds) : html, url)));
    const perturbed = kinds ? `, perturbed: ${kinds.join(', ')}` : '';
    process.stdout.write(`== probe pages, ${set} (${pages.length}, ${PROBE_DIR}/${set})${perturbed}\n  ${formatTally(tally)}\n`);
    if (set === 'dev' && misses.length) process.stdout.write(`  misses:\n    ${misses.join('\n    ')}\n`);
    process.stdout.write('\n');
  }
}

/** The author strings of the feeds corpus, name by name against test/fixtures/bylines/feed-authors.json (a development set). */
function printFeedAuthors(): void {
  const labels = readLabels<{ names: string[] }>(FEED_AUTHOR_LABELS);
  const s = scoreNameLists(labels, (raw) => bylineNames(raw));
  process.stdout.write(
    `\n== feed author strings (${Object.keys(labels).length}, ${FEED_AUTHOR_LABELS})\n  names ${formatBylineScore(s)}\n`,
  );
}

function argValue(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function reportCorpus(name: CorpusName, kinds?: Perturbation[]): void {
  const pages = loadCorpus(name);
  const reports = new Map(pages.map((p) => [p.id, explainExtraction(kinds ? perturb(p.html, kinds) : p.html, p.url)]));
  process.stdout.write(`== ${name} (${pages.length} pages, ${CORPUS_DIR}/${name})${kinds ? `, perturbed: ${kinds.join(', ')}` : ''}\n`);
  for (const split of SPLITS) {
    const part = pages.filter((p) => isHeldOut(p.id) === (split === 'hold-out'));
    const { gtFile, dir, predFile } = writeSplit(name, split, part, reports);
    const body = bodyLine(
      execFileSync(process.execPath, [path.join(CORPUS_DIR, 'score.mjs'), dir, predFile, '--n-bootstrap', '200'], { encoding: 'utf8' }),
    );
    process.stdout.write(`  ${split.padEnd(8)} ${String(part.length).padStart(3)} pages  body ${body}\n`);
    const labels = labelLine(name, part, reports, kinds);
    if (labels) process.stdout.write(`           ${labels}\n`);
    if (name === 'readability') {
      const meta = execFileSync(process.execPath, [path.join(CORPUS_DIR, 'meta-fair.mjs'), gtFile, predFile], { encoding: 'utf8' });
      process.stdout.write(`           ${meta.trim().split('\n').pop()}\n`);
    }
  }
  printReasons(pages, reports);
}

/**
 * The corpus's hand labels (test/fixtures/headlines, bylines, dates: made by reading each page), those
 * that exist; pages labelled synthetic (a library's unit-test page, not a real site) are counted apart.
 */
function labelLine(corpus: CorpusName, part: CorpusPage[], reports: Map<string, ExtractionReport>, kinds?: Perturbation[]): string | null {
  const got = (id: string) => reports.get(id)?.article ?? null;
  const parts: string[] = [];
  const heads = readLabelsIfAny<{ headline: string | null; synthetic?: boolean }>(labelFile('headlines', corpus));
  if (heads) {
    const score = (real: boolean) => {
      const h = scoreHeadlines(
        part
          .filter((p) => p.id in heads && (!real || !heads[p.id]!.synthetic))
          .map((p) => ({ expected: heads[p.id]!.headline, got: got(p.id)?.title ?? null })),
      );
      return `${h.share.toFixed(3)} (${h.right}/${h.stated})`;
    };
    const synthetic = part.some((p) => heads[p.id]?.synthetic);
    parts.push(`headline ${score(false)}${synthetic ? `, real pages ${score(true)}` : ''}`);
  }
  const bylines = readLabelsIfAny<{ byline: string | null; synthetic?: boolean }>(labelFile('bylines', corpus));
  if (bylines) {
    const labelled = part.filter((p) => p.id in bylines);
    const b = scoreBylines(labelled.map((p) => ({ id: p.id, expected: bylines[p.id]!.byline, got: got(p.id)?.byline ?? null })));
    const n = scoreAuthors(labelled.map((p) => ({ id: p.id, expected: bylines[p.id]!.byline, got: got(p.id)?.authors ?? [] })));
    parts.push(`byline ${formatBylineScore(b)}; author names ${formatBylineScore(n)}`);
    const stated = labelled.filter((p) => bylines[p.id]!.byline);
    const given = givenWithoutOwnByline(
      stated,
      (id) => bylines[id]!.byline,
      (html) => (kinds ? perturb(html, kinds) : html),
    ).length;
    parts.push(`own byline taken out: a byline given on ${given}/${stated.length} pages (each names the wrong person)`);
    const real = labelled.filter((p) => !bylines[p.id]!.synthetic);
    if (real.length < labelled.length) {
      const r = scoreBylines(real.map((p) => ({ id: p.id, expected: bylines[p.id]!.byline, got: got(p.id)?.byline ?? null })));
      parts.push(`byline on real pages ${formatBylineScore(r)}`);
    }
  }
  const dates = readLabelsIfAny<{ date: string | null }>(labelFile('dates', corpus));
  if (dates) {
    const d = scoreDates(
      part.filter((p) => p.id in dates).map((p) => ({ id: p.id, expected: dates[p.id]!.date, got: got(p.id)?.published_at ?? null })),
    );
    parts.push(`date (same calendar day) ${formatBylineScore(d)}`);
    const probe = dateWithoutOwnDate(
      part,
      (id) => dates[id]?.date,
      (html) => (kinds ? perturb(html, kinds) : html),
    );
    parts.push(
      `own date taken out: a date of another day given on ${probe.other.length}/${probe.probed} pages (${probe.missed.length} more gave the same day: a form the probe missed)`,
    );
  }
  // The date goes on a line of its own: the first line is long already.
  return parts.length
    ? `labels: ${parts
        .join('; ')
        .replace('; date', ';\n           date')
        .replace('; byline on real', ';\n           byline on real')
        .replace('; own byline', ';\n           own byline')
        .replace('; own date', ';\n           own date')}`
    : null;
}

function readLabelsIfAny<T>(file: string): Record<string, T> | null {
  return fs.existsSync(file) ? readLabels<T>(file) : null;
}

function readLabels<T>(file: string): Record<string, T> {
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { pages: Record<string, T> }).pages;
}

/** "F1 0.971 (P 0.966, R 0.977)" from score.mjs's table. */
function bodyLine(table: string): string {
  const row = table.trim().split('\n')[1] ?? '';
  const nums = [...row.matchAll(/([\d.]+|nan) ± /g)].map((m) => m[1]);
  return `F1 ${nums[0]} (P ${nums[1]}, R ${nums[2]})`;
}

/** A split's ground truth (score.mjs reads <dir>/ground-truth.json) and predictions, under .bench/. */
function writeSplit(
  name: string,
  split: Split,
  part: CorpusPage[],
  reports: Map<string, ExtractionReport>,
): { gtFile: string; dir: string; predFile: string } {
  const dir = path.join(OUT_DIR, `${name}-${split}`);
  fs.mkdirSync(dir, { recursive: true });
  const gtFile = path.join(dir, 'ground-truth.json');
  fs.writeFileSync(gtFile, JSON.stringify(Object.fromEntries(part.map((p) => [p.id, p.truth]))));
  const preds = Object.fromEntries(
    part.map((p) => {
      const a = reports.get(p.id)?.article;
      return [
        p.id,
        { articleBody: a?.text ?? '', headline: a?.title ?? null, byline: a?.byline ?? null, publishedTime: a?.published_at ?? null },
      ];
    }),
  );
  const predFile = path.join(OUT_DIR, `extract-${name}-${split}.json`);
  fs.writeFileSync(predFile, JSON.stringify(preds, null, 1) + '\n');
  return { gtFile, dir, predFile };
}

/** How often the second opinion ran and was used, and why pages gave no article. */
function printReasons(pages: CorpusPage[], reports: Map<string, ExtractionReport>): void {
  const count = (f: (r: ExtractionReport) => string | null): string => {
    const c = new Map<string, number>();
    for (const r of reports.values()) {
      const k = f(r);
      if (k) c.set(k, (c.get(k) ?? 0) + 1);
    }
    return [...c].map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  };
  const asked = [...reports.values()].filter((r) => r.second_opinion).length;
  const used = [...reports.values()].filter((r) => r.body_source === 'readability' || r.body_source === 'justext').length;
  const by = count((r) => (r.body_source === 'readability' || r.body_source === 'justext' ? r.body_source : null));
  process.stdout.write(
    `  second opinion asked on ${asked}/${pages.length} pages (${count((r) => r.second_opinion)}), used on ${used}${used ? ` (${by})` : ''}\n`,
  );
  process.stdout.write(`  no article: ${count((r) => r.reason)}\n\n`);
}

function printAttribution(dir: string): void {
  if (!fs.existsSync(dir)) return void process.stdout.write(`no fixtures at ${dir}\n`);
  const cases = fs
    .readdirSync(dir)
    .filter((c) => fs.existsSync(path.join(dir, c, 'expected.json')))
    .sort();
  process.stdout.write(`== attribution fixtures (${cases.length}, ${dir})\n`);
  const misses: string[] = [];
  for (const split of SPLITS) {
    const part = cases.filter((c) => isHeldOut(c) === (split === 'hold-out'));
    const ok = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<string, number>;
    for (const c of part) {
      const expected = JSON.parse(fs.readFileSync(path.join(dir, c, 'expected.json'), 'utf8')) as FixtureExpected;
      const html = fs.readFileSync(path.join(dir, c, 'page.html'), 'utf8');
      const got = extractArticle(html, expected.url, (expected.options ?? {}) as ExtractOptions);
      for (const [field, pass] of Object.entries(compareFixture(expected, got))) {
        if (pass) ok[field]!++;
        else if (split === 'dev') misses.push(`${c}: ${field}`);
      }
    }
    const cells = FIELDS.map((f) => `${f} ${ok[f]}/${part.length}`).join('  ');
    process.stdout.write(`  ${split.padEnd(8)} ${cells}\n`);
  }
  if (misses.length) process.stdout.write(`  dev misses:\n    ${misses.join('\n    ')}\n`);
}
