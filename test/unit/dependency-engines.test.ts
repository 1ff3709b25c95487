/**
 * Every package npm installs from the lockfile runs on the oldest Node that package.json
 * `engines` allows: `npm ci` on that Node prints no EBADENGINE warning. (cookie 2 and
 * content-disposition 3 declare Node >= 22; package.json `overrides` keeps their Node-18
 * releases, whose API @fastify/cookie, light-my-request and @fastify/static use.)
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

type Version = [number, number, number];

/** The lowest version a `>=X[.Y[.Z]]` range admits. */
function lowest(range: string): Version {
  const m = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(range.trim());
  if (!m) throw new Error(`package.json engines.node should be ">=X.Y", got ${range}`);
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Whether one comparator (`>=20.19.0`, `^18.14.0`, `20`, `10.x`, `*`) admits `v`; the forms npm's lockfile holds here. */
function comparatorAdmits(v: Version, c: string): boolean {
  const m = /^(>=|<=|>|<|\^|~|=)?v?(\d+|[x*])(?:\.(\d+|[x*]))?(?:\.(\d+|[x*]))?$/.exec(c);
  if (c === '*' || c === '') return true;
  if (!m) throw new Error(`engines comparator not understood by this test: "${c}"`);
  const parts = [m[2], m[3], m[4]].map((p) => (p === undefined || p === 'x' || p === '*' ? null : Number(p)));
  const given = parts.findIndex((p) => p === null);
  const precision = given === -1 ? 3 : given; // how many leading numbers the comparator names
  const low: Version = [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
  const samePrefix = (n: number) => v.slice(0, n).every((x, i) => x === low[i]);
  switch (m[1] ?? '=') {
    case '>=':
      return compare(v, low) >= 0;
    case '>':
      return precision === 3 ? compare(v, low) > 0 : !samePrefix(precision) && compare(v, low) > 0;
    case '<':
      return compare(v, low) < 0;
    case '<=':
      return compare(v, low) <= 0 || samePrefix(precision);
    case '^':
      return compare(v, low) >= 0 && v[0] === low[0];
    case '~':
      return compare(v, low) >= 0 && samePrefix(Math.min(precision, 2));
    default:
      return samePrefix(precision);
  }
}

/** Whether a node-semver range (`||` of space-separated comparators) admits `v`. */
function rangeAdmits(v: Version, range: string): boolean {
  return range.split('||').some((alt) =>
    alt
      .trim()
      .replace(/(>=|<=|>|<|\^|~|=)\s+/g, '$1')
      .split(/\s+/)
      .every((c) => comparatorAdmits(v, c)),
  );
}

describe('dependency engines', () => {
  it.each([
    ['>=18', true],
    ['>=22', false],
    ['>= 20.19', true],
    ['^18.14.0 || ^20.0.0 || ^22.0.0 || >=24.0.0', true],
    ['^20.19.0 || ^22.13.0 || >=24', true],
    ['^20.20.0 || >=22', false],
    ['20 || >=22', true],
    ['18 || >=22', false],
    ['>=16 || 14 >=14.17', true],
    ['10.* || >= 12.*', true],
    ['>=20.18.1', true],
    ['>=20.19.1', false],
    ['~20.19.0', true],
    ['*', true],
  ])('the range check: %s admits 20.19.0 → %s', (range, admits) => {
    expect(rangeAdmits([20, 19, 0], range)).toBe(admits);
  });

  it(`every locked package admits the oldest Node package.json allows (${pkg.engines.node})`, () => {
    const oldest = lowest(pkg.engines.node);
    const refusing = Object.entries(lock.packages)
      .filter(([where]) => where !== '')
      .flatMap(([where, p]) => {
        const node = Array.isArray(p.engines) ? undefined : p.engines?.node;
        return node && !rangeAdmits(oldest, node) ? [`${where.replace(/^.*node_modules\//, '')}@${p.version}: node ${node}`] : [];
      });
    expect(refusing).toEqual([]);
  });
});
