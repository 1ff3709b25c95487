/** Reads a watched-folder file only up to the wire cap, so an oversized file never fills memory (issue 16). */
import fs from 'node:fs/promises';

/** The file's bytes, read up to `capBytes`; `too-large` (with the size known by then) without reading the rest. */
export async function readFileCapped(file: string, capBytes: number): Promise<{ ok: true; body: Buffer } | { ok: false; size: number }> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size > capBytes) return { ok: false, size };
    // The file may still grow after the stat: read at most one byte past the cap to tell.
    const buf = Buffer.alloc(Math.min(size, capBytes) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, filled, buf.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buf.length) break;
    }
    if (filled > capBytes) return { ok: false, size: Math.max(filled, (await handle.stat()).size) };
    return { ok: true, body: buf.subarray(0, filled) };
  } finally {
    await handle.close();
  }
}
