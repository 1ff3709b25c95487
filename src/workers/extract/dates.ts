/** Date strings from pages to ISO 8601 UTC. Pure: no clock. */

/** Pages written before this year are almost surely a parsing accident (e.g. "0001-01-01"). */
const MIN_YEAR = 1990;

/**
 * ISO 8601 UTC for a page's date string, or null. A date-time without a zone is read as UTC
 * (JavaScript would read it in the process's zone); RFC 2822 and "Tue Nov 19 2019 05:44:06 GMT" work too.
 */
export function toIsoUtc(value: string | null | undefined): string | null {
  if (!value) return null;
  let s = value.trim();
  if (!s) return null;
  if (/^\d{10}(?:\d{3})?$/.test(s)) return fromEpoch(Number(s));
  s = s.replace(/^(\d{4}-\d{2}-\d{2})\s+(\d{1,2}:\d{2})/, '$1T$2');
  if (/^\d{4}-\d{2}-\d{2}T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(s)) s += 'Z';
  s = s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2').replace(/\s*\(.*\)$/, '');
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return d.getUTCFullYear() < MIN_YEAR ? null : d.toISOString();
}

function fromEpoch(n: number): string | null {
  const ms = n > 1e12 ? n : n * 1000;
  const d = new Date(ms);
  return d.getUTCFullYear() < MIN_YEAR ? null : d.toISOString();
}
