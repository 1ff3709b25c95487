/** Editor and operator accounts. */
import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../../db/schema';
import { UserError } from '../errors';
import { randomBytes } from 'node:crypto';
import { tokenHash } from './bearer';
import { hashPassword, passwordProblems } from './password';

/** Desk roles, least to most: a viewer reads the desk, an editor also reviews, an operator also runs feeds. */
export type Role = 'viewer' | 'editor' | 'operator';
export const ROLES: readonly Role[] = ['viewer', 'editor', 'operator'];

/** Usernames: lowercase letters, digits, dot, dash, underscore; 2–64 characters. */
const USERNAME = /^[a-z0-9._-]{2,64}$/;

/** Problems with a new account's fields (empty when acceptable). */
export function userProblems(username: string, role: string, password: string): string[] {
  const problems: string[] = [];
  if (!USERNAME.test(username)) problems.push('username: use 2–64 lowercase letters, digits, ".", "-" or "_"');
  if (!isRole(role)) problems.push(`role: must be one of ${ROLES.join(', ')}`);
  return [...problems, ...passwordProblems(password)];
}

/** Creates an account; throws UserError on bad input or an existing username. `hash`: the password hasher (tests pass a cheaper one). */
export async function insertUser(
  db: Kysely<Database>,
  username: string,
  role: string,
  password: string,
  hash: (password: string) => Promise<string> = hashPassword,
): Promise<UserRow> {
  const problems = userProblems(username, role, password);
  if (problems.length) throw new UserError(`wireroom users add: ${problems.join('; ')}`);
  const existing = await findUserByName(db, username);
  if (existing) throw new UserError(`wireroom users add: username "${username}" exists already; choose another`);
  const password_hash = await hash(password);
  return db.insertInto('users').values({ username, role, password_hash }).returningAll().executeTakeFirstOrThrow();
}

/** The account with this username, if any. */
export function findUserByName(db: Kysely<Database>, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

/** Whether `role` is one of ROLES. */
export function isRole(role: string): role is Role {
  return (ROLES as readonly string[]).includes(role);
}

/** Which roles may use a page: each role may do everything the roles before it in ROLES do. Pure. */
export function roleAllows(have: string, need: Role): boolean {
  return isRole(have) && ROLES.indexOf(have) >= ROLES.indexOf(need);
}

/** Whether a desk user may change items: the pages hide their action buttons from viewers. Pure. */
export function mayEdit(user: { role: string }): boolean {
  return roleAllows(user.role, 'editor');
}

/**
 * Issues a new portal API read token for an enabled account (replacing any earlier one) and
 * returns it; only its sha256 is stored, so this is the one time it can be shown.
 */
export async function issueApiToken(db: Kysely<Database>, username: string): Promise<string> {
  const user = await findUserByName(db, username);
  if (!user)
    throw new UserError(`wireroom users token: no account "${username}"; create it with wireroom users add ${username} --role editor`);
  if (user.disabled) throw new UserError(`wireroom users token: account "${username}" is disabled`);
  const token = `wr_${randomBytes(24).toString('base64url')}`;
  await db
    .updateTable('users')
    .set({ api_token_hash: tokenHash(token) })
    .where('id', '=', user.id)
    .execute();
  return token;
}

/** Removes an account's API token; returns false when it had none. */
export async function revokeApiToken(db: Kysely<Database>, username: string): Promise<boolean> {
  const user = await findUserByName(db, username);
  if (!user) throw new UserError(`wireroom users token: no account "${username}"`);
  await db.updateTable('users').set({ api_token_hash: null }).where('id', '=', user.id).execute();
  return user.api_token_hash !== null;
}
