/**
 * Embedded mode keeps one process on the data directory. The running `wireroom start` writes its
 * console address into the directory, so a database command refused meanwhile can say exactly
 * where to do the same thing in the browser.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Beside wireroom.lock: the base URL of the process holding the directory. */
export const CONSOLE_URL_FILE = 'wireroom.url';
export const CONSOLE_PATH = '/editor/console';

/** Records `url` for the life of this process; returns the remover (also run at exit). */
export function writeConsoleUrl(dataDir: string, url: string): () => void {
  const file = path.join(dataDir, CONSOLE_URL_FILE);
  fs.writeFileSync(file, `${url}\n`);
  const remove = () => fs.rmSync(file, { force: true });
  process.once('exit', remove);
  return remove;
}

/** The running process's base URL and pid as it recorded them, when readable. */
export function readRunningProcess(dataDir: string): { url: string | null; pid: number | null } {
  const read = (name: string) => {
    try {
      return fs.readFileSync(path.join(dataDir, name), 'utf8').trim();
    } catch {
      return '';
    }
  };
  const pid = Number(read('wireroom.lock'));
  return { url: read(CONSOLE_URL_FILE) || null, pid: Number.isInteger(pid) && pid > 0 ? pid : null };
}

/** What a database command prints when `wireroom start` holds the embedded data directory. Pure. */
export function heldByStartMessage(dataDir: string, running: { url: string | null; pid: number | null }): string {
  const holder = `\`wireroom start\`${running.pid ? ` (pid ${running.pid})` : ''}`;
  const where = running.url ? `${running.url}${CONSOLE_PATH}` : `${CONSOLE_PATH} on the running server`;
  return [
    `wireroom: ${holder} holds the embedded database in ${dataDir}; only one process may open it.`,
    `While it runs, do this in the operator console: ${where}`,
    '  (feeds: health, errors and their fix, pause, resume, poll now; accounts: add, disable, enable, unlock, reset password).',
    'No account yet? Open the one-time setup link that `wireroom start` printed. Otherwise stop it (Ctrl-C) and run this command again.',
  ].join('\n');
}
