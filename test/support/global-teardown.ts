/** Drops every database this run created. */
import { adminQuery, listDatabases } from './pg-admin';

export default async function globalTeardown(): Promise<void> {
  const runId = process.env.WIREROOM_TEST_RUN;
  if (!runId) return;
  const mine = await listDatabases(`wr_t_${runId}`);
  await adminQuery(mine.map((d) => `DROP DATABASE IF EXISTS "${d}" WITH (FORCE)`));
}
