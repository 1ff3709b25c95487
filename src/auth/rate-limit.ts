/**
 * Login rate limit, kept in the database so every serve process shares it: after too many failed
 * attempts from one address or for one username within the window, logins are refused until the
 * window has passed (OWASP Authentication Cheat Sheet: throttle per account and per source).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** Failed attempts counted over this window. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failures allowed per username in the window (a person mistyping, not a guesser). */
export const MAX_FAILS_PER_USERNAME = 5;
/** Failures allowed per address in the window (a newsroom may share one NAT address). */
export const MAX_FAILS_PER_IP = 20;

export interface LoginCounts {
  byIp: number;
  byUsername: number;
}

/** Whether a login may be tried now, given recent failure counts. Pure. */
export function loginAllowed(c: LoginCounts): boolean {
  return c.byIp < MAX_FAILS_PER_IP && c.byUsername < MAX_FAILS_PER_USERNAME;
}

/** Recent failures for this address and username. */
export async function countRecentFailures(db: Kysely<Database>, ip: string, username: string, now: Date): Promise<LoginCounts> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const row = await db
    .selectFrom('login_attempts')
    .select([
      sql<number>`count(*) FILTER (WHERE ip = ${ip})::int`.as('by_ip'),
      sql<number>`count(*) FILTER (WHERE username = ${username})::int`.as('by_username'),
    ])
    .where('ok', '=', false)
    .where('at', '>', since)
    .where((eb) => eb.or([eb('ip', '=', ip), eb('username', '=', username)]))
    .executeTakeFirstOrThrow();
  return { byIp: Number(row.by_ip), byUsername: Number(row.by_username) };
}

/** Records one attempt; old rows are pruned now and then. */
export async function recordLoginAttempt(db: Kysely<Database>, ip: string, username: string, ok: boolean, now: Date): Promise<void> {
  await db.insertInto('login_attempts').values({ at: now, ip, username: username.slice(0, 100), ok }).execute();
  if (ok) await db.deleteFrom('login_attempts').where('at', '<', new Date(now.getTime() - 24 * 60 * 60 * 1000)).execute();
}
