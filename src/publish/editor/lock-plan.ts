/**
 * The soft lock on an item ("being edited by ella since 10:42"): opening the item takes a free or
 * expired lock and renews one's own; someone else's is shown and may be taken over. It never
 * blocks a save; the version check (version-check.ts) does that. Pure.
 */

/** An editor who leaves an item for this long frees it: long enough to read and edit a story. */
export const LOCK_TTL_MS = 10 * 60 * 1000;

export interface ItemLock {
  username: string;
  since: Date;
  expiresAt: Date;
}

export type LockPlan =
  /** Free or expired (or taken over): `user` takes it; `from` names the editor whose lock was taken over. */
  | { kind: 'take'; lock: ItemLock; from: string | null }
  /** `user`'s own lock, extended. */
  | { kind: 'renew'; lock: ItemLock }
  /** Someone else is editing: shown, not taken. */
  | { kind: 'held'; lock: ItemLock };

/** What opening (or, with `takeOver`, taking over) the item does to its lock. */
export function planLock(current: ItemLock | null, user: string, now: Date, takeOver = false): LockPlan {
  const expiresAt = new Date(now.getTime() + LOCK_TTL_MS);
  const live = current !== null && current.expiresAt.getTime() > now.getTime();
  if (live && current.username === user) return { kind: 'renew', lock: { ...current, expiresAt } };
  if (live && !takeOver) return { kind: 'held', lock: current };
  return { kind: 'take', lock: { username: user, since: now, expiresAt }, from: live ? current.username : null };
}
