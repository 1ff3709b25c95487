/**
 * Sets ETag / Last-Modified / Cache-Control on a reply and answers 304 when the client already has
 * this version (RFC 9110 §13.1). One item is as new as its row; a list or feed is as new as the
 * newest change anywhere that could alter it (its watermark), since a takedown removes a row
 * without leaving anything newer on the page.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isNotModified, lastModified, pageEtag, sentLastModified, wholeSecond, type CacheKeyRow } from './http-cache';

/**
 * Every portal GET is stored but revalidated: a takedown or rights change must show at the next
 * request (on lists, within WIREROOM_API_REVALIDATE_MS: key-memo.ts), and a revalidation costs
 * one indexed query (and no body when unchanged).
 */
export const REVALIDATE = 'no-cache';

/** Sets ETag, Last-Modified and Cache-Control for a response built from `rows`; `watermark` for lists. */
export function setValidators(
  reply: FastifyReply,
  variant: string,
  rows: readonly CacheKeyRow[],
  now: Date,
  watermark?: Date,
): { etag: string; modified: Date } {
  const etag = pageEtag(variant, rows);
  const modified = watermark ? wholeSecond(watermark.getTime()) : lastModified(rows, now);
  void reply
    .header('etag', etag)
    .header('last-modified', sentLastModified(modified, now).toUTCString())
    .header('cache-control', REVALIDATE);
  return { etag, modified };
}

/** Sets the validators; returns true when a 304 was sent and the caller should stop. */
export function replyIfNotModified(
  req: FastifyRequest,
  reply: FastifyReply,
  variant: string,
  rows: readonly CacheKeyRow[],
  now: Date,
  watermark?: Date,
): boolean {
  const { etag, modified } = setValidators(reply, variant, rows, now, watermark);
  if (!isNotModified(req.headers as Record<string, string | undefined>, etag, modified)) return false;
  void reply.code(304).send();
  return true;
}

/**
 * For routes whose ETag is hashed over the body afterwards (body-validators.ts): sets Last-Modified
 * and answers 304 to an If-Modified-Since (without If-None-Match, which wins) when nothing changed since.
 */
export function replyIfUnchangedSince(req: FastifyRequest, reply: FastifyReply, newest: Date, now: Date): boolean {
  const modified = wholeSecond(newest.getTime());
  void reply.header('last-modified', sentLastModified(modified, now).toUTCString()).header('cache-control', REVALIDATE);
  if (req.headers['if-none-match'] !== undefined) return false;
  if (!isNotModified({ 'if-modified-since': req.headers['if-modified-since'] }, '', modified)) return false;
  void reply.code(304).send();
  return true;
}
