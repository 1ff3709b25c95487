/**
 * Who may read the portal API. WIREROOM_API_OPEN decides when set (1 open, 0 tokens required);
 * unset, the API is open until a read token exists — in WIREROOM_API_TOKENS or issued to a user
 * with `wireroom users token` — and needs one from then on. Whether any user holds a token is
 * looked up at most every few seconds per process, so issuing the first one closes the API
 * everywhere within that time.
 */
import type { Deps } from '../deps';
import { findTokenActor } from './bearer';

/** How long one process trusts its answer to "does any user hold a read token?". */
export const USER_TOKENS_RECHECK_MS = 5_000;

export interface ApiAccess {
  /** True when a request with this Authorization header may read the portal API. */
  mayRead(authorization: string | undefined): Promise<boolean>;
}

/** Builds the access check for one server process. */
export function createApiAccess(deps: Pick<Deps, 'db' | 'settings' | 'clock'>): ApiAccess {
  let known: { exists: boolean; at: number } | null = null;
  async function userTokensExist(): Promise<boolean> {
    const now = deps.clock.now().getTime();
    if (known && now - known.at < USER_TOKENS_RECHECK_MS) return known.exists;
    const row = await deps.db
      .selectFrom('users')
      .select('id')
      .where('api_token_hash', 'is not', null)
      .where('disabled', '=', false)
      .limit(1)
      .executeTakeFirst();
    known = { exists: row !== undefined, at: now };
    return known.exists;
  }
  async function isOpen(): Promise<boolean> {
    const open = deps.settings.api.open;
    if (open !== null) return open;
    return deps.settings.api.tokens.length === 0 && !(await userTokensExist());
  }
  return {
    mayRead: async (authorization) => (await isOpen()) || (await findTokenActor(deps, authorization)) !== undefined,
  };
}

/** API routes guarded by the operator credential instead of a read token. */
const OPERATOR_ROUTES = new Set([
  '/api/webhooks/dead-letters',
  '/api/webhooks/dead-letters/:id/replay',
  '/api/webhooks/dead-letters/replay',
]);

/** Which access rule a request path falls under. */
export type ReadGate = 'none' | 'api' | 'output';

/**
 * The rule for a matched route's pattern (not the raw URL: a percent-encoded path routes to the same
 * handler). The portal API (/api/…, but not its OpenAPI document) needs read access; the output
 * feeds and the item pages need it only when the operator closed them (WIREROOM_FEEDS_OPEN=0). Pure.
 */
export function readGate(route: string, feedsOpen: boolean): ReadGate {
  // Operator-only routes check the operator's credential themselves, whatever the API's access.
  if (OPERATOR_ROUTES.has(route)) return 'none';
  if (route.startsWith('/api/')) return route === '/api/openapi.json' ? 'none' : 'api';
  if (!feedsOpen && (route.startsWith('/feeds/') || route.startsWith('/items/') || route === '/sitemap-news.xml')) return 'output';
  return 'none';
}

/**
 * The credential a request carries: its Authorization header, or for an output feed (feed readers
 * cannot send headers) a `token` query parameter, read as a bearer token.
 */
export function readCredential(gate: ReadGate, authorization: string | undefined, query: unknown): string | undefined {
  if (authorization || gate !== 'output') return authorization;
  const token = (query as Record<string, unknown> | undefined)?.token;
  return typeof token === 'string' && token ? `Bearer ${token}` : undefined;
}
