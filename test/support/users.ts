/**
 * A cheap password hash for accounts that tests log in with: scrypt at N=2^10 instead of 2^17 (~5 ms, not
 * ~600 ms). The stored form names its cost, so logins verify it as cheaply; tests of the hashing itself
 * (login limits, `users add`) keep the real cost.
 */
import { hashPassword } from '../../src/auth/password';

export const cheapHash = (password: string): Promise<string> => hashPassword(password, { N: 1 << 10, r: 8, p: 1 });
