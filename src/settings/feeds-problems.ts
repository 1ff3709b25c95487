/**
 * The checks of feeds.yaml that the schema cannot make, and where each problem is: cross-entry
 * (duplicate source ids, feeds listed twice), semantic (poll intervals outside their bounds), and a
 * "did you mean" for unknown keys. Pure: values in, problems out. Each problem carries the path of
 * the offending key so the caller can name its line and column.
 */
import { formatDuration, parseDuration } from './duration';
import { suggestName } from '../core/suggest';

export interface ConfigProblem {
  /** Path to the offending key or entry in the raw document. */
  path: PropertyKey[];
  /** The message after the location, with the fix. */
  message: string;
}

/** Unknown keys further than this many edits from every allowed key get no suggestion (a guess, not a typo). */
const MAX_SUGGESTION_EDITS = 2;
/** Defaults of the poll bounds, as feeds-schema's defaultsSchema sets them. */
const DEFAULT_MIN_POLL_S = 5 * 60;
const DEFAULT_MAX_POLL_S = 24 * 3600;

/** The allowed key closest to `key`, when it is close enough to be a typo ("rigths" → "rights"). */
export function suggestKey(key: string, allowed: readonly string[]): string | undefined {
  return suggestName(key, allowed, MAX_SUGGESTION_EDITS);
}

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Duplicate source ids and feed URLs listed twice, on the raw document (so they show beside schema errors). */
export function crossEntryProblems(raw: unknown): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const ids = new Map<string, number>();
  const urls = new Map<string, string>();
  asList(asRecord(raw)?.sources).forEach((s, i) => {
    const src = asRecord(s);
    const id = typeof src?.id === 'string' ? src.id : undefined;
    const first = id === undefined ? undefined : ids.get(id);
    if (id !== undefined && first !== undefined)
      problems.push({
        path: ['sources', i, 'id'],
        message: `id "${id}" is already used by sources[${first}]; give each source a unique id`,
      });
    else if (id !== undefined) ids.set(id, i);
    asList(src?.feeds).forEach((f, j) => {
      const url = asRecord(f)?.url;
      if (typeof url !== 'string') return;
      const owner = urls.get(url);
      if (owner !== undefined)
        problems.push({
          path: ['sources', i, 'feeds', j, 'url'],
          message: `feed ${url} is already listed under ${owner}; list each feed once`,
        });
      else urls.set(url, `sources[${i}]${id ? ` (id "${id}")` : ''}`);
    });
  });
  return problems;
}

/** Poll intervals outside [min_poll_interval, max_poll_interval], and bounds the wrong way round: errors naming the bound, never adjusted. */
export function pollBoundProblems(raw: unknown): ConfigProblem[] {
  const defaults = asRecord(asRecord(raw)?.defaults);
  const min = parseDuration(defaults?.min_poll_interval) ?? DEFAULT_MIN_POLL_S;
  const max = parseDuration(defaults?.max_poll_interval) ?? DEFAULT_MAX_POLL_S;
  if (min > max)
    return [
      {
        path: ['defaults', 'min_poll_interval'],
        message: `min_poll_interval ${formatDuration(min)} is above max_poll_interval ${formatDuration(max)}; swap them`,
      },
    ];
  const problems: ConfigProblem[] = [];
  const check = (value: unknown, path: PropertyKey[]) => {
    const s = parseDuration(value);
    if (s === undefined || s <= 0) return; // the schema reports what is not a duration
    if (s < min)
      problems.push({
        path,
        message: `poll_interval ${formatDuration(s)} is below the minimum min_poll_interval ${formatDuration(min)}; use at least ${formatDuration(min)} (or lower defaults.min_poll_interval)`,
      });
    if (s > max)
      problems.push({
        path,
        message: `poll_interval ${formatDuration(s)} is above the maximum max_poll_interval ${formatDuration(max)}; use at most ${formatDuration(max)} (or raise defaults.max_poll_interval)`,
      });
  };
  check(defaults?.poll_interval, ['defaults', 'poll_interval']);
  asList(asRecord(raw)?.sources).forEach((s, i) => {
    check(asRecord(s)?.poll_interval, ['sources', i, 'poll_interval']);
    asList(asRecord(s)?.feeds).forEach((f, j) => check(asRecord(f)?.poll_interval, ['sources', i, 'feeds', j, 'poll_interval']));
  });
  return problems;
}
