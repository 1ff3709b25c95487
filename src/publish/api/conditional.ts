/** Sets ETag / Last-Modified on a reply and answers 304 when the client already has this version. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isNotModified, lastModified, pageEtag, type CacheKeyRow } from './http-cache';

/** Sets ETag, Last-Modified and Cache-Control for a response built from `rows`; returns the ETag. */
export function setValidators(
  reply: FastifyReply,
  variant: string,
  rows: readonly CacheKeyRow[],
  now: Date,
): { etag: string; modified: Date } {
  const etag = pageEtag(variant, rows);
  const modified = lastModified(rows, now);
  void reply.header('etag', etag).header('last-modified', modified.toUTCString()).header('cache-control', 'no-cache');
  return { etag, modified };
}

/** Sets the validators; returns true when a 304 was sent and the caller should stop. */
export function replyIfNotModified(
  req: FastifyRequest,
  reply: FastifyReply,
  variant: string,
  rows: readonly CacheKeyRow[],
  now: Date,
  isList: boolean,
): boolean {
  const { etag, modified } = setValidators(reply, variant, rows, now);
  if (!isNotModified(req.headers as Record<string, string | undefined>, etag, modified, !isList)) return false;
  void reply.code(304).send();
  return true;
}
