/**
 * The one-time setup link of a fresh installation: while no account exists, the serving process
 * makes a random token, prints `<url>/editor/setup?token=…`, and accepts it once, from this
 * machine only, for SETUP_TTL_MS, to create the first operator. Only the token's SHA-256 is kept.
 */
import { randomBytes } from 'node:crypto';
import { sameSecret, tokenHash } from './bearer';

/** How long the printed link works: long enough to read the log and open a browser, short enough not to linger. */
export const SETUP_TTL_MS = 60 * 60 * 1000;

export interface SetupState {
  tokenHash: string;
  expiresAt: Date;
  used: boolean;
}

export type SetupVerdict = 'ok' | 'not-loopback' | 'has-accounts' | 'no-link' | 'used' | 'expired' | 'wrong-token';

export interface SetupFacts {
  state: SetupState | null;
  token: string | undefined;
  /** The request came over a loopback socket with no proxy headers. */
  fromLoopback: boolean;
  accounts: number;
  now: Date;
}

/** Decides whether a setup request may create the first operator. Pure. */
export function planSetup(f: SetupFacts): SetupVerdict {
  if (!f.fromLoopback) return 'not-loopback';
  if (f.accounts > 0) return 'has-accounts';
  if (!f.state) return 'no-link';
  if (f.state.used) return 'used';
  if (f.now.getTime() >= f.state.expiresAt.getTime()) return 'expired';
  if (!f.token || !sameSecret(f.state.tokenHash, tokenHash(f.token))) return 'wrong-token';
  return 'ok';
}

/** What a person is told for each refusal. */
export const SETUP_REFUSALS: Record<Exclude<SetupVerdict, 'ok'>, string> = {
  'not-loopback':
    'The setup page answers only on this machine (127.0.0.1 or localhost, not through a proxy). Open the link on the server itself, or use an SSH tunnel.',
  'has-accounts': 'Setup is done: an account exists. Log in at /editor/login.',
  'no-link':
    'Open the one-time setup link that `wireroom start` printed when it started (it contains a token). Restart wireroom for a new one.',
  used: 'This setup link was used already. Log in at /editor/login.',
  expired: 'This setup link has expired (links last one hour). Restart wireroom: it prints a new one while no account exists.',
  'wrong-token':
    'This setup link is not the current one. Use the link from the latest `wireroom start` log, or restart wireroom for a new one.',
};

/** The in-process holder of the setup token; `arm` makes one, `consume` spends it. */
export interface SetupGate {
  readonly state: SetupState | null;
  /** Makes a fresh token valid for SETUP_TTL_MS from `now`; returns it (it is never stored in clear). */
  arm(now: Date): string;
  /** Marks the token used; returns false when it was used already (two submits at once). */
  consume(): boolean;
  /** Makes a consumed token usable again (the account could not be created). */
  release(): void;
}

/** A gate with no token until armed. */
export function createSetupGate(): SetupGate {
  let state: SetupState | null = null;
  return {
    get state() {
      return state;
    },
    arm(now) {
      const token = randomBytes(24).toString('base64url');
      state = { tokenHash: tokenHash(token), expiresAt: new Date(now.getTime() + SETUP_TTL_MS), used: false };
      return token;
    },
    consume() {
      if (!state || state.used) return false;
      state = { ...state, used: true };
      return true;
    },
    release() {
      if (state) state = { ...state, used: false };
    },
  };
}
