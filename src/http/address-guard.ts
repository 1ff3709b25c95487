/**
 * SSRF guard: article and feed links come from untrusted feeds. A name is resolved once, every
 * address is checked, and the connection goes to the checked address (no DNS rebinding window).
 */
import ipaddr from 'ipaddr.js';
import dns from 'node:dns';
import net from 'node:net';
import { PipelineError } from '../errors';

/** Address ranges we never fetch from unless the operator allows private networks. */
const BLOCKED_V4: [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // carrier-grade NAT (RFC 6598)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, incl. cloud metadata 169.254.169.254
  ['172.16.0.0', 12], // RFC 1918
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // RFC 1918
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];
const BLOCKED_V6: [string, number][] = [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
  ['fd00:ec2::', 32], // AWS metadata over IPv6 (inside fc00::/7, listed for clarity)
  ['64:ff9b:1::', 48], // local-use NAT64 (RFC 8215): translates into the operator's own network
  ['100::', 64], // discard-only (RFC 6666)
  ['2001:db8::', 32], // documentation
];

const blockList = new net.BlockList();
for (const [a, p] of BLOCKED_V4) blockList.addSubnet(a, p, 'ipv4');
for (const [a, p] of BLOCKED_V6) blockList.addSubnet(a, p, 'ipv6');

/**
 * IPv6 forms that carry an IPv4 address a packet can end up at, as [test on the 16 bytes, where
 * the IPv4 bytes are, XOR mask]: checked as that IPv4 address too, so `::ffff:127.0.0.1`,
 * `::127.0.0.1`, `64:ff9b::a9fe:a9fe` or `2002:7f00:1::` are loopback/metadata like the original.
 */
const EMBEDDED_V4: [(b: number[]) => boolean, number, number][] = [
  [(b) => b.slice(0, 10).every((x) => x === 0) && b[10] === 0xff && b[11] === 0xff, 12, 0], // IPv4-mapped ::ffff:0:0/96
  [(b) => b.slice(0, 12).every((x) => x === 0), 12, 0], // IPv4-compatible ::/96 (deprecated, still routed by some stacks)
  [(b) => b.slice(0, 8).every((x) => x === 0) && b[8] === 0xff && b[9] === 0xff && b[10] === 0 && b[11] === 0, 12, 0], // IPv4-translated ::ffff:0:0:0/96
  [(b) => b[0] === 0 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && b.slice(4, 12).every((x) => x === 0), 12, 0], // NAT64 64:ff9b::/96
  [(b) => b[0] === 0x20 && b[1] === 0x02, 2, 0], // 6to4 2002::/16
  [(b) => b[0] === 0x20 && b[1] === 0x01 && b[2] === 0 && b[3] === 0, 4, 0], // Teredo 2001::/32: the server
  [(b) => b[0] === 0x20 && b[1] === 0x01 && b[2] === 0 && b[3] === 0, 12, 0xff], // Teredo: the client (bits inverted)
];

/**
 * Every address a literal stands for, normalized: an IPv4 as is; an IPv6 in full form plus any
 * IPv4 it carries (mapped, compatible, translated, NAT64, 6to4, Teredo). Empty when not an IP. Pure.
 */
export function addressesToCheck(address: string): { address: string; family: 'ipv4' | 'ipv6' }[] {
  const family = net.isIP(address);
  if (family === 4) return [{ address, family: 'ipv4' }];
  if (family !== 6) return [];
  const v6 = ipaddr.IPv6.parse(canonicalV6(address));
  const bytes = v6.toByteArray();
  const out: { address: string; family: 'ipv4' | 'ipv6' }[] = [{ address: v6.toNormalizedString(), family: 'ipv6' }];
  for (const [matches, at, mask] of EMBEDDED_V4) {
    if (matches(bytes))
      out.push({
        address: bytes
          .slice(at, at + 4)
          .map((x) => x ^ mask)
          .join('.'),
        family: 'ipv4',
      });
  }
  return out;
}

/**
 * The URL Standard's spelling of an IPv6 literal (zone dropped): a dotted IPv4 tail becomes hex, as
 * ipaddr.js would otherwise read `::a.b.c.d` as IPv4-mapped. Pure.
 */
function canonicalV6(address: string): string {
  return new URL(`http://[${address.replace(/%.*$/, '')}]/`).hostname.slice(1, -1);
}

/** True when `address` is private, loopback, link-local, metadata or otherwise not public, in any form. */
export function isBlockedAddress(address: string): boolean {
  const forms = addressesToCheck(address);
  return !forms.length || forms.some((f) => blockList.check(f.address, f.family));
}

export type Resolver = (host: string) => Promise<{ address: string; family: number }[]>;

/** The system resolver (getaddrinfo), every address. */
export const systemResolver: Resolver = (host) => dns.promises.lookup(host, { all: true, verbatim: true });

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A `lookup` for net.connect that resolves once and refuses blocked addresses; the socket then
 * connects to exactly the address that was checked.
 */
export function guardedLookup(resolver: Resolver, allowPrivate: boolean) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    resolver(hostname).then(
      (addresses) => {
        const usable = addresses.filter((a) => allowPrivate || !isBlockedAddress(a.address));
        if (!usable.length || (!allowPrivate && usable.length !== addresses.length)) {
          const shown = addresses.map((a) => a.address).join(', ') || 'nothing';
          callback(
            new PipelineError(
              'FETCH_BLOCKED_ADDRESS',
              `${hostname} resolves to ${shown}, a private or reserved address; set WIREROOM_ALLOW_PRIVATE_NETWORKS=1 to allow`,
              { retryable: false },
            ) as NodeJS.ErrnoException,
            '',
            0,
          );
          return;
        }
        const wanted = usable.filter((a) => !options.family || a.family === options.family);
        const list = wanted.length ? wanted : usable;
        if (options.all) callback(null, list);
        else callback(null, list[0]!.address, list[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}

/** Checks a URL before any connection: http(s) only, and IP literals against the block list. */
export function checkUrl(href: string, allowPrivate: boolean): URL {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    throw new PipelineError('FETCH_BAD_URL', `not a URL: ${href.slice(0, 200)}`, { retryable: false });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new PipelineError('FETCH_BAD_SCHEME', `refusing ${u.protocol} URL ${href.slice(0, 200)}: only http and https are fetched`, {
      retryable: false,
    });
  }
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && net.isIP(host) && isBlockedAddress(host)) {
    throw new PipelineError(
      'FETCH_BLOCKED_ADDRESS',
      `refusing ${host}: a private or reserved address; set WIREROOM_ALLOW_PRIVATE_NETWORKS=1 to allow`,
      { retryable: false },
    );
  }
  return u;
}
