/**
 * robots.txt parsing and matching (RFC 9309): groups for our token and `*`, longest match,
 * Allow winning ties, `*` and `$` wildcards, percent-encoding, comments and junk lines.
 */
import { isAllowedByRobots, parseRobots } from '../../../src/workers/robots';

const FILE = `
# a comment line
User-agent: *
Disallow: /private/
Allow: /private/open-report
Disallow: /*.pdf$
Disallow: /search?q=

User-agent: otherbot
Disallow: /

User-Agent: WireRoom/2.0   # our token, any case, version ignored
Disallow: /drafts/
Allow: /drafts/published/
Disallow: /tmp*/cache
Disallow: /a
Allow: /a
this line is junk
Sitemap: https://example.test/sitemap.xml
`;

describe('robots.txt', () => {
  const rules = parseRobots(FILE);

  it.each([
    ['/news/story-1', true, 'no rule matches'],
    ['/drafts/secret', false, 'Disallow in our group'],
    ['/drafts/published/story', true, 'longer Allow wins'],
    ['/private/thing', true, 'the * group is not ours once our group exists'],
    ['/tmp-1/cache/x', false, '* wildcard in the middle'],
    ['/tmp/other', true, 'wildcard needs the rest to match'],
    ['/a', true, 'Allow wins a tie of equal length'],
    ['/robots.txt', true, 'robots.txt itself is always allowed'],
  ])('wireroom: %s → %s (%s)', (path, allowed) => {
    expect(isAllowedByRobots(rules, 'wireroom', path)).toBe(allowed);
  });

  it.each([
    ['/private/thing', false],
    ['/private/open-report', true],
    ['/files/report.pdf', false],
    ['/files/report.pdf?download=1', true],
    ['/search?q=ukraine', false],
    ['/search', true],
  ])('another crawler falls back to *: %s → %s', (path, allowed) => {
    expect(isAllowedByRobots(rules, 'somebot', path)).toBe(allowed);
  });

  it('merges groups that name the same agent and groups that list several agents', () => {
    const r = parseRobots('User-agent: a\nUser-agent: wireroom\nDisallow: /x\n\nUser-agent: wireroom\nDisallow: /y\n');
    expect(isAllowedByRobots(r, 'wireroom', '/x/1')).toBe(false);
    expect(isAllowedByRobots(r, 'wireroom', '/y/1')).toBe(false);
    expect(isAllowedByRobots(r, 'a', '/y/1')).toBe(true);
  });

  it('treats an empty Disallow as allow-all and a missing file as no rules', () => {
    expect(isAllowedByRobots(parseRobots('User-agent: *\nDisallow:\n'), 'wireroom', '/anything')).toBe(true);
    expect(isAllowedByRobots(parseRobots(''), 'wireroom', '/anything')).toBe(true);
    expect(isAllowedByRobots(parseRobots('User-agent: *\nDisallow: /\n'), 'wireroom', '/')).toBe(false);
  });

  it('compares percent-encoded and non-ASCII paths alike', () => {
    const r = parseRobots('User-agent: *\nDisallow: /café/\nDisallow: /a%3cb\n');
    expect(isAllowedByRobots(r, 'wireroom', '/caf%c3%a9/menu')).toBe(false);
    expect(isAllowedByRobots(r, 'wireroom', '/a%3Cb')).toBe(false);
    expect(isAllowedByRobots(r, 'wireroom', '/cafe/menu')).toBe(true);
  });

  it('reads CRLF files and rules before any user-agent line are ignored', () => {
    const r = parseRobots('Disallow: /early\r\nUser-agent: *\r\nDisallow: /late\r\n');
    expect(isAllowedByRobots(r, 'wireroom', '/early')).toBe(true);
    expect(isAllowedByRobots(r, 'wireroom', '/late')).toBe(false);
  });
});
