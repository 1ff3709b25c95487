/**
 * Leases, renewals and discovery for WebSub subscriptions (W3C WebSub §4, §5.1). Pure.
 */

/** Asked of hubs; many cap it (10 days is common). */
export const REQUESTED_LEASE_S = 7 * 86400;
/** Renew when less than this share of the lease remains, */
const RENEW_SHARE = 0.2;
/** …and never later than this before expiry, so a slow or briefly down hub still has time. */
const RENEW_MIN_MARGIN_S = 3600;
/** Subscribed feeds are still polled, this many times less often (a hub can fail silently). */
export const SUBSCRIBED_POLL_FACTOR = 4;

/** When a lease of `leaseS` seconds expiring at `expiresAt` should be renewed. */
export function renewAt(expiresAt: Date, leaseS: number): Date {
  const margin = Math.max(leaseS * RENEW_SHARE, Math.min(RENEW_MIN_MARGIN_S, leaseS / 2));
  return new Date(expiresAt.getTime() - margin * 1000);
}

/** Whether an active subscription needs renewing now. */
export function needsRenewal(sub: { expires_at: Date | null; lease_seconds: number | null }, now: Date): boolean {
  if (!sub.expires_at) return true;
  return renewAt(sub.expires_at, sub.lease_seconds ?? REQUESTED_LEASE_S) <= now;
}

/** The next poll of a subscribed feed: its interval times the factor, within the maximum. */
export function subscribedPollAt(now: Date, intervalS: number, maxS: number): Date {
  return new Date(now.getTime() + Math.min(intervalS * SUBSCRIBED_POLL_FACTOR, maxS) * 1000);
}

/** Hub and self URLs from Link headers (RFC 8288: `<url>; rel="hub"`), resolved against `base`. */
export function linkHeaderRels(header: string | undefined, base: string): { hubs: string[]; self: string | null } {
  const hubs: string[] = [];
  let self: string | null = null;
  for (const m of (header ?? '').matchAll(/<([^>]*)>\s*((?:;\s*[\w*-]+\s*=\s*(?:"[^"]*"|[^;,]*)\s*)*)/g)) {
    const rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]*))/i.exec(m[2] ?? '');
    const names = (rels?.[1] ?? rels?.[2] ?? '').toLowerCase().split(/\s+/);
    let url: string;
    try {
      url = new URL(m[1] ?? '', base).href;
    } catch {
      continue;
    }
    if (names.includes('hub')) hubs.push(url);
    if (names.includes('self')) self ??= url;
  }
  return { hubs, self };
}

/** The callback URL for a feed's subscription under the operator's public URL. */
export function callbackUrl(publicUrl: string, feedId: number): string {
  return `${publicUrl.replace(/\/$/, '')}/websub/callback/${feedId}`;
}
