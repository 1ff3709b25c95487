/** The address guard decides on every IPv6 spelling of an IPv4 address as on the IPv4 itself (issue 17). */
import { addressesToCheck, checkUrl, isBlockedAddress } from '../../src/http/address-guard';

describe('isBlockedAddress: IPv6 forms carrying a private IPv4 address', () => {
  it.each([
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped, hex'],
    ['0:0:0:0:0:ffff:a9fe:a9fe', 'IPv4-mapped metadata, full form'],
    ['::127.0.0.1', 'IPv4-compatible loopback'],
    ['::7f00:1', 'IPv4-compatible, hex'],
    ['::10.0.0.1', 'IPv4-compatible RFC 1918'],
    ['::ffff:0:192.168.1.1', 'IPv4-translated'],
    ['64:ff9b::127.0.0.1', 'NAT64 loopback'],
    ['64:ff9b::a9fe:a9fe', 'NAT64 metadata'],
    ['64:ff9b::0a00:0001', 'NAT64 RFC 1918'],
    ['64:ff9b:1::8.8.8.8', 'local-use NAT64 prefix'],
    ['2002:7f00:1::', '6to4 of loopback'],
    ['2002:a9fe:a9fe::1', '6to4 of metadata'],
    ['2002:c0a8:0101::', '6to4 of 192.168.1.1'],
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'Teredo with client 127.0.0.1'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fe80::1%eth0', 'link-local with a zone'],
    ['FD00:EC2::254', 'AWS metadata, upper case'],
  ])('blocks %s (%s)', (a) => expect(isBlockedAddress(a)).toBe(true));

  it.each([
    ['::ffff:8.8.8.8', 'IPv4-mapped public'],
    ['64:ff9b::808:808', 'NAT64 of a public address'],
    ['2002:0808:0808::1', '6to4 of a public address'],
    ['2606:4700::1111', 'plain public IPv6'],
    ['93.184.216.34', 'public IPv4'],
  ])('allows %s (%s)', (a) => expect(isBlockedAddress(a)).toBe(false));

  it('normalizes the forms it checks', () => {
    expect(addressesToCheck('::127.0.0.1')).toEqual([
      { address: '0:0:0:0:0:0:7f00:1', family: 'ipv6' },
      { address: '127.0.0.1', family: 'ipv4' },
    ]);
    expect(addressesToCheck('2002:c0a8:101::')).toContainEqual({ address: '192.168.1.1', family: 'ipv4' });
    expect(addressesToCheck('example.com')).toEqual([]);
  });

  it.each(['http://[::127.0.0.1]/', 'http://[64:ff9b::7f00:1]/', 'http://[2002:7f00:1::]/', 'http://[::ffff:169.254.169.254]/latest'])(
    'refuses the URL %s before connecting',
    (u) => {
      expect(() => checkUrl(u, false)).toThrow(expect.objectContaining({ code: 'FETCH_BLOCKED_ADDRESS' }));
      expect(checkUrl(u, true).href).toBe(new URL(u).href);
    },
  );
});
