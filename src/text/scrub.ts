/**
 * Characters XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF) dropped from every
 * string of a parsed feed or a built item. Lenient parsing lets them through from raw bytes,
 * `&#0;`-style references and JSON `\u0000` escapes, and Postgres refuses NUL in text and jsonb:
 * one such character would fail the same batch on every poll of its feed, or an article job on
 * every try.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'g');

/** A string without forbidden characters (the same string when it has none). */
export function scrubString(s: string): string {
  return FORBIDDEN.test(s) ? s.replace(FORBIDDEN_ALL, '') : s;
}

/**
 * Removes forbidden characters from every string in `value`, in place: the parser's own fresh
 * objects and arrays, so nothing is copied. Returns `value`.
 */
export function scrubText<T>(value: T): T {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = typeof value[i] === 'string' ? scrubString(value[i] as string) : scrubText(value[i]);
  } else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const v = o[k];
      o[k] = typeof v === 'string' ? scrubString(v) : scrubText(v);
    }
  }
  return value;
}
