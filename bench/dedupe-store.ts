/**
 * The store path with de-duplication on Postgres (issue 5): wall time per stored article through
 * buildItem → storeItem (advisory locks, exact checks, band-index lookup, insert, bands, cluster,
 * publish) with `stored` articles already in the index, and what share of it de-duplication costs
 * (fingerprint CPU + candidate lookup, timed separately on the same texts), and this process's CPU per
 * article (wall time on a shared machine is mostly waiting). Own database on
 * 127.0.0.1, dropped afterwards. Run: `node bin/run-ts.js bench/dedupe-store.ts [--stored 2000] [--measured 300]`.
 */
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { buildDeps, closeDeps, type Deps } from '../src/deps';
import { syncSources } from '../src/fetchers/sync-sources';
import { silentLogger } from '../src/log';
import { buildSettings } from '../src/settings';
import { fingerprintText } from '../src/workers/dedupe/fingerprint';
import { findDedupeCandidates } from '../src/workers/dedupe/pg-index';
import { createCorpus, createRng, generateDocument, heavyEdit, lightEdit, renderDocument } from '../test/support/dedupe-generator';
import { DEDUPE_FEEDS_YAML, ingest } from '../test/integration/dedupe-support';

/** The bench's own database; created and dropped by the run, never any other. */
const DB_NAME = 'wireroom_bench_dedupe_store';
const SEED = 20261128;

const out = (line: string) => process.stdout.write(line + '\n');
const progress = (line: string) => {
  if (process.stderr.isTTY) process.stderr.write(`\r${line}   `);
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? NaN;
};

async function admin(statement: string): Promise<void> {
  const c = new Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'postgres' });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

/** Runs the store-path bench and prints medians, p99 and the de-duplication share. */
export async function runDedupeStoreBench(o: { stored?: number; measured?: number } = {}): Promise<void> {
  const stored = o.stored ?? 2000;
  const measured = o.measured ?? 300;
  await admin(`DROP DATABASE IF EXISTS ${DB_NAME}`);
  await admin(`CREATE DATABASE ${DB_NAME}`);
  const env = {
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${DB_NAME}`,
    WIREROOM_DATA_DIR: ':memory:',
    WIREROOM_LOG_LEVEL: 'silent',
    WIREROOM_FEEDS: 'bench-feeds.yaml',
  };
  const deps: Deps = await buildDeps(
    buildSettings(env, () => DEDUPE_FEEDS_YAML),
    { log: silentLogger(), migrate: true },
  );
  try {
    await syncSources(deps);
    const corpus = createCorpus(SEED);
    const rng = createRng(SEED + 1);
    const docs = [];
    for (let i = 0; i < stored; i++) {
      const d = generateDocument(corpus, i % 40, rng, 600);
      docs.push(d);
      await ingest(deps, {
        source: 'wire',
        guid: `o-${i}`,
        link: `https://wire.test/o/${i}`,
        title: `Original ${i}`,
        text: renderDocument(d),
      });
      if (i % 100 === 0) progress(`loading ${i}/${stored}`);
    }
    progress('');
    const store: number[] = [];
    const fp: number[] = [];
    const lookup: number[] = [];
    const cpu: number[] = [];
    let found = 0;
    for (let i = 0; i < measured; i++) {
      const kind = i % 3;
      const original = docs[Math.floor(rng() * docs.length)]!;
      const text =
        kind === 0
          ? renderDocument(generateDocument(corpus, i % 40, rng, 600))
          : kind === 1
            ? lightEdit(corpus, original, rng)
            : heavyEdit(corpus, original, rng).text;
      const t0 = performance.now();
      const f = fingerprintText(text);
      const t1 = performance.now();
      await findDedupeCandidates(deps.db, f.bandKeys);
      const t2 = performance.now();
      const c0 = process.cpuUsage();
      const r = await ingest(deps, {
        source: kind === 0 ? 'rt' : 'city',
        guid: `m-${i}`,
        link: `https://bench.test/m/${i}`,
        title: `Measured ${i}`,
        text,
      });
      const t3 = performance.now();
      const c1 = process.cpuUsage(c0);
      cpu.push((c1.user + c1.system) / 1000);
      fp.push(t1 - t0);
      lookup.push(t2 - t1);
      store.push(t3 - t2);
      if (kind > 0 && r.duplicateOf !== null) found++;
      if (i % 20 === 0) progress(`measuring ${i}/${measured}`);
    }
    progress('');
    const med = (xs: number[]) => pct(xs, 0.5).toFixed(2);
    const p99 = (xs: number[]) => pct(xs, 0.99).toFixed(2);
    out(
      `stored before measuring: ${stored} articles (${stored * 64} band rows); measured: ${measured} (1/3 new stories, 1/3 light copies, 1/3 heavy copies)`,
    );
    out(`store path (entry upsert + buildItem + storeItem transaction), wall ms: median ${med(store)}, p99 ${p99(store)}`);
    out(`  node CPU ms per stored article (this process only; Postgres not included): median ${med(cpu)}, p99 ${p99(cpu)}`);
    out(`  of which fingerprint CPU ms: median ${med(fp)}, p99 ${p99(fp)}; candidate lookup ms: median ${med(lookup)}, p99 ${p99(lookup)}`);
    out(
      `  de-duplication share of the store path (fingerprint + lookup) / store: ${(((pct(fp, 0.5) + pct(lookup, 0.5)) / pct(store, 0.5)) * 100) | 0}% of the median`,
    );
    out(`copies found as duplicates: ${found}/${Math.floor((measured * 2) / 3)}`);
  } finally {
    await closeDeps(deps, 2000);
    await admin(`DROP DATABASE IF EXISTS ${DB_NAME}`);
  }
}

/** Command line: `--stored N --measured M`. */
export async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  await runDedupeStoreBench({ stored: arg('--stored'), measured: arg('--measured') });
}
