/**
 * A login flood against one serve process: `--logins` (default 30) wrong passwords at once from
 * different addresses, through Fastify inject on the embedded database. Prints the answers by
 * status, the median and slowest time of the evaluated (401) and the turned-away (503) replies,
 * and the process's peak RSS above its idle level, against one lone login measured in the same
 * run (the baseline: one scrypt). Run: `node bin/run-ts.js bench/login-flood.ts [--logins 30]`.
 */
import { performance } from 'node:perf_hooks';
import { insertUser } from '../src/auth/users';
import { buildDeps, closeDeps } from '../src/deps';
import { silentLogger } from '../src/log';
import { buildServer } from '../src/server';
import { buildSettings } from '../src/settings';

const out = (line: string) => process.stdout.write(line + '\n');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Runs the flood and prints its figures. */
export async function runLoginFloodBench(o: { logins?: number } = {}): Promise<void> {
  const logins = o.logins ?? 30;
  const env = { WIREROOM_DATA_DIR: ':memory:', WIREROOM_LOG_LEVEL: 'silent', WIREROOM_FEEDS: 'bench.yaml' };
  const deps = await buildDeps(
    buildSettings(env, () => 'sources: []\n'),
    { log: silentLogger(), migrate: true },
  );
  const app = await buildServer(deps);
  try {
    await insertUser(deps.db, 'bench-user', 'editor', 'correct horse battery');
    const login = async (i: number) => {
      const t0 = performance.now();
      const r = await app.inject({
        method: 'POST',
        url: '/editor/login',
        remoteAddress: `10.1.${Math.floor(i / 250)}.${(i % 250) + 1}`,
        payload: { username: `flood${i}`, password: 'wrong password' },
      });
      return { status: r.statusCode, ms: performance.now() - t0 };
    };
    const lone = await login(-1);
    global.gc?.();
    const idle = process.memoryUsage().rss;
    let peak = idle;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const replies = await Promise.all(Array.from({ length: logins }, (_, i) => login(i)));
    clearInterval(sampler);
    const by = (status: number) => replies.filter((r) => r.status === status).map((r) => r.ms);
    const statuses = [...new Set(replies.map((r) => r.status))].sort();
    out(`one lone login (baseline, one scrypt): ${lone.ms.toFixed(0)} ms`);
    out(`${logins} at once: ${statuses.map((s) => `${by(s).length}× ${s}`).join(', ')}`);
    for (const s of statuses)
      out(
        `  ${s}: median ${median(by(s)).toFixed(0)} ms, slowest ${Math.max(...by(s)).toFixed(0)} ms (${(Math.max(...by(s)) / lone.ms).toFixed(1)}× one login)`,
      );
    out(`peak RSS ${mb(peak)}, ${mb(peak - idle)} above idle`);
  } finally {
    await app.close();
    await closeDeps(deps, 2000);
  }
}

/** Command line: `--logins N`. */
export async function main(argv: string[]): Promise<void> {
  const i = argv.indexOf('--logins');
  await runLoginFloodBench({ logins: i >= 0 ? Number(argv[i + 1]) : undefined });
}
