/**
 * WIREROOM_TRUSTED_PROXIES: which peers may set X-Forwarded-For / -Proto / -Host. Unset or "0":
 * none (the socket's address is the client's). A whole number: that many proxy hops in front.
 * Otherwise a comma list of addresses, CIDR ranges, or the names loopback, linklocal, uniquelocal.
 * Pure; the value is handed to Fastify's `trustProxy` as is.
 */
import ipaddr from 'ipaddr.js';
import { z } from 'zod';

export type TrustedProxies = false | number | readonly string[];

const NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const HINT =
  'must be a number of proxy hops, or a comma list of addresses / CIDR ranges (like "10.0.0.0/8, 127.0.0.1") or loopback, linklocal, uniquelocal; 0 or empty = no proxy trusted';

/** Whether one list entry is an address, a CIDR range, or a known name. Pure. */
export function isProxyEntry(entry: string): boolean {
  if (NAMES.has(entry)) return true;
  if (entry.includes('/')) {
    try {
      ipaddr.parseCIDR(entry);
      return true;
    } catch {
      return false;
    }
  }
  return ipaddr.isValid(entry);
}

/** The env schema for WIREROOM_TRUSTED_PROXIES. */
export const trustedProxiesSchema = z.string().transform((v, ctx): TrustedProxies => {
  const t = v.trim();
  if (/^(0|off|none|)$/i.test(t)) return false;
  if (/^\d+$/.test(t)) return Number(t);
  const list = t
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const bad = list.filter((p) => !isProxyEntry(p));
  if (!bad.length && list.length) return list;
  ctx.addIssue({ code: 'custom', message: `${bad.length ? `not an address or range: ${bad.join(', ')}; ` : ''}${HINT}` });
  return z.NEVER;
});
