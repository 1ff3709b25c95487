/**
 * Bearer tokens, one place for every route that takes them (portal API, cluster edits, push
 * ingest, metrics, the queue dashboard): parse the header, compare secrets in constant time, and
 * say who a token belongs to.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Deps } from '../deps';

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
}

/** Constant-time comparison of two secrets of any length (both hashed first, so lengths do not leak). */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(sha256(a), sha256(b));
}

/** sha256 of a token as hex: what `users.api_token_hash` stores. */
export function tokenHash(token: string): string {
  return sha256(token).toString('hex');
}

/**
 * Who a bearer token acts for: "operator-token" for a token from WIREROOM_API_TOKENS,
 * "user:<name>" for an enabled user's API token, else undefined.
 */
export async function findTokenActor(deps: Pick<Deps, 'db' | 'settings'>, header: string | undefined): Promise<string | undefined> {
  const token = bearerToken(header);
  if (!token) return undefined;
  if (deps.settings.api.tokens.some((t) => sameSecret(t, token))) return 'operator-token';
  const user = await deps.db
    .selectFrom('users')
    .select('username')
    .where('api_token_hash', '=', tokenHash(token))
    .where('disabled', '=', false)
    .executeTakeFirst();
  return user ? `user:${user.username}` : undefined;
}

function sha256(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}
