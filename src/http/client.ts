/**
 * The one careful HTTP client (undici): SSRF guard, per-host limit, conditional GET, manual
 * redirects with a cap and loop detection, decompression with a size cap applied after
 * decompression, and connect / headers / whole-body deadlines. Any status is a value; transport
 * failures throw PipelineError.
 */
import { Agent, request } from 'undici';
import { PipelineError } from '../errors';
import { checkUrl, guardedLookup, systemResolver, type Resolver } from './address-guard';
import type { Settings } from '../settings';
import { readBody } from './read-body';
import { createLocalHostLimiter, nextErrorRun, type HostLimiter } from './host-limiter';

type HttpSettings = Settings['http'];

/** The client's settings (WIREROOM_HTTP_* and friends) and what the process adds to them. */
export interface HttpOptions extends HttpSettings {
  userAgent: string;
  allowPrivateNetworks: boolean;
  resolver?: Resolver;
  limiter?: HostLimiter;
}

export interface HttpRequest {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  maxBodyBytes?: number;
  /** Aborts the whole request (per-item time limits). */
  signal?: AbortSignal;
}

export interface Redirect {
  from: string;
  to: string;
  status: number;
}

export interface HttpResponse {
  status: number;
  /** The URL that finally answered. */
  url: string;
  headers: Record<string, string>;
  body: Buffer;
  redirects: Redirect[];
  /** Set when every redirect on the way was permanent (301/308): the new address to store. */
  permanentUrl: string | null;
  durationMs: number;
  /** Set on a 429/503: how long the host is now paused for every worker (Retry-After, or our exponential pause). */
  hostPausedMs?: number;
}

export interface HttpClient {
  get(req: HttpRequest): Promise<HttpResponse>;
  close(): Promise<void>;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Builds the client; one per process, shared by every role. Closing it closes the limiter too. */
export function createHttpClient(opts: HttpOptions): HttpClient {
  const agent = new Agent({
    connect: { timeout: opts.connectTimeoutMs, lookup: guardedLookup(opts.resolver ?? systemResolver, opts.allowPrivateNetworks) },
    headersTimeout: opts.headersTimeoutMs,
    bodyTimeout: opts.bodyTimeoutMs,
    connections: 64,
    keepAliveTimeout: 10_000,
  });
  const limiter = opts.limiter ?? createLocalHostLimiter(opts.perHostConcurrency);
  /** Per host, the distinct URLs that answered a server error since its last other answer (this process's view). */
  const errorRuns = new Map<string, string[]>();

  async function once(url: URL, req: HttpRequest, signal: AbortSignal) {
    const release = await limiter.acquire(url.host);
    try {
      const res = await request(url, {
        method: 'GET',
        dispatcher: agent,
        signal,
        headers: requestHeaders(opts.userAgent, req),
      }).catch((err: unknown) => {
        throw translateError(err, url.href);
      });
      const headers = flattenHeaders(res.headers);
      const pausedMs = await pauseOnRefusal(limiter, url.host, res.statusCode, headers['retry-after']);
      await pauseOnErrorRun(limiter, errorRuns, url, res.statusCode);
      if (REDIRECT_STATUSES.has(res.statusCode) || res.statusCode === 304 || req.accept === 'HEAD' || pausedMs !== undefined) {
        await res.body.dump().catch(() => undefined);
        return { status: res.statusCode, headers, body: Buffer.alloc(0), pausedMs };
      }
      const body = await readBody(res.body, headers['content-encoding'], req.maxBodyBytes ?? opts.maxBodyBytes, url.href).catch(
        (err: unknown) => {
          throw translateError(err, url.href);
        },
      );
      return { status: res.statusCode, headers, body };
    } finally {
      release();
    }
  }

  return {
    async get(req) {
      const started = performance.now();
      const deadline = AbortSignal.timeout(opts.headersTimeoutMs + opts.bodyTimeoutMs);
      const signal = req.signal ? AbortSignal.any([deadline, req.signal]) : deadline;
      const redirects: Redirect[] = [];
      const seen = new Set<string>();
      let url = checkUrl(req.url, opts.allowPrivateNetworks);
      for (;;) {
        seen.add(url.href);
        const r = await once(url, redirects.length ? { ...req, etag: null, lastModified: null } : req, signal).catch((err: unknown) => {
          throw deadline.aborted
            ? new PipelineError('FETCH_TIMEOUT', `${url.href} did not finish within ${opts.headersTimeoutMs + opts.bodyTimeoutMs} ms`, {
                cause: err,
              })
            : err;
        });
        const location = r.headers.location;
        if (!REDIRECT_STATUSES.has(r.status) || !location) {
          const permanent = redirects.length > 0 && redirects.every((x) => x.status === 301 || x.status === 308);
          return {
            status: r.status,
            url: url.href,
            headers: r.headers,
            body: r.body,
            redirects,
            permanentUrl: permanent ? url.href : null,
            durationMs: Math.round(performance.now() - started),
            ...(r.pausedMs === undefined ? {} : { hostPausedMs: r.pausedMs }),
          };
        }
        const next = checkUrl(new URL(location, url).href, opts.allowPrivateNetworks);
        redirects.push({ from: url.href, to: next.href, status: r.status });
        if (seen.has(next.href))
          throw new PipelineError('FETCH_REDIRECT_LOOP', `redirect loop: ${[...seen, next.href].join(' → ')}`, { retryable: false });
        if (redirects.length > opts.maxRedirects)
          throw new PipelineError('FETCH_TOO_MANY_REDIRECTS', `more than ${opts.maxRedirects} redirects from ${req.url}`, {
            retryable: false,
          });
        url = next;
      }
    },
    close: async () => {
      await agent.close();
      await limiter.close?.();
    },
  };
}

/** RFC 6585 §4 / RFC 9110 §15.6.4: a 429 or 503 pauses the host for every worker; the pause in force, or undefined for other statuses. */
async function pauseOnRefusal(
  limiter: HostLimiter,
  host: string,
  status: number,
  retryAfter: string | undefined,
): Promise<number | undefined> {
  if (status !== 429 && status !== 503) return undefined;
  return limiter.penalize(host, parseRetryAfter(retryAfter, new Date())).catch(() => 0);
}

/** A run of server errors from distinct pages of one host pauses it for every worker (HOST_ERROR_RUN), as a refusal without Retry-After would. */
async function pauseOnErrorRun(limiter: HostLimiter, runs: Map<string, string[]>, url: URL, status: number): Promise<void> {
  const host = url.host.toLowerCase();
  const { run, pause } = nextErrorRun(runs.get(host) ?? [], url.href, status);
  if (run.length) runs.set(host, run);
  else runs.delete(host);
  if (pause) await limiter.penalize(url.host, undefined).catch(() => 0);
}

function requestHeaders(userAgent: string, req: HttpRequest): Record<string, string> {
  const h: Record<string, string> = {
    'user-agent': userAgent,
    accept: req.accept ?? '*/*',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (req.etag) h['if-none-match'] = req.etag;
  if (req.lastModified) h['if-modified-since'] = req.lastModified;
  return h;
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** Maps undici / abort / socket errors onto our codes. */
function translateError(err: unknown, url: string): PipelineError {
  if (err instanceof PipelineError) return err;
  const e = err as { code?: string; name?: string; message?: string; cause?: unknown };
  if (e.cause instanceof PipelineError) return e.cause;
  const code = e.code ?? '';
  if (e.name === 'TimeoutError' || e.name === 'AbortError' || /TIMEOUT/.test(code)) {
    return new PipelineError('FETCH_TIMEOUT', `timed out fetching ${url} (${e.message ?? code})`, { cause: err });
  }
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE')
    return new PipelineError('FETCH_TOO_LARGE', `body of ${url} exceeds the size cap`, { retryable: false, cause: err });
  return new PipelineError('FETCH_NETWORK', `network error fetching ${url}: ${e.message ?? code}`, { cause: err });
}

/** Parses Retry-After (RFC 9110 §10.2.3: seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now.getTime());
}
