/**
 * `wireroom users add|list|disable|enable|passwd|role|token|unlock`: desk accounts (viewer, editor,
 * operator), their passwords, portal API tokens and login waits.
 */
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { unlockUsername } from '../auth/login-throttle';
import { listUsers, setUserDisabled, setUserPassword, setUserRole, type UserListing } from '../auth/user-admin';
import { insertUser, issueApiToken, revokeApiToken, userProblems } from '../auth/users';
import { UserError } from '../errors';
import { loadSettings } from '../settings';
import { printTable } from './feeds';
import { withDatabase } from './with-database';

/** Reads the password: first line of stdin with --password-stdin, else a prompt without echo on a TTY. */
async function readPassword(fromStdin: boolean, command = 'add'): Promise<string> {
  if (fromStdin) {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  if (!process.stdin.isTTY)
    throw new UserError(`wireroom users ${command}: no terminal to ask for the password; pipe it with --password-stdin`);
  const first = await prompt('Password: ');
  const again = await prompt('Again: ');
  if (first !== again) throw new UserError(`wireroom users ${command}: the passwords differ; try again`);
  return first;
}

function prompt(question: string): Promise<string> {
  process.stderr.write(question);
  const muted = new Writable({ write: (_c, _e, cb) => cb() });
  const rl = readline.createInterface({ input: process.stdin, output: muted, terminal: true });
  return new Promise((resolve) =>
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    }),
  );
}

/** Creates the account and prints one line; bad input exits 2 with the reason. */
export async function usersAddCommand(username: string, opts: { role: string; passwordStdin?: boolean }): Promise<void> {
  const settings = loadSettings();
  const password = await readPassword(Boolean(opts.passwordStdin));
  const problems = userProblems(username, opts.role, password);
  if (problems.length) throw new UserError(`wireroom users add: ${problems.join('; ')}`);
  await withDatabase(settings, async (db) => {
    const user = await insertUser(db, username, opts.role, password);
    process.stdout.write(`created ${user.role} "${user.username}" (id ${user.id}); log in at /editor/login\n`);
  });
}

/** Prints a fresh portal API read token for the account (once: only its hash is kept), or revokes it. */
export async function usersTokenCommand(username: string, opts: { revoke?: boolean }): Promise<void> {
  const settings = loadSettings();
  await withDatabase(settings, async (db) => {
    if (opts.revoke) {
      const had = await revokeApiToken(db, username);
      process.stdout.write(had ? `revoked the API token of "${username}"\n` : `"${username}" had no API token\n`);
      return;
    }
    const token = await issueApiToken(db, username);
    process.stdout.write(`${token}\n`);
    process.stderr.write(
      `API token for "${username}" (shown once; it replaces any earlier one). Send it as Authorization: Bearer <token>.\n`,
    );
    if (settings.api.open === null) process.stderr.write('The portal API now needs a token (WIREROOM_API_OPEN=1 keeps it open).\n');
  });
}

/** Clears the failed-login waits of `username` at every address and prints how many there were. */
export async function usersUnlockCommand(username: string): Promise<void> {
  const settings = loadSettings();
  const name = loginName(username);
  await withDatabase(settings, async (db) => {
    const cleared = await unlockUsername(db, name);
    process.stdout.write(
      cleared
        ? `unlocked "${name}" (login waits cleared at ${cleared} address${cleared === 1 ? '' : 'es'})\n`
        : `"${name}" had no login waits\n`,
    );
  });
}

/** A username as typed at login: trimmed and lowercased. */
function loginName(username: string): string {
  return username.trim().toLowerCase();
}

/** One account as `users list --json` prints it (snake_case, like the API). */
function userJson(u: UserListing) {
  return {
    id: u.id,
    username: u.username,
    role: u.role,
    disabled: u.disabled,
    api_token: u.hasApiToken,
    created_at: u.createdAt.toISOString(),
    last_seen_at: u.lastSeenAt?.toISOString() ?? null,
    sessions: u.sessions,
    login_wait_until: u.loginWaitUntil?.toISOString() ?? null,
  };
}

/** Prints every account as a table, or as JSON with --json. */
export async function usersListCommand(opts: { json?: boolean }): Promise<void> {
  const settings = loadSettings();
  await withDatabase(settings, async (db) => {
    const users = await listUsers(db, new Date());
    if (opts.json) {
      process.stdout.write(JSON.stringify(users.map(userJson), null, 2) + '\n');
      return;
    }
    if (!users.length) {
      process.stdout.write('no accounts yet; create one with wireroom users add <username> --role editor\n');
      return;
    }
    const when = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace('T', ' ') : '—');
    printTable(
      ['username', 'role', 'status', 'api token', 'sessions', 'last seen (UTC)', 'login wait until (UTC)'],
      users.map((u) => [
        u.username,
        u.role,
        u.disabled ? 'disabled' : 'enabled',
        u.hasApiToken ? 'yes' : 'no',
        String(u.sessions),
        when(u.lastSeenAt),
        u.loginWaitUntil ? `${when(u.loginWaitUntil)} (wireroom users unlock ${u.username})` : '—',
      ]),
    );
  });
}

/** Disables an account (no login, sessions ended, API token refused) or enables it again. */
export async function usersSetDisabledCommand(username: string, disabled: boolean): Promise<void> {
  const settings = loadSettings();
  const name = loginName(username);
  await withDatabase(settings, async (db) => {
    const r = await setUserDisabled(db, name, disabled);
    const out = disabled
      ? r.changed
        ? `disabled "${name}": it cannot log in, ${r.sessionsEnded} session${r.sessionsEnded === 1 ? '' : 's'} ended, its API token is refused\n`
        : `"${name}" was disabled already${r.sessionsEnded ? ` (${r.sessionsEnded} leftover sessions ended)` : ''}\n`
      : r.changed
        ? `enabled "${name}": it can log in again\n`
        : `"${name}" was enabled already\n`;
    process.stdout.write(out);
  });
}

/** Sets a new password (from --password-stdin or a prompt) and logs the account out everywhere. */
export async function usersPasswdCommand(username: string, opts: { passwordStdin?: boolean }): Promise<void> {
  const settings = loadSettings();
  const name = loginName(username);
  const password = await readPassword(Boolean(opts.passwordStdin), 'passwd');
  await withDatabase(settings, async (db) => {
    const ended = await setUserPassword(db, name, password);
    process.stdout.write(`new password set for "${name}"; ${ended} session${ended === 1 ? '' : 's'} ended\n`);
  });
}

/** Gives an account another role. */
export async function usersRoleCommand(username: string, role: string): Promise<void> {
  const settings = loadSettings();
  const name = loginName(username);
  await withDatabase(settings, async (db) => {
    const before = await setUserRole(db, name, role.trim().toLowerCase());
    process.stdout.write(
      before === role.trim().toLowerCase()
        ? `"${name}" is ${before} already\n`
        : `"${name}" is now ${role.trim().toLowerCase()} (was ${before})\n`,
    );
  });
}
