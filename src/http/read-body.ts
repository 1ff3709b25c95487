/** Reads a response body through its Content-Encoding, cutting at the cap after decompression. */
import type { Readable } from 'node:stream';
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
        throw new PipelineError('FETCH_TOO_LARGE', `body of ${url} exceeds the cap of ${maxBytes} bytes${decoder ? ' after decompression' : ''}`, { retryable: false });
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
  return Buffer.concat(chunks, size);
}

function decoderFor(encoding: string | undefined): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | undefined {
  const e = (encoding ?? '').trim().toLowerCase();
  if (e === 'gzip' || e === 'x-gzip') return zlib.createGunzip();
  if (e === 'deflate') return zlib.createInflate();
  if (e === 'br') return zlib.createBrotliDecompress();
  return undefined;
}
