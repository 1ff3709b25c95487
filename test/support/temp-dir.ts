/**
 * Temporary directories for tests (data directories, feeds files, drop folders). Inside `npm test`
 * each is named `<prefix><run id>-<name>-XXXXXX`, so the global teardown removes any a test file
 * could not (a worker killed at a timeout); each file still removes its own in afterAll.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runNamespace } from './test-prefix';

/** A fresh temporary directory; `remove` deletes it with everything in it (safe to call twice). */
export function makeTempDir(name: string): { dir: string; remove: () => void } {
  const base = process.env.WIREROOM_TEST_RUN ? `${runNamespace()}-${name}-` : `${name}-`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), base));
  return { dir, remove: () => removeTempDir(dir) };
}

/** Deletes `dir` recursively; a process still writing into it gets a few retries (ENOTEMPTY, EBUSY). */
export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
