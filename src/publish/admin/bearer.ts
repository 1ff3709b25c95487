/** Bearer-token checks for the operator endpoints (/metrics, /admin/*), in constant time. */
import { bearerToken, sameSecret } from '../../auth/bearer';

/** True when `header` is `Bearer <token>` with exactly `token`. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const given = bearerToken(header);
  return given !== undefined && sameSecret(given, token);
}

/** The 401 body every operator endpoint sends, naming the variable that holds the token. */
export function unauthorizedBody(envName: string): { error: { code: string; message: string } } {
  return { error: { code: 'UNAUTHORIZED', message: `send Authorization: Bearer <token> with the token from ${envName}` } };
}

/**
 * True for `Bearer <token>`, or HTTP Basic with `token` as the password (any user name): a
 * browser asks for Basic credentials by itself, so an operator can open the dashboard directly.
 */
export function operatorAuthorized(header: string | undefined, token: string): boolean {
  if (bearerMatches(header, token)) return true;
  const m = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!m) return false;
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 && bearerMatches(`Bearer ${decoded.slice(colon + 1)}`, token);
}
