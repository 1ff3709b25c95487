/** Reads a response body through its Content-Encoding, cutting at the cap after decompression. */
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';
import { PipelineError } from '../errors';

/** Collects at most `maxBytes` decoded bytes; throws FETCH_TOO_LARGE past it (gzip bombs too). */
export async function readBody(body: Readable, encoding: string | undefined, maxBytes: number, url: string): Promise<Buffer> {
  const decoder = decoderFor(encoding);
  const source: Readable = decoder ? body.pipe(decoder) : body;
  if (decoder) body.on('error', (err) => decoder.destroy(err));
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of source) {
      const buf = chunk as Buffer;
      size += buf.length;
      if (size > maxBytes) {
        throw new PipelineError(
          'FETCH_TOO_LARGE',
          `body of ${url} exceeds the cap of ${maxBytes} bytes${decoder ? ' after decompression' : ''}`,
          { retryable: false },
        );
      }
      chunks.push(buf);
    }
  } catch (err) {
    body.destroy();
    decoder?.destroy();
    if (err instanceof PipelineError) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('Z_') || code === 'ERR_BROTLI_DECOMPRESSION_FAILED' || code.startsWith('ERR__ERROR')) {
      throw new PipelineError('FETCH_DECODE', `cannot decompress ${encoding} body of ${url}`, { retryable: false, cause: err });
    }
    throw err;
  }
  return concatBody(chunks, size);
}

/** Bodies from this size on are collected into shared memory. */
export const SHARED_BODY_MIN_BYTES = 1024 * 1024;

/**
 * Joins a body's chunks (one copy, as Buffer.concat). A large body goes into a SharedArrayBuffer, so
 * the feed parser's worker thread reads the same memory instead of a second copy of the body.
 */
export function concatBody(chunks: readonly Buffer[], size: number): Buffer {
  if (size < SHARED_BODY_MIN_BYTES) return Buffer.concat(chunks, size);
  const out = Buffer.from(new SharedArrayBuffer(size));
  let at = 0;
  for (const c of chunks) at += c.copy(out, at);
  return out;
}

function decoderFor(encoding: string | undefined): Transform | undefined {
  const e = (encoding ?? '').trim().toLowerCase();
  if (e === 'gzip' || e === 'x-gzip') return zlib.createGunzip();
  if (e === 'deflate') return new DeflateDecoder();
  if (e === 'br') return zlib.createBrotliDecompress();
  return undefined;
}

/** RFC 1950 header check: CMF says deflate (CM = 8) and CMF·FLG is a multiple of 31. */
export function looksLikeZlib(head: Buffer): boolean {
  if (head.length < 2) return false;
  return (head[0]! & 0x0f) === 8 && ((head[0]! << 8) | head[1]!) % 31 === 0;
}

/**
 * "deflate" should be zlib-wrapped (RFC 9110 §8.4.1.2) but many servers send raw deflate
 * (RFC 1951), as browsers accept: the first bytes decide which inflater runs.
 */
class DeflateDecoder extends Transform {
  private inner: zlib.Inflate | zlib.InflateRaw | undefined;

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    if (!this.inner) {
      const inner = looksLikeZlib(chunk) ? zlib.createInflate() : zlib.createInflateRaw();
      inner.on('data', (d: Buffer) => {
        if (!this.push(d)) inner.pause();
      });
      inner.on('error', (err) => this.destroy(err));
      this.inner = inner;
    }
    this.inner.write(chunk, () => cb());
  }

  override _read(size: number): void {
    this.inner?.resume();
    super._read(size);
  }

  override _flush(cb: TransformCallback): void {
    if (!this.inner) return cb();
    this.inner.once('end', () => cb());
    this.inner.end();
  }

  override _destroy(err: Error | null, cb: (error: Error | null) => void): void {
    this.inner?.destroy();
    cb(err);
  }
}
