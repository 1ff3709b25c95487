/**
 * First start: GET / (to the setup page while no account exists, else to the desk or the console),
 * GET /editor/home (by role), and GET/POST /editor/setup (the one-time link creates the first
 * operator and logs them in).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { countUsers } from '../../auth/accounts-admin';
import { refuse, requireRole, sameOrigin, SESSION_COOKIE, sessionCookieOptions } from '../../auth/guard';
import { createSession } from '../../auth/sessions';
import { planSetup, SETUP_REFUSALS, type SetupGate } from '../../auth/setup-token';
import { insertUser, userProblems } from '../../auth/users';
import { isLoopbackHost } from '../../core/loopback';
import type { Deps } from '../../deps';
import { UserError } from '../../errors';
import { renderSetupPage } from './setup-page';

/** A request from this machine, not relayed by a proxy (a local proxy would make every client look local). */
export function fromLoopback(req: FastifyRequest): boolean {
  const h = req.headers;
  if (h['x-forwarded-for'] || h.forwarded || h['x-real-ip']) return false;
  return isLoopbackHost(req.socket.remoteAddress ?? '');
}

/** Registers /, /editor/home and /editor/setup. */
export function registerSetupRoutes(app: FastifyInstance, deps: Deps, gate: SetupGate): void {
  const verdict = async (req: FastifyRequest, token: string | undefined) =>
    planSetup({ state: gate.state, token, fromLoopback: fromLoopback(req), accounts: await countUsers(deps.db), now: deps.clock.now() });

  app.get('/', async (_req, reply) => reply.redirect((await countUsers(deps.db)) ? '/editor/home' : '/editor/setup', 302));

  app.get('/editor/home', { preHandler: requireRole(deps, 'editor') }, async (req, reply) =>
    reply.redirect(req.editor!.role === 'operator' ? '/editor/console' : '/editor', 302),
  );

  app.get('/editor/setup', async (req, reply) => {
    const token = (req.query as { token?: unknown }).token;
    const v = await verdict(req, typeof token === 'string' ? token : undefined);
    if (v === 'has-accounts') return reply.redirect('/editor/login', 303);
    const page = v === 'ok' ? renderSetupPage({ token: token as string }) : renderSetupPage({ token: null, error: SETUP_REFUSALS[v] });
    return reply
      .code(v === 'ok' ? 200 : v === 'not-loopback' ? 403 : 410)
      .type('text/html; charset=utf-8')
      .send(page);
  });

  app.post('/editor/setup', async (req, reply) => {
    const b = (req.body ?? {}) as Record<string, unknown>;
    const str = (k: string) => (typeof b[k] === 'string' ? (b[k] as string) : '');
    const token = str('token');
    const username = str('username').trim().toLowerCase();
    const again = (status: number, error: string) =>
      reply.code(status).type('text/html; charset=utf-8').send(renderSetupPage({ token, username, error }));
    if (!sameOrigin(req)) return refuse(req, reply, 403, 'CROSS_ORIGIN', 'use the setup page itself');
    const v = await verdict(req, token);
    if (v !== 'ok')
      return reply
        .code(v === 'not-loopback' ? 403 : 410)
        .type('text/html; charset=utf-8')
        .send(renderSetupPage({ token: null, error: SETUP_REFUSALS[v] }));
    const problems = userProblems(username, 'operator', str('password'));
    if (str('password') !== str('password2')) problems.push('password: the two passwords differ');
    if (problems.length) return again(400, problems.join('; '));
    if (!gate.consume())
      return reply
        .code(410)
        .type('text/html; charset=utf-8')
        .send(renderSetupPage({ token: null, error: SETUP_REFUSALS.used }));
    let user;
    try {
      user = await insertUser(deps.db, username, 'operator', str('password'));
    } catch (err) {
      gate.release();
      if (err instanceof UserError) return again(400, err.message);
      throw err;
    }
    const session = await createSession(deps.db, user.id, deps.clock.now());
    reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(deps, req));
    req.log.info({ username }, 'first operator account created from the setup link');
    return reply.redirect('/editor/console?done=welcome', 303);
  });
}
