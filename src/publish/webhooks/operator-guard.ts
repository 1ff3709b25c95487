/**
 * The operator check for webhook administration (dead letters): WIREROOM_ADMIN_TOKEN (Bearer, or
 * Basic with the token as the password) or a logged-in operator's session. Applies whether or not
 * the portal API is open: dead letters name endpoints and their errors.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../../auth/guard';
import { findSession } from '../../auth/sessions';
import type { Deps } from '../../deps';
import { operatorAuthorized } from '../admin/bearer';

/** A preHandler letting only operators through: 401 for anyone else, 403 for a non-operator login. */
export function requireOperator(deps: Deps) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const token = deps.settings.ops.adminToken;
    if (token && operatorAuthorized(req.headers.authorization, token)) return;
    const user = await findSession(deps.db, req.cookies[SESSION_COOKIE], deps.clock.now());
    if (user?.role === 'operator') return;
    if (user) return reply.code(403).send({ error: { code: 'FORBIDDEN', message: `this needs the operator role; you are ${user.role}` } });
    return reply
      .code(401)
      .header('www-authenticate', 'Bearer')
      .send({ error: { code: 'UNAUTHORIZED', message: 'send Authorization: Bearer <WIREROOM_ADMIN_TOKEN>, or log in as an operator' } });
  };
}
