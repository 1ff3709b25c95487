/** GET/POST /editor/login and POST /editor/logout: throttled password login (auth/login-check.ts), session cookie. */
import type { FastifyInstance } from 'fastify';
import { refuse, requireRole, sameOrigin, SESSION_COOKIE, sessionCookieOptions } from '../../auth/guard';
import { createHashSlots } from '../../auth/hash-slots';
import { createLoginChecker } from '../../auth/login-check';
import { createSession, deleteSession } from '../../auth/sessions';
import type { Deps } from '../../deps';
import { renderLoginPage } from './login-page';

/** Only same-site editor paths are followed after login (no open redirect). */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/editor(?:[/?#]|$)/.test(next) && !next.startsWith('//') ? next : '/editor';
}

/** Registers the login and logout routes. */
export function registerLoginRoutes(app: FastifyInstance, deps: Deps): void {
  const logins = createLoginChecker(deps.db, createHashSlots());

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
    const page = (status: number, error: string) =>
      reply.code(status).type('text/html; charset=utf-8').send(renderLoginPage({ next, username, error }));
    // Login CSRF: another site must not log a browser into an account of its choosing.
    if (!sameOrigin(req)) return refuse(req, reply, 403, 'CROSS_ORIGIN', "log in from the desk's own login page");
    if (!username || !password) return page(400, 'Enter your username and password.');
    const verdict = await logins.check(username, password, req.ip, now);
    if (verdict.kind === 'throttled') {
      const wait = Math.max(1, Math.ceil((verdict.retryAt.getTime() - now.getTime()) / 1000));
      reply.header('retry-after', String(wait));
      req.log.info({ username, ip: req.ip, retry_after_s: wait }, 'login throttled');
      return page(429, `Too many failed logins. Try again in ${waitText(wait)}, or ask an operator to unlock your account.`);
    }
    if (verdict.kind === 'busy') {
      reply.header('retry-after', '1');
      return page(503, 'The desk is busy checking other logins. Try again in a moment.');
    }
    if (verdict.kind === 'wrong') {
      req.log.info({ username, ip: req.ip }, 'login refused');
      return page(401, 'Wrong username or password.');
    }
    const user = verdict.user;
    const session = await createSession(deps.db, user.id, now);
    reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(deps, req));
    req.log.info({ username }, 'logged in');
    return reply.redirect(next, 303);
  });

  app.post('/editor/logout', { preHandler: requireRole(deps, 'viewer') }, async (req, reply) => {
    await deleteSession(deps.db, req.editor!.sessionId);
    reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(deps, req));
    return reply.redirect('/editor/login', 303);
  });
}

/** "40 seconds", "3 minutes": a wait as a person reads it. */
function waitText(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
