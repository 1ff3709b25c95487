/**
 * `wireroom doctor`: checks the configuration, the database and its migrations, Redis, and one
 * sample fetch, and prints each with OK or what is wrong and how to fix it. Exit 1 when a check
 * fails; warnings (a database another wireroom holds, Redis not set) do not fail.
 */
import fs from 'node:fs';
import path from 'node:path';
import IORedis from 'ioredis';
import type { Kysely } from 'kysely';
import { openDatabase, redactUrl } from '../../db/connect';
import { pendingMigrations } from '../../db/migrate';
import { errorCode, errorMessage, UserError } from '../errors';
import { parseFeedAsync } from '../fetchers/parse';
import { createHttpClient } from '../http/client';
import { loadSettings, type Settings } from '../settings';
import { planHealth } from '../publish/api/health-plan';
import { countFeeds } from '../publish/api/health-routes';

/** Redis and the sample fetch each get this long before they count as not answering. */
const CHECK_TIMEOUT_MS = 5000;

export type CheckStatus = 'ok' | 'warn' | 'fail' | 'skip';
export interface DoctorCheck {
  name: string;
  status: CheckStatus;
  detail: string;
  /** What to do about it (fail and warn). */
  fix?: string;
}

/** Runs every check (`env` defaults to the process's); never throws. `url` replaces the first configured feed. */
export async function runDoctor(opts: { url?: string } = {}, env?: Record<string, string | undefined>): Promise<DoctorCheck[]> {
  let settings: Settings;
  try {
    settings = loadSettings(env);
  } catch (err) {
    const problems =
      err instanceof UserError
        ? err.message
            .split('\n')
            .slice(1)
            .map((l) => l.replace(/^\s*-\s*/, ''))
        : [errorMessage(err)];
    const skip = (name: string): DoctorCheck => ({ name, status: 'skip', detail: 'needs a valid configuration' });
    return [
      {
        name: 'config',
        status: 'fail',
        detail: problems.join('\n'),
        fix: 'correct each field named above (`wireroom feeds validate` rechecks); docs/configuration.md lists every setting',
      },
      skip('database'),
      skip('migrations'),
      skip('redis'),
      skip('sample fetch'),
    ];
  }
  const feeds = settings.feeds.sources.reduce((n, s) => n + s.feeds.length, 0);
  const config: DoctorCheck = {
    name: 'config',
    status: 'ok',
    detail: `${settings.feeds.sources.length} sources, ${feeds} feeds from ${settings.feedsFile}`,
  };
  return [config, ...(await checkDatabase(settings)), await checkRedis(settings), await checkSampleFetch(settings, opts.url)];
}

/** Database reachability and pending migrations. An embedded directory in use is a warning. */
async function checkDatabase(s: Settings): Promise<DoctorCheck[]> {
  const where = s.databaseUrl ? `Postgres at ${redactUrl(s.databaseUrl)}` : `embedded PGlite in ${s.dataDir}`;
  if (!s.databaseUrl && s.dataDir !== ':memory:' && !fs.existsSync(path.join(s.dataDir, 'pglite'))) {
    return [
      { name: 'database', status: 'ok', detail: `${where}: not created yet; \`wireroom start\` creates it` },
      { name: 'migrations', status: 'ok', detail: 'applied by `wireroom start` on first run' },
    ];
  }
  let handle;
  try {
    handle = await openDatabase(s);
  } catch (err) {
    const locked = errorCode(err) === 'DB_LOCKED';
    const fix = locked
      ? 'a running wireroom holds the embedded database; stop it to inspect, or read its /healthz'
      : s.databaseUrl
        ? 'start Postgres, or correct DATABASE_URL (host, port, user, password, database name)'
        : `check that ${s.dataDir} is writable, or set WIREROOM_DATA_DIR`;
    return [
      { name: 'database', status: locked ? 'warn' : 'fail', detail: errorMessage(err), fix },
      { name: 'migrations', status: 'skip', detail: 'needs the database' },
    ];
  }
  try {
    const pending = await pendingMigrations(handle.db as Kysely<unknown>);
    const migrations: DoctorCheck = pending.length
      ? {
          name: 'migrations',
          status: 'fail',
          detail: `${pending.length} pending: ${pending.join(', ')}`,
          fix: 'run `wireroom migrate` (or `wireroom start`, which migrates) before `fetch`, `work` or `serve`',
        }
      : { name: 'migrations', status: 'ok', detail: 'up to date' };
    const feeds = pending.length ? { name: 'feeds', status: 'skip' as const, detail: 'needs the migrations' } : await checkFeeds(handle.db);
    return [{ name: 'database', status: 'ok', detail: `${where} answers` }, migrations, feeds];
  } catch (err) {
    return [
      {
        name: 'database',
        status: 'fail',
        detail: `${where}: ${errorMessage(err)}`,
        fix: 'check that the DATABASE_URL user may read the database',
      },
      { name: 'migrations', status: 'skip', detail: 'needs the database' },
    ];
  } finally {
    await handle.close();
  }
}

/** Failing and paused feeds, as /healthz reports them (degraded = a warning: the rest works). */
async function checkFeeds(db: Parameters<typeof countFeeds>[0]): Promise<DoctorCheck> {
  const feeds = await countFeeds(db);
  const report = planHealth({ database: { ok: true }, queue: { ok: true }, counts: {}, feeds });
  if (report.status === 'ok') return { name: 'feeds', status: 'ok', detail: `${feeds.active} active, none failing` };
  return {
    name: 'feeds',
    status: 'warn',
    detail: `degraded: ${report.problems.join('; ')}`,
    fix: '`wireroom feeds status --problems` shows each error and its fix',
  };
}

/** Redis answers PING, and evicts nothing (BullMQ loses jobs under an eviction policy). */
async function checkRedis(s: Settings): Promise<DoctorCheck> {
  if (!s.redisUrl)
    return {
      name: 'redis',
      status: 'ok',
      detail: 'REDIS_URL not set: in-process queue (one process; set REDIS_URL to run fetch/work/serve apart)',
    };
  const where = redactUrl(s.redisUrl);
  const redis = new IORedis(s.redisUrl, {
    lazyConnect: true,
    connectTimeout: CHECK_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  let lastError: string | undefined; // ioredis reports the cause (ECONNREFUSED …) as an event
  redis.on('error', (err: Error) => (lastError = err.message));
  try {
    await withTimeout(
      redis.connect().then(() => redis.ping()),
      `Redis at ${where}`,
    );
    const policy = await redis.config('GET', 'maxmemory-policy').then(
      (r) => (r as string[])[1],
      () => undefined,
    );
    if (policy && policy !== 'noeviction')
      return {
        name: 'redis',
        status: 'warn',
        detail: `Redis at ${where} answers, but maxmemory-policy is ${policy}`,
        fix: 'set maxmemory-policy noeviction: under memory pressure Redis would drop queued jobs',
      };
    return { name: 'redis', status: 'ok', detail: `Redis at ${where} answers` };
  } catch (err) {
    return {
      name: 'redis',
      status: 'fail',
      detail: `cannot reach Redis at ${where}: ${lastError ?? errorMessage(err)}`,
      fix: 'start Redis (systemctl start redis-server), correct REDIS_URL, or unset it to use the in-process queue',
    };
  } finally {
    redis.disconnect();
  }
}

/** Fetches and parses one feed through the careful client, as the fetch role would. */
async function checkSampleFetch(s: Settings, url: string | undefined): Promise<DoctorCheck> {
  const target =
    url ??
    s.feeds.sources
      .filter((src) => !src.paused)
      .flatMap((src) => src.feeds)
      .find((f) => f.url && f.type !== 'push')?.url;
  if (!target)
    return {
      name: 'sample fetch',
      status: 'warn',
      detail: 'no active pull feed configured',
      fix: `add a source with a feed URL to ${s.feedsFile}, or pass --url`,
    };
  const http = createHttpClient({
    userAgent: s.userAgent,
    allowPrivateNetworks: s.allowPrivateNetworks,
    ...s.http,
    headersTimeoutMs: Math.min(s.http.headersTimeoutMs, CHECK_TIMEOUT_MS),
  });
  try {
    const res = await http.get({ url: target, signal: AbortSignal.timeout(CHECK_TIMEOUT_MS * 2) });
    if (res.status >= 400)
      return {
        name: 'sample fetch',
        status: 'fail',
        detail: `${target} answered HTTP ${res.status}`,
        fix: 'check the feed URL in a browser; the source may have moved it',
      };
    const parsed = await parseFeedAsync(res.body, { url: res.url, contentType: res.headers['content-type'] });
    if (!parsed.ok)
      return {
        name: 'sample fetch',
        status: 'fail',
        detail: `${target}: ${parsed.code} ${parsed.reason}`,
        fix: 'point the feed at the RSS/Atom/JSON Feed URL itself (`wireroom parse-feed` shows what was read)',
      };
    return {
      name: 'sample fetch',
      status: 'ok',
      detail: `${target}: HTTP ${res.status}, ${parsed.feed.items.length} entries in ${res.durationMs} ms`,
    };
  } catch (err) {
    const blocked = errorCode(err) === 'FETCH_BLOCKED_ADDRESS';
    return {
      name: 'sample fetch',
      status: 'fail',
      detail: `${target}: ${errorCode(err)} ${errorMessage(err)}`,
      fix: blocked
        ? 'the host is on a private network: set WIREROOM_ALLOW_PRIVATE_NETWORKS=1 if that is intended'
        : 'check outbound network access (DNS, proxy, firewall) from this machine',
    };
  } finally {
    await http.close();
  }
}

async function withTimeout<T>(p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>(
    (_, rej) => (timer = setTimeout(() => rej(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS / 1000} s`)), CHECK_TIMEOUT_MS)),
  );
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

const MARK: Record<CheckStatus, string> = { ok: 'OK  ', warn: 'WARN', fail: 'FAIL', skip: 'SKIP' };
const COLOR: Record<CheckStatus, string> = { ok: '\x1b[32m', warn: '\x1b[33m', fail: '\x1b[31m', skip: '\x1b[90m' };

/** Renders the checks as aligned lines, colored on a terminal; a summary line ends it. */
export function formatDoctorReport(checks: readonly DoctorCheck[], color: boolean): string {
  const width = Math.max(...checks.map((c) => c.name.length));
  const lines = checks.flatMap((c) => {
    const mark = color ? `${COLOR[c.status]}${MARK[c.status]}\x1b[0m` : MARK[c.status];
    const [first, ...rest] = c.detail.split('\n');
    const pad = ' '.repeat(width + 8);
    return [`${mark}  ${c.name.padEnd(width)}  ${first}`, ...rest.map((r) => pad + r), ...(c.fix ? [`${pad}fix: ${c.fix}`] : [])];
  });
  const failed = checks.filter((c) => c.status === 'fail').length;
  lines.push(failed ? `\n${failed} check${failed === 1 ? '' : 's'} failed.` : '\nAll checks passed.');
  return lines.join('\n') + '\n';
}

/** The CLI action: prints the report (or JSON) and sets exit code 1 when a check failed. */
export async function doctorCommand(opts: { url?: string; json?: boolean }): Promise<void> {
  const checks = await runDoctor(opts);
  process.stdout.write(
    opts.json
      ? JSON.stringify({ ok: !checks.some((c) => c.status === 'fail'), checks }, null, 2) + '\n'
      : formatDoctorReport(checks, Boolean(process.stdout.isTTY)),
  );
  process.exitCode = checks.some((c) => c.status === 'fail') ? 1 : 0;
}
