/**
 * Account administration the operator console needs beyond users.ts: list, disable/enable, reset a
 * password, count. Each change that takes access away also ends the account's sessions.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { UserError } from '../errors';
import { hashPassword, passwordProblems } from './password';
import { findUserByName } from './users';

export interface AccountSummary {
  id: number;
  username: string;
  role: string;
  disabled: boolean;
  has_api_token: boolean;
  created_at: Date;
  /** The latest time a failed-login wait ends at some address, when one is still running. */
  locked_until: Date | null;
}

/** How many accounts exist (disabled ones too): zero means a fresh installation. */
export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every account by name, with whether a login wait is running on it at `now`. */
export async function listAccounts(db: Kysely<Database>, now: Date): Promise<AccountSummary[]> {
  const rows = await db
    .selectFrom('users as u')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('login_throttle')
          .select(['username', (e) => e.fn.max('next_at').as('until')])
          .where('next_at', '>', now)
          .groupBy('username')
          .as('t'),
      (join) => join.onRef('t.username', '=', 'u.username'),
    )
    .select(['u.id', 'u.username', 'u.role', 'u.disabled', 'u.api_token_hash', 'u.created_at', 't.until'])
    .orderBy('u.username')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    role: r.role,
    disabled: r.disabled,
    has_api_token: r.api_token_hash !== null,
    created_at: r.created_at,
    locked_until: r.until ? new Date(r.until) : null,
  }));
}

async function findOrThrow(db: Kysely<Database>, username: string) {
  const user = await findUserByName(db, username);
  if (!user) throw new UserError(`no account "${username}"`);
  return user;
}

/** Disables (or enables) an account; disabling ends its sessions at once. Returns false when nothing changed. */
export async function setUserDisabled(db: Kysely<Database>, username: string, disabled: boolean): Promise<boolean> {
  const user = await findOrThrow(db, username);
  if (user.disabled === disabled) return false;
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('users').set({ disabled }).where('id', '=', user.id).execute();
    if (disabled) await tx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
  });
  return true;
}

/** Sets a new password (checked like a new account's) and ends the account's sessions. */
export async function resetPassword(db: Kysely<Database>, username: string, password: string): Promise<void> {
  const problems = passwordProblems(password);
  if (problems.length) throw new UserError(problems.join('; '));
  const user = await findOrThrow(db, username);
  const password_hash = await hashPassword(password);
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('users').set({ password_hash }).where('id', '=', user.id).execute();
    await tx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
  });
}
