/**
 * A migrated, empty PGlite database as a dump that test databases start from: initdb in WASM costs
 * ~5 s of CPU per database, loading the dump ~1 s. The dump is made once per machine and kept in the
 * temp directory under a key of PGlite's version and the migrations' sources, so a changed migration
 * makes a new one; each test file still gets a database of its own.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { Kysely } from 'kysely';
import { migrateToLatest } from '../../db/migrate';

const ROOT = path.resolve(__dirname, '..', '..');
const DIR = path.join(os.tmpdir(), 'wireroom-pglite-seeds');
/** Dumps of other keys older than this are removed when a new one is written. */
const STALE_MS = 24 * 3600_000;

/** Version of PGlite and every migration's source: a dump is reused only when all are the same. */
function seedKey(): string {
  const h = createHash('sha256');
  const pkg = path.join(ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json');
  h.update(JSON.parse(fs.readFileSync(pkg, 'utf8')).version);
  const dir = path.join(ROOT, 'db', 'migrations');
  for (const f of fs.readdirSync(dir).sort()) h.update(f).update(fs.readFileSync(path.join(dir, f)));
  return h.digest('hex').slice(0, 16);
}

async function makeSeed(): Promise<Blob> {
  const client = new PGlite();
  const db = new Kysely<unknown>({ dialect: new PGliteDialect(client) });
  try {
    await migrateToLatest(db);
    return await client.dumpDataDir('gzip');
  } finally {
    await db.destroy();
    await client.close().catch(() => undefined);
  }
}

/** Writes `data` to `file` so that a concurrent reader sees all of it or nothing; drops stale dumps of other keys. */
function store(file: string, data: Buffer): void {
  fs.mkdirSync(DIR, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
  for (const f of fs.readdirSync(DIR)) {
    const p = path.join(DIR, f);
    if (p !== file && Date.now() - fs.statSync(p).mtimeMs > STALE_MS) fs.rmSync(p, { force: true });
  }
}

/** The migrated empty database as a PGlite dump (made and stored on first use). */
export async function pgliteSeed(): Promise<Blob> {
  const file = path.join(DIR, `${seedKey()}.tar.gz`);
  if (fs.existsSync(file)) return new Blob([fs.readFileSync(file)]);
  const seed = await makeSeed();
  store(file, Buffer.from(await seed.arrayBuffer()));
  return seed;
}
