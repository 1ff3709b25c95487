/**
 * snake_case keys for JSON an operator or a tool reads (the CLI's --json), like feeds.yaml and the
 * API: `pollIntervalS` → `poll_interval_s`. Only object keys change, values stay as they are.
 */

/** `creditTemplate` → `credit_template`; a key already in snake_case is left alone. */
export function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** A copy of `value` with every object key (at any depth) in snake_case. */
export function snakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeKeys);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [snakeCase(k), snakeKeys(v)]));
}
