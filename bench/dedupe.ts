/**
 * Duplicate-detection bench (issue 5, Measure): precision and recall of MinHash + LSH on light and
 * heavy edits and same-topic hard negatives, against a background index of `docs` stored articles;
 * CPU per article; candidate lookup time; and a 64-bit SimHash baseline over the same shingles.
 * Run: `node bin/run-ts.js bench/dedupe.ts [--docs 1000000] [--eval 2000] [--sweep]`.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_PARAMS, type DedupeParams, type Fingerprint, fingerprintText, shingleHashes } from '../src/workers/dedupe/fingerprint';
import { comparisonWords } from '../src/workers/dedupe/normalize';
import { combine32, mix32 } from '../src/workers/dedupe/hash32';
import { type DedupeCandidate, matchCandidates, NEAR_DUPLICATE_JACCARD } from '../src/workers/dedupe/match';
import { MAX_PER_BAND, MemoryNearDupIndex } from '../src/workers/dedupe/near-dup-index';
import { SELECT_DEDUPE_CANDIDATES, SELECT_DEDUPE_CANDIDATES_UNBOUNDED } from '../src/workers/dedupe/sql';
import { Client } from 'pg';
import {
  type Corpus,
  createCorpus,
  createRng,
  generateDocument,
  hardNegative,
  heavyEdit,
  lightEdit,
  renderDocument,
  type Rng,
} from '../test/support/dedupe-generator';

export interface DedupeBenchOptions {
  /** Background articles stored in the index before the evaluation (default 1,000,000). */
  docs?: number;
  /** Originals evaluated, each with a light copy, a heavy copy and a hard negative (default 2,000). */
  evalDocs?: number;
  /** Also compare shingle sizes and LSH shapes on a smaller index (how the defaults were chosen). */
  sweep?: boolean;
  /** Also load the band keys into Postgres on 127.0.0.1 (own database, dropped afterwards) and time lookups. */
  postgres?: boolean;
}

/** The bench's own database; created and dropped by the run, never any other. */
const PG_DATABASE = 'wireroom_bench_dedupe';
/** Articles per INSERT while loading Postgres (64 rows each). */
const PG_LOAD_BATCH = 2000;
/** Lookups timed against Postgres, each under both query variants. */
const PG_LOOKUPS = 3000;

/** Seeds fixed so every run measures the same documents. */
const CORPUS_SEED = 20261128;
const FILLER_SEED = 7;
const EVAL_SEED = 11;

/** SimHash near-duplicate radius (Manku et al., WWW 2007, used k = 3 for 64-bit fingerprints). */
const SIMHASH_MAX_DISTANCE = 3;

type Kind = 'light' | 'heavy' | 'negative';
interface Query {
  kind: Kind;
  originalId: string;
  text: string;
  variant: string;
}
interface Workload {
  originals: { id: string; text: string }[];
  queries: Query[];
}

interface Stored {
  index: MemoryNearDupIndex;
  byId: Map<string, DedupeCandidate>;
}

const out = (line: string) => process.stdout.write(line + '\n');
const progress = (line: string) => {
  if (process.stderr.isTTY) process.stderr.write(`\r${line}   `);
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
}
function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
}
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

/** Originals with one light copy, one heavy copy and one hard negative each; topics rotate. */
function buildWorkload(c: Corpus, n: number, rng: Rng): Workload {
  const originals: Workload['originals'] = [];
  const queries: Query[] = [];
  for (let i = 0; i < n; i++) {
    const doc = generateDocument(c, i % c.topicWords.length, rng);
    const id = `orig-${i}`;
    originals.push({ id, text: renderDocument(doc) });
    queries.push({ kind: 'light', originalId: id, text: lightEdit(c, doc, rng), variant: 'light' });
    const h = heavyEdit(c, doc, rng);
    const variant = `heavy${h.truncated ? '+trunc' : ''}${h.added ? '+added' : ''}`;
    queries.push({ kind: 'heavy', originalId: id, text: h.text, variant });
    queries.push({ kind: 'negative', originalId: id, text: hardNegative(c, doc, rng), variant: 'negative' });
  }
  return { originals, queries };
}

function store(stored: Stored, id: string, fp: Fingerprint): void {
  stored.index.addSync(id, fp.bandKeys);
  stored.byId.set(id, { itemId: id, hash: fp.hash, signature: fp.signature });
}

/** Fills an index with `n` background articles (fresh documents across all topics); `keysOut` keeps their keys. */
function fillBackground(c: Corpus, n: number, params: DedupeParams, texts?: string[], keysOut?: Float64Array): Stored {
  const stored: Stored = { index: new MemoryNearDupIndex(), byId: new Map() };
  const rng = createRng(FILLER_SEED);
  for (let i = 0; i < n; i++) {
    const text = texts?.[i] ?? renderDocument(generateDocument(c, i % c.topicWords.length, rng));
    const fp = fingerprintText(text, params);
    store(stored, `bg-${i}`, fp);
    keysOut?.set(fp.bandKeys, i * params.bands);
    if (i % 10000 === 0) progress(`background ${i}/${n}`);
  }
  return stored;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  byVariant: Map<string, { hit: number; total: number }>;
}
interface EvalResult {
  tally: Tally;
  fingerprintMs: number[];
  lookupMs: number[];
  matchMs: number[];
  candidatesSeen: number[];
  entriesScanned: number[];
}

function recordVariant(t: Tally, variant: string, hit: boolean): void {
  const v = t.byVariant.get(variant) ?? { hit: 0, total: 0 };
  v.total++;
  if (hit) v.hit++;
  t.byVariant.set(variant, v);
}

/** Runs every query through fingerprint → index lookup → match, timing each step. */
function evaluate(stored: Stored, w: Workload, params: DedupeParams, threshold: number): EvalResult {
  for (const o of w.originals) store(stored, o.id, fingerprintText(o.text, params));
  const r: EvalResult = {
    tally: { tp: 0, fp: 0, fn: 0, byVariant: new Map() },
    fingerprintMs: [],
    lookupMs: [],
    matchMs: [],
    candidatesSeen: [],
    entriesScanned: [],
  };
  for (const q of w.queries) {
    const t0 = performance.now();
    const fp = fingerprintText(q.text, params);
    const t1 = performance.now();
    const ids = stored.index.candidatesSync(fp.bandKeys);
    const t2 = performance.now();
    const verdict = matchCandidates(
      fp,
      ids.map((id) => stored.byId.get(id)!),
      threshold,
    );
    r.matchMs.push(performance.now() - t2);
    r.fingerprintMs.push(t1 - t0);
    r.lookupMs.push(t2 - t1);
    r.candidatesSeen.push(ids.length);
    r.entriesScanned.push(stored.index.entriesFor(fp.bandKeys));
    const claimed = verdict.kind === 'none' ? undefined : verdict.itemId;
    const correct = q.kind !== 'negative' && claimed === q.originalId;
    if (correct) r.tally.tp++;
    else if (claimed !== undefined) r.tally.fp++;
    if (q.kind !== 'negative' && !correct) r.tally.fn++;
    recordVariant(r.tally, q.variant, q.kind === 'negative' ? claimed !== undefined : correct);
  }
  return r;
}

function recallOf(t: Tally, prefix: string): number {
  let hit = 0;
  let total = 0;
  for (const [k, v] of t.byVariant) if (k.startsWith(prefix)) ((hit += v.hit), (total += v.total));
  return total ? hit / total : NaN;
}

const fmt = (x: number, d = 4) => x.toFixed(d);

function report(label: string, r: EvalResult): void {
  const t = r.tally;
  out(
    `${label}: recall light ${fmt(recallOf(t, 'light'))} heavy ${fmt(recallOf(t, 'heavy'))} ` +
      `precision ${fmt(t.tp / Math.max(1, t.tp + t.fp))} (false matches ${t.fp}, negatives matched ${t.byVariant.get('negative')?.hit ?? 0})`,
  );
  for (const [k, v] of [...t.byVariant].sort()) out(`  ${k.padEnd(20)} ${v.hit}/${v.total}`);
  out(
    `  fingerprint ms/article median ${fmt(median(r.fingerprintMs))} p99 ${fmt(quantile(r.fingerprintMs, 0.99))}; ` +
      `lookup ms median ${fmt(median(r.lookupMs))} p99 ${fmt(quantile(r.lookupMs, 0.99))}; ` +
      `match ms median ${fmt(median(r.matchMs))}; candidates (capped) median ${median(r.candidatesSeen)} p99 ${quantile(r.candidatesSeen, 0.99)}; ` +
      `entries sharing a band (uncapped; a lookup reads ≤ ${MAX_PER_BAND}/band) median ${median(r.entriesScanned)} mean ${fmt(mean(r.entriesScanned), 1)} p99 ${quantile(r.entriesScanned, 0.99)} max ${Math.max(...r.entriesScanned)}`,
  );
}

/** 64-bit SimHash over the same shingles (two 32-bit halves), the baseline. */
function simHash64(text: string, n: number): [number, number] {
  const acc = new Int32Array(64);
  for (const h of shingleHashes(comparisonWords(text), n)) {
    const hi = mix32(combine32(h, 0x27d4eb2d));
    for (let b = 0; b < 32; b++) ((acc[b]! += (h >>> b) & 1 ? 1 : -1), (acc[32 + b]! += (hi >>> b) & 1 ? 1 : -1));
  }
  let lo = 0;
  let hi = 0;
  for (let b = 0; b < 32; b++) ((lo |= (acc[b]! > 0 ? 1 : 0) << b), (hi |= (acc[32 + b]! > 0 ? 1 : 0) << b));
  return [lo >>> 0, hi >>> 0];
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** SimHash recall/false matches by brute force over the evaluation originals (an upper bound for any index). */
function simHashBaseline(w: Workload, n: number): void {
  const t0 = performance.now();
  const orig = new Map(w.originals.map((o) => [o.id, simHash64(o.text, n)] as const));
  const perDoc = (performance.now() - t0) / w.originals.length;
  const all = [...orig];
  const hits = new Map<string, { hit: number; total: number }>();
  for (const q of w.queries) {
    const [lo, hi] = simHash64(q.text, n);
    const near = all.filter(([, s]) => popcount32(s[0] ^ lo) + popcount32(s[1] ^ hi) <= SIMHASH_MAX_DISTANCE).map(([id]) => id);
    const hit = q.kind === 'negative' ? near.length > 0 : near.includes(q.originalId);
    const v = hits.get(q.kind) ?? { hit: 0, total: 0 };
    hits.set(q.kind, { hit: v.hit + (hit ? 1 : 0), total: v.total + 1 });
  }
  const line = [...hits].map(([k, v]) => `${k} ${v.hit}/${v.total} (${fmt(v.hit / v.total)})`).join(', ');
  out(
    `baseline SimHash-64 (Hamming ≤ ${SIMHASH_MAX_DISTANCE}, brute force over ${w.originals.length}): ${line}; ${fmt(perDoc)} ms/article`,
  );
}

/** Shapes compared by --sweep: shingle size, signature length and LSH bands × rows. */
const SWEEP: { params: DedupeParams; threshold: number }[] = [
  { params: { shingle: 3, k: 128, bands: 64, rows: 2 }, threshold: 0.15 },
  { params: { shingle: 4, k: 128, bands: 64, rows: 2 }, threshold: 0.12 },
  { params: { shingle: 5, k: 128, bands: 64, rows: 2 }, threshold: 0.1 },
  { params: { shingle: 5, k: 64, bands: 32, rows: 2 }, threshold: 0.1 },
  { params: { shingle: 5, k: 256, bands: 128, rows: 2 }, threshold: 0.1 },
  { params: { shingle: 4, k: 192, bands: 64, rows: 3 }, threshold: 0.12 },
];

/** Background size for --sweep: enough to see candidate growth, small enough to finish in minutes. */
const SWEEP_BACKGROUND = 50000;

function runSweep(c: Corpus, evalDocs: number): void {
  const rng = createRng(FILLER_SEED);
  const texts = Array.from({ length: SWEEP_BACKGROUND }, (_, i) => renderDocument(generateDocument(c, i % c.topicWords.length, rng)));
  for (const { params, threshold } of SWEEP) {
    const stored = fillBackground(c, SWEEP_BACKGROUND, params, texts);
    const r = evaluate(stored, buildWorkload(c, evalDocs, createRng(EVAL_SEED)), params, threshold);
    const perMillion = (mean(r.entriesScanned) * 1_000_000) / SWEEP_BACKGROUND;
    report(
      `sweep n=${params.shingle} k=${params.k} b=${params.bands} r=${params.rows} T=${threshold} bg=${SWEEP_BACKGROUND} (index rows/article ${params.bands})`,
      r,
    );
    out(`  uncapped entries sharing a band, mean, extrapolated linearly to 1M stored: ~${Math.round(perMillion)}`);
  }
}

/** The bench entry point: prints precision/recall, ms per article, lookup time and the SimHash baseline. */
export async function runDedupeBench(opts: DedupeBenchOptions = {}): Promise<void> {
  const docs = opts.docs ?? 1_000_000;
  const evalDocs = opts.evalDocs ?? 2000;
  const c = createCorpus(CORPUS_SEED);
  if (opts.sweep) runSweep(c, Math.min(evalDocs, 1000));
  const params = DEFAULT_PARAMS;
  const t0 = performance.now();
  const keys = opts.postgres ? new Float64Array(docs * params.bands) : undefined;
  const stored = fillBackground(c, docs, params, undefined, keys);
  const fillS = (performance.now() - t0) / 1000;
  progress('');
  out(
    `dedupe bench: ${docs} background articles stored in ${fmt(fillS, 1)} s (${fmt((fillS * 1000) / Math.max(1, docs))} ms/article incl. generation); ` +
      `${stored.index.size} band entries; heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB`,
  );
  const w = buildWorkload(c, evalDocs, createRng(EVAL_SEED));
  const r = evaluate(stored, w, params, NEAR_DUPLICATE_JACCARD);
  report(`MinHash n=${params.shingle} k=${params.k} b=${params.bands} r=${params.rows} T=${NEAR_DUPLICATE_JACCARD}`, r);
  simHashBaseline(w, params.shingle);
  if (keys) await postgresLookupBench(keys, docs, w, params);
}

/** CLI: `node bin/run-ts.js bench/dedupe.ts [--docs N] [--eval N] [--sweep]`. */
export async function main(argv: string[]): Promise<void> {
  const num = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  await runDedupeBench({
    docs: num('--docs'),
    evalDocs: num('--eval'),
    sweep: argv.includes('--sweep'),
    postgres: argv.includes('--postgres'),
  });
}

const pgClient = (database: string) => new Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database });

/** Loads background + evaluation band keys into `dedupe_bands` (unlogged for load speed; reads are the same). */
async function loadPostgres(db: Client, keys: Float64Array, docs: number, w: Workload, params: DedupeParams): Promise<void> {
  await db.query('CREATE UNLOGGED TABLE dedupe_bands (band_key bigint NOT NULL, item_id bigint NOT NULL)');
  const insert = 'INSERT INTO dedupe_bands SELECT * FROM unnest($1::bigint[], $2::bigint[])';
  for (let start = 0; start < docs; start += PG_LOAD_BATCH) {
    const end = Math.min(docs, start + PG_LOAD_BATCH);
    const ids: number[] = [];
    for (let i = start; i < end; i++) for (let b = 0; b < params.bands; b++) ids.push(i + 1);
    await db.query(insert, [Array.from(keys.subarray(start * params.bands, end * params.bands)), ids]);
    progress(`postgres load ${end}/${docs}`);
  }
  const orig = w.originals.map((o, j) => ({ id: docs + 1 + j, keys: fingerprintText(o.text, params).bandKeys }));
  await db.query(insert, [orig.flatMap((o) => o.keys), orig.flatMap((o) => o.keys.map(() => o.id))]);
  await db.query("SET maintenance_work_mem = '1GB'");
  await db.query(
    'DELETE FROM dedupe_bands a USING dedupe_bands b WHERE a.ctid < b.ctid AND a.band_key = b.band_key AND a.item_id = b.item_id',
  );
  await db.query('ALTER TABLE dedupe_bands ADD PRIMARY KEY (band_key, item_id)');
  await db.query('VACUUM ANALYZE dedupe_bands');
}

/** Named prepared statements (planned once per connection, as a worker would run them). */
const PG_VARIANTS = [
  { name: 'bounded', text: SELECT_DEDUPE_CANDIDATES },
  { name: 'unbounded', text: SELECT_DEDUPE_CANDIDATES_UNBOUNDED },
] as const;

/** Times every query under both variants, alternating which runs first so cache warming favours neither. */
async function timeQueries(db: Client, queries: number[][]): Promise<number[][]> {
  const ms: number[][] = PG_VARIANTS.map(() => []);
  for (const [i, q] of queries.entries()) {
    for (const v of i % 2 ? [1, 0] : [0, 1]) {
      const t0 = performance.now();
      await db.query({ name: PG_VARIANTS[v]!.name, text: PG_VARIANTS[v]!.text, values: [q] });
      ms[v]!.push(performance.now() - t0);
    }
  }
  return ms;
}

/** Times candidate lookups in real Postgres with `docs` + evaluation articles stored; drops its database after. */
async function postgresLookupBench(keys: Float64Array, docs: number, w: Workload, params: DedupeParams): Promise<void> {
  const admin = pgClient('postgres');
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${PG_DATABASE}`);
  await admin.query(`CREATE DATABASE ${PG_DATABASE}`);
  const db = pgClient(PG_DATABASE);
  try {
    await db.connect();
    const t0 = performance.now();
    await loadPostgres(db, keys, docs, w, params);
    const size = await db.query(
      "SELECT pg_size_pretty(pg_total_relation_size('dedupe_bands')) AS s, (SELECT count(*) FROM dedupe_bands) AS n",
    );
    out(`postgres: ${size.rows[0].n} band rows, ${size.rows[0].s} with index, loaded in ${fmt((performance.now() - t0) / 1000, 1)} s`);
    const queries = w.queries.slice(0, PG_LOOKUPS).map((q) => fingerprintText(q.text, params).bandKeys);
    await timeQueries(db, queries.slice(0, 200));
    const [bounded = [], unbounded = []] = await timeQueries(db, queries);
    out(
      `postgres lookup ms (wall, incl. loopback round trip, ${queries.length} lookups each, interleaved): ` +
        `bounded (LATERAL, ${MAX_PER_BAND}/key) median ${fmt(median(bounded))} p99 ${fmt(quantile(bounded, 0.99))}; ` +
        `unbounded = ANY median ${fmt(median(unbounded))} p99 ${fmt(quantile(unbounded, 0.99))} (ratio of medians ${fmt(median(unbounded) / median(bounded), 2)})`,
    );
  } finally {
    await db.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${PG_DATABASE}`);
    await admin.end();
  }
}
