/**
 * An extractor thread whose load never returns does not hold its task for good: after the start-up timeout the thread
 * is cut off and the task runs on a fresh one; a task whose threads keep stalling fails with EXTRACT_TIMEOUT.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createExtractPool } from '../../src/workers/extract-pool';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

const tmp = makeTempDir('wireroom-pool').dir;
afterAll(() => removeTempDir(tmp));

/** An extractor module whose first `hangs` loads spin forever (as a load that never returns), counted in a file beside it. */
function entry(name: string, hangs: number): string {
  const file = path.join(tmp, `${name}.js`);
  fs.writeFileSync(
    file,
    `const fs = require('node:fs');
const count = ${JSON.stringify(file + '.loads')};
const n = fs.existsSync(count) ? Number(fs.readFileSync(count, 'utf8')) : 0;
fs.writeFileSync(count, String(n + 1));
if (n < ${hangs}) for (;;) {}
exports.extractArticle = (html, url) => ({ title: 'extracted ' + url });
`,
  );
  return file;
}

const loads = (file: string) => Number(fs.readFileSync(file + '.loads', 'utf8'));
/**
 * Long enough for a thread to start and reach the module on a busy machine (at load 7 a 300 ms timeout cut a thread off
 * before it had loaded anything, so the load count fell short), short enough for the test.
 */
const STARTUP_TIMEOUT_MS = 2000;

it('moves the task to a fresh thread when the first one does not load in time', async () => {
  const file = entry('stalls-once', 1);
  const pool = createExtractPool({ size: 1, entry: file, startupTimeoutMs: STARTUP_TIMEOUT_MS });
  try {
    const article = await pool.extract('<p>x</p>', 'https://a.example/1', {}, 10_000);
    expect(article).toEqual({ title: 'extracted https://a.example/1' });
    expect(loads(file)).toBe(2);
  } finally {
    await pool.close();
  }
});

it('fails the task with EXTRACT_TIMEOUT when its threads keep stalling', async () => {
  const file = entry('stalls-always', 100);
  const pool = createExtractPool({ size: 1, entry: file, startupTimeoutMs: STARTUP_TIMEOUT_MS });
  try {
    await expect(pool.extract('<p>x</p>', 'https://a.example/2', {}, 5000)).rejects.toMatchObject({ code: 'EXTRACT_TIMEOUT' });
    expect(loads(file)).toBeGreaterThanOrEqual(2); // two threads tried it (a third may be starting for the next task)
  } finally {
    await pool.close();
  }
});
