/** Once per `npm test`: a run id, a migrated template database, and a clean Redis key prefix. */
import { migrateToLatest } from '../../db/migrate';
import { adminQuery, kyselyFor, listDatabases } from './pg-admin';

export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}x${process.pid.toString(36)}`;
  process.env.WIREROOM_TEST_RUN = runId;
  // Databases left by runs killed before their teardown (older than STALE_MS: other runs may be live).
  const stale = (await listDatabases('wr_t_')).filter((d) => isStale(d, Date.now()));
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

/** Runs older than this are certainly over (CI allows 10 minutes). */
const STALE_MS = 2 * 3600 * 1000;

function isStale(name: string, now: number): boolean {
  const started = parseInt(/^wr_t_([0-9a-z]+)x/.exec(name)?.[1] ?? '', 36);
  return Number.isFinite(started) && now - started > STALE_MS;
}
