/**
 * Login throttling, kept in the database so every serve process shares it. An attempt is counted
 * before the password is hashed, by one upsert that both checks and counts (two concurrent
 * attempts cannot both read "4 failures"). Two keys: the (username, address) pair, with delays
 * that double after a few failures — a guesser elsewhere cannot lock an editor out — and the
 * address as a whole (username ''), for one address trying many names (OWASP Authentication
 * Cheat Sheet: throttle per account and source, prefer delays to hard locks).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export interface ThrottlePolicy {
  /** Failures allowed without any wait. */
  free: number;
  /** Wait after the first failure past `free`; doubles with each further one. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A key idle this long starts again from zero failures. */
  forgetMs: number;
}

/** One person at one address: five mistypes free, then 30 s, 1 min, 2 min … at most an hour; forgotten after a quiet day. */
export const USER_ADDRESS_POLICY: ThrottlePolicy = { free: 5, baseDelayMs: 30_000, maxDelayMs: 60 * 60_000, forgetMs: 24 * 60 * 60_000 };
/** One address, any usernames: 20 failures per 15 minutes (a newsroom may share one NAT address). */
export const ADDRESS_POLICY: ThrottlePolicy = { free: 20, baseDelayMs: 15 * 60_000, maxDelayMs: 15 * 60_000, forgetMs: 15 * 60_000 };
/** The username of an address-wide row. */
export const ANY_USER = '';

/** next_at of a key that may try again at once. */
const NO_WAIT = new Date(0);

export type Claim = { ok: true } | { ok: false; retryAt: Date };

/** Wait (ms) before the next attempt after `failures` failures under `policy`. Pure. */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.free) return 0;
  return Math.min(policy.baseDelayMs * 2 ** Math.min(failures - policy.free, 40), policy.maxDelayMs);
}

/** delayAfter for 0, 1, … failures up to where it stops growing (the last entry repeats). Pure. */
export function delaySchedule(policy: ThrottlePolicy): number[] {
  const out: number[] = [];
  for (let f = 0; out.length < 2 || out[out.length - 1]! < policy.maxDelayMs || f <= policy.free; f++) out.push(delayAfter(f, policy));
  return out;
}

/**
 * Counts one attempt for (username, ip) if it may be made now, atomically: the row is created or
 * updated only when its wait has passed (or it was forgotten), and then holds the next wait.
 */
export async function claimAttempt(db: Kysely<Database>, username: string, ip: string, policy: ThrottlePolicy, now: Date): Promise<Claim> {
  const schedule = delaySchedule(policy);
  const last = schedule.length - 1;
  const forgetBefore = new Date(now.getTime() - policy.forgetMs);
  const failures = sql<number>`(CASE WHEN t.last_at <= ${forgetBefore} THEN 1 ELSE t.failures + 1 END)`;
  const delay = sql<number>`(${`{${schedule.join(',')}}`}::float8[])[least(${failures}, ${last}) + 1]`;
  // No wait is stored as the epoch, not as `now`: a concurrent attempt stamped a moment earlier must still pass.
  const nextAt = sql<Date>`CASE WHEN ${delay} = 0 THEN ${NO_WAIT} ELSE ${now}::timestamptz + ${delay} * interval '1 millisecond' END`;
  const claimed = await sql<{ failures: number }>`
    INSERT INTO login_throttle AS t (username, ip, failures, last_at, next_at)
    VALUES (${username}, ${ip}, 1, ${now}, ${delayAfter(1, policy) ? new Date(now.getTime() + delayAfter(1, policy)) : NO_WAIT})
    ON CONFLICT (username, ip) DO UPDATE SET failures = ${failures}, last_at = ${now}, next_at = ${nextAt}
    WHERE t.next_at <= ${now} OR t.last_at <= ${forgetBefore}
    RETURNING failures`.execute(db);
  if (claimed.rows.length) return { ok: true };
  const row = await db
    .selectFrom('login_throttle')
    .select('next_at')
    .where('username', '=', username)
    .where('ip', '=', ip)
    .executeTakeFirst();
  return { ok: false, retryAt: row ? new Date(row.next_at) : now };
}

/** After a correct password: the pair starts clean, the address gets its attempt back, and keys idle past every policy's memory are pruned. */
export async function clearAfterSuccess(db: Kysely<Database>, username: string, ip: string, now: Date): Promise<void> {
  await db.deleteFrom('login_throttle').where('username', '=', username).where('ip', '=', ip).execute();
  const idleBefore = new Date(now.getTime() - Math.max(USER_ADDRESS_POLICY.forgetMs, ADDRESS_POLICY.forgetMs));
  await db.deleteFrom('login_throttle').where('last_at', '<', idleBefore).where('next_at', '<', now).execute();
  await db
    .updateTable('login_throttle')
    .set((eb) => ({ failures: sql<number>`greatest(${eb.ref('failures')} - 1, 0)` }))
    .where('username', '=', ANY_USER)
    .where('ip', '=', ip)
    .execute();
}

/** Lifts every wait on `username` (the `wireroom users unlock` command); returns the addresses cleared. */
export async function unlockUsername(db: Kysely<Database>, username: string): Promise<number> {
  const rows = await db
    .deleteFrom('login_throttle')
    .where('username', '=', username)
    .where('username', '<>', ANY_USER)
    .returning('ip')
    .execute();
  return rows.length;
}
