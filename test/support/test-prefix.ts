/**
 * The prefix of everything a test run makes outside its own process: Postgres databases, BullMQ
 * (Redis) key prefixes and temporary directories. WIREROOM_TEST_PREFIX chooses it (default `wr_t_`),
 * so two checkouts or CI jobs on one Postgres can keep out of each other's way; the stale-database
 * cleanup in global-setup.ts drops only names of this prefix that a run of it made.
 */

export const DEFAULT_TEST_PREFIX = 'wr_t_';

/**
 * Longest prefix: a test database is named `<prefix><run id>_<pid>_<tag>_<n>` (or a test's own
 * `<prefix><run id>_<pid>_schema_partial`), and Postgres cuts identifiers at 63 bytes.
 */
export const MAX_TEST_PREFIX_LENGTH = 24;

const PREFIX_RE = /^[a-z0-9_]+$/;

/** `raw` (WIREROOM_TEST_PREFIX) checked, or the default when unset or empty; throws a message naming the variable. */
export function parseTestPrefix(raw: string | undefined): string {
  if (raw === undefined || raw === '') return DEFAULT_TEST_PREFIX;
  if (!PREFIX_RE.test(raw) || raw.length > MAX_TEST_PREFIX_LENGTH)
    throw new Error(
      `WIREROOM_TEST_PREFIX=${JSON.stringify(raw)} is not a valid test prefix: use 1–${MAX_TEST_PREFIX_LENGTH} ` +
        `lowercase letters, digits and underscores (e.g. "wr_t_" or "ci_job7_"), or unset it for the default "${DEFAULT_TEST_PREFIX}"`,
    );
  return raw;
}

/** This process's test prefix (WIREROOM_TEST_PREFIX, checked). */
export function testPrefix(): string {
  return parseTestPrefix(process.env.WIREROOM_TEST_PREFIX);
}

/**
 * What every name of one run starts with: the prefix and the run id the global setup chose
 * (`x` outside `npm test`, as before).
 */
export function runNamespace(): string {
  return `${testPrefix()}${process.env.WIREROOM_TEST_RUN ?? 'x'}`;
}

/** A run id: the start time and the pid in base 36, `x` between (parseRunStart reads the time back). */
export function newRunId(now: number, pid: number): string {
  return `${now.toString(36)}x${pid.toString(36)}`;
}

/**
 * When the run that made `name` started, if `name` is `<prefix><run id>` followed by `_` or `-` (or
 * nothing), else null. Strict on purpose: another prefix that merely begins with this one
 * (`wr_t_ci_…` for `wr_t_`) has no run id after it and is not taken for one of ours.
 */
export function parseRunStart(name: string, prefix: string): number | null {
  if (!name.startsWith(prefix)) return null;
  const m = /^([0-9a-z]{8,9})x[0-9a-z]+(?:[_-]|$)/.exec(name.slice(prefix.length));
  if (!m) return null;
  const started = parseInt(m[1]!, 36);
  return started >= EARLIEST_RUN ? started : null;
}

/** No run started before this (2024-01-01): a smaller "time" is part of some other name. */
const EARLIEST_RUN = Date.UTC(2024, 0, 1);
