/**
 * Login sessions. The cookie carries a random 32-byte token; the table keeps its SHA-256, so a
 * leaked table does not yield live sessions. Each session has its own CSRF token (synchronizer
 * token pattern, OWASP CSRF Cheat Sheet).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** Sessions last this long without use (an editor's shift plus a break). */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export interface SessionUser {
  sessionId: string;
  userId: number;
  username: string;
  role: string;
  csrfToken: string;
}

/** A new random token (base64url). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

function sessionKey(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a session for `userId`; returns the cookie token and the CSRF token. */
export async function createSession(db: Kysely<Database>, userId: number, now: Date): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await db.deleteFrom('sessions').where('expires_at', '<', now).execute(); // prune at login: rare and cheap
  await db
    .insertInto('sessions')
    .values({
      id: sessionKey(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + SESSION_IDLE_MS),
    })
    .execute();
  return { token, csrfToken };
}

/** The live session for a cookie token, sliding its expiry; undefined when absent, expired or the account is disabled. */
export async function findSession(db: Kysely<Database>, token: string | undefined, now: Date): Promise<SessionUser | undefined> {
  if (!token || token.length > 100) return undefined;
  const id = sessionKey(token);
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id', 's.user_id', 's.csrf_token', 's.last_seen_at', 'u.username', 'u.role'])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', now)
    .where('u.disabled', '=', false)
    .executeTakeFirst();
  if (!row) return undefined;
  if (now.getTime() - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now, expires_at: new Date(now.getTime() + SESSION_IDLE_MS) })
      .where('id', '=', id)
      .execute();
  }
  return { sessionId: id, userId: row.user_id, username: row.username, role: row.role, csrfToken: row.csrf_token };
}

/** Ends a session (logout). */
export async function deleteSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}
