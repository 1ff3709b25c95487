/**
 * Which files in a watched folder are ready to ingest, and where a processed file goes. Pure:
 * names, sizes and times in; decisions out.
 */
import path from 'node:path';

/** A file younger than this may still be being written (agencies drop by FTP/SFTP/rsync). */
export const SETTLE_MS = 2000;
/** Suffixes and prefixes that mark a transfer in progress or an editor's scratch file. */
const PARTIAL = /(^\.|^~|\.(tmp|temp|part|partial|filepart|crdownload|swp|lock)$|~$)/i;
/** Files we write ourselves beside the failed ones. */
const OURS = /\.error\.txt$/i;

export interface FolderFile {
  name: string;
  size: number;
  mtimeMs: number;
  isFile: boolean;
}

/** Files ready now, oldest first; partial, hidden, empty and still-changing files wait. */
export function readyFiles(files: readonly FolderFile[], nowMs: number): string[] {
  return files
    .filter((f) => f.isFile && f.size > 0 && !PARTIAL.test(f.name) && !OURS.test(f.name) && nowMs - f.mtimeMs >= SETTLE_MS)
    .sort((a, b) => a.mtimeMs - b.mtimeMs || a.name.localeCompare(b.name))
    .map((f) => f.name);
}

/** The name a processed file takes in done/ or failed/ when that name is already taken. */
export function uniqueName(name: string, taken: ReadonlySet<string>, now: Date): string {
  if (!taken.has(name)) return name;
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  for (let i = 0; ; i++) {
    const candidate = `${stem}.${stamp}${i ? `-${i}` : ''}${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}
