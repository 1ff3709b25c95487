/**
 * Response compression for the portal API and the output feeds (@fastify/compress): br or gzip as
 * the client's Accept-Encoding prefers, above a size threshold. HTML pages (the editor, item pages,
 * the queue dashboard) stay uncompressed: they carry CSRF tokens next to reflected input, the shape
 * BREACH attacks need.
 */
import compress from '@fastify/compress';
import { constants } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Bodies under this many bytes go out as they are: gzip's framing would eat most of the gain. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

/** Brotli's quality: 4 is gzip's speed at a smaller size; 11 (zlib's default) costs ~100 ms on a 100 KB page. */
export const BROTLI_QUALITY = 4;

/** Encodings offered, best first; zstd is left out (Node 20's zlib has none). */
const ENCODINGS = ['br', 'gzip'] as const;

/** True for the routes whose bodies are compressed: the portal API and the output feeds. */
export function isCompressedRoute(url: string): boolean {
  return /^\/(api|feeds)(\/|$)/.test(url);
}

/**
 * Registers compression. Call it before any route is added: it works through onRoute hooks.
 * A compressed body is a different representation, so its strong ETag becomes weak (RFC 9110
 * §8.8.1); If-None-Match compares weakly, so revalidation still answers 304.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  // Runs before the plugin's own onRoute hook, which reads `compress`.
  app.addHook('onRoute', (route) => {
    if (!isCompressedRoute(route.url)) route.compress = false;
  });
  await app.register(compress, {
    encodings: [...ENCODINGS],
    threshold: COMPRESS_THRESHOLD_BYTES,
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } },
  });
  // Runs after the plugin's hook, so this onSend follows the one that compresses.
  app.addHook('onRoute', (route) => {
    if (isCompressedRoute(route.url)) route.onSend = [...toArray(route.onSend), weakenEtagWhenEncoded];
  });
}

async function weakenEtagWhenEncoded(_req: FastifyRequest, reply: FastifyReply, payload: unknown) {
  const etag = reply.getHeader('etag');
  if (reply.hasHeader('content-encoding') && typeof etag === 'string' && etag.startsWith('"')) void reply.header('etag', `W/${etag}`);
  return payload;
}

function toArray<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}
