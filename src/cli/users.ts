/** `wireroom users add <username> --role editor|operator`: creates a desk account; `users token`: its portal API token; `users unlock`: lifts login waits. */
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { unlockUsername } from '../auth/login-throttle';
import { insertUser, issueApiToken, revokeApiToken, userProblems } from '../auth/users';
import { UserError } from '../errors';
import { loadSettings } from '../settings';
import { withDatabase } from './with-database';

/** Reads the password: first line of stdin with --password-stdin, else a prompt without echo on a TTY. */
async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  if (!process.stdin.isTTY) throw new UserError('wireroom users add: no terminal to ask for the password; pipe it with --password-stdin');
  const first = await prompt('Password: ');
  const again = await prompt('Again: ');
  if (first !== again) throw new UserError('wireroom users add: the passwords differ; try again');
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
  const name = username.trim().toLowerCase();
  await withDatabase(settings, async (db) => {
    const cleared = await unlockUsername(db, name);
    process.stdout.write(
      cleared
        ? `unlocked "${name}" (login waits cleared at ${cleared} address${cleared === 1 ? '' : 'es'})\n`
        : `"${name}" had no login waits\n`,
    );
  });
}
