/** Operators' feed actions (pause, resume, poll now), each with an audit entry; and the health list. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { PipelineError } from '../../errors';
import { writeAudit } from '../../store/audit';
import type { FeedHealthRow } from './feeds-page';

export type FeedAction = 'pause' | 'resume' | 'poll';

/** Every active feed with its source and poll state, failing ones first. */
export function listFeedHealth(db: Kysely<Database>): Promise<FeedHealthRow[]> {
  return db
    .selectFrom('feeds as f')
    .innerJoin('sources as s', 's.id', 'f.source_id')
    .select([
      'f.id',
      'f.source_id',
      's.name as source_name',
      'f.url',
      'f.title',
      'f.last_fetched_at',
      'f.last_status',
      'f.error_code',
      'f.error_message',
      'f.error_count',
      'f.paused',
      'f.paused_reason',
      'f.next_due_at',
    ])
    .where('f.active', '=', true)
    .orderBy('f.error_count', 'desc')
    .orderBy('s.name')
    .orderBy('f.id')
    .execute();
}

/** Applies one action to a feed. */
export function applyFeedAction(db: Kysely<Database>, feedId: number, action: FeedAction, actor: string, now: Date): Promise<void> {
  return db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('feeds')
      .select(['paused', 'paused_reason', 'next_due_at', 'source_id'])
      .where('id', '=', feedId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw new PipelineError('NOT_FOUND', `no feed ${feedId}`, { retryable: false });
    const set =
      action === 'pause'
        ? { paused: true, paused_reason: `paused by ${actor}` }
        : action === 'resume'
          ? { paused: false, paused_reason: null, error_count: 0, next_due_at: now }
          : { next_due_at: now };
    await tx
      .updateTable('feeds')
      .set({ ...set, updated_at: now })
      .where('id', '=', feedId)
      .execute();
    await writeAudit(tx, {
      actor,
      action: `feed-${action}`,
      feedId,
      sourceId: before.source_id,
      before: { paused: before.paused, paused_reason: before.paused_reason, next_due_at: before.next_due_at },
      after: set,
      at: now,
    });
  });
}
