/**
 * One login attempt from start to verdict: a place in the capped hash slots (none left: turned
 * away at once); in it, throttle claims for the (username, address) pair and for the address,
 * counted before the hash, then the hash; then the audit row and, on success, the pair's slate wiped. An unknown or disabled username is hashed
 * against a dummy so the answer takes as long as for a real one.
 */
import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../../db/schema';
import type { HashSlots } from './hash-slots';
import { ADDRESS_POLICY, ANY_USER, claimAttempt, clearAfterSuccess, USER_ADDRESS_POLICY } from './login-throttle';
import { hashPassword, verifyPassword } from './password';
import { recordLoginAttempt } from './rate-limit';
import { findUserByName } from './users';

export type LoginVerdict = { kind: 'ok'; user: UserRow } | { kind: 'wrong' } | { kind: 'throttled'; retryAt: Date } | { kind: 'busy' };

type Checked = { kind: 'throttled'; retryAt: Date } | { kind: 'checked'; user: UserRow | undefined; ok: boolean };

export interface LoginChecker {
  check(username: string, password: string, ip: string, now: Date): Promise<LoginVerdict>;
}

/** Builds the checker for one server (its hash slots and dummy hash live here). */
export function createLoginChecker(db: Kysely<Database>, slots: HashSlots): LoginChecker {
  let dummyHash: Promise<string> | undefined;
  async function verify(user: UserRow | undefined, password: string): Promise<boolean> {
    if (user && !user.disabled) return verifyPassword(password, user.password_hash);
    await verifyPassword(password, await (dummyHash ??= hashPassword('not-a-password')));
    return false;
  }
  /** Inside a hash slot: the throttle claims (counted before the hash), then the hash. */
  async function claimAndVerify(username: string, password: string, ip: string, now: Date): Promise<Checked> {
    // The pair first: hammering one waiting account does not use up the address's budget.
    for (const [name, policy] of [
      [username, USER_ADDRESS_POLICY],
      [ANY_USER, ADDRESS_POLICY],
    ] as const) {
      const claim = await claimAttempt(db, name, ip, policy, now);
      if (!claim.ok) return { kind: 'throttled', retryAt: claim.retryAt };
    }
    const user = await findUserByName(db, username);
    return { kind: 'checked', user, ok: await verify(user, password) };
  }
  return {
    async check(username, password, ip, now) {
      // A place in the hash line comes first: a flood beyond it is answered at once, with no database work and no attempt counted.
      const run = await slots.run(() => claimAndVerify(username, password, ip, now));
      if (run.busy) return { kind: 'busy' };
      const checked = run.value;
      if (checked.kind === 'throttled') return checked;
      await recordLoginAttempt(db, ip, username, checked.ok, now);
      if (!checked.ok || !checked.user) return { kind: 'wrong' };
      await clearAfterSuccess(db, username, ip, now);
      return { kind: 'ok', user: checked.user };
    },
  };
}
