/** Durations in config: "90s", "10m", "2h", "1d", or a bare number of seconds. */
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Parses a duration into seconds; undefined when it is not one. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$/i.exec(value);
  if (!m) return undefined;
  const unit = (m[2] ?? 's').toLowerCase();
  return Number(m[1]) * (UNIT_SECONDS[unit] ?? 1);
}

/** Seconds as the shortest readable duration ("10m", "1h30m"). */
export function formatDuration(seconds: number): string {
  if (seconds % 86400 === 0 && seconds >= 86400) return `${seconds / 86400}d`;
  if (seconds % 3600 === 0 && seconds >= 3600) return `${seconds / 3600}h`;
  if (seconds % 60 === 0 && seconds >= 60) return `${seconds / 60}m`;
  return `${seconds}s`;
}
