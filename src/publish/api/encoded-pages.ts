/**
 * Sends a rendered list page compressed once per version: the br or gzip body is kept in the page
 * cache next to the plain one (keyed by the page's strong ETag and the encoding), so a cached page
 * costs no compression CPU. Compressing a 100 KB page on every request cost more than the rest of
 * the request (bench/api-list.ts). Bodies the cache cannot hold go out plain, and the compression
 * plugin (http/compression.ts) encodes them per request; it leaves an encoded body alone.
 */
import { negotiate } from '@fastify/accept-negotiator';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { BROTLI_QUALITY, COMPRESS_THRESHOLD_BYTES } from '../../http/compression';
import type { PageCache } from './page-cache';

const ENCODINGS: ('br' | 'gzip')[] = ['br', 'gzip'];

/** Sends a JSON page; `cacheKey` (the page's strong ETag) when this body may be kept, else null. */
export function sendPage(req: FastifyRequest, reply: FastifyReply, pages: PageCache | null, cacheKey: string | null, body: Buffer) {
  void reply.type('application/json; charset=utf-8');
  const accept = req.headers['accept-encoding'];
  const encoding = typeof accept === 'string' && body.length >= COMPRESS_THRESHOLD_BYTES ? negotiate(accept, ENCODINGS) : null;
  if (!pages || cacheKey === null || encoding === null) return reply.send(body);
  const key = `${cacheKey}|${encoding}`;
  let encoded = pages.get(key);
  if (encoded === undefined) {
    encoded = encode(body, encoding);
    pages.set(key, encoded);
  }
  return reply
    .header('content-encoding', encoding)
    .header('vary', withAcceptEncoding(reply.getHeader('vary')))
    .send(encoded);
}

function encode(body: Buffer, encoding: 'br' | 'gzip'): Buffer {
  return encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } }) : gzipSync(body);
}

function withAcceptEncoding(vary: unknown): string {
  const list = typeof vary === 'string' && vary ? vary.split(',').map((v) => v.trim()) : [];
  return [...list.filter((v) => v.toLowerCase() !== 'accept-encoding'), 'Accept-Encoding'].join(', ');
}
