/** A running wireroom for integration tests: fresh deps (database, queue prefix), roles started, the HTTP app built. */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { buildServer } from '../../src/server';
import { startRoles, type Role } from '../../src/roles';
import { makeTestDeps, type TestDepsOptions } from './test-deps';

export interface TestStack {
  deps: Deps;
  app: FastifyInstance;
  /** Closes the app, stops the roles, drops the database. */
  close(): Promise<void>;
}

/** Starts `roles` on fresh deps; `sync` writes the sources first (roles that do not fetch never do). */
export async function startStack(o: TestDepsOptions & { roles: readonly Role[]; sync?: boolean }): Promise<TestStack> {
  const { deps, close } = await makeTestDeps(o);
  if (o.sync) await syncSources(deps);
  const stop = await startRoles(deps, o.roles);
  const app = await buildServer(deps);
  return {
    deps,
    app,
    close: async () => {
      await app.close();
      await stop();
      await close();
    },
  };
}
