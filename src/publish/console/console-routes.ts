/**
 * The operator console under /editor/console: the page, its live part (reloaded by the page's
 * script), feed actions (pause, resume, poll now) and account actions (add, disable, enable,
 * unlock, reset password). Operators only; every POST carries the session's CSRF token.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resetPassword, setUserDisabled } from '../../auth/accounts-admin';
import { requireRole, refuse, wantsJson } from '../../auth/guard';
import { unlockUsername } from '../../auth/login-throttle';
import { insertUser } from '../../auth/users';
import type { Deps } from '../../deps';
import { UserError } from '../../errors';
import { runFeedAction } from '../editor/feed-routes';
import { renderConsole, renderConsoleLive } from './console-page';
import { loadConsoleFacts } from './console-queries';

/** Confirmations shown after an action (by a fixed key, so no text is reflected from the URL). */
const DONE: Record<string, string> = {
  welcome: 'Welcome. Your operator account is ready; this console refreshes itself every few seconds.',
  pause: 'Feed paused.',
  resume: 'Feed resumed; it is due now.',
  poll: 'Feed will be polled on the next scheduler tick.',
  added: 'Account created.',
  disable: 'Account disabled; its sessions ended.',
  enable: 'Account enabled.',
  unlock: 'Login waits lifted.',
  password: 'Password set; the account’s sessions ended.',
};

const ACCOUNT_ACTIONS = ['disable', 'enable', 'unlock', 'password'] as const;
type AccountAction = (typeof ACCOUNT_ACTIONS)[number];

/** Registers the console routes (inside the desk's scope: form parsing, CSP, no-store). */
export function registerConsoleRoutes(app: FastifyInstance, deps: Deps): void {
  const operator = { preHandler: requireRole(deps, 'operator') };
  const page = async (req: FastifyRequest, reply: FastifyReply, status = 200, notice: string | null = null, kind: 'ok' | 'error' = 'ok') =>
    reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(renderConsole({ user: req.editor!, facts: await loadConsoleFacts(deps), notice, noticeKind: kind }));
  const done = (req: FastifyRequest, reply: FastifyReply, key: string, anchor: string) =>
    wantsJson(req) ? reply.send({ ok: true, done: key }) : reply.redirect(`/editor/console?done=${key}#${anchor}`, 303);

  app.get('/editor/console', operator, async (req, reply) =>
    page(req, reply, 200, DONE[String((req.query as Record<string, unknown>).done ?? '')] ?? null),
  );

  app.get('/editor/console/live', operator, async (req, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('x-console-live', '1')
      .send(renderConsoleLive(await loadConsoleFacts(deps), req.editor!.csrfToken).value),
  );

  app.post('/editor/console/feeds/:id/:action', operator, async (req, reply) => {
    const applied = await runFeedAction(deps, req, reply, '/editor/console/feeds');
    if (!applied) return reply;
    const { action } = applied;
    return done(req, reply, action, 'feeds');
  });

  app.post('/editor/console/accounts', operator, async (req, reply) => {
    const b = (req.body ?? {}) as Record<string, unknown>;
    const str = (k: string) => (typeof b[k] === 'string' ? (b[k] as string) : '');
    try {
      const user = await insertUser(deps.db, str('username').trim().toLowerCase(), str('role'), str('password'));
      req.log.info({ username: user.username, role: user.role, actor: req.editor!.username }, 'account created');
    } catch (err) {
      if (err instanceof UserError) return page(req, reply, 400, err.message.replace(/^wireroom users add: /, 'Not created: '), 'error');
      throw err;
    }
    return done(req, reply, 'added', 'accounts');
  });

  app.post('/editor/console/accounts/:username/:action', operator, async (req, reply) => {
    const p = req.params as { username?: string; action?: string };
    const username = (p.username ?? '').toLowerCase();
    const action = p.action as AccountAction;
    if (!ACCOUNT_ACTIONS.includes(action))
      return refuse(req, reply, 400, 'BAD_REQUEST', 'use POST /editor/console/accounts/<username>/disable|enable|unlock|password');
    if (action === 'disable' && username === req.editor!.username)
      return page(req, reply, 400, 'You cannot disable your own account: ask another operator.', 'error');
    try {
      await applyAccountAction(deps, username, action, (req.body as Record<string, unknown> | undefined)?.password);
    } catch (err) {
      if (err instanceof UserError) return page(req, reply, 400, `${username}: ${err.message}`, 'error');
      throw err;
    }
    req.log.info({ username, action, actor: req.editor!.username }, 'account action');
    return done(req, reply, action, 'accounts');
  });
}

/** Carries out one account action; UserError on an unknown account or a bad password. */
async function applyAccountAction(deps: Deps, username: string, action: AccountAction, password: unknown): Promise<void> {
  if (action === 'disable' || action === 'enable') await setUserDisabled(deps.db, username, action === 'disable');
  else if (action === 'unlock') await unlockUsername(deps.db, username);
  else await resetPassword(deps.db, username, typeof password === 'string' ? password : '');
}
