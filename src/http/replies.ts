/** The server's error replies in one shape, {error: {code, message, problems?}}, for the portal API and the ingest endpoints alike. */
import type { FastifyReply } from 'fastify';

/** 400 with every problem listed. */
export function badRequest(reply: FastifyReply, problems: string[]) {
  return reply.code(400).send({ error: { code: 'BAD_REQUEST', message: problems.join('; '), problems } });
}

/** 404. */
export function notFound(reply: FastifyReply, message: string) {
  return reply.code(404).send({ error: { code: 'NOT_FOUND', message } });
}

/** 410: the item was published once and has been taken down. */
export function gone(reply: FastifyReply, message: string) {
  return reply.code(410).send({ error: { code: 'GONE', message } });
}
