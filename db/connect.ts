/**
 * Opens the database: Postgres through node-postgres when a URL is given, else embedded PGlite
 * in a data directory guarded by a lock file (PGlite does not lock it; two processes would lose
 * writes). Both return numbers for int8 columns.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { PipelineError } from '../src/errors';
import type { Database } from './schema';

export type DbKind = 'postgres' | 'pglite';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DbKind;
  /** Where the data lives, for messages: the URL without password, or the data directory. */
  location: string;
  close(): Promise<void>;
}

/** int8 (count(*), bigint ids) as a JS number, as PGlite returns it. */
pg.types.setTypeParser(20, (v: string) => Number(v));

/** Opens Postgres at `url`; throws DB_UNREACHABLE naming the URL when it does not answer. */
export async function openPostgres(url: string, opts: { max?: number } = {}): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10, connectionTimeoutMillis: 5000 });
  pool.on('error', () => undefined); // idle-client errors resurface on the next query
  // pg-pool listens for a client's errors only while it is idle. A connection lost while a client is
  // checked out (inside a transaction, between statements) is emitted on the client too, and an
  // emit with no listener throws out of the socket callback and kills the process. The statement in
  // flight, or the next one, fails on its own, and the pool drops the dead client on release.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const location = redactUrl(url);
  try {
    await sql`select 1`.execute(db);
  } catch (err) {
    await db.destroy().catch(() => undefined);
    throw new PipelineError('DB_UNREACHABLE', `cannot reach Postgres at ${location}: ${(err as Error).message}`, { cause: err });
  }
  return { db, kind: 'postgres', location, close: () => db.destroy() };
}

/**
 * Options for a new embedded database. `seed`: a data directory dumped by PGlite's `dumpDataDir` that a database
 * not yet created starts from instead of running initdb (~5 s of CPU; loading a dump takes ~1 s). Tests pass a
 * migrated one; an existing data directory ignores it.
 */
export interface PgliteOptions {
  seed?: Blob;
}

/** Opens embedded PGlite in `dataDir` (":memory:" for a throwaway one), taking the lock file. */
export async function openPglite(dataDir: string, o: PgliteOptions = {}): Promise<DatabaseHandle> {
  const memory = dataDir === ':memory:';
  const release = memory ? () => undefined : takeLock(dataDir);
  try {
    const dir = memory ? undefined : path.join(dataDir, 'pglite');
    const seed = o.seed && !(dir && fs.existsSync(path.join(dir, 'PG_VERSION'))) ? o.seed : undefined;
    const client = new PGlite({ dataDir: dir, ...(seed ? { loadDataDir: seed } : {}) });
    await client.waitReady;
    const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
    const close = async () => {
      await db.destroy().catch(() => undefined);
      await client.close().catch(() => undefined);
      release();
    };
    return { db, kind: 'pglite', location: memory ? 'memory' : dataDir, close };
  } catch (err) {
    release();
    throw err;
  }
}

/** Opens whichever database the settings name. */
export function openDatabase(s: { databaseUrl: string | null; dataDir: string }, o: PgliteOptions = {}): Promise<DatabaseHandle> {
  return s.databaseUrl ? openPostgres(s.databaseUrl) : openPglite(s.dataDir, o);
}

/** Takes `<dataDir>/wireroom.lock` or throws DB_LOCKED naming the holder; returns the release. */
export function takeLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'wireroom.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(fs.readFileSync(file, 'utf8').trim());
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new PipelineError(
          'DB_LOCKED',
          `the data directory ${dataDir} is in use by another wireroom process (pid ${holder}); stop it, or set WIREROOM_DATA_DIR to another folder, or use DATABASE_URL for several processes`,
          { retryable: false },
        );
      }
      fs.rmSync(file, { force: true }); // stale lock from a process that died
    }
  }
  throw new PipelineError('DB_LOCKED', `could not take the lock in ${dataDir}`, { retryable: false });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A URL with its password replaced by "***". */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.href;
  } catch {
    return url.replace(/:[^:@/]+@/, ':***@');
  }
}
