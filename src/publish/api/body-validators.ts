/**
 * Validators for the portal GETs that build no ETag of their own (sources, clusters, the OpenAPI
 * document, webhook events, ninjs errors aside): a strong ETag hashed over the body as sent, and
 * Cache-Control. If-None-Match answers 304 (RFC 9110 §13.1.2); routes that know when their whole
 * answer last changed answer If-Modified-Since themselves (conditional.ts replyIfUnchangedSince).
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { REVALIDATE } from './conditional';
import { isNotModified } from './http-cache';

/** The routes this covers: the portal API and the feeds (they set their own, but a fallback is cheap). */
const PORTAL_ROUTE = /^\/(api|feeds)\//;

/** A strong ETag for a body. */
export function bodyEtag(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Registers the onSend hook; run it before compression so the hash is over the identity body. */
export function registerBodyValidators(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (!needsValidators(req, reply) || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) return payload;
    const etag = bodyEtag(payload);
    void reply.header('etag', etag);
    if (!reply.hasHeader('cache-control')) void reply.header('cache-control', REVALIDATE);
    if (!isNotModified({ 'if-none-match': req.headers['if-none-match'] }, etag, new Date(0), false)) return payload;
    void reply.code(304);
    return '';
  });
}

function needsValidators(req: FastifyRequest, reply: FastifyReply): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  return reply.statusCode === 200 && !reply.hasHeader('etag') && PORTAL_ROUTE.test(req.routeOptions.url ?? '');
}
