/**
 * Production mode for the soak: one `fetch`, W `work` and one `serve` process (bin/wireroom.js),
 * each its own OS process on the soak's own Postgres and Redis. Kill one, stop all, start again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnWireroom, type WireroomProcess } from '../../test/support/processes';

type RoleName = 'fetch' | 'work' | 'serve';

/** How long a role gets to start (a loaded shared machine is slow). */
const START_TIMEOUT_MS = 300_000;
/** The webhook signing secret's variable, named in the soak's feeds.yaml. */
export const SOAK_SECRET_ENV = 'SOAK_WEBHOOK_SECRET';

export interface RoleSet {
  /** The portal API's URL (the current `serve` process). */
  serveUrl(): string;
  /** SIGKILLs one `work` process and starts a replacement (a supervisor's restart); resolves when it runs. */
  killWorker(): Promise<void>;
  /** SIGTERMs every process, waits for them to exit, starts them all again; returns the exit codes seen. */
  restartAll(): Promise<(number | null)[]>;
  stop(): Promise<void>;
  /** Every process started so far (for logs). */
  all: WireroomProcess[];
}

/** feeds.yaml for the soak: one auto-published source per feed, quick polls, one webhook endpoint. */
export function soakFeedsYaml(feedUrls: string[], webhookUrl: string): string {
  const sources = feedUrls.map(
    (u, i) =>
      `  - id: soak-${i}\n    name: Soak Wire ${i}\n    homepage: http://127.0.0.11/\n    feeds:\n      - url: ${u}\n    rights: full\n    review: auto\n    credit: "Source: {source}"\n`,
  );
  return [
    'defaults:\n  poll_interval: 2s\n  min_poll_interval: 1s\n',
    `sources:\n${sources.join('')}`,
    `webhooks:\n  - url: ${webhookUrl}\n    secret_env: ${SOAK_SECRET_ENV}\n`,
  ].join('');
}

/** Starts the roles with `env`; `workers` work processes. */
export async function startRoleSet(env: Record<string, string>, workers: number): Promise<RoleSet> {
  const all: WireroomProcess[] = [];
  let live: { role: RoleName; proc: WireroomProcess }[] = [];
  let url = '';
  const spawnRole = async (role: RoleName) => {
    const proc = spawnWireroom([role], env);
    all.push(proc);
    const entry = { role, proc };
    live.push(entry);
    await proc.waitForLog((l) => l.msg === 'wireroom started', START_TIMEOUT_MS, `${role} start-up`);
    if (role === 'serve') url = String(proc.lines.find((l) => l.msg === 'serving the portal API')?.url ?? '');
    return entry;
  };
  const startAll = () => Promise.all([spawnRole('serve'), spawnRole('fetch'), ...Array.from({ length: workers }, () => spawnRole('work'))]);
  const stopAll = async (signal: NodeJS.Signals) => {
    const stopping = live;
    live = [];
    for (const p of stopping) p.proc.kill(signal);
    return Promise.all(stopping.map(async (p) => (await p.proc.exited).code));
  };
  await startAll();
  return {
    serveUrl: () => url,
    async killWorker() {
      const victim = live.find((p) => p.role === 'work');
      if (!victim) return;
      live = live.filter((p) => p !== victim);
      victim.proc.kill('SIGKILL');
      await victim.proc.exited;
      await spawnRole('work');
    },
    async restartAll() {
      const codes = await stopAll('SIGTERM');
      await startAll();
      return codes;
    },
    stop: async () => void (await stopAll('SIGTERM')),
    all,
  };
}

/** Writes every process's last log lines to `file` (a run that went wrong). */
export function writeLogTail(file: string, procs: WireroomProcess[]): void {
  const text = procs
    .map((p) => `--- pid ${p.pid}\n${[...p.lines.slice(-40).map((l) => JSON.stringify(l)), ...p.text.slice(-20)].join('\n')}`)
    .join('\n');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text + '\n');
}
