/**
 * Webhook signatures: HMAC-SHA256 over `timestamp + "." + body`, sent as
 * `Wireroom-Signature: t=<unix seconds>,v1=<hex>` (the Stripe scheme: the timestamp in the signed
 * text stops replays of old bodies). Pure apart from hashing.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** How old a signature a receiver should accept, by default. */
export const SIGNATURE_TOLERANCE_S = 300;

/** The hex HMAC of `t.body`. */
export function hmacHex(secret: string, t: number, body: string): string {
  return createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
}

/** The Wireroom-Signature header value for `body` at `now`. */
export function signatureHeader(secret: string, body: string, now: Date): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${hmacHex(secret, t, body)}`;
}

/** What a receiver does: true when one v1 matches and t is within the tolerance. */
export function verifySignature(secret: string, header: string, body: string, now: Date, toleranceS = SIGNATURE_TOLERANCE_S): boolean {
  const parts = header.split(',').map((p) => p.trim().split('='));
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isSafeInteger(t) || Math.abs(now.getTime() / 1000 - t) > toleranceS) return false;
  const want = Buffer.from(hmacHex(secret, t, body), 'hex');
  return parts.some(([k, v]) => k === 'v1' && v !== undefined && /^[0-9a-f]{64}$/.test(v) && timingSafeEqual(Buffer.from(v, 'hex'), want));
}
