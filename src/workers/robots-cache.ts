/**
 * The robots.txt shell: fetch each host's file through the careful client, keep it per origin for
 * a day, and answer "may we fetch this page?". RFC 9309 §2.3.1: a 4xx means no rules (allow
 * all); a 5xx or an unreachable server means disallow everything for now.
 */
import { PipelineError, errorCode } from '../errors';
import { hostPausedError } from '../http/host-limiter';
import type { HttpClient } from '../http/client';
import type { Clock } from '../clock';
import { ALLOW_ALL, ROBOTS_MAX_CHARS, isAllowedByRobots, parseRobots, type RobotsRules } from './robots';

/** RFC 9309 §2.4: a cached file should not be used for more than 24 hours. */
export const ROBOTS_TTL_MS = 24 * 60 * 60 * 1000;
/** A 5xx / unreachable answer is remembered this long, so a retry soon after asks again. */
export const ROBOTS_UNREACHABLE_TTL_MS = 60 * 1000;
/** Origins remembered at most; the least recently fetched is forgotten first. */
export const ROBOTS_MAX_ORIGINS = 10_000;
/** Our product token in robots.txt groups. */
export const ROBOTS_AGENT = 'wireroom';

/** What the site's rules say about one page. */
export type RobotsVerdict = { allowed: true } | { allowed: false; temporary: boolean; reason: string; cause?: unknown };

/** The file for one origin: rules, a temporary "unreachable" state, or the client's refusal of the host. */
type CachedRobots =
  | { rules: RobotsRules; expiresAt: number }
  | { unreachable: string; cause?: unknown; expiresAt: number }
  | { refused: PipelineError; expiresAt: number };

/** The client refuses these hosts outright (SSRF guard, scheme, URL): the page would be refused alike. */
function isRefusal(err: unknown): err is PipelineError {
  return (
    err instanceof PipelineError && !err.retryable && ['FETCH_BLOCKED_ADDRESS', 'FETCH_BAD_SCHEME', 'FETCH_BAD_URL'].includes(err.code)
  );
}

export interface RobotsCache {
  /** Whether `url` may be fetched; throws only the client's refusal of the host (FETCH_BLOCKED_ADDRESS …). */
  check(url: string): Promise<RobotsVerdict>;
}

/** Builds a per-process cache; concurrent checks for one origin share one fetch. */
export function createRobotsCache(http: HttpClient, clock: Clock, timeoutMs = 10_000): RobotsCache {
  const entries = new Map<string, Promise<CachedRobots>>();

  async function load(origin: string): Promise<CachedRobots> {
    const now = clock.now().getTime();
    try {
      const res = await http.get({
        url: origin + '/robots.txt',
        accept: 'text/plain',
        maxBodyBytes: ROBOTS_MAX_CHARS * 2,
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (res.status === 429 || res.status === 503) {
        // The host is paused for every worker (the client did it): its pages wait as long, no try used.
        const waitMs = res.hostPausedMs ?? ROBOTS_UNREACHABLE_TTL_MS;
        const cause = hostPausedError(new URL(origin).host, waitMs);
        return { unreachable: `robots.txt answered ${res.status}`, cause, expiresAt: now + Math.min(waitMs, ROBOTS_UNREACHABLE_TTL_MS) };
      }
      if (res.status >= 500) return { unreachable: `robots.txt answered ${res.status}`, expiresAt: now + ROBOTS_UNREACHABLE_TTL_MS };
      if (res.status >= 400) return { rules: ALLOW_ALL, expiresAt: now + ROBOTS_TTL_MS };
      return { rules: parseRobots(res.body.toString('utf8')), expiresAt: now + ROBOTS_TTL_MS };
    } catch (err) {
      if (isRefusal(err)) return { refused: err, expiresAt: now }; // not cached: DNS may change
      return { unreachable: `robots.txt unreachable (${errorCode(err)})`, cause: err, expiresAt: now + ROBOTS_UNREACHABLE_TTL_MS };
    }
  }

  async function cached(origin: string): Promise<CachedRobots> {
    const hit = entries.get(origin);
    if (hit && (await hit).expiresAt > clock.now().getTime()) return hit;
    const fresh = load(origin);
    entries.delete(origin); // re-inserted last: the Map's order is the eviction order
    entries.set(origin, fresh);
    if (entries.size > ROBOTS_MAX_ORIGINS) entries.delete(entries.keys().next().value!);
    return fresh;
  }

  return {
    async check(url) {
      let u: URL;
      try {
        u = new URL(url);
      } catch {
        return { allowed: true };
      } // the client refuses bad URLs with its own code
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return { allowed: true };
      const entry = await cached(u.origin);
      if ('refused' in entry) throw entry.refused;
      if ('unreachable' in entry) return { allowed: false, temporary: true, reason: entry.unreachable, cause: entry.cause };
      if (isAllowedByRobots(entry.rules, ROBOTS_AGENT, u.pathname + u.search)) return { allowed: true };
      return { allowed: false, temporary: false, reason: `robots.txt disallows ${u.pathname}` };
    },
  };
}

/**
 * The verdict as a PipelineError: a rule is final; a 5xx is a retryable FETCH_ROBOTS_DISALLOWED;
 * a network failure keeps its own code (FETCH_NETWORK, FETCH_TIMEOUT), since the page is as unreachable.
 */
export function robotsError(verdict: Extract<RobotsVerdict, { allowed: false }>): PipelineError {
  if (verdict.cause instanceof PipelineError) return verdict.cause;
  return new PipelineError('FETCH_ROBOTS_DISALLOWED', verdict.reason, { retryable: verdict.temporary });
}
