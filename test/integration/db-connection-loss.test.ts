/**
 * A Postgres connection that dies while a client is checked out of the pool (inside a transaction,
 * between two statements) must fail that transaction, not the process. node-postgres emits 'error'
 * on such a client and pg-pool listens only while the client is idle; without a listener of our own
 * the emit throws out of a socket callback and the worker process dies. The proxy lets the test cut
 * the connection at exactly that moment; the shared Postgres stays up.
 */
import { sql } from 'kysely';
import { openPostgres, type DatabaseHandle } from '../../db/connect';
import { startTcpProxy, type TcpProxy } from '../support/processes';
import { createPostgresDatabase } from '../support/test-db';
import { waitFor } from '../support/test-deps';

describe('Postgres connection lost while a client is checked out', () => {
  let pg: { url: string; drop: () => Promise<void> };
  let proxy: TcpProxy;
  let handle: DatabaseHandle;
  const uncaught: unknown[] = [];
  const onUncaught = (err: unknown) => void uncaught.push(err);

  beforeAll(async () => {
    pg = await createPostgresDatabase();
    proxy = await startTcpProxy(Number(new URL(pg.url).port || 5432));
    const url = new URL(pg.url);
    url.port = String(proxy.port);
    handle = await openPostgres(url.href, { max: 2 });
    process.on('uncaughtException', onUncaught);
  });
  afterAll(async () => {
    process.off('uncaughtException', onUncaught);
    await handle?.close().catch(() => undefined);
    await proxy?.close();
    await pg?.drop();
  });

  it('fails the open transaction, keeps the process alive, and the next query gets a fresh connection', async () => {
    let reachedCut = false;
    const tx = handle.db.transaction().execute(async (trx) => {
      await sql`select 1`.execute(trx);
      reachedCut = true;
      proxy.cut(); // the connection dies while this transaction holds it, between statements
      await new Promise((r) => setTimeout(r, 300)); // the socket's end arrives while no query runs
      await sql`select 2`.execute(trx);
    });
    await expect(tx).rejects.toThrow();
    expect(reachedCut).toBe(true);
    expect(uncaught).toEqual([]);

    proxy.restore();
    const n = await waitFor(
      async () => {
        try {
          return (await sql<{ n: number }>`select 3 as n`.execute(handle.db)).rows[0]?.n;
        } catch {
          return undefined; // a client the pool has not yet dropped fails once; the next one is fresh
        }
      },
      10_000,
      'a query after the connection came back',
    );
    expect(n).toBe(3);
  });
});
