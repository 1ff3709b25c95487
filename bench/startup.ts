/**
 * Start-up time and memory of `wireroom start`, read from its `wireroom started` log line
 * (startup_ms: build Deps + start roles; rss_mb) plus the wall time from spawn to that line:
 * embedded on a fresh data directory, embedded reopening one, and on Postgres + Redis.
 *   node bin/run-ts.js bench/startup.ts [--runs 3]
 * Needs Postgres (TEST_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres) and Redis
 * (TEST_REDIS_URL, default redis://127.0.0.1:6379) for the servers case.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createProgress } from '../src/cli/progress';

const ROOT = path.resolve(__dirname, '..');
const PG_ADMIN = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** A start that takes longer than this is reported as a failure, not waited for. */
const START_TIMEOUT_MS = 60_000;

interface Sample {
  startupMs: number;
  rssMb: number;
  wallMs: number;
}

/** Spawns `wireroom start` in `cwd` with `env`, returns the figures of its started line, stops it. */
async function startOnce(cwd: string, env: Record<string, string>): Promise<Sample> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'wireroom.js'), 'start'], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let buf = '';
  try {
    return await new Promise<Sample>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no "wireroom started" line within ${START_TIMEOUT_MS} ms:\n${buf.slice(-2000)}`)),
        START_TIMEOUT_MS,
      );
      child.stderr.on('data', (d: Buffer) => {
        buf += d.toString('utf8');
        for (const line of buf.split('\n')) {
          if (!line.includes('"wireroom started"')) continue;
          const j = JSON.parse(line) as { startup_ms: number; rss_mb: number };
          clearTimeout(timer);
          resolve({ startupMs: j.startup_ms, rssMb: j.rss_mb, wallMs: Math.round(performance.now() - t0) });
        }
      });
      child.once('exit', (code) => reject(new Error(`wireroom start exited ${code}:\n${buf.slice(-2000)}`)));
    });
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

async function adminQuery(q: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_ADMIN });
  await c.connect();
  try {
    await c.query(q);
  } finally {
    await c.end();
  }
}

export async function runStartupBench(runs = 3): Promise<void> {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'wireroom-startup-'));
  fs.mkdirSync(path.join(base, 'config'));
  fs.writeFileSync(path.join(base, 'config', 'feeds.yaml'), 'sources: []\n');
  const cases: Record<string, Sample[]> = { 'embedded, fresh data dir': [], 'embedded, reopened data dir': [], 'Postgres + Redis': [] };
  const bar = createProgress({ total: runs * 3, label: 'starting wireroom' });
  try {
    for (let i = 0; i < runs; i++) {
      const dir = path.join(base, `data-${i}`);
      cases['embedded, fresh data dir']!.push(await startOnce(base, { WIREROOM_DATA_DIR: dir }));
      bar.tick(1, 'embedded fresh');
      cases['embedded, reopened data dir']!.push(await startOnce(base, { WIREROOM_DATA_DIR: dir }));
      bar.tick(1, 'embedded reopened');
      const db = `wr_bench_startup_${process.pid}_${i}`;
      await adminQuery(`CREATE DATABASE "${db}"`);
      try {
        const url = PG_ADMIN.replace(/\/[^/]*$/, `/${db}`);
        cases['Postgres + Redis']!.push(
          await startOnce(base, {
            DATABASE_URL: url,
            REDIS_URL: REDIS,
            WIREROOM_AUTO_MIGRATE: '1',
            WIREROOM_QUEUE_PREFIX: `bench-startup-${process.pid}-${i}`,
          }),
        );
      } finally {
        await adminQuery(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
      }
      bar.tick(1, 'servers');
    }
  } finally {
    bar.done();
    fs.rmSync(base, { recursive: true, force: true });
  }
  const baseline = median(cases['Postgres + Redis']!.map((s) => s.startupMs));
  process.stdout.write(`median of ${runs} (startup_ms = build Deps + migrate + start roles; wall = spawn to the started line)\n`);
  for (const [name, samples] of Object.entries(cases)) {
    const st = median(samples.map((s) => s.startupMs));
    process.stdout.write(
      `${name.padEnd(28)} startup_ms ${String(st).padStart(5)}  wall_ms ${String(median(samples.map((s) => s.wallMs))).padStart(5)}  rss_mb ${String(median(samples.map((s) => s.rssMb))).padStart(4)}  startup vs servers ×${(st / baseline).toFixed(2)}  [${samples.map((s) => s.startupMs).join(', ')}]\n`,
    );
  }
}

export async function main(argv: string[]): Promise<void> {
  const i = argv.indexOf('--runs');
  await runStartupBench(i >= 0 ? Number(argv[i + 1]) : 3);
}
