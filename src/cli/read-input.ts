/** Reads a CLI input argument: a file path, or "-" for standard input. */
import fs from 'node:fs';
import { UserError } from '../errors';

/** The bytes of `file`, or of stdin when `file` is "-". */
export async function readInput(file: string): Promise<Buffer> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw new UserError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, 1);
  }
}
