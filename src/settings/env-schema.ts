/**
 * Environment variables: the one place the process environment is described. Each entry has a
 * default and a one-line doc, from which the configuration reference is generated.
 */
import { z } from 'zod';
import { formatByteSize, parseByteSize } from './byte-size';
import { parseDuration } from './duration';
import { PORTAL_ENV_VARS } from './portal-env';
import { trustedProxiesSchema } from './trusted-proxies';

const bool = z.string().transform((v, ctx) => {
  if (/^(1|true|yes|on)$/i.test(v)) return true;
  if (/^(0|false|no|off|)$/i.test(v)) return false;
  ctx.addIssue({ code: 'custom', message: 'must be 1 or 0 (true/false)' });
  return z.NEVER;
});
const int = (min: number, max: number) =>
  z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(min).max(max);
const seconds = z.string().transform((v, ctx) => {
  const s = parseDuration(v);
  if (s === undefined) {
    ctx.addIssue({ code: 'custom', message: 'must be a duration like "30s", "10m" or a number of seconds' });
    return z.NEVER;
  }
  return s;
});
/** Most re-checks one item gets: each is a page fetch, so the list stays short. */
const MAX_RECHECKS = 12;
const RECHECK_LIST_HINT =
  'must be durations after publication separated by commas, like "1h,6h,24h" (at most 12, each above 0), or 0 / off for no re-checks';
/** A comma-separated list of durations, sorted; "0" or "off" is the empty list. */
const durationList = z.string().transform((v, ctx) => {
  if (/^\s*(0|off|none)\s*$/i.test(v)) return [] as number[];
  const parts = v.split(',').map((p) => p.trim());
  const list = parts.map((p) => parseDuration(p));
  if (list.length > MAX_RECHECKS || list.some((s) => s === undefined || s <= 0)) {
    ctx.addIssue({ code: 'custom', message: RECHECK_LIST_HINT });
    return z.NEVER;
  }
  return [...new Set(list as number[])].sort((a, b) => a - b);
});
/** A size like "5MB" (1024-based) or a number of bytes, from 1KB to 1GB. */
const byteSize = z.string().transform((v, ctx) => {
  const n = parseByteSize(v);
  if (n === undefined || n < 1024 || n > 1024 ** 3) {
    ctx.addIssue({
      code: 'custom',
      message: `must be a size from 1KB to 1GB like "5MB", "512KB" or a number of bytes (got ${JSON.stringify(v)})`,
    });
    return z.NEVER;
  }
  return n;
});
/** The default cap of one wire document: wire stories are a few kB, packages with embedded media a few MB. */
export const WIRE_MAX_BODY_DEFAULT = formatByteSize(5 * 1024 * 1024);
const url = (schemes: string[]) =>
  z.string().refine((v) => schemes.some((s) => v.startsWith(s + '://')), {
    message: `must be a URL starting with ${schemes.map((s) => s + '://').join(' or ')}`,
  });

/** name → [schema, default (as the env string) or undefined, description] */
export const ENV_VARS = {
  PORT: [int(0, 65535), '8080', 'HTTP port of the API, output feeds and editor'],
  HOST: [
    z.string().min(1),
    '127.0.0.1',
    'address the HTTP server (and /metrics) binds to; loopback by default so an API left open is not reachable from the network: set 0.0.0.0 (containers, a public host) on purpose',
  ],
  WIREROOM_FEEDS: [z.string().min(1), 'config/feeds.yaml', 'the sources list (YAML, or an OPML file)'],
  WIREROOM_DATA_DIR: [z.string().min(1), './data', 'embedded mode: where PGlite keeps its data (locked by one process)'],
  DATABASE_URL: [url(['postgres', 'postgresql']), undefined, 'Postgres URL; unset = embedded PGlite in WIREROOM_DATA_DIR'],
  REDIS_URL: [url(['redis', 'rediss']), undefined, 'Redis URL for BullMQ; unset = in-process queue'],
  WIREROOM_AUTO_MIGRATE: [
    bool,
    '0',
    '1 = fetch, work, serve and a production start apply pending migrations at start; 0 = they exit 2 naming the missing migrations (run `wireroom migrate`)',
  ],
  WIREROOM_QUEUE_PREFIX: [
    z.string().regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only'),
    'wireroom',
    'BullMQ key prefix (one per deployment)',
  ],
  WIREROOM_ALLOW_PRIVATE_NETWORKS: [bool, '0', '1 lets feeds and pages on loopback/private addresses be fetched'],
  WIREROOM_LOG_LEVEL: [z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info', 'pino log level'],
  WIREROOM_USER_AGENT: [z.string(), '', 'User-Agent for fetches (default names wireroom and its version)'],
  WIREROOM_PUBLIC_URL: [url(['http', 'https']), undefined, 'public base URL (links in output feeds, WebSub callbacks)'],
  WIREROOM_HTTP_CONNECT_TIMEOUT: [seconds, '10s', 'connect timeout for fetches'],
  WIREROOM_HTTP_HEADERS_TIMEOUT: [seconds, '20s', 'time to the response headers'],
  WIREROOM_HTTP_BODY_TIMEOUT: [seconds, '30s', 'time allowed to read the whole body (slow drips are cut)'],
  WIREROOM_HTTP_MAX_BODY: [
    int(1024, 1 << 30),
    String(20 * 1024 * 1024),
    'body size cap in bytes, after decompression; a feed or source in feeds.yaml can set its own with `max_body`',
  ],
  WIREROOM_WIRE_MAX_BODY: [
    byteSize,
    WIRE_MAX_BODY_DEFAULT,
    'size cap of one wire document (NITF, NewsML-G2, ninjs) on every channel: push (413), watched folder (moved to failed/ unread), pull of a wire feed (unless the feed sets `max_body`)',
  ],
  WIREROOM_HTTP_MAX_REDIRECTS: [int(0, 20), '5', 'redirects followed before giving up'],
  WIREROOM_PER_HOST_CONCURRENCY: [int(1, 64), '2', 'requests in flight to one host at once'],
  WIREROOM_FETCH_CONCURRENCY: [int(1, 1000), '20', 'feed fetches in flight per fetch process'],
  WIREROOM_WORK_CONCURRENCY: [
    int(1, 256),
    '16',
    'article jobs in flight per work process (they mostly wait on publishers; each holds at most one page of WIREROOM_HTTP_MAX_BODY)',
  ],
  WIREROOM_SCHEDULER_TICK: [seconds, '5s', 'how often the scheduler claims due feeds'],
  WIREROOM_RECHECK_AFTER: [
    durationList,
    '1h,6h,24h',
    "when to fetch a published item's page again, counted from its publication, to pick up corrections and takedowns (410, or 404 twice, withdraws it); 0 or off = no re-checks",
  ],
  WIREROOM_EXTRACT_TIMEOUT: [seconds, '10s', 'per-article time limit for fetch + extraction'],
  WIREROOM_PAGE_RETRY_BASE: [
    seconds,
    '30s',
    "first wait before an article page that answered 5xx or failed on the network is fetched again; doubles per try (capped at 10m) over the job's 5 tries",
  ],
  WIREROOM_PAGE_MAX_WAIT: [
    seconds,
    '1h',
    'how long an article waits for a publisher that answers 429/503 (its host paused for every worker, Retry-After honoured) before WIREROOM_PAGE_GIVE_UP applies',
  ],
  WIREROOM_PAGE_GIVE_UP: [
    z.enum(['summary', 'hold'], { error: 'must be summary or hold' }),
    'summary',
    "when an article's page still fails after its retries (or WIREROOM_PAGE_MAX_WAIT): summary = store the item from the feed's summary under its review mode (a re-check fetches the page later); hold = store it queued for an editor, never published as a stub",
  ],
  WIREROOM_STORE_COMBINED: [
    bool,
    '1',
    "1 = a new item is stored in 4 statements besides BEGIN/COMMIT (stored item + entry facts, dedupe locks, every duplicate lookup at once, and a new story's cluster, item in its final state, bands, credits and audit in one); 0 = one statement per row (about 16), the earlier path, kept as the baseline of `npm run bench -- throughput`",
  ],
  WIREROOM_MAX_FEED_ERRORS: [int(1, 1000), '10', 'consecutive failures before a feed is paused and flagged'],
  WIREROOM_API_TOKENS: [z.string(), '', 'comma-separated read tokens for the portal API; set = tokens required'],
  WIREROOM_FEEDS_OPEN: [
    bool,
    '1',
    "1 = the output feeds (/feeds/…) and item pages (/items/:id) are public, for feed readers; 0 = they follow the portal API's access, with the token in the Authorization header or in a ?token= query parameter",
  ],
  WIREROOM_API_OPEN: [
    bool,
    undefined,
    '1 = anyone may read the portal API even when tokens exist; 0 = a token is always needed; unset = open until a read token exists (WIREROOM_API_TOKENS or `wireroom users token`)',
  ],
  WIREROOM_API_RATE_LIMIT: [
    int(0, 1_000_000),
    '1200',
    'requests a minute per client (token or address) on /api, /feeds and /ingest, per serve process; 0 = off',
  ],
  WIREROOM_API_CACHE_MB: [
    int(0, 65_536),
    '64',
    "megabytes of rendered /api/items pages kept per serve process, keyed by the page's ETag so any change to an item, its source or its cluster misses; 0 = off",
  ],
  WIREROOM_API_REVALIDATE_MS: [
    int(0, 60_000),
    '1000',
    "milliseconds a serve process reuses a list's check of what changed (the ETag of /api/items pages) before asking Postgres again: a new, changed or withdrawn item shows on a list within this long (single items never wait); 0 = ask on every request",
  ],
  WIREROOM_TRUSTED_PROXIES: [
    trustedProxiesSchema,
    '',
    'proxies whose X-Forwarded-For/-Proto are believed (client address for login throttling, the API rate limit and the access log; https for Secure cookies): a hop count like 1, or a comma list of addresses/CIDRs such as 127.0.0.1,10.0.0.0/8 (or loopback); empty = none, the socket address is the client',
  ],
  WIREROOM_CORS_ORIGINS: [z.string(), '*', 'comma-separated origins allowed by CORS ("*" = any)'],
  WIREROOM_METRICS_TOKEN: [
    z.string(),
    '',
    'set = GET /metrics needs Authorization: Bearer <this token>; unset = /metrics is open on a loopback HOST, and not served on the API port of a public one',
  ],
  WIREROOM_METRICS_PORT: [
    int(0, 65535),
    undefined,
    'serve /metrics on this port: fetch and work processes (no HTTP server), and serve/start on a public HOST without WIREROOM_METRICS_TOKEN',
  ],
  WIREROOM_ADMIN_TOKEN: [
    z.string(),
    '',
    'token for the operator pages (/admin/queues) besides operator logins: Bearer, or the Basic password',
  ],
  ...PORTAL_ENV_VARS,
} as const satisfies Record<string, readonly [z.ZodType, string | undefined, string]>;

export type EnvName = keyof typeof ENV_VARS;
export type EnvValues = {
  [K in EnvName]: (typeof ENV_VARS)[K][1] extends string
    ? z.output<(typeof ENV_VARS)[K][0]>
    : z.output<(typeof ENV_VARS)[K][0]> | undefined;
};

/** Validates the environment; returns every problem at once. */
export function readEnv(env: Record<string, string | undefined>): { ok: true; values: EnvValues } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, [schema, def]] of Object.entries(ENV_VARS)) {
    const raw = env[name] === undefined || env[name] === '' ? def : env[name];
    if (raw === undefined) continue;
    const r = (schema as z.ZodType).safeParse(raw);
    if (r.success) values[name] = r.data;
    else problems.push(`environment ${name}=${JSON.stringify(raw)}: ${r.error.issues.map((i) => i.message).join('; ')}.`);
  }
  return problems.length ? { ok: false, problems } : { ok: true, values: values as EnvValues };
}
