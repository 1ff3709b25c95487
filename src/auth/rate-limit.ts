/**
 * The login attempt log: one row per evaluated attempt (address, username, outcome), for the
 * operator's audit. Throttling itself is login-throttle.ts, which counts before the hash runs.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** How long attempt rows are kept. */
const ATTEMPT_LOG_KEEP_MS = 24 * 60 * 60 * 1000;

/** Records one evaluated attempt; old rows are pruned on each success. */
export async function recordLoginAttempt(db: Kysely<Database>, ip: string, username: string, ok: boolean, now: Date): Promise<void> {
  await db
    .insertInto('login_attempts')
    .values({ at: now, ip, username: username.slice(0, 100), ok })
    .execute();
  if (ok)
    await db
      .deleteFrom('login_attempts')
      .where('at', '<', new Date(now.getTime() - ATTEMPT_LOG_KEEP_MS))
      .execute();
}
