/**
 * The operator's account chores behind `wireroom users list|disable|enable|passwd|role`. A disabled
 * account cannot log in, and its sessions and API token stop working at once (every check reads
 * `disabled`; its sessions are also deleted, so enabling it again does not revive them). A new
 * password ends the account's sessions.
 */
import { sql, type Kysely } from 'kysely';
import type { Database, UserRow } from '../../db/schema';
import { UserError } from '../errors';
import { ANY_USER } from './login-throttle';
import { hashPassword, passwordProblems } from './password';
import { findUserByName, isRole, ROLES } from './users';

/** One account as `users list` shows it. */
export interface UserListing {
  id: number;
  username: string;
  role: string;
  disabled: boolean;
  hasApiToken: boolean;
  createdAt: Date;
  /** The latest use of any of its live sessions. */
  lastSeenAt: Date | null;
  /** Sessions not yet expired. */
  sessions: number;
  /** The latest end of a login wait (users unlock lifts it), when one is still running. */
  loginWaitUntil: Date | null;
}

/** Every account, by username, with its sessions and login waits. */
export async function listUsers(db: Kysely<Database>, now: Date): Promise<UserListing[]> {
  const rows = await db
    .selectFrom('users as u')
    .select((eb) => [
      'u.id',
      'u.username',
      'u.role',
      'u.disabled',
      'u.created_at',
      eb('u.api_token_hash', 'is not', null).as('has_token'),
      eb
        .selectFrom('sessions as s')
        .select((e) => e.fn.max('s.last_seen_at').as('m'))
        .whereRef('s.user_id', '=', 'u.id')
        .where('s.expires_at', '>', now)
        .as('last_seen_at'),
      eb
        .selectFrom('sessions as s')
        .select(sql<string>`count(*)`.as('n'))
        .whereRef('s.user_id', '=', 'u.id')
        .where('s.expires_at', '>', now)
        .as('sessions'),
      eb
        .selectFrom('login_throttle as t')
        .select((e) => e.fn.max('t.next_at').as('m'))
        .whereRef('t.username', '=', 'u.username')
        .where('t.username', '<>', ANY_USER)
        .where('t.next_at', '>', now)
        .as('wait_until'),
    ])
    .orderBy('u.username')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    username: r.username,
    role: r.role,
    disabled: r.disabled,
    hasApiToken: Boolean(r.has_token),
    createdAt: new Date(r.created_at),
    lastSeenAt: r.last_seen_at ? new Date(r.last_seen_at) : null,
    sessions: Number(r.sessions ?? 0),
    loginWaitUntil: r.wait_until ? new Date(r.wait_until) : null,
  }));
}

/** The account, or a UserError that names the command and how to see the accounts. */
async function userOrThrow(db: Kysely<Database>, command: string, username: string): Promise<UserRow> {
  const user = await findUserByName(db, username);
  if (!user) throw new UserError(`wireroom users ${command}: no account "${username}"; see the accounts with wireroom users list`);
  return user;
}

/** Ends every session of the account; returns how many there were. */
async function endSessions(db: Kysely<Database>, userId: number): Promise<number> {
  const rows = await db.deleteFrom('sessions').where('user_id', '=', userId).returning('id').execute();
  return rows.length;
}

/**
 * Disables or enables an account. Returns whether it changed and, when disabling, how many
 * sessions were ended.
 */
export async function setUserDisabled(
  db: Kysely<Database>,
  username: string,
  disabled: boolean,
): Promise<{ changed: boolean; sessionsEnded: number }> {
  const user = await userOrThrow(db, disabled ? 'disable' : 'enable', username);
  const changed = user.disabled !== disabled;
  if (changed) await db.updateTable('users').set({ disabled }).where('id', '=', user.id).execute();
  return { changed, sessionsEnded: disabled ? await endSessions(db, user.id) : 0 };
}

/** Sets a new password (checked like `users add`) and ends the account's sessions; returns how many. */
export async function setUserPassword(db: Kysely<Database>, username: string, password: string): Promise<number> {
  const problems = passwordProblems(password);
  if (problems.length) throw new UserError(`wireroom users passwd: ${problems.join('; ')}`);
  const user = await userOrThrow(db, 'passwd', username);
  const password_hash = await hashPassword(password);
  await db.updateTable('users').set({ password_hash }).where('id', '=', user.id).execute();
  return endSessions(db, user.id);
}

/** Gives an account another role (its sessions take it on their next request); returns the old role. */
export async function setUserRole(db: Kysely<Database>, username: string, role: string): Promise<string> {
  if (!isRole(role)) throw new UserError(`wireroom users role: role: must be one of ${ROLES.join(', ')}`);
  const user = await userOrThrow(db, 'role', username);
  if (user.role !== role) await db.updateTable('users').set({ role }).where('id', '=', user.id).execute();
  return user.role;
}
