/**
 * Settings: environment + feeds.yaml, validated once at start-up, every problem reported at
 * once, then frozen. The only module that reads process.env (through `loadSettings(env)`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors';
import { readEnv, type EnvValues } from './env-schema';
import type { TrustedProxies } from './trusted-proxies';
import { deepFreeze, parseFeedsConfig, type FeedsConfig } from './feeds-config';

export type { FeedsConfig, SourceConfig, FeedConfig } from './feeds-config';

export const VERSION = '0.1.0';

export interface Settings {
  port: number;
  host: string;
  feedsFile: string;
  dataDir: string;
  databaseUrl: string | null;
  /** Roles on Postgres apply pending migrations at start instead of refusing to run. */
  autoMigrate: boolean;
  redisUrl: string | null;
  queuePrefix: string;
  allowPrivateNetworks: boolean;
  logLevel: string;
  userAgent: string;
  publicUrl: string | null;
  http: {
    connectTimeoutMs: number;
    headersTimeoutMs: number;
    bodyTimeoutMs: number;
    maxBodyBytes: number;
    maxRedirects: number;
    perHostConcurrency: number;
  };
  fetch: { concurrency: number; tickSeconds: number; maxErrors: number };
  /** One wire document's size cap on every channel (WIREROOM_WIRE_MAX_BODY). */
  wire: { maxBodyBytes: number };
  work: {
    concurrency: number;
    extractTimeoutMs: number;
    /** A new item's rows in combined statements (fewer round trips); false = one statement per row, for comparison. */
    combinedStore: boolean;
    /** Article pages: first retry wait after 5xx / network errors, longest wait on a rate-limiting host, what happens then. */
    page: { retryBaseMs: number; maxWaitMs: number; giveUp: 'summary' | 'hold' };
  };
  /** Re-checks of published items: seconds after publication, ascending; empty = none. */
  recheck: { afterSeconds: readonly number[] };
  /** Peers whose X-Forwarded-* headers are believed: none, a hop count, or addresses/ranges. */
  trustedProxies: TrustedProxies;
  api: {
    tokens: string[];
    /** null: open until a read token exists (env or a user's). */ open: boolean | null;
    /** false: feeds and item pages need what the API needs. */ feedsOpen: boolean;
    corsOrigins: string[];
    rateLimitPerMinute: number;
    pageCacheBytes: number;
    /** How long a list URL's key check is reused (ms); 0 = every request. */
    revalidateMs: number;
  };
  /** Operations: /metrics and /admin tokens (null = metrics open, admin pages off). */
  ops: { metricsToken: string | null; metricsPort: number | null; adminToken: string | null };
  feeds: FeedsConfig;
  /** Push tokens by source id, read from the env variable each source names in `push_token_env`. */
  pushTokens: Readonly<Record<string, string>>;
  /** Webhook endpoints with their signing secrets (from each `secret_env`). */
  webhooks: readonly { url: string; secret: string; events: readonly string[] }[];
  /** Portal outputs: its item page URL template ({id}), its name, and the webhook retry delays (seconds). */
  portal: { itemUrl: string | null; name: string; webhookRetrySeconds: readonly number[] };
}

/** Builds Settings from env values and the feeds file text; throws UserError listing every problem. */
export function buildSettings(env: Record<string, string | undefined>, readText: (file: string) => string, cwd = process.cwd()): Settings {
  const e = readEnv(env);
  const problems = e.ok ? [] : e.problems;
  const feedsFile = env.WIREROOM_FEEDS || 'config/feeds.yaml';
  let feeds: FeedsConfig | undefined;
  let text: string | undefined;
  try {
    text = readText(path.resolve(cwd, feedsFile));
  } catch (err) {
    problems.push(
      `${feedsFile}: cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)}). Create it or set WIREROOM_FEEDS to your sources file.`,
    );
  }
  if (text !== undefined) {
    const f = parseFeedsConfig(text, feedsFile);
    if (f.ok) feeds = f.config;
    else problems.push(...f.problems);
  }
  if (feeds) problems.push(...webhookProblems(env, feeds));
  if (!e.ok || !feeds || problems.length) {
    throw new UserError(
      `wireroom: configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
      2,
    );
  }
  return deepFreeze({
    ...fromValues(e.values, feeds, cwd),
    pushTokens: pushTokensFrom(env, feeds),
    webhooks: feeds.webhooks.map((w) => ({ url: w.url, secret: env[w.secretEnv] ?? '', events: w.events })),
  });
}

function fromValues(v: EnvValues, feeds: FeedsConfig, cwd: string): Omit<Settings, 'pushTokens' | 'webhooks'> {
  const tokens = v.WIREROOM_API_TOKENS.split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  return {
    port: v.PORT,
    host: v.HOST,
    feedsFile: v.WIREROOM_FEEDS,
    dataDir: v.WIREROOM_DATA_DIR === ':memory:' ? ':memory:' : path.resolve(cwd, v.WIREROOM_DATA_DIR),
    databaseUrl: v.DATABASE_URL ?? null,
    autoMigrate: v.WIREROOM_AUTO_MIGRATE,
    redisUrl: v.REDIS_URL ?? null,
    queuePrefix: v.WIREROOM_QUEUE_PREFIX,
    allowPrivateNetworks: v.WIREROOM_ALLOW_PRIVATE_NETWORKS,
    logLevel: v.WIREROOM_LOG_LEVEL,
    userAgent: v.WIREROOM_USER_AGENT || `wireroom/${VERSION} (+https://github.com/wireroom/wireroom; news aggregator)`,
    publicUrl: v.WIREROOM_PUBLIC_URL ?? null,
    http: {
      connectTimeoutMs: v.WIREROOM_HTTP_CONNECT_TIMEOUT * 1000,
      headersTimeoutMs: v.WIREROOM_HTTP_HEADERS_TIMEOUT * 1000,
      bodyTimeoutMs: v.WIREROOM_HTTP_BODY_TIMEOUT * 1000,
      maxBodyBytes: v.WIREROOM_HTTP_MAX_BODY,
      maxRedirects: v.WIREROOM_HTTP_MAX_REDIRECTS,
      perHostConcurrency: v.WIREROOM_PER_HOST_CONCURRENCY,
    },
    wire: { maxBodyBytes: v.WIREROOM_WIRE_MAX_BODY },
    fetch: { concurrency: v.WIREROOM_FETCH_CONCURRENCY, tickSeconds: v.WIREROOM_SCHEDULER_TICK, maxErrors: v.WIREROOM_MAX_FEED_ERRORS },
    work: {
      concurrency: v.WIREROOM_WORK_CONCURRENCY,
      extractTimeoutMs: v.WIREROOM_EXTRACT_TIMEOUT * 1000,
      page: {
        retryBaseMs: v.WIREROOM_PAGE_RETRY_BASE * 1000,
        maxWaitMs: v.WIREROOM_PAGE_MAX_WAIT * 1000,
        giveUp: v.WIREROOM_PAGE_GIVE_UP,
      },
      combinedStore: v.WIREROOM_STORE_COMBINED,
    },
    recheck: { afterSeconds: v.WIREROOM_RECHECK_AFTER },
    trustedProxies: v.WIREROOM_TRUSTED_PROXIES,
    api: {
      tokens,
      open: v.WIREROOM_API_OPEN ?? null,
      feedsOpen: v.WIREROOM_FEEDS_OPEN,
      corsOrigins: v.WIREROOM_CORS_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      rateLimitPerMinute: v.WIREROOM_API_RATE_LIMIT,
      pageCacheBytes: v.WIREROOM_API_CACHE_MB * 1024 * 1024,
      revalidateMs: v.WIREROOM_API_REVALIDATE_MS,
    },
    ops: {
      metricsToken: v.WIREROOM_METRICS_TOKEN || null,
      metricsPort: v.WIREROOM_METRICS_PORT ?? null,
      adminToken: v.WIREROOM_ADMIN_TOKEN || null,
    },
    feeds,
    portal: {
      itemUrl: v.WIREROOM_PORTAL_ITEM_URL ?? null,
      name: v.WIREROOM_PORTAL_NAME,
      webhookRetrySeconds: v.WIREROOM_WEBHOOK_RETRY_SCHEDULE,
    },
  };
}

/** Reads settings from the real process environment and file system. */
export function loadSettings(env: Record<string, string | undefined> = process.env): Settings {
  return buildSettings(env, (f) => fs.readFileSync(f, 'utf8'));
}

/** source id → push token, for sources whose `push_token_env` names a variable that is set. */
function pushTokensFrom(env: Record<string, string | undefined>, feeds: FeedsConfig): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of feeds.sources) {
    const token = s.pushTokenEnv ? env[s.pushTokenEnv] : undefined;
    if (token) out[s.id] = token;
  }
  return out;
}

/** A webhook whose secret_env is unset cannot be signed: say which variable to set. */
function webhookProblems(env: Record<string, string | undefined>, feeds: FeedsConfig): string[] {
  return feeds.webhooks
    .filter((w) => !env[w.secretEnv])
    .map(
      (w) =>
        `${feeds.file}: webhooks (url ${w.url}): environment ${w.secretEnv} is not set; set it to the signing secret shared with the portal.`,
    );
}
