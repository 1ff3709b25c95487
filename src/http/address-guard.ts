/**
 * SSRF guard: article and feed links come from untrusted feeds. A name is resolved once, every
 * address is checked, and the connection goes to the checked address (no DNS rebinding window).
 */
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
];

const blockList = new net.BlockList();
for (const [a, p] of BLOCKED_V4) blockList.addSubnet(a, p, 'ipv4');
for (const [a, p] of BLOCKED_V6) blockList.addSubnet(a, p, 'ipv6');

/** True when `address` is private, loopback, link-local, metadata or otherwise not public. */
export function isBlockedAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blockList.check(mapped[1]!, 'ipv4');
  const family = net.isIP(address);
  if (family === 4) return blockList.check(address, 'ipv4');
  if (family === 6) return blockList.check(address, 'ipv6');
  return true;
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
          callback(new PipelineError('FETCH_BLOCKED_ADDRESS', `${hostname} resolves to ${shown}, a private or reserved address; set WIREROOM_ALLOW_PRIVATE_NETWORKS=1 to allow`, { retryable: false }) as NodeJS.ErrnoException, '', 0);
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
    throw new PipelineError('FETCH_BAD_SCHEME', `refusing ${u.protocol} URL ${href.slice(0, 200)}: only http and https are fetched`, { retryable: false });
  }
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && net.isIP(host) && isBlockedAddress(host)) {
    throw new PipelineError('FETCH_BLOCKED_ADDRESS', `refusing ${host}: a private or reserved address; set WIREROOM_ALLOW_PRIVATE_NETWORKS=1 to allow`, { retryable: false });
  }
  return u;
}
