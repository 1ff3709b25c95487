/** Reads and writes a feed's poll state and history. */
import type { Kysely } from 'kysely';
import type { Database, FeedRow, FeedUpdate } from '../../db/schema';

/** The feed row, or undefined. */
export function findFeed(db: Kysely<Database>, id: number): Promise<FeedRow | undefined> {
  return db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Writes poll state after a fetch. */
export async function updateFeed(db: Kysely<Database>, id: number, set: FeedUpdate): Promise<void> {
  await db.updateTable('feeds').set(set).where('id', '=', id).execute();
}

/** Appends to the feed's history (redirects, pauses, discoveries) that operators read. */
export async function addFeedEvent(
  db: Kysely<Database>,
  feedId: number,
  kind: string,
  detail: Record<string, unknown>,
  at: Date,
): Promise<void> {
  await db
    .insertInto('feed_events')
    .values({ feed_id: feedId, kind, detail: JSON.stringify(detail), at })
    .execute();
}
