/**
 * What a test run leaves behind, removed: its own databases, Redis keys and temporary directories
 * at the end (global-teardown.ts), and those of runs of the same prefix killed before their
 * teardown (global-setup.ts). Names of any other prefix are never touched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminQuery, listDatabases } from './pg-admin';
import { parseRunStart } from './test-prefix';

/** Runs older than this are certainly over (CI allows 10 minutes; other runs of the prefix may be live). */
export const STALE_MS = 2 * 3600 * 1000;

/** Whether `name` was made by a run of `prefix` that started more than STALE_MS before `now`. */
export function isStaleName(name: string, prefix: string, now: number): boolean {
  const started = parseRunStart(name, prefix);
  return started !== null && now - started > STALE_MS;
}

/** Drops the databases stale runs of `prefix` left; returns their names. */
export async function dropStaleDatabases(prefix: string, now: number): Promise<string[]> {
  const stale = (await listDatabases(prefix)).filter((d) => isStaleName(d, prefix, now));
  await adminQuery(stale.map(dropStatement));
  return stale;
}

/** Drops every database whose name starts with `namespace` (one run's `<prefix><run id>`). */
export async function dropRunDatabases(namespace: string): Promise<void> {
  await adminQuery((await listDatabases(namespace)).map(dropStatement));
}

function dropStatement(name: string): string {
  return `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`;
}

/** Removes the temporary directories stale runs of `prefix` left in `dir`; returns their names. */
export function removeStaleTempDirs(prefix: string, now: number, dir = os.tmpdir()): string[] {
  return removeEntries(dir, (name) => isStaleName(name, prefix, now));
}

/** Removes this run's temporary directories (`<namespace>-…`, made by makeTempDir) still in `dir`. */
export function removeRunTempDirs(namespace: string, dir = os.tmpdir()): string[] {
  return removeEntries(dir, (name) => name.startsWith(`${namespace}-`));
}

function removeEntries(dir: string, matches: (name: string) => boolean): string[] {
  const names = fs.readdirSync(dir).filter(matches);
  for (const name of names) fs.rmSync(path.join(dir, name), { recursive: true, force: true, maxRetries: 3 });
  return names;
}
