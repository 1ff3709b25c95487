/**
 * The scheduled release of embargoed wire copy: each scheduler tick publishes, through the one
 * publish path, the items held for a structural embargo whose time has come. The due time is
 * wire_entries.embargo_until (migration 0009), so a release survives restarts and runs the same in
 * both modes; SKIP LOCKED lets several schedulers tick at once.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { EMBARGO_REASON_PREFIX } from '../policy/embargo';
import { publishItem } from './publish-item';

/** Items released per tick; the rest wait for the next tick. */
const RELEASE_BATCH = 100;

/** Publishes the held items whose embargo ended at or before `now`; returns their ids. */
export async function releaseDueEmbargoes(db: Kysely<Database>, now: Date): Promise<number[]> {
  return db.transaction().execute(async (tx) => {
    const due = await tx
      .selectFrom('items as i')
      .innerJoin('entries as e', 'e.id', 'i.entry_id')
      .innerJoin('wire_entries as w', (j) => j.onRef('w.feed_id', '=', 'e.feed_id').onRef('w.guid', '=', 'e.guid'))
      .select('i.id')
      .where('i.status', '=', 'held')
      .where('i.status_reason', 'like', `${EMBARGO_REASON_PREFIX}%`)
      .where('w.embargo_until', '<=', now)
      .orderBy('i.id')
      .limit(RELEASE_BATCH)
      .forUpdate('i')
      .modifyEnd(sql`SKIP LOCKED`)
      .execute();
    for (const { id } of due) await publishItem(tx, Number(id), 'embargo', now);
    return due.map((r) => Number(r.id));
  });
}
