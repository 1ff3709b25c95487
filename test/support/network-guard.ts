/**
 * Keeps every test on this machine. Tests play the web with fixture servers on 127.0.0.1:
 * - a TCP connection to an IP literal outside loopback throws;
 * - DNS resolves only `localhost` and names under the reserved `.test` TLD (RFC 6761), both to
 *   127.0.0.1; any other name fails, so a request to a real host fails the test.
 */
import dns from 'node:dns';
import net from 'node:net';

const LOOPBACK_IP = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/i;

export function isTestName(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.test') || h.endsWith('.localhost');
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address?: unknown, family?: number) => void;

function guardedLookup(host: string, options: unknown, callback?: unknown): void {
  const cb = (typeof options === 'function' ? options : callback) as LookupCallback;
  const opts = (typeof options === 'object' && options !== null ? options : {}) as { all?: boolean };
  if (net.isIP(host)) {
    if (!LOOPBACK_IP.test(host)) return process.nextTick(cb, guardError(host));
    const family = net.isIP(host);
    return process.nextTick(() => (opts.all ? cb(null, [{ address: host, family }]) : cb(null, host, family)));
  }
  if (!isTestName(host)) return process.nextTick(cb, guardError(host));
  process.nextTick(() => (opts.all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4)));
}

function guardError(host: string): NodeJS.ErrnoException {
  const err: NodeJS.ErrnoException = new Error(`network-guard: test tried to reach non-local host ${host}`);
  err.code = 'ENOTFOUND';
  return err;
}

(dns as { lookup: unknown }).lookup = guardedLookup;
(dns.promises as { lookup: unknown }).lookup = (host: string, options?: unknown) =>
  new Promise((resolve, reject) =>
    guardedLookup(host, options ?? {}, (err: unknown, address: unknown, family?: number) =>
      err ? reject(err) : resolve(Array.isArray(address) ? address : { address, family }),
    ),
  );

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const first = args[0] as { host?: string; path?: string } | number | string | unknown[];
  let host: string | undefined;
  if (typeof first === 'object' && first !== null && !Array.isArray(first)) host = first.path ? undefined : first.host;
  else if (typeof first === 'number' && typeof args[1] === 'string') host = args[1];
  if (host !== undefined && net.isIP(host) && !LOOPBACK_IP.test(host)) throw guardError(host);
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
