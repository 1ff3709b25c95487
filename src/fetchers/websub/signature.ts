/**
 * WebSub content distribution signatures (W3C WebSub §8: X-Hub-Signature: method=hex, an HMAC of
 * the raw body with the subscription's secret; sha1, sha256, sha384 or sha512). Pure.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const METHODS = new Set(['sha1', 'sha256', 'sha384', 'sha512']);

export type SignatureCheck = { ok: true } | { ok: false; reason: 'unsigned' | 'unknown-method' | 'mismatch' };

/** Checks a delivery's X-Hub-Signature header against the body and secret, in constant time. */
export function checkSignature(header: string | undefined, body: Buffer, secret: string): SignatureCheck {
  if (!header) return { ok: false, reason: 'unsigned' };
  const m = /^\s*(sha1|sha256|sha384|sha512)=([0-9a-f]+)\s*$/i.exec(header);
  const method = m?.[1]?.toLowerCase();
  if (!m || !method || !METHODS.has(method)) return { ok: false, reason: 'unknown-method' };
  const want = createHmac(method, secret).update(body).digest();
  const given = Buffer.from(m[2]!.toLowerCase(), 'hex');
  return given.length === want.length && timingSafeEqual(given, want) ? { ok: true } : { ok: false, reason: 'mismatch' };
}

/** The header value a hub would send (for the test hub and for tools). */
export function signBody(method: 'sha1' | 'sha256' | 'sha384' | 'sha512', body: Buffer | string, secret: string): string {
  return `${method}=${createHmac(method, secret).update(body).digest('hex')}`;
}
