/** Once per `npm test`: a run id, a migrated template database, and a clean Redis key prefix. */
import { migrateToLatest } from '../../db/migrate';
import { adminQuery, kyselyFor, listDatabases } from './pg-admin';

export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  process.env.WIREROOM_TEST_RUN = runId;
  // Databases left by runs that were killed before their teardown.
  const stale = (await listDatabases('wr_t_')).filter((d) => !d.includes(runId));
  await adminQuery(stale.map((d) => `DROP DATABASE IF EXISTS "${d}" WITH (FORCE)`));
  const template = `wr_t_${runId}_tpl`;
  await adminQuery([`CREATE DATABASE "${template}"`]);
  const db = kyselyFor(template);
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  process.env.WIREROOM_TEST_TEMPLATE = template;
}
