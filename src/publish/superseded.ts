/**
 * A story head that another copy took over (issue 16: the original's own copy arrived, or one that
 * allows more) keeps its URL: it answers with the new head's. A portal that linked the old head
 * follows a 301 to the head that leads the story now; the JSON body names it (`superseded_by`).
 */
import type { FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { effectiveRightsSql } from './rights-sql';

/** What an item URL answers when its item stopped leading its story. */
export type SupersededAnswer =
  /** The head that leads the story now, published and shown. */
  | { kind: 'moved'; headId: number }
  /** The head that took over is no longer shown either. */
  | { kind: 'gone'; headId: number };

/**
 * For an item that was published and then became a copy of another head (status `duplicate`, a
 * publish time kept), where its URL now leads; null for any other item (never published, or not a copy).
 */
export async function findSuperseded(db: Kysely<Database>, id: number): Promise<SupersededAnswer | null> {
  const row = await db
    .selectFrom('items as old')
    .innerJoin('items as i', 'i.id', 'old.duplicate_of')
    .innerJoin('sources as s', 's.id', 'i.source_id')
    .leftJoin('entries as e', 'e.id', 'i.entry_id')
    .leftJoin('wire_entries as w', (j) => j.onRef('w.feed_id', '=', 'e.feed_id').onRef('w.guid', '=', 'e.guid'))
    .select(['i.id', 'i.status', effectiveRightsSql().as('rights')])
    .where('old.id', '=', id)
    .where('old.status', '=', 'duplicate')
    .where('old.published_on', 'is not', null)
    .executeTakeFirst();
  if (!row) return null;
  return row.status === 'published' && row.rights !== 'none' ? { kind: 'moved', headId: row.id } : { kind: 'gone', headId: row.id };
}

/**
 * 301 to `location` (the head's URL in the same format), not cached (an editor may split the story
 * again); the body says the same for a client that does not follow redirects. `html` answers in plain text.
 */
export function replySuperseded(reply: FastifyReply, id: number, answer: SupersededAnswer, location: string, html = false) {
  reply.header('cache-control', 'no-cache');
  if (answer.kind === 'gone') {
    const message = `item ${id} was taken over by item ${answer.headId}, which is no longer published`;
    return html
      ? reply.code(410).type('text/plain; charset=utf-8').send('This item has been taken down.\n')
      : reply.code(410).send({ error: { code: 'GONE', message }, superseded_by: answer.headId });
  }
  reply.code(301).header('location', location);
  const message = `item ${id} is now a copy in the story led by item ${answer.headId}; see ${location}`;
  return html
    ? reply.type('text/plain; charset=utf-8').send(`Moved to ${location}\n`)
    : reply.send({ error: { code: 'SUPERSEDED', message }, superseded_by: answer.headId, location });
}
