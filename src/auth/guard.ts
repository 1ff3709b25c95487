/**
 * The editor's request guard: a session cookie (httpOnly, SameSite=Strict, Secure when served
 * over https or behind a proxy that says so), a role check, and the session's CSRF token on every
 * request that is not GET/HEAD (header `x-csrf-token` or form field `_csrf`).
 */
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../deps';
import { sameSecret } from './bearer';
import { findSession, type SessionUser } from './sessions';
import { roleAllows, type Role } from './users';

export const SESSION_COOKIE = 'wireroom_session';

declare module 'fastify' {
  interface FastifyRequest {
    editor?: SessionUser;
  }
}

/**
 * Whether cookies get the Secure attribute: when WIREROOM_PUBLIC_URL is https, or the request
 * arrived over https (directly, or via a proxy's X-Forwarded-Proto, which the server trusts).
 */
export function cookieSecure(deps: Deps, req: FastifyRequest): boolean {
  return (deps.settings.publicUrl ?? '').startsWith('https://') || req.protocol === 'https';
}

/** Cookie attributes for the session cookie. */
export function sessionCookieOptions(deps: Deps, req: FastifyRequest) {
  return { path: '/editor', httpOnly: true, sameSite: 'strict' as const, secure: cookieSecure(deps, req) };
}

/** Whether the caller asked for JSON (the desk's script) rather than a page. */
export function wantsJson(req: FastifyRequest): boolean {
  return (req.headers.accept ?? '').includes('application/json');
}

/** Sends a refusal as JSON or as a short plain page. */
export function refuse(req: FastifyRequest, reply: FastifyReply, status: number, code: string, message: string) {
  if (wantsJson(req)) return reply.code(status).send({ error: { code, message } });
  return reply.code(status).type('text/plain; charset=utf-8').send(`${status} ${code}: ${message}\n`);
}

function sameToken(a: string, b: unknown): boolean {
  return typeof b === 'string' && sameSecret(a, b);
}

/** The CSRF token the request carries, from the header or the form body. */
export function csrfFromRequest(req: FastifyRequest): unknown {
  const body = req.body as Record<string, unknown> | undefined;
  return req.headers['x-csrf-token'] ?? body?._csrf;
}

/**
 * False when a browser says the request came from another origin (a cross-site form post); an
 * absent Origin header (non-browser clients, some same-origin GET-to-POST navigations) passes.
 */
export function sameOrigin(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  return origin === `${req.protocol}://${req.host}`;
}

/** Methods that read: a viewer may make these wherever an editor may. */
const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Why `have` may not make this request to a route that needs `need`, or null when it may. The
 * viewer role is a read-only desk: it passes an editor route's reads and nothing else. Pure.
 */
export function accessRefusal(have: string, need: Role, method: string, username: string): string | null {
  const needed = need === 'editor' && READ_METHODS.has(method) ? 'viewer' : need;
  if (roleAllows(have, needed)) return null;
  if (have === 'viewer')
    return `the viewer role can read the desk but not change it; an operator can give you the editor role with: wireroom users role ${username} editor`;
  return `this needs the ${need} role; you are ${have}`;
}

/**
 * A preHandler that requires a logged-in user with `role` (and a CSRF token on state changes);
 * on an editor route a viewer may read (accessRefusal).
 */
export function requireRole(deps: Deps, role: Role) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const user = await findSession(deps.db, req.cookies[SESSION_COOKIE], deps.clock.now());
    if (!user) {
      if (req.method === 'GET' && !wantsJson(req)) return reply.redirect(`/editor/login?next=${encodeURIComponent(req.url)}`, 303);
      return refuse(req, reply, 401, 'UNAUTHENTICATED', 'log in at /editor/login first');
    }
    const refusal = accessRefusal(user.role, role, req.method, user.username);
    if (refusal) return refuse(req, reply, 403, 'FORBIDDEN', refusal);
    if (!READ_METHODS.has(req.method) && (!sameOrigin(req) || !sameToken(user.csrfToken, csrfFromRequest(req)))) {
      return refuse(req, reply, 403, 'CSRF_TOKEN_INVALID', 'missing or wrong CSRF token; reload the page and try again');
    }
    req.editor = user;
  };
}
