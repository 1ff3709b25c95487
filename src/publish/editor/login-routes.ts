/** GET/POST /editor/login and POST /editor/logout: rate-limited password login, session cookie. */
import type { FastifyInstance } from 'fastify';
import { refuse, requireRole, sameOrigin, SESSION_COOKIE, sessionCookieOptions } from '../../auth/guard';
import { hashPassword, verifyPassword } from '../../auth/password';
import { countRecentFailures, LOGIN_WINDOW_MS, loginAllowed, recordLoginAttempt } from '../../auth/rate-limit';
import { createSession, deleteSession } from '../../auth/sessions';
import { findUserByName } from '../../auth/users';
import type { Deps } from '../../deps';
import { renderLoginPage } from './login-page';

/** Only same-site editor paths are followed after login (no open redirect). */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/editor(?:[/?#]|$)/.test(next) && !next.startsWith('//') ? next : '/editor';
}

/** Registers the login and logout routes. */
export function registerLoginRoutes(app: FastifyInstance, deps: Deps): void {
  // Compared against when the username is unknown, so the reply takes as long as for a real one.
  let dummyHash: Promise<string> | undefined;

  app.get('/editor/login', async (req, reply) => {
    const q = req.query as { next?: string };
    return reply.type('text/html; charset=utf-8').send(renderLoginPage({ next: safeNext(q.next) }));
  });

  app.post('/editor/login', async (req, reply) => {
    const b = (req.body ?? {}) as Record<string, unknown>;
    const username = typeof b.username === 'string' ? b.username.trim().toLowerCase() : '';
    const password = typeof b.password === 'string' ? b.password : '';
    const next = safeNext(b.next);
    const now = deps.clock.now();
    const page = (status: number, error: string) => reply.code(status).type('text/html; charset=utf-8').send(renderLoginPage({ next, username, error }));
    // Login CSRF: another site must not log a browser into an account of its choosing.
    if (!sameOrigin(req)) return refuse(req, reply, 403, 'CROSS_ORIGIN', 'log in from the desk\'s own login page');
    if (!username || !password) return page(400, 'Enter your username and password.');
    if (!loginAllowed(await countRecentFailures(deps.db, req.ip, username, now))) {
      reply.header('retry-after', String(LOGIN_WINDOW_MS / 1000));
      return page(429, 'Too many failed logins. Wait 15 minutes and try again, or ask an operator.');
    }
    const user = await findUserByName(deps.db, username);
    const ok = user && !user.disabled ? await verifyPassword(password, user.password_hash) : await verifyPassword(password, await (dummyHash ??= hashPassword('not-a-password')));
    await recordLoginAttempt(deps.db, req.ip, username, Boolean(ok && user), now);
    if (!ok || !user) {
      req.log.info({ username, ip: req.ip }, 'login refused');
      return page(401, 'Wrong username or password.');
    }
    const session = await createSession(deps.db, user.id, now);
    reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(deps, req));
    req.log.info({ username }, 'logged in');
    return reply.redirect(next, 303);
  });

  app.post('/editor/logout', { preHandler: requireRole(deps, 'editor') }, async (req, reply) => {
    await deleteSession(deps.db, req.editor!.sessionId);
    reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(deps, req));
    return reply.redirect('/editor/login', 303);
  });
}
