/** `wireroom start|fetch|work|serve`: build Deps, start roles, stop cleanly on SIGTERM/SIGINT. */
import { buildDeps, closeDeps, type Deps } from '../deps';
import { UserError } from '../errors';
import { createLogger, type Logger } from '../log';
import { startRoles, type Role, type Stop } from '../roles';
import { planMetricsExposure } from '../metrics/exposure';
import { loadSettings, type Settings } from '../settings';
import { CONSOLE_PATH, writeConsoleUrl } from './running-console';

/** Seconds given to jobs in flight at shutdown before connections close anyway. */
const SHUTDOWN_GRACE_MS = 20_000;
/** Bytes in a mebibyte, for the RSS figures in the start line. */
const MB = 1048576;
/** What the start line tells an embedded operator to do before going to production. */
const PRODUCTION_HINT =
  'embedded mode is for trying wireroom on one machine: for production set DATABASE_URL and REDIS_URL, run `wireroom migrate`, then `fetch`, `work` and `serve` (docs/deploy.md)';

/** How a role treats the schema: embedded start and WIREROOM_AUTO_MIGRATE migrate; the rest refuse a database with pending migrations. */
export function planSchemaStep(command: string, s: Pick<Settings, 'databaseUrl' | 'autoMigrate'>): 'migrate' | 'require-current' {
  if (command === 'start' && !s.databaseUrl) return 'migrate';
  return s.autoMigrate ? 'migrate' : 'require-current';
}

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
  const rssBefore = process.memoryUsage().rss;
  const schema = planSchemaStep(command, settings);
  const deps = await buildDeps(settings, { log, migrate: schema === 'migrate', requireCurrentSchema: schema === 'require-current' });
  const rssOpened = process.memoryUsage().rss;
  let url: string | undefined;
  const stop = await startRoles(deps, roles, (u) => (url = u)).catch(async (err: unknown) => {
    await closeDeps(deps, 0).catch(() => undefined);
    throw err;
  });
  logStarted(log, deps, {
    roles,
    url,
    startupMs: performance.now() - started,
    databaseMb: deps.dbKind === 'pglite' ? (rssOpened - rssBefore) / MB : undefined,
  });
  // Embedded: database commands refused while this process holds the directory name this console instead.
  const forgetUrl =
    url && deps.dbKind === 'pglite' && settings.dataDir !== ':memory:' ? writeConsoleUrl(settings.dataDir, url) : () => undefined;
  await untilSignal(log, deps, stop);
  forgetUrl();
}

/** The one start line: mode, address, memory (the embedded database's share apart) and, embedded, the way to production. */
function logStarted(log: Logger, deps: Deps, f: { roles: Role[]; url?: string; startupMs: number; databaseMb?: number }): void {
  const embedded = deps.dbKind === 'pglite' || deps.queue.kind !== 'bullmq';
  const { host, ops } = deps.settings;
  log.info(
    {
      mode: embedded ? 'embedded' : 'production',
      roles: f.roles,
      url: f.url,
      database: deps.dbKind,
      queue: deps.queue.kind,
      startup_ms: Math.round(f.startupMs),
      ...(f.url ? { console: `${f.url}${CONSOLE_PATH}` } : {}),
      metrics: planMetricsExposure({ host, token: ops.metricsToken, port: ops.metricsPort, serves: f.roles.includes('serve') }).summary,
      rss_mb: Math.round(process.memoryUsage().rss / MB),
      ...(f.databaseMb === undefined ? {} : { embedded_database_mb: Math.round(f.databaseMb) }),
      ...(embedded ? { production: PRODUCTION_HINT } : {}),
    },
    'wireroom started',
  );
}

/** Waits for SIGTERM/SIGINT, then drains and closes everything. */
function untilSignal(log: Logger, deps: Deps, stop: Stop): Promise<void> {
  return new Promise<void>((resolve) => {
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
