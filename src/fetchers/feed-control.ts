/**
 * Operator controls on a feed: pause and resume, found by id or URL. A paused feed keeps its
 * row, entries and history; resuming clears the error streak and makes it due now.
 */
import type { Kysely } from 'kysely';
import type { Database, FeedRow } from '../../db/schema';
import { UserError } from '../errors';
import { addFeedEvent } from './feed-store';

/** The feed named by a numeric id, its current URL or the URL feeds.yaml gives; undefined if none. */
export async function findFeedByRef(db: Kysely<Database>, ref: string): Promise<FeedRow | undefined> {
  const q = db.selectFrom('feeds').selectAll();
  if (/^\d+$/.test(ref)) return q.where('id', '=', Number(ref)).executeTakeFirst();
  return q.where((eb) => eb.or([eb('url', '=', ref), eb('config_url', '=', ref)])).executeTakeFirst();
}

/** Like findFeedByRef, but a clear UserError when nothing matches. */
export async function findFeedByRefOrThrow(db: Kysely<Database>, ref: string): Promise<FeedRow> {
  const feed = await findFeedByRef(db, ref);
  if (!feed) throw new UserError(`no feed with id or URL ${JSON.stringify(ref)}; run \`wireroom feeds status\` to see ids and URLs`, 2);
  return feed;
}

/** Pauses a feed by operator decision; records a `paused` event. */
export async function pauseFeed(db: Kysely<Database>, ref: string, reason: string, now: Date): Promise<FeedRow> {
  const feed = await findFeedByRefOrThrow(db, ref);
  await db.updateTable('feeds').set({ paused: true, paused_reason: reason, updated_at: now }).where('id', '=', feed.id).execute();
  await addFeedEvent(db, feed.id, 'paused', { by: 'operator', reason }, now);
  return { ...feed, paused: true, paused_reason: reason };
}

/** Resumes a feed: clears the pause and the error streak, due at `now`; records a `resumed` event. */
export async function resumeFeed(db: Kysely<Database>, ref: string, now: Date): Promise<FeedRow> {
  const feed = await findFeedByRefOrThrow(db, ref);
  await db
    .updateTable('feeds')
    .set({ paused: false, paused_reason: null, error_count: 0, next_due_at: now, updated_at: now })
    .where('id', '=', feed.id)
    .execute();
  await addFeedEvent(db, feed.id, 'resumed', { by: 'operator', was: feed.paused_reason }, now);
  return { ...feed, paused: false, paused_reason: null, error_count: 0, next_due_at: now };
}
