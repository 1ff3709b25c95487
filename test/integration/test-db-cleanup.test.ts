/**
 * The test run's own cleanup on the real Postgres: the stale-database sweep of global-setup drops
 * only databases a stale run of its prefix made — a database of another prefix, of a prefix that
 * merely begins with this one, or one a LIKE pattern would match through `_`, survives — and the
 * same for temporary directories; a bad WIREROOM_TEST_PREFIX stops the set-up before anything is
 * dropped.
 */
import fs from 'node:fs';
import path from 'node:path';
import globalSetup from '../support/global-setup';
import { adminQuery, listDatabases } from '../support/pg-admin';
import { dropStaleDatabases, removeRunTempDirs, removeStaleTempDirs, STALE_MS } from '../support/run-cleanup';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { newRunId, runNamespace } from '../support/test-prefix';

const NOW = Date.now();
const OLD = NOW - STALE_MS - 60_000;
const run = (at: number) => newRunId(at, 4242);
/** Two prefixes of this test's own, inside this run's namespace (the global teardown drops whatever is left). */
const ns = `${runNamespace()}_${process.pid}`;
const OWN = `${ns}_own_`;
const OTHER = `${ns}_other_`;

const names = {
  staleOwn: `${OWN}${run(OLD)}_tpl`,
  liveOwn: `${OWN}${run(NOW - 60_000)}_tpl`,
  staleOther: `${OTHER}${run(OLD)}_tpl`,
  longerPrefix: `${OWN}ci_${run(OLD)}_tpl`,
  likeLookalike: `${ns}_ownx${run(OLD)}_tpl`,
};

describe('the stale-database sweep', () => {
  beforeAll(async () => {
    await adminQuery(Object.values(names).map((n) => `CREATE DATABASE "${n}"`));
  });
  afterAll(async () => {
    await adminQuery(Object.values(names).map((n) => `DROP DATABASE IF EXISTS "${n}" WITH (FORCE)`));
  });

  it('drops a stale database of its prefix and nothing of any other prefix', async () => {
    expect(await dropStaleDatabases(OWN, NOW)).toEqual([names.staleOwn]);
    const left = await listDatabases(ns);
    expect(left.sort()).toEqual([names.liveOwn, names.staleOther, names.longerPrefix, names.likeLookalike].sort());
  });

  it('lists databases by their literal prefix: `_` is not a wildcard', async () => {
    expect((await listDatabases(`${ns}_own_`)).sort()).toEqual([names.liveOwn, names.longerPrefix].sort());
  });
});

describe('temporary directories', () => {
  let tmp: { dir: string; remove: () => void };
  beforeAll(() => {
    tmp = makeTempDir('cleanup');
  });
  afterAll(() => tmp.remove());

  it('are named for the run, so the teardown finds them', () => {
    expect(path.basename(tmp.dir).startsWith(`${runNamespace()}-cleanup-`)).toBe(true);
  });

  it('of a stale run of the prefix are removed, others stay', () => {
    for (const n of Object.values(names)) fs.mkdirSync(path.join(tmp.dir, n.replace(/_tpl$/, '-data-Ab12Cd')), { recursive: true });
    fs.writeFileSync(path.join(tmp.dir, `${OWN}${run(OLD)}-data-Ab12Cd`, 'big.bin'), Buffer.alloc(1024));
    expect(removeStaleTempDirs(OWN, NOW, tmp.dir)).toEqual([`${OWN}${run(OLD)}-data-Ab12Cd`]);
    expect(fs.readdirSync(tmp.dir)).toHaveLength(4);
  });

  it("of this run are removed at the end, another run's stay", () => {
    const mine = `${ns}-left-Zz99`;
    fs.mkdirSync(path.join(tmp.dir, mine, 'data'), { recursive: true });
    fs.mkdirSync(path.join(tmp.dir, `${ns}9-left-Zz99`));
    expect(removeRunTempDirs(ns, tmp.dir)).toEqual([mine]);
    expect(fs.existsSync(path.join(tmp.dir, `${ns}9-left-Zz99`))).toBe(true);
    removeTempDir(tmp.dir);
    expect(fs.existsSync(tmp.dir)).toBe(false);
  });
});

describe('WIREROOM_TEST_PREFIX', () => {
  const saved = { prefix: process.env.WIREROOM_TEST_PREFIX, run: process.env.WIREROOM_TEST_RUN };
  /** Not a valid prefix (capitals), yet a stale run's database of it exists: the set-up must refuse before its sweep. */
  const BAD = `${ns}_BAD_`;
  const staleBad = `${BAD}${run(OLD)}_tpl`;
  beforeAll(async () => {
    await adminQuery([`CREATE DATABASE "${staleBad}"`]);
  });
  afterAll(async () => {
    await adminQuery([`DROP DATABASE IF EXISTS "${staleBad}" WITH (FORCE)`]);
    if (saved.prefix === undefined) delete process.env.WIREROOM_TEST_PREFIX;
    else process.env.WIREROOM_TEST_PREFIX = saved.prefix;
    process.env.WIREROOM_TEST_RUN = saved.run;
  });

  it('when invalid, stops the global set-up with one message before it drops or creates anything', async () => {
    process.env.WIREROOM_TEST_PREFIX = BAD;
    await expect(globalSetup()).rejects.toThrow(`WIREROOM_TEST_PREFIX="${BAD}" is not a valid test prefix`);
    expect(process.env.WIREROOM_TEST_RUN).toBe(saved.run);
    expect(await listDatabases(BAD)).toEqual([staleBad]);
  });
});
