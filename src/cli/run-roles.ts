/** `wireroom start|fetch|work|serve`: build Deps, start roles, stop cleanly on SIGTERM/SIGINT. */
import { buildDeps, closeDeps } from '../deps';
import { UserError } from '../errors';
import { createLogger } from '../log';
import { startRoles, type Role } from '../roles';
import { loadSettings } from '../settings';

/** Seconds given to jobs in flight at shutdown before connections close anyway. */
const SHUTDOWN_GRACE_MS = 20_000;

/** Runs `roles` until a signal; resolves when stopped. */
export async function runRoles(roles: Role[], command: string): Promise<void> {
  const settings = loadSettings();
  const log = createLogger(settings.logLevel, Boolean(process.stderr.isTTY));
  if (command !== 'start' && (!settings.databaseUrl || !settings.redisUrl)) {
    throw new UserError(
      `wireroom ${command}: runs one role for scale-out and needs DATABASE_URL and REDIS_URL. For everything in one process (embedded, no servers) use \`wireroom start\`.`,
      2,
    );
  }
  const started = performance.now();
  const deps = await buildDeps(settings, { log, migrate: command === 'start' });
  const stop = await startRoles(deps, roles);
  log.info(
    {
      roles,
      database: deps.dbKind,
      queue: deps.queue.kind,
      startup_ms: Math.round(performance.now() - started),
      rss_mb: Math.round(process.memoryUsage().rss / 1048576),
    },
    'wireroom started',
  );
  await new Promise<void>((resolve) => {
    let stopping = false;
    const shutdown = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'shutting down: draining jobs in flight');
      void (async () => {
        await stop().catch((err: unknown) => log.warn({ err }, 'stopping roles failed'));
        await closeDeps(deps, SHUTDOWN_GRACE_MS); // queue, extraction threads, HTTP, database
        log.info('stopped');
        resolve();
      })();
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  });
}
