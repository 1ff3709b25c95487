/** Once per `npm test`: a run id, a migrated template database, and what stale runs of the same prefix left removed. */
import { migrateToLatest } from '../../db/migrate';
import { adminQuery, kyselyFor } from './pg-admin';
import { dropStaleDatabases, removeStaleTempDirs } from './run-cleanup';
import { newRunId, testPrefix } from './test-prefix';

export default async function globalSetup(): Promise<void> {
  const prefix = testPrefix(); // WIREROOM_TEST_PREFIX checked before anything is made or dropped
  const runId = newRunId(Date.now(), process.pid);
  process.env.WIREROOM_TEST_RUN = runId;
  // Databases and directories of runs killed before their teardown; other prefixes are never touched.
  await dropStaleDatabases(prefix, Date.now());
  removeStaleTempDirs(prefix, Date.now());
  const template = `${prefix}${runId}_tpl`;
  await adminQuery([`CREATE DATABASE "${template}"`]);
  const db = kyselyFor(template);
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  process.env.WIREROOM_TEST_TEMPLATE = template;
}
