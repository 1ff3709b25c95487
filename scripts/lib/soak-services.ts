/**
 * The soak's own Postgres cluster and Redis server: created in a temporary directory on free
 * loopback ports, restarted and stopped only through the handles returned here, so a soak never
 * touches a service it did not start (the machine's shared Postgres and Redis stay as they are).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** Debian's Postgres 15 binaries; override with WIREROOM_SOAK_PG_BIN. */
const PG_BIN = process.env.WIREROOM_SOAK_PG_BIN ?? '/usr/lib/postgresql/15/bin';
/** initdb and postgres refuse to run as root: as root, they run as this user. */
const PG_OS_USER = 'postgres';
/** How long a service gets to answer after a start. */
const READY_TIMEOUT_MS = 60_000;

/**
 * Builds dist/ when it is older than the sources (`npm run build`): spawned roles then start from
 * compiled JavaScript in seconds instead of compiling TypeScript on every start (minutes on a loaded machine).
 */
export function ensureBuilt(log: (line: string) => void): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { distIsFresh, ROOT } = require('../../bin/resolve-entry.js') as { distIsFresh: () => boolean; ROOT: string };
  if (distIsFresh()) return;
  log('building dist/ (npm run build) so the processes start fast');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

/** A port nobody listens on right now (the kernel picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function waitUntil(what: string, ok: () => Promise<boolean>, timeoutMs = READY_TIMEOUT_MS): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await ok().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

export interface OwnPostgres {
  port: number;
  /** A superuser URL of database `name` on this cluster. */
  url(name: string): string;
  /** `pg_ctl restart -m fast|immediate`; resolves when it accepts connections again; returns the ms it took. */
  restart(mode: 'fast' | 'immediate'): Promise<number>;
  stop(): Promise<void>;
  /** The postmaster's process id (its CPU figures include the backends that ended). */
  pid(): number;
}

/** Runs a Postgres binary, as the postgres OS user when we are root. */
function pgRun(bin: string, args: string[]): void {
  const exe = path.join(PG_BIN, bin);
  if (process.getuid?.() === 0) execFileSync('runuser', ['-u', PG_OS_USER, '--', exe, ...args], { stdio: 'pipe' });
  else execFileSync(exe, args, { stdio: 'pipe' });
}

/**
 * initdb into `dir`/pg and start it on a free port (trust auth on loopback only, socket in `dir`).
 * `settings`: more server settings (`name=value`, e.g. `shared_preload_libraries=pg_stat_statements`).
 */
export async function startOwnPostgres(dir: string, settings: readonly string[] = []): Promise<OwnPostgres> {
  const data = path.join(dir, 'pg');
  fs.mkdirSync(data, { mode: 0o700 });
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', `${PG_OS_USER}:`, dir]);
  pgRun('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  const opts = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c max_connections=200${settings.map((x) => ` -c ${x}`).join('')}`;
  const ctl = (args: string[]) => pgRun('pg_ctl', ['-D', data, '-o', opts, '-l', path.join(dir, 'pg.log'), '-w', '-t', '60', ...args]);
  ctl(['start']);
  await waitUntil('own Postgres', () => accepts(port));
  return {
    port,
    url: (name) => `postgres://postgres@127.0.0.1:${port}/${name}`,
    async restart(mode) {
      const t0 = performance.now();
      ctl(['restart', '-m', mode]);
      await waitUntil('own Postgres after restart', () => accepts(port));
      return Math.round(performance.now() - t0);
    },
    pid: () => Number(fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]),
    async stop() {
      try {
        ctl(['stop', '-m', 'fast']);
      } catch {
        /* already down */
      }
    },
  };
}

export interface OwnRedis {
  port: number;
  url: string;
  /** Kills the server (its data is lost: no persistence) and starts it again; returns the ms it was down. */
  restart(): Promise<number>;
  stop(): Promise<void>;
  pid(): number;
}

/** redis-server on a free port, no persistence, its files in `dir`. */
export async function startOwnRedis(dir: string): Promise<OwnRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
      stdio: 'ignore',
    });
    await waitUntil('own Redis', () => accepts(port));
  };
  const stop = async () => {
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    await new Promise((r) => (c.once('exit', r), c.kill('SIGKILL')));
  };
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async restart() {
      const t0 = performance.now();
      await stop();
      await start();
      return Math.round(performance.now() - t0);
    },
    stop,
    pid: () => child?.pid ?? 0,
  };
}

/**
 * CPU seconds a process used, with its ended children that it waited for (Linux /proc/PID/stat:
 * utime, stime, cutime, cstime in clock ticks of 1/100 s); 0 when it is gone or not on Linux.
 */
export function cpuSecondsOf(pid: number): number {
  const stat = procStat(pid);
  return stat ? (stat.utime + stat.stime + stat.cutime + stat.cstime) / 100 : 0;
}

/** cpuSecondsOf(pid) plus what its live children used so far (Postgres: the postmaster and every backend). */
export function cpuSecondsOfTree(pid: number): number {
  let ticks = 0;
  for (const name of fs.readdirSync('/proc')) {
    const stat = /^\d+$/.test(name) ? procStat(Number(name)) : undefined;
    if (stat?.ppid === pid) ticks += stat.utime + stat.stime;
  }
  return cpuSecondsOf(pid) + ticks / 100;
}

function procStat(pid: number): { ppid: number; utime: number; stime: number; cutime: number; cstime: number } | undefined {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ').map(Number);
    return { ppid: f[1]!, utime: f[11]!, stime: f[12]!, cutime: f[13]!, cstime: f[14]! };
  } catch {
    return undefined;
  }
}
