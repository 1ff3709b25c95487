/**
 * Spawns real `wireroom` processes (bin/wireroom.js) for reliability tests and the soak: JSON log
 * lines collected from stderr, waiting for a log line, signals, and the exit code. Every process
 * spawned here is killed by `killAllWireroom()` (call it in afterAll) so a failed test leaves none.
 */
import { createHash } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

/** A fresh temporary directory (data dir, feeds file), removed by the returned function. */
export { makeTempDir } from './temp-dir';

const ROOT = path.resolve(__dirname, '..', '..');
/** Inherited variables that would point a child at someone else's database, queue or config. */
const SCRUBBED = /^(DATABASE_URL|REDIS_URL|PORT|HOST|WIREROOM_.*)$/;

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface WireroomProcess {
  pid: number;
  child: ChildProcess;
  /** Parsed JSON log lines so far. */
  lines: LogLine[];
  /** stderr lines that were not JSON (stack traces, pretty output). */
  text: string[];
  /** Resolves with the first log line matching, or rejects after `timeoutMs` naming `what`. */
  waitForLog(match: (l: LogLine) => boolean, timeoutMs: number, what: string): Promise<LogLine>;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
}

const live = new Set<ChildProcess>();

/** Starts `node bin/wireroom.js <args>` with a clean environment plus `env`. */
export function spawnWireroom(args: string[], env: Record<string, string>, nodeArgs: readonly string[] = []): WireroomProcess {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !SCRUBBED.test(k)));
  const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, 'bin', 'wireroom.js'), ...args], {
    cwd: ROOT,
    env: { ...base, WIREROOM_LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  const lines: LogLine[] = [];
  const text: string[] = [];
  const waiters: { match: (l: LogLine) => boolean; resolve: (l: LogLine) => void }[] = [];
  let buffered = '';
  const onData = (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const raw of parts) {
      if (!raw.trim()) continue;
      let line: LogLine;
      try {
        line = JSON.parse(raw) as LogLine;
      } catch {
        text.push(raw);
        continue;
      }
      lines.push(line);
      for (const w of [...waiters]) if (w.match(line)) (waiters.splice(waiters.indexOf(w), 1), w.resolve(line));
    }
  };
  child.stderr!.on('data', onData);
  child.stdout!.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    }),
  );
  return {
    pid: child.pid!,
    child,
    lines,
    text,
    exited,
    kill: (signal) => void child.kill(signal),
    waitForLog(match, timeoutMs, what) {
      const seen = lines.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const w = { match, resolve: (l: LogLine) => (clearTimeout(timer), resolve(l)) };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1);
          reject(
            new Error(
              `timed out after ${timeoutMs} ms waiting for ${what}; last lines:\n${[...lines.slice(-8).map((l) => JSON.stringify(l)), ...text.slice(-8)].join('\n')}`,
            ),
          );
        }, timeoutMs);
        waiters.push(w);
        void exited.then(() => {
          if (!waiters.includes(w)) return;
          waiters.splice(waiters.indexOf(w), 1);
          clearTimeout(timer);
          reject(
            new Error(
              `process exited while waiting for ${what}; last lines:\n${[...lines.slice(-8).map((l) => JSON.stringify(l)), ...text.slice(-8)].join('\n')}`,
            ),
          );
        });
      });
    },
  };
}

/** SIGKILLs every process spawned here that is still running. */
export async function killAllWireroom(): Promise<void> {
  const waits = [...live].map(
    (c) => new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r(null) : (c.once('exit', r), c.kill('SIGKILL')))),
  );
  await Promise.all(waits);
}

/** A feeds.yaml with one fully licensed, auto-published source per feed URL (spawned runs). */
export function reliabilityFeedsYaml(feedUrls: string[], homepage: string): string {
  const sources = feedUrls.map(
    (u, i) =>
      `  - id: rel-${i}\n    name: Reliability Wire ${i}\n    homepage: ${homepage}\n    feeds:\n      - url: ${u}\n    rights: full\n    review: auto\n    credit: "Source: {source}"\n`,
  );
  return `sources:\n${sources.join('')}`;
}

/** An RSS feed listing `paths` on `origin`, one item each, guid = path. */
export function syntheticFeed(origin: string, paths: string[]): string {
  const items = paths.map(
    (p, i) =>
      `<item><title>${storyTitle(p)}</title><link>${origin}${p}</link><guid isPermaLink="false">${p}</guid><pubDate>${new Date(Date.UTC(2026, 10, 27, 0, 0, i % 3600)).toUTCString()}</pubDate><description>Summary of ${p}.</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Reliability Wire</title><link>${origin}/</link><description>synthetic</description>${items.join('')}</channel></rss>`;
}

/** An article page whose text is unique to `path` (seeded words), so near-duplicate detection keeps it apart. */
export function syntheticArticle(path: string): string {
  // Syllables drawn from sha256(path, block) bytes. (A 32-bit LCG's middle bits, used before, repeat
  // every 2^21 draws, so 5,000 articles overlapped and a third of them were true near-duplicates.)
  let pool: Buffer = Buffer.alloc(0);
  let at = 0;
  let block = 0;
  const next = () => {
    if (at >= pool.length) ((pool = createHash('sha256').update(`${path}\u0000${block++}`).digest()), (at = 0));
    return pool[at++]!;
  };
  const word = () => SYLLABLES[next() % SYLLABLES.length]! + SYLLABLES[next() % SYLLABLES.length]! + SYLLABLES[next() % SYLLABLES.length]!;
  const paragraphs = Array.from({ length: 6 }, () => `<p>${Array.from({ length: 45 }, word).join(' ')}.</p>`);
  return `<!doctype html><html lang="en"><head><title>${storyTitle(path)}</title><meta property="og:title" content="${storyTitle(path)}"></head><body><article><h1>${storyTitle(path)}</h1>${paragraphs.join('')}</article></body></html>`;
}

function storyTitle(path: string): string {
  return `Story ${path.replace(/[^a-z0-9]+/gi, ' ').trim()}`;
}

const SYLLABLES = [
  'ka',
  'lo',
  'mer',
  'tin',
  'sa',
  'vor',
  'eld',
  'qui',
  'ba',
  'ron',
  'dre',
  'fu',
  'gal',
  'hep',
  'ist',
  'jor',
  'ku',
  'lan',
  'mo',
  'nex',
  'op',
  'pra',
  'rel',
  'sto',
  'tu',
  'ul',
  'ven',
  'wal',
  'xi',
  'yor',
  'zed',
  'an',
];

export interface TcpProxy {
  /** host:port clients connect to. */
  port: number;
  /** Drops every open connection and refuses new ones: the backend looks down. */
  cut(): void;
  /** Accepts connections again. */
  restore(): void;
  close(): Promise<void>;
}

/** A TCP proxy on 127.0.0.1 to `target` that a test can cut and restore (a shared Redis or Postgres stays up). */
export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  let down = false;
  const server = net.createServer((client) => {
    if (down) return void client.destroy();
    const upstream = net.connect(targetPort, targetHost);
    for (const s of [client, upstream]) {
      open.add(s);
      s.on('close', () => open.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    cut: () => {
      down = true;
      for (const s of open) s.destroy();
    },
    restore: () => void (down = false),
    close: () => {
      for (const s of open) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
