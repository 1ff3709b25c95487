/**
 * The watched-folder channel: every few seconds each folder feed's directory is scanned; a ready
 * file is claimed by an atomic rename into `.processing/` (so two fetch processes never take the
 * same file), ingested, then renamed into `done/` or `failed/`, where `<file>.error.txt` says why.
 * A file over WIREROOM_WIRE_MAX_BODY goes to `failed/` unread.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Deps } from '../deps';
import type { Logger } from '../log';
import { readyFiles, uniqueName, type FolderFile } from './folder-files';
import { ingestDocument, type IngestFeed } from './ingest';
import { parsePollState } from './poll-state';
import { readFileCapped } from './read-capped';
import { wireTooLargeMessage } from './wire-cap';

export interface FolderFeed extends IngestFeed {
  dir: string;
}

export interface ScanReport {
  done: string[];
  failed: string[];
}

/** Scans one folder once; returns the names moved to done/ and failed/. */
export async function scanFolder(deps: Deps, feed: FolderFeed, log: Logger): Promise<ScanReport> {
  const report: ScanReport = { done: [], failed: [] };
  for (const sub of ['.processing', 'done', 'failed']) await fs.mkdir(path.join(feed.dir, sub), { recursive: true });
  await releaseStaleClaims(feed.dir, deps.clock.now().getTime());
  for (const name of readyFiles(await listFiles(feed.dir), deps.clock.now().getTime())) {
    const claimed = path.join(feed.dir, '.processing', name);
    try {
      await fs.rename(path.join(feed.dir, name), claimed);
    } catch {
      continue; // another process claimed it first
    }
    const outcome = await ingestFile(deps, feed, claimed, name, log);
    report[outcome.ok ? 'done' : 'failed'].push(await settleFile(deps, feed.dir, claimed, name, outcome));
  }
  return report;
}

async function ingestFile(
  deps: Deps,
  feed: FolderFeed,
  file: string,
  name: string,
  log: Logger,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    const read = await readFileCapped(file, deps.settings.wire.maxBodyBytes);
    if (!read.ok) return { ok: false, reason: `WIRE_TOO_LARGE: ${wireTooLargeMessage(read.size, deps.settings.wire.maxBodyBytes)}` };
    const result = await ingestDocument(deps, feed, { channel: 'folder', body: read.body, name }, log);
    if (!result.ok && !result.refused) throw result.error;
    return result.ok ? { ok: true } : { ok: false, reason: `${result.code}: ${result.reason}` };
  } catch (err) {
    log.error({ feed_id: feed.id, name, err }, 'wire file failed');
    return { ok: false, reason: `INTERNAL: ${(err as Error).message}` };
  }
}

/** Moves the claimed file to done/ or failed/ (with the reason beside it); returns its final name. */
async function settleFile(
  deps: Deps,
  dir: string,
  claimed: string,
  name: string,
  outcome: { ok: true } | { ok: false; reason: string },
): Promise<string> {
  const target = path.join(dir, outcome.ok ? 'done' : 'failed');
  const final = uniqueName(name, new Set(await fs.readdir(target)), deps.clock.now());
  if (!outcome.ok) await fs.writeFile(path.join(target, `${final}.error.txt`), `${outcome.reason}\n`);
  await fs.rename(claimed, path.join(target, final));
  return final;
}

/** A claim older than this was left by a process that died mid-file: the file goes back to be ingested again. */
const STALE_CLAIM_MS = 10 * 60_000;

/** Moves files claimed long ago (rename sets ctime: the claim time) back into the folder; ingest is idempotent. */
async function releaseStaleClaims(dir: string, nowMs: number): Promise<void> {
  const claims = path.join(dir, '.processing');
  for (const name of await fs.readdir(claims)) {
    const st = await fs.stat(path.join(claims, name)).catch(() => null);
    if (st?.isFile() && nowMs - st.ctimeMs > STALE_CLAIM_MS)
      await fs.rename(path.join(claims, name), path.join(dir, name)).catch(() => undefined);
  }
}

async function listFiles(dir: string): Promise<FolderFile[]> {
  const out: FolderFile[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const st = await fs.stat(path.join(dir, entry.name)).catch(() => null);
    if (st) out.push({ name: entry.name, size: st.size, mtimeMs: st.mtimeMs, isFile: true });
  }
  return out;
}

/** The active folder feeds and their directories (feeds.yaml `path:`, resolved from the working directory). */
export async function findFolderFeeds(deps: Deps): Promise<FolderFeed[]> {
  const rows = await deps.db
    .selectFrom('feeds')
    .select(['id', 'source_id', 'type', 'poll_state'])
    .where('type', '=', 'folder')
    .where('active', '=', true)
    .where('paused', '=', false)
    .execute();
  return rows.flatMap((r) => {
    const p = parsePollState(r.poll_state).path;
    return p ? [{ id: r.id, source_id: r.source_id, type: r.type, dir: path.resolve(p) }] : [];
  });
}

/** Scans every folder feed every `intervalMs` until stopped; one scan at a time. */
export function startFolderWatchers(deps: Deps, intervalMs: number): () => Promise<void> {
  const log = deps.log.child({ channel: 'folder' });
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = (async () => {
      for (const feed of await findFolderFeeds(deps)) {
        const r = await scanFolder(deps, feed, log).catch(
          (err: unknown) => (log.warn({ feed_id: feed.id, dir: feed.dir, err: (err as Error).message }, 'folder scan failed'), null),
        );
        if (r && (r.done.length || r.failed.length))
          log.info({ feed_id: feed.id, done: r.done.length, failed: r.failed.length }, 'folder scanned');
      }
    })()
      .catch((err: unknown) => log.warn({ err: (err as Error).message }, 'folder watch tick failed; will retry')) // a database outage must not become an unhandled rejection (crash)
      .finally(() => (running = null));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
